//! `sys.stdin` / `sys.stdout` / `sys.stderr`: text streams over the process's standard
//! streams. stdout goes through the interpreter's buffer (flushed at exit); stderr is
//! unbuffered; stdin reads lines through the buffer `input()` uses (`signals::wait`).

use crate::method;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::trace::Trace;
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

pub struct StreamObj {
    /// 0 for stdin, 1 for stdout, 2 for stderr.
    pub fd: u8,
}

// Holds no references: not a container.
impl Trace for StreamObj {}

impl StreamObj {
    /// Writes text to the stream: OSError (BrokenPipeError for a closed pipe) if that fails.
    pub fn write(&self, vm: &mut Vm, text: &str) -> PyResult<()> {
        let written = if self.fd == 1 {
            vm.interp.write_stdout(text)
        } else {
            vm.interp.write_stderr_checked(text)
        };
        written.map_err(|e| os_error(&e, None))
    }

    /// Writes out what the stream buffered (stdout's buffer; stderr has none).
    pub fn flush(&self, vm: &mut Vm) -> PyResult<()> {
        if self.fd == 1 {
            vm.interp.flush_stdout().map_err(|e| os_error(&e, None))?;
        }
        Ok(())
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    write_text(vm, args.receiver_as::<StreamObj>(), &args.params()[0])
}

/// Writes one str; returns its length, as `write` does.
fn write_text(vm: &mut Vm, this: &StreamObj, text: &Value) -> PyResult<Value> {
    if this.fd == 0 {
        return Err(unsupported("not writable"));
    }
    let Some(text) = as_str(text) else {
        return Err(crate::exc!(
            type_error,
            "write() argument must be str, not {}",
            text.type_name()
        ));
    };
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

/// One line of stdin (with its newline; empty at end of input), the GIL released.
fn read_line(vm: &mut Vm) -> PyResult<String> {
    let _ = vm.interp.flush_stdout();
    crate::signals::wait::read_stdin_line(vm)
}

/// The method table checked the receiver; only stdin reads.
fn reader(args: &Args) -> PyResult<()> {
    match args.receiver_as::<StreamObj>().fd {
        0 => Ok(()),
        _ => Err(unsupported("not readable")),
    }
}

fn stream_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(&args)?;
    Ok(Value::Obj(new_str(read_line(vm)?)))
}

fn stream_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(&args)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            break;
        }
        lines.push(Value::Obj(new_str(line)));
    }
    Ok(Value::Obj(
        crate::objects::containers::list::ListObj::new_ref(lines),
    ))
}

fn stream_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(&args)?;
    let size = match args.params().first() {
        None | Some(Value::None) => -1,
        Some(v) => crate::objects::numbers::int::to_isize(v)? as i64,
    };
    let mut out = String::new();
    while size < 0 || (out.chars().count() as i64) < size {
        let line = read_line(vm)?;
        if line.is_empty() {
            break;
        }
        out.push_str(&line);
    }
    if size >= 0 {
        // Lines are read whole; what goes past `size` is dropped (stdin is rarely read so).
        out = out.chars().take(size as usize).collect();
    }
    Ok(Value::Obj(new_str(out)))
}

fn stream_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn stream_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if v.downcast::<StreamObj>().is_some_and(|s| s.fd != 0) {
        return Err(unsupported("not readable"));
    }
    let line = read_line(vm)?;
    Ok((!line.is_empty()).then(|| Value::Obj(new_str(line))))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.receiver_as::<StreamObj>().flush(vm)?;
    Ok(Value::None)
}

fn stream_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let s = v.downcast::<StreamObj>().expect("a stream");
    let (name, mode) = match s.fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    Ok(new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(stream_repr),
    iter: Some(stream_iter),
    next: Some(stream_next),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
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

/// `writelines(lines)`: each str written as it is (no newlines added).
fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = vm.collect(&args.params()[0])?;
    let this = args.receiver_as::<StreamObj>();
    for item in items {
        write_text(vm, this, &item)?;
    }
    Ok(Value::None)
}

pub const METHODS: &[MethodDef] = &[
    method!("write", stream_write, One),
    method!("flush", stream_flush, NoArgs),
    method!("isatty", stream_isatty, NoArgs),
    method!("fileno", stream_fileno, NoArgs),
    method!("writable", stream_writable, NoArgs),
    method!("readable", stream_readable, NoArgs),
    method!("writelines", stream_writelines, One),
    method!("read", stream_read, Pos(0, 1)),
    method!("readline", stream_readline, Pos(0, 1)),
    method!("readlines", stream_readlines, Pos(0, 1)),
];
