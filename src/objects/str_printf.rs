//! `str % args`: printf-style formatting (`'%s %5.2f %(name)r' % ...`), with CPython's
//! conversions (`d i u o x X e E f F g G c r s a %`), flags (`- + space # 0`), `*` widths
//! and precisions, the mapping form, and its error messages.

use super::float_repr::{format_abs, FloatFlags, FloatStyle};
use super::int::{as_int, int_from_value, magnitude_digits, IntRef};
use super::str::{as_str, ascii_escape, StrObj};
use super::tuple::TupleObj;
use super::Value;
use crate::exc;
use crate::vm::{PyResult, Vm};

/// Where the values come from.
struct Source<'a> {
    items: Vec<Value>,
    next: usize,
    /// The right operand when it is a mapping (for `%(name)s`).
    mapping: Option<&'a Value>,
}

impl Source<'_> {
    fn next(&mut self) -> PyResult<Value> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| exc!(type_error, "not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }
}

/// `mapping[key]`, going straight to the table for exact dicts (a subclass may override
/// `__getitem__` or define `__missing__`); KeyError when missing.
pub fn lookup(vm: &mut Vm, mapping: &Value, key: &Value) -> PyResult<Value> {
    if let Some(d) = crate::vm::protocol::exact_dict(mapping) {
        return match d.get_item(vm, key)? {
            Some(v) => Ok(v),
            None => Err(super::exception::PyErr::with_args(
                &super::types().exc.key_error,
                vec![key.clone()],
            )),
        };
    }
    vm.getitem(mapping, key)
}

/// Whether `v` is used as a mapping by `%` (CPython: has `__getitem__`, is not a tuple or
/// str).
fn is_mapping(v: &Value) -> bool {
    v.downcast::<TupleObj>().is_none()
        && v.downcast::<StrObj>().is_none()
        && v.downcast::<super::bytes::BytesObj>().is_none()
        && v.downcast::<super::bytearray::ByteArrayObj>().is_none()
        && (v.downcast::<super::dict::DictObj>().is_some()
            || crate::vm::protocol::slots(v).getitem.is_some())
}

/// The flags and sizes of one conversion.
#[derive(Default)]
struct Conv {
    left: bool,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

impl Conv {
    /// Pads `body` (`sign` + `digits`) to the width: zeros go after the sign (and prefix).
    fn pad(&self, sign_prefix: &str, digits: &str, numeric: bool) -> String {
        let len = sign_prefix.chars().count() + digits.chars().count();
        if len >= self.width {
            return format!("{sign_prefix}{digits}");
        }
        let n = self.width - len;
        if self.left {
            format!("{sign_prefix}{digits}{}", " ".repeat(n))
        } else if self.zero && numeric {
            format!("{sign_prefix}{}{digits}", "0".repeat(n))
        } else {
            format!("{}{sign_prefix}{digits}", " ".repeat(n))
        }
    }

    fn sign_str(&self, negative: bool) -> &'static str {
        match (negative, self.sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        }
    }
}

/// `fmt % args`.
pub fn printf(vm: &mut Vm, fmt_v: &Value, args: &Value) -> PyResult<String> {
    printf_impl(vm, as_str(fmt_v).unwrap_or(""), args, false)
}

/// `bytes % args`: the same machinery over the format's bytes read as Latin-1 (every
/// conversion then yields characters below 256, written back as bytes).
pub fn printf_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = printf_impl(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn printf_impl(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let (items, single) = match args.downcast::<TupleObj>() {
        Some(t) => (t.items.to_vec(), false),
        None => (vec![args.clone()], true),
    };
    let mut src = Source {
        items,
        next: 0,
        mapping: is_mapping(args).then_some(args),
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<(usize, char)> = fmt.char_indices().collect();
    let mut i = 0;
    let mut used_key = false;
    while i < chars.len() {
        let (_, c) = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&(_, c1)) = chars.get(i) else {
            return Err(exc!(value_error, "incomplete format"));
        };
        if c1 == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        // %(key)
        let mut keyed: Option<Value> = None;
        if c1 == '(' {
            let Some(map) = src.mapping else {
                return Err(exc!(type_error, "format requires a mapping"));
            };
            let mut depth = 1;
            let key_start = i + 1;
            let mut j = key_start;
            while j < chars.len() && depth > 0 {
                match chars[j].1 {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(exc!(value_error, "incomplete format key"));
            }
            let key: String = chars[key_start..j - 1].iter().map(|(_, c)| c).collect();
            let k = if bytes_mode {
                super::bytes::bytes_value(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                Value::Obj(super::str::new_str(key))
            };
            keyed = Some(lookup(vm, map, &k)?);
            used_key = true;
            // CPython's arguments are now the looked-up value alone, used up by this
            // conversion: a later `%s` without a key has nothing left.
            src.next = src.items.len();
            i = j;
        }
        let mut conv = Conv::default();
        while let Some(&(_, f)) = chars.get(i) {
            match f {
                '-' => conv.left = true,
                '+' => conv.sign = Some('+'),
                ' ' => {
                    if conv.sign.is_none() {
                        conv.sign = Some(' ')
                    }
                }
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => break,
            }
            i += 1;
        }
        // Width and precision: digits or `*` (taken from the arguments).
        let number = |i: &mut usize, src: &mut Source| -> PyResult<Option<usize>> {
            if chars.get(*i).map(|c| c.1) == Some('*') {
                *i += 1;
                let v = src.next()?;
                let n = as_int(&v)
                    .and_then(IntRef::to_i64)
                    .ok_or_else(|| exc!(type_error, "* wants int"))?;
                return Ok(Some(n.max(0) as usize));
            }
            let mut n: Option<usize> = None;
            while let Some(d) = chars.get(*i).and_then(|c| c.1.to_digit(10)) {
                n = Some(
                    n.unwrap_or(0)
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(d as usize))
                        .filter(|&n| n <= i32::MAX as usize)
                        .ok_or_else(|| exc!(value_error, "width too big"))?,
                );
                *i += 1;
            }
            Ok(n)
        };
        if let Some(w) = number(&mut i, &mut src)? {
            conv.width = w;
        }
        if chars.get(i).map(|c| c.1) == Some('.') {
            i += 1;
            conv.prec = Some(number(&mut i, &mut src)?.unwrap_or(0));
        }
        // Length modifiers are accepted and ignored.
        while matches!(chars.get(i).map(|c| c.1), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&(_, ty)) = chars.get(i) else {
            return Err(exc!(value_error, "incomplete format"));
        };
        i += 1;
        let value = match keyed {
            Some(v) => v,
            None => src.next()?,
        };
        let piece = if bytes_mode {
            convert_bytes(vm, ty, &value, &conv, i - 1)?
        } else {
            convert(vm, ty, &value, &conv, i - 1)?
        };
        out.push_str(&piece);
    }
    if !used_key && src.next < src.items.len() && !(single && src.mapping.is_some()) {
        return Err(exc!(
            type_error,
            "not all arguments converted during {} formatting",
            if bytes_mode { "bytes" } else { "string" }
        ));
    }
    Ok(out)
}

/// One conversion for `bytes % args`: `%s`/`%b` take bytes-like objects (or `__bytes__`),
/// `%r`/`%a` the ASCII repr, `%c` one byte; numbers as for str.
fn convert_bytes(vm: &mut Vm, ty: char, value: &Value, conv: &Conv, at: usize) -> PyResult<String> {
    let latin1 = |b: Vec<u8>| -> String { b.into_iter().map(|c| c as char).collect() };
    match ty {
        's' | 'b' => {
            let data = match super::bytes_methods::buffer(value) {
                Some(b) => b,
                None => {
                    let name = super::str::intern("__bytes__");
                    let f = super::typeobj::TypeObject::lookup(value.class(), &name);
                    let r = match f {
                        Some(f) => Some(vm.call_found(f, value, &[])?),
                        None => None,
                    };
                    match r.as_ref().and_then(super::bytes_methods::buffer) {
                        Some(b) => b,
                        None => {
                            return Err(exc!(
                                type_error,
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                value.type_name()
                            ))
                        }
                    }
                }
            };
            let mut s = latin1(data);
            if let Some(p) = conv.prec {
                if let Some((b, _)) = s.char_indices().nth(p) {
                    s.truncate(b);
                }
            }
            Ok(conv.pad("", &s, false))
        }
        'r' | 'a' => {
            let mut s = ascii_escape(&vm.repr_string(value)?);
            if let Some(p) = conv.prec {
                s.truncate(p.min(s.len()));
            }
            Ok(conv.pad("", &s, false))
        }
        'c' => {
            let c = if let Some(b) = super::bytes_methods::buffer(value).filter(|b| b.len() == 1) {
                b[0]
            } else if let Some(i) = as_int(value) {
                i.to_i64()
                    .and_then(|v| u8::try_from(v).ok())
                    .ok_or_else(|| exc!(overflow_error, "%c arg not in range(256)"))?
            } else {
                return Err(exc!(
                    type_error,
                    "%c requires an integer in range(256) or a single byte"
                ));
            };
            Ok(conv.pad("", &(c as char).to_string(), false))
        }
        _ => convert(vm, ty, value, conv, at),
    }
}

/// One conversion of `value` by type character `ty` (at char index `at`, for errors).
fn convert(vm: &mut Vm, ty: char, value: &Value, conv: &Conv, at: usize) -> PyResult<String> {
    match ty {
        's' | 'r' | 'a' => {
            let mut s = match ty {
                's' => vm.str_string(value)?,
                'r' => vm.repr_string(value)?,
                _ => ascii_escape(&vm.repr_string(value)?),
            };
            if let Some(p) = conv.prec {
                if let Some((b, _)) = s.char_indices().nth(p) {
                    s.truncate(b);
                }
            }
            Ok(conv.pad("", &s, false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let int_val;
            let i = if let Some(i) = as_int(value) {
                i
            } else if matches!(ty, 'd' | 'i' | 'u') && super::float::float_of(value).is_some() {
                int_val = int_from_value(vm, value)?;
                as_int(&int_val).unwrap_or(IntRef::Small(0))
            } else if matches!(ty, 'd' | 'i' | 'u') {
                return Err(exc!(
                    type_error,
                    "%{} format: a real number is required, not {}",
                    ty,
                    value.type_name()
                ));
            } else {
                return Err(exc!(
                    type_error,
                    "%{} format: an integer is required, not {}",
                    ty,
                    value.type_name()
                ));
            };
            let (radix, prefix) = match ty {
                'o' => (8, "0o"),
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                _ => (10, ""),
            };
            let mut digits = if radix == 10 {
                super::int::int_to_string(i)?
                    .trim_start_matches('-')
                    .to_string()
            } else {
                magnitude_digits(i, radix)
            };
            if ty == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = conv.prec {
                if digits.len() < p {
                    digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
                }
            }
            let sp = format!(
                "{}{}",
                conv.sign_str(i.is_negative()),
                if conv.alt { prefix } else { "" }
            );
            Ok(conv.pad(&sp, &digits, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match super::float::as_f64(value)? {
                Some(x) => x,
                None => {
                    return Err(exc!(
                        type_error,
                        "must be real number, not {}",
                        value.type_name()
                    ))
                }
            };
            let style = match ty {
                'e' | 'E' => FloatStyle::Exp,
                'f' | 'F' => FloatStyle::Fixed,
                _ => FloatStyle::General,
            };
            let flags = FloatFlags {
                alt: conv.alt,
                add_dot_0: false,
                upper: ty.is_ascii_uppercase(),
            };
            let body = format_abs(x.abs(), style, conv.prec.unwrap_or(6), flags);
            let negative = x.is_sign_negative() && !x.is_nan();
            Ok(conv.pad(conv.sign_str(negative), &body, x.is_finite()))
        }
        'c' => {
            let c = if let Some(s) = as_str(value) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(exc!(type_error, "%c requires int or char")),
                }
            } else if let Some(i) = as_int(value) {
                i.to_i64()
                    .and_then(|v| u32::try_from(v).ok())
                    .filter(|&v| v < 0x110000)
                    .ok_or_else(|| exc!(overflow_error, "%c arg not in range(0x110000)"))
                    .and_then(|v| {
                        char::from_u32(v).ok_or_else(|| exc!(value_error, "surrogates not allowed"))
                    })?
            } else {
                return Err(exc!(type_error, "%c requires int or char"));
            };
            Ok(conv.pad("", &c.to_string(), false))
        }
        _ => Err(exc!(
            value_error,
            "unsupported format character '{}' (0x{:x}) at index {}",
            ty,
            ty as u32,
            at
        )),
    }
}
