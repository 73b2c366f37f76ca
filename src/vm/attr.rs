//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, `LOAD_METHOD`'s lookup that
//! skips creating a bound method, and descriptor binding.
//!
//! `obj.name` follows CPython's generic getattr: a type's own `getattr` slot first (modules,
//! exceptions' fields, a class's `__getattribute__`), then
//! 1. a *data descriptor* on the type (property, `__slots__` member) wins;
//! 2. then the instance dict;
//! 3. then other class attributes, bound through their `descr_get` (functions become bound
//!    methods, classmethods bind to the class);
//! 4. then a class's `__getattr__` hook, then AttributeError.
//!
//! Attributes of classes themselves follow `type`'s rules (`type_getattr`).

use super::{Args, PyErr, PyResult, Vm};
use crate::exc;
use crate::objects::callables::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::classes::class_assign;
use crate::objects::classes::instance::{self, dict_cell, instance_dict, Stored};
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::containers::dict::DictObj;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str, StrObj};
use crate::objects::{types, PyRef, Value};

/// `obj`'s own attribute `name`: an instance's (see `instance`), or in the dict of the
/// objects that keep one in a cell.
#[inline]
fn own_attr(obj: &Value, name: &PyRef) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    if instance::is_instance(o) {
        return instance::get_attr(o, name);
    }
    let cell = dict_cell(obj)?;
    let found = cell
        .borrow()
        .as_ref()
        .and_then(|d| d.downcast::<DictObj>()?.get_str(name));
    found
}

/// `("itertools", "count")` for `"itertools.count"`; `("", name)` without a dot.
fn dotted(name: &str) -> (&str, &str) {
    name.rsplit_once('.').unwrap_or(("", name))
}

fn str_of(v: &PyRef) -> &str {
    v.downcast::<StrObj>().map_or("?", |s| s.as_str())
}

/// `__class__` and `__dict__`: data descriptors of `object` in CPython, special-cased here.
#[inline]
fn is_object_getset(name: &PyRef) -> bool {
    // (the length first: most names are neither, and this runs on every instance setattr)
    name.downcast::<StrObj>().is_some_and(|s| {
        let s = s.as_str();
        matches!(s.len(), 8 | 9) && (s == "__class__" || s == "__dict__")
    })
}

/// Whether `v` is a data descriptor (its type has `__set__`/`__delete__`).
pub(crate) fn is_data_descr(v: &Value) -> bool {
    matches!(v, Value::Obj(_)) && super::protocol::slots(v).descr_set.is_some()
}

impl Vm {
    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        let e = match self.getattr_opt(obj, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => self.attribute_error(obj, name),
            Err(e) => e,
        };
        // As CPython's PyObject_GetAttr: an AttributeError leaving a lookup records the
        // object and the name (the innermost lookup's), for the "Did you mean" hint.
        if e.matches(&types().exc.attribute_error) {
            use crate::objects::exceptions::exception_kinds::{has_field, set_field};
            let x = e.exc();
            if !has_field(x, "name") && !has_field(x, "obj") {
                set_field(x, "name", Value::Obj(name.clone()));
                set_field(x, "obj", obj.clone());
            }
        }
        Err(e)
    }

    /// `obj.name`, or `Ok(None)` where `getattr` would raise AttributeError for a missing
    /// attribute (other errors still propagate).
    pub fn getattr_opt(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let e = match self.getattribute(obj, name) {
            Ok(Some(v)) => return Ok(Some(v)),
            Ok(None) => None,
            Err(e) => Some(e),
        };
        // A class's (or, for a class, its metaclass's) `__getattr__` hook, for attributes
        // found nowhere else, or whose lookup raised AttributeError (a property's getter),
        // as CPython's `slot_tp_getattr_hook`.
        let cls = obj.class();
        if cls.downcast::<TypeObject>().is_some_and(|t| t.heap) {
            if let Some(f) = TypeObject::lookup(cls, crate::interned!("__getattr__")) {
                if let Some(e) = e {
                    if !e.matches(&types().exc.attribute_error) {
                        return Err(e);
                    }
                }
                return self
                    .call_found(f, obj, &[Value::Obj(name.clone())])
                    .map(Some);
            }
        }
        e.map_or(Ok(None), Err)
    }

    /// `obj.name` without the `__getattr__` hook (CPython's `__getattribute__`).
    fn getattribute(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        if let Some(f) = super::protocol::slots(obj).getattr {
            if let Some(v) = f(self, obj, name)? {
                return Ok(Some(v));
            }
        }
        if let Value::Obj(o) = obj {
            if o.is::<TypeObject>() {
                return self.type_getattr(o, name);
            }
        }
        self.generic_getattr(obj, name)
    }

    /// CPython's `object.__getattribute__`: descriptors and the instance dict.
    pub fn generic_getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let cls = obj.class();
        let descr = TypeObject::lookup(cls, name);
        match &descr {
            // A data descriptor without `__get__` leaves the instance dict in charge.
            Some(d) if is_data_descr(d) && super::protocol::slots(d).descr_get.is_some() => {
                let d = d.clone();
                let owner = cls.clone();
                return self.descr_get(d, Some(obj), &owner).map(Some);
            }
            // `object`'s data descriptors, found last along every MRO: only a class
            // attribute of the same name hides them, not the instance dict.
            None if is_object_getset(name) => {
                if str_of(name) == "__class__" {
                    return Ok(Some(Value::Obj(cls.clone())));
                }
                if let Some(d) = instance_dict(obj) {
                    // Handed out, the dict is an object of its own for the collector.
                    DictObj::escape(&d);
                    return Ok(Some(Value::Obj(d)));
                }
            }
            _ => {}
        }
        if let Some(found) = own_attr(obj, name) {
            return Ok(Some(found));
        }
        match descr {
            Some(d) => {
                let owner = cls.clone();
                self.descr_get(d, Some(obj), &owner).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Binds a value found on a class: `d.__get__(obj, owner)` when its type is a descriptor,
    /// else the value itself. `obj` is `None` for access through the class.
    pub fn descr_get(&mut self, d: Value, obj: Option<&Value>, owner: &PyRef) -> PyResult<Value> {
        if let Value::Obj(o) = &d {
            if o.is::<FunctionObj>() {
                return Ok(match obj {
                    Some(this) => self.bound_method(&d, this),
                    None => d,
                });
            }
            if let Some(b) = o.downcast::<BuiltinFunctionObj>() {
                return Ok(match obj {
                    Some(this) if b.binds() => Value::Obj(b.bind(this.clone())),
                    _ => d,
                });
            }
            if let Some(f) = super::protocol::slots(&d).descr_get {
                return f(self, &d, obj, owner);
            }
        }
        Ok(d)
    }

    /// A bound method: `func` with `this` as its first argument.
    pub fn bound_method(&mut self, func: &Value, this: &Value) -> Value {
        Value::Obj(PyRef::new(
            &types().method,
            BoundMethodObj {
                func: func.clone(),
                self_: this.clone(),
            },
        ))
    }

    /// Calls `f`, found on `obj`'s type, as a method of `obj` — without making a bound
    /// method for plain functions.
    pub fn call_found(&mut self, f: Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_found_args(f, obj, Args::positional(args))
    }

    /// [`Vm::call_found`] with keyword arguments.
    pub fn call_found_args(&mut self, f: Value, obj: &Value, args: Args) -> PyResult<Value> {
        let plain = f.downcast::<FunctionObj>().is_some()
            || f.downcast::<BuiltinFunctionObj>()
                .is_some_and(BuiltinFunctionObj::binds);
        if plain {
            // (on the Rust stack for the usual few arguments: `__init__` runs once per
            // instance, and an instance is one allocation)
            let mut all: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::new();
            all.push(obj.clone());
            all.extend(args.values.iter().cloned());
            return self.call(&f, Args::new(&all, args.kwnames));
        }
        let owner = obj.class().clone();
        let bound = self.descr_get(f, Some(obj), &owner)?;
        self.call(&bound, args)
    }

    /// `LOAD_METHOD`: the unbound function when `name` is a plain method found on the type
    /// and not shadowed by the instance (the call then passes `obj` itself), else `None`
    /// (the caller uses `getattr`).
    pub fn load_method(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        if super::protocol::slots(obj).getattr.is_some() {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if o.is::<TypeObject>() {
                return Ok(None);
            }
        }
        let f = match TypeObject::lookup(obj.class(), name) {
            Some(f @ Value::Obj(_))
                if f.downcast::<FunctionObj>().is_some()
                    || f.downcast::<BuiltinFunctionObj>()
                        .is_some_and(BuiltinFunctionObj::binds) =>
            {
                f
            }
            _ => return Ok(None),
        };
        let shadowed = match obj {
            Value::Obj(o) if instance::is_instance(o) => instance::has_attr(o, name),
            _ => own_attr(obj, name).is_some(),
        };
        Ok((!shadowed).then_some(f))
    }

    /// Attributes of a class: `type`'s own (`__name__`, `__mro__`, ...), then the class's MRO
    /// dicts (bound as for class access: classmethods bind to the class), then the
    /// metaclass's methods (bound to the class).
    fn type_getattr(&mut self, cls: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
        let t = cls.downcast::<TypeObject>().expect("a type");
        let special = match str_of(name) {
            // A builtin type named `module.name` (like CPython's `tp_name`) is `name` in
            // module `module`.
            "__name__" if !t.heap => Some(Value::Obj(new_str(dotted(&t.name.get()).1))),
            "__qualname__" if !t.heap => Some(Value::Obj(new_str(dotted(&t.qualname.get()).1))),
            "__module__" if !t.heap && t.name.get().contains('.') => {
                Some(Value::Obj(new_str(dotted(&t.name.get()).0)))
            }
            // A class that renamed itself `module.name` (the `datetime` module's, so that
            // messages name its types as CPython's C types are named) is still `name`.
            "__name__" => {
                let full = t.name.get();
                let short = match full.split_once('.') {
                    Some((m, rest)) if *t.module.borrow() == m => rest,
                    _ => &*full,
                };
                Some(Value::Obj(new_str(short)))
            }
            "__qualname__" => Some(Value::Obj(new_str(&*t.qualname.get()))),
            "__bases__" => Some(Value::Obj(t.bases_tuple())),
            "__base__" => Some(t.base().map_or(Value::None, Value::Obj)),
            "__mro__" => Some(Value::Obj(t.mro_tuple(cls))),
            "__dict__" => {
                let d = match t.dict.object() {
                    Some(d) => d.clone(),
                    // (a builtin type's dict never changes: a view of a copy is as good)
                    None => PyRef::new(&types().dict, t.dict.copy()),
                };
                Some(Value::Obj(
                    crate::objects::containers::mappingproxy::new_ref(Value::Obj(d)),
                ))
            }
            "__class__" => Some(Value::Obj(cls.class().clone())),
            "__module__" if !t.heap => Some(Value::Obj(new_str(t.module.borrow().as_str()))),
            "__doc__" if !t.heap => Some(Value::None),
            _ => None,
        };
        if special.is_some() {
            return Ok(special);
        }
        let meta = cls.class().clone();
        let meta_attr = TypeObject::lookup(&meta, name);
        if let Some(m) = &meta_attr {
            if is_data_descr(m) {
                return self
                    .descr_get(m.clone(), Some(&Value::Obj(cls.clone())), &meta)
                    .map(Some);
            }
        }
        if let Some(v) = TypeObject::lookup(cls, name) {
            return self.descr_get(v, None, cls).map(Some);
        }
        if let Some(m) = meta_attr {
            return self
                .descr_get(m, Some(&Value::Obj(cls.clone())), &meta)
                .map(Some);
        }
        // (a metaclass's `__getattr__` is `getattr_opt`'s hook)
        Ok(None)
    }

    /// `obj.name = value` (`value: None` deletes).
    pub fn setattr(&mut self, obj: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if o.is::<TypeObject>() && o.class().ptr_eq(&types().type_) {
                return self.type_setattr(o, name, value);
            }
            // `object.__class__` is a data descriptor every type inherits: builtin objects
            // whose own setattr has no fallback to `object`'s (modules, generators) refuse
            // the assignment as CPython does. (Native objects, like proxies, forward it.)
            if o.class().downcast::<TypeObject>().is_some_and(|t| !t.heap)
                && o.kind() != crate::objects::Kind::Native
                && str_of(name) == "__class__"
            {
                return class_assign::set_class(self, obj, value);
            }
        }
        if let Some(f) = super::protocol::slots(obj).setattr {
            return f(self, obj, name, value);
        }
        Err(self.attribute_error(obj, name))
    }

    /// `cls.name = value` (`None`: `del cls.name`): a metaclass's data descriptor, `type`'s
    /// own attributes (`class_assign`), else the class dict — which changes what the class
    /// and its subclasses look up (new version tags) and, for a dunder, their slots.
    pub fn type_setattr(
        &mut self,
        cls: &PyRef,
        name: &PyRef,
        value: Option<Value>,
    ) -> PyResult<()> {
        let t = cls.downcast::<TypeObject>().expect("a type");
        if !t.heap {
            return Err(exc!(
                type_error,
                "cannot set '{}' attribute of immutable type '{}'",
                str_of(name),
                t.name
            ));
        }
        let meta = cls.class().clone();
        if let Some(d @ Value::Obj(_)) = TypeObject::lookup(&meta, name) {
            if let Some(f) = super::protocol::slots(&d).descr_set {
                return f(self, &d, &Value::Obj(cls.clone()), value);
            }
        }
        let n = str_of(name);
        if let Some(r) = class_assign::set_type_special(self, cls, n, value.as_ref()) {
            return r;
        }
        let key = crate::objects::strings::str::intern_ref(name);
        let old = match value {
            Some(v) => t.dict.set_str(key, v),
            None => match t.dict.del_str(&key) {
                Some(old) => Some(old),
                None => {
                    return Err(exc!(
                        attribute_error,
                        "type object '{}' has no attribute '{}'",
                        t.name,
                        n
                    ))
                }
            },
        };
        crate::objects::classes::typecache::modified(cls);
        if crate::objects::classes::slotdefs::Wrap::from_name(n).is_some() || n == "__del__" {
            crate::objects::classes::class_slots::refresh_slots_tree(cls);
        }
        drop(old);
        Ok(())
    }

    /// CPython's AttributeError for a missing attribute.
    pub fn attribute_error(&mut self, obj: &Value, name: &PyRef) -> PyErr {
        if let Some(m) = obj.downcast::<ModuleObj>() {
            return exc!(
                attribute_error,
                "module '{}' has no attribute '{}'",
                str_of(&m.name),
                str_of(name)
            );
        }
        if let Value::Obj(o) = obj {
            if let Some(t) = o.downcast::<TypeObject>() {
                return exc!(
                    attribute_error,
                    "type object '{}' has no attribute '{}'",
                    t.name,
                    str_of(name)
                );
            }
        }
        exc!(
            attribute_error,
            "'{}' object has no attribute '{}'",
            obj.type_name(),
            str_of(name)
        )
    }

    /// Looks a name up in a module's namespace (the module type's `getattr` slot).
    pub fn module_getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let m = obj.downcast::<ModuleObj>().expect("a module");
        if let Some(v) = m.dict.downcast::<DictObj>().and_then(|d| d.get_str(name)) {
            return Ok(Some(v));
        }
        if str_of(name) == "__dict__" {
            return Ok(Some(Value::Obj(m.dict.clone())));
        }
        Ok(None)
    }

    /// An interned name.
    pub fn name(&self, s: &str) -> PyRef {
        intern(s)
    }
}

/// `object.__setattr__`: a data descriptor on the type, else the instance dict.
pub fn generic_setattr(
    vm: &mut Vm,
    obj: &Value,
    name: &PyRef,
    value: Option<Value>,
) -> PyResult<()> {
    let cls = obj.class();
    let descr = TypeObject::lookup(cls, name);
    if let Some(d) = &descr {
        if let Some(f) = super::protocol::slots(d)
            .descr_set
            .filter(|_| matches!(d, Value::Obj(_)))
        {
            let d = d.clone();
            return f(vm, &d, obj, value);
        }
    }
    if descr.is_none() && is_object_getset(name) {
        if str_of(name) == "__class__" {
            return crate::objects::classes::class_assign::set_class(vm, obj, value);
        }
        if crate::objects::classes::class_assign::set_dict(obj, value)? {
            return Ok(());
        }
        return Err(vm.attribute_error(obj, name));
    }
    let read_only = |vm: &mut Vm| match descr {
        Some(_) => exc!(
            attribute_error,
            "'{}' object attribute '{}' is read-only",
            obj.type_name(),
            str_of(name)
        ),
        None => vm.attribute_error(obj, name),
    };
    if let Some(o) = obj.as_obj().filter(|o| instance::is_instance(o)) {
        return match instance::set_attr(o, name, value) {
            Stored::Done => Ok(()),
            Stored::Missing => Err(vm.attribute_error(obj, name)),
            Stored::NoDict => Err(read_only(vm)),
        };
    }
    let Some(dict) = instance_dict(obj) else {
        return Err(read_only(vm));
    };
    let d = dict.downcast::<DictObj>().expect("a dict");
    match value {
        Some(v) => {
            drop(d.set_str(instance::dict_key(name), v));
        }
        None => {
            if d.del_str(name).is_none() {
                return Err(vm.attribute_error(obj, name));
            }
        }
    }
    Ok(())
}
