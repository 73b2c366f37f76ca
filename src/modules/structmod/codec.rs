//! Packing one value into its field and reading it back, with CPython's conversions and
//! messages. Which message a range error shows depends on the code *and* the mode, as in
//! CPython: on a little-endian machine the `<`/`=` tables reuse the native packers where
//! the sizes agree (so `<h` says "short format requires ..."), `>`/`!` have their own
//! ("'h' format requires ...").

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::format::Mode;
use super::struct_error;
use crate::exc;
use crate::objects::binary::bytearray::ByteArrayObj;
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::numbers::float::{as_f64, float_from_value};
use crate::objects::numbers::int::{as_int, int_value};
use crate::objects::strings::str::StrObj;
use crate::objects::Value;
use crate::vm::params::to_index;
use crate::vm::{PyErr, PyResult, Vm};

/// The int a value packs as: an int, or the result of its `__index__`.
fn get_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.big());
    }
    if crate::objects::classes::typeobj::TypeObject::lookup(
        v.class(),
        &crate::objects::strings::str::intern("__index__"),
    )
    .is_none()
    {
        return Err(struct_error("required argument is not an integer"));
    }
    let i = to_index(vm, v)?;
    Ok(as_int(&i).map(|i| i.big()).unwrap_or_default())
}

/// The float a value packs as (any failure is CPython's one message).
fn get_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let not_float = || struct_error("required argument is not a float");
    if let Ok(Some(f)) = as_f64(v) {
        return Ok(f);
    }
    if as_int(v).is_some()
        || v.downcast::<StrObj>().is_some()
        || v.downcast::<BytesObj>().is_some()
        || v.downcast::<ByteArrayObj>().is_some()
    {
        return Err(not_float());
    }
    float_from_value(vm, v).map_err(|_| not_float())
}

fn out_of_range() -> PyErr {
    struct_error("argument out of range")
}

/// "'h' format requires -32768 <= number <= 32767" (CPython's `_range_error`).
fn range_error(code: u8, size: usize, signed: bool) -> PyErr {
    let bits = 8 * size as u32;
    if signed {
        let max = (1i128 << (bits - 1)) - 1;
        struct_error(format!(
            "'{}' format requires {} <= number <= {}",
            code as char,
            -max - 1,
            max
        ))
    } else {
        struct_error(format!(
            "'{}' format requires 0 <= number <= {}",
            code as char,
            (1u128 << bits) - 1
        ))
    }
}

/// The two's-complement bits of an int field, checked against the field's range with the
/// message CPython gives for this code in this mode.
fn int_bits(code: u8, size: usize, mode: Mode, x: &BigInt) -> PyResult<u64> {
    let signed = code.is_ascii_lowercase();
    let native_named = |name: &str, lo: i64, hi: i64| {
        struct_error(format!("{name} format requires {lo} <= number <= {hi}"))
    };
    // `>q`/`>Q` (and `P`) convert through a byte array: overflow says so.
    if matches!((code, mode), (b'q' | b'Q', Mode::Big) | (b'P', _)) {
        let too_large = || struct_error("int too large to convert");
        return if code == b'Q' || (code == b'P' && x.sign() != num_bigint::Sign::Minus) {
            x.to_u64().ok_or_else(too_large)
        } else {
            x.to_i64().map(|i| i as u64).ok_or_else(too_large)
        };
    }
    let unsigned_via_ulong = !signed && (size >= 4 || (mode == Mode::Big && code == b'H'));
    if unsigned_via_ulong {
        let u = x.to_u64().ok_or_else(out_of_range)?;
        if size < 8 && u >> (8 * size) != 0 {
            return Err(range_error(code, size, false));
        }
        return Ok(u);
    }
    let i = x.to_i64().ok_or_else(out_of_range)?;
    if size < 8 {
        let bits = 8 * size as u32;
        let (lo, hi) = if signed {
            (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
        } else {
            (0, (1i64 << bits) - 1)
        };
        if i < lo || i > hi {
            return Err(match (code, mode) {
                (b'b', _) => native_named("byte", lo, hi),
                (b'B', _) => native_named("ubyte", lo, hi),
                (b'h', Mode::Native | Mode::Little) => native_named("short", lo, hi),
                (b'H', Mode::Native | Mode::Little) => native_named("ushort", lo, hi),
                _ => range_error(code, size, signed),
            });
        }
    }
    Ok(i as u64)
}

fn put_uint(out: &mut [u8], bits: u64, big: bool) {
    let n = out.len();
    let le = bits.to_le_bytes();
    for (k, b) in le[..n].iter().enumerate() {
        out[if big { n - 1 - k } else { k }] = *b;
    }
}

fn get_uint(bytes: &[u8], big: bool) -> u64 {
    let mut u = 0u64;
    for k in 0..bytes.len() {
        let b = if big {
            bytes[k]
        } else {
            bytes[bytes.len() - 1 - k]
        };
        u = (u << 8) | b as u64;
    }
    u
}

/// The bytes of a `bytes`/`bytearray` argument of `s`/`p`.
fn string_arg(v: &Value, code: u8) -> PyResult<Vec<u8>> {
    crate::objects::binary::bytes_methods::buffer(v).ok_or_else(|| {
        struct_error(format!(
            "argument for '{}' must be a bytes object",
            code as char
        ))
    })
}

/// Packs `v` into `out`, the field of `code` (`out.len()` is its size).
pub fn pack(vm: &mut Vm, mode: Mode, code: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let big = mode == Mode::Big;
    match code {
        b'c' => match v.downcast::<BytesObj>() {
            Some(b) if b.bytes.len() == 1 => out[0] = b.bytes[0],
            _ => {
                return Err(struct_error(
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'?' => out[0] = vm.truthy(v)? as u8,
        b's' => {
            let data = string_arg(v, code)?;
            let n = data.len().min(out.len());
            out[..n].copy_from_slice(&data[..n]);
        }
        b'p' => {
            let data = string_arg(v, code)?;
            let n = data.len().min(out.len().saturating_sub(1)).min(255);
            if let Some((len, rest)) = out.split_first_mut() {
                *len = n as u8;
                rest[..n].copy_from_slice(&data[..n]);
            }
        }
        b'e' | b'f' | b'd' => {
            let x = get_float(vm, v)?;
            let too_large = || {
                if as_int(v).is_some() {
                    struct_error("int too large to convert")
                } else {
                    exc!(
                        overflow_error,
                        "float too large to pack with {} format",
                        code as char
                    )
                }
            };
            let bits = match code {
                b'e' => f64_to_half(x).ok_or_else(too_large)? as u64,
                b'f' => {
                    let y = x as f32;
                    // (native `f` is a plain C cast, which may give an infinity)
                    if y.is_infinite() && x.is_finite() && mode != Mode::Native {
                        return Err(too_large());
                    }
                    y.to_bits() as u64
                }
                _ => x.to_bits(),
            };
            put_uint(out, bits, big);
        }
        _ => {
            let x = get_int(vm, v)?;
            let bits = int_bits(code, out.len(), mode, &x)?;
            put_uint(out, bits, big);
        }
    }
    Ok(())
}

/// Reads the field of `code` from `bytes` (its size).
pub fn unpack(mode: Mode, code: u8, bytes: &[u8]) -> Value {
    let big = mode == Mode::Big;
    match code {
        b'c' | b's' => bytes_value(bytes.to_vec()),
        b'p' => match bytes.split_first() {
            Some((&n, rest)) => bytes_value(rest[..(n as usize).min(rest.len())].to_vec()),
            None => bytes_value(Vec::new()),
        },
        b'?' => Value::Bool(bytes[0] != 0),
        b'e' => Value::float(half_to_f64(get_uint(bytes, big) as u16)),
        b'f' => Value::float(f32::from_bits(get_uint(bytes, big) as u32) as f64),
        b'd' => Value::float(f64::from_bits(get_uint(bytes, big))),
        _ => {
            let u = get_uint(bytes, big);
            let bits = 8 * bytes.len() as u32;
            if code.is_ascii_lowercase() {
                // Sign-extend from the field's width.
                let shift = 64 - bits;
                Value::Int(((u << shift) as i64) >> shift)
            } else if u > i64::MAX as u64 {
                int_value(BigInt::from(u))
            } else {
                Value::Int(u as i64)
            }
        }
    }
}

/// IEEE 754 binary16 bits of `x`, rounded to nearest even; `None` if it overflows.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // The value in units of the smallest subnormal (2**-24), or of the last mantissa bit
    // for normal numbers: round that to an integer, half to even.
    // (f64 subnormals are far below half's range: the clamp covers them)
    let exp = (((a.to_bits() >> 52) & 0x7ff) as i32 - 1023).max(-14);
    let unit = 2f64.powi(exp - 10);
    let scaled = a / unit; // exact: a power-of-two division
    let mut m = scaled.round();
    if (scaled - scaled.floor() - 0.5).abs() == 0.0 && m % 2.0 != 0.0 {
        m -= 1.0;
    }
    // `m` is in [1024, 2048] for normal numbers (2048 carries into the exponent) and in
    // [0, 1024] for subnormals (1024 becomes the smallest normal).
    let mut e = exp + 15;
    let mut mant = m as u32;
    if mant >= 2048 {
        mant >>= 1;
        e += 1;
    }
    if mant < 1024 {
        e = 0; // subnormal
    }
    if e >= 31 {
        return None;
    }
    Some(sign | ((e as u16) << 10) | (mant & 0x3ff) as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * 2f64.powi(e - 25),
    }
}
