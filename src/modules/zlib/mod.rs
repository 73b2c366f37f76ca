//! The `zlib` module over `miniz_oxide` (pure Rust DEFLATE) with `crc32fast` and `adler2`
//! for the checksums: `compress`/`decompress` for zlib, raw and gzip `wbits`, the streaming
//! `Compress`/`Decompress` objects (`unconsumed_tail`, `unused_data`, `eof`), the constants
//! and `zlib.error` with zlib's messages. `stream` holds the wrappers and state machines.
//!
//! miniz's encoder is not zlib's: compressed bytes can differ from CPython's (both are valid
//! DEFLATE and decompress alike); the zlib/gzip headers and trailers are zlib's exactly.
//! Preset dictionaries (`zdict`) and `Compress.copy()` are not supported. miniz may take in
//! more input than zlib before an output limit (`max_length`) stops it: `unconsumed_tail`
//! can then be shorter than CPython's, the rest of the output coming from the next call or
//! `flush()`.

mod stream;

use std::cell::RefCell;

use stream::{deflate_wrap, inflate_wrap, Deflater, Inflater, ZError};

use super::errtype::{exception_type, ErrCell};
use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::callables::native::{new_native, receiver, this, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSpec};
use crate::objects::core::GilStatic;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{types, PyRef, Value};
use crate::vm::params::{to_bigint, to_i64, Clinic};
use crate::vm::{Args, PyErr, PyResult, Vm};

native_types! { struct Types in "zlib" {
    compress = "Compress", TypeSpec { slots: PLAIN_SLOTS, methods: COMPRESS_METHODS, getsets: &[] };
    decompress = "Decompress", TypeSpec {
        slots: PLAIN_SLOTS,
        methods: DECOMPRESS_METHODS,
        getsets: DECOMPRESS_GETSETS,
    };
} }

static ERROR: ErrCell = GilStatic::new(std::cell::OnceCell::new());

fn error_type() -> &'static PyRef {
    exception_type(&ERROR, "zlib", "error", &types().exc.exception)
}

fn zerror(msg: String) -> PyErr {
    PyErr::new(error_type(), msg)
}

/// "Error -3 while decompressing data: incorrect header check".
fn stream_error(during: &str, e: ZError) -> PyErr {
    zerror(format!("Error {} while {}: {}", e.code, during, e.msg))
}

fn inconsistent(during: &str) -> PyErr {
    zerror(format!(
        "Error -2 while {during}: inconsistent stream state"
    ))
}

fn invalid_option() -> PyErr {
    exc!(value_error, "Invalid initialization option")
}

fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    super::binascii::data_arg(v)
}

/// An int argument that must fit a C int.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = to_i64(vm, v, "Python int too large to convert to C int")?;
    if i32::try_from(n).is_err() {
        return Err(exc!(
            overflow_error,
            "Python int too large to convert to C int"
        ));
    }
    Ok(n)
}

fn opt_int(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    v.map_or(Ok(default), |v| c_int(vm, v))
}

// ---------------------------------------------------------------------------------------
// checksums

/// `crc32(data, value=0, /)` and `adler32(data, value=1, /)`: the start value is taken
/// modulo 2**32.
fn checksum(vm: &mut Vm, args: &Args, default: u32, f: fn(u32, &[u8]) -> u32) -> PyResult<Value> {
    let p = args.pos();
    let data = data_arg(&p[0])?;
    let start = match p.get(1) {
        Some(v) => {
            let i = to_bigint(vm, v)? & num_bigint::BigInt::from(u32::MAX);
            u32::try_from(i).unwrap_or(0)
        }
        None => default,
    };
    Ok(Value::Int(f(start, &data) as i64))
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    checksum(vm, &args, 0, |s, d| {
        let mut h = crc32fast::Hasher::new_with_initial(s);
        h.update(d);
        h.finalize()
    })
}

fn adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    checksum(vm, &args, 1, |s, d| {
        let mut a = adler2::Adler32::from_checksum(s);
        a.write_slice(d);
        a.checksum()
    })
}

// ---------------------------------------------------------------------------------------
// one-shot functions

fn compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "compress",
        names: &["", "level", "wbits"],
        posonly: 1,
        minpos: 1,
        maxpos: 3,
    };
    let [data, level, wbits] = SPEC.bind(&args)?;
    let data = data_arg(data.expect("required"))?;
    let level = opt_int(vm, level, -1)?;
    let wbits = opt_int(vm, wbits, 15)?;
    let bad = || zerror("Bad compression level".into());
    if !(-1..=9).contains(&level) {
        return Err(bad());
    }
    let (wrap, bits) = deflate_wrap(wbits).ok_or_else(bad)?;
    let mut out = Vec::new();
    Deflater::new(level as i32, wrap, bits, 0).compress(&data, 4, &mut out);
    Ok(bytes_value(out))
}

fn decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "decompress",
        names: &["", "wbits", "bufsize"],
        posonly: 1,
        minpos: 1,
        maxpos: 3,
    };
    let [data, wbits, bufsize] = SPEC.bind(&args)?;
    let data = data_arg(data.expect("required"))?;
    let wbits = opt_int(vm, wbits, 15)?;
    if let Some(b) = bufsize {
        if to_i64(vm, b, "Python int too large to convert to C ssize_t")? < 0 {
            return Err(exc!(value_error, "bufsize must be non-negative"));
        }
    }
    let (wrap, bits) =
        inflate_wrap(wbits).ok_or_else(|| inconsistent("preparing to decompress data"))?;
    let mut inf = Inflater::new(wrap, bits);
    let mut out = Vec::new();
    inf.decompress(&data, &mut out, 0)
        .map_err(|e| stream_error("decompressing data", e))?;
    if !inf.is_done() {
        return Err(zerror(
            "Error -5 while decompressing data: incomplete or truncated stream".into(),
        ));
    }
    Ok(bytes_value(out))
}

// ---------------------------------------------------------------------------------------
// Compress objects

struct CompressObj {
    /// `None` once finished by `flush(Z_FINISH)`.
    state: RefCell<Option<Deflater>>,
}

impl NativeData for CompressObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

fn compressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "compressobj",
        names: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        posonly: 0,
        minpos: 0,
        maxpos: 6,
    };
    let [level, method, wbits, mem, strategy, zdict] = SPEC.bind(&args)?;
    let level = opt_int(vm, level, -1)?;
    let method = opt_int(vm, method, 8)?;
    let wbits = opt_int(vm, wbits, 15)?;
    let mem = opt_int(vm, mem, 8)?;
    let strategy = opt_int(vm, strategy, 0)?;
    if zdict.is_some_and(|z| !z.is_none()) {
        return Err(exc!(
            not_implemented_error,
            "zlib preset dictionaries (zdict) are not supported"
        ));
    }
    let (wrap, bits) = deflate_wrap(wbits).ok_or_else(invalid_option)?;
    if !(-1..=9).contains(&level)
        || method != 8
        || !(1..=9).contains(&mem)
        || !(0..=4).contains(&strategy)
    {
        return Err(invalid_option());
    }
    let d = Deflater::new(level as i32, wrap, bits, strategy as i32);
    Ok(new_native(
        &Types::get().compress,
        CompressObj {
            state: RefCell::new(Some(d)),
        },
    ))
}

fn c_compress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = receiver::<CompressObj>(&args);
    let data = data_arg(&args.params()[0])?;
    let mut state = c.state.borrow_mut();
    let d = state
        .as_mut()
        .ok_or_else(|| inconsistent("compressing data"))?;
    let mut out = Vec::new();
    d.compress(&data, 0, &mut out);
    Ok(bytes_value(out))
}

fn c_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mode = match args.params().first() {
        Some(v) => c_int(vm, v)?,
        None => 4,
    };
    let c = receiver::<CompressObj>(&args);
    if mode == 0 {
        return Ok(bytes_value(Vec::new()));
    }
    let mut state = c.state.borrow_mut();
    let d = state.as_mut().ok_or_else(|| inconsistent("flushing"))?;
    let mut out = Vec::new();
    d.compress(&[], mode as i32, &mut out);
    if mode == 4 {
        *state = None;
    }
    Ok(bytes_value(out))
}

/// miniz's compressor state cannot be duplicated, so neither can a `Compress`.
fn c_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if receiver::<CompressObj>(&args).state.borrow().is_none() {
        return Err(exc!(value_error, "Inconsistent stream state"));
    }
    Err(exc!(
        not_implemented_error,
        "copying a zlib Compress object is not supported"
    ))
}

const COMPRESS_METHODS: &[MethodDef] = &[
    method!("compress", c_compress, One),
    method!("flush", c_flush, Varargs(0, 1)),
    method!("copy", c_copy, NoArgs),
    method!("__copy__", c_copy, NoArgs),
    method!("__deepcopy__", c_copy_memo, One),
];

fn c_copy_memo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    c_copy(vm, Args::new(&args.values[..1], &[]))
}

// ---------------------------------------------------------------------------------------
// Decompress objects

#[derive(Clone)]
struct DecompressState {
    inf: Inflater,
    unused: Vec<u8>,
    tail: Vec<u8>,
    /// Set by a `flush` that reached the end (zlib's stream is then released).
    closed: bool,
}

struct DecompressObj {
    state: RefCell<DecompressState>,
}

impl NativeData for DecompressObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

fn decompressobj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "decompressobj",
        names: &["wbits", "zdict"],
        posonly: 0,
        minpos: 0,
        maxpos: 2,
    };
    let [wbits, zdict] = SPEC.bind(&args)?;
    let wbits = opt_int(vm, wbits, 15)?;
    if zdict.is_some() {
        return Err(exc!(
            not_implemented_error,
            "zlib preset dictionaries (zdict) are not supported"
        ));
    }
    let (wrap, bits) = inflate_wrap(wbits).ok_or_else(invalid_option)?;
    Ok(new_decompress(Inflater::new(wrap, bits)))
}

fn new_decompress(inf: Inflater) -> Value {
    new_native(
        &Types::get().decompress,
        DecompressObj {
            state: RefCell::new(DecompressState {
                inf,
                unused: Vec::new(),
                tail: Vec::new(),
                closed: false,
            }),
        },
    )
}

/// Decompresses `data` into the state, at most `max` bytes of output (0: all); the input
/// not reached becomes the unconsumed tail, the input after the end the unused data.
fn run(st: &mut DecompressState, data: &[u8], max: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if st.inf.is_done() {
        st.unused.extend_from_slice(data);
        st.tail.clear();
        return Ok(out);
    }
    let used = st
        .inf
        .decompress(data, &mut out, max)
        .map_err(|e| stream_error("decompressing data", e))?;
    if st.inf.is_done() {
        st.unused.extend_from_slice(&data[used..]);
        st.tail.clear();
    } else {
        st.tail = data[used..].to_vec();
    }
    Ok(out)
}

fn d_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "decompress",
        names: &["", "max_length"],
        posonly: 1,
        minpos: 1,
        maxpos: 2,
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [data, max] = SPEC.bind(&rest)?;
    let data = data_arg(data.expect("required"))?;
    let max = match max {
        Some(v) => to_i64(vm, v, "Python int too large to convert to C ssize_t")?,
        None => 0,
    };
    if max < 0 {
        return Err(exc!(value_error, "max_length must be non-negative"));
    }
    let d = receiver::<DecompressObj>(&args);
    if d.state.borrow().closed {
        // (CPython keeps the refused input as the tail)
        d.state.borrow_mut().tail = data;
        return Err(inconsistent("decompressing data"));
    }
    let out = run(&mut d.state.borrow_mut(), &data, max as usize)?;
    Ok(bytes_value(out))
}

fn d_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = args.params().first() {
        if to_i64(vm, v, "Python int too large to convert to C ssize_t")? <= 0 {
            return Err(exc!(value_error, "length must be greater than zero"));
        }
    }
    let d = receiver::<DecompressObj>(&args);
    let mut st = d.state.borrow_mut();
    if st.closed {
        return Ok(bytes_value(Vec::new()));
    }
    let tail = std::mem::take(&mut st.tail);
    let was_done = st.inf.is_done();
    let out = run(&mut st, &tail, 0)?;
    if st.inf.is_done() {
        // (CPython leaves what followed the end in the tail as well as in unused_data)
        if !was_done {
            let unused = st.unused.len();
            let left = tail.len().min(unused);
            st.tail = st.unused[unused - left..].to_vec();
        }
        st.closed = true;
    } else {
        st.tail.clear();
    }
    Ok(bytes_value(out))
}

fn d_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = receiver::<DecompressObj>(&args).state.borrow().clone();
    Ok(new_native(
        &Types::get().decompress,
        DecompressObj {
            state: RefCell::new(st),
        },
    ))
}

fn d_copy_memo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_copy(vm, Args::new(&args.values[..1], &[]))
}

const DECOMPRESS_METHODS: &[MethodDef] = &[
    method!("decompress", d_decompress),
    method!("flush", d_flush, Varargs(0, 1)),
    method!("copy", d_copy, NoArgs),
    method!("__copy__", d_copy, NoArgs),
    method!("__deepcopy__", d_copy_memo, One),
];

fn g_unused(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(bytes_value(
        this::<DecompressObj>(v).state.borrow().unused.clone(),
    ))
}

fn g_tail(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(bytes_value(
        this::<DecompressObj>(v).state.borrow().tail.clone(),
    ))
}

fn g_eof(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        this::<DecompressObj>(v).state.borrow().inf.is_done(),
    ))
}

const DECOMPRESS_GETSETS: &[GetSetDef] = &[
    crate::getset!("unused_data", g_unused),
    crate::getset!("unconsumed_tail", g_tail),
    crate::getset!("eof", g_eof),
];

const FUNCTIONS: &[MethodDef] = &[
    method!("adler32", adler32, Unpack(1, 2)),
    method!("compress", compress),
    method!("compressobj", compressobj),
    method!("crc32", crc32, Unpack(1, 2)),
    method!("decompress", decompress),
    method!("decompressobj", decompressobj),
];

const CONSTANTS: &[(&str, i64)] = &[
    ("DEFLATED", 8),
    ("DEF_BUF_SIZE", 16384),
    ("DEF_MEM_LEVEL", 8),
    ("MAX_WBITS", 15),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_BEST_SPEED", 1),
    ("Z_BLOCK", 5),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_FILTERED", 1),
    ("Z_FINISH", 4),
    ("Z_FIXED", 4),
    ("Z_FULL_FLUSH", 3),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_NO_COMPRESSION", 0),
    ("Z_NO_FLUSH", 0),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_RLE", 3),
    ("Z_SYNC_FLUSH", 2),
    ("Z_TREES", 6),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("zlib", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for (name, v) in CONSTANTS {
        d.set_str(intern(name), Value::Int(*v));
    }
    // (the zlib version whose formats and messages this module follows)
    for name in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        d.set_str(intern(name), Value::Obj(new_str("1.2.13")));
    }
    d.set_str(intern("error"), Value::Obj(error_type().clone()));
    Ok(module)
}
