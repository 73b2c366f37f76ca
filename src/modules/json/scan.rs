//! The native JSON scanner (CPython's `c_make_scanner`): the whole recursive-descent parse
//! of one value, objects, arrays, strings, numbers and constants, in Rust. The hooks
//! (`object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`) are
//! called only when the decoder has non-default ones; otherwise ints, floats and constants
//! are built directly and repeated object keys share one str (CPython's `memo`).
//!
//! The parse works on UTF-8 byte offsets; offsets become code-point indexes only where
//! Python sees them (the end index returned, error positions).

use std::collections::HashMap;

use super::{decode_error, scan, ScanError};
use crate::exc;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::dict_methods::dict_value;
use crate::objects::containers::list::list_value;
use crate::objects::containers::seq::index_arg;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::numbers::float::boxed_nan;
use crate::objects::numbers::int::parse_int;
use crate::objects::strings::str::{byte_offset, char_index, new_str, StrObj};
use crate::objects::{types, PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

/// Why a value failed to parse.
enum Fail {
    /// No value starts at this byte offset (CPython's scanner raises StopIteration).
    NoValue(usize),
    /// A JSONDecodeError with this message at this byte offset.
    At(&'static str, usize),
    /// A string literal's own error; the usize is the offset of its opening quote.
    Str(ScanError, usize),
    /// A Python exception (from a hook, RecursionError, ...).
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type Res<T> = Result<T, Fail>;

/// One scan's settings and key memo. A hook is `None` when the decoder uses the default.
struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    memo: HashMap<&'a str, PyRef>,
}

fn opt(v: &Value) -> Option<Value> {
    (!matches!(v, Value::None)).then(|| v.clone())
}

impl<'a> Scanner<'a> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Res<(Value, usize)> {
        let Some(&c) = self.b.get(i) else {
            return Err(Fail::NoValue(i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1, false)?;
                Ok((Value::Obj(s), end))
            }
            b'{' => vm.nested(
                " while decoding a JSON object from a unicode string",
                |vm| Ok(self.object(vm, i + 1)),
            )?,
            b'[' => vm.nested(" while decoding a JSON array from a unicode string", |vm| {
                Ok(self.array(vm, i + 1))
            })?,
            _ => {
                let rest = &self.b[i..];
                for (word, val) in [
                    (&b"null"[..], Value::None),
                    (b"true", Value::Bool(true)),
                    (b"false", Value::Bool(false)),
                ] {
                    if rest.starts_with(word) {
                        return Ok((val, i + word.len()));
                    }
                }
                for (word, f) in [
                    ("NaN", f64::NAN),
                    ("Infinity", f64::INFINITY),
                    ("-Infinity", f64::NEG_INFINITY),
                ] {
                    if rest.starts_with(word.as_bytes()) {
                        let v = match &self.parse_constant {
                            None if f.is_nan() => boxed_nan(f),
                            None => Value::Float(f),
                            Some(h) => {
                                let arg = [Value::Obj(new_str(word))];
                                vm.call(h, Args::positional(&arg))?
                            }
                        };
                        return Ok((v, i + word.len()));
                    }
                }
                self.number(vm, i)
            }
        }
    }

    fn digits(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> Res<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = self.digits(i),
            _ => return Err(Fail::NoValue(start)),
        }
        let int_end = i;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = self.digits(i + 2);
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                i = self.digits(j);
            }
        }
        let text = &self.s[start..i];
        let hook = if i == int_end {
            &self.parse_int
        } else {
            &self.parse_float
        };
        if let Some(h) = hook {
            let arg = [Value::Obj(new_str(text))];
            return Ok((vm.call(h, Args::positional(&arg))?, i));
        }
        if i != int_end {
            let f: f64 = text.parse().map_err(|_| Fail::NoValue(start))?;
            return Ok((Value::Float(f), i));
        }
        if let Ok(n) = text.parse::<i64>() {
            return Ok((Value::Int(n), i));
        }
        match parse_int(text, 10)? {
            Some(v) => Ok((v, i)),
            None => Err(Fail::NoValue(start)),
        }
    }

    /// The string literal whose body starts at `start`; with `memo` (object keys), shared
    /// with earlier equal keys of this scan.
    fn string(&mut self, start: usize, memo: bool) -> Res<(PyRef, usize)> {
        let quote = start - 1;
        // A literal without escapes is the slice itself: no copy, and a key is looked up
        // before allocating.
        let plain_end = self.b[start..]
            .iter()
            .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
            .map(|n| start + n);
        if let Some(end) = plain_end.filter(|&e| self.b[e] == b'"') {
            let text = &self.s[start..end];
            if !memo {
                return Ok((new_str(text), end + 1));
            }
            if let Some(k) = self.memo.get(text) {
                return Ok((k.clone(), end + 1));
            }
            let k = new_str(text);
            self.memo.insert(text, k.clone());
            return Ok((k, end + 1));
        }
        let (text, end) = scan(self.s, start, self.strict).map_err(|e| Fail::Str(e, quote))?;
        Ok((new_str(text), end))
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Res<(Value, usize)> {
        let mut pairs: Vec<(PyRef, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) != Some(&b'}') {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(Fail::At(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, after) = self.string(i + 1, true)?;
                i = self.skip_ws(after);
                if self.b.get(i) != Some(&b':') {
                    return Err(Fail::At("Expecting ':' delimiter", i));
                }
                let at = self.skip_ws(i + 1);
                let (value, after) = self.value(vm, at)?;
                pairs.push((key, value));
                i = self.skip_ws(after);
                match self.b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => {}
                    _ => return Err(Fail::At("Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(h) = self.pairs_hook.clone() {
            let items = pairs
                .into_iter()
                .map(|(k, v)| tuple_value(vec![Value::Obj(k), v]))
                .collect();
            let arg = [list_value(items)];
            return Ok((vm.call(&h, Args::positional(&arg))?, end));
        }
        let d = DictObj::new();
        for (k, v) in pairs {
            drop(d.set_str(k, v));
        }
        let d = dict_value(d);
        match self.object_hook.clone() {
            Some(h) => Ok((vm.call(&h, Args::positional(&[d]))?, end)),
            None => Ok((d, end)),
        }
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Res<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) != Some(&b']') {
            loop {
                let (value, after) = self.value(vm, i)?;
                items.push(value);
                i = self.skip_ws(after);
                match self.b.get(i) {
                    Some(b']') => break,
                    Some(b',') => {}
                    _ => return Err(Fail::At("Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((list_value(items), i + 1))
    }
}

/// `scan_once(string, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant)`: `(value, end)` for the JSON value at code-point index `idx`, or
/// StopIteration(idx) when none starts there. A hook given as None is the default.
pub fn scan_once(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    let doc = &a[0];
    let s = doc
        .as_obj()
        .and_then(|o| o.downcast::<StrObj>())
        .ok_or_else(|| {
            exc!(
                type_error,
                "first argument must be a string, not {}",
                doc.type_name()
            )
        })?;
    let idx = index_arg(&a[1])?;
    if idx < 0 {
        return Err(exc!(value_error, "idx cannot be negative"));
    }
    let idx = idx as usize;
    let stop = |vm: &mut Vm, pos: usize| -> PyErr {
        let _ = vm;
        PyErr::with_args(&types().exc.stop_iteration, vec![Value::Int(pos as i64)])
    };
    if idx >= s.char_len() {
        return Err(stop(vm, idx));
    }
    let strict = vm.truthy(&a[2])?;
    let text = s.as_str();
    let mut sc = Scanner {
        s: text,
        b: text.as_bytes(),
        strict,
        object_hook: opt(&a[3]),
        pairs_hook: opt(&a[4]),
        parse_float: opt(&a[5]),
        parse_int: opt(&a[6]),
        parse_constant: opt(&a[7]),
        memo: HashMap::new(),
    };
    let start = byte_offset(s, idx);
    let r = sc.value(vm, start);
    drop(sc);
    match r {
        Ok((v, end)) => Ok(tuple_value(vec![v, Value::Int(char_index(s, end) as i64)])),
        Err(Fail::NoValue(at)) => Err(stop(vm, char_index(s, at))),
        Err(Fail::At(msg, at)) => Err(decode_error(vm, msg, doc, char_index(s, at))),
        Err(Fail::Str(ScanError::At(msg, at), _)) => {
            Err(decode_error(vm, msg, doc, char_index(s, at)))
        }
        Err(Fail::Str(ScanError::Unterminated, quote)) => Err(decode_error(
            vm,
            "Unterminated string starting at",
            doc,
            char_index(s, quote),
        )),
        Err(Fail::Str(ScanError::Surrogate, _)) => Err(exc!(value_error, "surrogates not allowed")),
        Err(Fail::Py(e)) => Err(e),
    }
}
