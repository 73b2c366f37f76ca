//! `sys.stdin` / `sys.stdout` / `sys.stderr`: text streams over the process's standard
//! streams, each with its binary `.buffer` (`BufferedReader`/`BufferedWriter`, the same
//! payload with `binary` set). stdout's text goes through the interpreter's buffer
//! (flushed at exit) and its `.buffer` through a binary buffer below it, so bytes written
//! there go out before text still pending above, as in CPython; stderr is unbuffered; stdin
//! reads lines through the buffer `input()` uses (`signals::wait`).

use std::cell::{Cell, RefCell};

use crate::method;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots};
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::trace::Trace;
use crate::objects::{types, PyRef, Value};
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

pub struct StreamObj {
    /// 0 for stdin, 1 for stdout, 2 for stderr.
    pub fd: u8,
    /// A `.buffer` (bytes in and out) rather than a text stream.
    pub binary: bool,
    /// A text stream's `.buffer` (holds no references itself: no cycle through it).
    buffer: Option<PyRef>,
    /// The text codec's name (`reconfigure(encoding=...)`), and the error handler.
    encoding: RefCell<String>,
    /// The encoding is UTF-8: text is written as it is (print's fast path).
    utf8: Cell<bool>,
    errors: RefCell<String>,
    line_buffering: Cell<bool>,
}

impl Trace for StreamObj {
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(b) = &self.buffer {
            visit(b);
        }
    }
}

impl StreamObj {
    /// The text stream for `fd`, with its buffer.
    pub fn new_text(fd: u8, stdout_line_buffered: bool) -> PyRef {
        let t = types();
        // (unbuffered, CPython's `.buffer` of stdout and stderr is the raw `FileIO`)
        let buffer_type = match fd {
            0 => &t.stdin_buffer,
            _ if crate::vm::interp::unbuffered() => &t.stdio_raw,
            _ => &t.stdout_buffer,
        };
        let buffer = PyRef::new(buffer_type, StreamObj::plain(fd, true, None));
        let stream = StreamObj::plain(fd, false, Some(buffer));
        stream.line_buffering.set(match fd {
            1 => stdout_line_buffered,
            // (unbuffered, CPython writes stderr through instead)
            2 => !crate::vm::interp::unbuffered(),
            _ => false,
        });
        let errors = match fd {
            2 => "backslashreplace",
            _ if c_locale() => "surrogateescape",
            _ => "strict",
        };
        *stream.errors.borrow_mut() = errors.into();
        PyRef::new(&t.text_stream, stream)
    }

    fn plain(fd: u8, binary: bool, buffer: Option<PyRef>) -> StreamObj {
        StreamObj {
            fd,
            binary,
            buffer,
            encoding: RefCell::new("utf-8".into()),
            utf8: Cell::new(true),
            errors: RefCell::new("strict".into()),
            line_buffering: Cell::new(false),
        }
    }

    /// Writes text to the stream: OSError (BrokenPipeError for a closed pipe) if that fails.
    pub fn write(&self, vm: &mut Vm, text: &str) -> PyResult<()> {
        let written = if self.utf8.get() {
            if self.fd == 1 {
                vm.interp.write_stdout(text)
            } else {
                vm.interp.write_stderr_checked(text)
            }
        } else {
            let (enc, errors) = (self.encoding.borrow().clone(), self.errors.borrow().clone());
            let data = crate::objects::binary::bytes::encode(text, &enc, &errors)?;
            if self.fd == 1 {
                vm.interp.write_stdout_encoded(&data)
            } else {
                vm.interp.write_stderr_bytes(&data)
            }
        };
        written.map_err(|e| os_error(&e, None))
    }

    /// Writes bytes to a `.buffer`.
    fn write_binary(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        let written = if self.fd == 1 {
            vm.interp.write_stdout_binary(data)
        } else {
            vm.interp.write_stderr_bytes(data)
        };
        written.map_err(|e| os_error(&e, None))
    }

    /// Writes out what the stream buffered (stdout's buffers; stderr has none).
    pub fn flush(&self, vm: &mut Vm) -> PyResult<()> {
        if self.fd == 1 {
            let r = if self.binary {
                vm.interp.flush_stdout_binary()
            } else {
                vm.interp.flush_stdout()
            };
            r.map_err(|e| os_error(&e, None))?;
        }
        Ok(())
    }

    fn name(&self) -> &'static str {
        ["<stdin>", "<stdout>", "<stderr>"][self.fd as usize]
    }

    fn mode(&self) -> &'static str {
        match (self.fd, self.binary) {
            (0, false) => "r",
            (0, true) => "rb",
            (_, false) => "w",
            (_, true) => "wb",
        }
    }
}

/// Whether the C library's character locale is "C"/"POSIX" (none set counts): CPython then
/// gives stdin and stdout the `surrogateescape` error handler.
fn c_locale() -> bool {
    let ctype = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    matches!(ctype.as_deref(), None | Some("C" | "POSIX"))
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    write_text(vm, args.receiver_as::<StreamObj>(), &args.params()[0])
}

/// Writes one str (bytes to a buffer); returns its length, as `write` does.
fn write_text(vm: &mut Vm, this: &StreamObj, text: &Value) -> PyResult<Value> {
    if this.binary {
        let Some(data) = crate::objects::binary::bytes_methods::buffer(text) else {
            return Err(crate::exc!(
                type_error,
                "a bytes-like object is required, not '{}'",
                text.type_name()
            ));
        };
        if this.fd == 0 {
            return Err(unsupported("write"));
        }
        this.write_binary(vm, &data)?;
        return Ok(Value::Int(data.len() as i64));
    }
    let Some(text) = as_str(text) else {
        return Err(crate::exc!(
            type_error,
            "write() argument must be str, not {}",
            text.type_name()
        ));
    };
    if this.fd == 0 {
        return Err(unsupported("not writable"));
    }
    let n = text.chars().count();
    this.write(vm, text)?;
    Ok(Value::Int(n as i64))
}

fn unsupported(msg: &str) -> crate::objects::exceptions::exception::PyErr {
    crate::objects::exceptions::exception::PyErr::new(
        crate::objects::io::file::unsupported_operation(),
        msg,
    )
}

/// One line of stdin (with its newline; empty at end of input), the GIL released: a str,
/// or bytes from the buffer.
fn read_line(vm: &mut Vm, binary: bool) -> PyResult<Value> {
    let _ = vm.interp.flush_stdout();
    if binary {
        let line = crate::signals::wait::read_stdin_line_bytes(vm)?;
        return Ok(bytes_value(line));
    }
    Ok(Value::Obj(new_str(crate::signals::wait::read_stdin_line(
        vm,
    )?)))
}

/// The length of a line read (0 at the end of input).
fn line_len(v: &Value) -> usize {
    as_str(v).map_or_else(
        || crate::objects::binary::bytes_methods::buffer(v).map_or(0, |b| b.len()),
        |s| s.chars().count(),
    )
}

/// The method table checked the receiver; only stdin reads.
fn reader(args: &Args) -> PyResult<&'static str> {
    let s = args.receiver_as::<StreamObj>();
    match (s.fd, s.binary) {
        (0, _) => Ok(""),
        (_, false) => Err(unsupported("not readable")),
        (_, true) => Err(unsupported("read")),
    }
}

fn stream_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(&args)?;
    read_line(vm, args.receiver_as::<StreamObj>().binary)
}

fn stream_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(&args)?;
    let binary = args.receiver_as::<StreamObj>().binary;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm, binary)?;
        if line_len(&line) == 0 {
            break;
        }
        lines.push(line);
    }
    Ok(Value::Obj(
        crate::objects::containers::list::ListObj::new_ref(lines),
    ))
}

fn stream_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(&args)?;
    let binary = args.receiver_as::<StreamObj>().binary;
    let size = match args.params().first() {
        None | Some(Value::None) => -1,
        Some(v) => crate::objects::numbers::int::to_isize(v)?,
    };
    let mut text = String::new();
    let mut data = Vec::new();
    let mut count = 0i64;
    while size < 0 || count < size {
        let line = read_line(vm, binary)?;
        let n = line_len(&line);
        if n == 0 {
            break;
        }
        count += n as i64;
        match as_str(&line) {
            Some(s) => text.push_str(s),
            None => data
                .extend(crate::objects::binary::bytes_methods::buffer(&line).unwrap_or_default()),
        }
    }
    // Lines are read whole; what goes past `size` is dropped (stdin is rarely read so).
    let keep = if size < 0 { usize::MAX } else { size as usize };
    if binary {
        data.truncate(keep);
        return Ok(bytes_value(data));
    }
    Ok(Value::Obj(new_str(
        text.chars().take(keep).collect::<String>(),
    )))
}

fn stream_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn stream_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = v.downcast::<StreamObj>().expect("a stream");
    if s.fd != 0 {
        return Err(unsupported(if s.binary { "read" } else { "not readable" }));
    }
    let line = read_line(vm, s.binary)?;
    Ok((line_len(&line) != 0).then_some(line))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.receiver_as::<StreamObj>().flush(vm)?;
    Ok(Value::None)
}

fn stream_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let s = v.downcast::<StreamObj>().expect("a stream");
    let (name, mode) = (s.name(), s.mode());
    if v.class().ptr_eq(&types().stdio_raw) {
        return Ok(new_str(format!(
            "<_io.FileIO name='{name}' mode='{mode}' closefd=False>"
        )));
    }
    if s.binary {
        let kind = if s.fd == 0 {
            "BufferedReader"
        } else {
            "BufferedWriter"
        };
        return Ok(new_str(format!("<_io.{kind} name='{name}'>")));
    }
    Ok(new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='{}'>",
        s.encoding.borrow()
    )))
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(stream_repr),
    iter: Some(stream_iter),
    next: Some(stream_next),
    ..TypeSlots::EMPTY
};

/// The text streams' declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};

/// Their buffers' declaration.
pub const BUFFER_SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: BUFFER_METHODS,
    getsets: BUFFER_GETSETS,
};

/// The stream's file descriptor (the method table checked the receiver).
fn this(args: &Args) -> u8 {
    args.receiver_as::<StreamObj>().fd
}

fn stream_isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let tty = match this(&args) {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    };
    Ok(Value::Bool(tty))
}

fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&args) as i64))
}

fn stream_writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(&args) != 0))
}

fn stream_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(&args) == 0))
}

fn stream_seekable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// `tell()` and `seek()`: the standard streams here are never seekable.
fn stream_not_seekable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported("underlying stream is not seekable"))
}

/// `writelines(lines)`: each str written as it is (no newlines added).
fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = vm.collect(&args.params()[0])?;
    let this = args.receiver_as::<StreamObj>();
    for item in items {
        write_text(vm, this, &item)?;
    }
    Ok(Value::None)
}

const RECONFIGURE: Clinic = Clinic {
    fname: "reconfigure",
    names: &[
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ],
    posonly: 0,
    minpos: 0,
    maxpos: 0,
};

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`: the encoding, the error handler and line buffering change; the
/// other two are accepted.
fn stream_reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [encoding, errors, _newline, line_buffering, _write_through] = RECONFIGURE.bind(&rest)?;
    let opt_str = |v: Option<&Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => as_str(v).map(|s| Some(s.to_string())).ok_or_else(|| {
                crate::exc!(
                    type_error,
                    "reconfigure() argument '{}' must be str or None, not {}",
                    what,
                    v.type_name()
                )
            }),
        }
    };
    let encoding = opt_str(encoding, "encoding")?;
    let errors = opt_str(errors, "errors")?;
    let s = args.receiver_as::<StreamObj>();
    if let Some(enc) = &encoding {
        // (an unknown codec is CPython's LookupError)
        crate::objects::binary::bytes::encode("", enc, "strict")?;
        s.flush(vm)?;
        *s.encoding.borrow_mut() = enc.to_ascii_lowercase();
        s.utf8.set(
            crate::objects::io::file_io::Encoding::lookup(enc)
                == Some(crate::objects::io::file_io::Encoding::Utf8),
        );
        *s.errors.borrow_mut() = errors.clone().unwrap_or_else(|| "strict".into());
    }
    if let Some(errors) = errors {
        *s.errors.borrow_mut() = errors;
    }
    if let Some(lb) = line_buffering.filter(|v| !v.is_none()) {
        let on = vm.truthy(lb)?;
        s.line_buffering.set(on);
        if s.fd == 1 {
            vm.interp.stdout_line_buffered.set(on);
        }
    }
    Ok(Value::None)
}

fn stream_of(v: &Value) -> &StreamObj {
    v.downcast::<StreamObj>().expect("a stream")
}

fn get_encoding(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(stream_of(v).encoding.borrow().as_str())))
}

fn get_errors(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(stream_of(v).errors.borrow().as_str())))
}

fn get_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(v).line_buffering.get()))
}

fn get_write_through(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(crate::vm::interp::unbuffered()))
}

fn get_none(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

fn get_false(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(stream_of(v).name())))
}

fn get_mode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(stream_of(v).mode())))
}

fn get_buffer(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(stream_of(v)
        .buffer
        .as_ref()
        .map_or(Value::None, |b| Value::Obj(b.clone())))
}

const GETSETS: &[GetSetDef] = &[
    crate::member!("encoding", get_encoding),
    crate::getset!("errors", get_errors),
    crate::member!("line_buffering", get_line_buffering),
    crate::member!("write_through", get_write_through),
    crate::getset!("newlines", get_none),
    crate::getset!("name", get_name),
    crate::getset!("mode", get_mode),
    crate::getset!("closed", get_false),
    crate::member!("buffer", get_buffer),
];

const BUFFER_GETSETS: &[GetSetDef] = &[
    crate::getset!("name", get_name),
    crate::getset!("mode", get_mode),
    crate::getset!("closed", get_false),
];

pub const METHODS: &[MethodDef] = &[
    method!("write", stream_write, One),
    method!("flush", stream_flush, NoArgs),
    method!("isatty", stream_isatty, NoArgs),
    method!("fileno", stream_fileno, NoArgs),
    method!("writable", stream_writable, NoArgs),
    method!("readable", stream_readable, NoArgs),
    method!("seekable", stream_seekable, NoArgs),
    method!("tell", stream_not_seekable, NoArgs),
    method!("seek", stream_not_seekable, Pos(1, 2)),
    method!("writelines", stream_writelines, One),
    method!("read", stream_read, Pos(0, 1)),
    method!("readline", stream_readline, Pos(0, 1)),
    method!("readlines", stream_readlines, Pos(0, 1)),
    method!("reconfigure", stream_reconfigure),
];

const BUFFER_METHODS: &[MethodDef] = &[
    method!("write", stream_write, One),
    method!("flush", stream_flush, NoArgs),
    method!("isatty", stream_isatty, NoArgs),
    method!("fileno", stream_fileno, NoArgs),
    method!("writable", stream_writable, NoArgs),
    method!("readable", stream_readable, NoArgs),
    method!("seekable", stream_seekable, NoArgs),
    method!("writelines", stream_writelines, One),
    method!("read", stream_read, Pos(0, 1)),
    method!("readline", stream_readline, Pos(0, 1)),
    method!("readlines", stream_readlines, Pos(0, 1)),
];

/// `sys.stdout`/`sys.stderr` when a script replaced them (the originals are flushed by the
/// interpreter itself): what the end of a run flushes.
fn replaced_stream(vm: &Vm, name: &PyRef) -> Option<Value> {
    let v = vm.sys_attr(name)?;
    (!v.is_none() && v.downcast::<StreamObj>().is_none()).then_some(v)
}

/// After the main module ran (CPython's `flush_io`): `flush()` on a replaced `sys.stderr`
/// and `sys.stdout`, whatever they raise ignored.
pub fn flush_io(vm: &mut Vm) {
    for name in [crate::interned!("stderr"), crate::interned!("stdout")] {
        if let Some(stream) = replaced_stream(vm, name) {
            let _ = vm.call_method(&stream, "flush", &[]);
        }
    }
}

/// At exit, after the atexit callbacks (CPython's `flush_std_files`): `flush()` on a
/// replaced `sys.stdout` and `sys.stderr` unless their `closed` is true; a failure is
/// reported as unraisable. Returns false when one failed (the exit status becomes 120).
pub fn flush_std_files(vm: &mut Vm) -> bool {
    let mut ok = true;
    for name in [crate::interned!("stdout"), crate::interned!("stderr")] {
        let Some(stream) = replaced_stream(vm, name) else {
            continue;
        };
        let closed = match vm.getattr_opt(&stream, &crate::objects::strings::str::intern("closed"))
        {
            Ok(Some(c)) => vm.truthy(&c).unwrap_or(false),
            _ => false,
        };
        if closed {
            continue;
        }
        if let Err(e) = vm.call_method(&stream, "flush", &[]) {
            vm.write_unraisable(None, &stream, &e);
            ok = false;
        }
    }
    ok
}
