//! The `binascii` module (CPython's `binascii.c`): hex, base64 and uuencode conversions,
//! `crc32` and `crc_hqx`, with CPython's `binascii.Error` messages. The `a2b_*` functions
//! take bytes-like objects or ASCII strings; the `b2a_*` functions only bytes-like objects.
//! (`a2b_qp`/`b2a_qp` are not implemented.)

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::errtype::{exception_type, ErrCell};
use crate::exc;
use crate::method;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::binary::bytes_methods::with_buffer;
use crate::objects::core::GilStatic;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, StrObj};
use crate::objects::{types, PyRef, Value};
use crate::vm::params::{to_bigint, to_i64, Clinic};
use crate::vm::{Args, PyErr, PyResult, Vm};

static ERROR: ErrCell = GilStatic::new(std::cell::OnceCell::new());
static INCOMPLETE: ErrCell = GilStatic::new(std::cell::OnceCell::new());

fn error_type() -> &'static PyRef {
    exception_type(&ERROR, "binascii", "Error", &types().exc.value_error)
}

fn incomplete_type() -> &'static PyRef {
    exception_type(
        &INCOMPLETE,
        "binascii",
        "Incomplete",
        &types().exc.exception,
    )
}

/// A `binascii.Error` with `msg`.
fn error(msg: impl Into<String>) -> PyErr {
    PyErr::new(error_type(), msg)
}

/// The bytes of a `b2a_*` argument (a bytes-like object).
pub(crate) fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    with_buffer(v, <[u8]>::to_vec).ok_or_else(|| {
        exc!(
            type_error,
            "a bytes-like object is required, not '{}'",
            v.type_name()
        )
    })
}

/// The bytes of an `a2b_*` argument: a bytes-like object or an ASCII str.
pub(crate) fn ascii_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<StrObj>() {
        if !s.as_str().is_ascii() {
            return Err(exc!(
                value_error,
                "string argument should contain only ASCII characters"
            ));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    with_buffer(v, <[u8]>::to_vec).ok_or_else(|| {
        exc!(
            type_error,
            "argument should be bytes, buffer or ASCII string, not '{}'",
            v.type_name()
        )
    })
}

/// An int argument reduced modulo 2**bits, as Clinic's `bitwise` unsigned converters.
fn masked(vm: &mut Vm, v: &Value, bits: u32) -> PyResult<u32> {
    let i = to_bigint(vm, v)?;
    let m: BigInt = i & BigInt::from((1u64 << bits) - 1);
    Ok(m.to_u32().unwrap_or(0))
}

// ---------------------------------------------------------------------------------------
// hex

/// `bytes` as hex digits, with `sep` between groups of `per` bytes (counted from the right
/// when `per` is positive, as `bytes.hex`).
pub(crate) fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = per.unsigned_abs() as usize;
    let sep = sep.filter(|_| n > 0 && !data.is_empty());
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = if per > 0 {
                i > 0 && (data.len() - i).is_multiple_of(n)
            } else {
                i > 0 && i.is_multiple_of(n)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

/// The separator argument of `hexlify`: one ASCII character, as str or bytes.
fn sep_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let bytes = if let Some(s) = v.downcast::<StrObj>() {
        s.as_str().as_bytes().to_vec()
    } else if let Some(b) = with_buffer(v, <[u8]>::to_vec) {
        b
    } else {
        // (CPython takes the length first)
        vm.len(v)?;
        return Err(exc!(type_error, "sep must be str or bytes."));
    };
    let chars = match v.downcast::<StrObj>() {
        Some(s) => s.as_str().chars().count(),
        None => bytes.len(),
    };
    if chars != 1 {
        return Err(exc!(value_error, "sep must be length 1."));
    }
    if !bytes[0].is_ascii() {
        return Err(exc!(value_error, "sep must be ASCII."));
    }
    Ok(bytes[0])
}

fn hexlify_impl(vm: &mut Vm, args: &Args, fname: &'static str) -> PyResult<Value> {
    let spec = Clinic {
        fname,
        names: &["data", "sep", "bytes_per_sep"],
        posonly: 0,
        minpos: 1,
        maxpos: 3,
    };
    let [data, sep, per] = spec.bind(args)?;
    let data = data_arg(data.expect("required"))?;
    let sep = sep.map(|s| sep_arg(vm, s)).transpose()?;
    let per = match per {
        Some(p) => to_i64(vm, p, "Python int too large to convert to C int")?,
        None => 1,
    };
    if i32::try_from(per).is_err() {
        return Err(exc!(
            overflow_error,
            "Python int too large to convert to C int"
        ));
    }
    Ok(bytes_value(hex_with_sep(&data, sep, per)))
}

fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hexlify_impl(vm, &args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hexlify_impl(vm, &args, "b2a_hex")
}

fn unhexlify(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = ascii_arg(&args.pos()[0])?;
    if s.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    s.chunks(2)
        .map(|p| match (digit(p[0]), digit(p[1])) {
            (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
            _ => Err(error("Non-hexadecimal digit found")),
        })
        .collect::<PyResult<Vec<u8>>>()
        .map(bytes_value)
}

// ---------------------------------------------------------------------------------------
// base64

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `data` in base64 (standard alphabet, padded).
pub(crate) fn base64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// Decodes base64 as CPython's `a2b_base64`: outside strict mode, characters outside the
/// alphabet are skipped and a complete pad sequence ends the input.
pub(crate) fn base64_decode(s: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && s.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let (mut quad, mut pads, mut left) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    for (i, &c) in s.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < s.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => left = v,
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0xf;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 3;
            }
            _ => out.push((left << 6 | v) as u8),
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(out),
        1 => Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(error("Incorrect padding")),
    }
}

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "b2a_base64",
        names: &["", "newline"],
        posonly: 1,
        minpos: 1,
        maxpos: 1,
    };
    let [data, newline] = SPEC.bind(&args)?;
    let mut out = base64_encode(&data_arg(data.expect("required"))?);
    if newline.map_or(Ok(true), |v| vm.truthy(v))? {
        out.push(b'\n');
    }
    Ok(bytes_value(out))
}

fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "a2b_base64",
        names: &["", "strict_mode"],
        posonly: 1,
        minpos: 1,
        maxpos: 1,
    };
    let [data, strict] = SPEC.bind(&args)?;
    let s = ascii_arg(data.expect("required"))?;
    let strict = strict.map_or(Ok(false), |v| vm.truthy(v))?;
    base64_decode(&s, strict).map(bytes_value)
}

// ---------------------------------------------------------------------------------------
// uuencode

fn b2a_uu(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "b2a_uu",
        names: &["", "backtick"],
        posonly: 1,
        minpos: 1,
        maxpos: 1,
    };
    let [data, backtick] = SPEC.bind(&args)?;
    let data = data_arg(data.expect("required"))?;
    let backtick = backtick.map_or(Ok(false), |v| vm.truthy(v))?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let enc = |v: u32| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = vec![enc(data.len() as u32)];
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        out.extend((0..4).map(|i| enc(n >> (18 - 6 * i) & 63)));
    }
    out.push(b'\n');
    Ok(bytes_value(out))
}

fn a2b_uu(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = ascii_arg(&args.pos()[0])?;
    let s: &[u8] = &s;
    // (CPython reads the terminating NUL of an empty input as its length byte)
    let len = (s.first().copied().unwrap_or(0).wrapping_sub(b' ') & 0o77) as usize;
    let mut out = Vec::with_capacity(len);
    let mut bits = 0u32;
    let mut nbits = 0;
    let mut rest = s.get(1..).unwrap_or(&[]);
    while out.len() < len {
        let v = match rest.split_first() {
            Some((&c, r)) => {
                rest = r;
                if c == b'\n' || c == b'\r' {
                    // (a short line: the missing characters count as zeros)
                    rest = &[];
                    0
                } else if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                } else {
                    (c - b' ') as u32 & 0o77
                }
            }
            None => 0,
        };
        bits = bits << 6 | v;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    // Whatever follows must be padding (spaces, backticks) up to the line end.
    for &c in rest {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
    }
    Ok(bytes_value(out))
}

// ---------------------------------------------------------------------------------------
// checksums

fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let data = data_arg(&p[0])?;
    let start = match p.get(1) {
        Some(v) => masked(vm, v, 32)?,
        None => 0,
    };
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

/// CRC-CCITT (polynomial 0x1021), as BinHex uses it.
fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let data = data_arg(&p[0])?;
    let mut crc = masked(vm, &p[1], 32)? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
        crc &= 0xffff;
    }
    Ok(Value::Int(crc as i64))
}

const FUNCTIONS: &[crate::objects::classes::typeobj::MethodDef] = &[
    method!("a2b_base64", a2b_base64),
    method!("a2b_hex", unhexlify, One),
    method!("a2b_uu", a2b_uu, One),
    method!("b2a_base64", b2a_base64),
    method!("b2a_hex", b2a_hex),
    method!("b2a_uu", b2a_uu),
    method!("crc32", crc32, Unpack(1, 2)),
    method!("crc_hqx", crc_hqx, Unpack(2, 2)),
    method!("hexlify", hexlify),
    method!("unhexlify", unhexlify, One),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("binascii", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    d.set_str(intern("Error"), Value::Obj(error_type().clone()));
    d.set_str(intern("Incomplete"), Value::Obj(incomplete_type().clone()));
    Ok(module)
}
