//! Tuple subclasses with named fields, for results like `functools` `CacheInfo(hits=1, ...)`
//! (a namedtuple in CPython) and `time.struct_time(tm_year=..., ...)` (a struct sequence).
//! The field names live in the type's dict as `_fields`, so one `getattr` slot and one
//! `repr` per flavour serve every such type. A struct sequence may also have attributes that
//! are not part of the tuple (`struct_time`'s `tm_zone`, `tm_gmtoff`): their names are the
//! type's `_extra_fields`, their values live in the instance's dict (None when absent).

use crate::exc;
use crate::objects::callables::native::new_native_type;
use crate::objects::classes::instance::instance_dict;
use crate::objects::classes::typeobj::{
    set_class_attr, type_name, TypeObject, TypeSlots, TypeSpec,
};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::items::Items;
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{types, Kind, PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The field names of a named-tuple type.
fn fields(cls: &PyRef) -> Vec<String> {
    let Some(Value::Obj(t)) = TypeObject::lookup(cls, &intern("_fields")) else {
        return Vec::new();
    };
    t.downcast::<TupleObj>().map_or_else(Vec::new, |t| {
        t.items
            .iter()
            .map(|v| as_str(v).unwrap_or("").to_string())
            .collect()
    })
}

fn field_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let Some(name) = as_str(&Value::Obj(name.clone())).map(str::to_string) else {
        return Ok(None);
    };
    if let Some(i) = fields(v.class()).iter().position(|f| *f == name) {
        return Ok(v
            .downcast::<TupleObj>()
            .and_then(|t| t.items.get(i).cloned()));
    }
    if !is_extra(v.class(), &name) {
        return Ok(None);
    }
    let found = instance_dict(v).and_then(|d| d.downcast::<DictObj>()?.get_str(&intern(&name)));
    Ok(Some(found.unwrap_or(Value::None)))
}

/// Whether `name` is one of the attributes of `cls` outside the tuple (`_extra_fields`).
fn is_extra(cls: &PyRef, name: &str) -> bool {
    let Some(Value::Obj(extra)) = TypeObject::lookup(cls, &intern("_extra_fields")) else {
        return false;
    };
    extra
        .downcast::<TupleObj>()
        .is_some_and(|t| t.items.iter().any(|f| as_str(f) == Some(name)))
}

/// Storing to a field fails as CPython's read-only member (struct sequence) or property
/// (namedtuple) does; other names go the generic way (no instance dict: AttributeError).
fn set_field(
    vm: &mut Vm,
    v: &Value,
    name: &PyRef,
    value: Option<Value>,
    struct_seq: bool,
) -> PyResult<()> {
    let name_value = Value::Obj(name.clone());
    let attr = as_str(&name_value).unwrap_or_default();
    // (the extra attributes live in the instance dict, but are read-only like the fields)
    let is_field = fields(v.class()).iter().any(|f| f == attr) || is_extra(v.class(), attr);
    if !is_field && struct_seq {
        if instance_dict(v).is_some() {
            // the dict holds only the extra attributes: nothing else can be set
            return Err(exc!(
                attribute_error,
                "'{}' object has no attribute '{attr}'",
                type_name(v.class())
            ));
        }
        return crate::vm::attr::generic_setattr(vm, v, name, value);
    }
    if !is_field {
        // A namedtuple class is a plain Python class named without its module.
        let full = type_name(v.class());
        let short = full.rsplit('.').next().unwrap_or_default();
        return Err(exc!(
            attribute_error,
            "'{short}' object has no attribute '{attr}'"
        ));
    }
    Err(match (struct_seq, value.is_some()) {
        (true, _) => exc!(attribute_error, "readonly attribute"),
        (false, true) => exc!(attribute_error, "can't set attribute"),
        (false, false) => exc!(attribute_error, "can't delete attribute"),
    })
}

fn structseq_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    set_field(vm, v, name, value, true)
}

fn namedtuple_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    set_field(vm, v, name, value, false)
}

/// `name(f1=v1, f2=v2)`.
fn fields_repr(vm: &mut Vm, v: &Value, name: String) -> PyResult<PyRef> {
    let items = v
        .downcast::<TupleObj>()
        .map_or_else(Vec::new, |t| t.items.to_vec());
    let mut parts = Vec::with_capacity(items.len());
    for (f, item) in fields(v.class()).iter().zip(&items) {
        parts.push(format!("{}={}", f, vm.repr_string(item)?));
    }
    Ok(new_str(format!("{}({})", name, parts.join(", "))))
}

fn namedtuple_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let name = type_name(v.class());
    let short = name.rsplit('.').next().unwrap_or_default().to_string();
    fields_repr(vm, v, short)
}

fn structseq_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    fields_repr(vm, v, type_name(v.class()))
}

/// A tuple subclass `module.name` with `fields`; its repr names the type alone (like a
/// namedtuple) or with its module (like a struct sequence, `time.struct_time(...)`).
pub fn new_type(module: &str, name: &str, fields: &[&str], with_module: bool) -> PyRef {
    let slots = TypeSlots {
        repr: Some(if with_module {
            structseq_repr
        } else {
            namedtuple_repr
        }),
        getattr: Some(field_getattr),
        setattr: Some(if with_module {
            structseq_setattr
        } else {
            namedtuple_setattr
        }),
        ..TypeSlots::EMPTY
    };
    let ty = new_native_type(
        module,
        name,
        Some(&types().tuple),
        Kind::Tuple,
        TypeSpec::slots(slots),
    );
    let names = fields.iter().map(|f| Value::Obj(new_str(*f))).collect();
    set_class_attr(&ty, "_fields", Value::Obj(TupleObj::new_ref(names)));
    ty
}

/// Declares `names` as attributes of `cls`'s instances beyond its tuple fields.
pub fn set_extra_fields(cls: &PyRef, names: &[&str]) {
    let names = names.iter().map(|f| Value::Obj(new_str(*f))).collect();
    set_class_attr(cls, "_extra_fields", Value::Obj(TupleObj::new_ref(names)));
}

/// An instance of a struct-sequence type with values for its extra fields.
pub fn new_with_extras(cls: &PyRef, items: Vec<Value>, extras: &[(&str, Value)]) -> Value {
    let d = DictObj::new_ref();
    if let Some(dict) = d.downcast::<DictObj>() {
        for (k, v) in extras {
            dict.set_str(intern(k), v.clone());
        }
    }
    let payload = TupleObj {
        items: Items::tail(items.len()),
    };
    Value::Obj(PyRef::new_items_with_dict(cls, payload, items, Some(d)))
}

/// An instance of a named-tuple type.
pub fn new(cls: &PyRef, items: Vec<Value>) -> Value {
    Value::Obj(TupleObj::new_with_class(cls, items))
}
