//! `int` and `bool`. Ints that fit in an `i64` are immediates (`Value::Int`); larger ones are
//! heap `IntObj`s holding a `BigInt` (always outside the `i64` range, except for instances of
//! int subclasses). Every result goes through [`int_value`], which normalises back to the
//! immediate when it fits, so equal ints never differ in form.
//!
//! Arithmetic has an allocation-free `i64` fast path (checked operations falling back to
//! `BigInt` on overflow). `//` and `%` floor (the remainder takes the divisor's sign), `/` is
//! correctly rounded true division even for huge operands (see `float::ratio_to_f64`), and
//! results whose size a script controls (`2 ** n`, `1 << n`) are bounded by
//! [`MAX_INT_BITS`] so they raise MemoryError instead of aborting.
//!
//! Mixed int/float operations are delegated to `float`, so `1 + 2.5` works from either slot.

use crate::objects::classes::typeobj::TypeSpec;
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::float;
use super::hash;
use crate::exc;
use crate::getset;
use crate::method;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeObject, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::strings::str::{as_str, new_str, StrObj};
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::operators::{BinOp, UnaryOp};
use crate::vm::{Args, PyResult, Vm};

pub struct IntObj {
    pub value: BigInt,
}

// Holds no references: not a container.
impl Trace for IntObj {}

/// The largest int pyvm builds, in bits (512 MiB): bigger results raise MemoryError.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// `sys.get_int_max_str_digits()`: the most decimal digits `int(str)` and `str(int)` accept
/// (0 = no limit). CPython 3.11's default is 4300.
pub static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

/// An int operand borrowed from a value: an immediate (`int` or `bool`) or a heap int.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    /// The value as an owned `BigInt`.
    pub fn big(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// The value as a float: OverflowError "int too large to convert to float".
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(b) => float::ratio_to_f64(&b.abs(), &BigInt::one())
                .map(|f| if b.is_negative() { -f } else { f })
                .ok_or_else(|| exc!(overflow_error, "int too large to convert to float")),
        }
    }
}

/// The int in `v` (an `int`, a `bool`, or an instance of an int subclass), if it is one.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => o.downcast::<IntObj>().map(|b| IntRef::Big(&b.value)),
        _ => None,
    }
}

/// The int in `v` as a `BigInt`, if it is an int.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    as_int(v).map(IntRef::big)
}

/// An int value from a `BigInt`: the immediate when it fits in `i64`.
pub fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(PyRef::new(&types().int, IntObj { value: b })),
    }
}

/// The `NotImplemented` singleton as a value.
pub fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// `operator.index(v)` for the builtin ints: the int, or TypeError "'str' object cannot be
/// interpreted as an integer".
pub fn index_value(v: &Value) -> PyResult<IntRef<'_>> {
    as_int(v).ok_or_else(|| {
        exc!(
            type_error,
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )
    })
}

/// An index-sized integer (`'ab' * n`, `s.zfill(n)`): TypeError for non-ints, OverflowError
/// "cannot fit 'int' into an index-sized integer" past `i64`.
pub fn to_isize(v: &Value) -> PyResult<i64> {
    index_value(v)?.to_i64().ok_or_else(|| {
        exc!(
            overflow_error,
            "cannot fit 'int' into an index-sized integer"
        )
    })
}

/// An integer argument of a method taking a C `Py_ssize_t` (a width, a count): as
/// [`to_isize`] but with the OverflowError text of CPython's argument parsing.
pub fn to_ssize_arg(v: &Value) -> PyResult<i64> {
    index_value(v)?.to_i64().ok_or_else(|| {
        exc!(
            overflow_error,
            "Python int too large to convert to C ssize_t"
        )
    })
}

/// An integer argument of a method taking a C `int` (a tab size).
pub fn to_c_int_arg(v: &Value) -> PyResult<i64> {
    index_value(v)?
        .to_i64()
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| exc!(overflow_error, "Python int too large to convert to C int"))
}

/// ValueError for an int whose decimal form would pass `sys.get_int_max_str_digits()`.
fn check_str_digits(b: &BigInt) -> PyResult<()> {
    let limit = INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
    // 2**(bits-1) <= |b| < 2**bits bounds the digit count; convert to count exactly only
    // near the limit (never a huge number just to refuse it).
    let bits = b.bits() as f64;
    let log2 = std::f64::consts::LOG10_2;
    if limit == 0 || bits * log2 < limit as f64 - 1.0 {
        return Ok(());
    }
    if (bits - 1.0) * log2 > limit as f64 + 1.0 || b.magnitude().to_string().len() > limit {
        return Err(exc!(
            value_error,
            "Exceeds the limit ({limit} digits) for integer string conversion; use \
             sys.set_int_max_str_digits() to increase the limit"
        ));
    }
    Ok(())
}

/// `str(i)` of an int.
pub fn int_to_string(i: IntRef) -> PyResult<String> {
    match i {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => {
            check_str_digits(b)?;
            Ok(b.to_string())
        }
    }
}

/// The digits of `|i|` in `radix` (2..=36), lowercase, without sign or prefix.
pub fn magnitude_digits(i: IntRef, radix: u32) -> String {
    match i {
        IntRef::Small(i) => {
            let m = i.unsigned_abs();
            match radix {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                10 => m.to_string(),
                16 => format!("{m:x}"),
                _ => BigInt::from(m).to_str_radix(radix),
            }
        }
        IntRef::Big(b) => b.magnitude().to_str_radix(radix),
    }
}

// ---------------------------------------------------------------------------------------
// Parsing: int('...', base)

/// Parses `s` as `int(s, base)` does (whitespace, sign, underscores, prefixes, any Unicode
/// decimal digits). `Ok(None)` means "invalid literal"; Err is the digit-limit ValueError.
pub fn parse_int(s: &str, base: u32) -> PyResult<Option<Value>> {
    let s = s.trim_matches(crate::objects::strings::unicode::is_space);
    let (neg, mut body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    let lower_prefix = |b: &str| -> Option<u32> {
        let p = b.get(..2)?.to_ascii_lowercase();
        match p.as_str() {
            "0x" => Some(16),
            "0o" => Some(8),
            "0b" => Some(2),
            _ => None,
        }
    };
    let mut had_prefix = false;
    if let Some(pb) = lower_prefix(body) {
        if base == 0 || base == pb {
            base = pb;
            body = &body[2..];
            had_prefix = true;
        }
    }
    let mut legacy_zero_check = false;
    if base == 0 {
        base = 10;
        legacy_zero_check = true;
    }
    // Collect digit values, checking the underscore rules: single underscores between digits,
    // or one right after a prefix.
    let mut digits: Vec<u8> = Vec::with_capacity(body.len());
    let mut prev_underscore = !had_prefix; // a leading underscore is only allowed after a prefix
    let mut first = true;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore {
                return Ok(None);
            }
            prev_underscore = true;
            first = false;
            continue;
        }
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 10,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => match crate::objects::strings::unicode::decimal_value(c) {
                Some(d) => d,
                None => return Ok(None),
            },
        };
        if d >= base {
            return Ok(None);
        }
        digits.push(d as u8);
        prev_underscore = false;
        first = false;
    }
    let _ = first;
    if digits.is_empty() || prev_underscore {
        return Ok(None);
    }
    if legacy_zero_check && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return Ok(None);
    }
    if !base.is_power_of_two() {
        let limit = INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
        if limit != 0 && digits.len() > limit {
            return Err(exc!(
                value_error,
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {} \
                 digits; use sys.set_int_max_str_digits() to increase the limit",
                digits.len()
            ));
        }
    }
    // Fast path: fits in an i64 without overflow checks.
    if digits.len() <= 12 || (base <= 10 && digits.len() <= 18) {
        let mut v: i64 = 0;
        for &d in &digits {
            v = v * base as i64 + d as i64;
        }
        return Ok(Some(Value::Int(if neg { -v } else { v })));
    }
    let Some(mag) = BigInt::from_radix_be(Sign::Plus, &digits, base) else {
        return Ok(None);
    };
    Ok(Some(int_value(if neg { -mag } else { mag })))
}

/// `repr` of a string truncated as CPython's `%.200R` does.
fn repr_200(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_string(v)?;
    Ok(r.chars().take(200).collect())
}

/// `int(x, base)` for a str or bytes `x`.
fn int_from_text(vm: &mut Vm, x: &Value, base: u32) -> PyResult<Value> {
    let text: Cow<str> = if let Some(s) = as_str(x) {
        Cow::Borrowed(s)
    } else if let Some(b) = x.downcast::<BytesObj>() {
        // Non-ASCII bytes can never form a valid literal; map them to an invalid char.
        Cow::Owned(
            b.bytes
                .iter()
                .map(|&c| if c.is_ascii() { c as char } else { '\u{fffd}' })
                .collect(),
        )
    } else if let Some(b) = x.downcast::<crate::objects::binary::bytearray::ByteArrayObj>() {
        // (read as the bytes it holds: CPython's message shows them as bytes too)
        let b = crate::objects::binary::bytes::bytes_value(b.data.borrow().clone());
        return int_from_text(vm, &b, base);
    } else {
        return Err(exc!(
            type_error,
            "int() can't convert non-string with explicit base"
        ));
    };
    match parse_int(&text, base)? {
        Some(v) => Ok(v),
        None => Err(exc!(
            value_error,
            "invalid literal for int() with base {}: {}",
            base,
            repr_200(vm, x)?
        )),
    }
}

/// Calls the special method `name` of `v`'s type with `v`, if the type defines it.
pub fn call_special(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = TypeObject::lookup(v.class(), &crate::objects::strings::str::intern(name)) else {
        return Ok(None);
    };
    // Bound as a method: a descriptor or other callable found on the type is called
    // as CPython's slot lookup would (`__get__` first), not handed `v`.
    vm.call_found(f, v, &[]).map(Some)
}

/// `int(x)` with no base: the int value of a number, a numeric string, or an object with
/// `__int__` / `__index__` / `__trunc__`.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    // A subclass's own `__int__` comes before the conversions of its base (CPython's
    // `nb_int` slot).
    if let Some(f) = crate::vm::protocol::python_override(x, crate::interned!("__int__")) {
        let r = vm.call_found(f, x, &[])?;
        return int_result(r, "__int__");
    }
    if let Some(i) = as_int(x) {
        return Ok(match i {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => int_value(b.clone()),
        });
    }
    if let Some(f) = float::float_of(x) {
        return float_to_int(f);
    }
    if x.downcast::<StrObj>().is_some() || x.downcast::<BytesObj>().is_some() {
        return int_from_text(vm, x, 10);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = call_special(vm, x, name)? {
            return int_result(r, name);
        }
    }
    // Any other buffer (memoryview, array) is read as the bytes it holds.
    if let Some(b) = crate::objects::binary::buffer::buffer(x) {
        return int_from_text(vm, &crate::objects::binary::bytes::bytes_value(b), 10);
    }
    Err(exc!(
        type_error,
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.type_name()
    ))
}

/// What `__int__`/`__index__`/`__trunc__` returned, as an exact int.
fn int_result(r: Value, name: &str) -> PyResult<Value> {
    match as_int(&r) {
        Some(i) => Ok(int_value(i.big())),
        None => Err(exc!(
            type_error,
            "{} returned non-{} (type {})",
            name,
            if name == "__trunc__" {
                "Integral"
            } else {
                "int"
            },
            r.type_name()
        )),
    }
}

/// `int(f)`: truncation toward zero.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(exc!(value_error, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc!(
            overflow_error,
            "cannot convert float infinity to integer"
        ));
    }
    let t = f.trunc();
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&t) {
        return Ok(Value::Int(t as i64));
    }
    Ok(int_value(float::f64_to_bigint(t)))
}

fn int_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut base: Option<&Value> = None;
    for (k, v) in args.kwargs() {
        if k == "base" {
            base = Some(v);
        } else {
            return Err(exc!(
                type_error,
                "'{}' is an invalid keyword argument for int()",
                k
            ));
        }
    }
    if pos.len() > 2 || (pos.len() == 2 && base.is_some()) {
        let given = pos.len() + base.is_some() as usize;
        return Err(exc!(
            type_error,
            "int() takes at most 2 arguments ({given} given)"
        ));
    }
    if pos.len() == 2 {
        base = Some(&pos[1]);
    }
    let result = match (pos.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(exc!(type_error, "int() missing string argument")),
        (Some(x), None) => int_from_value(vm, x)?,
        (Some(x), Some(b)) => {
            let b = index_value(b)?.to_i64().unwrap_or(-1);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(exc!(value_error, "int() base must be >= 2 and <= 36, or 0"));
            }
            int_from_text(vm, x, b as u32)?
        }
    };
    if cls.ptr_eq(&types().int) {
        return Ok(result);
    }
    // An int subclass: a heap int of that class, whatever its size.
    let value = to_bigint(&result).unwrap_or_default();
    Ok(Value::Obj(crate::objects::classes::class::alloc(
        cls,
        IntObj { value },
    )))
}

fn bool_new(vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("bool")?;
    args.check_count("bool", 0, 1)?;
    match args.pos().first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

// ---------------------------------------------------------------------------------------
// Slots

fn int_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    if let Value::Bool(b) = v {
        return Ok(new_str(if *b { "True" } else { "False" }));
    }
    let i = as_int(v).unwrap_or(IntRef::Small(0));
    Ok(new_str(int_to_string(i)?))
}

fn int_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match as_int(v) {
        Some(IntRef::Small(i)) => hash::hash_int(i),
        Some(IntRef::Big(b)) => hash::hash_bigint(b),
        None => 0,
    })
}

fn int_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!as_int(v).is_none_or(IntRef::is_zero))
}

/// Compares two ints.
pub fn cmp_ints(a: IntRef, b: IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
        // A heap int is outside the i64 range (or a subclass instance holding any value).
        (IntRef::Small(x), IntRef::Big(y)) => BigInt::from(x).cmp(y),
        (IntRef::Big(x), IntRef::Small(y)) => x.cmp(&BigInt::from(y)),
    }
}

/// Whether `ord` satisfies the comparison `op`.
pub fn ordering_matches(ord: std::cmp::Ordering, op: CompareKind) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareKind::Lt => ord == Less,
        CompareKind::Le => ord != Greater,
        CompareKind::Eq => ord == Equal,
        CompareKind::Ne => ord != Equal,
        CompareKind::Gt => ord == Greater,
        CompareKind::Ge => ord != Less,
    }
}

fn int_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let Some(x) = as_int(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = as_int(b) {
        return Ok(Value::Bool(ordering_matches(cmp_ints(x, y), op)));
    }
    if let Some(f) = float::float_of(b) {
        return Ok(Value::Bool(float::compare_int_float(x, f, op)));
    }
    Ok(not_implemented())
}

/// The `binary` slot of int (and bool, via `bool_binary`): int op int, delegating to float
/// arithmetic when either side is a float.
pub fn int_binary(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return small_binary(op, *x, *y);
    }
    match (as_int(a), as_int(b)) {
        (Some(IntRef::Small(x)), Some(IntRef::Small(y))) => small_binary(op, x, y),
        (Some(x), Some(y)) => big_binary(op, &x.big(), &y.big()),
        _ if float::float_of(a).is_some() || float::float_of(b).is_some() => {
            float::float_binary_values(op, a, b)
        }
        _ => Ok(not_implemented()),
    }
}

/// `x op y` for two `i64`s: checked fast paths, `BigInt` on overflow.
#[inline]
pub fn small_binary(op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    let fast = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(exc!(
                    zero_division_error,
                    "integer division or modulo by zero"
                ));
            }
            floor_div_i64(x, y)
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(exc!(zero_division_error, "integer modulo by zero"));
            }
            Some(floor_mod_i64(x, y))
        }
        BinOp::Div => return int_true_divide(IntRef::Small(x), IntRef::Small(y)).map(Value::Float),
        BinOp::RShift => {
            if y < 0 {
                return Err(exc!(value_error, "negative shift count"));
            }
            Some(x >> y.min(63))
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(exc!(value_error, "negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x << y) >> y == x {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::Pow => {
            if y < 0 {
                return float::float_pow(x as f64, y as f64).map(Value::Float);
            }
            u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
        }
        BinOp::MatMult => return Ok(not_implemented()),
    };
    match fast {
        Some(r) => Ok(Value::Int(r)),
        None => big_binary(op, &BigInt::from(x), &BigInt::from(y)),
    }
}

/// Floor division of `i64`s (`None` on overflow: `i64::MIN // -1`). `y != 0`.
#[inline]
pub fn floor_div_i64(x: i64, y: i64) -> Option<i64> {
    let q = x.checked_div(y)?;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's `%` on `i64`s: the result takes the divisor's sign. `y != 0`.
#[inline]
pub fn floor_mod_i64(x: i64, y: i64) -> i64 {
    let r = x.wrapping_rem(y);
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// A MemoryError with no message (as CPython raises it).
pub fn memory_error() -> PyErr {
    PyErr::with_args(&types().exc.memory_error, vec![])
}

/// `x op y` on big ints.
pub fn big_binary(op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => {
            if x.bits() + y.bits() > MAX_INT_BITS {
                return Err(memory_error());
            }
            x * y
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(exc!(
                    zero_division_error,
                    "integer division or modulo by zero"
                ));
            }
            x.div_floor(y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(exc!(zero_division_error, "integer modulo by zero"));
            }
            x.mod_floor(y)
        }
        BinOp::Div => {
            return int_true_divide(IntRef::Big(x), IntRef::Big(y)).map(Value::Float);
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(exc!(value_error, "negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = y.to_u64().unwrap_or(u64::MAX);
            if op == BinOp::RShift {
                if n >= x.bits() {
                    return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
                }
                x >> n
            } else {
                // (CPython: a shift past any memory is a MemoryError, however large)
                if n.saturating_add(x.bits()) > MAX_INT_BITS {
                    return Err(memory_error());
                }
                x << n
            }
        }
        BinOp::Pow => return big_pow(x, y),
        BinOp::MatMult => return Ok(not_implemented()),
    };
    Ok(int_value(r))
}

fn big_pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let fx = IntRef::Big(x).to_f64()?;
        let fy = IntRef::Big(y).to_f64()?;
        return float::float_pow(fx, fy).map(Value::Float);
    }
    // Bases whose powers never grow.
    if x.is_zero() || x.is_one() {
        return Ok(int_value(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
    }
    let e = match y.to_u64() {
        Some(e) if e.saturating_mul(x.bits().saturating_sub(1).max(1)) <= MAX_INT_BITS => e,
        _ => return Err(memory_error()),
    };
    let e = u32::try_from(e).map_err(|_| memory_error())?;
    Ok(int_value(num_traits::pow::Pow::pow(x, e)))
}

/// `a / b` for ints, correctly rounded (CPython's `long_true_divide`).
pub fn int_true_divide(a: IntRef, b: IntRef) -> PyResult<f64> {
    if b.is_zero() {
        return Err(exc!(zero_division_error, "division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) {
            return Ok(x as f64 / y as f64);
        }
    }
    let (x, y) = (a.big(), b.big());
    let neg = x.is_negative() != y.is_negative();
    let r = float::ratio_to_f64(&x.abs(), &y.abs()).ok_or_else(|| {
        exc!(
            overflow_error,
            "integer division result too large for a float"
        )
    })?;
    Ok(if neg { -r } else { r })
}

fn int_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let Some(i) = as_int(v) else {
        return Ok(not_implemented());
    };
    Ok(match (op, i) {
        (UnaryOp::USub, IntRef::Small(x)) => match x.checked_neg() {
            Some(r) => Value::Int(r),
            None => int_value(-BigInt::from(x)),
        },
        (UnaryOp::USub, IntRef::Big(b)) => int_value(-b),
        (UnaryOp::Invert, IntRef::Small(x)) => Value::Int(!x),
        (UnaryOp::Invert, IntRef::Big(b)) => int_value(!b),
        (_, IntRef::Small(x)) => Value::Int(x),
        (_, IntRef::Big(b)) => int_value(b.clone()),
    })
}

fn bool_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::Bool(x & y)),
            BinOp::BitOr => return Ok(Value::Bool(x | y)),
            BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    int_binary(vm, op, a, b)
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(int_repr),
    hash: Some(int_hash),
    richcompare: Some(int_richcompare),
    binary: Some(int_binary),
    unary: Some(int_unary),
    bool: Some(int_bool),
    new: Some(int_new),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: INT_GETSETS,
};

pub const BOOL_SLOTS: TypeSlots = TypeSlots {
    repr: Some(int_repr),
    hash: Some(int_hash),
    richcompare: Some(int_richcompare),
    binary: Some(bool_binary),
    new: Some(bool_new),
    ..TypeSlots::EMPTY
};

/// The `BOOL_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const BOOL_SPEC: TypeSpec = TypeSpec {
    slots: BOOL_SLOTS,
    methods: &[],
    getsets: &[],
};

// ---------------------------------------------------------------------------------------
// Methods

/// The receiver (the table checked it is an int, maybe a bool or of a subclass).
fn this<'a>(args: &Args<'a>) -> IntRef<'a> {
    as_int(args.receiver()).expect("checked by the method table")
}

fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match this(&args) {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match this(&args) {
        IntRef::Small(x) => x.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

/// `conjugate`, `__int__`, `__index__`, `__trunc__`...: the int itself, as a plain int.
fn int_identity(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match this(&args) {
        IntRef::Small(i) => Value::Int(i),
        IntRef::Big(b) => int_value(b.clone()),
    })
}

/// `int.__abs__`.
fn int_abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match this(&args) {
        IntRef::Small(i) => i
            .checked_abs()
            .map_or_else(|| int_value(BigInt::from(i).abs()), Value::Int),
        IntRef::Big(b) => int_value(b.abs()),
    })
}

/// `int.__getnewargs__()`: `(int(self),)`, what copying an int subclass instance rebuilds it
/// from.
fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_identity(vm, args)?;
    Ok(Value::Obj(
        crate::objects::containers::tuple::TupleObj::new_ref(vec![v]),
    ))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_identity(vm, args)?;
    Ok(Value::Obj(
        crate::objects::containers::tuple::TupleObj::new_ref(vec![v, Value::Int(1)]),
    ))
}

/// Binds `(length=1, byteorder='big', *, signed=False)` for `to_bytes`, or
/// `(bytes, byteorder='big', *, signed=False)` for `from_bytes`.
fn byteorder_args<'a>(
    args: &Args<'a>,
    fname: &str,
    first: &str,
) -> PyResult<(Option<&'a Value>, bool, bool)> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(exc!(
            type_error,
            "{}() takes at most 2 positional arguments ({} given)",
            fname,
            pos.len()
        ));
    }
    let mut first_v = pos.first();
    let mut order = pos.get(1);
    let mut signed = false;
    for (k, v) in args.kwargs() {
        match k {
            _ if k == first => first_v = Some(v),
            "byteorder" => order = Some(v),
            "signed" => signed = v.is(&Value::Bool(true)) || matches!(v, Value::Int(i) if *i != 0),
            _ => {
                return Err(exc!(
                    type_error,
                    "{}() got an unexpected keyword argument '{}'",
                    fname,
                    k
                ))
            }
        }
    }
    let little = match order {
        None => false,
        Some(o) => match as_str(o) {
            Some("little") => true,
            Some("big") => false,
            Some(_) => {
                return Err(exc!(
                    value_error,
                    "byteorder must be either 'little' or 'big'"
                ))
            }
            None => {
                return Err(exc!(
                    type_error,
                    "{}() argument 'byteorder' must be str, not {}",
                    fname,
                    o.type_name()
                ))
            }
        },
    };
    Ok((first_v, little, signed))
}

fn int_to_bytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(&args).big();
    let rest = Args::new(&args.values[1..], args.kwnames);
    let (len, little, signed) = byteorder_args(&rest, "to_bytes", "length")?;
    let len = match len {
        None => 1,
        Some(v) => to_isize(v)?,
    };
    if len < 0 {
        return Err(exc!(value_error, "length argument must be non-negative"));
    }
    if i.is_negative() && !signed {
        return Err(exc!(
            overflow_error,
            "can't convert negative int to unsigned"
        ));
    }
    let mut bytes = if signed {
        i.to_signed_bytes_le()
    } else {
        i.magnitude().to_bytes_le()
    };
    if i.is_zero() {
        bytes.clear();
    }
    let len = len as usize;
    if bytes.len() > len {
        return Err(exc!(overflow_error, "int too big to convert"));
    }
    if len > crate::objects::strings::str::MAX_STR_BYTES {
        return Err(memory_error());
    }
    let pad = if i.is_negative() { 0xff } else { 0 };
    bytes.resize(len, pad);
    if !little {
        bytes.reverse();
    }
    Ok(crate::objects::binary::bytes::bytes_value(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The class comes first (a classmethod).
    let cls = &args.values[0];
    let rest = Args::new(&args.values[1..], args.kwnames);
    let (data, little, signed) = byteorder_args(&rest, "from_bytes", "bytes")?;
    let Some(data) = data else {
        return Err(exc!(
            type_error,
            "from_bytes() missing required argument 'bytes' (pos 1)"
        ));
    };
    let mut bytes = crate::objects::binary::bytes::bytes_from_object(vm, data)?;
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    // `I.from_bytes(...)` is `I(int.from_bytes(...))` for a subclass.
    match cls {
        Value::Obj(c) if !c.ptr_eq(&types().int) => vm.call(cls, Args::positional(&[int_value(v)])),
        _ => Ok(int_value(v)),
    }
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = &args.params()[0];
    let spec = as_str(spec)
        .ok_or_else(|| {
            exc!(
                type_error,
                "__format__() argument must be str, not {}",
                spec.type_name()
            )
        })?
        .to_string();
    crate::objects::strings::format::format_value(vm, args.receiver(), &spec).map(Value::Obj)
}

pub const METHODS: &[MethodDef] = &[
    method!("bit_length", int_bit_length, NoArgs),
    method!("bit_count", int_bit_count, NoArgs),
    method!("conjugate", int_identity, NoArgs),
    method!("__abs__", int_abs, Wrapper(0)),
    method!("__index__", int_identity, Wrapper(0)),
    method!("__int__", int_identity, Wrapper(0)),
    method!("__getnewargs__", int_getnewargs, NoArgs),
    method!("__trunc__", int_identity, NoArgs),
    method!("__floor__", int_identity, NoArgs),
    method!("__ceil__", int_identity, NoArgs),
    method!("as_integer_ratio", int_as_integer_ratio, NoArgs),
    method!("to_bytes", int_to_bytes),
    crate::class_method!("from_bytes", int_from_bytes),
    method!("__format__", int_format, One),
];

// ---------------------------------------------------------------------------------------
// The numbers' data attributes (`real`, `imag`, `numerator`, `denominator`): getsets of
// `int` and `float`, so `dir()`, `getattr` and `hasattr` all see them.

/// `int`'s data attributes.
pub const INT_GETSETS: &[GetSetDef] = &[
    getset!("real", attr_int_value),
    getset!("imag", attr_zero),
    getset!("numerator", attr_int_value),
    getset!("denominator", attr_one),
];

/// `float`'s data attributes.
pub const FLOAT_GETSETS: &[GetSetDef] = &[
    getset!("real", attr_float_value),
    getset!("imag", attr_float_zero),
];

/// The plain int of an int (also of a bool or a subclass instance).
fn attr_int_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match as_int(v).expect("checked by the descriptor") {
        IntRef::Small(i) => Value::Int(i),
        IntRef::Big(b) => int_value(b.clone()),
    })
}

fn attr_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn attr_one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn attr_float_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let x = crate::objects::numbers::float::float_of(v).expect("checked by the descriptor");
    Ok(Value::float(x))
}

fn attr_float_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_digit_limit_and_boundaries() {
        let _gil = crate::gil::acquire();
        let p10 = |e: u32| num_traits::pow::Pow::pow(BigInt::from(10), e);
        assert!(int_to_string(IntRef::Big(&(p10(4300) - 1))).is_ok());
        assert!(int_to_string(IntRef::Big(&p10(4300))).is_err());
        // Refused from the bit count alone: no quadratic conversion of a huge number.
        assert!(int_to_string(IntRef::Big(&(BigInt::from(1) << 10_000_000u32))).is_err());
        // Results are normalised to immediates exactly at the i64 boundary.
        assert!(matches!(
            int_value(BigInt::from(i64::MIN)),
            Value::Int(i64::MIN)
        ));
        assert!(matches!(
            int_value(BigInt::from(i64::MAX) + 1),
            Value::Obj(_)
        ));
        assert!(matches!(
            small_binary(BinOp::Sub, i64::MIN + 1, 1),
            Ok(Value::Int(i64::MIN))
        ));
        assert!(matches!(
            small_binary(BinOp::Sub, i64::MIN, 1),
            Ok(Value::Obj(_))
        ));
        assert_eq!(floor_div_i64(-7, 2), Some(-4));
        assert_eq!(floor_div_i64(7, -2), Some(-4));
        assert_eq!(floor_div_i64(i64::MIN, -1), None);
        assert_eq!(floor_mod_i64(-7, 2), 1);
        assert_eq!(floor_mod_i64(7, -2), -1);
        assert_eq!(floor_mod_i64(i64::MIN, -1), 0);
    }

    #[test]
    fn parse_int_rules() {
        let _gil = crate::gil::acquire();
        let p = |s: &str, b: u32| match parse_int(s, b).unwrap() {
            Some(Value::Int(i)) => Some(i.to_string()),
            Some(v) => to_bigint(&v).map(|b| b.to_string()),
            None => None,
        };
        assert_eq!(p(" 1_000 ", 10).as_deref(), Some("1000"));
        assert_eq!(p("0x1f", 16).as_deref(), Some("31"));
        assert_eq!(p("0b101", 0).as_deref(), Some("5"));
        assert_eq!(p("0_0", 0).as_deref(), Some("0"));
        assert_eq!(p("0x_1f", 0).as_deref(), Some("31"));
        assert_eq!(p("-९", 10).as_deref(), Some("-9"));
        assert_eq!(p("z", 36).as_deref(), Some("35"));
        assert_eq!(
            p("99999999999999999999", 10).as_deref(),
            Some("99999999999999999999")
        );
        assert_eq!(
            p("-9223372036854775808", 10).as_deref(),
            Some("-9223372036854775808")
        );
        for bad in ["1__0", "_1", "1_", "010", "", " ", "0x", "1.5", "0b2"] {
            assert_eq!(p(bad, 0), None, "{bad:?}");
        }
        assert_eq!(p("010", 10).as_deref(), Some("10"));
        assert_eq!(p("12", 2), None);
    }
}
