//! The writable special attributes of the data model: `obj.__class__ = C`,
//! `obj.__dict__ = d`, and on classes `__bases__`, `__name__`, `__qualname__`, `__module__`,
//! `__doc__` (and the read-only ones' errors), with CPython's checks and messages.
//!
//! `__class__` and `__bases__` assignment need the old and the new type to lay their
//! instances out the same way. pyvm's payloads would often allow more, but programs rely
//! on CPython's answers, so its rules are followed on a model of CPython's layouts: what
//! each class adds to its base (`__slots__`, a dict, a weakref slot), which builtins add C
//! fields, which deallocate through the collector ([`compatible`]).
//!
//! What a change invalidates: a new `__class__` needs nothing (the method cache, the
//! `__del__` flag and the collector all read the object's current type), but the old type
//! must outlive any Rust borrow of it (see "The type" in `core`); a new `__bases__` gives the
//! class and all its subclasses new MROs, version tags and slot tables.

use std::rc::Rc;

use crate::exc;
use crate::objects::classes::class::{best_base, var_sized};
use crate::objects::classes::instance::{self, dict_cell};
use crate::objects::classes::typeobj::{type_name, TypeObject};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::{Kind, PyRef};
use crate::objects::strings::str::StrObj;
use crate::objects::{types, Value};
use crate::vm::{PyResult, Vm};

fn tobj(t: &PyRef) -> &TypeObject {
    t.downcast::<TypeObject>().expect("a type")
}

/// `obj.__class__ = value` (`None`: `del obj.__class__`).
pub fn set_class(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(exc!(type_error, "can't delete __class__ attribute"));
    };
    let new = match &value {
        Value::Obj(o) if o.is::<TypeObject>() => o.clone(),
        other => {
            return Err(exc!(
                type_error,
                "__class__ must be set to a class, not '{}' object",
                other.type_name()
            ))
        }
    };
    let old = obj.class().clone();
    let Value::Obj(o) = obj else {
        return Err(mutable_only());
    };
    // (CPython: a module's class may move among ModuleType and its subclasses, for the
    // lazy-module and module-`__getattr__` recipes)
    let module = &types().module;
    let modules = TypeObject::is_subtype(&old, module) && TypeObject::is_subtype(&new, module);
    if !modules && (!tobj(&new).heap || !tobj(&old).heap) {
        return Err(mutable_only());
    }
    if modules {
        // Every module is a `ModuleObj` keeping its attributes in its own dict, whatever its
        // class: only a class whose instances would need more than that is refused.
        if tobj(&new).layout != Kind::Module || adds_fields_to_module(&new) {
            return Err(exc!(
                type_error,
                "__class__ assignment: '{}' object layout differs from '{}'",
                type_name(&new),
                type_name(&old)
            ));
        }
        if !new.ptr_eq(&old) {
            o.set_class(&new, &vm.interp.parked_types);
        }
        return Ok(());
    }
    compatible(&old, &new, "__class__")?;
    // An instance's shapes are its class's: it keeps its attributes in a dict from now on
    // (CPython materializes the dict here, even for the same class).
    instance::materialize(o);
    if !new.ptr_eq(&old) {
        o.set_class(&new, &vm.interp.parked_types);
    }
    Ok(())
}

/// Whether a subclass of ModuleType, or a class between it and ModuleType, adds fields
/// (`__slots__`) to the module layout.
fn adds_fields_to_module(t: &PyRef) -> bool {
    let mut t = t.clone();
    while !t.ptr_eq(&types().module) {
        let Some(base) = tobj(&t).base() else {
            return true;
        };
        if crate::objects::classes::class::adds_fields(tobj(&t), &base) {
            return true;
        }
        t = base;
    }
    false
}

fn mutable_only() -> crate::vm::PyErr {
    exc!(
        type_error,
        "__class__ assignment only supported for mutable types or ModuleType subclasses"
    )
}

/// CPython's `compatible_for_assignment`: whether objects laid out for `old` can become
/// `new`'s (`attr` names the assignment in the message).
fn compatible(old: &PyRef, new: &PyRef, attr: &str) -> PyResult<()> {
    if frees_through_gc(new) != frees_through_gc(old) {
        return Err(exc!(
            type_error,
            "{} assignment: '{}' deallocator differs from '{}'",
            attr,
            type_name(new),
            type_name(old)
        ));
    }
    // Types that add nothing to their base's layout are interchangeable with it, so each
    // side is first reduced to the last type that added something; those must then add the
    // same things to the same base.
    let (nb, ob) = (layout_root(new), layout_root(old));
    let same_base = |a: &PyRef, b: &PyRef| match (tobj(a).base(), tobj(b).base()) {
        (Some(x), Some(y)) => x.ptr_eq(&y),
        (None, None) => true,
        _ => false,
    };
    let roots_differ = !nb.ptr_eq(&ob) && (!same_base(&nb, &ob) || !same_slots_added(&nb, &ob));
    if roots_differ || managed_dict(old) != managed_dict(new) {
        return Err(exc!(
            type_error,
            "{} assignment: '{}' object layout differs from '{}'",
            attr,
            type_name(new),
            type_name(old)
        ));
    }
    Ok(())
}

/// Whether instances of `t` are freed as collector-tracked objects in CPython (every class,
/// and the builtin containers).
fn frees_through_gc(t: &PyRef) -> bool {
    let t = tobj(t);
    t.heap
        || !matches!(
            t.layout,
            Kind::Instance
                | Kind::Str
                | Kind::BigInt
                | Kind::Float
                | Kind::Complex
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Range
                | Kind::Slice
                | Kind::Code
                | Kind::Singleton
        )
}

/// Whether a class keeps its instance dict where CPython 3.11 puts a "managed" one (every
/// class with a dict whose instances have a fixed size).
fn managed_dict(t: &PyRef) -> bool {
    let t = tobj(t);
    t.heap && t.instance_dict && !var_sized(t.layout)
}

/// The type `t`'s instances are laid out as: up the `__base__` chain while a type adds
/// nothing to its base (CPython's `compatible_with_tp_base`).
fn layout_root(t: &PyRef) -> PyRef {
    let mut t = t.clone();
    while let Some(base) = tobj(&t).base().filter(|b| adds_nothing(&t, b)) {
        t = base;
    }
    t
}

fn adds_nothing(t: &PyRef, base: &PyRef) -> bool {
    let (tt, bt) = (tobj(t), tobj(base));
    tt.heap == bt.heap
        && frees_through_gc(t) == frees_through_gc(base)
        && !crate::objects::classes::class::adds_fields(tt, base)
        && (!tt.heap || (tt.instance_dict == bt.instance_dict && tt.weakrefable == bt.weakrefable))
}

/// Whether two classes with the same base add the same things to it: a dict, a weakref
/// slot and the same `__slots__` (CPython's `same_slots_added`).
fn same_slots_added(a: &PyRef, b: &PyRef) -> bool {
    let (at, bt) = (tobj(a), tobj(b));
    if !at.heap || !bt.heap {
        return false;
    }
    let Some(base) = at.base() else { return false };
    let pt = tobj(&base);
    let adds = |t: &TypeObject| {
        (
            t.instance_dict && !pt.instance_dict,
            t.weakrefable && !(pt.heap && pt.weakrefable),
        )
    };
    // On a variable-size base a dict goes at the end, where no two layouts agree.
    if var_sized(pt.layout) && (adds(at).0 || adds(bt).0) {
        return false;
    }
    adds(at) == adds(bt) && at.own_slots == bt.own_slots
}

/// `obj.__dict__ = value` (`None`: `del obj.__dict__`) for an object with an attribute
/// dict; `Ok(false)` when `obj` has none (the caller raises AttributeError).
pub fn set_dict(obj: &Value, value: Option<Value>) -> PyResult<bool> {
    let inst = obj.as_obj().filter(|o| instance::is_instance(o));
    let cell = dict_cell(obj);
    let has_dict = match inst {
        Some(_) => obj
            .class()
            .downcast::<TypeObject>()
            .is_some_and(|t| t.instance_dict),
        None => cell.is_some(),
    };
    if !has_dict {
        return Ok(false);
    }
    let new = match value {
        Some(Value::Obj(d)) if d.is::<DictObj>() => {
            // The dict is shared now: an object of its own for the collector.
            DictObj::escape(&d);
            Some(d)
        }
        Some(other) => {
            return Err(exc!(
                type_error,
                "__dict__ must be set to a dictionary, not a '{}'",
                other.type_name()
            ))
        }
        // Instances start again without attributes (and builtin subclasses' instances make
        // a new dict on demand); CPython's functions and exceptions must keep theirs.
        None if inst.is_some() || obj.as_obj().is_some_and(|o| o.trailer_dict().is_some()) => None,
        None => return Err(exc!(type_error, "cannot delete __dict__")),
    };
    if let Some(o) = inst {
        return Ok(instance::replace_dict(o, new));
    }
    let Some(cell) = cell else { return Ok(false) };
    let old = cell.replace(new);
    drop(old);
    Ok(true)
}

/// The attributes of classes that live outside the class dict, or need checks before going
/// into it: `Some` when `name` is one of them.
pub fn set_type_special(
    vm: &mut Vm,
    cls: &PyRef,
    name: &str,
    value: Option<&Value>,
) -> Option<PyResult<()>> {
    let t = tobj(cls);
    let cannot_delete = || {
        exc!(
            type_error,
            "cannot delete '{}' attribute of immutable type '{}'",
            name,
            t.name
        )
    };
    Some(match (name, value) {
        ("__class__", value) => set_class(vm, &Value::Obj(cls.clone()), value.cloned()),
        ("__bases__", None) | ("__name__", None) | ("__qualname__", None) => Err(cannot_delete()),
        ("__module__", None) | ("__doc__", None) => Err(cannot_delete()),
        ("__bases__", Some(v)) => set_bases(cls, v),
        ("__name__" | "__qualname__", Some(v)) => {
            let Some(s) = v.downcast::<StrObj>() else {
                return Some(Err(exc!(
                    type_error,
                    "can only assign string to {}.{}, not '{}'",
                    t.name,
                    name,
                    v.type_name()
                )));
            };
            if name == "__name__" {
                if s.as_str().contains('\0') {
                    return Some(Err(exc!(
                        value_error,
                        "type name must not contain null characters"
                    )));
                }
                t.name.set(s.as_str());
            } else {
                t.qualname.set(s.as_str());
            }
            Ok(())
        }
        ("__module__", Some(v)) => {
            // (`repr` shows no module for one that is not a str, as for `builtins`)
            let module = v.downcast::<StrObj>().map_or("builtins", |s| s.as_str());
            *t.module.borrow_mut() = module.to_string();
            return None;
        }
        ("__mro__" | "__base__" | "__basicsize__" | "__itemsize__" | "__flags__", _) => {
            Err(exc!(attribute_error, "readonly attribute"))
        }
        ("__dict__", _) => Err(exc!(
            attribute_error,
            "attribute '__dict__' of 'type' objects is not writable"
        )),
        _ => return None,
    })
}

/// `cls.__bases__ = value`: new bases, `__base__` and MRO for the class, new MROs for all
/// its subclasses; on any error nothing has changed.
fn set_bases(cls: &PyRef, value: &Value) -> PyResult<()> {
    let t = tobj(cls);
    let Some(tuple) = value.downcast::<TupleObj>() else {
        return Err(exc!(
            type_error,
            "can only assign tuple to {}.__bases__, not {}",
            t.name,
            value.type_name()
        ));
    };
    if tuple.items.is_empty() {
        return Err(exc!(
            type_error,
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name
        ));
    }
    let mut bases = Vec::with_capacity(tuple.items.len());
    for item in tuple.items.iter() {
        let b = match item {
            Value::Obj(o) if o.is::<TypeObject>() => o.clone(),
            other => {
                return Err(exc!(
                    type_error,
                    "{}.__bases__ must be tuple of classes, not '{}'",
                    t.name,
                    other.type_name()
                ))
            }
        };
        if TypeObject::is_subtype(&b, cls) {
            return Err(exc!(
                type_error,
                "a __bases__ item causes an inheritance cycle"
            ));
        }
        bases.push(b);
    }
    let new_base = best_base(&bases)?;
    let old_base = t.base().unwrap_or_else(|| types().object.clone());
    compatible(&old_base, &new_base, "__bases__")?;

    // Every new MRO is computed before any is installed.
    let mut plan = vec![(cls.clone(), new_mro(&bases, &[])?)];
    plan_subclasses(cls, &mut plan)?;

    let bases: Rc<[PyRef]> = bases.into();
    let (old_bases, old_base) = t.replace_bases(bases.clone(), Some(new_base));
    let old_mros: Vec<Rc<[PyRef]>> = plan
        .iter()
        .map(|(c, mro)| tobj(c).replace_mro(mro.clone()))
        .collect();
    crate::objects::classes::typecache::remove_subclass(cls, &old_bases);
    crate::objects::classes::typecache::add_subclass(cls, &bases);
    crate::objects::classes::typecache::modified(cls);
    crate::objects::classes::class_slots::refresh_slots_tree(cls);
    drop((old_bases, old_base, old_mros));
    Ok(())
}

/// The MRO (after the class itself) of a class with `bases`, reading the MROs `plan` has
/// already recomputed.
fn new_mro(bases: &[PyRef], plan: &[(PyRef, Rc<[PyRef]>)]) -> PyResult<Rc<[PyRef]>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| o.ptr_eq(b)) {
            return Err(exc!(type_error, "duplicate base class {}", type_name(b)));
        }
    }
    let mro_of = |b: &PyRef| {
        plan.iter()
            .rev()
            .find(|(c, _)| c.ptr_eq(b))
            .map_or_else(|| tobj(b).mro(), |(_, m)| m.clone())
    };
    match crate::objects::classes::typeobj::c3_merge_with(bases, mro_of) {
        Ok(mro) => Ok(mro.into()),
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(type_name).collect();
            Err(exc!(
                type_error,
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        }
    }
}

/// Appends the new MROs of `cls`'s subclasses, parents before children (CPython's
/// `mro_hierarchy`; a class reached twice is recomputed with the later answer).
fn plan_subclasses(cls: &PyRef, plan: &mut Vec<(PyRef, Rc<[PyRef]>)>) -> PyResult<()> {
    for sub in crate::objects::classes::typecache::subclasses(cls) {
        let mro = new_mro(&tobj(&sub).bases(), plan)?;
        plan.push((sub.clone(), mro));
        plan_subclasses(&sub, plan)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::strings::str::intern;
    use crate::objects::testutil::call;

    /// `type(name, bases, {})`.
    fn class(vm: &mut Vm, name: &str, bases: &[PyRef]) -> PyRef {
        let args = [
            Value::Obj(intern(name)),
            Value::Obj(TupleObj::new_ref(
                bases.iter().cloned().map(Value::Obj).collect(),
            )),
            Value::Obj(DictObj::new_ref()),
        ];
        let cls = call(vm, &Value::Obj(types().type_.clone()), &args).unwrap();
        cls.as_obj().unwrap().clone()
    }

    #[test]
    fn a_borrowed_old_class_outlives_its_last_reference() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = class(&mut vm, "A", &[]);
        let b = class(&mut vm, "B", &[]);
        let obj = call(&mut vm, &Value::Obj(a.clone()), &[]).unwrap();
        let borrowed = obj.class();
        // (the references a class holds to itself: its `__mro__`, its getset descriptors)
        let own = a.refcount() - 2;
        drop(a);
        set_class(&mut vm, &obj, Some(Value::Obj(b.clone()))).unwrap();
        // `A` lost its last counted reference but one: the parked one.
        assert!(obj.class().ptr_eq(&b));
        assert_eq!(type_name(borrowed), "A");
        assert_eq!(borrowed.refcount(), own + 1);
        assert_eq!(vm.interp.parked_types.len(), 1);
        // Back and forth parks each type once.
        set_class(&mut vm, &obj, Some(Value::Obj(borrowed.clone()))).unwrap();
        set_class(&mut vm, &obj, Some(Value::Obj(b.clone()))).unwrap();
        assert_eq!(vm.interp.parked_types.len(), 2);
        vm.interp.parked_types.release();
        assert!(vm.interp.parked_types.is_empty());
        assert_eq!(type_name(obj.class()), "B");
    }

    #[test]
    fn writes_to_a_class_retag_it_and_its_subclasses_only() {
        use super::super::typecache::version_tag;
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let base = class(&mut vm, "Base", &[]);
        let sub = class(&mut vm, "Sub", std::slice::from_ref(&base));
        let other = class(&mut vm, "Other", &[]);
        let tags = |c: &[&PyRef]| c.iter().map(|c| version_tag(c)).collect::<Vec<_>>();
        let before = tags(&[&base, &sub, &other]);
        assert!(before.iter().all(|&t| t != 0));
        assert_eq!(before, tags(&[&base, &sub, &other]));
        vm.setattr(&Value::Obj(base.clone()), &intern("x"), Some(Value::Int(1)))
            .unwrap();
        let after = tags(&[&base, &sub, &other]);
        assert_ne!(after[0], before[0]);
        assert_ne!(after[1], before[1]);
        assert_eq!(after[2], before[2]);
        // A subclass's write leaves its base alone.
        vm.setattr(&Value::Obj(sub.clone()), &intern("y"), Some(Value::Int(2)))
            .unwrap();
        let last = tags(&[&base, &sub, &other]);
        assert_eq!(last[0], after[0]);
        assert_ne!(last[1], after[1]);
        assert!(matches!(
            TypeObject::lookup(&sub, &intern("x")),
            Some(Value::Int(1))
        ));
    }
}
