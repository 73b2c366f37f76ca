//! Bytecode: the instruction set, the compiled-code container and its disassembler.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod serial;
pub mod wordcode;

pub use code::{CodeUnit, Const};
pub use opcode::{Instr, Op};
