//! `bytearray`: the mutable byte string. Reading operations share `bytes`'s code (the
//! methods in `bytes_methods` return a bytearray when `self` is one); this file adds the
//! type's slots (repr, comparison with bytes, indexing and slice assignment, `+`, `*`, `+=`)
//! and the list-like mutators. Like a list it is unhashable.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::RefCell;

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
}

// Holds no references: not a container.
impl Trace for ByteArrayObj {}

/// A new bytearray.
pub fn bytearray_value(b: Vec<u8>) -> Value {
    Value::Obj(PyRef::new(
        &types().bytearray,
        ByteArrayObj {
            data: RefCell::new(b),
        },
    ))
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

/// The bytes of an iterable for `extend`, slice assignment and the constructor.
fn bytes_of_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    if crate::objects::strings::str::as_str(v).is_some() {
        return Err(exc!(type_error, "expected a bytes-like object, str found"));
    }
    crate::objects::binary::bytes::bytes_from_object(vm, v)
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
            this(a).data.borrow_mut().extend_from_slice(&y);
            Ok(a.clone())
        }
        BinOp::Mult => {
            let r = ba_binary(vm, op, a, b)?;
            if let Some(new) = r.downcast::<ByteArrayObj>() {
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
    let hay = this(container).data.borrow().clone();
    if as_int(item).is_some() {
        return Ok(hay.contains(&byte_of(vm, item)?));
    }
    match buffer(item) {
        Some(n) => {
            Ok(n.is_empty() || crate::objects::strings::str_search::find(&hay, &n).is_some())
        }
        None => Err(exc!(
            type_error,
            "a bytes-like object is required, not '{}'",
            item.type_name()
        )),
    }
}

fn ba_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let data = this(v).data.borrow();
    match seq::subscript(key, data.len(), "bytearray")? {
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
    let len = this(v).data.borrow().len();
    match seq::subscript(key, len, "bytearray")? {
        Subscript::Index(i) => {
            let b = byte_of(vm, &value)?;
            let mut data = this(v).data.borrow_mut();
            let Some(j) = seq::normalize_index(i, data.len()) else {
                return Err(exc!(index_error, "bytearray index out of range"));
            };
            data[j] = b;
            Ok(())
        }
        Subscript::Slice(start, stop, step, n) => {
            if as_int(&value).is_some() {
                return Err(exc!(
                    type_error,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
                ));
            }
            let new = bytes_of_iterable(vm, &value)?;
            let mut data = this(v).data.borrow_mut();
            if step == 1 {
                let len = data.len();
                let (a, z) = (start as usize, (stop.max(start)) as usize);
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

fn ba_delitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let mut data = this(v).data.borrow_mut();
    match seq::subscript(key, data.len(), "bytearray")? {
        Subscript::Index(i) => {
            let Some(j) = seq::normalize_index(i, data.len()) else {
                return Err(exc!(index_error, "bytearray index out of range"));
            };
            data.remove(j);
        }
        Subscript::Slice(start, _, step, n) => {
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
        let empty = ByteArrayObj {
            data: RefCell::new(Vec::new()),
        };
        return Ok(Value::Obj(crate::objects::classes::class::alloc(
            cls, empty,
        )));
    }
    Ok(bytearray_value(
        crate::objects::binary::bytes::byte_data_from_args(
            vm,
            &args,
            "bytearray",
            bytes_of_iterable,
        )?,
    ))
}

/// `bytearray.__init__(self, source=None, encoding=None, errors=None)`: replaces the bytes.
fn ba_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    let data = crate::objects::binary::bytes::byte_data_from_args(
        vm,
        &rest,
        "bytearray",
        bytes_of_iterable,
    )?;
    *this(args.receiver()).data.borrow_mut() = data;
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
    b.data.borrow_mut().push(c);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    let more = bytes_of_iterable(vm, &args.params()[0]).map_err(|e| {
        if e.matches(&types().exc.type_error) && buffer(&args.params()[0]).is_none() {
            let v = &args.params()[0];
            if crate::objects::strings::str::as_str(v).is_some() {
                return exc!(type_error, "expected iterable of integers; got: 'str'");
            }
        }
        e
    })?;
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
    Ok(Value::Int(data.remove(j) as i64))
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.receiver_as::<ByteArrayObj>();
    let i = seq::index_arg(&crate::objects::classes::class_slots::to_index(
        vm,
        &args.params()[0],
    )?)?;
    let c = byte_of(vm, &args.params()[1])?;
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
    args.receiver_as::<ByteArrayObj>().data.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = args.receiver_as::<ByteArrayObj>().data.borrow().clone();
    Ok(bytearray_value(data))
}

fn ba_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = crate::objects::binary::bytes::bytes_fromhex(vm, args)?;
    Ok(bytearray_value(buffer(&b).unwrap_or_default()))
}

pub const METHODS: &[MethodDef] = crate::objects::binary::bytes::shared_methods!(
    method!("__init__", ba_init, WrapperAny),
    method!("append", ba_append, One),
    method!("extend", ba_extend, One),
    method!("pop", ba_pop, Pos(0, 1)),
    method!("insert", ba_insert, Pos(2, 2)),
    method!("remove", ba_remove, One),
    method!("reverse", ba_reverse, NoArgs),
    method!("clear", ba_clear, NoArgs),
    method!("copy", ba_copy, NoArgs),
    crate::class_method!("fromhex", ba_fromhex, One),
);
