//! `io.BufferedReader(raw)`, `io.BufferedWriter(raw)`, `io.BufferedRandom(raw)`: binary
//! file objects (`FileObj`, the types `open()` returns) over a raw stream object — a
//! `FileIO` or a user `RawIOBase` subclass with `readinto`/`write`. They reuse the wrapper
//! machinery of `wrapper.rs`: reads prefetch from `raw.read()` into the read-ahead, writes
//! collect in the write buffer until pushed to `raw.write()`; `.raw` is the raw object.
//!
//! Also here: the methods only binary files have (`readinto`, `readinto1`, `read1`,
//! `peek`), and the finalizer every file type shares (`__del__`: close when freed, as
//! CPython's `_IOBase` finalizer does, so a writer dropped without `close()` still flushes).

use std::cell::RefCell;

use super::file::{FileObj, Op, State};
use super::file_io::{Encoding, Newline};
use super::wrapper::{self, Need, Wrapped};
use crate::exc;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::{types, PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

/// Which of the three buffered types is being made.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Reader,
    Writer,
    Random,
}

impl Kind {
    fn of(cls: &PyRef) -> (Kind, &'static str) {
        let t = types();
        if TypeObject::is_subtype(cls, &t.buffered_random) {
            (Kind::Random, "BufferedRandom")
        } else if TypeObject::is_subtype(cls, &t.buffered_writer) {
            (Kind::Writer, "BufferedWriter")
        } else {
            (Kind::Reader, "BufferedReader")
        }
    }

    fn class(self) -> &'static PyRef {
        let t = types();
        match self {
            Kind::Reader => &t.buffered_reader,
            Kind::Writer => &t.buffered_writer,
            Kind::Random => &t.buffered_random,
        }
    }
}

/// Asks `raw.<query>()`.
fn raw_can(vm: &mut Vm, raw: &Value, query: &str) -> PyResult<bool> {
    let r = vm.call_method(raw, query, &[])?;
    vm.truthy(&r)
}

/// The `new` slot of the three buffered types: `(raw, buffer_size=DEFAULT_BUFFER_SIZE)`.
pub fn buffered_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let (kind, fname) = Kind::of(cls);
    let a = crate::objects::callables::bind::bind(&args, fname, ["raw", "buffer_size"], 1)?;
    let raw = a[0].expect("required").clone();
    let needs = [
        (kind == Kind::Random, "seekable"),
        (kind != Kind::Writer, "readable"),
        (kind != Kind::Reader, "writable"),
    ];
    for (needed, query) in needs {
        if needed && !raw_can(vm, &raw, query)? {
            return Err(PyErr::new(
                super::file::unsupported_operation(),
                format!("File or stream is not {query}."),
            ));
        }
    }
    if let Some(size) = a[1] {
        if crate::objects::numbers::int::to_isize(size)? <= 0 {
            return Err(exc!(value_error, "buffer size must be strictly positive"));
        }
    }
    let seekable = raw_can(vm, &raw, "seekable")?;
    let obj = FileObj {
        name: Value::None,
        mode: String::new(),
        binary: true,
        raw: false,
        readable: kind != Kind::Writer,
        writable: kind != Kind::Reader,
        encoding: Encoding::Utf8,
        encoding_name: String::new(),
        errors: String::new(),
        newline: Newline::Universal,
        state: RefCell::new(State::new(None)),
        wrapped: RefCell::new(Some(Wrapped {
            buffer: raw,
            seekable,
            line_buffering: false,
            write_through: false,
        })),
        seen: Default::default(),
    };
    // (a subclass instance gets the base type: the payload has no instance dict)
    Ok(Value::Obj(PyRef::new(kind.class(), obj)))
}

fn this<'a>(args: &Args<'a>) -> &'a FileObj {
    args.receiver_as::<FileObj>()
}

/// `readinto(b)` / `readinto1(b)`: reads into any writable bytes-like object.
pub fn file_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    let dest = crate::modules::io::writable_arg(&args.params()[0])?;
    check_open_for(f, "readinto")?;
    f.check(Op::Read)?;
    wrapper::prefetch(vm, f, Need::Chars(dest.len))?;
    let data = f.read_bytes(Some(dest.len), false)?;
    dest.with_mut(|d| d[..data.len()].copy_from_slice(&data));
    Ok(Value::Int(data.len() as i64))
}

/// `read1(size=-1)`: at most one read of the raw stream beyond what is buffered.
pub fn file_read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    let size = match args.params().first() {
        None | Some(Value::None) => -1,
        Some(v) => crate::objects::numbers::int::to_isize(v)?,
    };
    f.check(Op::Read)?;
    let size = usize::try_from(size).unwrap_or(8192);
    if size == 0 {
        return Ok(bytes_value(Vec::new()));
    }
    let data = buffered_bytes(vm, f)?;
    let n = data.len().min(size);
    f.state.borrow_mut().rpos += n;
    Ok(bytes_value(data[..n].to_vec()))
}

/// `peek(size=0)`: the buffered bytes (one raw read when none are), not consumed.
pub fn file_peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    check_open_for(f, "peek")?;
    f.check(Op::Read)?;
    Ok(bytes_value(buffered_bytes(vm, f)?))
}

/// CPython's "`what` of closed file" ValueError.
fn check_open_for(f: &FileObj, what: &str) -> PyResult<()> {
    f.check_attached()?;
    if f.state.borrow().closed {
        return Err(exc!(value_error, "{} of closed file", what));
    }
    Ok(())
}

/// The unread read-ahead, filled by one read when it is empty.
fn buffered_bytes(vm: &mut Vm, f: &FileObj) -> PyResult<Vec<u8>> {
    let empty = {
        let st = f.state.borrow();
        st.rpos >= st.rbuf.len()
    };
    if empty {
        if f.is_wrapper() {
            f.state.borrow_mut().eof = false;
            wrapper::prefetch(vm, f, Need::Chars(0))?;
        } else {
            f.flush_writes()?;
            f.fill()?;
        }
    }
    let st = f.state.borrow();
    Ok(st.rbuf[st.rpos..].to_vec())
}

/// `__del__`: closes a file that is still open when freed (flushing what it buffered),
/// ignoring errors as CPython's `_IOBase` finalizer does outside dev mode.
pub fn file_del(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    if !f.state.borrow().closed {
        let _ = vm.call_method(args.receiver(), "close", &[]);
    }
    Ok(Value::None)
}

/// `.raw` of a buffered object made over a raw stream.
pub fn get_raw(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<FileObj>().expect("a file");
    wrapper::buffer_attr(f).ok_or_else(|| {
        exc!(
            attribute_error,
            "'_io.{}' object has no attribute 'raw'",
            f.type_name()
        )
    })
}
