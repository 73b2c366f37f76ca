//! Builtins about classes and attributes: `__build_class__` (the `class` statement), `vars`
//! and `dir`.

use crate::objects::classes::instance::class_attr_names;
use crate::objects::classes::typeobj::{MethodDef, TypeObject};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::module::ModuleObj;
use crate::objects::Value;
use crate::vm::protocol::python_override;
use crate::vm::{Args, PyResult, Vm};

/// `dir(obj)`: the sorted names of `obj.__dir__()` (modules: their namespace; classes: the
/// names along their MRO).
fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().is_empty() {
        // `dir()`: the sorted names of the current local scope.
        let scope = super::code::locals(vm, Args::positional(&[]))?;
        let names = vm.call_method(&scope, "keys", &[])?;
        let list = Value::Obj(ListObj::new_ref(vm.collect(&names)?));
        vm.call_method(&list, "sort", &[])?;
        return Ok(list);
    }
    dir_of(vm, &args.pos()[0])
}

/// `dir(obj)` for one object (also what an AttributeError's "Did you mean" searches).
pub fn dir_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    // Each name once, for the listings built here (a str-keyed set; anything else is kept
    // for the sort to reject, as CPython's does).
    let unique = |names: Vec<Value>| {
        let set = DictObj::new();
        let mut others = Vec::new();
        for n in names {
            match &n {
                Value::Obj(s) if s.is::<crate::objects::strings::str::StrObj>() => {
                    set.set_str(s.clone(), Value::None);
                }
                _ => others.push(n),
            }
        }
        let mut keys = set.keys();
        keys.append(&mut others);
        keys
    };
    let names: Vec<Value> = if let Some(m) = obj.downcast::<ModuleObj>() {
        // A module's own `__dir__()` (PEP 562) answers for it.
        match m.namespace().get_str(crate::interned!("__dir__")) {
            Some(f) => {
                let listing = vm.call(&f, Args::positional(&[]))?;
                vm.collect(&listing)?
            }
            None => m.namespace().keys(),
        }
    } else if let Some(cls) = obj.as_obj().filter(|o| o.is::<TypeObject>()) {
        match python_override(obj, crate::interned!("__dir__")) {
            // A metaclass's own `__dir__` answers for its classes, taken as it is.
            Some(f) => {
                let listing = vm.call(&f, Args::positional(std::slice::from_ref(obj)))?;
                vm.collect(&listing)?
            }
            None => unique(class_attr_names(cls)),
        }
    } else {
        let listing = vm.call_method(obj, "__dir__", &[])?;
        let names = vm.collect(&listing)?;
        // A class's own `__dir__` is taken as it is (a non-str name then fails the sort, as
        // in CPython); `object.__dir__` lists each name once.
        if python_override(obj, crate::interned!("__dir__")).is_some() {
            names
        } else {
            unique(names)
        }
    };
    let list = ListObj::new_ref(names);
    let list_v = Value::Obj(list);
    vm.call_method(&list_v, "sort", &[])?;
    Ok(list_v)
}

pub const FUNCTIONS: &[MethodDef] = &[
    crate::method!(
        "__build_class__",
        crate::objects::classes::class::build_class
    ),
    crate::method!("dir", dir, Pos(0, 1)),
];
