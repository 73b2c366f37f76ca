//! `io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
//! write_through=False)`: a text file object (`FileObj`, the same type `open()` returns)
//! whose bytes come from and go to a Python buffer object (`io.BytesIO`, a user class)
//! through its `read`/`write`/`seek`/`tell`/`flush`/`close` methods.
//!
//! The decoding core of `file.rs` never calls Python: before a read, [`prefetch`] pulls
//! from the buffer what the call needs into the read-ahead (a line, `n` characters, or
//! everything), and writes collect in the write buffer until [`push`] hands them to the
//! buffer (when full, at a newline with `line_buffering`, at once with `write_through`, and
//! before any read, seek, tell, flush or close).

use std::cell::RefCell;

use super::file::{FileObj, Op, State};
use super::file_io::{Encoding, Newline};
use crate::exc;
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::strings::str::as_str;
use crate::objects::{types, PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

/// What a wrapper adds to a file object.
pub struct Wrapped {
    pub buffer: Value,
    /// `buffer.seekable()`, asked once (as CPython does).
    pub seekable: bool,
    pub line_buffering: bool,
    pub write_through: bool,
}

/// How much of the buffer a read needs in the read-ahead.
#[derive(Clone, Copy)]
pub enum Need {
    /// Up to the end of the next line (and one byte past a `\r`, for `\r\n`).
    Line,
    /// Enough bytes for `n` characters.
    Chars(usize),
    /// `n` bytes (a binary read).
    Bytes(usize),
    All,
}

const CHUNK: i64 = 8192;

/// The codec for an `encoding=` argument (UTF-8 when None) and the name `.encoding` shows.
pub fn text_codec(encoding: Option<&str>) -> PyResult<(Encoding, String)> {
    match encoding {
        None => Ok((Encoding::Utf8, "UTF-8".to_string())),
        Some(e) => match Encoding::lookup(e) {
            Some(enc) => Ok((enc, e.to_string())),
            None => Err(exc!(lookup_error, "unknown encoding: {}", e)),
        },
    }
}

/// The wrapped buffer, if `f` is a wrapper.
fn buffer_of(f: &FileObj) -> Option<Value> {
    f.wrapped.borrow().as_ref().map(|w| w.buffer.clone())
}

/// The `new` slot of `TextIOWrapper`.
pub fn text_wrapper_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let names = [
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let a = crate::objects::callables::bind::bind(&args, "TextIOWrapper", names, 1)?;
    let buffer = a[0].expect("required").clone();
    let opt_str = |v: Option<&Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => as_str(v).map(|s| Some(s.to_string())).ok_or_else(|| {
                exc!(
                    type_error,
                    "TextIOWrapper() argument '{}' must be str or None, not {}",
                    what,
                    v.type_name()
                )
            }),
        }
    };
    let encoding = opt_str(a[1], "encoding")?;
    let errors = opt_str(a[2], "errors")?;
    let newline = opt_str(a[3], "newline")?;
    let (encoding, encoding_name) = text_codec(encoding.as_deref())?;
    let newline = Newline::parse(newline.as_deref()).map_err(|m| exc!(value_error, "{}", m))?;
    let flag = |vm: &mut Vm, v: Option<&Value>| v.map_or(Ok(false), |v| vm.truthy(v));
    let line_buffering = flag(vm, a[4])?;
    let write_through = flag(vm, a[5])?;
    let readable = vm.call_method(&buffer, "readable", &[])?;
    let readable = vm.truthy(&readable)?;
    let writable = vm.call_method(&buffer, "writable", &[])?;
    let writable = vm.truthy(&writable)?;
    let seekable = vm.call_method(&buffer, "seekable", &[])?;
    let seekable = vm.truthy(&seekable)?;
    let obj = FileObj {
        name: Value::None,
        mode: String::new(),
        binary: false,
        raw: false,
        readable,
        writable,
        encoding,
        encoding_name,
        errors: errors.unwrap_or_else(|| "strict".into()),
        newline,
        state: RefCell::new(State::new(None)),
        wrapped: RefCell::new(Some(Wrapped {
            buffer,
            seekable,
            line_buffering,
            write_through,
        })),
        seen: Default::default(),
    };
    let cls = if cls.ptr_eq(&types().text_file) {
        cls
    } else {
        &types().text_file
    };
    Ok(Value::Obj(PyRef::new(cls, obj)))
}

/// Hands the pending writes to the buffer.
pub fn push(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let Some(buffer) = buffer_of(f) else {
        return Ok(());
    };
    let mut pending = std::mem::take(&mut f.state.borrow_mut().wbuf);
    // (a raw stream may take part of it: the rest goes again, as CPython's buffered writer)
    while !pending.is_empty() {
        let len = pending.len();
        let r = vm.call_method(&buffer, "write", &[bytes_value(pending.clone())])?;
        match r {
            Value::Int(n) if n > 0 && (n as usize) < len => drop(pending.drain(..n as usize)),
            _ => break,
        }
    }
    Ok(())
}

/// Moves the buffer's position back over read-ahead not consumed (before a write or a
/// seek), so that its position is the text's.
pub fn rewind(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let Some(buffer) = buffer_of(f) else {
        return Ok(());
    };
    let unread = {
        let mut st = f.state.borrow_mut();
        let n = st.rbuf.len() - st.rpos;
        st.rbuf.clear();
        st.rpos = 0;
        st.eof = false;
        n
    };
    if unread > 0 {
        let back = Value::Int(-(unread as i64));
        vm.call_method(&buffer, "seek", &[back, Value::Int(1)])?;
    }
    Ok(())
}

/// Whether the read-ahead already holds what `need` asks for.
fn has_enough(st: &State, need: Need) -> bool {
    let avail = &st.rbuf[st.rpos..];
    match need {
        Need::All => false,
        Need::Chars(n) => avail.len() >= n.saturating_mul(4).saturating_add(4),
        Need::Bytes(n) => avail.len() >= n,
        Need::Line => avail
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .is_some_and(|i| avail[i] == b'\n' || i + 1 < avail.len()),
    }
}

/// Reads from the buffer into the read-ahead until it holds what `need` asks for, or the
/// buffer is exhausted. Pending writes go out first.
pub fn prefetch(vm: &mut Vm, f: &FileObj, need: Need) -> PyResult<()> {
    let Some(buffer) = buffer_of(f) else {
        return Ok(());
    };
    push(vm, f)?;
    {
        let mut st = f.state.borrow_mut();
        if st.soft_eof {
            st.eof = false;
            st.soft_eof = false;
        }
    }
    loop {
        {
            let st = f.state.borrow();
            if st.eof || has_enough(&st, need) {
                return Ok(());
            }
        }
        let chunk = vm.call_method(&buffer, "read", &[Value::Int(CHUNK)])?;
        let data = match chunk.downcast::<BytesObj>() {
            Some(b) => b.bytes.to_vec(),
            None if chunk.is_none() => Vec::new(),
            None => crate::objects::binary::bytes_methods::buffer(&chunk).ok_or_else(|| {
                exc!(
                    type_error,
                    "underlying read() should have returned a bytes-like object, not '{}'",
                    chunk.type_name()
                )
            })?,
        };
        let mut st = f.state.borrow_mut();
        let consumed = st.rpos;
        st.rbuf.drain(..consumed);
        st.rpos = 0;
        st.eof = data.is_empty();
        st.rbuf.extend_from_slice(&data);
    }
}

/// After a write of `text`: hands the writes on when the buffer is full, at a newline with
/// `line_buffering` (and flushes the buffer then), or at once with `write_through`.
pub fn after_write(vm: &mut Vm, f: &FileObj, text: &str) -> PyResult<()> {
    let (line, through) = match f.wrapped.borrow().as_ref() {
        Some(w) => (w.line_buffering, w.write_through),
        None => return Ok(()),
    };
    let newline = line && (text.contains('\n') || text.contains('\r'));
    let full = f.state.borrow().wbuf.len() >= CHUNK as usize;
    if full || newline || through {
        push(vm, f)?;
    }
    if newline {
        let buffer = buffer_of(f).expect("a wrapper");
        vm.call_method(&buffer, "flush", &[])?;
    }
    Ok(())
}

/// `flush()`, `close()`, `tell()`, `seek()`, `truncate()` and the queries of a wrapper:
/// `None` when `f` is a plain file (the caller goes on with its own code).
pub fn method(vm: &mut Vm, f: &FileObj, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(buffer) = buffer_of(f) else {
        return Ok(None);
    };
    let result = match name {
        "close" => {
            f.check_attached()?;
            // (a buffer closed behind the wrapper's back makes this a no-op, as CPython)
            if closed(vm, f)? {
                return Ok(Some(Value::None));
            }
            let flushed = push(vm, f).and_then(|_| vm.call_method(&buffer, "flush", &[]));
            f.state.borrow_mut().closed = true;
            vm.call_method(&buffer, "close", &[])?;
            flushed?;
            Value::None
        }
        "detach" => {
            f.check_open(Op::Query)?;
            push(vm, f)?;
            vm.call_method(&buffer, "flush", &[])?;
            let mut st = f.state.borrow_mut();
            st.closed = true;
            st.detached = true;
            drop(st);
            // (the wrapper lets go of its buffer, as CPython's: `.raw` is None after)
            if let Some(w) = f.wrapped.borrow_mut().as_mut() {
                w.buffer = Value::None;
            }
            buffer
        }
        "flush" => {
            f.check_open(Op::Flush)?;
            push(vm, f)?;
            vm.call_method(&buffer, "flush", &[])?;
            Value::None
        }
        "tell" => {
            f.check_open(Op::Tell)?;
            check_seekable(f)?;
            push(vm, f)?;
            let raw = vm.call_method(&buffer, "tell", &[])?;
            let raw = crate::objects::numbers::int::to_isize(&raw)?;
            let st = f.state.borrow();
            Value::Int(raw - (st.rbuf.len() - st.rpos) as i64)
        }
        "truncate" => {
            f.check(Op::Write)?;
            push(vm, f)?;
            rewind(vm, f)?;
            vm.call_method(&buffer, "truncate", args)?
        }
        _ => {
            f.check_open(Op::Query)?;
            vm.call_method(&buffer, name, &[])?
        }
    };
    Ok(Some(result))
}

/// `closed` of a file or wrapper: a wrapper asks its buffer (it may have been closed
/// directly), unless the wrapper itself was closed or detached.
pub fn closed(vm: &mut Vm, f: &FileObj) -> PyResult<bool> {
    if f.state.borrow().closed {
        return Ok(true);
    }
    match buffer_of(f) {
        Some(buffer) => {
            let c = vm.getattr(&buffer, crate::interned!("closed"))?;
            vm.truthy(&c)
        }
        None => Ok(false),
    }
}

/// `.buffer` of a wrapper (AttributeError for a plain file: CPython's has its own).
pub fn buffer_attr(f: &FileObj) -> Option<Value> {
    buffer_of(f)
}

/// UnsupportedOperation for `seek`/`tell` when the buffer cannot seek.
fn check_seekable(f: &FileObj) -> PyResult<()> {
    if f.wrapped.borrow().as_ref().is_some_and(|w| !w.seekable) {
        return Err(crate::objects::exceptions::exception::PyErr::new(
            super::file::unsupported_operation(),
            "underlying stream is not seekable",
        ));
    }
    Ok(())
}

/// `seek()` of a wrapper, to a place `file_seek` validated (`Current(0)`: where it is).
pub fn seek(vm: &mut Vm, f: &FileObj, to: std::io::SeekFrom) -> PyResult<Value> {
    use std::io::SeekFrom;
    check_seekable(f)?;
    let buffer = buffer_of(f).expect("a wrapper");
    let (offset, whence) = match to {
        SeekFrom::Current(_) => {
            let at = method(vm, f, "tell", &[])?.expect("a wrapper");
            (at, Value::Int(0))
        }
        SeekFrom::Start(n) => (Value::Int(n as i64), Value::Int(0)),
        SeekFrom::End(n) => (Value::Int(n), Value::Int(2)),
    };
    push(vm, f)?;
    rewind(vm, f)?;
    vm.call_method(&buffer, "seek", &[offset, whence])
}
