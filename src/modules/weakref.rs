//! `_weakref`: weak references (`ref`, `proxy`, `getweakrefcount`, `getweakrefs`). The
//! object core keeps the referent pointer and clears it when the referent dies
//! (`objects::core::weak`); this module is the Python face of it, and
//! `run_weakref_callback` calls a dead referent's callback for the VM's finalizer drain.
//! `WeakSet`, the weak dictionaries, `WeakMethod` and `finalize` are Python code on top
//! (`py/weakref.py`, `py/_weakrefset.py`).
//!
//! `ref` may be subclassed (its instances then get a dict, or `__slots__` values kept in
//! the payload). A proxy (`ProxyType`, or `CallableProxyType` for a callable referent) is a
//! weak reference too — same payload, counted by `getweakrefcount` — whose every attribute
//! access, operator and protocol is forwarded to the referent (both operands of a binary
//! operator are unwrapped, as CPython's `UNWRAP`), raising ReferenceError once it died.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::native::{native, new_native, this, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{MethodDef, TypeObject, TypeSlots, TypeSpec};
use crate::objects::containers::list::ListObj;
use crate::objects::containers::seq::not_implemented;
use crate::objects::core::weak::{self, Basic, WeakSlot};
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str, StrObj};
use crate::objects::{Kind, PyRef, Value};
use crate::operators::CompareKind;
use crate::operators::{BinOp, UnaryOp};
use crate::vm::sig;
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "weakref" {
    reference = "ReferenceType", REF_SPEC;
    proxy = "ProxyType", TypeSpec { slots: PROXY_SLOTS, methods: PROXY_METHODS, getsets: &[] };
    callable_proxy = "CallableProxyType", TypeSpec {
        slots: CALLABLE_PROXY_SLOTS,
        methods: PROXY_METHODS,
        getsets: &[],
    };
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
        // (weakrefs themselves: only instances of subclasses that have `__weakref__`)
        Kind::Native if native::<WeakRef>(obj).is_some() => r
            .class()
            .downcast::<TypeObject>()
            .is_some_and(|t| t.heap && t.weakrefable),
        Kind::Native => true,
        _ => r
            .class()
            .downcast::<TypeObject>()
            .is_some_and(|t| t.heap && t.weakrefable),
    };
    ok.then_some(r)
}

/// The referent and callback of `ref(obj[, callback])` / `proxy(obj[, callback])`.
fn ref_args<'a>(args: &Args<'a>, fname: &str) -> PyResult<(&'a Value, Option<Value>)> {
    match args.pos() {
        [o] => Ok((o, None)),
        [o, cb] => Ok((o, (!matches!(cb, Value::None)).then(|| cb.clone()))),
        a => Err(sig::count_error(fname, 1, 2, a.len())),
    }
}

fn cannot_weakref(obj: &Value) -> crate::vm::PyErr {
    exc!(
        type_error,
        "cannot create weak reference to '{}' object",
        obj.type_name()
    )
}

/// A new weakref object of class `cls` (a ref type, a subclass, or a proxy type) to
/// `target`, filed in the object core's table.
fn new_weakref(cls: &PyRef, target: &PyRef, callback: Option<Value>, basic: Basic) -> Value {
    let slot = WeakSlot::new(target, callback.is_some(), basic);
    let data = WeakRef {
        slot: slot.clone(),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
    };
    let obj = new_native(cls, data);
    weak::register(&slot, obj.as_obj().expect("an object"));
    obj
}

/// The weakref of kind `basic` to `target`, if it has one (`ref(obj)` and `proxy(obj)`
/// share theirs).
fn basic_ref(target: &PyRef, basic: Basic) -> Option<Value> {
    weak::refs_to(target)
        .into_iter()
        .map(Value::Obj)
        .find(|v| native::<WeakRef>(v).is_some_and(|w| w.slot.basic() == basic))
}

fn ref_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let exact = cls.ptr_eq(&Types::get().reference);
    if exact && args.kwargs().next().is_some() {
        return Err(sig::no_keywords("ref"));
    }
    let (obj, callback) = ref_args(&args, "__new__")?;
    let Some(target) = weakrefable(obj) else {
        return Err(cannot_weakref(obj));
    };
    let plain = exact && callback.is_none();
    if plain {
        // `ref(obj)` shares the one weakref without a callback, as CPython does.
        if let Some(v) = basic_ref(target, Basic::Ref) {
            return Ok(v);
        }
    }
    let basic = if plain { Basic::Ref } else { Basic::No };
    Ok(new_weakref(cls, target, callback, basic))
}

/// `ref.__init__(self, ob, callback=None)`: checks the arguments (`__new__` did the work),
/// so a subclass's `__init__` can pass them on.
fn ref_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    ref_args(&rest, "__init__")?;
    Ok(Value::None)
}

fn referent(v: &Value) -> Value {
    match this::<WeakRef>(v).slot.get() {
        Some(r) => Value::Obj(r),
        None => Value::None,
    }
}

fn ref_call(_vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    if args.kwargs().next().is_some() {
        return Err(sig::no_keywords("weakref"));
    }
    if !args.pos().is_empty() {
        return Err(sig::takes_count_error("weakref", 0, 0, args.pos().len()));
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

/// `r.__callback__`: a read-only member.
fn ref_callback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let cb = this::<WeakRef>(v).callback.borrow().clone();
    Ok(cb.unwrap_or(Value::None))
}

const REF_SPEC: TypeSpec = TypeSpec {
    slots: REF_SLOTS,
    methods: &[method!("__init__", ref_init)],
    getsets: &[crate::member!("__callback__", ref_callback)],
};

pub const REF_SLOTS: TypeSlots = TypeSlots {
    new: Some(ref_new),
    call: Some(ref_call),
    hash: Some(ref_hash),
    richcompare: Some(ref_richcompare),
    repr: Some(ref_repr),
    ..PLAIN_SLOTS
};

// ---- proxies ----

fn is_proxy(v: &Value) -> bool {
    let t = Types::get();
    let c = v.class();
    c.ptr_eq(&t.proxy) || c.ptr_eq(&t.callable_proxy)
}

/// The referent of a live proxy; ReferenceError once it died.
fn proxied(v: &Value) -> PyResult<Value> {
    match this::<WeakRef>(v).slot.get() {
        Some(r) => Ok(Value::Obj(r)),
        None => Err(exc!(
            reference_error,
            "weakly-referenced object no longer exists"
        )),
    }
}

/// CPython's `UNWRAP`: a proxy operand stands for its referent.
fn unwrap(v: &Value) -> PyResult<Value> {
    if is_proxy(v) {
        proxied(v)
    } else {
        Ok(v.clone())
    }
}

fn proxy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, callback) = ref_args(&args, "proxy")?;
    let Some(target) = weakrefable(obj) else {
        return Err(cannot_weakref(obj));
    };
    if callback.is_none() {
        if let Some(v) = basic_ref(target, Basic::Proxy) {
            return Ok(v);
        }
    }
    let t = Types::get();
    let cls = if crate::objects::callables::function::is_callable(obj) {
        &t.callable_proxy
    } else {
        &t.proxy
    };
    let basic = if callback.is_none() {
        Basic::Proxy
    } else {
        Basic::No
    };
    Ok(new_weakref(cls, target, callback, basic))
}

fn proxy_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let target = referent(v);
    Ok(new_str(format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        vm.id(v),
        crate::objects::classes::typeobj::type_name(target.class()),
        vm.id(&target)
    )))
}

fn proxy_str(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let o = proxied(v)?;
    vm.str(&o)
}

fn proxy_getattr(vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let o = proxied(v)?;
    vm.getattr(&o, name).map(Some)
}

fn proxy_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let o = proxied(v)?;
    vm.setattr(&o, name, value)
}

fn proxy_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (x, y) = (unwrap(a)?, unwrap(b)?);
    vm.compare(&x, &y, op)
}

fn proxy_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (unwrap(a)?, unwrap(b)?);
    vm.binary_op(op, &x, &y, false)
}

fn proxy_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (unwrap(a)?, unwrap(b)?);
    vm.binary_op(op, &x, &y, true)
}

fn proxy_unary(vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let o = proxied(v)?;
    vm.unary_op(op, &o)
}

fn proxy_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let o = proxied(v)?;
    vm.truthy(&o)
}

fn proxy_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let o = proxied(v)?;
    vm.len(&o)
}

fn proxy_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = proxied(v)?;
    vm.iter(&o)
}

fn proxy_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let o = proxied(v)?;
    if crate::vm::protocol::slots(&o).next.is_none() {
        return Err(exc!(
            type_error,
            "Weakref proxy referenced a non-iterator '{}' object",
            o.type_name()
        ));
    }
    vm.next(&o)
}

fn proxy_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let o = proxied(v)?;
    vm.getitem(&o, key)
}

fn proxy_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let o = proxied(v)?;
    vm.setitem(&o, key, value)
}

fn proxy_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let o = proxied(v)?;
    vm.delitem(&o, key)
}

fn proxy_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let o = proxied(v)?;
    vm.contains(&o, item)
}

fn proxy_call(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let o = proxied(v)?;
    vm.call(&o, args)
}

/// A proxy method forwarding to the referent's method of the same name
/// (`__bytes__`, `__reversed__`, and the numeric conversions `int()`/`float()` look up).
fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = (args.receiver(), &args.values[1..]);
    let o = proxied(this)?;
    let f = vm.getattr(&o, &intern(name))?;
    vm.call(&f, Args::new(rest, args.kwnames))
}

macro_rules! forwarders {
    ($($f:ident = $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { forward(vm, args, $name) })*
        const PROXY_METHODS: &[MethodDef] = &[$(method!($name, $f),)*];
    };
}

forwarders! {
    proxy_bytes = "__bytes__";
    proxy_int = "__int__";
    proxy_float = "__float__";
    proxy_index = "__index__";
    proxy_abs = "__abs__";
    proxy_reversed = "__reversed__";
}

const PROXY_SLOTS: TypeSlots = TypeSlots {
    repr: Some(proxy_repr),
    str: Some(proxy_str),
    hash: None,
    richcompare: Some(proxy_richcompare),
    binary: Some(proxy_binary),
    inplace: Some(proxy_inplace),
    unary: Some(proxy_unary),
    bool: Some(proxy_bool),
    len: Some(proxy_len),
    iter: Some(proxy_iter),
    next: Some(proxy_next),
    getitem: Some(proxy_getitem),
    setitem: Some(proxy_setitem),
    delitem: Some(proxy_delitem),
    contains: Some(proxy_contains),
    getattr: Some(proxy_getattr),
    setattr: Some(proxy_setattr),
    ..PLAIN_SLOTS
};

const CALLABLE_PROXY_SLOTS: TypeSlots = TypeSlots {
    call: Some(proxy_call),
    ..PROXY_SLOTS
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
    let obj = &args.pos()[0];
    let n = match obj {
        Value::Obj(r) => weak::refs_to(r).len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn getweakrefs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = &args.pos()[0];
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
            method!("getweakrefcount", getweakrefcount, One),
            method!("getweakrefs", getweakrefs, One),
            method!("proxy", proxy, Pos(1, 2)),
        ],
    );
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = Types::get();
    d.set_str(intern("ref"), Value::Obj(t.reference.clone()));
    d.set_str(intern("ReferenceType"), Value::Obj(t.reference.clone()));
    d.set_str(intern("ProxyType"), Value::Obj(t.proxy.clone()));
    d.set_str(
        intern("CallableProxyType"),
        Value::Obj(t.callable_proxy.clone()),
    );
    Ok(module)
}
