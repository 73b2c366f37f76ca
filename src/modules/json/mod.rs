//! `_json`, the native half of `json` (as CPython's `_json.c`): the per-character loops,
//! string escaping (`encode_basestring`, `encode_basestring_ascii`) and string-literal
//! scanning (`scanstring`). The public API (`dumps`, `loads`, the encoder and decoder
//! classes) is Python, `py/json.py`, which calls these.

mod encode;
mod scan;

use crate::exc;
use crate::method;
use crate::objects::containers::seq::index_arg;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::strings::str::{char_index, intern, new_str, StrObj};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

/// The str argument of an `_json` function, with CPython's message for anything else.
fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a StrObj> {
    v.as_obj()
        .and_then(|o| o.downcast::<StrObj>())
        .ok_or_else(|| exc!(type_error, "{what}, not {}", v.type_name()))
}

/// `s` as a JSON string literal; with `ascii_only`, every non-ASCII character as `\uXXXX`
/// (a UTF-16 surrogate pair above U+FFFF).
fn quote(s: &str, ascii_only: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s, ascii_only);
    out
}

/// Appends `s` as a JSON string literal to `out`: runs of characters that need no escape
/// are copied whole.
fn quote_into(out: &mut String, s: &str, ascii_only: bool) {
    use std::fmt::Write;
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push('"');
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c >= 0x20 && c != b'"' && c != b'\\' && (c < 0x7f || !ascii_only) {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        let simple = match c {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0x08 => Some("\\b"),
            0x0c => Some("\\f"),
            _ => None,
        };
        if let Some(esc) = simple {
            out.push_str(esc);
            i += 1;
        } else {
            let ch = s[i..].chars().next().expect("a char at a char boundary");
            let mut units = [0u16; 2];
            for u in ch.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{u:04x}");
            }
            i += ch.len_utf8();
        }
        run = i;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn encode_basestring(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_arg(&args.pos()[0], "first argument must be a string")?;
    Ok(Value::Obj(new_str(quote(s.as_str(), false))))
}

fn encode_basestring_ascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_arg(&args.pos()[0], "first argument must be a string")?;
    Ok(Value::Obj(new_str(quote(s.as_str(), true))))
}

/// A `json.JSONDecodeError(msg, doc, pos)` (the class lives in the Python half).
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let made = vm
        .import_absolute("json")
        .and_then(|m| vm.getattr(&m, &intern("JSONDecodeError")))
        .and_then(|cls| {
            let args = [
                Value::Obj(new_str(msg)),
                doc.clone(),
                Value::Int(pos as i64),
            ];
            vm.call(&cls, Args::positional(&args))
        });
    match made {
        Ok(Value::Obj(e)) => PyErr::from_instance(e),
        Ok(_) => exc!(type_error, "JSONDecodeError() returned a non-exception"),
        Err(e) => e,
    }
}

/// The value of the four hex digits at the start of `b`, if they are there.
fn hex4(b: &[u8]) -> Option<u32> {
    let digits = std::str::from_utf8(b.get(..4)?).ok()?;
    if !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// Why a string literal failed to scan.
enum ScanError {
    /// CPython's message and the byte offset it reports.
    At(&'static str, usize),
    /// No closing quote: reported at the opening one.
    Unterminated,
    /// A lone surrogate escape, which pyvm's UTF-8 strings cannot hold (as `chr(0xd800)`).
    Surrogate,
}

/// Scans a string literal's body from byte `start`: the text and the byte offset after the
/// closing quote.
fn scan(s: &str, start: usize, strict: bool) -> Result<(String, usize), ScanError> {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = start;
    let mut lone_surrogate = false;
    loop {
        let chunk_start = i;
        while i < b.len() && b[i] != b'"' && b[i] != b'\\' {
            if strict && b[i] < 0x20 {
                return Err(ScanError::At("Invalid control character at", i));
            }
            i += 1;
        }
        if i >= b.len() {
            return Err(ScanError::Unterminated);
        }
        out.push_str(&s[chunk_start..i]);
        if b[i] == b'"' {
            if lone_surrogate {
                return Err(ScanError::Surrogate);
            }
            return Ok((out, i + 1));
        }
        let esc = *b.get(i + 1).ok_or(ScanError::Unterminated)?;
        let simple = match esc {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => '\0',
            _ => return Err(ScanError::At("Invalid \\escape", i)),
        };
        if esc != b'u' {
            out.push(simple);
            i += 2;
            continue;
        }
        // As CPython, the four digits must be followed by something (the closing quote at
        // least), and a second escape is read as a low surrogate only if it is too.
        if i + 6 >= b.len() {
            return Err(ScanError::At("Invalid \\uXXXX escape", i + 1));
        }
        let mut code = hex4(&b[i + 2..]).ok_or(ScanError::At("Invalid \\uXXXX escape", i + 1))?;
        i += 6;
        if (0xd800..0xdc00).contains(&code) && i + 6 < b.len() && b[i..].starts_with(b"\\u") {
            let low = hex4(&b[i + 2..]).ok_or(ScanError::At("Invalid \\uXXXX escape", i + 1))?;
            if (0xdc00..0xe000).contains(&low) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i += 6;
            }
        }
        // A lone surrogate fails only once the literal is known to be well formed.
        match char::from_u32(code) {
            Some(c) => out.push(c),
            None => lone_surrogate = true,
        }
    }
}

/// `scanstring(string, end, strict=True)`: the string literal whose opening quote is at
/// `end - 1`, as `(text, index after the closing quote)`.
fn scanstring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let doc = &pos[0];
    let s = str_arg(doc, "first argument must be a string")?;
    let end = index_arg(&pos[1])?;
    let strict = match pos.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let text = s.as_str();
    if end < 0 || end as usize > s.char_len() {
        return Err(exc!(value_error, "end is out of bounds"));
    }
    let start = crate::objects::strings::str::byte_offset(s, end as usize);
    match scan(text, start, strict) {
        Ok((out, after)) => Ok(tuple_value(vec![
            Value::Obj(new_str(out)),
            Value::Int(char_index(s, after) as i64),
        ])),
        Err(ScanError::At(msg, at)) => {
            let at = char_index(s, at);
            Err(decode_error(vm, msg, doc, at))
        }
        Err(ScanError::Unterminated) => {
            let begin = (end as usize).saturating_sub(1);
            Err(decode_error(
                vm,
                "Unterminated string starting at",
                doc,
                begin,
            ))
        }
        Err(ScanError::Surrogate) => Err(exc!(value_error, "surrogates not allowed")),
    }
}

/// The `_json` module.
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    Ok(super::new_native_module(
        "_json",
        &[
            method!("encode_basestring", encode_basestring, One),
            method!("encode_basestring_ascii", encode_basestring_ascii, One),
            method!("scanstring", scanstring, Varargs(2, 3)),
            method!("scan_once", scan::scan_once, Varargs(8, 8)),
            method!("encode", encode::encode, Varargs(10, 10)),
        ],
    ))
}
