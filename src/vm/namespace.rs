//! Names in a namespace that is not an exact dict: a class body whose metaclass's
//! `__prepare__` returned another mapping (a dict subclass with `__setitem__` or
//! `__missing__`, as enum-like metaclasses use), or code run by `exec`/`eval` with such a
//! mapping as locals. As CPython's LOAD_NAME / STORE_NAME / DELETE_NAME, these go through
//! the mapping's `__getitem__` / `__setitem__` / `__delitem__`; a KeyError from the lookup
//! sends LOAD_NAME on to the globals. An exact dict namespace takes the eval loop's fast
//! path and never comes here.

use super::{PyResult, Vm};
use crate::objects::{types, PyRef, Value};

impl Vm {
    /// The running frame's namespace.
    fn namespace(&self) -> Value {
        let top = self.frames.last().expect("the running frame");
        Value::Obj(top.locals.clone().expect("a frame with a namespace"))
    }

    /// `namespace[name]`, or `None` if the mapping raises KeyError (or a subclass of it).
    pub(crate) fn load_from_namespace(&mut self, name: &PyRef) -> PyResult<Option<Value>> {
        let ns = self.namespace();
        match self.getitem(&ns, &Value::Obj(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `namespace[name] = value`.
    pub(crate) fn store_in_namespace(&mut self, name: &PyRef, value: Value) -> PyResult<()> {
        let ns = self.namespace();
        self.setitem(&ns, &Value::Obj(name.clone()), value)
    }

    /// `del namespace[name]`: `false` if the mapping raises anything (the caller's NameError).
    pub(crate) fn delete_from_namespace(&mut self, name: &PyRef) -> PyResult<bool> {
        let ns = self.namespace();
        // Any failure of the mapping's `__delitem__` becomes the caller's NameError, as
        // CPython's DELETE_NAME replaces whatever was raised.
        Ok(self.delitem(&ns, &Value::Obj(name.clone())).is_ok())
    }

    /// SETUP_ANNOTATIONS: `__annotations__` made in the namespace unless it has one.
    pub(crate) fn setup_namespace_annotations(&mut self) -> PyResult<()> {
        let key = crate::interned!("__annotations__");
        if self.load_from_namespace(key)?.is_none() {
            let d = Value::Obj(crate::objects::containers::dict::DictObj::new_ref());
            self.store_in_namespace(key, d)?;
        }
        Ok(())
    }

    /// `from m import *` into the namespace.
    pub(crate) fn import_star_into_namespace(&mut self, module: &Value) -> PyResult<()> {
        let ns = self.namespace();
        self.import_star(module, &ns)
    }
}
