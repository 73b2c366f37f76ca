//! `str % args`: printf-style formatting (`'%s %5.2f %(name)r' % ...`), with CPython's
//! conversions (`d i u o x X e E f F g G c r s a %`), flags (`- + space # 0`), `*` widths
//! and precisions, the mapping form, and its error messages.

use crate::exc;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::numbers::float_repr::{format_abs, FloatFlags, FloatStyle};
use crate::objects::numbers::int::{as_int, int_from_value, magnitude_digits, IntRef};
use crate::objects::strings::str::{as_str, ascii_escape, StrObj};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Where the values come from: the items of a tuple right operand (read in place: the
/// caller's reference keeps the tuple alive), or the right operand alone.
struct Source<'a> {
    items: &'a [Value],
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
            None => Err(crate::objects::exceptions::exception::PyErr::with_args(
                &crate::objects::types().exc.key_error,
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
        && v.downcast::<crate::objects::binary::bytes::BytesObj>()
            .is_none()
        && v.downcast::<crate::objects::binary::bytearray::ByteArrayObj>()
            .is_none()
        && (v
            .downcast::<crate::objects::containers::dict::DictObj>()
            .is_some()
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
    /// Appends `sign_prefix` + `digits` padded to the width: zeros go after the sign (and
    /// prefix), spaces before it or, left-aligned, after the digits.
    fn pad_into(&self, out: &mut String, sign_prefix: &str, digits: &str, numeric: bool) {
        let len = sign_prefix.chars().count() + digits.chars().count();
        let n = self.width.saturating_sub(len);
        let spaces = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(' ', k));
        if n == 0 {
            out.push_str(sign_prefix);
            out.push_str(digits);
        } else if self.left {
            out.push_str(sign_prefix);
            out.push_str(digits);
            spaces(out, n);
        } else if self.zero && numeric {
            out.push_str(sign_prefix);
            out.extend(std::iter::repeat_n('0', n));
            out.push_str(digits);
        } else {
            spaces(out, n);
            out.push_str(sign_prefix);
            out.push_str(digits);
        }
    }

    /// `pad_into` a new string (for the bytes conversions).
    fn pad(&self, sign_prefix: &str, digits: &str, numeric: bool) -> String {
        let mut out = String::with_capacity(self.width.max(digits.len() + 2));
        self.pad_into(&mut out, sign_prefix, digits, numeric);
        out
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
        Some(t) => (&t.items[..], false),
        None => (std::slice::from_ref(args), true),
    };
    let mut src = Source {
        items,
        next: 0,
        mapping: is_mapping(args).then_some(args),
    };
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let mut used_key = false;
    // Everything that matters in a conversion is ASCII, so the format is scanned by byte;
    // text between conversions is copied in runs.
    while let Some(at) = memchr::memchr(b'%', &b[i..]).map(|k| i + k) {
        out.push_str(&fmt[i..at]);
        i = at + 1;
        let Some(&c1) = b.get(i) else {
            return Err(exc!(value_error, "incomplete format"));
        };
        if c1 == b'%' {
            out.push('%');
            i += 1;
            continue;
        }
        // %(key)
        let mut keyed: Option<Value> = None;
        if c1 == b'(' {
            let Some(map) = src.mapping else {
                return Err(exc!(type_error, "format requires a mapping"));
            };
            let mut depth = 1;
            let key_start = i + 1;
            let mut j = key_start;
            while j < b.len() && depth > 0 {
                match b[j] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(exc!(value_error, "incomplete format key"));
            }
            let key = &fmt[key_start..j - 1];
            let k = if bytes_mode {
                crate::objects::binary::bytes::bytes_value(
                    key.chars().map(|c| c as u32 as u8).collect(),
                )
            } else {
                Value::Obj(crate::objects::strings::str::new_str(key))
            };
            keyed = Some(lookup(vm, map, &k)?);
            used_key = true;
            // CPython's arguments are now the looked-up value alone, used up by this
            // conversion: a later `%s` without a key has nothing left.
            src.next = src.items.len();
            i = j;
        }
        let mut conv = Conv::default();
        while let Some(&f) = b.get(i) {
            match f {
                b'-' => conv.left = true,
                b'+' => conv.sign = Some('+'),
                b' ' => {
                    if conv.sign.is_none() {
                        conv.sign = Some(' ')
                    }
                }
                b'#' => conv.alt = true,
                b'0' => conv.zero = true,
                _ => break,
            }
            i += 1;
        }
        // Width and precision: digits or `*` (taken from the arguments).
        let number = |i: &mut usize, src: &mut Source| -> PyResult<Option<usize>> {
            if b.get(*i) == Some(&b'*') {
                *i += 1;
                let v = src.next()?;
                let n = as_int(&v).ok_or_else(|| exc!(type_error, "* wants int"))?;
                let n = n.to_i64().ok_or_else(|| {
                    exc!(
                        overflow_error,
                        "Python int too large to convert to C ssize_t"
                    )
                })?;
                return Ok(Some(n.max(0) as usize));
            }
            let mut n: Option<usize> = None;
            while let Some(d) = b.get(*i).filter(|d| d.is_ascii_digit()) {
                n = Some(
                    n.unwrap_or(0)
                        .checked_mul(10)
                        .and_then(|n| n.checked_add((d - b'0') as usize))
                        .filter(|&n| n <= isize::MAX as usize)
                        .ok_or_else(|| exc!(value_error, "width too big"))?,
                );
                *i += 1;
            }
            Ok(n)
        };
        if let Some(w) = number(&mut i, &mut src)? {
            if w > crate::objects::strings::str::MAX_STR_BYTES {
                return Err(crate::objects::containers::seq::memory_error());
            }
            conv.width = w;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            conv.prec = Some(number(&mut i, &mut src)?.unwrap_or(0));
        }
        // Length modifiers are accepted and ignored.
        while matches!(b.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(ty) = fmt[i..].chars().next() else {
            return Err(exc!(value_error, "incomplete format"));
        };
        let ty_at = i;
        i += ty.len_utf8();
        let value = match keyed {
            Some(v) => v,
            None => src.next()?,
        };
        if bytes_mode {
            out.push_str(&convert_bytes(vm, ty, &value, &conv, fmt, ty_at)?);
        } else {
            convert(vm, ty, &value, &conv, fmt, ty_at, &mut out)?;
        }
    }
    out.push_str(&fmt[i..]);
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
fn convert_bytes(
    vm: &mut Vm,
    ty: char,
    value: &Value,
    conv: &Conv,
    fmt: &str,
    at: usize,
) -> PyResult<String> {
    let latin1 = |b: Vec<u8>| -> String { b.into_iter().map(|c| c as char).collect() };
    match ty {
        's' | 'b' => {
            // (`%b` copies a buffer as `bytes(x)` does: a strided memoryview too)
            let data = match crate::objects::binary::buffer::contents(value)? {
                Some(b) => b,
                None => {
                    let name = crate::objects::strings::str::intern("__bytes__");
                    let f =
                        crate::objects::classes::typeobj::TypeObject::lookup(value.class(), &name);
                    let r = match f {
                        Some(f) => Some(vm.call_found(f, value, &[])?),
                        None => None,
                    };
                    match r.as_ref().and_then(crate::objects::binary::bytes_methods::buffer) {
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
            let c = if let Some(b) =
                crate::objects::binary::bytes_methods::buffer(value).filter(|b| b.len() == 1)
            {
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
        _ => {
            let mut out = String::new();
            convert(vm, ty, value, conv, fmt, at, &mut out)?;
            Ok(out)
        }
    }
}

/// One conversion of `value` by type character `ty` (at byte `at` of `fmt`, for errors),
/// appended to `out`.
fn convert(
    vm: &mut Vm,
    ty: char,
    value: &Value,
    conv: &Conv,
    fmt: &str,
    at: usize,
    out: &mut String,
) -> PyResult<()> {
    match ty {
        's' | 'r' | 'a' => {
            let text = match ty {
                's' => vm.str(value)?,
                _ => vm.repr(value)?,
            };
            let escaped;
            let mut s = text.downcast::<StrObj>().map_or("", StrObj::as_str);
            if ty == 'a' {
                escaped = ascii_escape(s);
                s = &escaped;
            }
            if let Some(p) = conv.prec {
                if let Some((b, _)) = s.char_indices().nth(p) {
                    s = &s[..b];
                }
            }
            conv.pad_into(out, "", s, false);
            Ok(())
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let int_val;
            let i = if let Some(i) = as_int(value) {
                i
            } else if matches!(ty, 'd' | 'i' | 'u')
                && crate::objects::numbers::float::float_of(value).is_some()
            {
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
            let mut buf = [0u8; 20];
            let mut digits = match i {
                IntRef::Small(n) if radix == 10 => {
                    std::borrow::Cow::Borrowed(decimal_digits(n.unsigned_abs(), &mut buf))
                }
                _ if radix == 10 => std::borrow::Cow::Owned(
                    crate::objects::numbers::int::int_to_string(i)?
                        .trim_start_matches('-')
                        .to_string(),
                ),
                _ => std::borrow::Cow::Owned(magnitude_digits(i, radix)),
            };
            if ty == 'X' {
                digits.to_mut().make_ascii_uppercase();
            }
            if let Some(p) = conv.prec.filter(|&p| digits.len() < p) {
                let mut zeros = "0".repeat(p - digits.len());
                zeros.push_str(&digits);
                digits = std::borrow::Cow::Owned(zeros);
            }
            let sign = conv.sign_str(i.is_negative());
            if conv.alt && !prefix.is_empty() {
                conv.pad_into(out, &format!("{sign}{prefix}"), &digits, true);
            } else {
                conv.pad_into(out, sign, &digits, true);
            }
            Ok(())
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match crate::objects::numbers::float::as_f64(value)? {
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
            conv.pad_into(out, conv.sign_str(negative), &body, x.is_finite());
            Ok(())
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
            conv.pad_into(out, "", c.encode_utf8(&mut [0; 4]), false);
            Ok(())
        }
        _ => Err(exc!(
            value_error,
            "unsupported format character '{}' (0x{:x}) at index {}",
            // (CPython shows only printable ASCII, and 0x1f)
            if ('\x1f'..='~').contains(&ty) {
                ty
            } else {
                '?'
            },
            ty as u32,
            fmt[..at].chars().count()
        )),
    }
}

/// The decimal digits of `n`, written at the end of `buf`.
pub fn decimal_digits(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).expect("ASCII digits")
}
