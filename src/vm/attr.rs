//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and `LOAD_METHOD`'s lookup
//! that skips creating a bound method.
//!
//! Order (CPython's generic getattr, minus data descriptors for now): the type's own
//! `getattr` slot (module namespaces, instance dicts, exception fields), then the type's MRO
//! — functions found there are bound to the object — then AttributeError.

use super::{PyErr, PyResult, Vm};
use crate::exc;
use crate::objects::dict::DictObj;
use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::module::ModuleObj;
use crate::objects::str::{intern, new_str, StrObj};
use crate::objects::tuple::TupleObj;
use crate::objects::typeobj::TypeObject;
use crate::objects::{types, PyRef, Value};

/// `("itertools", "count")` for `"itertools.count"`; `("", name)` without a dot.
fn dotted(name: &str) -> (&str, &str) {
    name.rsplit_once('.').unwrap_or(("", name))
}

fn str_of(v: &PyRef) -> &str {
    v.downcast::<StrObj>().map_or("?", |s| s.as_str())
}

impl Vm {
    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        if let Some(f) = super::protocol::slots(obj).getattr {
            if let Some(v) = f(self, obj, name)? {
                return Ok(v);
            }
        }
        if let Some(cls) = obj
            .downcast::<TypeObject>()
            .map(|_| obj.as_obj().unwrap().clone())
        {
            return self.type_getattr(&cls, name);
        }
        if let Some(v) = self.special_attr(obj, name) {
            return Ok(v);
        }
        if let Some(f) = TypeObject::lookup(obj.class(), name) {
            return self.bind(f, obj);
        }
        Err(self.attribute_error(obj, name))
    }

    /// `LOAD_METHOD`: the unbound function when `name` is a method found on the type (the
    /// call then passes `obj` itself), else `None` (use `getattr`).
    pub fn load_method(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let has_own_attrs = matches!(obj, Value::Obj(o) if o.is::<ModuleObj>() || o.is::<TypeObject>())
            || super::protocol::slots(obj).getattr.is_some();
        if has_own_attrs {
            return Ok(None);
        }
        match TypeObject::lookup(obj.class(), name) {
            Some(f @ Value::Obj(_))
                if f.downcast::<FunctionObj>().is_some()
                    || f.downcast::<BuiltinFunctionObj>()
                        .is_some_and(|b| b.bound.is_none()) =>
            {
                Ok(Some(f))
            }
            _ => Ok(None),
        }
    }

    /// Binds a function found on a type to `obj` (a bound method); other values as they are.
    pub fn bind(&mut self, f: Value, obj: &Value) -> PyResult<Value> {
        if f.downcast::<FunctionObj>().is_some() {
            return Ok(Value::Obj(PyRef::new(
                &types().method,
                BoundMethodObj {
                    func: f,
                    self_: obj.clone(),
                },
            )));
        }
        if let Some(b) = f.downcast::<BuiltinFunctionObj>() {
            if b.bound.is_none() {
                return Ok(Value::Obj(BuiltinFunctionObj::new_ref(
                    b.name,
                    b.func,
                    Some(obj.clone()),
                )));
            }
        }
        Ok(f)
    }

    /// Attributes of a class: its MRO dicts, then `__name__` and friends.
    fn type_getattr(&mut self, cls: &PyRef, name: &PyRef) -> PyResult<Value> {
        if let Some(v) = TypeObject::lookup(cls, name) {
            return Ok(v);
        }
        let t = cls.downcast::<TypeObject>().expect("a type");
        let v = match str_of(name) {
            // A builtin type named `module.name` (like CPython's `tp_name`) is `name` in
            // module `module`.
            "__name__" if !t.heap => Value::Obj(new_str(dotted(&t.name).1)),
            "__qualname__" if !t.heap => Value::Obj(new_str(dotted(&t.qualname).1)),
            "__module__" if !t.heap && t.name.contains('.') => {
                Value::Obj(new_str(dotted(&t.name).0))
            }
            "__name__" => Value::Obj(new_str(t.name.as_str())),
            "__qualname__" => Value::Obj(new_str(t.qualname.as_str())),
            "__module__" => Value::Obj(new_str(t.module.borrow().as_str())),
            "__bases__" => Value::Obj(TupleObj::new_ref(
                t.bases.iter().cloned().map(Value::Obj).collect(),
            )),
            "__mro__" => {
                let mut v = vec![Value::Obj(cls.clone())];
                v.extend(t.mro.iter().cloned().map(Value::Obj));
                Value::Obj(TupleObj::new_ref(v))
            }
            "__class__" => Value::Obj(cls.class().clone()),
            _ => {
                // Methods of `type` itself (e.g. `mro`).
                if let Some(f) = TypeObject::lookup(cls.class(), name) {
                    return self.bind(f, &Value::Obj(cls.clone()));
                }
                return Err(exc!(
                    attribute_error,
                    "type object '{}' has no attribute '{}'",
                    t.name,
                    str_of(name)
                ));
            }
        };
        Ok(v)
    }

    /// `__class__`, and the attributes of functions and modules.
    fn special_attr(&mut self, obj: &Value, name: &PyRef) -> Option<Value> {
        let n = str_of(name);
        if n == "__class__" {
            return Some(Value::Obj(obj.class().clone()));
        }
        if let Some(f) = obj.downcast::<FunctionObj>() {
            return match n {
                "__name__" => Some(Value::Obj(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Obj(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__code__" => Some(Value::Obj(f.code.clone())),
                "__defaults__" => Some(f.defaults.borrow().clone().map_or(Value::None, Value::Obj)),
                "__kwdefaults__" => Some(
                    f.kwdefaults
                        .borrow()
                        .clone()
                        .map_or(Value::None, Value::Obj),
                ),
                "__closure__" => Some(f.closure.clone().map_or(Value::None, Value::Obj)),
                "__dict__" => {
                    let d = f
                        .dict
                        .borrow_mut()
                        .get_or_insert_with(DictObj::new_ref)
                        .clone();
                    Some(Value::Obj(d))
                }
                _ => f
                    .dict
                    .borrow()
                    .as_ref()
                    .and_then(|d| d.downcast::<DictObj>()?.get_str(name)),
            };
        }
        if let Some(b) = obj.downcast::<BuiltinFunctionObj>() {
            return match n {
                "__name__" | "__qualname__" => Some(Value::Obj(new_str(b.name))),
                "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
                "__doc__" => Some(Value::None),
                _ => None,
            };
        }
        if let Some(m) = obj.downcast::<BoundMethodObj>() {
            return match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let func = m.func.clone();
                    self.getattr(&func, name).ok()
                }
            };
        }
        None
    }

    /// `obj.name = value` (`value: None` deletes).
    pub fn setattr(&mut self, obj: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
        if let Some(f) = super::protocol::slots(obj).setattr {
            return f(self, obj, name, value);
        }
        if let Some(f) = obj.downcast::<FunctionObj>() {
            match (str_of(name), value) {
                ("__name__", Some(Value::Obj(s))) if s.is::<StrObj>() => {
                    *f.name.borrow_mut() = s;
                }
                ("__qualname__", Some(Value::Obj(s))) if s.is::<StrObj>() => {
                    *f.qualname.borrow_mut() = s;
                }
                ("__doc__", Some(v)) => {
                    let old = std::mem::replace(&mut *f.doc.borrow_mut(), v);
                    drop(old);
                }
                ("__module__", Some(v)) => {
                    let old = std::mem::replace(&mut *f.module.borrow_mut(), v);
                    drop(old);
                }
                (_, Some(v)) => {
                    let d = f
                        .dict
                        .borrow_mut()
                        .get_or_insert_with(DictObj::new_ref)
                        .clone();
                    drop(
                        d.downcast::<DictObj>()
                            .expect("dict")
                            .set_str(name.clone(), v),
                    );
                }
                (_, None) => {
                    let d = f.dict.borrow().clone();
                    let removed = d.and_then(|d| d.downcast::<DictObj>()?.del_str(name));
                    if removed.is_none() {
                        return Err(self.attribute_error(obj, name));
                    }
                }
            }
            return Ok(());
        }
        if TypeObject::lookup(obj.class(), name).is_some() || value.is_none() {
            return Err(exc!(
                attribute_error,
                "'{}' object attribute '{}' is read-only",
                obj.type_name(),
                str_of(name)
            ));
        }
        Err(exc!(
            attribute_error,
            "'{}' object has no attribute '{}'",
            obj.type_name(),
            str_of(name)
        ))
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
