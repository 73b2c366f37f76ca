//! Functions: Python functions (code + globals + defaults + closure), builtin functions
//! (a Rust `NativeFn`, optionally bound to `self`), and bound methods.

use std::cell::RefCell;

use super::core::PyRef;
use super::typeobj::{NativeFn, TypeSlots};
use super::{types, Value};
use crate::vm::{Args, PyResult, Vm};

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

/// `<function f at 0x...>`.
fn function_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let f = v.downcast::<FunctionObj>().expect("a function");
    let name = f.qualname.borrow().clone();
    let name = name
        .downcast::<super::str::StrObj>()
        .map_or("?", |s| s.as_str())
        .to_string();
    Ok(super::str::new_str(format!(
        "<function {} at {:#x}>",
        name,
        vm.id(v)
    )))
}

/// `<built-in function len>`, or `<built-in method append of list object at 0x...>`.
fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let b = v
        .downcast::<BuiltinFunctionObj>()
        .expect("a builtin function");
    let text = match &b.bound {
        None => format!("<built-in function {}>", b.name),
        Some(m) if m.downcast::<super::module::ModuleObj>().is_some() => {
            format!("<built-in function {}>", b.name)
        }
        Some(this) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            this.type_name(),
            vm.id(this)
        ),
    };
    Ok(super::str::new_str(text))
}

/// The `call` slot of the function types. `Vm::call` recognises functions before it looks
/// at slots, so this is reached only through the slot itself (`type(f).__call__(f, ...)`);
/// having it makes `__call__` visible on the types, as ABCs and `callable` expect.
fn call_through(vm: &mut Vm, f: &Value, args: Args) -> PyResult<Value> {
    vm.call(f, args)
}

pub const FUNCTION_SLOTS: TypeSlots = TypeSlots {
    repr: Some(function_repr),
    call: Some(call_through),
    ..TypeSlots::EMPTY
};
pub const BUILTIN_SLOTS: TypeSlots = TypeSlots {
    repr: Some(builtin_repr),
    call: Some(call_through),
    ..TypeSlots::EMPTY
};
pub const METHOD_SLOTS: TypeSlots = TypeSlots {
    call: Some(call_through),
    ..TypeSlots::EMPTY
};
