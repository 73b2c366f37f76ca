//! Module objects: a name and a globals dict.

use super::core::PyRef;
use super::dict::DictObj;
use super::typeobj::TypeSlots;
use super::Value;
use crate::vm::{PyResult, Vm};

pub struct ModuleObj {
    pub name: PyRef,
    /// The module's namespace (a dict object): its functions' globals.
    pub dict: PyRef,
}

impl ModuleObj {
    /// A new module named `name` with an empty namespace holding `__name__`.
    pub fn new_ref(name: &str) -> PyRef {
        let dict = DictObj::new_ref();
        let d = dict.downcast::<DictObj>().expect("dict");
        d.set_str(
            super::str::intern("__name__"),
            Value::Obj(super::str::new_str(name)),
        );
        d.set_str(super::str::intern("__doc__"), Value::None);
        PyRef::new(
            &super::types().module,
            ModuleObj {
                name: super::str::intern(name),
                dict,
            },
        )
    }

    pub fn namespace(&self) -> &DictObj {
        self.dict.downcast::<DictObj>().expect("module dict")
    }
}

fn module_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let m = v.downcast::<ModuleObj>().expect("a module");
    let name = m
        .name
        .downcast::<super::str::StrObj>()
        .map_or("?", |s| s.as_str());
    Ok(super::str::new_str(format!("<module '{name}' (built-in)>")))
}

fn module_setattr(_vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let m = v.downcast::<ModuleObj>().expect("a module");
    match value {
        Some(val) => drop(m.namespace().set_str(name.clone(), val)),
        None => {
            if m.namespace().del_str(name).is_none() {
                return Err(crate::exc!(
                    attribute_error,
                    "module has no attribute '{}'",
                    name.downcast::<super::str::StrObj>()
                        .map_or("?", |s| s.as_str())
                ));
            }
        }
    }
    Ok(())
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(module_repr),
    getattr: Some(|vm, obj, name| vm.module_getattr(obj, name)),
    setattr: Some(module_setattr),
    ..TypeSlots::EMPTY
};
