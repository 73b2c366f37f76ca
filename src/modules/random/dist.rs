//! The continuous distributions of `random.Random`, ported from CPython's `random.py`.
//! `uniform`, `triangular`, `gauss`, `normalvariate` and `expovariate` combine their
//! arguments with Python arithmetic (so ints of any size and other number types behave as in
//! CPython); the rarer ones compute in floats, which is what `random.py` does for float
//! and small int arguments.

use super::{def, split, Gen};
use crate::exc;
use crate::objects::containers::seq::compare_bool;
use crate::objects::numbers::float::float_pow;
use crate::objects::Value;
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::params::{to_f64, PyDef};
use crate::vm::{Args, PyErr, PyResult, Vm};

const TWOPI: f64 = 2.0 * std::f64::consts::PI;

fn op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    vm.binary_op(op, a, b, false)
}

fn f(x: f64) -> Value {
    Value::float(x)
}

fn zero_division() -> PyErr {
    exc!(zero_division_error, "float division by zero")
}

fn fdiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division());
    }
    Ok(a / b)
}

/// `math.exp`, with its OverflowError.
fn exp(x: f64) -> PyResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(exc!(overflow_error, "math range error"));
    }
    Ok(r)
}

/// `math.log` / `math.sqrt` of a float, with their ValueError.
fn checked(x: f64, r: f64) -> PyResult<f64> {
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(exc!(value_error, "math domain error"));
    }
    Ok(r)
}

fn ln(x: f64) -> PyResult<f64> {
    checked(x, x.ln())
}

fn sqrt(x: f64) -> PyResult<f64> {
    checked(x, x.sqrt())
}

/// Splits off `self`, binds the rest to `spec`, and fills defaults.
fn with_args<'a, const N: usize>(
    args: &Args<'a>,
    spec: &PyDef,
    defaults: [Option<f64>; N],
) -> PyResult<(Gen<'a>, [Value; N])> {
    let (r, rest) = split(args)?;
    let bound: [Option<&Value>; N] = spec.bind(&rest)?;
    let mut out: [Value; N] = std::array::from_fn(|_| Value::None);
    for i in 0..N {
        out[i] = match (bound[i], defaults[i]) {
            (Some(v), _) => v.clone(),
            (None, Some(d)) => f(d),
            (None, None) => Value::None,
        };
    }
    Ok((r, out))
}

const UNIFORM: PyDef = def("Random.uniform", &["a", "b"], 2);

/// `a + (b - a) * random()`.
pub fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [a, b]) = with_args(&args, &UNIFORM, [None, None])?;
    let width = op(vm, BinOp::Sub, &b, &a)?;
    let u = r.random(vm)?;
    let scaled = op(vm, BinOp::Mult, &width, &f(u))?;
    op(vm, BinOp::Add, &a, &scaled)
}

const TRIANGULAR: PyDef = def("Random.triangular", &["low", "high", "mode"], 0);

pub fn triangular(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [mut low, mut high, mode]) =
        with_args(&args, &TRIANGULAR, [Some(0.0), Some(1.0), None])?;
    let mut u = f(r.random(vm)?);
    let mut c = if mode.is_none() {
        f(0.5)
    } else {
        let num = op(vm, BinOp::Sub, &mode, &low)?;
        let den = op(vm, BinOp::Sub, &high, &low)?;
        match op(vm, BinOp::Div, &num, &den) {
            Ok(c) => c,
            Err(e) if e.matches(&crate::objects::types().exc.zero_division_error) => {
                return Ok(low)
            }
            Err(e) => return Err(e),
        }
    };
    if compare_bool(vm, &u, &c, CompareKind::Gt)? {
        u = op(vm, BinOp::Sub, &f(1.0), &u)?;
        c = op(vm, BinOp::Sub, &f(1.0), &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let uc = op(vm, BinOp::Mult, &u, &c)?;
    let root = sqrt(to_f64(vm, &uc)?)?;
    let width = op(vm, BinOp::Sub, &high, &low)?;
    let scaled = op(vm, BinOp::Mult, &width, &f(root))?;
    op(vm, BinOp::Add, &low, &scaled)
}

/// `mu + z * sigma`.
fn shift_scale(vm: &mut Vm, mu: &Value, z: &Value, sigma: &Value) -> PyResult<Value> {
    let scaled = op(vm, BinOp::Mult, z, sigma)?;
    op(vm, BinOp::Add, mu, &scaled)
}

/// Kinderman and Monahan's ratio-of-uniforms normal deviate.
fn normal_z(vm: &mut Vm, r: &Gen) -> PyResult<f64> {
    let magic = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    loop {
        let u1 = r.random(vm)?;
        let u2 = 1.0 - r.random(vm)?;
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -ln(u2)? {
            return Ok(z);
        }
    }
}

const NORMAL: PyDef = def("Random.normalvariate", &["mu", "sigma"], 0);

pub fn normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [mu, sigma]) = with_args(&args, &NORMAL, [Some(0.0), Some(1.0)])?;
    let z = normal_z(vm, &r)?;
    shift_scale(vm, &mu, &f(z), &sigma)
}

const GAUSS: PyDef = def("Random.gauss", &["mu", "sigma"], 0);

/// Box-Muller: two deviates per pair of `random()` calls, the second kept for next time.
pub fn gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [mu, sigma]) = with_args(&args, &GAUSS, [Some(0.0), Some(1.0)])?;
    let mut z = r.gauss_next.replace(Value::None);
    if z.is_none() {
        let x2pi = r.random(vm)? * TWOPI;
        let g2rad = sqrt(-2.0 * ln(1.0 - r.random(vm)?)?)?;
        z = f(x2pi.cos() * g2rad);
        r.set_gauss_next(f(x2pi.sin() * g2rad));
    }
    shift_scale(vm, &mu, &z, &sigma)
}

const LOGNORM: PyDef = def("Random.lognormvariate", &["mu", "sigma"], 2);

pub fn lognormvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [mu, sigma]) = with_args(&args, &LOGNORM, [None, None])?;
    let z = normal_z(vm, &r)?;
    let n = shift_scale(vm, &mu, &f(z), &sigma)?;
    Ok(f(exp(to_f64(vm, &n)?)?))
}

const EXPO: PyDef = def("Random.expovariate", &["lambd"], 1);

/// `-log(1.0 - random()) / lambd`.
pub fn expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, [lambd]) = with_args(&args, &EXPO, [None])?;
    let e = -ln(1.0 - r.random(vm)?)?;
    op(vm, BinOp::Div, &f(e), &lambd)
}

/// The float arguments of the float-computed distributions.
fn floats<const N: usize>(vm: &mut Vm, vals: [Value; N]) -> PyResult<[f64; N]> {
    let mut out = [0.0; N];
    for (o, v) in out.iter_mut().zip(&vals) {
        *o = to_f64(vm, v)?;
    }
    Ok(out)
}

const VONMISES: PyDef = def("Random.vonmisesvariate", &["mu", "kappa"], 2);

pub fn vonmisesvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, vals) = with_args(&args, &VONMISES, [None, None])?;
    let [mu, kappa] = floats(vm, vals)?;
    if kappa <= 1e-6 {
        return Ok(f(TWOPI * r.random(vm)?));
    }
    let s = 0.5 / kappa;
    let rr = s + sqrt(1.0 + s * s)?;
    let z = loop {
        let u1 = r.random(vm)?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (rr + z);
        let u2 = r.random(vm)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)? {
            break z;
        }
    };
    let q = 1.0 / rr;
    let fv = (q + z) / (1.0 + q * z);
    let a = checked(fv, fv.acos())?;
    let theta = if r.random(vm)? > 0.5 { mu + a } else { mu - a };
    Ok(f(crate::objects::numbers::float::float_mod(theta, TWOPI)))
}

fn gamma(vm: &mut Vm, r: &Gen, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(exc!(
            value_error,
            "gammavariate: alpha and beta must be > 0.0"
        ));
    }
    if alpha > 1.0 {
        // Cheng's rejection algorithm.
        let ainv = sqrt(2.0 * alpha - 1.0)?;
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = r.random(vm)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - r.random(vm)?;
            let v = ln(u1 / (1.0 - u1))? / ainv;
            let x = alpha * exp(v)?;
            let z = u1 * u1 * u2;
            let rr = bbb + ccc * v - x;
            if rr + sg_magic - 4.5 * z >= 0.0 || rr >= ln(z)? {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-ln(1.0 - r.random(vm)?)? * beta);
    }
    // alpha < 1: the algorithm of Ahrens and Dieter (GS).
    let e = std::f64::consts::E;
    let x = loop {
        let u = r.random(vm)?;
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 {
            float_pow(p, 1.0 / alpha)?
        } else {
            -ln((b - p) / alpha)?
        };
        let u1 = r.random(vm)?;
        if p > 1.0 {
            if u1 <= float_pow(x, alpha - 1.0)? {
                break x;
            }
        } else if u1 <= exp(-x)? {
            break x;
        }
    };
    Ok(x * beta)
}

const GAMMA: PyDef = def("Random.gammavariate", &["alpha", "beta"], 2);

pub fn gammavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, vals) = with_args(&args, &GAMMA, [None, None])?;
    let [alpha, beta] = floats(vm, vals)?;
    gamma(vm, &r, alpha, beta).map(f)
}

const BETA: PyDef = def("Random.betavariate", &["alpha", "beta"], 2);

pub fn betavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, vals) = with_args(&args, &BETA, [None, None])?;
    let [alpha, beta] = floats(vm, vals)?;
    let y = gamma(vm, &r, alpha, 1.0)?;
    if y != 0.0 {
        return Ok(f(fdiv(y, y + gamma(vm, &r, beta, 1.0)?)?));
    }
    Ok(f(0.0))
}

const PARETO: PyDef = def("Random.paretovariate", &["alpha"], 1);

pub fn paretovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, vals) = with_args(&args, &PARETO, [None])?;
    let [alpha] = floats(vm, vals)?;
    let u = 1.0 - r.random(vm)?;
    Ok(f(float_pow(u, fdiv(-1.0, alpha)?)?))
}

const WEIBULL: PyDef = def("Random.weibullvariate", &["alpha", "beta"], 2);

pub fn weibullvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, vals) = with_args(&args, &WEIBULL, [None, None])?;
    let [alpha, beta] = floats(vm, vals)?;
    let u = 1.0 - r.random(vm)?;
    Ok(f(alpha * float_pow(-ln(u)?, fdiv(1.0, beta)?)?))
}
