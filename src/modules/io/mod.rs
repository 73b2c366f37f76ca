//! The `_io` module: the in-memory streams `StringIO` (`stringio.rs`) and `BytesIO`
//! (`bytesio.rs`), and the file types `open()` makes (`objects::io`), with
//! `UnsupportedOperation` and `DEFAULT_BUFFER_SIZE`. The frozen `io.py` re-exports them and
//! adds the class hierarchy (`IOBase`, `RawIOBase`, `BufferedIOBase`, `TextIOBase`), written
//! in Python so user subclasses inherit `readline`, iteration and the context manager.

mod bytesio;
pub(crate) use bytesio::writable_arg;
mod stringio;

use crate::exc;
use crate::native_types;
use crate::objects::callables::native::{NativeData, NativeObj};
use crate::objects::exceptions::exception::PyErr;
use crate::objects::io::file::unsupported_operation;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::intern;
use crate::objects::{types, PyRef, Value};
use crate::vm::{PyResult, Vm};

native_types! { pub struct Types in "_io" {
    string_io = "StringIO", stringio::SPEC;
    bytes_io = "BytesIO", bytesio::SPEC;
    bytes_io_buffer = "_BytesIOBuffer", bytesio::BUFFER_SPEC;
} }

/// CPython's `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: i64 = 8192;

/// The ValueError of an operation on a closed stream (some methods spell it without the
/// final period, as CPython's do).
fn closed_error(period: bool) -> PyErr {
    let dot = if period { "." } else { "" };
    exc!(value_error, "I/O operation on closed file{}", dot)
}

/// `io.UnsupportedOperation(msg)`.
fn unsupported(msg: &str) -> PyErr {
    PyErr::new(unsupported_operation(), msg)
}

/// A new stream object of `cls` (with an instance dict for a subclass).
fn new_stream<T: NativeData>(cls: &PyRef, data: T) -> Value {
    Value::Obj(crate::objects::classes::class::alloc(
        cls,
        NativeObj::new(data),
    ))
}

/// Makes room for `len` items in `buf` (a write far past the end): MemoryError rather than
/// an abort when the allocation fails.
fn reserve_to<T>(buf: &mut Vec<T>, len: usize) -> PyResult<()> {
    let more = len.saturating_sub(buf.len());
    buf.try_reserve(more).map_err(|_| {
        crate::objects::exceptions::exception::PyErr::with_args(&types().exc.memory_error, vec![])
    })
}

/// A `size`/`hint` argument: None or a negative int means "no limit".
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if crate::objects::numbers::int::as_int(v).is_some() => {
            let n = crate::objects::numbers::int::to_isize(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        Some(v) => Err(exc!(
            type_error,
            "argument should be integer or None, not '{}'",
            v.type_name()
        )),
    }
}

/// `truncate`'s size: None, or an integer (any other type is the size-argument TypeError).
fn opt_index_arg(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if crate::objects::numbers::int::as_int(v).is_some() => index_arg(v).map(Some),
        Some(v) => Err(exc!(
            type_error,
            "argument should be integer or None, not '{}'",
            v.type_name()
        )),
    }
}

/// A position argument (an integer).
fn index_arg(v: &Value) -> PyResult<i64> {
    crate::objects::numbers::int::to_isize(v)
}

/// Creates `_io`.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("_io", &[]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = types();
    let io = Types::get();
    let entries: [(&str, Value); 11] = [
        ("FileIO", Value::Obj(t.file_io.clone())),
        (
            "BlockingIOError",
            Value::Obj(t.exc.blocking_io_error.clone()),
        ),
        ("StringIO", Value::Obj(io.string_io.clone())),
        ("BytesIO", Value::Obj(io.bytes_io.clone())),
        ("TextIOWrapper", Value::Obj(t.text_file.clone())),
        ("BufferedReader", Value::Obj(t.buffered_reader.clone())),
        ("BufferedWriter", Value::Obj(t.buffered_writer.clone())),
        ("BufferedRandom", Value::Obj(t.buffered_random.clone())),
        (
            "UnsupportedOperation",
            Value::Obj(unsupported_operation().clone()),
        ),
        ("DEFAULT_BUFFER_SIZE", Value::Int(DEFAULT_BUFFER_SIZE)),
        (
            "open",
            vm.interp
                .builtins
                .downcast::<crate::objects::containers::dict::DictObj>()
                .and_then(|b| b.get_str(&intern("open")))
                .unwrap_or(Value::None),
        ),
    ];
    for (name, value) in entries {
        d.set_str(intern(name), value);
    }
    Ok(module)
}
