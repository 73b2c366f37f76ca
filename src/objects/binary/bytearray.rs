//! `bytearray`: the mutable byte string. Reading operations share `bytes`'s code (the
//! methods in `bytes_methods` return a bytearray when `self` is one); this file adds the
//! type's slots (repr, comparison with bytes, indexing and slice assignment, `+`, `*`, `+=`)
//! and the list-like mutators. Like a list it is unhashable.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::{Cell, RefCell};

use super::buffer::{check_resizable, Export, Store};

use super::bytes::BytesObj;
use super::bytes_methods::buffer;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::containers::seq::{self, Subscript};
use crate::objects::core::PyRef;
use crate::objects::numbers::int::{as_int, not_implemented, ordering_matches, to_isize};
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};
use crate::{exc, method};

pub struct ByteArrayObj {
    pub data: RefCell<Vec<u8>>,
    /// Live buffer exports (memoryviews): the size is frozen while nonzero.
    pub exports: Cell<usize>,
}

impl ByteArrayObj {
    pub fn new(b: Vec<u8>) -> ByteArrayObj {
        ByteArrayObj {
            data: RefCell::new(b),
            exports: Cell::new(0),
        }
    }

    /// BufferError while exported (before any change of size).
    fn resizable(&self) -> PyResult<()> {
        check_resizable(&self.exports)
    }
}

fn ba_buffer(v: &Value) -> Option<Export<'_>> {
    let b = v.downcast::<ByteArrayObj>()?;
    Some(Export {
        store: Store::Resizable(&b.data),
        exports: Some(&b.exports),
        format: "B",
        itemsize: 1,
    })
}

// Holds no references: not a container.
impl Trace for ByteArrayObj {}

/// A new bytearray.
pub fn bytearray_value(b: Vec<u8>) -> Value {
    Value::Obj(PyRef::new(&types().bytearray, ByteArrayObj::new(b)))
}

fn this(v: &Value) -> &ByteArrayObj {
    v.downcast::<ByteArrayObj>().expect("a bytearray")
}

/// One byte given as an int (`append`, item assignment); an object with `__index__` is
/// converted by it.
fn byte_of(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let v = &crate::objects::classes::class_slots::to_index(vm, v)?;
    let i = as_int(v).ok_or_else(|| {
        exc!(
            type_error,
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )
    })?;
    i.to_i64()
        .and_then(|i| u8::try_from(i).ok())
        .ok_or_else(|| exc!(value_error, "byte must be in range(0, 256)"))
}

/// Who asks for [`bytes_of`]: each has its own TypeError for a non-iterable.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    New,
    Extend,
    Slice,
}

/// The bytes of a buffer or an iterable of ints for the constructor, `extend` and slice
/// assignment, with CPython's messages for each.
fn bytes_of(vm: &mut Vm, v: &Value, source: Source) -> PyResult<Vec<u8>> {
    let found = if source == Source::New {
        super::buffer::contents(v)?
    } else {
        buffer(v)
    };
    if let Some(b) = found {
        return Ok(b);
    }
    let type_error = || match source {
        Source::New => exc!(
            type_error,
            "cannot convert '{}' object to bytearray",
            v.type_name()
        ),
        Source::Extend => exc!(type_error, "can't extend bytearray with {}", v.type_name()),
        Source::Slice => exc!(
            type_error,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
        ),
    };
    if source != Source::New && v.downcast::<super::memoryview::MemoryViewObj>().is_some() {
        // (a view that lends no buffer: released, or not contiguous)
        return Err(exc!(
            type_error,
            "can't set bytearray slice from memoryview"
        ));
    }
    let is_str = crate::objects::strings::str::as_str(v).is_some();
    if source == Source::Slice && (is_str || as_int(v).is_some()) {
        return Err(type_error());
    }
    let items = match crate::objects::containers::seq::exact_items(v) {
        Some(items) => items,
        None => {
            let it = vm.iter(v).map_err(|e| {
                if e.matches(&types().exc.type_error) {
                    type_error()
                } else {
                    e
                }
            })?;
            crate::objects::containers::seq::collect_unsized(vm, &it)?
        }
    };
    items.iter().map(|it| byte_of(vm, it)).collect()
}

fn bytes_for_new(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(vm, v, Source::New)
}

// ---------------------------------------------------------------------------------------
// Slots

fn ba_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let mut inner = crate::objects::binary::bytes::repr_bytes(&this(v).data.borrow());
    // CPython's bytearray repr escapes `'` even inside `"` quotes.
    if inner.starts_with("b\"") {
        inner = format!("b\"{}\"", inner[2..inner.len() - 1].replace('\'', "\\'"));
    }
    let name = crate::objects::classes::typeobj::short_type_name(v.class());
    Ok(crate::objects::strings::str::new_str(format!(
        "{name}({inner})"
    )))
}

fn ba_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    match (buffer(a), buffer(b)) {
        (Some(x), Some(y)) => Ok(Value::Bool(ordering_matches(x.cmp(&y), op))),
        _ => Ok(not_implemented()),
    }
}

fn ba_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let Some(x) = buffer(a) else {
                return Ok(not_implemented());
            };
            let Some(y) = buffer(b) else {
                return Err(exc!(
                    type_error,
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                ));
            };
            let out = [x, y].concat();
            // `bytes + bytearray` is bytes: the left operand picks the type.
            if a.downcast::<BytesObj>().is_some() {
                Ok(crate::objects::binary::bytes::bytes_value(out))
            } else {
                Ok(bytearray_value(out))
            }
        }
        BinOp::Mult => {
            let (x, n) = match (a.downcast::<ByteArrayObj>(), b.downcast::<ByteArrayObj>()) {
                (Some(x), _) => (x, b),
                (None, Some(x)) => (x, a),
                _ => return Ok(not_implemented()),
            };
            if as_int(n).is_none() {
                // A Python class gets its `__rmul__` (or `__index__`) turn first.
                if crate::objects::strings::str::is_heap_class(n) {
                    return Ok(not_implemented());
                }
                return Err(crate::objects::strings::str::non_int_repeat(n));
            }
            let count = to_isize(n)?;
            let data = x.data.borrow().clone();
            let total = crate::objects::strings::str::repeat_checked(data.len(), count as i64)?;
            if total == 0 {
                return Ok(bytearray_value(Vec::new()));
            }
            Ok(bytearray_value(data.repeat(total / data.len())))
        }
        BinOp::Mod => match a.downcast::<ByteArrayObj>() {
            Some(x) => {
                let fmt = x.data.borrow().clone();
                Ok(bytearray_value(
                    crate::objects::strings::str_printf::printf_bytes(vm, &fmt, b)?,
                ))
            }
            None => Ok(not_implemented()),
        },
        _ => Ok(not_implemented()),
    }
}

fn ba_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let Some(y) = buffer(b) else {
                return Err(exc!(
                    type_error,
                    "can't concat {} to bytearray",
                    b.type_name()
                ));
            };
            if !y.is_empty() {
                this(a).resizable()?;
            }
            this(a).data.borrow_mut().extend_from_slice(&y);
            Ok(a.clone())
        }
        BinOp::Mult => {
            let r = ba_binary(vm, op, a, b)?;
            if let Some(new) = r.downcast::<ByteArrayObj>() {
                if new.data.borrow().len() != this(a).data.borrow().len() {
                    this(a).resizable()?;
                }
                let data = std::mem::take(&mut *new.data.borrow_mut());
                *this(a).data.borrow_mut() = data;
                return Ok(a.clone());
            }
            Ok(r)
        }
        _ => Ok(not_implemented()),
    }
}

fn ba_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v).data.borrow().len())
}

fn ba_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(b) = super::bytes::contained_byte(vm, item)? {
        return Ok(this(container).data.borrow().contains(&b));
    }
    let hay = this(container).data.borrow().clone();
    let n = super::buffer::bytes_like(item)?;
    Ok(n.is_empty() || crate::objects::strings::str_search::find(&hay, &n).is_some())
}

/// Resolves a subscript against the current length. An object with `__index__` is
/// converted first: its code may change the bytearray, so the length is read after.
fn subscript_of(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Subscript> {
    let key = crate::objects::classes::class_slots::to_index(vm, key)?;
    seq::subscript(&key, this(v).data.borrow().len(), "bytearray")
}

fn ba_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let sub = subscript_of(vm, v, key)?;
    let data = this(v).data.borrow();
    match sub {
        Subscript::Index(i) => match seq::normalize_index(i, data.len()) {
            Some(j) => Ok(Value::Int(data[j] as i64)),
            None => Err(exc!(index_error, "bytearray index out of range")),
        },
        Subscript::Slice(start, _, step, n) => {
            let out = (0..n)
                .map(|k| data[(start + k as isize * step) as usize])
                .collect();
            Ok(bytearray_value(out))
        }
    }
}

/// The indices a resolved slice selects.
fn slice_indices(start: isize, step: isize, n: usize) -> Vec<usize> {
    (0..n)
        .map(|k| (start + k as isize * step) as usize)
        .collect()
}

fn ba_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    // The new bytes of a slice are made first (iterating them may run Python code that
    // changes the bytearray), then the slice is resolved against the length left.
    let key = crate::objects::classes::class_slots::to_index(vm, key)?;
    let new = match key.downcast::<crate::objects::containers::slice::SliceObj>() {
        Some(_) => Some(bytes_of(vm, &value, Source::Slice)?),
        None => None,
    };
    let len = this(v).data.borrow().len();
    match seq::subscript(&key, len, "bytearray")? {
        Subscript::Index(i) => {
            if seq::normalize_index(i, len).is_none() {
                return Err(exc!(index_error, "bytearray index out of range"));
            }
            let b = byte_of(vm, &value)?;
            let mut data = this(v).data.borrow_mut();
            let Some(j) = seq::normalize_index(i, data.len()) else {
                return Err(exc!(index_error, "bytearray index out of range"));
            };
            data[j] = b;
            Ok(())
        }
        Subscript::Slice(start, stop, step, n) => {
            let new = new.unwrap_or_default();
            let mut data = this(v).data.borrow_mut();
            if step == 1 {
                let len = data.len();
                let (a, z) = (start as usize, (stop.max(start)) as usize);
                if new.len() != z.min(len).saturating_sub(a) {
                    this(v).resizable()?;
                }
                data.splice(a..z.min(len), new);
                return Ok(());
            }
            if new.len() != n {
                return Err(exc!(
                    value_error,
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    n
                ));
            }
            for (i, b) in slice_indices(start, step, n).into_iter().zip(new) {
                data[i] = b;
            }
            Ok(())
        }
    }
}

fn ba_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let sub = subscript_of(vm, v, key)?;
    let mut data = this(v).data.borrow_mut();
    match sub {
        Subscript::Index(i) => {
            let Some(j) = seq::normalize_index(i, data.len()) else {
                return Err(exc!(index_error, "bytearray index out of range"));
            };
            this(v).resizable()?;
            data.remove(j);
        }
        Subscript::Slice(start, _, step, n) => {
            if n > 0 {
                this(v).resizable()?;
            }
            let mut drop_at = slice_indices(start, step, n);
            drop_at.sort_unstable();
            for i in drop_at.into_iter().rev() {
                data.remove(i);
            }
        }
    }
    Ok(())
}

fn ba_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Err(exc!(type_error, "'bytearray' object is not iterable"));
    };
    Ok(crate::objects::binary::bytes::new_byte_iter(
        &types().bytearray_iterator,
        o,
    ))
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable)`, `bytearray(str, encoding[, errors])`.
/// A subclass's instance starts empty and `__init__` gets the arguments, as in CPython.
fn ba_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if crate::objects::classes::class::is_heap(cls) {
        return Ok(Value::Obj(crate::objects::classes::class::alloc(
            cls,
            ByteArrayObj::new(Vec::new()),
        )));
    }
    Ok(bytearray_value(
        crate::objects::binary::bytes::byte_data_from_args(vm, &args, "bytearray", bytes_for_new)?,
    ))
}

/// `bytearray.__init__(self, source=None, encoding=None, errors=None)`: replaces the bytes.
fn ba_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    let data =
        crate::objects::binary::bytes::byte_data_from_args(vm, &rest, "bytearray", bytes_for_new)?;
    let target = this(args.receiver());
    target.resizable()?;
    *target.data.borrow_mut() = data;
    Ok(Value::None)
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(ba_repr),
    // (CPython's own `str`: a subclass's `__repr__` does not change `str(b)`)
    str: Some(ba_repr),
    richcompare: Some(ba_richcompare),
    binary: Some(ba_binary),
    inplace: Some(ba_inplace),
    len: Some(ba_len),
    contains: Some(ba_contains),
    getitem: Some(ba_getitem),
    setitem: Some(ba_setitem),
    delitem: Some(ba_delitem),
    iter: Some(ba_iter),
    new: Some(ba_new),
    buffer: Some(ba_buffer),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

// ---------------------------------------------------------------------------------------
// Mutators

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    let c = byte_of(vm, &args.params()[0])?;
    b.resizable()?;
    b.data.borrow_mut().push(c);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    let more = bytes_of(vm, &args.params()[0], Source::Extend)?;
    if !more.is_empty() {
        b.resizable()?;
    }
    b.data.borrow_mut().extend(more);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    // (the index first: its `__index__` may change the bytearray)
    let i = match args.params().first() {
        Some(v) => seq::index_arg(&crate::objects::classes::class_slots::to_index(vm, v)?)?,
        None => -1,
    };
    let mut data = b.data.borrow_mut();
    if data.is_empty() {
        return Err(exc!(index_error, "pop from empty bytearray"));
    }
    let Some(j) = seq::normalize_index(i, data.len()) else {
        return Err(exc!(index_error, "pop index out of range"));
    };
    b.resizable()?;
    Ok(Value::Int(data.remove(j) as i64))
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    let i = seq::index_arg(&crate::objects::classes::class_slots::to_index(
        vm,
        &args.params()[0],
    )?)?;
    let c = byte_of(vm, &args.params()[1])?;
    b.resizable()?;
    let mut data = b.data.borrow_mut();
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(at as usize, c);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    let c = byte_of(vm, &args.params()[0])?;
    let mut data = b.data.borrow_mut();
    match data.iter().position(|&x| x == c) {
        Some(i) => {
            b.resizable()?;
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(exc!(value_error, "value not found in bytearray")),
    }
}

fn ba_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.receiver_as::<ByteArrayObj>()
        .data
        .borrow_mut()
        .reverse();
    Ok(Value::None)
}

fn ba_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    if !b.data.borrow().is_empty() {
        b.resizable()?;
    }
    b.data.borrow_mut().clear();
    Ok(Value::None)
}

/// `__alloc__()`: the allocated size, as CPython reports it (the length plus the
/// terminating NUL it keeps, 0 for a never-filled bytearray).
fn ba_alloc(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    let cap = b.data.borrow().capacity();
    Ok(Value::Int(if cap == 0 { 0 } else { cap as i64 + 1 }))
}

fn ba_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = args.receiver_as::<ByteArrayObj>().data.borrow().clone();
    Ok(bytearray_value(data))
}

fn ba_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = crate::objects::binary::bytes::bytes_fromhex(vm, args)?;
    Ok(bytearray_value(buffer(&b).unwrap_or_default()))
}

/// `__reduce_ex__`: `(cls, (data,), state)`, with the data as a latin-1 str for the
/// protocols before 3 (which have no bytes), as CPython's.
fn reduce_with(vm: &mut Vm, args: &Args, proto: i64) -> PyResult<Value> {
    let this = args.receiver();
    let data = args.receiver_as::<ByteArrayObj>().data.borrow().clone();
    let ctor_args = if proto < 3 {
        let text: String = data.iter().map(|&c| c as char).collect();
        vec![
            Value::Obj(crate::objects::strings::str::new_str(text)),
            Value::Obj(crate::objects::strings::str::new_str("latin-1")),
        ]
    } else {
        vec![crate::objects::binary::bytes::bytes_value(data)]
    };
    let state = vm
        .getattr(this, crate::interned!("__dict__"))
        .unwrap_or(Value::None);
    Ok(crate::objects::containers::tuple::tuple_value(vec![
        Value::Obj(this.class().clone()),
        crate::objects::containers::tuple::tuple_value(ctor_args),
        state,
    ]))
}

fn ba_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let proto = crate::objects::numbers::int::to_c_int_arg(&args.params()[0])?;
    reduce_with(vm, &args, proto)
}

pub const METHODS: &[MethodDef] = crate::objects::binary::bytes::shared_methods!(
    method!("__reduce_ex__", ba_reduce_ex, One),
    method!("__init__", ba_init, WrapperAny),
    method!("append", ba_append, One),
    method!("extend", ba_extend, One),
    method!("pop", ba_pop, Pos(0, 1)),
    method!("insert", ba_insert, Pos(2, 2)),
    method!("remove", ba_remove, One),
    method!("reverse", ba_reverse, NoArgs),
    method!("clear", ba_clear, NoArgs),
    method!("copy", ba_copy, NoArgs),
    method!("__alloc__", ba_alloc, NoArgs),
    crate::class_method!("fromhex", ba_fromhex, One),
);
