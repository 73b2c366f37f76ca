//! The `cmath` module: complex versions of the `math` functions, with CPython's argument
//! conversion (a complex, an object with `__complex__`, or a real number), its error rules
//! (ValueError "math domain error", OverflowError "math range error") and the C99 Annex G
//! results for infinities, NaNs and signed zeros.
//!
//! The functions themselves are in `funcs` (pure, on `(re, im)` pairs), their results for
//! non-finite arguments in `special`'s tables.

mod funcs;
mod special;

use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::complex::{complex_of, new_complex, special_complex};
use crate::objects::numbers::complex_math::{self, CErr, C};
use crate::objects::strings::str::intern;
use crate::objects::{PyRef, Value};
use crate::vm::params::{to_f64, Clinic};
use crate::vm::{Args, PyErr, PyResult, Vm};

fn math_error(e: CErr) -> PyErr {
    match e {
        CErr::Domain => exc!(value_error, "math domain error"),
        CErr::Range => exc!(overflow_error, "math range error"),
    }
}

/// An argument as a complex (CPython's `PyComplex_AsCComplex`): a complex, what its type's
/// `__complex__` returns, or a real number (TypeError "must be real number, not str").
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = complex_of(v) {
        return Ok(c);
    }
    if let Some(c) = special_complex(vm, v)? {
        return Ok(c);
    }
    Ok(C::new(to_f64(vm, v)?, 0.0))
}

fn result(r: funcs::Res) -> PyResult<Value> {
    r.map(|c| new_complex(c.re, c.im)).map_err(math_error)
}

/// One entry per function of one complex argument.
macro_rules! unary_functions {
    ($($name:literal => $f:path,)*) => {
        const UNARY: &[MethodDef] = &[$(
            method!($name, |vm: &mut Vm, args: Args| {
                let z = to_complex(vm, &args.pos()[0])?;
                result($f(z))
            }, One),
        )*];
    };
}

unary_functions! {
    "acos" => funcs::acos,
    "acosh" => funcs::acosh,
    "asin" => funcs::asin,
    "asinh" => funcs::asinh,
    "atan" => funcs::atan,
    "atanh" => funcs::atanh,
    "cos" => funcs::cos,
    "cosh" => funcs::cosh,
    "exp" => funcs::exp,
    "log10" => funcs::log10,
    "sin" => funcs::sin,
    "sinh" => funcs::sinh,
    "sqrt" => funcs::sqrt,
    "tan" => funcs::tan,
    "tanh" => funcs::tanh,
}

/// `log(x[, base])`: `log(x) / log(base)`. As in CPython, only the last error counts: a
/// zero `x` with a base gives `-inf` parts instead of raising.
fn cmath_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = to_complex(vm, &args.pos()[0])?;
    let (mut r, mut err) = funcs::log_raw(x);
    if let Some(b) = args.pos().get(1) {
        let b = to_complex(vm, b)?;
        let (lb, e) = funcs::log_raw(b);
        err = e;
        match complex_math::div(r, lb) {
            Ok(q) => r = q,
            Err(e) => err = Some(e),
        }
    }
    match err {
        Some(e) => Err(math_error(e)),
        None => Ok(new_complex(r.re, r.im)),
    }
}

fn phase_of(z: C) -> f64 {
    crate::modules::math::libm::atan2(z.im, z.re)
}

fn cmath_phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = to_complex(vm, &args.pos()[0])?;
    let phi = phase_of(z);
    // The C library's atan2 reports an underflow to zero (errno ERANGE), which CPython
    // raises; `polar` clears it when it computes the magnitude.
    if phi == 0.0 && z.im != 0.0 && z.im.is_finite() && z.re.is_finite() {
        return Err(math_error(CErr::Range));
    }
    Ok(Value::float(phi))
}

fn cmath_polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = to_complex(vm, &args.pos()[0])?;
    let phi = phase_of(z);
    let r = complex_math::abs(z).map_err(math_error)?;
    Ok(Value::Obj(TupleObj::new_ref(vec![
        Value::float(r),
        Value::float(phi),
    ])))
}

fn cmath_rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = to_f64(vm, &args.pos()[0])?;
    let phi = to_f64(vm, &args.pos()[1])?;
    result(funcs::rect(r, phi))
}

/// The classification functions: `f(z)` as a bool.
fn classify(vm: &mut Vm, args: &Args, f: fn(f64) -> bool, both: bool) -> PyResult<Value> {
    let z = to_complex(vm, &args.pos()[0])?;
    Ok(Value::Bool(if both {
        f(z.re) && f(z.im)
    } else {
        f(z.re) || f(z.im)
    }))
}

fn cmath_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    classify(vm, &args, f64::is_finite, true)
}

fn cmath_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    classify(vm, &args, f64::is_infinite, false)
}

fn cmath_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    classify(vm, &args, f64::is_nan, false)
}

const ISCLOSE: Clinic = Clinic {
    fname: "isclose",
    names: &["a", "b", "rel_tol", "abs_tol"],
    posonly: 0,
    minpos: 2,
    maxpos: 2,
};

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: equal, or within either tolerance of
/// the distance (relative to the larger magnitude); infinities are close only to
/// themselves.
fn cmath_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b, rel, abs] = ISCLOSE.bind(&args)?;
    let a = to_complex(vm, a.expect("required"))?;
    let b = to_complex(vm, b.expect("required"))?;
    let rel_tol = match rel {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match abs {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(exc!(value_error, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if [a.re, a.im, b.re, b.im].iter().any(|x| x.is_infinite()) {
        return Ok(Value::Bool(false));
    }
    let magnitude = |z: C| complex_math::abs(z).unwrap_or(f64::INFINITY);
    let diff = magnitude(complex_math::sub(a, b));
    Ok(Value::Bool(
        diff <= rel_tol * magnitude(b) || diff <= rel_tol * magnitude(a) || diff <= abs_tol,
    ))
}

const OTHER: &[MethodDef] = &[
    method!("log", cmath_log, Unpack(1, 2)),
    method!("phase", cmath_phase, One),
    method!("polar", cmath_polar, One),
    method!("rect", cmath_rect, Unpack(2, 2)),
    method!("isfinite", cmath_isfinite, One),
    method!("isinf", cmath_isinf, One),
    method!("isnan", cmath_isnan, One),
    method!("isclose", cmath_isclose),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("cmath", &[]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for f in UNARY.iter().chain(OTHER) {
        let func =
            crate::objects::callables::function::BuiltinFunctionObj::function_ref(f, Some("cmath"));
        d.set_str(intern(f.name), Value::Obj(func));
    }
    let (inf, nan) = (f64::INFINITY, f64::NAN);
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", inf),
        ("nan", nan),
    ] {
        d.set_str(intern(name), Value::float(v));
    }
    d.set_str(intern("infj"), new_complex(0.0, inf));
    d.set_str(intern("nanj"), new_complex(0.0, nan));
    Ok(module)
}
