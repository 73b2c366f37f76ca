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

/// importlib's `_module_repr` for modules without a spec: `<module 'm' from '/path/m.py'>`,
/// `<module 'sys' (built-in)>`, `<module 'x' (frozen)>`, `<module 'ns' (namespace) from [...]>`
/// or `<module 'm'>`.
fn module_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let m = v.downcast::<ModuleObj>().expect("a module");
    let ns = m.namespace();
    let get = |k: &str| ns.get_str(&super::str::intern(k));
    let name = get("__name__")
        .and_then(|n| super::str::as_str(&n).map(str::to_string))
        .unwrap_or_else(|| "?".to_string());
    let own = m
        .name
        .downcast::<super::str::StrObj>()
        .map_or("?", |s| s.as_str());
    let quoted = super::str::repr_str(&name);
    let text = if let Some(file) = get("__file__").filter(|f| !f.is_none()) {
        format!("<module {} from {}>", quoted, vm.repr_string(&file)?)
    } else if own == "__main__"
        || own == "sys"
        || own == "builtins"
        || crate::modules::find_native(own).is_some()
    {
        format!("<module {quoted} (built-in)>")
    } else if crate::modules::find_frozen(own).is_some() {
        format!("<module {quoted} (frozen)>")
    } else if let Some(path) = get("__path__") {
        format!(
            "<module {} (namespace) from {}>",
            quoted,
            vm.repr_string(&path)?
        )
    } else {
        format!("<module {quoted}>")
    };
    Ok(super::str::new_str(text))
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
