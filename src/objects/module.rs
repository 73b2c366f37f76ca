//! Module objects: a name and a globals dict.

use super::core::PyRef;
use super::Value;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::trace::Trace;
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

pub struct ModuleObj {
    pub name: PyRef,
    /// The module's namespace (a dict object): its functions' globals.
    pub dict: PyRef,
}

impl Trace for ModuleObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
    }
}

impl ModuleObj {
    /// A new module named `name` with an empty namespace holding `__name__`.
    pub fn new_ref(name: &str) -> PyRef {
        let dict = DictObj::new_ref();
        let d = dict.downcast::<DictObj>().expect("dict");
        d.set_str(
            crate::objects::strings::str::intern("__name__"),
            Value::Obj(crate::objects::strings::str::new_str(name)),
        );
        d.set_str(crate::objects::strings::str::intern("__doc__"), Value::None);
        PyRef::new(
            &super::types().module,
            ModuleObj {
                name: crate::objects::strings::str::intern(name),
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
    let get = |k: &str| ns.get_str(&crate::objects::strings::str::intern(k));
    let name = get("__name__")
        .and_then(|n| crate::objects::strings::str::as_str(&n).map(str::to_string))
        .unwrap_or_else(|| "?".to_string());
    let own = m
        .name
        .downcast::<crate::objects::strings::str::StrObj>()
        .map_or("?", |s| s.as_str());
    let quoted = crate::objects::strings::str::repr_str(&name);
    let text = if let Some(file) = get("__file__").filter(|f| !f.is_none()) {
        format!("<module {} from {}>", quoted, vm.repr_string(&file)?)
    } else if own == "__main__"
        || own == "sys"
        || own == "builtins"
        || crate::vm::import::is_native_module(own)
    {
        format!("<module {quoted} (built-in)>")
    } else if crate::vm::import::is_frozen_module(own) {
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
    Ok(crate::objects::strings::str::new_str(text))
}

fn module_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let m = v.downcast::<ModuleObj>().expect("a module");
    match crate::objects::strings::str::as_str(&Value::Obj(name.clone())) {
        // (`__dict__` is the namespace itself: a read-only member, as CPython's)
        Some("__dict__") => return Err(crate::exc!(attribute_error, "readonly attribute")),
        // `object.__class__`'s setter, also for a module whose class is a subclass
        Some("__class__") => return crate::objects::classes::class_assign::set_class(vm, v, value),
        _ => {}
    }
    match value {
        Some(val) => drop(m.namespace().set_str(name.clone(), val)),
        None => {
            if m.namespace().del_str(name).is_none() {
                return Err(crate::exc!(
                    attribute_error,
                    "'{}' object has no attribute '{}'",
                    v.type_name(),
                    name.downcast::<crate::objects::strings::str::StrObj>()
                        .map_or("?", |s| s.as_str())
                ));
            }
        }
    }
    Ok(())
}

/// `module.__new__` (`types.ModuleType(name)`): an empty module of `cls`, named by
/// `__init__` (run here for `module` itself: a subclass's call runs its `__init__`).
fn module_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    // (the name messages show; `__init__` checks it)
    let name = args.pos().first().or_else(|| args.kw("name"));
    let module = ModuleObj {
        name: crate::objects::strings::str::intern(
            name.and_then(crate::objects::strings::str::as_str)
                .unwrap_or(""),
        ),
        dict: DictObj::new_ref(),
    };
    let module = Value::Obj(PyRef::new(cls, module));
    if cls.ptr_eq(&super::types().module) {
        init(vm, &module, args)?;
    }
    Ok(module)
}

const MODULE_INIT: Clinic = Clinic {
    fname: "module",
    names: &["name", "doc"],
    posonly: 0,
    minpos: 1,
    maxpos: 2,
};

/// `module.__init__(self, name, doc=None)`: sets `__name__` and `__doc__`, and the import
/// system's `__package__`, `__loader__` and `__spec__` to None, as CPython.
fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    init(
        vm,
        args.receiver(),
        Args::new(&args.values[1..], args.kwnames),
    )?;
    Ok(Value::None)
}

fn init(_vm: &mut Vm, module: &Value, args: Args) -> PyResult<()> {
    let m = module.downcast::<ModuleObj>().expect("a module");
    let [name, doc] = MODULE_INIT.bind(&args)?;
    let name = name.expect("a required argument");
    if crate::objects::strings::str::as_str(name).is_none() {
        return Err(crate::exc!(
            type_error,
            "module() argument 'name' must be str, not {}",
            name.type_name()
        ));
    }
    let ns = m.namespace();
    let set = |k: &str, v: Value| drop(ns.set_str(crate::objects::strings::str::intern(k), v));
    set("__name__", name.clone());
    set("__doc__", doc.cloned().unwrap_or(Value::None));
    for k in ["__package__", "__loader__", "__spec__"] {
        set(k, Value::None);
    }
    Ok(())
}

pub const METHODS: &[MethodDef] = &[crate::method!("__init__", module_init, WrapperAny)];

/// A module's attribute: its namespace, then its type's attributes, then (PEP 562) the
/// module's own `__getattr__(name)`, for a name found nowhere else.
fn module_getattro(vm: &mut Vm, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    if let Some(v) = vm.module_getattr(obj, name)? {
        return Ok(Some(v));
    }
    let m = obj.downcast::<ModuleObj>().expect("a module");
    let Some(hook) = m.namespace().get_str(crate::interned!("__getattr__")) else {
        return Ok(None);
    };
    if let Some(v) = vm.generic_getattr(obj, name)? {
        return Ok(Some(v));
    }
    vm.call(&hook, Args::positional(&[Value::Obj(name.clone())]))
        .map(Some)
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(module_new),
    repr: Some(module_repr),
    getattr: Some(module_getattro),
    setattr: Some(module_setattr),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};
