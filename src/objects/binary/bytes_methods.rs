//! The `bytes` methods beyond the basics in `bytes.rs`: searching with `start`/`end`,
//! splitting, stripping, padding, replacing, the ASCII-only case conversions and `is*`
//! predicates, `expandtabs`, `translate`/`maketrans`. Everything works on raw bytes: only
//! ASCII letters have case and only ASCII whitespace separates, as in CPython.

use crate::exc;
use crate::objects::binary::bytearray::ByteArrayObj;
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::numbers::int::{as_int, to_isize};
use crate::objects::strings::str_search::{search_bound, search_range};
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

pub use super::buffer::{buffer, with_buffer};

/// The receiver's bytes (a bytes or a bytearray: the method table checked it), and whether
/// it is a bytearray (results then are bytearrays too).
pub(crate) fn receiver(args: &Args) -> (Vec<u8>, bool) {
    let v = args.receiver();
    let b = buffer(v).expect("the method table checked the receiver");
    (b, v.downcast::<ByteArrayObj>().is_some())
}

/// A result of the same type as `self`.
fn wrap(is_array: bool, b: Vec<u8>) -> Value {
    if is_array {
        crate::objects::binary::bytearray::bytearray_value(b)
    } else {
        bytes_value(b)
    }
}

use super::buffer::bytes_like;

/// The result of a method that can leave the bytes as they are: an exact `bytes` left
/// unchanged is returned itself, as CPython's (a bytearray or a subclass gets a new object).
fn same_or_wrap(args: &Args, ba: bool, unchanged: bool, out: impl FnOnce() -> Vec<u8>) -> Value {
    let v = args.receiver();
    if unchanged && !ba && v.class().ptr_eq(&crate::objects::types().bytes) {
        return v.clone();
    }
    wrap(ba, out())
}

fn list_of(is_array: bool, parts: Vec<Vec<u8>>) -> Value {
    Value::Obj(ListObj::new_ref(
        parts.into_iter().map(|p| wrap(is_array, p)).collect(),
    ))
}

// ---------------------------------------------------------------------------------------
// Searching

/// Whether `v` is an int or its type defines `__index__`.
pub fn index_like(v: &Value) -> bool {
    as_int(v).is_some()
        || crate::objects::classes::typeobj::TypeObject::lookup(
            v.class(),
            crate::interned!("__index__"),
        )
        .is_some()
}

/// An int (an `__index__` result) as one byte.
pub fn to_byte(i: &Value) -> PyResult<u8> {
    as_int(i)
        .and_then(|i| i.to_i64())
        .and_then(|i| u8::try_from(i).ok())
        .ok_or_else(|| exc!(value_error, "byte must be in range(0, 256)"))
}

/// An argument naming one byte: an int, or an object whose type defines `__index__` (that
/// code runs here, and its errors propagate). `None` for anything else.
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<u8>> {
    if !index_like(v) {
        return Ok(None);
    }
    to_byte(&crate::vm::params::to_index(vm, v)?).map(Some)
}

/// The needle of a search: an int naming one byte (checked first, as CPython), or bytes.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = byte_arg(vm, v)? {
        return Ok(vec![b]);
    }
    if let Some(b) = super::buffer::try_bytes_like(v)? {
        return Ok(b);
    }
    Err(exc!(
        type_error,
        "argument should be integer or bytes-like object, not '{}'",
        v.type_name()
    ))
}

fn find_from(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    crate::objects::strings::str_search::find(hay, sub)
}

fn rfind_from(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    crate::objects::strings::str_search::rfind(hay, sub)
}

fn count_in(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    crate::objects::strings::str_search::count(hay, sub)
}

#[derive(Clone, Copy, PartialEq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn search(vm: &mut Vm, args: Args, kind: Search) -> PyResult<Value> {
    let rest = args.params();
    // The needle first: its `__index__` may change a bytearray receiver.
    let sub = needle(vm, &rest[0])?;
    let (buf, _) = receiver(&args);
    let b = &buf[..];
    let (start, end) = (search_bound(rest.get(1))?, search_bound(rest.get(2))?);
    let found = search_range(b.len(), start, end).and_then(|(a, z)| {
        let hay = &b[a..z];
        match kind {
            Search::Count => Some(count_in(hay, &sub)),
            Search::Find | Search::Index => find_from(hay, &sub).map(|i| i + a),
            Search::RFind | Search::RIndex => rfind_from(hay, &sub).map(|i| i + a),
        }
    });
    match (found, kind) {
        (Some(i), _) => Ok(Value::Int(i as i64)),
        (None, Search::Count) => Ok(Value::Int(0)),
        (None, Search::Index | Search::RIndex) => Err(exc!(value_error, "subsection not found")),
        (None, _) => Ok(Value::Int(-1)),
    }
}

pub fn bytes_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, Search::Count)
}

pub fn bytes_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, Search::Find)
}

pub fn bytes_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, Search::RFind)
}

pub fn bytes_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, Search::Index)
}

pub fn bytes_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, args, Search::RIndex)
}

/// `startswith` / `endswith`: a bytes-like prefix or a tuple of them, within `start`/`end`.
fn affix(args: Args, name: &str, end: bool) -> PyResult<Value> {
    let (buf, _) = receiver(&args);
    let pos = args.params();
    let (start, stop) = (search_bound(pos.get(1))?, search_bound(pos.get(2))?);
    let hay = search_range(buf.len(), start, stop).map(|(a, z)| &buf[a..z]);
    let check = |p: &[u8]| match hay {
        Some(h) if end => h.ends_with(p),
        Some(h) => h.starts_with(p),
        None => false,
    };
    if let Some(t) = pos[0].downcast::<TupleObj>() {
        for item in t.items.iter() {
            if check(&bytes_like(item)?) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let p = super::buffer::try_bytes_like(&pos[0])?.ok_or_else(|| {
        exc!(
            type_error,
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            pos[0].type_name()
        )
    })?;
    Ok(Value::Bool(check(&p)))
}

pub fn bytes_startswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "startswith", false)
}

pub fn bytes_endswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "endswith", true)
}

// ---------------------------------------------------------------------------------------
// Splitting, partitioning, replacing

fn split_impl(args: Args, name: &str, right: bool) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = crate::objects::callables::bind::after_self(&args);
    let [sep, maxsplit] =
        crate::objects::callables::bind::bind(&rest, name, ["sep", "maxsplit"], 0)?;
    let maxsplit = maxsplit.map(to_isize).transpose()?.unwrap_or(-1);
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            // Runs of ASCII whitespace separate; once `maxsplit` fields are cut, the rest
            // (leading whitespace skipped, the far end kept) is the last field.
            let ws = |c: u8| WHITESPACE.contains(&c);
            let n = b.len();
            if right {
                let mut j = n;
                loop {
                    while j > 0 && ws(b[j - 1]) {
                        j -= 1;
                    }
                    if j == 0 {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(b[..j].to_vec());
                        break;
                    }
                    let end = j;
                    while j > 0 && !ws(b[j - 1]) {
                        j -= 1;
                    }
                    parts.push(b[j..end].to_vec());
                }
                parts.reverse();
            } else {
                let mut i = 0;
                loop {
                    while i < n && ws(b[i]) {
                        i += 1;
                    }
                    if i == n {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(b[i..].to_vec());
                        break;
                    }
                    let start = i;
                    while i < n && !ws(b[i]) {
                        i += 1;
                    }
                    parts.push(b[start..i].to_vec());
                }
            }
        }
        Some(v) => {
            let sep = &bytes_like(v)?[..];
            if sep.is_empty() {
                return Err(exc!(value_error, "empty separator"));
            }
            let mut pieces: Vec<&[u8]> = Vec::new();
            let mut rest = b;
            if right {
                while pieces.len() < limit {
                    match rfind_from(rest, sep) {
                        Some(i) => {
                            pieces.push(&rest[i + sep.len()..]);
                            rest = &rest[..i];
                        }
                        None => break,
                    }
                }
                pieces.push(rest);
                pieces.reverse();
            } else {
                while pieces.len() < limit {
                    match find_from(rest, sep) {
                        Some(i) => {
                            pieces.push(&rest[..i]);
                            rest = &rest[i + sep.len()..];
                        }
                        None => break,
                    }
                }
                pieces.push(rest);
            }
            parts = pieces.into_iter().map(<[u8]>::to_vec).collect();
        }
    }
    Ok(list_of(ba, parts))
}

pub fn bytes_split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(args, "split", false)
}

pub fn bytes_rsplit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(args, "rsplit", true)
}

pub fn bytes_splitlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = crate::objects::callables::bind::after_self(&args);
    let [keepends] = crate::objects::callables::bind::bind(&rest, "splitlines", ["keepends"], 0)?;
    let keep = match keepends {
        Some(v) => as_int(v).is_some_and(|i| !i.is_zero()),
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let brk = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if brk == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + brk } else { i };
        parts.push(b[start..end].to_vec());
        i += brk;
        start = i;
    }
    if start < b.len() {
        parts.push(b[start..].to_vec());
    }
    Ok(list_of(ba, parts))
}

fn partition(args: Args, right: bool) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = args.params();
    // (a bytearray copies its separator as `bytearray(sep)` would: a strided view too)
    let sep = &if ba {
        super::buffer::contents(&rest[0])?.ok_or_else(|| super::buffer::not_bytes_like(&rest[0]))?
    } else {
        bytes_like(&rest[0])?
    }[..];
    if sep.is_empty() {
        return Err(exc!(value_error, "empty separator"));
    }
    let found = if right {
        rfind_from(b, sep)
    } else {
        find_from(b, sep)
    };
    let items = match found {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if right => [&b[..0], &b[..0], b],
        None => [b, &b[..0], &b[..0]],
    };
    let mut parts: Vec<Value> = items.iter().map(|p| wrap(ba, p.to_vec())).collect();
    // (a bytes receiver hands back the separator object itself, as CPython's does)
    if found.is_some() && !ba {
        parts[1] = rest[0].clone();
    }
    Ok(Value::Obj(TupleObj::new_ref(parts)))
}

pub fn bytes_partition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(args, false)
}

pub fn bytes_rpartition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(args, true)
}

pub fn bytes_replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = args.params();
    let (old, new) = (&bytes_like(&rest[0])?[..], &bytes_like(&rest[1])?[..]);
    let count = rest.get(2).map(to_isize).transpose()?.unwrap_or(-1);
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0;
    if limit == 0 || (old.is_empty() && new.is_empty()) {
        return Ok(same_or_wrap(&args, ba, true, || b.to_vec()));
    }
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for (i, &c) in b.iter().enumerate() {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
            if i + 1 == b.len() && done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
        }
        if b.is_empty() && limit > 0 {
            out.extend_from_slice(new);
        }
        return Ok(wrap(ba, out));
    }
    let mut rest = b;
    while done < limit {
        match find_from(rest, old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(new);
                rest = &rest[i + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(same_or_wrap(&args, ba, done == 0, || out))
}

fn remove_affix(args: Args, suffix: bool) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = args.params();
    let affix = &bytes_like(&rest[0])?[..];
    let out = if suffix {
        b.strip_suffix(affix).unwrap_or(b)
    } else {
        b.strip_prefix(affix).unwrap_or(b)
    };
    Ok(same_or_wrap(&args, ba, out.len() == b.len(), || {
        out.to_vec()
    }))
}

pub fn bytes_removeprefix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(args, false)
}

pub fn bytes_removesuffix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(args, true)
}

// ---------------------------------------------------------------------------------------
// Stripping and padding

fn strip(args: Args, left: bool, right: bool) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = args.params();
    let set = match rest.first() {
        None | Some(Value::None) => WHITESPACE.to_vec(),
        Some(v) => bytes_like(v)?,
    };
    let start = if left {
        b.iter().position(|c| !set.contains(c)).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter()
            .rposition(|c| !set.contains(c))
            .map_or(0, |e| e + 1)
    } else {
        b.len()
    };
    let kept = &b[start..end.max(start)];
    Ok(same_or_wrap(&args, ba, kept.len() == b.len(), || {
        kept.to_vec()
    }))
}

pub fn bytes_strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(args, true, true)
}

pub fn bytes_lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(args, true, false)
}

pub fn bytes_rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(args, false, true)
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Center,
}

fn pad(args: Args, name: &str, side: Side) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = args.params();
    let width = crate::objects::numbers::int::to_ssize_arg(&rest[0])?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(v) => match v.downcast::<BytesObj>() {
            Some(f) if f.bytes.len() == 1 => f.bytes[0],
            _ => {
                return Err(exc!(
                    type_error,
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    v.type_name()
                ));
            }
        },
    };
    let width = usize::try_from(width).unwrap_or(0);
    if width <= b.len() {
        return Ok(same_or_wrap(&args, ba, true, || b.to_vec()));
    }
    let total = width - b.len();
    let left = match side {
        Side::Left => 0,
        Side::Right => total,
        // CPython's centring puts the odd byte on the left when the width is odd.
        Side::Center => total / 2 + (total & width & 1),
    };
    let mut out = crate::objects::containers::seq::alloc_vec(width)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(width, fill);
    Ok(wrap(ba, out))
}

pub fn bytes_ljust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(args, "ljust", Side::Left)
}

pub fn bytes_rjust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(args, "rjust", Side::Right)
}

pub fn bytes_center(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(args, "center", Side::Center)
}

pub fn bytes_zfill(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = args.params();
    let width = usize::try_from(crate::objects::numbers::int::to_ssize_arg(&rest[0])?).unwrap_or(0);
    if width <= b.len() {
        return Ok(same_or_wrap(&args, ba, true, || b.to_vec()));
    }
    let fill = width - b.len();
    let mut out = crate::objects::containers::seq::alloc_vec(width)?;
    out.resize(fill, b'0');
    out.extend_from_slice(b);
    // A sign moves to the front.
    if matches!(b.first(), Some(b'+' | b'-')) {
        out[0] = b[0];
        out[fill] = b'0';
    }
    Ok(wrap(ba, out))
}

pub fn bytes_expandtabs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = crate::objects::callables::bind::after_self(&args);
    let [tabsize] = crate::objects::callables::bind::bind(&rest, "expandtabs", ["tabsize"], 0)?;
    let tab = tabsize
        .map(crate::objects::numbers::int::to_c_int_arg)
        .transpose()?
        .unwrap_or(8);
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0usize;
    for &c in b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    crate::objects::containers::seq::push_n(&mut out, b' ', n)?;
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(wrap(ba, out))
}

// ---------------------------------------------------------------------------------------
// Case (ASCII letters only) and predicates

fn map_bytes(args: Args, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    Ok(wrap(ba, f(b)))
}

pub fn bytes_upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, <[u8]>::to_ascii_uppercase)
}

pub fn bytes_lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, <[u8]>::to_ascii_lowercase)
}

pub fn bytes_swapcase(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

pub fn bytes_capitalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

pub fn bytes_title(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate(args: Args, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let (buf, _) = receiver(&args);
    let b = &buf[..];
    Ok(Value::Bool(f(b)))
}

fn all_of(b: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

pub fn bytes_isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| all_of(b, u8::is_ascii_alphabetic))
}

pub fn bytes_isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| all_of(b, u8::is_ascii_digit))
}

pub fn bytes_isalnum(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| all_of(b, u8::is_ascii_alphanumeric))
}

pub fn bytes_isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| all_of(b, |c| WHITESPACE.contains(c)))
}

pub fn bytes_isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| b.is_ascii())
}

pub fn bytes_islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

pub fn bytes_isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

pub fn bytes_istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, |b| {
        // Uppercase only after uncased bytes, lowercase only after cased ones.
        let mut prev_cased = false;
        let mut any = false;
        for c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

// ---------------------------------------------------------------------------------------
// translate / maketrans

pub fn bytes_translate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (buf, ba) = receiver(&args);
    let b = &buf[..];
    let rest = crate::objects::callables::bind::after_self(&args);
    let [table, delete] =
        crate::objects::callables::bind::bind(&rest, "translate", ["table", "delete"], 1)?;
    let table = match table {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_like(v)?;
            if t.len() != 256 {
                return Err(exc!(
                    value_error,
                    "translation table must be 256 characters long"
                ));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(v) => bytes_like(v)?,
        None => Vec::new(),
    };
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(wrap(ba, out))
}

/// `bytes.maketrans(from, to)`: arrives unbound or bound; the last two arguments count.
pub fn bytes_maketrans(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let pos = if pos.len() > 2 {
        &pos[pos.len() - 2..]
    } else {
        pos
    };
    if pos.len() != 2 {
        return Err(exc!(
            type_error,
            "maketrans expected 2 arguments, got {}",
            pos.len()
        ));
    }
    let (from, to) = (bytes_like(&pos[0])?, bytes_like(&pos[1])?);
    if from.len() != to.len() {
        return Err(exc!(
            value_error,
            "maketrans arguments must have same length"
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[f as usize] = t;
    }
    Ok(bytes_value(table))
}
