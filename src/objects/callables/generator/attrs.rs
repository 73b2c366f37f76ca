//! What generators, coroutines and async generators show of themselves: `repr`, hashing,
//! and the frame attributes (`gi_frame`, `cr_await`, `ag_running`, ...) with their
//! read-only rules.

use super::{GenKind, GenObj, Status};
use crate::exc;
use crate::objects::classes::typeobj::TypeSlots;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// `<generator object f.<locals>.g at 0x...>` (`coroutine`, `async_generator`)
fn gen_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let g = v.downcast::<GenObj>().expect("a generator");
    let q = g.qualname.borrow().clone();
    let q = q.downcast::<StrObj>().map_or("?", |s| s.as_str());
    let what = match g.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(new_str(format!(
        "<{} object {} at {:#x}>",
        what,
        q,
        vm.id(v)
    )))
}

/// The `gi_*`/`cr_*`/`ag_*` attribute `n` names for a frame of kind `kind`, without its
/// prefix (`"frame"`), if it is one that kind has.
fn own_attribute(kind: GenKind, n: &str) -> Option<&str> {
    let (prefix, names): (&str, &[&str]) = match kind {
        GenKind::Generator => (
            "gi_",
            &["running", "suspended", "frame", "code", "yieldfrom"],
        ),
        GenKind::Coroutine => (
            "cr_",
            &["running", "suspended", "frame", "code", "await", "origin"],
        ),
        GenKind::AsyncGenerator => ("ag_", &["running", "frame", "code", "await"]),
    };
    n.strip_prefix(prefix).filter(|rest| names.contains(rest))
}

fn gen_getattr(vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let g = v.downcast::<GenObj>().expect("a generator");
    let n = name.downcast::<StrObj>().map_or("", |s| s.as_str());
    match n {
        "__name__" => return Ok(Some(Value::Obj(g.name.borrow().clone()))),
        "__qualname__" => return Ok(Some(Value::Obj(g.qualname.borrow().clone()))),
        _ => {}
    }
    Ok(own_attribute(g.kind, n).map(|short| attribute(vm, v, short)))
}

/// The frame attribute `short` (`"frame"` for `gi_frame`/`cr_frame`/`ag_frame`).
pub(crate) fn attribute(vm: &mut Vm, v: &Value, short: &str) -> Value {
    let g = v.downcast::<GenObj>().expect("a generator");
    let status = g.status();
    match short {
        // (an async generator is "running" while an `asend`/`athrow` drives it)
        "running" if g.kind == GenKind::AsyncGenerator => Value::Bool(g.running_async.get()),
        "running" => Value::Bool(status == Status::Running),
        "suspended" => Value::Bool(status == Status::Suspended),
        "frame" => vm
            .generator_frame(v.as_obj().expect("a generator"))
            .map_or(Value::None, Value::Obj),
        "code" => Value::Obj(g.code.clone()),
        "yieldfrom" | "await" => g.delegate().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn gen_setattr(_vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let g = v.downcast::<GenObj>().expect("a generator");
    let n = name.downcast::<StrObj>().map_or("", |s| s.as_str());
    let tname = v.type_name();
    let field = match (n, own_attribute(g.kind, n)) {
        ("__name__", _) => &g.name,
        ("__qualname__", _) => &g.qualname,
        // (members in CPython, getsets otherwise: their messages differ)
        (_, Some("code")) => return Err(exc!(attribute_error, "readonly attribute")),
        (_, Some("running")) if g.kind == GenKind::AsyncGenerator => {
            return Err(exc!(attribute_error, "readonly attribute"))
        }
        (_, Some(_)) => {
            return Err(exc!(
                attribute_error,
                "attribute '{}' of '{}' objects is not writable",
                n,
                tname
            ))
        }
        _ => {
            return Err(exc!(
                attribute_error,
                "'{}' object has no attribute '{}'",
                tname,
                n
            ))
        }
    };
    match value {
        Some(Value::Obj(s)) if s.is::<StrObj>() => {
            let old = std::mem::replace(&mut *field.borrow_mut(), s);
            drop(old);
            Ok(())
        }
        _ => Err(exc!(type_error, "{} must be set to a string object", n)),
    }
}

/// Identity hash, as `object.__hash__`.
fn gen_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(vm.id(v) >> 4)
}

/// What generators, coroutines and async generators share.
pub(crate) const COMMON_SLOTS: TypeSlots = TypeSlots {
    repr: Some(gen_repr),
    hash: Some(gen_hash),
    getattr: Some(gen_getattr),
    setattr: Some(gen_setattr),
    ..TypeSlots::EMPTY
};
