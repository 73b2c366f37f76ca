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
/// `types.MethodType(function, instance)`.
fn method_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("method")?;
    let [func, instance] = args.pos() else {
        return Err(crate::exc!(
            type_error,
            "method expected 2 arguments, got {}",
            args.pos().len()
        ));
    };
    if !crate::builtins::iteration::is_callable(func) {
        return Err(crate::exc!(type_error, "first argument must be callable"));
    }
    if instance.is_none() {
        return Err(crate::exc!(type_error, "instance must not be None"));
    }
    Ok(Value::Obj(PyRef::new(
        &types().method,
        BoundMethodObj {
            func: func.clone(),
            self_: instance.clone(),
        },
    )))
}

/// Bound methods are equal when they bind the same object (identity) to equal functions.
fn method_richcompare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::bytecode::opcode::CompareKind,
) -> PyResult<Value> {
    use crate::bytecode::opcode::CompareKind;
    let (Some(x), Some(y)) = (
        a.downcast::<BoundMethodObj>(),
        b.downcast::<BoundMethodObj>(),
    ) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let (fx, fy) = (x.func.clone(), y.func.clone());
    let eq = x.self_.is(&y.self_) && vm.eq(&fx, &fy)?;
    Ok(Value::Bool(eq == (op == CompareKind::Eq)))
}

/// CPython's `method_hash`: the bound object's identity hash mixed with the function's.
fn method_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let m = v.downcast::<BoundMethodObj>().expect("a method");
    let (this, func) = (m.self_.clone(), m.func.clone());
    let x = (vm.id(&this) as u64).rotate_right(4) as i64;
    let y = vm.hash(&func)?;
    let h = x ^ y;
    Ok(if h == -1 { -2 } else { h })
}

pub const METHOD_SLOTS: TypeSlots = TypeSlots {
    new: Some(method_new),
    richcompare: Some(method_richcompare),
    hash: Some(method_hash),
    call: Some(call_through),
    ..TypeSlots::EMPTY
};
