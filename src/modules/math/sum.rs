//! Accurate sums and norms: `fsum` (Shewchuk's exact partials with CPython's final
//! half-even correction), `hypot` and `dist` (CPython's `vector_norm`: power-of-two scaling,
//! Veltkamp-Dekker squaring, compensated summation and a differential correction of the
//! square root), and `prod`.

use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::numbers::int::int_value;
use crate::objects::Value;
use crate::operators::BinOp;
use crate::vm::params::{self, to_f64};
use crate::vm::{Args, PyResult, Vm};

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = &args.pos()[0];
    let it = vm.iter(seq)?;
    // Non-overlapping partial sums, increasing in magnitude; their exact sum is the total.
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An inf or nan summand, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(exc!(overflow_error, "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(exc!(value_error, "-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    Ok(Value::float(sum_partials(&partials)))
}

/// The correctly rounded sum of `fsum`'s partials, from the top, stopping once inexact.
fn sum_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

/// `sqrt(sum(x*x for x in vec))` to within an ulp, without overflow or underflow. `max`
/// is the largest `|x|` (infinite if one is); `found_nan` whether one is a NaN.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0; // 2**27 + 1, the Veltkamp-Dekker split
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::frexp(max);
    // Compensated sums: `csum` starts at 1.0 so it always dominates the addends.
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    let mut frac3 = 0.0f64;
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &v in vec {
            let x = v / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = super::ldexp(1.0, -max_e);
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &v in vec {
        let (hi, lo) = split(v * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The Euclidean norm of `coords`.
fn norm(mut coords: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in coords.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&coords, max, found_nan)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("math.hypot")?;
    let mut coords = Vec::with_capacity(args.pos().len());
    for v in args.pos() {
        coords.push(to_f64(vm, v)?);
    }
    Ok(Value::float(norm(coords)))
}

fn as_tuple(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    // Any tuple is read directly (CPython's `PyTuple_Check`); anything else as `tuple(v)`.
    match v.downcast::<TupleObj>() {
        Some(t) => Ok(t.items.to_vec()),
        None => crate::objects::containers::seq::collect_fast(vm, v),
    }
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    let p = as_tuple(vm, &a[0])?;
    let q = as_tuple(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(exc!(
            value_error,
            "both points must have the same number of dimensions"
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (px, qx) in p.iter().zip(&q) {
        let px = to_f64(vm, px)?;
        let qx = to_f64(vm, qx)?;
        diffs.push(px - qx);
    }
    Ok(Value::float(norm(diffs)))
}

const PROD: params::Clinic = params::Clinic {
    fname: "prod",
    names: &["iterable", "start"],
    posonly: 1,
    minpos: 1,
    maxpos: 1,
};

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable, start] = PROD.bind(&args)?;
    let it = vm.iter(iterable.expect("required"))?;
    let mut acc = start.cloned().unwrap_or(int_value(1.into()));
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(BinOp::Mult, &acc, &item, false)?;
    }
    Ok(acc)
}

pub const FUNCTIONS: &[MethodDef] = &[
    method!("fsum", fsum, One),
    method!("hypot", hypot),
    method!("dist", dist, Pos(2, 2)),
    method!("prod", prod),
];
