//! Builtins: abs, divmod, pow, round, hex, bin, oct, chr, ord, format: the numeric builtins.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::exc;
use crate::method;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::callables::bind::bind;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::numbers::complex::{complex_of, operand};
use crate::objects::numbers::float::float_divmod;
use crate::objects::numbers::int::{
    as_int, big_binary, call_special, index_value, int_value, magnitude_digits, small_binary,
    IntRef,
};
use crate::objects::strings::str::{char_str, new_str, StrObj};
use crate::objects::Value;
use crate::operators::BinOp;
use crate::vm::{Args, PyResult, Vm};

/// A binary-op result on two ints, via the fast path when both are immediates.
fn int_op(op: BinOp, a: IntRef, b: IntRef) -> PyResult<Value> {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => small_binary(op, x, y),
        _ => big_binary(op, &a.big(), &b.big()),
    }
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    match (v, as_int(v)) {
        (Value::Float(f), _) => Ok(Value::Float(f.abs())),
        (_, Some(IntRef::Small(i))) => Ok(match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => int_value(BigInt::from(i).abs()),
        }),
        (_, Some(IntRef::Big(b))) => Ok(int_value(b.abs())),
        _ => match call_special(vm, v, "__abs__")? {
            Some(r) => Ok(r),
            None => Err(exc!(
                type_error,
                "bad operand type for abs(): '{}'",
                v.type_name()
            )),
        },
    }
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    let pair = |x: Value, y: Value| Value::Obj(TupleObj::new_ref(vec![x, y]));
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if y.is_zero() {
            return Err(exc!(
                zero_division_error,
                "integer division or modulo by zero"
            ));
        }
        return Ok(pair(
            int_op(BinOp::FloorDiv, x, y)?,
            int_op(BinOp::Mod, x, y)?,
        ));
    }
    let fa = crate::objects::numbers::float::as_f64(a)?;
    let fb = crate::objects::numbers::float::as_f64(b)?;
    if let (Some(x), Some(y)) = (fa, fb) {
        if y == 0.0 {
            return Err(exc!(zero_division_error, "float divmod()"));
        }
        let (q, r) = float_divmod(x, y);
        return Ok(pair(Value::float(q), Value::float(r)));
    }
    // Other types: `__divmod__` / `__rdivmod__` on user classes.
    if let Some(f) = lookup(a, "__divmod__") {
        let r = vm.call(&f, Args::positional(&[a.clone(), b.clone()]))?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = lookup(b, "__rdivmod__") {
        let r = vm.call(&f, Args::positional(&[b.clone(), a.clone()]))?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(exc!(
        type_error,
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.type_name(),
        b.type_name()
    ))
}

fn lookup(v: &Value, name: &str) -> Option<Value> {
    crate::objects::classes::typeobj::TypeObject::lookup(
        v.class(),
        &crate::objects::strings::str::intern(name),
    )
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ptr_eq(&crate::objects::types().not_implemented))
}

/// `pow(base, exp, mod)` for ints: modular exponentiation, with the modular inverse for a
/// negative exponent; the result takes the modulus's sign.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(exc!(value_error, "pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let mut b = base.mod_floor(&am);
    let mut e = exp.clone();
    if e.is_negative() {
        // The inverse of b modulo |m| via the extended Euclidean algorithm.
        let g = b.extended_gcd(&am);
        if !g.gcd.is_one() {
            return Err(exc!(
                value_error,
                "base is not invertible for the given modulus"
            ));
        }
        b = g.x.mod_floor(&am);
        e = -e;
    }
    let mut r = b.modpow(&e, &am);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(int_value(r))
}

fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [base, exp, m] = bind(&args, "pow", ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.unwrap_or(&Value::None), exp.unwrap_or(&Value::None));
    match m {
        None | Some(Value::None) => vm.binary_op(BinOp::Pow, base, exp, false),
        Some(m) => match (as_int(base), as_int(exp), as_int(m)) {
            (Some(b), Some(e), Some(md)) => int_pow_mod(&b.big(), &e.big(), &md.big()),
            // complex's `__pow__` is reached (by any of the three) and refuses a modulus.
            _ if [base, exp, m].iter().any(|v| complex_of(v).is_some())
                && operand(base)?.is_some()
                && operand(exp)?.is_some() =>
            {
                Err(exc!(value_error, "complex modulo"))
            }
            // A class's three-argument `__pow__(exp, mod)`.
            _ if let Some(f) = crate::objects::classes::typeobj::TypeObject::lookup(
                base.class(),
                crate::interned!("__pow__"),
            )
            .filter(|f| {
                f.downcast::<crate::objects::classes::slotdefs::SlotWrapperObj>()
                    .is_none()
            }) =>
            {
                vm.call_found(f, base, &[exp.clone(), m.clone()])
            }
            _ => Err(exc!(
                type_error,
                "pow() 3rd argument not allowed unless all arguments are integers"
            )),
        },
    }
}

/// `round(i, n)` for an int and a negative `n`: half-even to a multiple of `10**-n`.
fn round_int(i: IntRef, n: i64) -> PyResult<Value> {
    if n >= 0 {
        return Ok(int_value(i.big()));
    }
    let x = i.big();
    // 10**k beyond |x| * 2 rounds to zero; skip building a giant power.
    let digits = (x.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let k = n.unsigned_abs();
    if k > digits {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), k as u32);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    Ok(int_value(q * p))
}

fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [number, ndigits] = bind(&args, "round", ["number", "ndigits"], 1)?;
    let number = number.unwrap_or(&Value::None);
    // An int or float subclass may define its own `__round__`; any other type's `__round__`
    // gets `ndigits` unconverted (Decimal reports its own error for a non-integer).
    let own = crate::vm::protocol::python_override(number, crate::interned!("__round__"));
    let builtin = own.is_none() && (as_int(number).is_some() || matches!(number, Value::Float(_)));
    if !builtin {
        let Some(f) = own.or_else(|| lookup(number, "__round__")) else {
            return Err(exc!(
                type_error,
                "type {} doesn't define __round__ method",
                number.type_name()
            ));
        };
        let mut a = vec![number.clone()];
        if let Some(n) = ndigits {
            a.push(n.clone());
        }
        return vm.call(&f, Args::positional(&a));
    }
    let nd = match ndigits {
        None | Some(Value::None) => None,
        Some(v) => {
            let i = index_value(v)?;
            Some(
                i.to_i64()
                    .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }),
            )
        }
    };
    if let Value::Float(x) = number {
        return crate::objects::numbers::float::round_float(*x, nd);
    }
    let i = as_int(number).expect("checked above");
    match nd {
        None => Ok(int_value(i.big())),
        Some(n) => round_int(i, n),
    }
}

/// `hex`, `oct`, `bin`: `-0x1f`.
fn radix_string(vm: &mut Vm, args: Args, radix: u32, prefix: &str) -> PyResult<Value> {
    let v = crate::objects::classes::class_slots::to_index(vm, &args.pos()[0])?;
    let i = index_value(&v)?;
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(Value::Obj(new_str(format!(
        "{sign}{prefix}{}",
        magnitude_digits(i, radix)
    ))))
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, args, 16, "0x")
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, args, 8, "0o")
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, args, 2, "0b")
}

/// `chr(i)`. pyvm's strs are UTF-8, so surrogate code points (U+D800..U+DFFF) cannot be
/// represented: they raise ValueError "surrogates not allowed".
fn builtin_chr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = index_value(&args.pos()[0])?;
    let Some(cp) = i.to_i64().filter(|v| i32::try_from(*v).is_ok()) else {
        return Err(exc!(
            overflow_error,
            "Python int too large to convert to C int"
        ));
    };
    if !(0..0x110000).contains(&cp) {
        return Err(exc!(value_error, "chr() arg not in range(0x110000)"));
    }
    match char::from_u32(cp as u32) {
        Some(c) => Ok(Value::Obj(char_str(c))),
        None => Err(exc!(value_error, "surrogates not allowed")),
    }
}

fn builtin_ord(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    if let Some(s) = v.downcast::<StrObj>() {
        if s.char_len() == 1 {
            return Ok(Value::Int(
                s.as_str().chars().next().map_or(0, |c| c as i64),
            ));
        }
        return Err(exc!(
            type_error,
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ));
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        if b.bytes.len() == 1 {
            return Ok(Value::Int(b.bytes[0] as i64));
        }
        return Err(exc!(
            type_error,
            "ord() expected a character, but string of length {} found",
            b.bytes.len()
        ));
    }
    Err(exc!(
        type_error,
        "ord() expected string of length 1, but {} found",
        v.type_name()
    ))
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::strings::format::builtin_format(vm, args)
}

/// `ascii(x)`: `repr(x)` with non-ASCII characters escaped.
fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = vm.repr_string(&args.pos()[0])?;
    Ok(Value::Obj(new_str(
        crate::objects::strings::str::ascii_escape(&r),
    )))
}

pub const FUNCTIONS: &[MethodDef] = &[
    method!("abs", builtin_abs, One),
    method!("divmod", builtin_divmod, Pos(2, 2)),
    method!("pow", builtin_pow),
    method!("round", builtin_round),
    method!("hex", builtin_hex, One),
    method!("oct", builtin_oct, One),
    method!("bin", builtin_bin, One),
    method!("chr", builtin_chr, One),
    method!("ord", builtin_ord, One),
    method!("format", builtin_format),
    method!("ascii", builtin_ascii, One),
];
