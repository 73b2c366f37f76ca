//! The Python-facing methods and slots of file objects (see `file.rs` for the object and
//! its buffering): argument checking, CPython's closed-file and unsupported-operation errors,
//! iteration by line, the context-manager methods, `repr` and the data attributes.

use std::fs::File;
use std::io::SeekFrom;

use super::buffered;
use super::file::{unsupported_operation, FileObj, Op};
use super::wrapper::{self, Need};
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots};
use crate::objects::containers::list::ListObj;
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::{exc, method};

/// `self` of a file method (the method table checked it).
fn this<'a>(args: &Args<'a>) -> &'a FileObj {
    args.receiver_as::<FileObj>()
}

/// A `size`/`hint` argument: None or a negative int means "no limit".
fn size_arg(args: &Args) -> PyResult<Option<usize>> {
    match args.params().first() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok((*n >= 0).then_some(*n as usize)),
        Some(Value::Bool(b)) => Ok(Some(*b as usize)),
        Some(v) => Err(exc!(
            type_error,
            "argument should be integer or None, not '{}'",
            v.type_name()
        )),
    }
}

/// The value for `bytes` read from a file: bytes, or (text) a str.
fn read_value(f: &FileObj, limit: Option<usize>, line: bool) -> PyResult<Value> {
    if f.binary {
        Ok(bytes_value(f.read_bytes(limit, line)?))
    } else {
        Ok(Value::Obj(new_str(f.read_text(limit, line)?)))
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    let limit = size_arg(&args)?;
    f.check(Op::Read)?;
    let need = match limit {
        None => Need::All,
        Some(n) if f.binary => Need::Bytes(n),
        Some(n) => Need::Chars(n),
    };
    wrapper::prefetch(vm, f, need)?;
    read_value(f, limit, false)
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    let limit = size_arg(&args)?;
    f.check(Op::ReadLine)?;
    wrapper::prefetch(vm, f, Need::Line)?;
    read_value(f, limit, true)
}

fn is_empty(v: &Value) -> bool {
    v.downcast::<BytesObj>().is_some_and(|b| b.bytes.is_empty())
        || v.downcast::<StrObj>()
            .is_some_and(|s| s.as_str().is_empty())
}

fn value_len(v: &Value) -> usize {
    v.downcast::<BytesObj>()
        .map(|b| b.bytes.len())
        .or_else(|| v.downcast::<StrObj>().map(StrObj::char_len))
        .unwrap_or(0)
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    let hint = size_arg(&args)?.filter(|h| *h > 0);
    f.check_open(Op::Lines)?;
    f.check(Op::ReadLine)?;
    wrapper::prefetch(vm, f, Need::All)?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_value(f, None, true)?;
        if is_empty(&line) {
            break;
        }
        total += value_len(&line);
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::Obj(ListObj::new_ref(lines)))
}

/// Writes one str (text) or bytes (binary) value; returns what `write` returns.
fn write_value(f: &FileObj, v: &Value) -> PyResult<Value> {
    if f.binary {
        let b = crate::objects::binary::buffer::bytes_like(v)?;
        f.check(Op::Write)?;
        f.write_bytes(&b)?;
        return Ok(Value::Int(b.len() as i64));
    }
    let Some(s) = v.downcast::<StrObj>() else {
        return Err(exc!(
            type_error,
            "write() argument must be str, not {}",
            v.type_name()
        ));
    };
    f.check(Op::Write)?;
    let text = f.newline.translate_out(s.as_str());
    let bytes = if f.errors == "strict" {
        f.encoding
            .encode(&text)
            .map_err(|m| exc!(unicode_encode_error, "{}", m))?
    } else {
        // (the `errors=` handlers: replace, ignore, backslashreplace, xmlcharrefreplace)
        crate::objects::binary::bytes::encode(&text, f.encoding.codec(), &f.errors)?
    };
    f.write_bytes(&bytes)?;
    Ok(Value::Int(s.char_len() as i64))
}

/// [`write_value`], with what a wrapper does around it (see `wrapper.rs`).
fn write_one(vm: &mut Vm, f: &FileObj, v: &Value) -> PyResult<Value> {
    if !f.is_wrapper() {
        return write_value(f, v);
    }
    // (a text wrapper over a buffer closed directly refuses the text now, not at a later
    // flush, as CPython; a detached one says so first)
    f.check_attached()?;
    if !f.binary && wrapper::closed(vm, f)? {
        return Err(exc!(value_error, "I/O operation on closed file."));
    }
    // (a text wrapper drops the read-ahead without moving the buffer back: the text goes
    // where the buffer's reads left it, as in CPython; a buffered binary object writes at
    // its logical position)
    if f.binary && f.writable {
        wrapper::rewind(vm, f)?;
    }
    let n = write_value(f, v)?;
    wrapper::after_write(vm, f, v.downcast::<StrObj>().map_or("", StrObj::as_str))?;
    Ok(n)
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    write_one(vm, f, &args.params()[0])
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    f.check_open(Op::Lines)?;
    for line in vm.collect(&args.params()[0])? {
        write_one(vm, f, &line)?;
    }
    Ok(Value::None)
}

/// Closes a file or a wrapper.
fn close(vm: &mut Vm, f: &FileObj) -> PyResult<Value> {
    if let Some(r) = wrapper::method(vm, f, "close", &[])? {
        return Ok(r);
    }
    f.close()?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    close(vm, this(&args))
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    if let Some(r) = wrapper::method(vm, f, "flush", &[])? {
        return Ok(r);
    }
    f.check_open(Op::Flush)?;
    f.flush_writes()?;
    Ok(Value::None)
}

/// `detach()`: a wrapper hands back its buffer (and is unusable after); files here have no
/// separate buffer object to hand back.
fn file_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    match wrapper::method(vm, f, "detach", &[])? {
        Some(buffer) => Ok(buffer),
        None => Err(PyErr::new(unsupported_operation(), "detach")),
    }
}

fn file_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    if let Some(r) = wrapper::method(vm, f, "tell", &[])? {
        return Ok(r);
    }
    f.check_open(Op::Tell)?;
    Ok(Value::Int(f.tell()? as i64))
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    let int = |v: &Value| match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        v => Err(exc!(
            type_error,
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )),
    };
    let offset = int(&args.params()[0])?;
    let whence = args.params().get(1).map_or(Ok(0), int)?;
    f.check_open(Op::Seek)?;
    let to = match whence {
        0 if offset < 0 => return Err(exc!(value_error, "negative seek position {}", offset)),
        0 => SeekFrom::Start(offset as u64),
        1 | 2 if !f.binary && offset != 0 => {
            let which = if whence == 1 { "cur" } else { "end" };
            return Err(PyErr::new(
                unsupported_operation(),
                format!("can't do nonzero {which}-relative seeks"),
            ));
        }
        1 if f.is_wrapper() && offset != 0 => {
            let at = wrapper::method(vm, f, "tell", &[])?.expect("a wrapper");
            let at = crate::objects::numbers::int::to_isize(&at)?;
            SeekFrom::Start(at.saturating_add(offset).max(0) as u64)
        }
        1 if f.is_wrapper() => SeekFrom::Current(0),
        1 => SeekFrom::Start(
            (f.tell()? as i64)
                .checked_add(offset)
                .filter(|p| *p >= 0)
                .ok_or_else(|| os_error(&std::io::Error::from_raw_os_error(22), None))?
                as u64,
        ),
        2 => SeekFrom::End(offset),
        w => {
            return Err(exc!(
                value_error,
                "invalid whence ({}, should be 0, 1 or 2)",
                w
            ))
        }
    };
    if f.is_wrapper() {
        return wrapper::seek(vm, f, to);
    }
    Ok(Value::Int(f.seek(to)? as i64))
}

fn file_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    if let Some(r) = wrapper::method(vm, f, "truncate", args.params())? {
        return Ok(r);
    }
    f.check(Op::Write)?;
    let size = match args.params().first() {
        None | Some(Value::None) => f.tell()?,
        Some(Value::Int(n)) if *n >= 0 => *n as u64,
        Some(Value::Int(n)) => return Err(exc!(value_error, "negative size value {}", n)),
        Some(v) => {
            return Err(exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))
        }
    };
    f.flush_writes()?;
    f.drop_read_ahead()?;
    f.with_file(|file| file.set_len(size))?;
    Ok(Value::Int(size as i64))
}

/// `readable()`, `writable()`, `seekable()`, `isatty()`, `fileno()`.
/// (a wrapper asks its buffer)
macro_rules! query_methods {
    ($($fname:ident $name:literal => |$f:ident| $body:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let $f = this(&args);
            if let Some(r) = wrapper::method(vm, $f, $name, &[])? {
                return Ok(r);
            }
            $f.check_open(Op::Query)?;
            $body
        }
    )*};
}

query_methods! {
    file_readable "readable" => |f| Ok(Value::Bool(f.readable));
    file_writable "writable" => |f| Ok(Value::Bool(f.writable));
    file_seekable "seekable" => |_f| Ok(Value::Bool(true));
    file_isatty "isatty" => |f| f.with_file(|file| Ok(std::io::IsTerminal::is_terminal(&*file))).map(Value::Bool);
    file_fileno "fileno" => |f| f.with_file(|file| Ok(raw_fd(file))).map(Value::Int);
}

#[cfg(unix)]
fn raw_fd(f: &File) -> i64 {
    i64::from(std::os::fd::AsRawFd::as_raw_fd(f))
}

#[cfg(not(unix))]
fn raw_fd(_f: &File) -> i64 {
    -1
}

fn file_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args);
    f.check_open(Op::Lines)?;
    Ok(args.receiver().clone())
}

/// `__exit__(*exc_info)`: any positional arguments (`METH_VARARGS`).
fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // (CPython's `__exit__` is `_IOBase`'s)
    args.no_kwargs("_IOBase.__exit__")?;
    close(vm, this(&args))
}

fn file_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<FileObj>().expect("a file");
    f.check_open(Op::Lines)?;
    Ok(v.clone())
}

fn file_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let f = v.downcast::<FileObj>().expect("a file");
    f.check_open(Op::Lines)?;
    f.check(Op::ReadLine)?;
    wrapper::prefetch(vm, f, Need::Line)?;
    let line = read_value(f, None, true)?;
    Ok((!is_empty(&line)).then_some(line))
}

fn file_repr(vm: &mut Vm, v: &Value) -> PyResult<crate::objects::PyRef> {
    let f = v.downcast::<FileObj>().expect("a file");
    if let Some(buffer) = wrapper::buffer_attr(f) {
        return wrapper_repr(vm, f, &buffer);
    }
    let name = vm.repr_string(&f.name)?;
    let text = if f.raw {
        format!(
            "<_io.FileIO name={} mode={} closefd={}>",
            name,
            crate::objects::strings::str::repr_str(&f.mode),
            if f.state.borrow().closefd {
                "True"
            } else {
                "False"
            }
        )
    } else if f.binary {
        format!("<_io.{} name={}>", f.type_name(), name)
    } else {
        format!(
            "<_io.TextIOWrapper name={} mode={} encoding={}>",
            name,
            crate::objects::strings::str::repr_str(&f.mode),
            crate::objects::strings::str::repr_str(&f.encoding_name)
        )
    };
    Ok(new_str(text))
}

/// The repr of a wrapper: with its buffer's `name` when it has one, as CPython's.
fn wrapper_repr(vm: &mut Vm, f: &FileObj, buffer: &Value) -> PyResult<PyRef> {
    let mut text = format!("<_io.{}", f.type_name());
    let attached = f.check_attached().is_ok();
    if let Some(v) = optional_attr(vm, buffer, "name")?.filter(|_| attached) {
        text.push_str(&format!(" name={}", vm.repr_string(&v)?));
    }
    if !f.binary {
        let enc = crate::objects::strings::str::repr_str(&f.encoding_name);
        text.push_str(&format!(" encoding={enc}"));
    }
    text.push('>');
    Ok(new_str(text))
}

/// `obj.name`, or `None` when it has no such attribute.
fn optional_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match vm.getattr(obj, &crate::objects::strings::str::intern(name)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::objects::types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn file_of(v: &Value) -> &FileObj {
    v.downcast::<FileObj>().expect("a file")
}

/// A text file's `mode`: an instance dict entry in CPython (`open` stores it), so no
/// descriptor of the type serves it.
fn text_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let is_mode = name
        .downcast::<StrObj>()
        .is_some_and(|s| s.as_str() == "mode");
    let f = file_of(v);
    Ok((is_mode && !f.is_wrapper()).then(|| Value::Obj(new_str(f.mode.as_str()))))
}

// The data attributes, declared as CPython's types declare them: getsets, and for
// TextIOWrapper's `encoding` and `line_buffering`, read-only members.

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    file_of(v).check_attached()?;
    match wrapper::buffer_attr(file_of(v)) {
        Some(buffer) => vm.getattr(&buffer, &crate::objects::strings::str::intern("name")),
        None => Ok(file_of(v).name.clone()),
    }
}

/// A wrapper's `.buffer` (plain text files have none here).
fn get_buffer(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    wrapper::buffer_attr(file_of(v)).ok_or_else(|| {
        exc!(
            attribute_error,
            "'_io.TextIOWrapper' object has no attribute 'buffer'"
        )
    })
}

fn get_write_through(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = file_of(v).wrapped.borrow();
    Ok(Value::Bool(w.as_ref().is_some_and(|w| w.write_through)))
}

fn get_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(raw) = wrapper::buffer_attr(file_of(v)) {
        return vm.getattr(&raw, &crate::objects::strings::str::intern("mode"));
    }
    Ok(Value::Obj(new_str(file_of(v).mode.as_str())))
}

fn get_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    file_of(v).check_attached()?;
    Ok(Value::Bool(wrapper::closed(vm, file_of(v))?))
}

fn get_encoding(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(file_of(v).encoding_name.as_str())))
}

fn get_errors(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(file_of(v).errors.as_str())))
}

fn get_newlines(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = file_of(v);
    Ok(match f.newline {
        super::file_io::Newline::Exactly(_) => Value::None,
        _ => newlines_value(f.seen.get()),
    })
}

/// `newlines` of a text stream that has seen `seen`: None, one str, or a tuple.
pub fn newlines_value(seen: super::file_io::Seen) -> Value {
    let mut kinds: Vec<Value> = seen
        .kinds()
        .into_iter()
        .map(|s| Value::Obj(new_str(s)))
        .collect();
    match kinds.len() {
        0 => Value::None,
        1 => kinds.pop().expect("one"),
        _ => crate::objects::containers::tuple::tuple_value(kinds),
    }
}

fn get_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = file_of(v).wrapped.borrow();
    Ok(Value::Bool(w.as_ref().is_some_and(|w| w.line_buffering)))
}

/// The buffered binary files' (`BufferedReader`...) attributes.
pub const BINARY_GETSETS: &[GetSetDef] = &[
    crate::getset!("name", get_name),
    crate::getset!("mode", get_mode),
    crate::getset!("closed", get_closed),
    crate::getset!("raw", super::buffered::get_raw),
];

/// `TextIOWrapper`'s attributes (`mode` is `text_getattr`'s).
pub const TEXT_GETSETS: &[GetSetDef] = &[
    crate::getset!("name", get_name),
    crate::getset!("closed", get_closed),
    crate::getset!("newlines", get_newlines),
    crate::member!("encoding", get_encoding),
    crate::getset!("errors", get_errors),
    crate::member!("line_buffering", get_line_buffering),
    crate::member!("write_through", get_write_through),
    crate::member!("buffer", get_buffer),
];

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(file_repr),
    iter: Some(file_iter),
    next: Some(file_next),
    ..TypeSlots::EMPTY
};

pub const TEXT_SLOTS: TypeSlots = TypeSlots {
    getattr: Some(text_getattr),
    new: Some(wrapper::text_wrapper_new),
    ..SLOTS
};

/// The methods every file type has, then what each adds (one list, so it cannot drift).
macro_rules! file_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            method!("read", file_read, Pos(0, 1)),
            method!("readline", file_readline, Pos(0, 1)),
            method!("readlines", file_readlines, Pos(0, 1)),
            method!("write", file_write, One),
            method!("writelines", file_writelines, One),
            method!("close", file_close, NoArgs),
            method!("flush", file_flush, NoArgs),
            method!("tell", file_tell, NoArgs),
            method!("detach", file_detach, NoArgs),
            method!("seek", file_seek, Pos(1, 2)),
            method!("truncate", file_truncate, Pos(0, 1)),
            method!("readable", file_readable, NoArgs),
            method!("writable", file_writable, NoArgs),
            method!("seekable", file_seekable, NoArgs),
            method!("isatty", file_isatty, NoArgs),
            method!("fileno", file_fileno, NoArgs),
            method!("__enter__", file_enter, NoArgs),
            method!("__exit__", file_exit),
            method!("__del__", buffered::file_del, NoArgs),
            $($extra,)*
        ]
    };
}

/// `TextIOWrapper`'s methods.
pub const METHODS: &[MethodDef] = file_methods!();

/// `FileIO`'s methods.
pub const RAW_METHODS: &[MethodDef] = file_methods!(
    method!("readinto", buffered::file_readinto, One),
    method!("readall", file_read, NoArgs),
);

/// The buffered binary types' methods.
pub const BUFFERED_METHODS: &[MethodDef] = file_methods!(
    method!("readinto", buffered::file_readinto, One),
    method!("readinto1", buffered::file_readinto, One),
    method!("read1", buffered::file_read1, Pos(0, 1)),
    method!("peek", buffered::file_peek, Pos(0, 1)),
);
