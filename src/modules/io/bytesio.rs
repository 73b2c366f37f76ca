//! `io.BytesIO`: an in-memory binary stream over a byte vector, with CPython's messages
//! (every closed-stream error is "I/O operation on closed file.").
//!
//! `getbuffer()` returns a memoryview over the stream's own bytes, through a small
//! exporter object (`_io._BytesIOBuffer`, as CPython's) that lends the stream's storage and
//! counts exports on the stream: while a view is alive, anything that would change or free
//! the storage (write, truncate, close, `__init__`) raises CPython's BufferError.

use std::cell::{Cell, RefCell};

use crate::objects::binary::buffer::{self, check_resizable, Buffer, Export, Store};

use super::{closed_error, index_arg, new_stream, opt_index_arg, size_arg, unsupported};
use crate::exc;
use crate::method;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::callables::native::{receiver, this, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::list::ListObj;
use crate::objects::{PyRef, Value};
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

pub struct BytesIO {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// Live `getbuffer()` views (and buffers taken from them).
    exports: Cell<usize>,
}

// Holds no references.
impl NativeData for BytesIO {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

impl BytesIO {
    fn check(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_error(true));
        }
        Ok(())
    }

    /// Checks the stream is open and its storage may change (no `getbuffer()` view alive).
    fn check_mutable(&self) -> PyResult<()> {
        self.check()?;
        check_resizable(&self.exports)
    }

    /// Up to `limit` bytes from the position, stopping after `\n` with `line`.
    fn take(&self, limit: Option<usize>, line: bool) -> Vec<u8> {
        let buf = self.buf.borrow();
        let start = self.pos.get().min(buf.len());
        let avail = &buf[start..];
        let mut end = limit.map_or(avail.len(), |l| l.min(avail.len()));
        if line {
            if let Some(i) = avail.iter().position(|&b| b == b'\n') {
                end = end.min(i + 1);
            }
        }
        self.pos.set(start + end);
        avail[..end].to_vec()
    }

    /// Writes `data` at the position (zero-filling past the end); MemoryError when that
    /// cannot be allocated.
    fn put(&self, data: &[u8]) -> PyResult<()> {
        let mut buf = self.buf.borrow_mut();
        let pos = self.pos.get();
        super::reserve_to(&mut buf, pos.saturating_add(data.len()))?;
        if pos > buf.len() {
            buf.resize(pos, 0);
        }
        let end = (pos + data.len()).min(buf.len());
        buf.splice(pos..end, data.iter().copied());
        self.pos.set(pos + data.len());
        Ok(())
    }
}

const INIT: Clinic = Clinic {
    fname: "BytesIO",
    names: &["initial_bytes"],
    posonly: 0,
    minpos: 0,
    maxpos: 1,
};

/// `BytesIO(initial_bytes=b'')`; for a subclass, an empty stream its `__init__` sets up.
fn bytesio_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let obj = new_stream(
        cls,
        BytesIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            exports: Cell::new(0),
        },
    );
    if cls.ptr_eq(&super::Types::get().bytes_io) {
        init_with(this::<BytesIO>(&obj), &args)?;
    }
    Ok(obj)
}

/// `__init__(initial_bytes=b'')`.
fn bytesio_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    init_with(receiver::<BytesIO>(&args), &rest)?;
    Ok(Value::None)
}

/// Resets the stream to what the constructor arguments `rest` ask for.
fn init_with(this: &BytesIO, rest: &Args) -> PyResult<()> {
    let [initial] = INIT.bind(rest)?;
    check_resizable(&this.exports)?;
    let data = match initial {
        None | Some(Value::None) => Vec::new(),
        Some(v) => buffer::bytes_like(v)?,
    };
    *this.buf.borrow_mut() = data;
    this.pos.set(0);
    this.closed.set(false);
    Ok(())
}

fn read(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    let limit = size_arg(args.params().first())?;
    b.check()?;
    Ok(bytes_value(b.take(limit, false)))
}

fn readline(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    let limit = size_arg(args.params().first())?;
    b.check()?;
    Ok(bytes_value(b.take(limit, true)))
}

fn readlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    let hint = size_arg(args.params().first())?.filter(|h| *h > 0);
    b.check()?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = b.take(None, true);
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(bytes_value(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::Obj(ListObj::new_ref(lines)))
}

/// `readinto(buffer)`: fills any writable bytes-like object (bytearray, memoryview,
/// array) from the position; returns the count.
fn readinto(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    let dest = writable_arg(&args.params()[0])?;
    b.check()?;
    let data = b.take(Some(dest.len), false);
    dest.with_mut(|d| d[..data.len()].copy_from_slice(&data));
    Ok(Value::Int(data.len() as i64))
}

/// The target of a `readinto()`: a writable contiguous buffer, or CPython's TypeError.
pub(crate) fn writable_arg(v: &Value) -> PyResult<Buffer> {
    // (a released or strided view is this TypeError too, as in CPython)
    Buffer::require_writable(v).map_err(|_| {
        exc!(
            type_error,
            "readinto() argument must be read-write bytes-like object, not {}",
            v.type_name()
        )
    })
}

fn write(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    let data = buffer::bytes_like(&args.params()[0])?;
    b.check_mutable()?;
    b.put(&data)?;
    Ok(Value::Int(data.len() as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    b.check()?;
    for item in vm.collect(&args.params()[0])? {
        let data = buffer::bytes_like(&item)?;
        b.check_mutable()?;
        b.put(&data)?;
    }
    Ok(Value::None)
}

fn getvalue(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    b.check()?;
    let data = b.buf.borrow().clone();
    Ok(bytes_value(data))
}

/// `getbuffer()`: a writable memoryview of the whole stream.
fn getbuffer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<BytesIO>(&args).check()?;
    let exporter = new_stream(
        &super::Types::get().bytes_io_buffer,
        BytesIOBuffer {
            stream: args.receiver().clone(),
        },
    );
    crate::objects::binary::memoryview::memoryview_of(&exporter)
}

/// The exporter behind a `getbuffer()` view: lends its stream's storage.
pub struct BytesIOBuffer {
    stream: Value,
}

impl NativeData for BytesIOBuffer {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.stream);
    }
}

fn bytesio_buffer_export(v: &Value) -> Option<Export<'_>> {
    let b = this::<BytesIO>(&this::<BytesIOBuffer>(v).stream);
    Some(Export {
        store: Store::Resizable(&b.buf),
        exports: Some(&b.exports),
        format: "B",
        itemsize: 1,
    })
}

/// `_io._BytesIOBuffer`'s declaration (not constructible from Python).
pub const BUFFER_SPEC: TypeSpec = TypeSpec {
    slots: TypeSlots {
        buffer: Some(bytesio_buffer_export),
        ..PLAIN_SLOTS
    },
    methods: &[],
    getsets: &[],
};

fn tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    b.check()?;
    Ok(Value::Int(b.pos.get() as i64))
}

fn seek(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    let pos = index_arg(&args.params()[0])?;
    let whence = args.params().get(1).map_or(Ok(0), index_arg)?;
    b.check()?;
    let base = match whence {
        0 if pos < 0 => return Err(exc!(value_error, "negative seek value {}", pos)),
        0 => 0,
        1 => b.pos.get() as i64,
        2 => b.buf.borrow().len() as i64,
        w => {
            return Err(exc!(
                value_error,
                "invalid whence ({}, should be 0, 1 or 2)",
                w
            ))
        }
    };
    // (relative seeks before the start stop at 0, as CPython's)
    let to = base.saturating_add(pos).max(0);
    b.pos.set(to as usize);
    Ok(Value::Int(to))
}

fn truncate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    let size = opt_index_arg(args.params().first())?;
    b.check_mutable()?;
    let size = size.unwrap_or(b.pos.get() as i64);
    if size < 0 {
        return Err(exc!(value_error, "negative size value {}", size));
    }
    b.buf.borrow_mut().truncate(size as usize);
    Ok(Value::Int(size))
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver::<BytesIO>(&args);
    check_resizable(&b.exports)?;
    b.closed.set(true);
    *b.buf.borrow_mut() = Vec::new();
    Ok(Value::None)
}

/// `readable()`, `writable()`, `seekable()`: true while open.
fn able(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<BytesIO>(&args).check()?;
    Ok(Value::Bool(true))
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<BytesIO>(&args).check()?;
    Ok(Value::Bool(false))
}

fn flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<BytesIO>(&args).check()?;
    Ok(Value::None)
}

fn fileno(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

fn detach(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported("detach"))
}

fn enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<BytesIO>(&args).check()?;
    Ok(args.receiver().clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.call_method(args.receiver(), "close", &[])?;
    Ok(Value::None)
}

fn iter_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn next_slot(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let b = this::<BytesIO>(v);
    b.check()?;
    let line = b.take(None, true);
    Ok((!line.is_empty()).then(|| bytes_value(line)))
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(this::<BytesIO>(v).closed.get()))
}

const SLOTS: TypeSlots = TypeSlots {
    new: Some(bytesio_new),
    iter: Some(iter_slot),
    next: Some(next_slot),
    ..PLAIN_SLOTS
};

const METHODS: &[MethodDef] = &[
    method!("__init__", bytesio_init),
    method!("read", read, Pos(0, 1)),
    method!("read1", read, Pos(0, 1)),
    method!("readline", readline, Pos(0, 1)),
    method!("readlines", readlines, Pos(0, 1)),
    method!("readinto", readinto, One),
    method!("write", write, One),
    method!("writelines", writelines, One),
    method!("getvalue", getvalue, NoArgs),
    method!("getbuffer", getbuffer, NoArgs),
    method!("tell", tell, NoArgs),
    method!("seek", seek, Pos(1, 2)),
    method!("truncate", truncate, Pos(0, 1)),
    method!("close", close, NoArgs),
    method!("readable", able, NoArgs),
    method!("writable", able, NoArgs),
    method!("seekable", able, NoArgs),
    method!("isatty", isatty, NoArgs),
    method!("flush", flush, NoArgs),
    method!("fileno", fileno, NoArgs),
    method!("detach", detach, NoArgs),
    method!("__enter__", enter, NoArgs),
    method!("__exit__", exit),
];

const GETSETS: &[GetSetDef] = &[crate::getset!("closed", get_closed)];

/// `_io.BytesIO`'s declaration.
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};
