//! `_weakref`: weak references (`ref`, `getweakrefcount`, `getweakrefs`). The object core
//! keeps the referent pointer and clears it when the referent dies (`objects::core::weak`);
//! this module is the Python face of it, and `run_weakref_callback` calls a dead
//! referent's callback for the VM's finalizer drain. `WeakSet`, the weak dictionaries and
//! `finalize` are Python code on top (`py/weakref.py`, `py/_weakrefset.py`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::opcode::CompareKind;
use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::core::weak::{self, WeakSlot};
use crate::objects::list::ListObj;
use crate::objects::module::ModuleObj;
use crate::objects::native::{native, new_native, this, NativeData, PLAIN_SLOTS};
use crate::objects::seq::not_implemented;
use crate::objects::str::{intern, new_str, StrObj};
use crate::objects::typeobj::{TypeObject, TypeSlots};
use crate::objects::{Kind, PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "weakref" {
    reference = "ReferenceType", REF_SLOTS, &[];
} }

/// The state of a `weakref.ref`.
pub struct WeakRef {
    slot: Rc<WeakSlot>,
    /// Taken (called once) when the referent dies, as CPython's `__callback__` turns None.
    callback: RefCell<Option<Value>>,
    /// The referent's hash, kept once computed: a dead weakref stays hashable if it was.
    hash: Cell<Option<i64>>,
}

impl NativeData for WeakRef {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(cb) = self.callback.try_borrow() {
            if let Some(cb) = &*cb {
                visit(cb);
            }
        }
    }

    fn clear(&self) {
        let old = self
            .callback
            .try_borrow_mut()
            .ok()
            .and_then(|mut c| c.take());
        drop(old);
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        // The referent must not point back at a freed weakref object.
        weak::unregister(&self.slot);
    }
}

/// Whether CPython lets `obj` be weakly referenced (its type has a weaklist slot): classes
/// defined by `class` statements (except int, tuple and bytes subclasses, variable-sized in
/// CPython) and a few builtin types.
fn weakrefable(obj: &Value) -> Option<&PyRef> {
    let Value::Obj(r) = obj else { return None };
    let ok = match r.kind() {
        Kind::BigInt | Kind::Tuple | Kind::Bytes => false,
        Kind::Type
        | Kind::Set
        | Kind::Function
        | Kind::BuiltinFunction
        | Kind::BoundMethod
        | Kind::Code
        | Kind::Module
        | Kind::Generator => true,
        Kind::Native if native::<WeakRef>(obj).is_some() => false,
        Kind::Native => true,
        _ => r.class().downcast::<TypeObject>().is_some_and(|t| t.heap),
    };
    ok.then_some(r)
}

fn ref_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if args.kwargs().next().is_some() {
        return Err(exc!(type_error, "ref() takes no keyword arguments"));
    }
    let (obj, callback) = match args.pos() {
        [o] => (o, None),
        [o, cb] => (o, (!matches!(cb, Value::None)).then(|| cb.clone())),
        [] => {
            return Err(exc!(
                type_error,
                "__new__ expected at least 1 argument, got 0"
            ))
        }
        a => {
            return Err(exc!(
                type_error,
                "__new__ expected at most 2 arguments, got {}",
                a.len()
            ))
        }
    };
    let Some(target) = weakrefable(obj) else {
        return Err(exc!(
            type_error,
            "cannot create weak reference to '{}' object",
            obj.type_name()
        ));
    };
    if callback.is_none() {
        // `ref(obj)` shares the one weakref without a callback, as CPython does.
        for r in weak::refs_to(target) {
            let v = Value::Obj(r);
            if native::<WeakRef>(&v).is_some_and(|w| !w.slot.has_callback()) {
                return Ok(v);
            }
        }
    }
    let slot = WeakSlot::new(target, callback.is_some());
    let r = new_native(
        cls,
        WeakRef {
            slot: slot.clone(),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        },
    );
    if let Value::Obj(o) = &r {
        weak::register(&slot, o);
    }
    Ok(r)
}

fn referent(v: &Value) -> Value {
    match this::<WeakRef>(v).slot.get() {
        Some(r) => Value::Obj(r),
        None => Value::None,
    }
}

fn ref_call(_vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    if args.kwargs().next().is_some() {
        return Err(exc!(type_error, "weakref() takes no keyword arguments"));
    }
    if !args.pos().is_empty() {
        return Err(exc!(
            type_error,
            "weakref() takes exactly 0 arguments ({} given)",
            args.pos().len()
        ));
    }
    Ok(referent(v))
}

fn ref_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let w = this::<WeakRef>(v);
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(r) = w.slot.get() else {
        return Err(exc!(type_error, "weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(r))?;
    w.hash.set(Some(h));
    Ok(h)
}

fn ref_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) || native::<WeakRef>(b).is_none() {
        return Ok(not_implemented());
    }
    let (x, y) = (referent(a), referent(b));
    if matches!(x, Value::None) || matches!(y, Value::None) {
        // A dead weakref equals only itself.
        let same = matches!((a, b), (Value::Obj(p), Value::Obj(q)) if p.ptr_eq(q));
        return Ok(Value::Bool(same == (op == CompareKind::Eq)));
    }
    vm.compare(&x, &y, op)
}

fn ref_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let at = vm.id(v);
    let target = referent(v);
    if matches!(target, Value::None) {
        return Ok(new_str(format!("<weakref at {at:#x}; dead>")));
    }
    // The referent's `__name__`, when it has one (functions, classes).
    let name = match vm.getattr_opt(&target, crate::interned!("__name__")) {
        Ok(Some(n)) => n.downcast::<StrObj>().map(|s| format!(" ({})", s.as_str())),
        _ => None,
    };
    Ok(new_str(format!(
        "<weakref at {at:#x}; to '{}' at {:#x}{}>",
        target.type_name(),
        vm.id(&target),
        name.unwrap_or_default()
    )))
}

fn ref_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let n = name.downcast::<StrObj>().map_or("", |s| s.as_str());
    if n != "__callback__" {
        return Ok(None);
    }
    let w = this::<WeakRef>(v);
    let cb = w.callback.borrow().clone();
    Ok(Some(cb.unwrap_or(Value::None)))
}

pub const REF_SLOTS: TypeSlots = TypeSlots {
    new: Some(ref_new),
    call: Some(ref_call),
    hash: Some(ref_hash),
    richcompare: Some(ref_richcompare),
    repr: Some(ref_repr),
    getattr: Some(ref_getattr),
    ..PLAIN_SLOTS
};

/// Calls the callback of a weakref whose referent died (queued by the object core), with
/// the weakref as its argument. The callback is taken first: it runs at most once. Returns
/// the callback and the call's error, for the caller's "Exception ignored" report.
pub fn run_weakref_callback(vm: &mut Vm, wr: &PyRef) -> Option<(Value, crate::vm::PyErr)> {
    let v = Value::Obj(wr.clone());
    let cb = native::<WeakRef>(&v)?.callback.borrow_mut().take()?;
    match vm.call(&cb, Args::positional(std::slice::from_ref(&v))) {
        Ok(_) => None,
        Err(e) => Some((cb, e)),
    }
}

fn getweakrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = super::params::one(&args, "getweakrefcount")?;
    let n = match obj {
        Value::Obj(r) => weak::refs_to(r).len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn getweakrefs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = super::params::one(&args, "getweakrefs")?;
    let refs = match obj {
        Value::Obj(r) => weak::refs_to(r).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    };
    Ok(Value::Obj(ListObj::new_ref(refs)))
}

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module(
        "_weakref",
        &[
            method!("getweakrefcount", getweakrefcount),
            method!("getweakrefs", getweakrefs),
        ],
    );
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = Types::get();
    d.set_str(intern("ref"), Value::Obj(t.reference.clone()));
    d.set_str(intern("ReferenceType"), Value::Obj(t.reference.clone()));
    Ok(module)
}
