//! `bytes`: immutable byte strings — repr, comparison, hashing, concatenation and
//! repetition, indexing (an int) and slicing (bytes), iteration, the constructor, and the
//! codecs pyvm supports (`utf-8`, `ascii`, `latin-1` with the common error handlers), which
//! `str.encode` and `str(b, encoding)` share.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::Cell;

use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::numbers::int::{as_int, not_implemented, ordering_matches, to_isize};
use crate::objects::strings::str::{as_str, new_str, repeat_checked};
use crate::objects::{types, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;

use crate::vm::{Args, PyResult, Vm};

use super::bytes_methods as bm;
use crate::objects::trace::Trace;

pub struct BytesObj {
    pub bytes: Box<[u8]>,
}

// Holds no references: not a container.
impl Trace for BytesObj {}

/// A new bytes value.
pub fn bytes_value(b: Vec<u8>) -> Value {
    Value::Obj(PyRef::new(
        &types().bytes,
        BytesObj {
            bytes: b.into_boxed_slice(),
        },
    ))
}

fn data(v: &Value) -> &[u8] {
    v.downcast::<BytesObj>().map_or(&[], |b| &b.bytes)
}

/// `repr(b)`: `b'...'`, with `"` quotes when the data has `'` and no `"`.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// The bytes of a bytes object, or of an iterable of ints in range(256).
pub fn bytes_from_object(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok(b.bytes.to_vec());
    }
    if let Some(b) = super::buffer::contents(v)? {
        return Ok(b);
    }
    if as_str(v).is_some() {
        return Err(exc!(type_error, "cannot convert 'str' object to bytes"));
    }
    // Only an exact list or tuple is read directly: a subclass may override `__iter__`.
    let items = match crate::objects::containers::seq::exact_items(v) {
        Some(items) => items,
        None => {
            let it = vm.iter(v).map_err(|e| {
                if e.matches(&types().exc.type_error) {
                    exc!(
                        type_error,
                        "cannot convert '{}' object to bytes",
                        v.type_name()
                    )
                } else {
                    e
                }
            })?;
            crate::objects::containers::seq::collect_sized(vm, &it, v)?
        }
    };
    items
        .iter()
        .map(|it| {
            let i = as_int(it).ok_or_else(|| {
                exc!(
                    type_error,
                    "'{}' object cannot be interpreted as an integer",
                    it.type_name()
                )
            })?;
            i.to_i64()
                .and_then(|i| u8::try_from(i).ok())
                .ok_or_else(|| exc!(value_error, "bytes must be in range(0, 256)"))
        })
        .collect()
}

/// The canonical name of a supported codec.
fn codec(encoding: &str) -> PyResult<&'static str> {
    let e = encoding.to_ascii_lowercase().replace('_', "-");
    Ok(match e.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => "latin-1",
        _ => return Err(exc!(lookup_error, "unknown encoding: {}", encoding)),
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    exc!(lookup_error, "unknown error handler name '{}'", errors)
}

/// Decodes `b` with `encoding` and the `errors` handler (`strict`, `ignore`, `replace`).
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = codec(encoding)?;
    match enc {
        "latin-1" => return Ok(b.iter().map(|&c| c as char).collect()),
        "ascii" => {
            if b.is_ascii() {
                return Ok(b.iter().map(|&c| c as char).collect());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c.is_ascii() {
                    out.push(c as char);
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(exc!(
                            unicode_decode_error,
                            "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                            c,
                            i
                        ))
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => return Err(unknown_handler(errors)),
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                if errors == "strict" {
                    let start = offset + good;
                    let lead = rest[good];
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(1) if !(0xc2..=0xf4).contains(&lead) => "invalid start byte",
                        Some(_) => "invalid continuation byte",
                    };
                    let what = if bad_len == 1 {
                        format!("byte 0x{lead:02x} in position {start}")
                    } else {
                        format!("bytes in position {}-{}", start, start + bad_len - 1)
                    };
                    return Err(exc!(
                        unicode_decode_error,
                        "'utf-8' codec can't decode {}: {}",
                        what,
                        reason
                    ));
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => return Err(unknown_handler(errors)),
                }
                offset += good + bad_len;
                rest = &rest[good + bad_len..];
            }
        }
    }
}

/// Encodes `s` with `encoding` and the `errors` handler (`strict`, `ignore`, `replace`,
/// `xmlcharrefreplace`, `backslashreplace`).
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = codec(encoding)?;
    let limit: u32 = match enc {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 128,
        _ => 256,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters, as CPython reports it.
        let end = chars[i..]
            .iter()
            .position(|&c| (c as u32) < limit)
            .map_or(chars.len(), |n| i + n);
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    let r = crate::objects::strings::str::repr_str(&c.to_string());
                    format!(
                        "character {} in position {}",
                        crate::objects::strings::str::ascii_escape(&r),
                        i
                    )
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                return Err(exc!(
                    unicode_encode_error,
                    "'{}' codec can't encode {}: ordinal not in range({})",
                    enc,
                    what,
                    limit
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    let r = crate::objects::strings::str::ascii_escape(&c.to_string());
                    out.extend(r.bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Slots

fn bytes_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(repr_bytes(data(v))))
}

fn bytes_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(hash_bytes(data(v)))
}

/// `hash(b)`: equal to the hash of the same ASCII text, as in CPython.
pub fn hash_bytes(b: &[u8]) -> i64 {
    crate::objects::numbers::hash::hash_data(b)
}

fn bytes_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    match (a.downcast::<BytesObj>(), b.downcast::<BytesObj>()) {
        (Some(x), Some(y)) => Ok(Value::Bool(ordering_matches(x.bytes.cmp(&y.bytes), op))),
        _ => Ok(not_implemented()),
    }
}

fn bytes_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        BinOp::Add => match (a.downcast::<BytesObj>(), bm::buffer(b)) {
            (Some(x), Some(y)) => Ok(bytes_value([&x.bytes[..], &y[..]].concat())),
            (Some(_), None) => Err(exc!(type_error, "can't concat {} to bytes", b.type_name())),
            _ => Ok(not_implemented()),
        },
        BinOp::Mult => {
            let (x, n) = match (a.downcast::<BytesObj>(), b.downcast::<BytesObj>()) {
                (Some(x), None) => (x, b),
                (None, Some(x)) => (x, a),
                (Some(_), Some(_)) => return Err(crate::objects::strings::str::non_int_repeat(b)),
                _ => return Ok(not_implemented()),
            };
            if as_int(n).is_none() {
                if crate::objects::strings::str::is_heap_class(n) {
                    return Ok(not_implemented());
                }
                return Err(crate::objects::strings::str::non_int_repeat(n));
            }
            let count = to_isize(n)?;
            let total = repeat_checked(x.bytes.len(), count)?;
            if total == 0 {
                return Ok(bytes_value(Vec::new()));
            }
            Ok(bytes_value(x.bytes.repeat(total / x.bytes.len())))
        }
        BinOp::Mod => match a.downcast::<BytesObj>() {
            Some(x) => Ok(bytes_value(
                crate::objects::strings::str_printf::printf_bytes(vm, &x.bytes, b)?,
            )),
            None => Ok(not_implemented()),
        },
        _ => Ok(not_implemented()),
    }
}

fn bytes_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(data(v).len())
}

fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(b) = contained_byte(vm, item)? {
        return Ok(data(container).contains(&b));
    }
    let hay = data(container);
    let n = super::buffer::bytes_like(item)?;
    Ok(find_bytes(hay, &n).is_some())
}

/// The byte `x in b` looks for when `x` is an int (or has `__index__`). As CPython, an
/// `__index__` that raises is dropped and `x` is then tried as a buffer.
pub(crate) fn contained_byte(vm: &mut Vm, item: &Value) -> PyResult<Option<u8>> {
    use super::bytes_methods::{index_like, to_byte};
    if !index_like(item) {
        return Ok(None);
    }
    match crate::vm::params::to_index(vm, item) {
        Ok(i) => to_byte(&i).map(Some),
        Err(_) => Ok(None),
    }
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    crate::objects::strings::str_search::find(hay, needle)
}

fn bytes_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let b = data(v);
    if let Some(i) = as_int(key) {
        let n = b.len() as i64;
        let i = i
            .to_i64()
            .ok_or_else(|| exc!(index_error, "cannot fit 'int' into an index-sized integer"))?;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(exc!(index_error, "index out of range"));
        }
        return Ok(Value::Int(b[j as usize] as i64));
    }
    if let Some(sl) = key.downcast::<crate::objects::containers::slice::SliceObj>() {
        let (start, _, step, len) = sl.indices(b.len())?;
        let out: Vec<u8> = (0..len)
            .map(|k| b[(start + k as isize * step) as usize])
            .collect();
        return Ok(bytes_value(out));
    }
    Err(exc!(
        type_error,
        "byte indices must be integers or slices, not {}",
        key.type_name()
    ))
}

/// `iter(bytes)` and `iter(bytearray)`: yields the ints present at each step (a bytearray
/// may change meanwhile).
pub struct BytesIterObj {
    pub b: PyRef,
    pub pos: Cell<usize>,
}

// Holds no references: not a container.
impl Trace for BytesIterObj {}

fn bytes_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Err(exc!(type_error, "'bytes' object is not iterable"));
    };
    Ok(new_byte_iter(&types().bytes_iterator, o))
}

/// A `bytes_iterator` or `bytearray_iterator` (`cls`) over `source`.
pub fn new_byte_iter(cls: &PyRef, source: &PyRef) -> Value {
    Value::Obj(PyRef::new(
        cls,
        BytesIterObj {
            b: source.clone(),
            pos: Cell::new(0),
        },
    ))
}

fn iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn bytes_iter_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<BytesIterObj>() else {
        return Ok(None);
    };
    let i = it.pos.get();
    let c = match it.b.downcast::<BytesObj>() {
        Some(b) => b.bytes.get(i).copied(),
        None => {
            it.b.downcast::<crate::objects::binary::bytearray::ByteArrayObj>()
                .and_then(|b| b.data.borrow().get(i).copied())
        }
    };
    Ok(c.map(|c| {
        it.pos.set(i + 1);
        Value::Int(c as i64)
    }))
}

/// `bytes()`, `bytes(n)`, `bytes(iterable)`, `bytes(str, encoding[, errors])`.
fn bytes_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    // `bytes(x)` with an `x` whose class (or native type: weakref proxies) has `__bytes__`.
    if let ([src @ Value::Obj(o)], false) = (args.pos(), args.has_kwargs()) {
        let may_have = o.kind() == crate::objects::Kind::Native
            || o.class()
                .downcast::<crate::objects::classes::typeobj::TypeObject>()
                .is_some_and(|t| t.heap);
        let found = may_have
            .then(|| {
                crate::objects::classes::typeobj::TypeObject::lookup(
                    o.class(),
                    crate::interned!("__bytes__"),
                )
            })
            .flatten();
        if let Some(f) = found {
            let r = vm.call_found(f, src, &[])?;
            return match r.downcast::<BytesObj>() {
                Some(_) if cls.ptr_eq(&types().bytes) => Ok(r),
                Some(b) => Ok(bytes_of_class(cls, b.bytes.to_vec())),
                None => Err(exc!(
                    type_error,
                    "__bytes__ returned non-bytes (type {})",
                    r.type_name()
                )),
            };
        }
    }
    let data = byte_data_from_args(vm, &args, "bytes", bytes_from_object)?;
    Ok(bytes_of_class(cls, data))
}

/// `data` as an instance of `cls`: `bytes` itself, or a subclass (with an instance dict
/// unless its `__slots__` say otherwise).
fn bytes_of_class(cls: &PyRef, data: Vec<u8>) -> Value {
    if cls.ptr_eq(&types().bytes) {
        return bytes_value(data);
    }
    let payload = BytesObj {
        bytes: data.into_boxed_slice(),
    };
    Value::Obj(crate::objects::classes::class::alloc(cls, payload))
}

/// The data of `bytes(...)` or `bytearray(...)` (`fname`): nothing, a str with an encoding,
/// a count of zero bytes, or any other object through `from_object`, with CPython's errors.
pub fn byte_data_from_args(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    from_object: fn(&mut Vm, &Value) -> PyResult<Vec<u8>>,
) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] =
        crate::objects::callables::bind::bind(args, fname, ["source", "encoding", "errors"], 0)?;
    let enc = crate::objects::callables::bind::opt_str(encoding, fname, "encoding")?;
    let err = crate::objects::callables::bind::opt_str(errors, fname, "errors")?;
    let Some(src) = source else {
        if enc.is_some() || err.is_some() {
            return Err(exc!(
                type_error,
                "encoding or errors without sequence argument"
            ));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = as_str(src) {
        let Some(enc) = enc else {
            return Err(exc!(type_error, "string argument without an encoding"));
        };
        return encode(s, enc, err.unwrap_or("strict"));
    }
    if enc.is_some() {
        return Err(exc!(type_error, "encoding without a string argument"));
    }
    if err.is_some() {
        return Err(exc!(type_error, "errors without a string argument"));
    }
    if let Some(i) = as_int(src) {
        let n = i.to_i64().ok_or_else(|| {
            exc!(
                overflow_error,
                "cannot fit 'int' into an index-sized integer"
            )
        })?;
        if n < 0 {
            return Err(exc!(value_error, "negative count"));
        }
        repeat_checked(1, n)?;
        return Ok(vec![0; n as usize]);
    }
    from_object(vm, src)
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(bytes_repr),
    hash: Some(bytes_hash),
    richcompare: Some(bytes_richcompare),
    binary: Some(bytes_binary),
    len: Some(bytes_len),
    contains: Some(bytes_contains),
    getitem: Some(bytes_getitem),
    iter: Some(bytes_iter),
    new: Some(bytes_new),
    buffer: Some(bytes_buffer),
    ..TypeSlots::EMPTY
};

fn bytes_buffer(v: &Value) -> Option<super::buffer::Export<'_>> {
    let b = v.downcast::<BytesObj>()?;
    Some(super::buffer::Export {
        store: super::buffer::Store::Fixed(&b.bytes),
        exports: None,
        format: "B",
        itemsize: 1,
    })
}

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

pub const ITER_SLOTS: TypeSlots = TypeSlots {
    iter: Some(iter_self),
    next: Some(bytes_iter_next),
    ..TypeSlots::EMPTY
};

/// The `ITER_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const ITER_SPEC: TypeSpec = TypeSpec {
    slots: ITER_SLOTS,
    methods: &[],
    getsets: &[],
};

// ---------------------------------------------------------------------------------------
// Methods

pub(crate) fn bytes_decode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = bm::receiver(&args);
    let rest = crate::objects::callables::bind::after_self(&args);
    let [enc, err] =
        crate::objects::callables::bind::bind(&rest, "decode", ["encoding", "errors"], 0)?;
    let enc =
        crate::objects::callables::bind::opt_str(enc, "decode", "encoding")?.unwrap_or("utf-8");
    let err =
        crate::objects::callables::bind::opt_str(err, "decode", "errors")?.unwrap_or("strict");
    Ok(Value::Obj(new_str(decode(&b, enc, err)?)))
}

pub(crate) fn bytes_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = bm::receiver(&args);
    let rest = crate::objects::callables::bind::after_self(&args);
    let [sep, per] =
        crate::objects::callables::bind::bind(&rest, "hex", ["sep", "bytes_per_sep"], 0)?;
    Ok(Value::Obj(new_str(hex_string(&b, sep, per)?)))
}

/// `hex(sep, bytes_per_sep)` of bytes, bytearray and memoryview: `sep` (a str or bytes of
/// one ASCII character) between groups of `bytes_per_sep` bytes, counted from the right
/// when positive, from the left when negative.
pub(crate) fn hex_string(b: &[u8], sep: Option<&Value>, per: Option<&Value>) -> PyResult<String> {
    let hex: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(hex.concat());
    };
    let sep = match (as_str(sep), sep.downcast::<BytesObj>()) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => String::from_utf8_lossy(&b.bytes).into_owned(),
        _ => {
            return Err(exc!(
                type_error,
                "object of type '{}' has no len()",
                sep.type_name()
            ));
        }
    };
    if sep.chars().count() != 1 {
        return Err(exc!(value_error, "sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(exc!(value_error, "sep must be ASCII."));
    }
    let per = match per {
        Some(v) => crate::objects::numbers::int::to_c_int_arg(v)?,
        None => 1,
    };
    if per == 0 || hex.is_empty() {
        return Ok(hex.concat());
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = hex.len() % n;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        groups.extend(hex[first..].chunks(n).map(|c| c.concat()));
    } else {
        groups.extend(hex.chunks(n).map(|c| c.concat()));
    }
    Ok(groups.join(&sep))
}

pub(crate) fn bytes_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `bytes.fromhex(s)` arrives unbound; skip a bound bytes or type object.
    args.no_kwargs("bytes.fromhex")?;
    let pos = args.pos();
    // (the argument is the last one: a class method gets its class first)
    let s = match pos.last() {
        Some(v) => as_str(v).ok_or_else(|| {
            exc!(
                type_error,
                "fromhex() argument must be str, not {}",
                v.type_name()
            )
        })?,
        None => return Err(exc!(type_error, "fromhex() argument must be str")),
    };
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(exc!(
                    value_error,
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i
                ))
            }
            (Some(_), None) => {
                return Err(exc!(
                    value_error,
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                ))
            }
        }
        i += 2;
    }
    Ok(bytes_value(out))
}

pub(crate) fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, is_array) = bm::receiver(&args);
    let items = vm.collect(&args.params()[0])?;
    // The size first (no Python code runs from here on), so a result too large to hold is
    // a MemoryError before anything is copied.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        match bm::with_buffer(it, <[u8]>::len) {
            Some(n) => total = total.saturating_add(n),
            None => {
                return Err(exc!(
                    type_error,
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    it.type_name()
                ))
            }
        }
    }
    let mut out = crate::objects::containers::seq::alloc_vec(total)?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        bm::with_buffer(it, |b| out.extend_from_slice(b));
    }
    if is_array {
        return Ok(crate::objects::binary::bytearray::bytearray_value(out));
    }
    Ok(bytes_value(out))
}

/// The methods bytes and bytearray share (bytearray adds its mutators).
macro_rules! shared_methods {
    ($($extra:expr,)*) => {
        &[
    $crate::method!("decode", $crate::objects::binary::bytes::bytes_decode),
    $crate::method!("hex", $crate::objects::binary::bytes::bytes_hex),
    $crate::method!("startswith", $crate::objects::binary::bytes_methods::bytes_startswith, Varargs(1, 3)),
    $crate::method!("endswith", $crate::objects::binary::bytes_methods::bytes_endswith, Varargs(1, 3)),
    $crate::method!("join", $crate::objects::binary::bytes::bytes_join, One),
    $crate::method!("upper", $crate::objects::binary::bytes_methods::bytes_upper, NoArgs),
    $crate::method!("lower", $crate::objects::binary::bytes_methods::bytes_lower, NoArgs),
    $crate::method!("count", $crate::objects::binary::bytes_methods::bytes_count, Varargs(1, 3)),
    $crate::method!("find", $crate::objects::binary::bytes_methods::bytes_find, Varargs(1, 3)),
    $crate::method!("rfind", $crate::objects::binary::bytes_methods::bytes_rfind, Varargs(1, 3)),
    $crate::method!("index", $crate::objects::binary::bytes_methods::bytes_index, Varargs(1, 3)),
    $crate::method!("rindex", $crate::objects::binary::bytes_methods::bytes_rindex, Varargs(1, 3)),
    $crate::method!("split", $crate::objects::binary::bytes_methods::bytes_split),
    $crate::method!("rsplit", $crate::objects::binary::bytes_methods::bytes_rsplit),
    $crate::method!("splitlines", $crate::objects::binary::bytes_methods::bytes_splitlines),
    $crate::method!("partition", $crate::objects::binary::bytes_methods::bytes_partition, One),
    $crate::method!("rpartition", $crate::objects::binary::bytes_methods::bytes_rpartition, One),
    $crate::method!("replace", $crate::objects::binary::bytes_methods::bytes_replace, Pos(2, 3)),
    $crate::method!("removeprefix", $crate::objects::binary::bytes_methods::bytes_removeprefix, One),
    $crate::method!("removesuffix", $crate::objects::binary::bytes_methods::bytes_removesuffix, One),
    $crate::method!("strip", $crate::objects::binary::bytes_methods::bytes_strip, Pos(0, 1)),
    $crate::method!("lstrip", $crate::objects::binary::bytes_methods::bytes_lstrip, Pos(0, 1)),
    $crate::method!("rstrip", $crate::objects::binary::bytes_methods::bytes_rstrip, Pos(0, 1)),
    $crate::method!("ljust", $crate::objects::binary::bytes_methods::bytes_ljust, Pos(1, 2)),
    $crate::method!("rjust", $crate::objects::binary::bytes_methods::bytes_rjust, Pos(1, 2)),
    $crate::method!("center", $crate::objects::binary::bytes_methods::bytes_center, Pos(1, 2)),
    $crate::method!("zfill", $crate::objects::binary::bytes_methods::bytes_zfill, One),
    $crate::method!("expandtabs", $crate::objects::binary::bytes_methods::bytes_expandtabs),
    $crate::method!("swapcase", $crate::objects::binary::bytes_methods::bytes_swapcase, NoArgs),
    $crate::method!("capitalize", $crate::objects::binary::bytes_methods::bytes_capitalize, NoArgs),
    $crate::method!("title", $crate::objects::binary::bytes_methods::bytes_title, NoArgs),
    $crate::method!("isalpha", $crate::objects::binary::bytes_methods::bytes_isalpha, NoArgs),
    $crate::method!("isdigit", $crate::objects::binary::bytes_methods::bytes_isdigit, NoArgs),
    $crate::method!("isalnum", $crate::objects::binary::bytes_methods::bytes_isalnum, NoArgs),
    $crate::method!("isspace", $crate::objects::binary::bytes_methods::bytes_isspace, NoArgs),
    $crate::method!("isascii", $crate::objects::binary::bytes_methods::bytes_isascii, NoArgs),
    $crate::method!("islower", $crate::objects::binary::bytes_methods::bytes_islower, NoArgs),
    $crate::method!("isupper", $crate::objects::binary::bytes_methods::bytes_isupper, NoArgs),
    $crate::method!("istitle", $crate::objects::binary::bytes_methods::bytes_istitle, NoArgs),
    $crate::method!("translate", $crate::objects::binary::bytes_methods::bytes_translate),
    $crate::static_method!("maketrans", $crate::objects::binary::bytes_methods::bytes_maketrans),
            $($extra,)*
        ]
    };
}
pub(crate) use shared_methods;

/// `b.__bytes__()`: the bytes themselves (a plain copy for a subclass).
fn bytes_dunder_bytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.receiver();
    if v.class().ptr_eq(&types().bytes) {
        return Ok(v.clone());
    }
    Ok(bytes_value(data(v).to_vec()))
}

/// `b.__getnewargs__()`: `(bytes(b),)`, for pickling.
fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytes_dunder_bytes(vm, args)?;
    Ok(crate::objects::containers::tuple::tuple_value(vec![b]))
}

pub const METHODS: &[MethodDef] = shared_methods!(
    crate::class_method!("fromhex", bytes_fromhex, One),
    crate::method!("__bytes__", bytes_dunder_bytes, NoArgs),
    crate::method!("__getnewargs__", bytes_getnewargs, NoArgs),
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_and_codecs() {
        let _gil = crate::gil::acquire();
        assert_eq!(repr_bytes(b"a\x00'"), "b\"a\\x00'\"");
        assert_eq!(repr_bytes(b"\x00'\""), "b'\\x00\\'\"'");
        assert_eq!(repr_bytes(b"\xff\\\n"), "b'\\xff\\\\\\n'");
        assert_eq!(decode(b"ab", "utf-8", "strict").unwrap(), "ab");
        assert_eq!(decode(b"\xff", "latin-1", "strict").unwrap(), "\u{ff}");
        assert_eq!(decode(b"a\xffb", "utf-8", "replace").unwrap(), "a\u{fffd}b");
        assert!(decode(b"\xff", "utf-8", "strict").is_err());
        assert_eq!(
            encode("é", "ascii", "xmlcharrefreplace").unwrap(),
            b"&#233;"
        );
        assert_eq!(encode("é", "ascii", "backslashreplace").unwrap(), b"\\xe9");
        assert_eq!(encode("é", "latin-1", "strict").unwrap(), b"\xe9");
        assert!(encode("a", "foo", "strict").is_err());
    }
}
