//! Complex numbers as text: `repr` (`1j`, `(1+2j)`, `(-0-0j)`: the floats' shortest repr
//! without `.0`), `format(z, spec)` with CPython's rules for complex (no `=` alignment, no
//! zero padding, no `%`; an empty type behaves like `repr`), and `complex(str)` parsing.

use crate::exc;
use crate::objects::numbers::float_repr::{format_abs, FloatFlags, FloatStyle};
use crate::objects::strings::format::{format_float_with, parse_spec, unknown_code};
use crate::objects::strings::unicode::{decimal_value, is_space};
use crate::objects::Value;
use crate::vm::PyResult;

use super::complex_math::C;

/// `repr(x)` of a float part: shortest round-trip digits, no `.0`, `+` if `sign`.
fn part_repr(x: f64, sign: bool, out: &mut String) {
    if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    out.push_str(&format_abs(
        x.abs(),
        FloatStyle::Repr,
        0,
        FloatFlags::default(),
    ));
}

/// `repr(z)`: just the imaginary part when the real part is +0, else both in parentheses.
pub fn repr_complex(z: C) -> String {
    let mut out = String::with_capacity(24);
    if z.re == 0.0 && z.re.is_sign_positive() {
        part_repr(z.im, false, &mut out);
        out.push('j');
    } else {
        out.push('(');
        part_repr(z.re, false, &mut out);
        part_repr(z.im, true, &mut out);
        out.push_str("j)");
    }
    out
}

/// `format(z, spec)` for a non-empty spec.
pub fn format_complex(z: C, spec: &str) -> PyResult<String> {
    let fs = parse_spec(spec, "complex", true, None)?;
    if !matches!(fs.ty, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(unknown_code(fs.ty.unwrap_or(' '), "complex"));
    }
    if fs.fill == '0' {
        return Err(exc!(
            value_error,
            "Zero padding is not allowed in complex format specifier"
        ));
    }
    if fs.align == Some('=') {
        return Err(exc!(
            value_error,
            "'=' alignment flag is not allowed in complex format specifier"
        ));
    }
    // Without a type: like repr (a +0 real part is left out, else parentheses), and a
    // precision means `g` — in both cases without the `.0` a float would get.
    let bare = fs.ty.is_none();
    let skip_re = bare && z.re == 0.0 && z.re.is_sign_positive();
    let mut part = fs.clone();
    part.fill = ' ';
    part.align = None;
    part.width = 0;
    let mut body = String::new();
    if bare && !skip_re {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&format_float_with(z.re, &part, false)?);
        part.sign = Some('+');
    }
    body.push_str(&format_float_with(z.im, &part, false)?);
    body.push('j');
    if bare && !skip_re {
        body.push(')');
    }
    Ok(fs.pad(body, 0, '>'))
}

// ---------------------------------------------------------------------------------------
// complex(str)

fn malformed() -> crate::vm::PyErr {
    exc!(value_error, "complex() arg is a malformed string")
}

/// The longest prefix of `s` that reads as a float (C's `strtod`, as `PyOS_string_to_double`
/// uses it): its value and length, or `None` if no prefix does.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let word = |at: usize, w: &str| {
        s.len() >= at + w.len() && s[at..at + w.len()].eq_ignore_ascii_case(w.as_bytes())
    };
    let neg = s.first() == Some(&b'-');
    let sign = |v: f64| if neg { -v } else { v };
    if word(i, "inf") {
        let n = if word(i, "infinity") { 8 } else { 3 };
        return Some((sign(f64::INFINITY), i + n));
    }
    if word(i, "nan") {
        return Some((f64::NAN, i + 3));
    }
    let digits = |mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits(i);
    let mut end = int_end;
    let mut frac = 0;
    if s.get(end) == Some(&b'.') {
        let f_end = digits(end + 1);
        frac = f_end - end - 1;
        end = f_end;
    }
    if int_end == i && frac == 0 {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let e_end = digits(j);
        if e_end > j {
            end = e_end;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    Some((text.parse::<f64>().ok()?, end))
}

/// The string with Unicode decimal digits as ASCII digits, Unicode spaces as ' ' and any
/// other non-ASCII character as '?' (CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`).
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else if is_space(c) {
                b' '
            } else {
                b'?'
            }
        })
        .collect()
}

/// Removes the underscores of `s`, each of which must sit between two digits; `None` if one
/// does not.
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// `complex(s)` for a str `s`: `<float>`, `<float>j`, `<float><signed float>j` (also with
/// the bare forms `j`, `+j`, `1+j`), optionally in parentheses, with surrounding spaces.
pub fn parse_complex_str(v: &Value) -> PyResult<C> {
    let text = crate::objects::strings::str::as_str(v).unwrap_or("");
    let mut buf = to_ascii(text);
    if buf.contains(&b'_') {
        buf = strip_underscores(&buf).ok_or_else(|| {
            let r = crate::objects::strings::str::repr_str(text);
            exc!(value_error, "could not convert string to complex: {}", r)
        })?;
    }
    parse_ascii(&buf).ok_or_else(malformed)
}

fn parse_ascii(s: &[u8]) -> Option<C> {
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let skip = |mut i: usize| {
        while i < s.len() && space(s[i]) {
            i += 1;
        }
        i
    };
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let mut i = skip(0);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = skip(i + 1);
    }
    let (mut x, mut y) = (0.0, 0.0);
    match float_prefix(&s[i..]) {
        Some((z, n)) => {
            i += n;
            if matches!(s.get(i), Some(b'+' | b'-')) {
                x = z;
                match float_prefix(&s[i..]) {
                    Some((w, m)) => {
                        y = w;
                        i += m;
                    }
                    None => {
                        y = if s[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            } else if is_j(i) {
                y = z;
                i += 1;
            } else {
                x = z;
            }
        }
        None => {
            if let Some(&c @ (b'+' | b'-')) = s.get(i) {
                y = if c == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !is_j(i) {
                return None;
            }
            i += 1;
        }
    }
    i = skip(i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i = skip(i + 1);
    }
    (i == s.len()).then_some(C::new(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_and_repr() {
        let p = |s: &str| parse_ascii(s.as_bytes()).map(repr_complex);
        assert_eq!(p(" ( 1+2j ) ").as_deref(), Some("(1+2j)"));
        assert_eq!(p("-J").as_deref(), Some("-1j"));
        assert_eq!(p("1+j").as_deref(), Some("(1+1j)"));
        assert_eq!(p("nan+infj").as_deref(), Some("(nan+infj)"));
        assert_eq!(p("1e+1+2j").as_deref(), Some("(10+2j)"));
        for bad in [
            "1 + 2j", "(1+2j", "1+-2j", ".j", "()", "1e+j", "infinit", "1jj", "",
        ] {
            assert_eq!(p(bad), None, "{bad:?}");
        }
        assert_eq!(repr_complex(C::new(-0.0, -0.0)), "(-0-0j)");
        assert_eq!(repr_complex(C::new(1e300, 1e-300)), "(1e+300+1e-300j)");
        assert_eq!(strip_underscores(b"1_0+2_0j"), Some(b"10+20j".to_vec()));
        assert_eq!(strip_underscores(b"1_.5j"), None);
    }
}
