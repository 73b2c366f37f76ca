//! `float`: arithmetic with CPython's special cases
//! (floor division and modulo signs, `**` with zeros, infinities and overflow), exact
//! comparison against ints of any size, `float(str)` parsing, and the float methods.
//!
//! Also the exact int-to-float conversions the int type needs: [`ratio_to_f64`] rounds a
//! ratio of big ints correctly (so `10**400 / 10**399 == 10.0`).
//!
//! A plain float is an immediate unless it is a NaN: a NaN is a heap [`FloatObj`] of type
//! `float` ([`boxed_nan`]), so that it has an identity of its own (see `value`). An instance
//! of a float subclass (`class F(float)`) is a heap `FloatObj` too (plus its dict). Every float
//! slot and method accepts both through [`float_of`]; arithmetic returns a plain float, as in
//! CPython.
//!
//! A negative float raised to a fractional power is complex, as in CPython: `**` hands it
//! to complex arithmetic ([`float_binary_values`]); [`float_pow`], for Rust callers that
//! want a float, raises `ValueError: negative number cannot be raised to a fractional power`
//! (Python 2's message) instead.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::RefCell;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use super::float_repr::{decompose, repr_f64};
use super::hash;
use super::int::{as_int, call_special, int_value, not_implemented, ordering_matches, IntRef};
use crate::exc;
use crate::method;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::classes::typeobj::{MethodDef, TypeObject, TypeSlots};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::strings::str::{as_str, new_str, StrObj};
use crate::objects::trace::{take_slots, visit_values, Trace};
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::operators::{BinOp, UnaryOp};
use crate::vm::{Args, PyResult, Vm};

/// The payload of an instance of a float subclass.
pub struct FloatObj {
    pub value: f64,
    /// `__slots__` values (`Value::Null` while unset).
    pub slots: RefCell<Vec<Value>>,
}

impl Trace for FloatObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(s) = self.slots.try_borrow() {
            visit_values(&s, visit);
        }
    }
    // (a float subclass's `__slots__` values can make a cycle: `f.x = f`)
    fn clear(&self) {
        take_slots(&self.slots);
    }
}

/// A new heap float of type `float` holding the NaN `f` ([`Value::float`]'s slow path).
#[cold]
#[inline(never)]
pub fn boxed_nan(f: f64) -> Value {
    Value::Obj(PyRef::new(
        &types().float,
        FloatObj {
            value: f,
            slots: RefCell::new(Vec::new()),
        },
    ))
}

/// The value of a float or of an instance of a float subclass.
#[inline]
pub fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => o.downcast::<FloatObj>().map(|f| f.value),
        _ => None,
    }
}

/// The number in `v` as a float: `Ok(None)` if `v` is not an int or float; OverflowError for
/// an int too large.
#[inline]
pub fn as_f64(v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => Ok(Some(*f)),
        Value::Int(i) => Ok(Some(*i as f64)),
        Value::Bool(b) => Ok(Some(*b as i64 as f64)),
        _ => match as_int(v) {
            Some(i) => i.to_f64().map(Some),
            None => Ok(float_of(v)),
        },
    }
}

/// `x * 2**k`, rounding once.
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while k > 1023 {
        x *= pow2(1023);
        k -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1022 {
        // The first step keeps an integer-valued x normal (x >= 1), so only the last rounds.
        x *= pow2(-1022);
        k += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(k)
}

/// `a / b` for `a >= 0`, `b > 0`, correctly rounded; `None` if it overflows a float.
pub fn ratio_to_f64(a: &BigInt, b: &BigInt) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    // a / b lies in (2**(e-1), 2**(e+1)).
    let e = a.bits() as i64 - b.bits() as i64;
    if e > 1025 {
        return None;
    }
    if e < -1080 {
        return Some(0.0);
    }
    // Keep two bits below the result's last bit (53 significant bits, or the subnormal
    // grid 2**-1074), plus a sticky bit for the remainder: one rounding, half to even.
    let shift = (e - 55).max(-1076);
    let (n, d) = if shift >= 0 {
        (a.clone(), b << shift as usize)
    } else {
        (a << (-shift) as usize, b.clone())
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1;
    }
    let x = ldexp(q as f64, shift);
    (x.is_finite()).then_some(x)
}

/// The exact int value of an integral finite float.
pub fn f64_to_bigint(t: f64) -> BigInt {
    BigInt::from_f64(t).unwrap_or_default()
}

/// `i op f` for an int and a float, exactly (no rounding of big ints).
pub fn compare_int_float(i: IntRef, f: f64, op: CompareKind) -> bool {
    use std::cmp::Ordering::*;
    if f.is_nan() {
        return op == CompareKind::Ne;
    }
    let ord = if f.is_infinite() {
        if f > 0.0 {
            Less
        } else {
            Greater
        }
    } else {
        match i {
            IntRef::Small(x) if x.unsigned_abs() <= 1 << 53 => {
                (x as f64).partial_cmp(&f).unwrap_or(Equal)
            }
            _ => {
                // Compare with floor(f), then let the fractional part break a tie.
                let fl = f.floor();
                let by_floor = match i {
                    IntRef::Small(x) => {
                        if fl >= 9.223_372_036_854_776e18 {
                            Less
                        } else if fl < -9.223_372_036_854_776e18 {
                            Greater
                        } else {
                            x.cmp(&(fl as i64))
                        }
                    }
                    IntRef::Big(b) => b.cmp(&f64_to_bigint(fl)),
                };
                match by_floor {
                    Equal if f > fl => Less,
                    o => o,
                }
            }
        }
    };
    ordering_matches(ord, op)
}

fn float_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let Some(x) = float_of(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = float_of(b) {
        let r = match op {
            CompareKind::Lt => x < y,
            CompareKind::Le => x <= y,
            CompareKind::Eq => x == y,
            CompareKind::Ne => x != y,
            CompareKind::Gt => x > y,
            CompareKind::Ge => x >= y,
        };
        return Ok(Value::Bool(r));
    }
    match as_int(b) {
        Some(i) => Ok(Value::Bool(compare_int_float(i, x, op.reflected()))),
        None => Ok(not_implemented()),
    }
}

/// Python's `divmod` on floats (`y != 0`): the floored quotient and the remainder with the
/// divisor's sign (CPython's `float_divmod`).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Python's `%` on floats (`y != 0`).
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `x ** y` on floats with CPython's special cases and errors.
pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(exc!(
                zero_division_error,
                "0.0 cannot be raised to a negative power"
            ));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Err(exc!(
                value_error,
                "negative number cannot be raised to a fractional power"
            ));
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(PyErr::with_args(
            &types().exc.overflow_error,
            vec![
                Value::Int(34),
                Value::Obj(new_str("Numerical result out of range")),
            ],
        ));
    }
    Ok(if negate { -r } else { r })
}

/// `a op b` where either side is a float and the other a float or an int.
pub fn float_binary_values(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mult
            | BinOp::Div
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
    ) {
        return Ok(not_implemented());
    }
    let (Some(x), Some(y)) = (as_f64(a)?, as_f64(b)?) else {
        return Ok(not_implemented());
    };
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(exc!(zero_division_error, "float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(exc!(zero_division_error, "float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(exc!(zero_division_error, "float modulo"));
            }
            float_mod(x, y)
        }
        _ if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() => {
            use super::complex_math::C;
            return super::complex::complex_pow(C::new(x, 0.0), C::new(y, 0.0));
        }
        _ => float_pow(x, y)?,
    };
    Ok(Value::float(r))
}

fn float_binary(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    float_binary_values(op, a, b)
}

fn float_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let Some(x) = float_of(v) else {
        return Ok(not_implemented());
    };
    match op {
        UnaryOp::USub => Ok(Value::float(-x)),
        UnaryOp::UAdd => Ok(Value::Float(x)),
        UnaryOp::Not => Ok(Value::Bool(x == 0.0)),
        UnaryOp::Invert => Err(exc!(
            type_error,
            "bad operand type for unary ~: '{}'",
            v.type_name()
        )),
    }
}

fn float_value(v: &Value) -> f64 {
    float_of(v).unwrap_or(0.0)
}

fn float_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(repr_f64(float_value(v))))
}

fn float_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let x = float_value(v);
    if x.is_nan() {
        // By identity, as CPython 3.10+: distinct NaNs are distinct set members and dict keys.
        return Ok((vm.id(v) as u64).rotate_right(4) as i64);
    }
    Ok(hash::hash_float(x))
}

fn float_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(float_value(v) != 0.0)
}

// ---------------------------------------------------------------------------------------
// float(x)

/// Parses `s` as `float(s)` does: surrounding whitespace, sign, `inf`/`infinity`/`nan` in
/// any case, digits with single underscores between them, any Unicode decimal digits.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(crate::objects::strings::unicode::is_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let special = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // Normalise to ASCII without underscores, checking the grammar as we go:
    // digits ['.' [digits]] | '.' digits, then optionally [eE] [sign] digits.
    let mut clean = String::with_capacity(body.len() + 1);
    if neg {
        clean.push('-');
    }
    let mut chars = body.chars().peekable();
    // One run of digits with single underscores between them; returns the digit count.
    let digit_run = |clean: &mut String, chars: &mut std::iter::Peekable<std::str::Chars>| {
        let mut n = 0;
        loop {
            match chars.peek().copied() {
                Some('_') if n > 0 => {
                    chars.next();
                    match chars
                        .peek()
                        .copied()
                        .and_then(crate::objects::strings::unicode::decimal_value)
                    {
                        Some(_) => {}
                        None => return None,
                    }
                }
                Some(c) => match crate::objects::strings::unicode::decimal_value(c) {
                    Some(d) => {
                        clean.push(char::from(b'0' + d as u8));
                        chars.next();
                        n += 1;
                    }
                    None => return Some(n),
                },
                None => return Some(n),
            }
        }
    };
    let int_digits = digit_run(&mut clean, &mut chars)?;
    let mut frac_digits = 0;
    if chars.peek() == Some(&'.') {
        chars.next();
        clean.push('.');
        frac_digits = digit_run(&mut clean, &mut chars)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(chars.peek(), Some('e' | 'E')) {
        chars.next();
        clean.push('e');
        if let Some(&c @ ('+' | '-')) = chars.peek() {
            clean.push(c);
            chars.next();
        }
        if digit_run(&mut clean, &mut chars)? == 0 {
            return None;
        }
    }
    if chars.next().is_some() {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// CPython's TypeError for a `__float__` (or `__index__`) that returned the wrong type.
pub fn returned_non_float(x: &Value, name: &str, r: &Value) -> crate::vm::PyErr {
    if name == "__index__" {
        return exc!(
            type_error,
            "__index__ returned non-int (type {})",
            r.type_name()
        );
    }
    exc!(
        type_error,
        "{}.{} returned non-float (type {})",
        x.type_name(),
        name,
        r.type_name()
    )
}

/// `float(x)` for any value.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    // An int or float subclass's own `__float__` comes first (CPython's `nb_float`).
    let own = crate::vm::protocol::python_override(x, crate::interned!("__float__"));
    if let Some(f) = own.filter(|_| as_int(x).is_some() || float_of(x).is_some()) {
        let r = vm.call_found(f, x, &[])?;
        return float_of(&r).ok_or_else(|| {
            exc!(
                type_error,
                "{}.__float__ returned non-float (type {})",
                x.type_name(),
                r.type_name()
            )
        });
    }
    if let Some(f) = as_f64(x)? {
        return Ok(f);
    }
    let text: Option<String> = if let Some(s) = x.downcast::<StrObj>() {
        Some(s.as_str().to_string())
    } else {
        x.downcast::<BytesObj>().map(|b| {
            b.bytes
                .iter()
                .map(|&c| if c.is_ascii() { c as char } else { '\u{fffd}' })
                .collect()
        })
    };
    if let Some(t) = text {
        return match parse_float(&t) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(exc!(
                    value_error,
                    "could not convert string to float: {}",
                    r
                ))
            }
        };
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = call_special(vm, x, name)? {
            if let Some(f) = float_of(&r) {
                return Ok(f);
            }
            return match as_int(&r) {
                Some(i) if name == "__index__" => i.to_f64(),
                _ => Err(returned_non_float(x, name, &r)),
            };
        }
    }
    // Any other buffer (memoryview, array) is read as the bytes it holds.
    if let Some(b) = crate::objects::binary::buffer::buffer(x) {
        return float_from_value(vm, &crate::objects::binary::bytes::bytes_value(b));
    }
    Err(exc!(
        type_error,
        "float() argument must be a string or a real number, not '{}'",
        x.type_name()
    ))
}

fn float_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("float")?;
    args.check_count("float", 0, 1)?;
    // `float(x)` of an exact float is `x` itself (a NaN keeps its identity).
    if let Some(x) = args.pos().first() {
        if cls.ptr_eq(&types().float) && x.class().ptr_eq(&types().float) {
            return Ok(x.clone());
        }
    }
    let value = match args.pos().first() {
        None => 0.0,
        Some(x) => float_from_value(vm, x)?,
    };
    if cls.ptr_eq(&types().float) {
        return Ok(Value::float(value));
    }
    // A float subclass: a heap float of that class.
    let nslots = cls.downcast::<TypeObject>().map_or(0, |t| t.nslots);
    let slots = RefCell::new(vec![Value::Null; nslots]);
    Ok(Value::Obj(crate::objects::classes::class::alloc(
        cls,
        FloatObj { value, slots },
    )))
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(float_repr),
    hash: Some(float_hash),
    richcompare: Some(float_richcompare),
    binary: Some(float_binary),
    unary: Some(float_unary),
    bool: Some(float_bool),
    new: Some(float_new),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: crate::objects::numbers::int::FLOAT_GETSETS,
};

// ---------------------------------------------------------------------------------------
// Methods

/// The receiver's value (the table checked it is a float, maybe of a subclass).
fn this(args: &Args) -> f64 {
    float_of(args.receiver()).expect("checked by the method table")
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this(&args);
    Ok(Value::Bool(x.is_finite() && x == x.trunc()))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this(&args);
    if x.is_nan() {
        return Err(exc!(value_error, "cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(exc!(
            overflow_error,
            "cannot convert Infinity to integer ratio"
        ));
    }
    let (mut m, mut e) = decompose(x.abs());
    if m == 0 {
        return Ok(Value::Obj(TupleObj::new_ref(vec![
            Value::Int(0),
            Value::Int(1),
        ])));
    }
    let tz = m.trailing_zeros() as i32;
    m >>= tz;
    e += tz;
    let sign = if x < 0.0 { -1 } else { 1 };
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, BigInt::from(1))
    } else {
        (BigInt::from(m), BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::Obj(TupleObj::new_ref(vec![
        int_value(num * sign),
        int_value(den),
    ])))
}

/// `float.hex()`: `0x1.8000000000000p+1`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 && frac == 0 {
        return format!("{sign}0x0.0p+0");
    }
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.unsigned_abs())
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this(&args);
    Ok(Value::Obj(new_str(float_to_hex(x))))
}

/// Parses `float.fromhex`'s format (`[sign] ['0x'] hexdigits ['.' hexdigits] ['p' exp]`,
/// or inf/nan), correctly rounded; ValueError for bad syntax, OverflowError past the range.
pub fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || exc!(value_error, "invalid hexadecimal floating-point string");
    let s = s.trim_matches(crate::objects::strings::unicode::is_space);
    if let Some(v) = parse_float(s).filter(|v| !v.is_finite()) {
        return Ok(v);
    }
    let (neg, mut body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if body.len() >= 2 && body.is_char_boundary(2) && body[..2].eq_ignore_ascii_case("0x") {
        body = &body[2..];
    }
    let (mant, exp) = match body.find(['p', 'P']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(invalid());
    }
    let mut m = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        m = m * 16 + c.to_digit(16).ok_or_else(invalid)?;
    }
    let mut e: i64 = match exp {
        Some(t) => {
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            t.parse::<i64>().unwrap_or(if t.starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            })
        }
        None => 0,
    };
    // Far beyond any float: clamp so the shifts below stay small.
    e = e.clamp(-1_000_000, 1_000_000) - 4 * fp.len() as i64;
    let one = BigInt::from(1);
    let v = if m.is_zero() {
        Some(0.0)
    } else if e >= 0 {
        ratio_to_f64(&(m << e as usize), &one)
    } else {
        ratio_to_f64(&m, &(one << (-e) as usize))
    }
    .ok_or_else(|| {
        exc!(
            overflow_error,
            "hexadecimal value too large to represent as a float"
        )
    })?;
    Ok(if neg { -v } else { v })
}

/// `float.fromhex(s)`, a classmethod: `F.fromhex(s)` is `F(float.fromhex(s))` for a subclass.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, arg) = (&args.values[0], &args.values[1]);
    let Some(s) = as_str(arg) else {
        return Err(exc!(type_error, "bad argument type for built-in operation"));
    };
    let value = Value::float(parse_hex_float(s)?);
    match cls {
        Value::Obj(c) if !c.ptr_eq(&types().float) => vm.call(cls, Args::positional(&[value])),
        _ => Ok(value),
    }
}

fn float_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(this(&args)))
}

/// `__trunc__` / `__int__`: truncation to int.
fn float_trunc(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::numbers::int::float_to_int(this(&args))
}

fn float_floor(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::numbers::int::float_to_int(this(&args).floor())
}

fn float_ceil(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::numbers::int::float_to_int(this(&args).ceil())
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = &args.params()[0];
    let Some(spec) = as_str(spec) else {
        return Err(exc!(
            type_error,
            "__format__() argument must be str, not {}",
            spec.type_name()
        ));
    };
    let spec = spec.to_string();
    crate::objects::strings::format::format_value(vm, args.receiver(), &spec).map(Value::Obj)
}

fn float_abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(this(&args).abs()))
}

/// `__float__`: the plain float (also of a subclass instance).
fn float_float(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(this(&args)))
}

fn float_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this(&args);
    Ok(Value::Obj(TupleObj::new_ref(vec![Value::float(x)])))
}

/// `float.__round__(ndigits=None)` (what `round()` finds on a float subclass).
fn float_round(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this(&args);
    let nd = match args.params() {
        [n] if !n.is_none() => {
            let i = crate::objects::numbers::int::index_value(n)?;
            Some(
                i.to_i64()
                    .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }),
            )
        }
        _ => None,
    };
    round_float(x, nd)
}

/// `round(x[, ndigits])` of a float: an int without `ndigits`, else a float.
pub fn round_float(x: f64, nd: Option<i64>) -> PyResult<Value> {
    match nd {
        None => crate::objects::numbers::int::float_to_int(x.round_ties_even()),
        Some(n) => crate::objects::numbers::float_repr::round_f64(x, n)
            .map(Value::Float)
            .ok_or_else(|| exc!(overflow_error, "rounded value too large to represent")),
    }
}

pub const METHODS: &[MethodDef] = &[
    crate::class_method!("fromhex", float_fromhex, One),
    method!("__abs__", float_abs, Wrapper(0)),
    method!("__float__", float_float, Wrapper(0)),
    method!("__int__", float_trunc, Wrapper(0)),
    method!("__round__", float_round, Pos(0, 1)),
    method!("__getnewargs__", float_getnewargs, NoArgs),
    method!("is_integer", float_is_integer, NoArgs),
    method!("as_integer_ratio", float_as_integer_ratio, NoArgs),
    method!("hex", float_hex, NoArgs),
    method!("conjugate", float_conjugate, NoArgs),
    method!("__trunc__", float_trunc, NoArgs),
    method!("__floor__", float_floor, NoArgs),
    method!("__ceil__", float_ceil, NoArgs),
    method!("__format__", float_format, One),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse() {
        assert_eq!(parse_float(" -1e3 "), Some(-1000.0));
        assert_eq!(parse_float("1_000.0_1e1_0"), Some(10000100000000.0));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("१.५"), Some(1.5));
        assert_eq!(parse_float("1e500"), Some(f64::INFINITY));
        for bad in [
            "", ".", "1e", "_1", "1._5", "1__0", "0x10", "in f", "1_", "e5", "1e+",
        ] {
            assert_eq!(parse_float(bad), None, "{bad:?}");
        }
        assert_eq!(parse_hex_float("0x1.8p1").ok(), Some(3.0));
        assert_eq!(float_to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
    }

    #[test]
    fn ratio_rounding() {
        let b = |s: &str| s.parse::<BigInt>().unwrap();
        let p = |e: u32| num_traits::pow::Pow::pow(BigInt::from(10), e);
        assert_eq!(ratio_to_f64(&p(400), &p(399)), Some(10.0));
        assert_eq!(ratio_to_f64(&p(400), &b("1")), None);
        assert_eq!(ratio_to_f64(&b("1"), &p(320)), Some(1e-320));
        assert_eq!(ratio_to_f64(&b("1"), &b("3")), Some(1.0 / 3.0));
        let two = BigInt::from(2);
        let pow2 = |e: u32| num_traits::pow::Pow::pow(&two, e);
        assert_eq!(ratio_to_f64(&(pow2(1024) - pow2(970)), &b("1")), None);
        assert_eq!(
            ratio_to_f64(&(pow2(1024) - pow2(971)), &b("1")),
            Some(f64::MAX)
        );
        // 2**53 + 1 rounds to even.
        assert_eq!(
            ratio_to_f64(&(pow2(53) + 1), &b("1")),
            Some(9007199254740992.0)
        );
        assert_eq!(
            ratio_to_f64(&(pow2(53) + 3), &b("1")),
            Some(9007199254740996.0)
        );
    }

    #[test]
    fn floor_semantics() {
        assert_eq!(float_divmod(-7.5, 2.0), (-4.0, 0.5));
        assert_eq!(float_divmod(7.5, -2.0), (-4.0, -0.5));
        assert_eq!(float_mod(-0.0, 5.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(float_mod(1.0, -5.0), -4.0);
    }
}
