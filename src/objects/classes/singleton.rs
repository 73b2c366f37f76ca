//! `NotImplemented`, `Ellipsis` (heap singletons) and `NoneType`'s slots.

use crate::objects::classes::typeobj::TypeSlots;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::core::PyRef;
use crate::objects::strings::str::intern;
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

pub struct SingletonObj {
    pub name: &'static str,
}

// Holds no references: not a container.
impl Trace for SingletonObj {}

fn singleton_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(intern(
        v.downcast::<SingletonObj>().map_or("None", |s| s.name),
    ))
}

/// Hashed by identity, as CPython's `_Py_HashPointer` (the address rotated by 4 bits).
fn singleton_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok((vm.id(v) as u64).rotate_right(4) as i64)
}

/// `NotImplementedType()` / `ellipsis()` / `NoneType()` return the singleton.
fn singleton_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let t = types();
    if !args.values.is_empty() {
        // (CPython names them so, whatever the type's name: `ellipsis` is `EllipsisType`)
        let name = if cls.ptr_eq(&t.not_implemented_type) {
            "NotImplementedType"
        } else if cls.ptr_eq(&t.ellipsis_type) {
            "EllipsisType"
        } else {
            "NoneType"
        };
        return Err(crate::vm::sig::takes_no_arguments(name));
    }
    Ok(if cls.ptr_eq(&t.not_implemented_type) {
        Value::Obj(t.not_implemented.clone())
    } else if cls.ptr_eq(&t.ellipsis_type) {
        Value::Obj(t.ellipsis.clone())
    } else {
        Value::None
    })
}

fn none_bool(_vm: &mut Vm, _v: &Value) -> PyResult<bool> {
    Ok(false)
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(singleton_repr),
    hash: Some(singleton_hash),
    new: Some(singleton_new),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: &[],
    getsets: &[],
};

pub const NONE_SLOTS: TypeSlots = TypeSlots {
    repr: Some(singleton_repr),
    hash: Some(singleton_hash),
    bool: Some(none_bool),
    new: Some(singleton_new),
    ..TypeSlots::EMPTY
};

/// The `NONE_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const NONE_SPEC: TypeSpec = TypeSpec {
    slots: NONE_SLOTS,
    methods: &[],
    getsets: &[],
};
