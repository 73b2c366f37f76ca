//! Items of a typed buffer: the native single-character struct formats a `memoryview` reads
//! and writes (`B`, `i`, `d`, `c`, `?`, ...), with CPython's sizes on x86-64 Linux and the
//! messages of CPython's memoryview ("memoryview: invalid value for format 'B'").
//! Reading shares the `struct` module's codec.

use num_traits::ToPrimitive;

use crate::exc;
use crate::modules::structmod::codec;
use crate::modules::structmod::format::Mode;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::numbers::int::as_int;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Every native format a memoryview can be cast to, with its item size.
const NATIVE: &[(&str, usize)] = &[
    ("c", 1),
    ("b", 1),
    ("B", 1),
    ("?", 1),
    ("h", 2),
    ("H", 2),
    ("i", 4),
    ("I", 4),
    ("l", 8),
    ("L", 8),
    ("q", 8),
    ("Q", 8),
    ("n", 8),
    ("N", 8),
    ("f", 4),
    ("d", 8),
    ("P", 8),
];

/// The same formats spelt with the `@` prefix (a view keeps the spelling it was cast to).
const NATIVE_AT: &[&str] = &[
    "@c", "@b", "@B", "@?", "@h", "@H", "@i", "@I", "@l", "@L", "@q", "@Q", "@n", "@N", "@f", "@d",
    "@P",
];

/// A native single-character format (optionally prefixed with `@`): its spelling and
/// item size.
pub fn native_format(fmt: &str) -> Option<(&'static str, usize)> {
    let (code, table) = match fmt.strip_prefix('@') {
        Some(code) => (code, NATIVE_AT),
        None => (fmt, &[][..]),
    };
    let i = NATIVE.iter().position(|(f, _)| *f == code)?;
    Some((table.get(i).copied().unwrap_or(NATIVE[i].0), NATIVE[i].1))
}

/// The format's code without its `@` prefix.
pub fn bare(fmt: &str) -> &str {
    fmt.strip_prefix('@').unwrap_or(fmt)
}

/// The format's single code, if it is one the item codec knows.
fn code_of(format: &str) -> PyResult<u8> {
    match native_format(format) {
        Some((f, _)) => Ok(bare(f).as_bytes()[0]),
        None => Err(exc!(
            not_implemented_error,
            "memoryview: format {} not supported",
            format
        )),
    }
}

/// Checks that items of `format` can be read and written.
pub fn check_supported(format: &str) -> PyResult<()> {
    code_of(format).map(|_| ())
}

/// The value of one item.
pub fn unpack(format: &str, bytes: &[u8]) -> PyResult<Value> {
    Ok(codec::unpack(Mode::Native, code_of(format)?, bytes))
}

/// Writes `v` as one item of `format` into `out` (its size). Python code may run
/// (`__index__`, `__float__`, `__bool__`): callers hold no borrow.
pub fn pack(vm: &mut Vm, format: &str, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let bytes = encode(vm, format, v)?;
    out.copy_from_slice(&bytes[..out.len()]);
    Ok(())
}

/// One item's bytes (native byte order).
pub fn encode(vm: &mut Vm, format: &str, v: &Value) -> PyResult<Vec<u8>> {
    let code = code_of(format)?;
    let invalid_type = || {
        exc!(
            type_error,
            "memoryview: invalid type for format '{}'",
            format
        )
    };
    let invalid_value = || {
        exc!(
            value_error,
            "memoryview: invalid value for format '{}'",
            format
        )
    };
    match code {
        b'c' => match v.downcast::<BytesObj>() {
            Some(b) if b.bytes.len() == 1 => Ok(vec![b.bytes[0]]),
            Some(_) => Err(invalid_value()),
            None => Err(invalid_type()),
        },
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let x = crate::vm::params::to_f64(vm, v).map_err(|e| {
                if e.matches(&crate::objects::types().exc.type_error) {
                    invalid_type()
                } else {
                    e
                }
            })?;
            Ok(if code == b'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        _ => {
            let i = crate::vm::params::to_index(vm, v).map_err(|e| {
                if e.matches(&crate::objects::types().exc.type_error) {
                    invalid_type()
                } else {
                    e
                }
            })?;
            let size = native_format(format).map_or(8, |(_, s)| s);
            let x = as_int(&i)
                .and_then(|x| x.big().to_i128())
                .ok_or_else(invalid_value)?;
            let bits = (8 * size) as u32;
            let (lo, hi) = if code.is_ascii_lowercase() {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if x < lo || x > hi {
                return Err(invalid_value());
            }
            Ok(x.to_le_bytes()[..size].to_vec())
        }
    }
}
