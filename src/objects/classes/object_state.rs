//! `object.__getstate__()` (new in Python 3.11): the default state that copying and
//! pickling use — the instance `__dict__` (None when empty), paired with a dict of the
//! `__slots__` values that are set, as `(dict_or_None, slots)`, when there are any.

use crate::objects::classes::typeobj::{MethodDef, TypeObject};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// The slot names along `obj`'s class MRO (CPython's `copyreg._slotnames`): each class's own
/// `__slots__`, without `__dict__` and `__weakref__`, private names mangled.
fn slot_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<String>> {
    let cls = obj.class();
    let mut mro = vec![cls.clone()];
    mro.extend(
        cls.downcast::<TypeObject>()
            .expect("a type")
            .mro()
            .iter()
            .cloned(),
    );
    let mut names = Vec::new();
    for c in &mro {
        let t = c.downcast::<TypeObject>().expect("a type");
        let Some(slots) = t.dict.get_str(crate::interned!("__slots__")) else {
            continue;
        };
        let listed = match as_str(&slots) {
            Some(s) => vec![Value::Obj(new_str(s))],
            None => vm.collect(&slots)?,
        };
        for n in listed {
            let Some(n) = as_str(&n) else { continue };
            if n == "__dict__" || n == "__weakref__" {
                continue;
            }
            let class_name = t.name.to_string();
            let stripped = class_name.trim_start_matches('_');
            if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty() {
                names.push(format!("_{stripped}{n}"));
            } else {
                names.push(n.to_string());
            }
        }
    }
    Ok(names)
}

fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.receiver();
    let dict = match vm.getattr_opt(obj, crate::interned!("__dict__"))? {
        Some(d) if d.downcast::<DictObj>().is_some_and(|d| !d.is_empty()) => d,
        _ => Value::None,
    };
    let slots = DictObj::new();
    for name in slot_names(vm, obj)? {
        let key = intern(&name);
        // (an unset slot raises AttributeError: it is left out)
        match vm.getattr_opt(obj, &key) {
            Ok(Some(v)) => drop(slots.set_str(key, v)),
            Ok(None) => {}
            Err(e) if e.matches(&types().exc.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    if slots.is_empty() {
        return Ok(dict);
    }
    let slots = Value::Obj(crate::objects::PyRef::new(&types().dict, slots));
    Ok(Value::Obj(TupleObj::new_ref(vec![dict, slots])))
}

pub const METHODS: &[MethodDef] = &[crate::method!("__getstate__", object_getstate, NoArgs)];
