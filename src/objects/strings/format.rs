//! The format-spec mini-language (`format(x, spec)`, `f'{x:spec}'`, `str.format`) for int,
//! bool, float and str, with CPython's layout rules and error messages:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Numbers are laid out as CPython's `calc_number_widths` does: sign, prefix (`0x`), the
//! grouped integer digits, then the remainder (fraction, exponent, `%`); with `0`-padding
//! (fill `0`, align `=`) the zeros are part of the digits and get separators too
//! (`format(1234, '09,') == '0,001,234'`).
//!
//! [`format_value`] is the entry point for the `format()` builtin, `FORMAT_VALUE` and
//! `str.format` (whose template parser, [`format_template`], lives here too).

use crate::exc;
use crate::objects::core::PyRef;
use crate::objects::numbers::float_repr::{format_abs, FloatFlags, FloatStyle};
use crate::objects::numbers::int::{as_int, magnitude_digits, IntRef};
use crate::objects::strings::str::{as_str, new_str, StrObj};
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`; `None` for the type's default.
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive after rounding.
    pub no_neg_zero: bool,
    /// `#`.
    pub alt: bool,
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// The largest width or precision that parses (CPython's `PY_SSIZE_T_MAX`); a width too
/// large to allocate is a MemoryError, a precision past a C int "precision too big".
const MAX_WIDTH: usize = isize::MAX as usize;

/// Parses a format spec; `type_name` is for error messages, `number` selects the default
/// alignment for `0`-padding (`=` for numbers), `default_ty` is the type's default
/// presentation type (for the grouping check, made here as CPython does).
pub fn parse_spec(
    spec: &str,
    type_name: &str,
    number: bool,
    default_ty: Option<char>,
) -> PyResult<FormatSpec> {
    let chars: smallvec::SmallVec<[char; 16]> = spec.chars().collect();
    let mut s = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alt: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut i = 0;
    let mut fill_given = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        fill_given = true;
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_neg_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if !fill_given && chars.get(i) == Some(&'0') {
        s.fill = '0';
        if s.align.is_none() && number {
            s.align = Some('=');
        }
        i += 1;
    }
    let read_number = |i: &mut usize| -> PyResult<Option<usize>> {
        let start = *i;
        let mut n: usize = 0;
        while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|&n| n <= MAX_WIDTH)
                .ok_or_else(|| exc!(value_error, "Too many decimal digits in format string"))?;
            *i += 1;
        }
        Ok((*i > start).then_some(n))
    };
    if let Some(w) = read_number(&mut i)? {
        s.width = w;
    }
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(c);
        i += 1;
        // `,,` leaves the second comma as the type (an error below); `,_` and `_,` clash.
        if chars.get(i) == Some(&'_') || (c == '_' && chars.get(i) == Some(&',')) {
            return Err(exc!(value_error, "Cannot specify both ',' and '_'."));
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        match read_number(&mut i)? {
            Some(p) if p > i32::MAX as usize => return Err(exc!(value_error, "precision too big")),
            Some(p) => s.precision = Some(p),
            None => return Err(exc!(value_error, "Format specifier missing precision")),
        }
    }
    if chars.len() - i > 1 {
        return Err(exc!(
            value_error,
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            type_name
        ));
    }
    s.ty = chars.get(i).copied();
    s.check_grouping(default_ty)?;
    if s.width.saturating_mul(s.fill.len_utf8()) > crate::objects::strings::str::MAX_STR_BYTES {
        return Err(crate::objects::numbers::int::memory_error());
    }
    Ok(s)
}

impl FormatSpec {
    /// The grouping check CPython makes once the type is known.
    fn check_grouping(&self, default_ty: Option<char>) -> PyResult<()> {
        let Some(g) = self.grouping else {
            return Ok(());
        };
        let ty = self.ty.or(default_ty);
        let ok = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if ok {
            return Ok(());
        }
        Err(exc!(
            value_error,
            "Cannot specify '{}' with '{}'.",
            g,
            ty.unwrap_or(' ')
        ))
    }

    /// Pads `body` (already holding sign and digits) to the width: `=` pads after the first
    /// `split` characters (sign and prefix). A body as wide as the width is returned as is.
    pub fn pad(&self, body: String, split: usize, default_align: char) -> String {
        let len = if body.is_ascii() {
            body.len()
        } else {
            body.chars().count()
        };
        if len >= self.width {
            return body;
        }
        let n = self.width - len;
        let fill = |k: usize| std::iter::repeat_n(self.fill, k);
        let mut out = String::with_capacity(body.len() + n * self.fill.len_utf8());
        match self.align.unwrap_or(default_align) {
            '<' => {
                out.push_str(&body);
                out.extend(fill(n));
            }
            '^' => {
                out.extend(fill(n / 2));
                out.push_str(&body);
                out.extend(fill(n - n / 2));
            }
            '=' => {
                let at = body
                    .char_indices()
                    .nth(split)
                    .map_or(body.len(), |(i, _)| i);
                out.push_str(&body[..at]);
                out.extend(fill(n));
                out.push_str(&body[at..]);
            }
            _ => {
                out.extend(fill(n));
                out.push_str(&body);
            }
        }
        out
    }

    /// Lays out a number: sign, prefix, integer digits (grouped, zero-padded), remainder.
    fn layout_number(&self, negative: bool, prefix: &str, digits: &str, rest: &str) -> String {
        let sign = match (negative, self.sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        };
        let left = sign.len() + prefix.len();
        let zero_pad = self.fill == '0' && self.align == Some('=');
        let min_width = if zero_pad {
            self.width as isize - left as isize - rest.chars().count() as isize
        } else {
            0
        };
        let mut body = String::with_capacity(left + digits.len() + rest.len() + 4);
        body.push_str(sign);
        body.push_str(prefix);
        match self.grouping {
            Some(sep) => {
                let size = if matches!(self.ty, Some('b' | 'o' | 'x' | 'X')) {
                    4
                } else {
                    3
                };
                body.push_str(&group_digits(digits, sep, size, min_width));
            }
            None => {
                let pad = (min_width.max(0) as usize).saturating_sub(digits.len());
                body.extend(std::iter::repeat_n('0', pad));
                body.push_str(digits);
            }
        }
        body.push_str(rest);
        self.pad(body, left, '>')
    }
}

/// Inserts `sep` every `size` digits from the right, padding with zeros (and separators) up
/// to `min_width` (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, sep: char, size: isize, min_width: isize) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let mut rev: Vec<u8> = Vec::with_capacity(d.len() * 2);
    let mut use_sep = false;
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            rev.push(sep as u8);
        }
        for k in 0..n_chars {
            rev.push(d[(remaining - 1 - k) as usize]);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

pub fn unknown_code(ty: char, type_name: &str) -> crate::vm::PyErr {
    exc!(
        value_error,
        "Unknown format code '{}' for object of type '{}'",
        ty,
        type_name
    )
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> PyResult<String> {
    if !matches!(spec.ty, None | Some('s')) {
        return Err(unknown_code(spec.ty.unwrap_or(' '), "str"));
    }
    match spec.sign {
        Some(' ') => {
            return Err(exc!(
                value_error,
                "Space not allowed in string format specifier"
            ))
        }
        Some(_) => {
            return Err(exc!(
                value_error,
                "Sign not allowed in string format specifier"
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(exc!(
            value_error,
            "Negative zero coercion (z) not allowed in string format specifier"
        ));
    }
    if spec.alt {
        return Err(exc!(
            value_error,
            "Alternate form (#) not allowed in string format specifier"
        ));
    }
    if spec.align == Some('=') {
        return Err(exc!(
            value_error,
            "'=' alignment not allowed in string format specifier"
        ));
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    Ok(spec.pad(text.to_string(), 0, '<'))
}

/// `format(i, spec)` for an int (or bool with a non-empty spec).
pub fn format_int(i: IntRef, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    let ty = spec.ty;
    if let Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') = ty {
        return format_float(i.to_f64()?, spec);
    }
    if !matches!(ty, None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n')) {
        return Err(unknown_code(ty.unwrap_or(' '), type_name));
    }
    if spec.precision.is_some() {
        return Err(exc!(
            value_error,
            "Precision not allowed in integer format specifier"
        ));
    }
    if spec.no_neg_zero {
        return Err(exc!(
            value_error,
            "Negative zero coercion (z) not allowed in integer format specifier"
        ));
    }
    if ty == Some('c') {
        if spec.sign.is_some() {
            return Err(exc!(
                value_error,
                "Sign not allowed with integer format specifier 'c'"
            ));
        }
        if spec.alt {
            return Err(exc!(
                value_error,
                "Alternate form (#) not allowed with integer format specifier 'c'"
            ));
        }
        let v = i
            .to_i64()
            .ok_or_else(|| exc!(overflow_error, "Python int too large to convert to C long"))?;
        let c = u32::try_from(v)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| exc!(overflow_error, "%c arg not in range(0x110000)"))?;
        return Ok(spec.pad(c.to_string(), 0, '>'));
    }
    let (radix, prefix) = match ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => (10, ""),
    };
    let mut buf = [0u8; 20];
    let mut digits = match i {
        IntRef::Small(n) if radix == 10 => std::borrow::Cow::Borrowed(
            crate::objects::strings::str_printf::decimal_digits(n.unsigned_abs(), &mut buf),
        ),
        _ if radix == 10 => std::borrow::Cow::Owned(
            crate::objects::numbers::int::int_to_string(i)?
                .trim_start_matches('-')
                .to_string(),
        ),
        _ => std::borrow::Cow::Owned(magnitude_digits(i, radix)),
    };
    if ty == Some('X') {
        digits.to_mut().make_ascii_uppercase();
    }
    let prefix = if spec.alt { prefix } else { "" };
    Ok(spec.layout_number(i.is_negative(), prefix, &digits, ""))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &FormatSpec) -> PyResult<String> {
    format_float_with(x, spec, true)
}

/// [`format_float`], choosing whether an empty type adds `.0` to an integral value (a
/// float's does; the parts of a complex do not).
pub fn format_float_with(x: f64, spec: &FormatSpec, dot_0: bool) -> PyResult<String> {
    let ty = spec.ty;
    if !matches!(
        ty,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    ) {
        return Err(unknown_code(ty.unwrap_or(' '), "float"));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(exc!(value_error, "precision too big"));
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut flags = FloatFlags {
        alt: spec.alt,
        add_dot_0: false,
        upper,
    };
    let prec = spec.precision.unwrap_or(6);
    let (style, value, suffix) = match ty {
        Some('e' | 'E') => (FloatStyle::Exp, x, ""),
        Some('f' | 'F') => (FloatStyle::Fixed, x, ""),
        Some('g' | 'G' | 'n') => (FloatStyle::General, x, ""),
        Some('%') => (FloatStyle::Fixed, x * 100.0, "%"),
        _ => {
            flags.add_dot_0 = dot_0;
            if spec.precision.is_some() {
                (FloatStyle::General, x, "")
            } else {
                (FloatStyle::Repr, x, "")
            }
        }
    };
    let mut text = format_abs(value.abs(), style, prec, flags);
    let mut negative = value.is_sign_negative() && !value.is_nan();
    if negative
        && spec.no_neg_zero
        && value.is_finite()
        && !text.bytes().any(|b| matches!(b, b'1'..=b'9'))
    {
        negative = false;
    }
    if !value.is_finite() {
        // inf and nan are never zero-padded with separators.
        let mut s = spec.clone();
        s.grouping = None;
        text.push_str(suffix);
        return Ok(s.layout_number(negative, "", "", &text));
    }
    // Split the integer digits (grouped) from the remainder.
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let mut rest = String::with_capacity(text.len() - split + suffix.len());
    rest.push_str(&text[split..]);
    rest.push_str(suffix);
    text.truncate(split);
    Ok(spec.layout_number(negative, "", &text, &rest))
}

/// `format(v, spec)`: the `format()` builtin, `FORMAT_VALUE`, and `str.format`'s fields.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<PyRef> {
    // A subclass of str/int/float may define its own `__format__`, which the fast paths
    // below would bypass.
    if let Some(f) = crate::vm::protocol::python_override(v, crate::interned!("__format__")) {
        return call_format(vm, &f, v, spec);
    }
    if let Some(s) = v.downcast::<StrObj>() {
        if spec.is_empty() {
            return vm.str(v);
        }
        let fs = parse_spec(spec, "str", false, Some('s'))?;
        return Ok(new_str(format_str(s.as_str(), &fs)?));
    }
    if let Some(x) = crate::objects::numbers::float::float_of(v) {
        if spec.is_empty() {
            return vm.str(v);
        }
        let fs = parse_spec(spec, "float", true, None)?;
        return Ok(new_str(format_float(x, &fs)?));
    }
    if let Some(i) = as_int(v) {
        if spec.is_empty() {
            return vm.str(v);
        }
        let name = if matches!(v, Value::Bool(_)) {
            "bool"
        } else {
            "int"
        };
        let fs = parse_spec(spec, name, true, Some('d'))?;
        return Ok(new_str(format_int(i, &fs, name)?));
    }
    // A class with its own `__format__` (looked up on the type, never on int/float/str).
    if let Some(f) = crate::objects::classes::typeobj::TypeObject::lookup(
        v.class(),
        crate::interned!("__format__"),
    ) {
        return call_format(vm, &f, v, spec);
    }
    if spec.is_empty() {
        return vm.str(v);
    }
    Err(exc!(
        type_error,
        "unsupported format string passed to {}.__format__",
        v.type_name()
    ))
}

/// `f(v, spec)` for the `__format__` method `f` found on `v`'s type, which must return a str.
fn call_format(vm: &mut Vm, f: &Value, v: &Value, spec: &str) -> PyResult<PyRef> {
    let spec_v = Value::Obj(new_str(spec));
    match vm.call(f, Args::positional(&[v.clone(), spec_v]))? {
        Value::Obj(o) if o.is::<StrObj>() => Ok(o),
        other => Err(exc!(
            type_error,
            "__format__ must return a str, not {}",
            other.type_name()
        )),
    }
}

/// The `format(value, format_spec='')` builtin.
pub fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("format")?;
    args.check_count("format", 1, 2)?;
    let pos = args.pos();
    let spec = match pos.get(1) {
        None => "",
        Some(s) => as_str(s).ok_or_else(|| {
            exc!(
                type_error,
                "format() argument 2 must be str, not {}",
                s.type_name()
            )
        })?,
    };
    format_value(vm, &pos[0], spec).map(Value::Obj)
}

// ---------------------------------------------------------------------------------------
// str.format

/// How `{}` fields are numbered so far (CPython refuses to mix the two styles).
#[derive(PartialEq, Clone, Copy)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

/// The state of one `str.format` call.
struct Formatter<'a> {
    args: &'a [Value],
    kwargs: Vec<(&'a str, &'a Value)>,
    /// `format_map`'s mapping: names are looked up with `mapping[name]`, and there are no
    /// positional arguments.
    mapping: Option<&'a Value>,
    numbering: Numbering,
}

/// `template.format(*args, **kwargs)`.
pub fn format_template(vm: &mut Vm, template: &str, args: Args) -> PyResult<String> {
    let mut f = Formatter {
        args: args.pos(),
        kwargs: args.kwargs().collect(),
        mapping: None,
        numbering: Numbering::Unknown,
    };
    f.render(vm, template, 2)
}

/// `template.format_map(mapping)`: like `format`, with `mapping[name]` for each name (so a
/// dict subclass's `__missing__` applies).
pub fn format_template_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult<String> {
    let mut f = Formatter {
        args: &[],
        kwargs: Vec::new(),
        mapping: Some(mapping),
        numbering: Numbering::Unknown,
    };
    f.render(vm, template, 2)
}

impl Formatter<'_> {
    fn render(&mut self, vm: &mut Vm, template: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(exc!(value_error, "Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(pos) = memchr::memchr2(b'{', b'}', rest.as_bytes()) {
            out.push_str(&rest[..pos]);
            let c = rest.as_bytes()[pos];
            let after = &rest[pos + 1..];
            if c == b'}' {
                if let Some(r) = after.strip_prefix('}') {
                    out.push('}');
                    rest = r;
                    continue;
                }
                return Err(exc!(
                    value_error,
                    "Single '}}' encountered in format string"
                ));
            }
            if let Some(r) = after.strip_prefix('{') {
                out.push('{');
                rest = r;
                continue;
            }
            if after.is_empty() {
                return Err(exc!(
                    value_error,
                    "Single '{{' encountered in format string"
                ));
            }
            let field = parse_field(after)?;
            rest = &after[field.len..];
            let s = self.field(vm, &field, depth)?;
            out.push_str(&s);
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Renders one parsed `{name!conv:spec}` field.
    fn field(&mut self, vm: &mut Vm, field: &Field, depth: u32) -> PyResult<String> {
        let value = self.lookup(vm, field.name)?;
        let value = match field.conversion {
            None => value,
            Some('r') => Value::Obj(vm.repr(&value)?),
            Some('s') => Value::Obj(vm.str(&value)?),
            Some('a') => {
                let r = vm.repr_string(&value)?;
                Value::Obj(new_str(crate::objects::strings::str::ascii_escape(&r)))
            }
            Some(c) => return Err(exc!(value_error, "Unknown conversion specifier {}", c)),
        };
        let spec = field.spec;
        let spec = if spec.contains(['{', '}']) {
            self.render(vm, spec, depth - 1)?
        } else {
            spec.to_string()
        };
        let r = format_value(vm, &value, &spec)?;
        Ok(r.downcast::<StrObj>()
            .map_or_else(String::new, |s| s.as_str().to_string()))
    }

    /// Resolves `arg_name(.attr|[key])*`.
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            let n = match self.numbering {
                Numbering::Manual => {
                    return Err(exc!(
                        value_error,
                        "cannot switch from manual field specification to automatic field numbering"
                    ))
                }
                Numbering::Unknown => 0,
                Numbering::Auto(n) => n,
            };
            self.numbering = Numbering::Auto(n + 1);
            self.positional(n)?
        } else if let Ok(n) = first.parse::<usize>() {
            if let Numbering::Auto(_) = self.numbering {
                return Err(exc!(
                    value_error,
                    "cannot switch from automatic field numbering to manual field specification"
                ));
            }
            self.numbering = Numbering::Manual;
            self.positional(n)?
        } else if let Some(mapping) = self.mapping {
            vm.getitem(mapping, &Value::Obj(new_str(first)))?
        } else {
            match self.kwargs.iter().find(|(k, _)| *k == first) {
                Some((_, v)) => (*v).clone(),
                None => {
                    return Err(crate::objects::exceptions::exception::PyErr::with_args(
                        &crate::objects::types().exc.key_error,
                        vec![Value::Obj(new_str(first))],
                    ))
                }
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let attr = &r[..end];
                if attr.is_empty() {
                    return Err(exc!(value_error, "Empty attribute in format string"));
                }
                value = get_attribute(vm, &value, attr)?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else {
                    return Err(exc!(value_error, "Missing ']' in format string"));
                };
                let key = &r[..end];
                if key.is_empty() {
                    return Err(exc!(value_error, "Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(i),
                    _ => Value::Obj(new_str(key)),
                };
                value = crate::objects::strings::str_printf::lookup(vm, &value, &k)?;
                rest = &r[end + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(exc!(
                        value_error,
                        "Only '.' or '[' may follow ']' in format field specifier"
                    ));
                }
            } else {
                return Err(exc!(
                    value_error,
                    "Only '.' or '[' may follow ']' in format field specifier"
                ));
            }
        }
        Ok(value)
    }

    fn positional(&self, n: usize) -> PyResult<Value> {
        if self.mapping.is_some() {
            return Err(exc!(
                value_error,
                "Format string contains positional fields"
            ));
        }
        self.args.get(n).cloned().ok_or_else(|| {
            exc!(
                index_error,
                "Replacement index {} out of range for positional args tuple",
                n
            )
        })
    }
}

/// One replacement field of a format string.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    /// Bytes of the template the field takes, its closing `}` included.
    len: usize,
}

/// Parses the field that starts right after a `{` (CPython's `parse_field`): the name runs to
/// `!`, `:` or `}` (brackets may hold anything but are not nested), then an optional
/// conversion character, then a spec in which `{}` pairs nest.
fn parse_field(text: &str) -> PyResult<Field<'_>> {
    let mut chars = text.char_indices();
    let mut stop = None;
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => return Err(exc!(value_error, "unexpected '{{' in field name")),
            '[' => {
                // Up to (not past) the closing bracket: whatever is inside is the key.
                let mut look = chars.clone();
                while let Some((_, c)) = look.next() {
                    if c == ']' {
                        break;
                    }
                    chars = look.clone();
                }
            }
            '}' | ':' | '!' => {
                stop = Some((i, c));
                break;
            }
            _ => {}
        }
    }
    let Some((name_end, c)) = stop else {
        return Err(exc!(value_error, "expected '}}' before end of string"));
    };
    let name = &text[..name_end];
    if c == '}' {
        return Ok(Field {
            name,
            conversion: None,
            spec: "",
            len: name_end + 1,
        });
    }
    let mut conversion = None;
    if c == '!' {
        let Some((_, conv)) = chars.next() else {
            return Err(exc!(
                value_error,
                "end of string while looking for conversion specifier"
            ));
        };
        conversion = Some(conv);
        match chars.next() {
            Some((i, '}')) => {
                return Ok(Field {
                    name,
                    conversion,
                    spec: "",
                    len: i + 1,
                })
            }
            Some((_, ':')) | None => {}
            Some(_) => return Err(exc!(value_error, "expected ':' after conversion specifier")),
        }
    }
    let spec_start = chars.clone().next().map_or(text.len(), |(i, _)| i);
    let mut level = 1;
    for (i, c) in chars {
        match c {
            '{' => level += 1,
            '}' => {
                level -= 1;
                if level == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: &text[spec_start..i],
                        len: i + 1,
                    });
                }
            }
            _ => {}
        }
    }
    Err(exc!(value_error, "unmatched '{{' in format spec"))
}

/// `getattr(v, name)` for format fields. Uses the type's `getattr` slot, then the class
/// dict, plus the numeric attributes (`real`, `imag`, ...) that need no descriptors.
fn get_attribute(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let key = crate::objects::strings::str::intern(name);
    if as_int(v).is_some() {
        match name {
            "real" | "numerator" => return crate::objects::numbers::int::int_from_value(vm, v),
            "imag" => return Ok(Value::Int(0)),
            "denominator" => return Ok(Value::Int(1)),
            _ => {}
        }
    }
    if let Some(x) = crate::objects::numbers::float::float_of(v) {
        match name {
            "real" => return Ok(Value::Float(x)),
            "imag" => return Ok(Value::float(0.0)),
            _ => {}
        }
    }
    vm.getattr(v, &key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_padding() {
        assert_eq!(group_digits("1234", ',', 3, 8), "0,001,234");
        assert_eq!(group_digits("1234", ',', 3, 10), "00,001,234");
        assert_eq!(group_digits("1234567", ',', 3, 0), "1,234,567");
        assert_eq!(group_digits("3039", '_', 4, 7), "00_3039");
    }
}
