//! Helpers for the container unit tests: calling types, methods and builtins from Rust, and
//! reading results back.

use super::{types, PyRef, Value};
use crate::objects::classes::typeobj::{type_name, TypeObject};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::strings::str::{as_str, intern};
use crate::vm::{Args, PyResult, Vm};

/// Calls `callable(*args)`.
pub fn call(vm: &mut Vm, callable: &Value, args: &[Value]) -> PyResult<Value> {
    vm.call(callable, Args::positional(args))
}

/// Calls `callable(*args, **kwargs)`.
pub fn call_kw(
    vm: &mut Vm,
    callable: &Value,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let mut values: Vec<Value> = args.to_vec();
    values.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let names: Vec<Value> = kwargs.iter().map(|(k, _)| Value::Obj(intern(k))).collect();
    vm.call(callable, Args::new(&values, &names))
}

/// Calls a type (`list(x)`).
pub fn new(vm: &mut Vm, ty: &PyRef, args: &[Value]) -> PyResult<Value> {
    call(vm, &Value::Obj(ty.clone()), args)
}

/// `obj.name(*args)`, looking the method up on the type.
pub fn method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    method_kw(vm, obj, name, args, &[])
}

/// `obj.name(*args, **kwargs)`.
pub fn method_kw(
    vm: &mut Vm,
    obj: &Value,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let f = TypeObject::lookup(obj.class(), &intern(name)).expect("no such method");
    let mut all = vec![obj.clone()];
    all.extend_from_slice(args);
    call_kw(vm, &f, &all, kwargs)
}

/// A builtin function of the `builtins` module by name.
pub fn builtin(name: &str) -> Value {
    let def = crate::builtins::all_functions()
        .find(|d| d.name == name)
        .expect("no such builtin");
    // (with the table's convention, checked as in `builtins`)
    Value::Obj(crate::objects::callables::function::BuiltinFunctionObj::function_ref(def, None))
}

pub fn repr(vm: &mut Vm, v: &Value) -> String {
    vm.repr_string(v).expect("repr failed")
}

/// The items of an iterable, as ints.
pub fn ints(vm: &mut Vm, v: &Value) -> Vec<i64> {
    vm.collect(v)
        .expect("iteration failed")
        .into_iter()
        .map(|x| match x {
            Value::Int(i) => i,
            other => panic!("not an int: {other:?}"),
        })
        .collect()
}

pub fn int_list(xs: &[i64]) -> Value {
    crate::objects::containers::list::list_value(xs.iter().map(|&x| Value::Int(x)).collect())
}

pub fn int_tuple(xs: &[i64]) -> Value {
    crate::objects::containers::tuple::tuple_value(xs.iter().map(|&x| Value::Int(x)).collect())
}

/// `"TypeError: message"` for an error.
pub fn err(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => describe(&e),
    }
}

pub fn describe(e: &PyErr) -> String {
    let name = type_name(e.class());
    let args = e.payload().args.borrow().clone();
    let t = args.downcast::<TupleObj>().expect("args tuple");
    match t.items.first() {
        None => name,
        Some(v) => match as_str(v) {
            Some(s) => format!("{name}: {s}"),
            None => format!("{name}: {v:?}"),
        },
    }
}

pub fn str_value(s: &str) -> Value {
    Value::Obj(crate::objects::strings::str::new_str(s))
}

pub fn t() -> &'static crate::objects::classes::builtin_types::TypeTable {
    types()
}

/// `obj.name` as a bound method object.
pub fn bound(obj: &Value, name: &str) -> Value {
    let func = TypeObject::lookup(obj.class(), &intern(name)).expect("no such method");
    Value::Obj(PyRef::new(
        &types().method,
        crate::objects::callables::function::BoundMethodObj {
            func,
            self_: obj.clone(),
        },
    ))
}
