//! pyvm: a Python 3.11 interpreter. The pipeline is `lexer` → `parser` → `compiler` → `vm`,
//! over the object model in `objects`.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod fuzzing;
pub mod gc;
pub mod gil;
pub mod lexer;
pub mod modules;
pub mod names;
pub mod objects;
pub mod operators;
pub mod parser;
pub mod repl;
pub mod runner;
pub mod signals;
pub mod source;
pub mod syntax_error;
pub mod vm;
