//! `io.StringIO`: an in-memory text stream. The text is kept as a vector of characters, so
//! positions (`tell`, `seek`) are character indices as in CPython. `newline=` works as for
//! a text file: `None` turns `\r\n` and `\r` into `\n` as they are written, `''` keeps them
//! and ends lines at any of the three, `'\r'`/`'\r\n'` replace `\n` on writing and end lines
//! only there.

use std::cell::{Cell, RefCell};

use super::{closed_error, index_arg, new_stream, opt_index_arg, size_arg, unsupported};
use crate::exc;
use crate::method;
use crate::objects::callables::native::{receiver, this, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::list::ListObj;
use crate::objects::io::file_io::{Newline, Seen};
use crate::objects::strings::str::{new_str, repr_str, StrObj};
use crate::objects::{PyRef, Value};
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

pub struct StringIO {
    buf: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    newline: Cell<Newline>,
    /// The kinds of line ending written so far (for `newlines`).
    seen: Cell<Seen>,
}

// Holds no references.
impl NativeData for StringIO {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

impl StringIO {
    fn new() -> StringIO {
        StringIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            newline: Cell::new(Newline::Exactly("\n")),
            seen: Cell::new(Seen::default()),
        }
    }

    /// ValueError when closed; `period` picks CPython's spelling of the message per method.
    fn check(&self, period: bool) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_error(period));
        }
        Ok(())
    }

    /// Writes `text` at the position (padding with NULs past the end); returns its length.
    /// MemoryError when that cannot be allocated.
    fn write_str(&self, text: &str) -> PyResult<usize> {
        let n = text.chars().count();
        let translated: Vec<char> = match self.newline.get() {
            Newline::Universal | Newline::Untranslated => {
                let mut seen = self.seen.get();
                seen.scan(text);
                self.seen.set(seen);
                if self.newline.get() == Newline::Universal && text.contains('\r') {
                    text.replace("\r\n", "\n")
                        .replace('\r', "\n")
                        .chars()
                        .collect()
                } else {
                    text.chars().collect()
                }
            }
            Newline::Exactly(_) => self.newline.get().translate_out(text).chars().collect(),
        };
        let mut buf = self.buf.borrow_mut();
        let pos = self.pos.get();
        super::reserve_to(&mut buf, pos.saturating_add(translated.len()))?;
        if pos > buf.len() {
            buf.resize(pos, '\0');
        }
        let end = (pos + translated.len()).min(buf.len());
        buf.splice(pos..end, translated.iter().copied());
        self.pos.set(pos + translated.len());
        Ok(n)
    }

    /// Up to `limit` characters from the position, stopping after a line ending with `line`.
    fn read_chars(&self, limit: Option<usize>, line: bool) -> String {
        let buf = self.buf.borrow();
        let start = self.pos.get().min(buf.len());
        let avail = &buf[start..];
        let mut end = limit.map_or(avail.len(), |l| l.min(avail.len()));
        if line {
            if let Some(n) = line_end(avail, self.newline.get()) {
                end = end.min(n);
            }
        }
        self.pos.set(start + end);
        avail[..end].iter().collect()
    }
}

/// Where the first line of `text` ends (after its line ending), if it has one.
fn line_end(text: &[char], newline: Newline) -> Option<usize> {
    match newline {
        Newline::Universal | Newline::Untranslated => {
            let i = text.iter().position(|&c| c == '\n' || c == '\r')?;
            Some(if text[i] == '\r' && text.get(i + 1) == Some(&'\n') {
                i + 2
            } else {
                i + 1
            })
        }
        Newline::Exactly(nl) => {
            let nl: Vec<char> = nl.chars().collect();
            text.windows(nl.len())
                .position(|w| w == nl.as_slice())
                .map(|i| i + nl.len())
        }
    }
}

const INIT: Clinic = Clinic {
    fname: "StringIO",
    names: &["initial_value", "newline"],
    posonly: 0,
    minpos: 0,
    maxpos: 2,
};

/// `StringIO(initial_value='', newline='\n')`; for a subclass, an empty stream that its
/// `__init__` sets up (so it may take other arguments).
fn stringio_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let obj = new_stream(cls, StringIO::new());
    // (a subclass's instance is initialised by its `__init__`, which the class call runs)
    if cls.ptr_eq(&super::Types::get().string_io) {
        init_with(this::<StringIO>(&obj), &args)?;
    }
    Ok(obj)
}

/// `__init__(initial_value='', newline='\n')`.
fn stringio_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    init_with(receiver::<StringIO>(&args), &rest)?;
    Ok(Value::None)
}

/// Resets the stream to what the constructor arguments `rest` ask for.
fn init_with(this: &StringIO, rest: &Args) -> PyResult<()> {
    let [initial, newline] = INIT.bind(rest)?;
    let newline = match newline {
        None => Some("\n"),
        Some(Value::None) => None,
        Some(v) => Some(v.downcast::<StrObj>().map(StrObj::as_str).ok_or_else(|| {
            exc!(
                type_error,
                "newline must be str or None, not {}",
                v.type_name()
            )
        })?),
    };
    let newline = Newline::parse(newline).map_err(|_| {
        exc!(
            value_error,
            "illegal newline value: {}",
            repr_str(newline.unwrap_or_default())
        )
    })?;
    let initial = match initial {
        None | Some(Value::None) => "",
        Some(v) => v.downcast::<StrObj>().map(StrObj::as_str).ok_or_else(|| {
            exc!(
                type_error,
                "initial_value must be str or None, not {}",
                v.type_name()
            )
        })?,
    };
    let s = this;
    s.buf.borrow_mut().clear();
    s.closed.set(false);
    s.newline.set(newline);
    s.seen.set(Seen::default());
    s.pos.set(0);
    s.write_str(initial)?;
    s.pos.set(0);
    Ok(())
}

fn read(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    let limit = size_arg(args.params().first())?;
    s.check(false)?;
    Ok(Value::Obj(new_str(s.read_chars(limit, false))))
}

fn readline(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    let limit = size_arg(args.params().first())?;
    s.check(false)?;
    Ok(Value::Obj(new_str(s.read_chars(limit, true))))
}

fn readlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    let hint = size_arg(args.params().first())?.filter(|h| *h > 0);
    s.check(true)?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = s.read_chars(None, true);
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(Value::Obj(new_str(line)));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::Obj(ListObj::new_ref(lines)))
}

/// The str argument of `write`.
fn str_arg(v: &Value) -> PyResult<&str> {
    v.downcast::<StrObj>().map(StrObj::as_str).ok_or_else(|| {
        exc!(
            type_error,
            "string argument expected, got '{}'",
            v.type_name()
        )
    })
}

fn write(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    let text = str_arg(&args.params()[0])?;
    s.check(false)?;
    Ok(Value::Int(s.write_str(text)? as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    s.check(true)?;
    for line in vm.collect(&args.params()[0])? {
        s.check(false)?;
        s.write_str(str_arg(&line)?)?;
    }
    Ok(Value::None)
}

fn getvalue(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    s.check(false)?;
    let text: String = s.buf.borrow().iter().collect();
    Ok(Value::Obj(new_str(text)))
}

fn tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    s.check(false)?;
    Ok(Value::Int(s.pos.get() as i64))
}

fn seek(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    let pos = index_arg(&args.params()[0])?;
    let whence = args.params().get(1).map_or(Ok(0), index_arg)?;
    s.check(false)?;
    match whence {
        0 if pos < 0 => return Err(exc!(value_error, "Negative seek position {}", pos)),
        0 => s.pos.set(pos as usize),
        1 | 2 if pos != 0 => {
            // (CPython says "cur" for both)
            return Err(exc!(os_error, "Can't do nonzero cur-relative seeks"));
        }
        1 => {}
        2 => s.pos.set(s.buf.borrow().len()),
        w => {
            return Err(exc!(
                value_error,
                "Invalid whence ({}, should be 0, 1 or 2)",
                w
            ))
        }
    }
    Ok(Value::Int(s.pos.get() as i64))
}

fn truncate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    let size = opt_index_arg(args.params().first())?;
    s.check(false)?;
    let size = size.unwrap_or(s.pos.get() as i64);
    if size < 0 {
        return Err(exc!(value_error, "Negative size value {}", size));
    }
    s.buf.borrow_mut().truncate(size as usize);
    Ok(Value::Int(size))
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StringIO>(&args);
    s.closed.set(true);
    *s.buf.borrow_mut() = Vec::new();
    Ok(Value::None)
}

/// `readable()`, `writable()`, `seekable()`: true while open.
fn able(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<StringIO>(&args).check(false)?;
    Ok(Value::Bool(true))
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<StringIO>(&args).check(true)?;
    Ok(Value::Bool(false))
}

fn flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn fileno(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

fn detach(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported("detach"))
}

fn enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<StringIO>(&args).check(true)?;
    Ok(args.receiver().clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.call_method(args.receiver(), "close", &[])?;
    Ok(Value::None)
}

fn iter_slot(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this::<StringIO>(v).check(true)?;
    Ok(v.clone())
}

fn next_slot(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = this::<StringIO>(v);
    s.check(false)?;
    let line = s.read_chars(None, true);
    Ok((!line.is_empty()).then(|| Value::Obj(new_str(line))))
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(this::<StringIO>(v).closed.get()))
}

fn get_newlines(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = this::<StringIO>(v);
    s.check(false)?;
    match s.newline.get() {
        Newline::Exactly(_) => Ok(Value::None),
        _ => Ok(crate::objects::io::file_methods::newlines_value(
            s.seen.get(),
        )),
    }
}

fn get_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this::<StringIO>(v).check(false)?;
    Ok(Value::Bool(false))
}

fn get_none(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

const SLOTS: TypeSlots = TypeSlots {
    new: Some(stringio_new),
    iter: Some(iter_slot),
    next: Some(next_slot),
    ..PLAIN_SLOTS
};

const METHODS: &[MethodDef] = &[
    method!("__init__", stringio_init),
    method!("read", read, Pos(0, 1)),
    method!("readline", readline, Pos(0, 1)),
    method!("readlines", readlines, Pos(0, 1)),
    method!("write", write, One),
    method!("writelines", writelines, One),
    method!("getvalue", getvalue, NoArgs),
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

const GETSETS: &[GetSetDef] = &[
    crate::getset!("closed", get_closed),
    crate::getset!("newlines", get_newlines),
    crate::getset!("line_buffering", get_line_buffering),
    crate::getset!("encoding", get_none),
    crate::getset!("errors", get_none),
];

/// `_io.StringIO`'s declaration.
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};
