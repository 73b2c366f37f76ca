//! The integer functions of `math`: `gcd`, `lcm`, `isqrt`, `factorial`, `comb`, `perm`.
//! Results are exact ints of any size; products of many factors are split in halves so the
//! big multiplications stay balanced (as CPython's binary-split factorial).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::numbers::int::{as_int, int_value};
use crate::objects::Value;
use crate::vm::params::{to_bigint, to_index};
use crate::vm::{Args, PyResult, Vm};

/// `gcd(*integers)` / `lcm(*integers)`: folds `step` over the arguments (each checked to be
/// an int even once the result is settled, as CPython does).
fn fold_ints(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    empty: i64,
    step: fn(&BigInt, &BigInt) -> BigInt,
) -> PyResult<Value> {
    args.no_kwargs(fname)?;
    let mut acc: Option<BigInt> = None;
    for v in args.pos() {
        let x = to_bigint(vm, v)?;
        acc = Some(match acc {
            None => x.abs(),
            Some(a) => step(&a, &x),
        });
    }
    Ok(int_value(acc.unwrap_or_else(|| BigInt::from(empty))))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold_ints(vm, args, "math.gcd", 0, |a, b| a.gcd(b))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold_ints(vm, args, "math.lcm", 1, |a, b| {
        if a.is_zero() || b.is_zero() {
            BigInt::zero()
        } else {
            (a / a.gcd(b) * b).abs()
        }
    })
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = to_bigint(vm, &args.pos()[0])?;
    if n.is_negative() {
        return Err(exc!(value_error, "isqrt() argument must be nonnegative"));
    }
    Ok(int_value(n.sqrt()))
}

/// The product of `lo, lo+step, ...` below `hi` (`step` 1 or 2), split in halves.
fn range_product(lo: u64, hi: u64, step: u64) -> BigInt {
    let count = (hi.saturating_sub(lo)).div_ceil(step);
    if count <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        let mut k = lo;
        while k < hi {
            match small.checked_mul(k) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = k;
                }
            }
            k += step;
        }
        return acc * small;
    }
    let mid = lo + (count / 2) * step;
    range_product(lo, mid, step) * range_product(mid, hi, step)
}

/// `n!` for `n >= 0`.
pub fn factorial_of(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(2, n + 1, 1)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = to_index(vm, &args.pos()[0])?;
    factorial_value(&n)
}

fn factorial_value(n: &Value) -> PyResult<Value> {
    match as_int(n).map(|i| (i.is_negative(), i.to_i64())) {
        Some((true, _)) => Err(exc!(
            value_error,
            "factorial() not defined for negative values"
        )),
        Some((false, Some(n))) => Ok(int_value(factorial_of(n as u64))),
        _ => Err(exc!(
            overflow_error,
            "factorial() argument should not exceed {}",
            i64::MAX
        )),
    }
}

/// `n * (n-1) * ... * (n-k+1)` for a big `n`, split in halves.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    match k {
        0 => BigInt::one(),
        1 => n.clone(),
        _ => {
            let j = k / 2;
            falling_product(n, j) * falling_product(&(n - j), k - j)
        }
    }
}

/// The non-negative ints `n` and `k` of `comb`/`perm`, with CPython's errors.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_bigint(vm, n)?;
    let k = to_bigint(vm, k)?;
    if n.is_negative() {
        return Err(exc!(value_error, "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(exc!(value_error, "k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(k) = p.get(1).filter(|k| !k.is_none()) else {
        let n = to_index(vm, &p[0])?;
        return factorial_value(&n);
    };
    let (n, k) = n_and_k(vm, &p[0], k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(exc!(overflow_error, "k must not exceed {}", i64::MAX));
    };
    Ok(int_value(falling_product(&n, k)))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (n, k) = n_and_k(vm, &p[0], &p[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(exc!(
            overflow_error,
            "min(n - k, k) must not exceed {}",
            i64::MAX
        ));
    };
    Ok(int_value(falling_product(&n, k) / factorial_of(k)))
}

pub const FUNCTIONS: &[MethodDef] = &[
    method!("gcd", gcd),
    method!("lcm", lcm),
    method!("isqrt", isqrt, One),
    method!("factorial", factorial, One),
    method!("perm", perm, Pos(1, 2)),
    method!("comb", comb, Pos(2, 2)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products() {
        assert_eq!(factorial_of(20), BigInt::from(2_432_902_008_176_640_000u64));
        let f100 = factorial_of(100);
        assert_eq!(f100.to_string().len(), 158);
        assert_eq!(falling_product(&BigInt::from(10), 3), BigInt::from(720));
    }
}
