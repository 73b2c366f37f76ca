//! Complex arithmetic on `(re, im)` pairs, following CPython's algorithms step by step so
//! that results agree to the last bit: Smith's division (`_Py_c_quot`), exponentiation by
//! squaring for small integer exponents (`c_powi`) and the polar form otherwise
//! (`_Py_c_pow`), and the C99 rules for `abs` of infinities and NaNs.
//!
//! The functions are pure; errors come back as [`CErr`] and the callers (the `complex`
//! type, the compiler's constant folding, `cmath`) turn them into Python exceptions.

/// A complex number: `(real, imag)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C {
    pub re: f64,
    pub im: f64,
}

impl C {
    pub const fn new(re: f64, im: f64) -> C {
        C { re, im }
    }
}

const ONE: C = C::new(1.0, 0.0);

/// Why a complex operation failed (C's `errno`: `EDOM` or `ERANGE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CErr {
    /// A division by zero, or zero to a negative or complex power.
    Domain,
    /// A result too large for a float.
    Range,
}

pub fn add(a: C, b: C) -> C {
    C::new(a.re + b.re, a.im + b.im)
}

pub fn sub(a: C, b: C) -> C {
    C::new(a.re - b.re, a.im - b.im)
}

pub fn mul(a: C, b: C) -> C {
    C::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b`, scaling by the larger part of `b` (Smith's method) so that the intermediate
/// products neither overflow nor lose precision needlessly.
pub fn div(a: C, b: C) -> Result<C, CErr> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(CErr::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(C::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(C::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // A NaN in `b`.
        Ok(C::new(f64::NAN, f64::NAN))
    }
}

/// `a ** b` through the polar form.
fn pow_polar(a: C, b: C) -> Result<C, CErr> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(CErr::Domain);
        }
        return Ok(C::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(C::new(len * phase.cos(), len * phase.sin()))
}

/// `x ** n` for `n >= 0` by repeated squaring.
fn pow_unsigned(x: C, n: u32) -> C {
    let (mut r, mut p, mut n) = (ONE, x, n);
    while n > 0 {
        if n & 1 == 1 {
            r = mul(r, p);
        }
        p = mul(p, p);
        n >>= 1;
    }
    r
}

/// `a ** b` as CPython's `complex.__pow__`: integral real exponents up to 100 in size by
/// repeated multiplication (exact for small Gaussian integers), the rest in polar form; an
/// infinite part in the result is an overflow.
pub fn pow(a: C, b: C) -> Result<C, CErr> {
    let r = if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        let n = b.re as i32;
        if n >= 0 {
            pow_unsigned(a, n as u32)
        } else {
            div(ONE, pow_unsigned(a, n.unsigned_abs()))?
        }
    } else {
        pow_polar(a, b)?
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(CErr::Range);
    }
    Ok(r)
}

/// `abs(z)`: an infinite part wins over a NaN (C99); `Err(Range)` when the finite result
/// overflows.
pub fn abs(z: C) -> Result<f64, CErr> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Ok(z.re.abs());
        }
        if z.im.is_infinite() {
            return Ok(z.im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_finite() {
        Ok(r)
    } else {
        Err(CErr::Range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_and_powers() {
        assert_eq!(div(C::new(1.0, 0.0), C::new(0.0, 0.0)), Err(CErr::Domain));
        assert_eq!(
            div(C::new(1.0, 2.0), C::new(3.0, 4.0)),
            Ok(C::new(0.44, 0.08))
        );
        assert_eq!(
            pow(C::new(0.0, 1.0), C::new(2.0, 0.0)),
            Ok(C::new(-1.0, 0.0))
        );
        assert_eq!(pow(C::new(0.0, 0.0), C::new(-1.0, 0.0)), Err(CErr::Domain));
        assert_eq!(pow(C::new(0.0, 0.0), C::new(0.0, 0.0)), Ok(ONE));
        assert_eq!(pow(C::new(1e200, 0.0), C::new(2.5, 0.0)), Err(CErr::Range));
        assert_eq!(abs(C::new(f64::NAN, f64::INFINITY)), Ok(f64::INFINITY));
        assert_eq!(abs(C::new(1e308, 1e308)).ok(), Some(1.4142135623730951e308));
        assert_eq!(abs(C::new(f64::MAX, f64::MAX)), Err(CErr::Range));
    }
}
