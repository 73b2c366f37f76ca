//! `object.__sizeof__` and `sys.getsizeof`: the bytes an object occupies in pyvm's own
//! layout, not CPython's numbers.
//!
//! `x.__sizeof__()` is
//! - for a heap object: its allocation (`Header` + payload struct, plus the dict slot of a
//!   builtin subclass's instance: [`PyRef::box_size`]) plus the heap buffers the object owns
//!   exclusively, counted by capacity where a buffer can grow (a list's and a bytearray's
//!   spare room is memory the object holds): a str's text when it is not in the str's own
//!   allocation (a str being built by `+=`), a big int's 64-bit digits, bytes and bytearray
//!   data, a list's `Value` slots (a tuple's are in its own allocation, like an instance's
//!   values), a dict's index table and entries array, a set's slot table, the values of an
//!   instance that outgrew its inline room (its attribute and `__slots__` values are in its
//!   own allocation), a type's names, bases, MRO and namespace tables, a code object's
//!   constant and name tables.
//!   Not included, as in CPython: the objects referred to (a list's items, an instance's
//!   `__dict__` — a dict of its own, measured separately, as CPython 3.11 does too — a module's
//!   namespace dict), and buffers shared with other objects (a code object's bytecode, which
//!   its compiled unit shares). The remaining payloads (functions, iterators, ...) report their
//!   struct only: whatever they point at is a separate object.
//! - for an immediate (`None`, a bool, an int that fits in 64 bits, a float): 16, the size of
//!   the `Value` that holds it. An immediate has no allocation of its own; the slot holding it
//!   is counted by its container, but a script may rely on every object having a positive size
//!   (and on a big int never being smaller than a small one), so the slot is what is reported.
//!
//! `sys.getsizeof(x)` calls `type(x).__sizeof__` (so a class may override it) and, as CPython
//! adds its `PyGC_Head` for objects the collector tracks, adds what tracking costs in pyvm: the
//! object's entry in a generation list ([`gc::LIST_ENTRY_SIZE`], 8 bytes; the `gc` index
//! itself lives in the header, already counted).

use super::core::gc;
use super::{PyRef, Value};
use crate::exc;
use crate::objects::binary::bytearray::ByteArrayObj;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::classes::instance::InstanceObj;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::set::SetObj;
use crate::objects::numbers::complex::ComplexObj;
use crate::objects::numbers::float::FloatObj;
use crate::objects::numbers::int::{as_int, IntObj, IntRef};
use crate::objects::strings::str::StrObj;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

use std::mem::size_of;

/// `x.__sizeof__()` of the builtin layout (see the module docs).
pub fn own_size(v: &Value) -> usize {
    match v {
        Value::Obj(o) => o.box_size() + heap_size(o),
        _ => size_of::<Value>(),
    }
}

/// The bytes of the heap buffers `o` owns exclusively (see the module docs).
fn heap_size(o: &PyRef) -> usize {
    let values = |n: usize| n * size_of::<Value>();
    if let Some(s) = o.downcast::<StrObj>() {
        s.heap_size()
    } else if let Some(i) = o.downcast::<IntObj>() {
        i.value.iter_u64_digits().len() * size_of::<u64>()
    } else if let Some(b) = o.downcast::<BytesObj>() {
        b.bytes.len()
    } else if let Some(b) = o.downcast::<ByteArrayObj>() {
        b.data.borrow().capacity()
    } else if let Some(l) = o.downcast::<ListObj>() {
        values(l.items.borrow().capacity())
    } else if let Some(d) = o.downcast::<DictObj>() {
        d.heap_size()
    } else if let Some(s) = o.downcast::<SetObj>() {
        s.heap_size()
    } else if o.is::<InstanceObj>() {
        crate::objects::classes::instance::heap_size(o)
    } else if let Some(f) = o.downcast::<FloatObj>() {
        values(f.slots.borrow().capacity())
    } else if let Some(c) = o.downcast::<ComplexObj>() {
        c.slots.as_ref().map_or(0, |s| {
            size_of::<RefCell<Vec<Value>>>() + values(s.borrow().capacity())
        })
    } else if let Some(t) = o.downcast::<TypeObject>() {
        let refs = (t.bases().len() + t.mro().len()) * size_of::<PyRef>();
        t.name.len() + t.qualname.len() + t.module.borrow().capacity() + refs + t.dict.heap_size()
    } else if let Some(c) = o.downcast::<CodeObj>() {
        values(c.consts.len()) + (c.names.len() + c.varnames.len()) * size_of::<PyRef>()
    } else {
        0
    }
}

/// `object.__sizeof__(self)` (the method table checked the receiver). Its messages name
/// the type whose `__sizeof__` CPython would have called.
pub fn object_sizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.receiver();
    if args.has_kwargs() || !args.params().is_empty() {
        let qualname = format!("{}.__sizeof__", owner_name(this.class()));
        args.no_kwargs(&qualname)?;
        return Err(crate::vm::sig::takes_error(
            &qualname,
            false,
            args.params().len(),
        ));
    }
    Ok(Value::Int(own_size(this) as i64))
}

/// The builtin type whose `__sizeof__` CPython would have called (for error messages): pyvm
/// has one `object.__sizeof__` for every layout, CPython a method on each of these.
fn owner_name(cls: &PyRef) -> &'static str {
    const OWN: [&str; 8] = [
        "bytearray",
        "dict",
        "frozenset",
        "int",
        "list",
        "set",
        "str",
        "type",
    ];
    let Some(t) = cls.downcast::<TypeObject>() else {
        return "object";
    };
    std::iter::once(cls)
        .chain(t.mro().iter())
        .filter_map(|c| c.downcast::<TypeObject>())
        .filter(|t| !t.heap)
        .find_map(|t| OWN.iter().find(|n| t.is_named(n)))
        .copied()
        .unwrap_or("object")
}

/// `sys.getsizeof(object[, default])`'s measurement: `type(v).__sizeof__(v)` checked as
/// CPython checks it, plus the collector's per-object cost for a tracked object.
pub fn getsizeof(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let name = crate::interned!("__sizeof__");
    let Some(f) = TypeObject::lookup(v.class(), name) else {
        return Err(exc!(
            type_error,
            "Type {} doesn't define __sizeof__",
            v.type_name()
        ));
    };
    let r = vm.call_found(f, v, &[])?;
    // CPython's `PyLong_AsSsize_t`: an int (or int subclass) only, no `__index__`.
    let size = match as_int(&r).map(IntRef::to_i64) {
        Some(Some(n)) => n,
        Some(None) => {
            return Err(exc!(
                overflow_error,
                "Python int too large to convert to C ssize_t"
            ))
        }
        None => return Err(exc!(type_error, "an integer is required")),
    };
    if size < 0 {
        return Err(exc!(value_error, "__sizeof__() should return >= 0"));
    }
    let tracked = v.as_obj().is_some_and(gc::is_tracked);
    Ok(size as usize + if tracked { gc::LIST_ENTRY_SIZE } else { 0 })
}
