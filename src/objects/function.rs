//! Functions: Python functions (code + globals + defaults + closure), builtin functions
//! (a Rust `NativeFn`, optionally bound to `self`), and bound methods.

use std::cell::RefCell;

use super::core::PyRef;
use super::typeobj::{NativeFn, TypeSlots};
use super::{types, Value};

pub struct FunctionObj {
    pub code: PyRef,
    pub globals: PyRef,
    /// Positional defaults (a tuple), if any.
    pub defaults: RefCell<Option<PyRef>>,
    /// Keyword-only defaults (a dict), if any.
    pub kwdefaults: RefCell<Option<PyRef>>,
    /// A tuple of cells for the code's free variables.
    pub closure: Option<PyRef>,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__dict__`, created on first attribute assignment.
    pub dict: RefCell<Option<PyRef>>,
    pub annotations: RefCell<Option<PyRef>>,
}

pub struct BuiltinFunctionObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// `self` for a method bound to an object (`[].append`), or the module for functions.
    pub bound: Option<Value>,
}

impl BuiltinFunctionObj {
    pub fn new_ref(name: &'static str, func: NativeFn, bound: Option<Value>) -> PyRef {
        PyRef::new(
            &types().builtin_function,
            BuiltinFunctionObj { name, func, bound },
        )
    }
}

pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
}

pub const FUNCTION_SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const BUILTIN_SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHOD_SLOTS: TypeSlots = TypeSlots::EMPTY;
