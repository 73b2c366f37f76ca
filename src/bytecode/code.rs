//! What the compiler produces: a [`CodeUnit`] per function, class body, comprehension, lambda
//! and module. It is plain Rust data (no Python objects), so the compiler and `--dis` need no
//! interpreter; the VM turns a `CodeUnit` into a code object (interning its names and string
//! constants) when it loads it.

use std::rc::Rc;

use num_bigint::BigInt;

use super::opcode::Instr;
use crate::ast::Loc;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// A complex constant: `(real, imag)` (`1j`, or folded as in `1+2j`).
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    /// A tuple of constants (also `KW_NAMES`' tuples of str and `BUILD_CONST_KEY_MAP`'s keys).
    Tuple(Vec<Const>),
    /// A frozenset of constants that hash by value (`x in {1, 2}`, `{1, 2, 3}`): its distinct
    /// items in insertion order (the VM rebuilds CPython's table layout from them).
    FrozenSet(Vec<Const>),
    /// A nested function, lambda, comprehension or class body.
    Code(Rc<CodeUnit>),
}

/// `co_flags`, with CPython's bit values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    /// Set by CPython up to 3.10, no longer by 3.11 (nor pyvm).
    pub const NOFREE: u32 = 0x40;
    /// An `async def` without `yield` (calling it makes a coroutine).
    pub const COROUTINE: u32 = 0x80;
    /// A generator `types.coroutine` made awaitable.
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// An `async def` with `yield` (calling it makes an async generator).
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Calling a function with any of these makes a suspendable frame object instead of
    /// running it.
    pub const SUSPENDS: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

/// A compiled block of code (CPython's code object, minus the Python objects).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    /// `f`, `<lambda>`, `<listcomp>`, `<module>`, the class name for a class body.
    pub name: String,
    /// `Outer.method.<locals>.inner` (PEP 3155).
    pub qualname: String,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    /// Positional parameters, including the positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Bits from [`flags`].
    pub flags: u32,
    /// Local variable names: positional parameters, keyword-only parameters, then `*args`,
    /// then `**kwargs` (when present), then the other locals, as CPython orders `co_varnames`.
    pub varnames: Vec<String>,
    /// Locals captured by an inner scope (each lives in a cell).
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes used here (cells passed in the closure).
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter, the parameter's index in `varnames`.
    pub cell2arg: Vec<Option<u32>>,
    /// Global, attribute and imported names used by `*_NAME`, `*_GLOBAL`, `*_ATTR`, `LOAD_METHOD`
    /// and the import opcodes.
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    /// The docstring, if the body starts with a string literal (functions and lambdas only;
    /// module and class bodies store `__doc__` with a `STORE_NAME`).
    pub doc: Option<String>,
    pub code: Vec<Instr>,
    /// The source span of each instruction (`locations.len() == code.len()`), for tracebacks,
    /// `--dis` line numbers and CPython 3.11's error carets.
    pub locations: Vec<Loc>,
    /// The deepest the value stack can get (blocks are not counted).
    pub max_stack: u32,
}

impl CodeUnit {
    /// The number of frame slots: `varnames ++ cellvars ++ freevars`.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The source line of instruction `ip`; the first line for an `ip` past the end (a
    /// generator thrown into before it started raises "at" its `def` line).
    pub fn line_of(&self, ip: usize) -> u32 {
        self.locations
            .get(ip)
            .map_or(self.firstlineno, |loc| loc.line)
    }

    /// The source span of instruction `ip`.
    pub fn location(&self, ip: usize) -> Option<Loc> {
        self.locations.get(ip).copied()
    }
}
