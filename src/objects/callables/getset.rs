//! `getset_descriptor`: the `__dict__` and `__weakref__` entries CPython puts in the dict of
//! a class that adds an instance dict or weak-reference support to its base. Each holds its
//! class (CPython's `d_type`), which puts every such class in a reference cycle through its
//! own dict — one reason a class dies only in a collection.

use crate::exc;
use crate::objects::classes::typeobj::GetSetDef;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::classes::typeobj::{type_name, TypeObject, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, ref_str};
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

/// What the descriptor reads.
#[derive(Clone, Copy)]
pub enum Field {
    /// The instance's attribute dict.
    Dict,
    /// The instance's first weak reference (or `None`).
    Weakref,
    /// A builtin type's special attribute, read and written by its declared functions
    /// (members are `member_descriptor`s: see `descr`).
    Def(&'static GetSetDef),
}

pub struct GetSetDescrObj {
    pub name: PyRef,
    /// The class whose dict holds it.
    pub owner: PyRef,
    pub field: Field,
}

impl crate::objects::trace::Trace for GetSetDescrObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

/// A new descriptor for `field` of the instances of `owner`.
pub fn new_ref(owner: &PyRef, field: Field) -> PyRef {
    let name = match field {
        Field::Dict => crate::interned!("__dict__").clone(),
        Field::Weakref => crate::interned!("__weakref__").clone(),
        Field::Def(d) => crate::objects::strings::str::intern(d.name),
    };
    PyRef::new(
        &crate::objects::types().getset_descriptor,
        GetSetDescrObj {
            name,
            owner: owner.clone(),
            field,
        },
    )
}

fn descr(v: &Value) -> &GetSetDescrObj {
    v.downcast::<GetSetDescrObj>().expect("a getset descriptor")
}

fn name_of(d: &GetSetDescrObj) -> &str {
    ref_str(&d.name).unwrap_or("?")
}

/// CPython's `descr_check`: the descriptor applies to instances of its class only.
fn check(d: &GetSetDescrObj, obj: &Value) -> PyResult<()> {
    if TypeObject::is_subtype(obj.class(), &d.owner) {
        return Ok(());
    }
    Err(crate::vm::sig::wrong_receiver(name_of(d), &d.owner, obj))
}

fn getset_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _owner: &PyRef) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    let g = descr(d);
    check(g, obj)?;
    match g.field {
        Field::Dict => match crate::objects::classes::instance::instance_dict(obj) {
            Some(dict) => {
                // Handed out, the dict is an object of its own for the collector.
                crate::objects::containers::dict::DictObj::escape(&dict);
                Ok(Value::Obj(dict))
            }
            None => Err(exc!(
                attribute_error,
                "'{}' object has no attribute '__dict__'",
                obj.type_name()
            )),
        },
        Field::Weakref => Ok(obj
            .as_obj()
            .and_then(|o| crate::objects::core::weak::refs_to(o).into_iter().next())
            .map_or(Value::None, Value::Obj)),
        Field::Def(def) => (def.get)(vm, obj),
    }
}

fn getset_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let g = descr(d);
    check(g, obj)?;
    match g.field {
        Field::Dict if crate::objects::classes::class_assign::set_dict(obj, value.clone())? => {
            return Ok(())
        }
        Field::Def(GetSetDef { set: Some(set), .. }) => return set(vm, obj, value),
        _ => {}
    }
    Err(exc!(
        attribute_error,
        "attribute '{}' of '{}' objects is not writable",
        name_of(g),
        type_name(&g.owner)
    ))
}

fn getset_repr(_vm: &mut Vm, d: &Value) -> PyResult<PyRef> {
    let g = descr(d);
    Ok(new_str(format!(
        "<attribute '{}' of '{}' objects>",
        name_of(g),
        type_name(&g.owner)
    )))
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(getset_repr),
    descr_get: Some(getset_get),
    descr_set: Some(getset_set),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: &[],
    getsets: &[],
};

/// Whether the instances of `base` (a new class's `__base__`) already have a `__dict__` and
/// weak-reference support — or, for the second, cannot have it (variable-size builtins): a
/// class adds a getset for each it lacks (CPython's `tp_dictoffset`/`tp_weaklistoffset`).
pub fn base_has(base: &PyRef) -> (bool, bool) {
    let Some(b) = base.downcast::<TypeObject>() else {
        return (true, true);
    };
    let mut root = base.clone();
    while let Some(next) = root
        .downcast::<TypeObject>()
        .filter(|t| t.heap)
        .and_then(|t| t.base())
    {
        root = next;
    }
    let r = root.downcast::<TypeObject>().expect("a type");
    let named = |names: &[&str]| names.iter().any(|n| r.is_named(n));
    let root_dict = r.layout == crate::objects::core::Kind::Exception
        || named(&["type", "module", "staticmethod", "classmethod"]);
    let root_weak = named(&[
        "type",
        "module",
        "int",
        "bytes",
        "tuple",
        "set",
        "frozenset",
    ]);
    if b.heap {
        (b.instance_dict || root_dict, b.weakrefable || root_weak)
    } else {
        (root_dict, root_weak)
    }
}

/// Puts the `__dict__` and `__weakref__` descriptors a new class adds (`adds`) in its dict.
pub fn add(cls: &PyRef, adds: (bool, bool)) {
    let t = cls.downcast::<TypeObject>().expect("a type");
    for (add, field) in [(adds.0, Field::Dict), (adds.1, Field::Weakref)] {
        if add {
            let d = new_ref(cls, field);
            let name = d
                .downcast::<GetSetDescrObj>()
                .expect("a getset")
                .name
                .clone();
            t.dict.set_str(name, Value::Obj(d));
        }
    }
}

/// Stores into a `T_BOOL` member (`BaseException.__suppress_context__`,
/// `frame.f_trace_lines`): only a bool, and never deleted.
pub fn set_bool_member(cell: &std::cell::Cell<bool>, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(Value::Bool(b)) => {
            cell.set(b);
            Ok(())
        }
        Some(_) => Err(exc!(type_error, "attribute value type must be bool")),
        None => Err(exc!(type_error, "can't delete numeric/char attribute")),
    }
}
