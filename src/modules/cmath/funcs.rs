//! The complex functions of `cmath` on `(re, im)` pairs, each returning its value or the
//! error C's `errno` would carry (`Domain`: "math domain error", `Range`: "math range
//! error").
//!
//! Non-finite arguments are looked up in `special`'s tables. Finite arguments use formulas
//! that avoid needless overflow and cancellation: square roots of `1 ± z` for the inverse
//! functions (Kahan's method), `log1p` near the unit circle, rescaling of huge and
//! subnormal arguments. The elementary real functions come from the C library (Rust's `f64`
//! methods call it), `asinh` from `math`'s port of the C library's, so results agree with
//! CPython's bit for bit.

use super::special::{self, Cell, Table};
use crate::modules::math::libm;
use crate::objects::numbers::complex_math::{CErr, C};

pub type Res = Result<C, CErr>;

const LN2: f64 = std::f64::consts::LN_2;
const DBL_MIN: f64 = f64::MIN_POSITIVE;
/// Beyond this a part is "large": `hypot` of it could overflow (`DBL_MAX / 4`).
const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

/// `x * 2**k` for the small `k` used to rescale (exact: no overflow or underflow here).
fn scale(x: f64, k: i32) -> f64 {
    x * 2f64.powi(k)
}

/// The table's value when a part of `z` is not finite.
fn special(z: C, t: &Table) -> Option<Res> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some(match t[special::class(z.re)][special::class(z.im)] {
        Cell::Value(re, im) => Ok(C::new(re, im)),
        Cell::Dom => Err(CErr::Domain),
    })
}

fn neg(z: C) -> C {
    C::new(-z.re, -z.im)
}

/// `i*z` as the identities below use it: `(-im, re)`.
fn times_i(z: C) -> C {
    C::new(-z.im, z.re)
}

/// `-i*z`: `(im, -re)`.
fn times_minus_i(z: C) -> C {
    C::new(z.im, -z.re)
}

pub fn sqrt(z: C) -> Res {
    if let Some(r) = special(z, &special::SQRT) {
        return r;
    }
    if z.re == 0.0 && z.im == 0.0 {
        return Ok(C::new(0.0, z.im));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        // hypot(ax, ay) would be subnormal: scale up first.
        let ax = scale(ax, 53);
        scale((ax + ax.hypot(scale(ay, 53))).sqrt(), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if z.re >= 0.0 {
        C::new(s, d.copysign(z.im))
    } else {
        C::new(d, s.copysign(z.im))
    })
}

/// `log(z)` and whether it hit the singularity at 0 (the value is still returned: a
/// `log` with a base divides it before looking at the error).
pub fn log_raw(z: C) -> (C, Option<CErr>) {
    if let Some(r) = special(z, &special::LOG) {
        return match r {
            Ok(v) => (v, None),
            Err(e) => (C::new(f64::NAN, f64::NAN), Some(e)),
        };
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            scale(ax, 53).hypot(scale(ay, 53)).ln() - 53.0 * LN2
        } else {
            let im = libm::atan2(z.im, z.re);
            return (C::new(f64::NEG_INFINITY, im), Some(CErr::Domain));
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (C::new(re, libm::atan2(z.im, z.re)), None)
}

pub fn log(z: C) -> Res {
    match log_raw(z) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

pub fn log10(z: C) -> Res {
    let r = log(z)?;
    Ok(C::new(
        r.re / std::f64::consts::LN_10,
        r.im / std::f64::consts::LN_10,
    ))
}

/// `x*cis(y)` for an infinite `x` and a finite nonzero `y`: only the signs of
/// `cos(y)`/`sin(y)` survive; `mag` is the magnitude (0 or inf) of each part.
fn signed(mag: f64, y: f64, re_sign: f64, im_sign: f64) -> C {
    C::new(
        (re_sign * mag).copysign(re_sign * y.cos()),
        (im_sign * mag).copysign(im_sign * y.sin()),
    )
}

/// Whether `z` is an infinite real part with a finite, nonzero imaginary part.
fn inf_real_finite_imag(z: C) -> bool {
    z.re.is_infinite() && z.im.is_finite() && z.im != 0.0
}

fn overflow_check(r: C) -> Res {
    if r.re.is_infinite() || r.im.is_infinite() {
        Err(CErr::Range)
    } else {
        Ok(r)
    }
}

pub fn exp(z: C) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        if inf_real_finite_imag(z) {
            let mag = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            return Ok(signed(mag, z.im, 1.0, 1.0));
        }
        return special(z, &special::EXP).expect("not finite");
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        C::new(
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        C::new(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(r)
}

pub fn cosh(z: C) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        if inf_real_finite_imag(z) {
            let im_sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            return Ok(signed(f64::INFINITY, z.im, 1.0, im_sign));
        }
        return special(z, &special::COSH).expect("not finite");
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        C::new(
            z.im.cos() * x.cosh() * std::f64::consts::E,
            z.im.sin() * x.sinh() * std::f64::consts::E,
        )
    } else {
        C::new(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_check(r)
}

pub fn sinh(z: C) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        if inf_real_finite_imag(z) {
            let re_sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            return Ok(signed(f64::INFINITY, z.im, re_sign, 1.0));
        }
        return special(z, &special::SINH).expect("not finite");
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1f64.copysign(z.re);
        C::new(
            z.im.cos() * x.sinh() * std::f64::consts::E,
            z.im.sin() * x.cosh() * std::f64::consts::E,
        )
    } else {
        C::new(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_check(r)
}

pub fn tanh(z: C) -> Res {
    if !z.re.is_finite() || !z.im.is_finite() {
        if inf_real_finite_imag(z) {
            let re = if z.re > 0.0 { 1.0 } else { -1.0 };
            return Ok(C::new(re, 0f64.copysign(2.0 * z.im.sin() * z.im.cos())));
        }
        return special(z, &special::TANH).expect("not finite");
    }
    if z.re.abs() > log_large() {
        return Ok(C::new(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(C::new(
        tx * (1.0 + ty * ty) / denom,
        ((ty / denom) * cx) * cx,
    ))
}

/// `log(hypot(z)) + 2*log(2)`-style magnitude for huge arguments, without overflow.
fn log_hypot_large(z: C) -> f64 {
    (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0
}

pub fn acos(z: C) -> Res {
    if let Some(r) = special(z, &special::ACOS) {
        return r;
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = libm::atan2(z.im.abs(), z.re);
        let im = if z.re < 0.0 {
            -log_hypot_large(z).copysign(z.im)
        } else {
            log_hypot_large(z).copysign(-z.im)
        };
        return Ok(C::new(re, im));
    }
    let s1 = sqrt(C::new(1.0 - z.re, -z.im))?;
    let s2 = sqrt(C::new(1.0 + z.re, z.im))?;
    Ok(C::new(
        2.0 * libm::atan2(s1.re, s2.re),
        libm::asinh(s2.re * s1.im - s2.im * s1.re),
    ))
}

pub fn acosh(z: C) -> Res {
    if let Some(r) = special(z, &special::ACOSH) {
        return r;
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Ok(C::new(log_hypot_large(z), libm::atan2(z.im, z.re)));
    }
    let s1 = sqrt(C::new(z.re - 1.0, z.im))?;
    let s2 = sqrt(C::new(z.re + 1.0, z.im))?;
    Ok(C::new(
        libm::asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * libm::atan2(s1.im, s2.re),
    ))
}

pub fn asinh(z: C) -> Res {
    if let Some(r) = special(z, &special::ASINH) {
        return r;
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = if z.im >= 0.0 {
            log_hypot_large(z).copysign(z.re)
        } else {
            -log_hypot_large(z).copysign(-z.re)
        };
        return Ok(C::new(re, libm::atan2(z.im, z.re.abs())));
    }
    let s1 = sqrt(C::new(1.0 + z.im, -z.re))?;
    let s2 = sqrt(C::new(1.0 - z.im, z.re))?;
    Ok(C::new(
        libm::asinh(s1.re * s2.im - s2.re * s1.im),
        libm::atan2(z.im, s1.re * s2.re - s1.im * s2.im),
    ))
}

pub fn atanh(z: C) -> Res {
    if let Some(r) = special(z, &special::ATANH) {
        return r;
    }
    // atanh(z) = -atanh(-z): work with a non-negative real part.
    if z.re < 0.0 {
        return atanh(neg(z)).map(neg);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // atanh(z) ~ 1/z +/- i*pi/2 for large z.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(C::new(
            z.re / 4.0 / h / h,
            -std::f64::consts::FRAC_PI_2.copysign(-z.im),
        ));
    }
    if z.re == 1.0 && ay < DBL_MIN.sqrt() {
        if ay == 0.0 {
            return Err(CErr::Domain);
        }
        return Ok(C::new(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (libm::atan2(2.0, -ay) / 2.0).copysign(z.im),
        ));
    }
    let one_minus = 1.0 - z.re;
    Ok(C::new(
        (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0,
        -libm::atan2(-2.0 * z.im, one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

// The trigonometric functions through the hyperbolic ones: asin(z) = -i asinh(iz),
// atan(z) = -i atanh(iz), cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz).

pub fn asin(z: C) -> Res {
    asinh(times_i(z)).map(times_minus_i)
}

pub fn atan(z: C) -> Res {
    atanh(times_i(z)).map(times_minus_i)
}

pub fn cos(z: C) -> Res {
    cosh(times_i(z))
}

pub fn sin(z: C) -> Res {
    sinh(times_i(z)).map(times_minus_i)
}

pub fn tan(z: C) -> Res {
    tanh(times_i(z)).map(times_minus_i)
}

/// `rect(r, phi)`: `r * (cos(phi) + i sin(phi))`.
pub fn rect(r: f64, phi: f64) -> Res {
    if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let s = if r > 0.0 { 1.0 } else { -1.0 };
            return Ok(signed(f64::INFINITY, phi, s, s));
        }
        let z = C::new(r, phi);
        return special(z, &special::RECT).expect("not finite");
    }
    if phi == 0.0 {
        return Ok(C::new(r, r * phi));
    }
    Ok(C::new(r * phi.cos(), r * phi.sin()))
}
