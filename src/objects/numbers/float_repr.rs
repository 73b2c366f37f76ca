//! Float to text, exactly as CPython prints it: `repr` (the shortest digits that round-trip,
//! switching to exponent form below 1e-4 and from 1e16), and the fixed/exponent/general
//! layouts of `format`, `%` and `round`.
//!
//! The digits come from Rust's formatter, which is exact: `{:e}` yields the shortest
//! round-tripping digits (as CPython's `repr`, dtoa mode 0) and `{:.N}` / `{:.Ne}` are
//! correctly rounded from the exact binary value with ties to even (as dtoa modes 2 and 3).
//! This module only lays those digits out in CPython's style (`1e+16`, `1e-05`, `inf`).

/// How to lay a float out (the format-spec presentation types).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatStyle {
    /// `e`: one digit, point, `prec` digits, exponent.
    Exp,
    /// `f`: `prec` digits after the point.
    Fixed,
    /// `g`: `prec` significant digits, fixed or exponent by magnitude, trailing zeros cut.
    General,
    /// `repr` / `str` / the empty type without precision: shortest round-trip digits.
    Repr,
}

/// Options of [`format_abs`].
#[derive(Clone, Copy, Debug, Default)]
pub struct FloatFlags {
    /// `#`: keep the point (and trailing zeros for `g`).
    pub alt: bool,
    /// Add `.0` to an integral result without exponent (the empty presentation type).
    pub add_dot_0: bool,
    /// Upper-case `E`, `INF`, `NAN`.
    pub upper: bool,
}

/// `repr(x)` of a float.
pub fn repr_f64(x: f64) -> String {
    let mut out = String::new();
    if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
    }
    out.push_str(&format_abs(
        x.abs(),
        FloatStyle::Repr,
        0,
        FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        },
    ));
    out
}

/// The shortest round-tripping decimal digits of `x > 0` and the decimal exponent of the
/// first digit (`x = d.ddd * 10**exp`). When two candidates of that length are equally
/// close, CPython's dtoa takes the even one and Rust's may not, so the correctly rounded
/// digits of that length win whenever they round-trip.
fn shortest_digits(x: f64) -> (String, i32) {
    let (digits, exp) = split_exp(&format!("{x:e}"));
    let (near, near_exp) = rounded_digits(x, digits.len());
    if near != digits {
        let candidate = format!("{}.{}e{}", &near[..1], &near[1..], near_exp);
        if candidate.parse::<f64>() == Ok(x) {
            let t = near.trim_end_matches('0').len().max(1);
            return (near[..t].to_string(), near_exp);
        }
    }
    (digits, exp)
}

/// `x > 0` rounded to `n` significant digits (n >= 1): the digits and the exponent.
fn rounded_digits(x: f64, n: usize) -> (String, i32) {
    split_exp(&format!("{:.*e}", n - 1, x))
}

/// Splits Rust's `d.ddde-7` into (`dddd`, -7).
fn split_exp(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Lays out `digits` (first digit at 10**exp) in positional notation, with at least
/// `min_frac` digits after the point (zero-padded).
fn positional(digits: &str, exp: i32, min_frac: usize, out: &mut String) {
    if exp >= 0 {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', int_len - digits.len()));
            if min_frac > 0 {
                out.push('.');
                out.extend(std::iter::repeat_n('0', min_frac));
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            let frac = &digits[int_len..];
            out.push_str(frac);
            out.extend(std::iter::repeat_n(
                '0',
                min_frac.saturating_sub(frac.len()),
            ));
        }
    } else {
        out.push_str("0.");
        let zeros = (-exp - 1) as usize;
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        out.extend(std::iter::repeat_n(
            '0',
            min_frac.saturating_sub(zeros + digits.len()),
        ));
    }
}

/// Lays out `digits` in exponent notation: `d.ddde+XX`.
fn exponential(digits: &str, exp: i32, keep_point: bool, upper: bool, out: &mut String) {
    out.push_str(&digits[..1]);
    if digits.len() > 1 || keep_point {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
}

/// Formats the non-negative (or NaN) `x` — the caller adds the sign. `prec` is the
/// precision (already defaulted: 6 for `e`/`f`/`g`); ignored by `Repr`.
pub fn format_abs(x: f64, style: FloatStyle, prec: usize, flags: FloatFlags) -> String {
    if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        return if flags.upper {
            s.to_ascii_uppercase()
        } else {
            s.to_string()
        };
    }
    let mut out = String::new();
    match style {
        FloatStyle::Fixed => {
            out = format!("{x:.prec$}");
            if prec == 0 && flags.alt {
                out.push('.');
            }
        }
        FloatStyle::Exp => {
            let (digits, exp) = if x == 0.0 {
                ("0".repeat(prec + 1), 0)
            } else {
                rounded_digits(x, prec + 1)
            };
            exponential(&digits, exp, flags.alt, flags.upper, &mut out);
        }
        FloatStyle::General | FloatStyle::Repr => {
            // CPython switches to exponent form from 10**16 for repr, and from 10**prec for
            // `g` — or 10**(prec-1) when it adds `.0` (the empty presentation type).
            let (mut digits, exp, threshold) = if style == FloatStyle::Repr {
                if x == 0.0 {
                    ("0".to_string(), 0, 16)
                } else {
                    let (d, e) = shortest_digits(x);
                    (d, e, 16)
                }
            } else {
                let p = prec.max(1);
                let limit = p as i32 - i32::from(flags.add_dot_0);
                if x == 0.0 {
                    ("0".repeat(p), 0, limit)
                } else {
                    let (d, e) = rounded_digits(x, p);
                    (d, e, limit)
                }
            };
            let keep_zeros = flags.alt && style == FloatStyle::General;
            if !keep_zeros {
                let t = digits.trim_end_matches('0').len().max(1);
                digits.truncate(t);
            }
            if (-4..threshold).contains(&exp) {
                // With `#`, `g` keeps `prec` significant digits; `repr` keeps what it has.
                let min_frac = if keep_zeros {
                    (prec.max(1) as i32 - 1 - exp).max(0) as usize
                } else {
                    0
                };
                positional(&digits, exp, min_frac, &mut out);
                if !out.contains('.') && (flags.add_dot_0 || flags.alt) {
                    out.push_str(if flags.add_dot_0 { ".0" } else { "." });
                }
            } else {
                exponential(&digits, exp, flags.alt, flags.upper, &mut out);
            }
        }
    }
    out
}

/// `round(x, n)` for a float: the exact binary value rounded half-even to `n` decimal
/// places (`round(2.675, 2) == 2.67`). `None` when the result overflows.
pub fn round_f64(x: f64, n: i64) -> Option<f64> {
    // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond these the answer is x or a signed zero.
    if !x.is_finite() || x == 0.0 || n > 323 {
        return Some(x);
    }
    if n < -308 {
        return Some(0.0 * x);
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        return s.parse::<f64>().ok();
    }
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{One, Zero};
    // x = m * 2**e exactly; round x / 10**k half-even.
    let k = (-n) as u32;
    let (m, e) = decompose(x.abs());
    let p10 = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, p10.clone())
    } else {
        (BigInt::from(m), &p10 << (-e) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let v = q * p10;
    if v.is_zero() {
        return Some(0.0f64.copysign(x));
    }
    let r = crate::objects::numbers::float::ratio_to_f64(&v, &BigInt::one())?;
    Some(r.copysign(x))
}

/// `x = m * 2**e` for finite `x >= 0`, with an integer mantissa.
pub fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_layouts() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (100.0, "100.0"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (0.0001, "0.0001"),
            (1234567890123456.8, "1234567890123456.8"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.1, "0.1"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456789.0, "123456789.0"),
        ];
        for (x, want) in cases {
            assert_eq!(repr_f64(*x), *want);
        }
    }

    #[test]
    fn rounding() {
        assert_eq!(round_f64(2.675, 2), Some(2.67));
        assert_eq!(round_f64(0.125, 2), Some(0.12));
        assert_eq!(round_f64(1.5e300, -300), Some(2e300));
        assert_eq!(round_f64(123.456, -1), Some(120.0));
        assert_eq!(round_f64(1.7976931348623157e308, -308), None);
        assert_eq!(
            round_f64(-0.4, 0).map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
    }
}
