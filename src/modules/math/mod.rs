//! The `math` module, following CPython's `mathmodule.c`: the libm functions with CPython's
//! error rules (a NaN from a non-NaN argument is ValueError "math domain error", an infinity
//! from finite arguments is OverflowError "math range error" or a domain error at a
//! singularity), `floor`/`ceil`/`trunc` returning exact ints, logarithms of ints of any
//! size, and the integer functions (`integer`) and accurate sums and norms (`sum`).
//!
//! The float functions call the platform libm through Rust's `f64` methods, as CPython calls
//! the C library, so results agree bit for bit. Rust implements `asinh`, `acosh` and `atanh`
//! itself, so `libm.rs` ports the C library's algorithms for those.
//! `erf` and `erfc` are the C library's too (`modules::clib`).

mod gamma;
mod integer;
pub(crate) mod libm;
mod sum;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::exc;
use crate::method;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::{as_int, call_special, float_to_int, int_value, IntRef};
use crate::objects::strings::str::intern;
use crate::objects::{PyRef, Value};
use crate::vm::params::{self, to_f64};
use crate::vm::{Args, PyErr, PyResult, Vm};

fn domain_error() -> PyErr {
    exc!(value_error, "math domain error")
}

fn range_error() -> PyErr {
    exc!(overflow_error, "math range error")
}

/// `math_1`: `f(x)` with CPython's checks (`can_overflow` picks OverflowError over
/// ValueError for an infinite result).
fn math_1(vm: &mut Vm, args: &Args, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = to_f64(vm, &args.pos()[0])?;
    Ok(Value::float(checked_1(x, f(x), can_overflow)?))
}

fn checked_1(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// `math_2`: `f(x, y)` with CPython's checks.
fn math_2(vm: &mut Vm, args: &Args, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::float(r))
}

/// The two arguments of a `Pos(2, 2)` function as floats.
fn two_floats(vm: &mut Vm, args: &Args) -> PyResult<(f64, f64)> {
    let p = args.pos();
    Ok((to_f64(vm, &p[0])?, to_f64(vm, &p[1])?))
}

/// One wrapper per libm function: name, function, whether an infinite result is an
/// overflow (else a singularity).
macro_rules! unary_functions {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, &args, $f, $overflow)
        })*
        const UNARY: &[MethodDef] = &[$(method!(stringify!($name), $name, One),)*];
    };
}

unary_functions! {
    acos => f64::acos, false;
    acosh => libm::acosh, false;
    asin => f64::asin, false;
    asinh => libm::asinh, false;
    atan => f64::atan, false;
    atanh => libm::atanh, false;
    cbrt => libm::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    erf => crate::modules::clib::erf, false;
    erfc => crate::modules::clib::erfc, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
}

macro_rules! binary_functions {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_2(vm, &args, $f)
        })*
        const BINARY: &[MethodDef] = &[$(method!(stringify!($name), $name, Pos(2, 2)),)*];
    };
}

binary_functions! {
    atan2 => libm::atan2;
    copysign => f64::copysign;
    remainder => libm::remainder;
    fmod => libm::fmod;
    nextafter => libm::nextafter;
}

// ---------------------------------------------------------------------------------------
// floor, ceil, trunc: exact ints

/// `floor`/`ceil`: ints as they are, `__floor__`/`__ceil__` if defined, else the float's.
fn round_to_int(vm: &mut Vm, args: Args, special: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = &args.pos()[0];
    if let Value::Float(f64v) = x {
        return float_to_int(f(*f64v));
    }
    if let Some(i) = as_int(x) {
        return Ok(int_value(i.big()));
    }
    if let Some(r) = call_special(vm, x, special)? {
        return Ok(r);
    }
    float_to_int(f(to_f64(vm, x)?))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = &args.pos()[0];
    if let Value::Float(f) = x {
        return float_to_int(f.trunc());
    }
    if let Some(i) = as_int(x) {
        return Ok(int_value(i.big()));
    }
    match call_special(vm, x, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(exc!(
            type_error,
            "type {} doesn't define __trunc__ method",
            x.type_name()
        )),
    }
}

// ---------------------------------------------------------------------------------------
// frexp, ldexp, modf, pow

/// `frexp(x)` for finite nonzero `x`: `(m, e)` with `0.5 <= |m| < 1` and `x == m * 2**e`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e + adjust)
}

/// `x * 2**k`, rounded once (as C's `ldexp`).
pub fn ldexp(x: f64, k: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, e) = frexp(x);
    let exp = e.saturating_add(k);
    if exp > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if exp < -1074 {
        return 0f64.copysign(x);
    }
    // 2**exp is representable for -1074 <= exp <= 1023; m is exact, so one rounding.
    if exp == 1024 {
        return (m * 2.0) * 2f64.powi(1023);
    }
    m * pow2(exp)
}

/// `2.0**k` for `-1074 <= k <= 1023`, exactly.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

fn math_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_f64(vm, &args.pos()[0])?;
    let (m, e) = frexp(x);
    Ok(tuple_value(vec![Value::float(m), Value::Int(e)]))
}

fn math_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let x = to_f64(vm, &p[0])?;
    let k = match as_int(&p[1]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => {
            return Err(exc!(
                type_error,
                "Expected an int as second argument to ldexp."
            ))
        }
    };
    let r = ldexp(x, k);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::float(r))
}

fn math_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_f64(vm, &args.pos()[0])?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(tuple_value(vec![Value::float(frac), Value::float(int)]))
}

fn math_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args)?;
    let odd_y = |y: f64| y.is_finite() && y.abs() % 2.0 == 1.0;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            if y > 0.0 {
                if odd_y(y) {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y(y) {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(range_error());
        }
        r
    };
    Ok(Value::float(r))
}

// ---------------------------------------------------------------------------------------
// Logarithms

/// `frexp` of a positive int too large for a float: `(m, e)` with `m` correctly rounded.
fn bigint_frexp(b: &BigInt) -> (f64, i64) {
    let n = b.bits() as i64;
    let shift = n - 55;
    let mut q = (b >> shift as usize).to_u64().unwrap_or(0);
    if !(b - (BigInt::from(q) << shift as usize)).is_zero() {
        q |= 1; // sticky bit: exact rounding of the 53-bit result
    }
    (q as f64 * 2f64.powi(-55), n)
}

/// CPython's `loghelper`: `func` of any positive int (even beyond the float range), or
/// `math_1` of anything else.
fn loghelper(vm: &mut Vm, x: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(x) {
        if i.is_negative() || i.is_zero() {
            return Err(domain_error());
        }
        return Ok(match i.to_f64() {
            Ok(f) => func(f),
            Err(_) => {
                let IntRef::Big(b) = i else {
                    unreachable!("small ints convert")
                };
                let (m, e) = bigint_frexp(b);
                func(m) + func(2.0) * e as f64
            }
        });
    }
    let f = to_f64(vm, x)?;
    checked_1(f, func(f), false)
}

fn math_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // (`METH_VARARGS` with its own count message; the keyword error names it bare)
    args.no_kwargs("log")?;
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(exc!(type_error, "math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &p[0], f64::ln)?;
    let Some(base) = p.get(1) else {
        return Ok(Value::float(num));
    };
    let den = loghelper(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(exc!(zero_division_error, "float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn math_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = &args.pos()[0];
    loghelper(vm, x, f64::log2).map(Value::Float)
}

fn math_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = &args.pos()[0];
    loghelper(vm, x, f64::log10).map(Value::Float)
}

// ---------------------------------------------------------------------------------------
// Predicates and conversions

/// The argument of a `One` function as a float.
fn one_float(vm: &mut Vm, args: &Args) -> PyResult<f64> {
    to_f64(vm, &args.pos()[0])
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, &args)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, &args)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, &args)?.is_nan()))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
    Ok(Value::float(one_float(vm, &args)? * RAD_TO_DEG))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
    Ok(Value::float(one_float(vm, &args)? * DEG_TO_RAD))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    Ok(Value::float(if up.is_infinite() {
        x - libm::nextafter(x, f64::NEG_INFINITY)
    } else {
        up - x
    }))
}

const ISCLOSE: params::Clinic = params::Clinic {
    fname: "isclose",
    names: &["a", "b", "rel_tol", "abs_tol"],
    posonly: 0,
    minpos: 2,
    maxpos: 2,
};

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b, rel, abs] = ISCLOSE.bind(&args)?;
    let mut float_arg = |v: Option<&Value>, default: f64| match v {
        Some(v) => to_f64(vm, v),
        None => Ok(default),
    };
    let a = float_arg(a, 0.0)?;
    let b = float_arg(b, 0.0)?;
    let rel_tol = float_arg(rel, 1e-9)?;
    let abs_tol = float_arg(abs, 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(exc!(value_error, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

const OTHER: &[MethodDef] = &[
    method!("floor", floor, One),
    method!("ceil", ceil, One),
    method!("trunc", trunc, One),
    method!("frexp", math_frexp, One),
    method!("ldexp", math_ldexp, Pos(2, 2)),
    method!("modf", math_modf, One),
    method!("pow", math_pow, Pos(2, 2)),
    method!("log", math_log),
    method!("log2", math_log2, One),
    method!("log10", math_log10, One),
    method!("isfinite", isfinite, One),
    method!("isinf", isinf, One),
    method!("isnan", isnan, One),
    method!("isclose", isclose),
    method!("degrees", degrees, One),
    method!("radians", radians, One),
    method!("ulp", ulp, One),
];

/// The `math` module.
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let tables = [
        OTHER,
        UNARY,
        BINARY,
        integer::FUNCTIONS,
        sum::FUNCTIONS,
        gamma::FUNCTIONS,
    ];
    let module = super::new_native_module("math", &[]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for f in tables.into_iter().flatten() {
        let func = BuiltinFunctionObj::function_ref(f, Some("math"));
        d.set_str(intern(f.name), Value::Obj(func));
    }
    let constants = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, v) in constants {
        d.set_str(intern(name), Value::float(v));
    }
    Ok(module)
}
