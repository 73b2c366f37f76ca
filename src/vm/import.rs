//! `import`: modules come from `sys.modules` (the builtin ones are registered there at
//! start-up). Importing `.py` files is part of the modules work.

use super::{PyResult, Vm};
use crate::exc;
use crate::objects::dict::DictObj;
use crate::objects::module::ModuleObj;
use crate::objects::str::StrObj;
use crate::objects::{PyRef, Value};

impl Vm {
    pub fn import_module(&mut self, name: &PyRef) -> PyResult<Value> {
        let modules = self.interp.modules.clone();
        let d = modules
            .downcast::<DictObj>()
            .expect("sys.modules is a dict");
        if let Some(m) = d.get_str(name) {
            return Ok(m);
        }
        let n = name.downcast::<StrObj>().map_or("?", |s| s.as_str());
        if let Some(native) = crate::modules::find_native(n) {
            let module = (native.create)(self)?;
            d.set_str(name.clone(), Value::Obj(module.clone()));
            return Ok(Value::Obj(module));
        }
        Err(exc!(module_not_found_error, "No module named '{}'", n))
    }

    /// `from m import *`: the names in `__all__`, or every name not starting with `_`.
    pub fn import_star(&mut self, module: &Value, into: &DictObj) -> PyResult<()> {
        let Some(m) = module.downcast::<ModuleObj>() else {
            return Ok(());
        };
        for (k, v) in m.namespace().items() {
            if let Value::Obj(key) = &k {
                if key
                    .downcast::<StrObj>()
                    .is_some_and(|s| !s.as_str().starts_with('_'))
                {
                    drop(into.set_str(key.clone(), v));
                }
            }
        }
        Ok(())
    }
}
