//! `_collections`: the native half of `collections` — `deque` and its iterators. The rest of
//! `collections` (`defaultdict`, `Counter`, `OrderedDict`, `namedtuple`) is written in Python
//! (`modules/py/collections.py`, embedded in the binary) on top of the builtin `dict` and
//! `tuple`, whose subclasses already carry the speed-critical parts.

mod deque;
mod tuplegetter;

use crate::method;
use crate::native_types;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::seq::index_arg;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::intern;
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "collections" {
    deque = "deque", deque::DEQUE_SPEC;
    iter = "_deque_iterator", deque::ITER_SPEC;
    reverse_iter = "_deque_reverse_iterator", deque::ITER_SPEC;
} }

// (`_tuplegetter` is `_collections._tuplegetter` in CPython; `deque` is `collections.deque`)
native_types! { pub struct PrivateTypes in "_collections" {
    tuplegetter = "_tuplegetter", tuplegetter::SPEC;
} }

/// `_caller_module_name(depth)`: `__name__` of the globals of the Python frame `depth`
/// levels above the caller (CPython's namedtuple reads `sys._getframe(1).f_globals`), or
/// None when there is no such frame.
fn caller_module_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = &args.pos()[0];
    let depth = usize::try_from(index_arg(depth)?).unwrap_or(usize::MAX);
    let Some(globals) = vm.frame_globals(depth) else {
        return Ok(Value::None);
    };
    let d = globals.downcast::<DictObj>().expect("globals are a dict");
    Ok(d.get_str(crate::interned!("__name__"))
        .unwrap_or(Value::None))
}

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module(
        "_collections",
        &[method!("_caller_module_name", caller_module_name, One)],
    );
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = Types::get();
    d.set_str(intern("deque"), Value::Obj(t.deque.clone()));
    d.set_str(
        intern("_tuplegetter"),
        Value::Obj(PrivateTypes::get().tuplegetter.clone()),
    );
    Ok(module)
}
