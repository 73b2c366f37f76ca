//! `open()` and `io.FileIO(...)`: the file argument is a path (str, bytes or os.PathLike),
//! opened here or by a user `opener(path, flags)` that returns a descriptor, or an int file
//! descriptor, which the file then owns unless `closefd=False`. `.name` is the argument as
//! given (the descriptor number for an fd).

use std::cell::RefCell;
use std::fs::File;
use std::io::{Seek, SeekFrom};

use super::file::{FileObj, State};
use super::file_io::{Encoding, Newline, OpenMode};
use crate::exc;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::strings::str::as_str;
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// An optional str argument of `open()` (None allowed).
fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => as_str(v).map(Some).ok_or_else(|| {
            exc!(
                type_error,
                "open() argument '{}' must be str or None, not {}",
                what,
                v.type_name()
            )
        }),
    }
}

/// The `os.open` flags CPython's FileIO passes to an `opener` for `mode`.
fn os_flags(mode: &OpenMode) -> i64 {
    let access = match (mode.read, mode.write) {
        (true, true) => libc::O_RDWR,
        (false, true) => libc::O_WRONLY,
        _ => libc::O_RDONLY,
    };
    let mut flags = access | libc::O_CLOEXEC;
    if mode.append {
        flags |= libc::O_APPEND | libc::O_CREAT;
    }
    if mode.truncate {
        flags |= libc::O_TRUNC | libc::O_CREAT;
    }
    if mode.create {
        flags |= libc::O_EXCL | libc::O_CREAT;
    }
    flags as i64
}

/// A `File` over descriptor `fd`, checked to be open (OSError EBADF otherwise). The
/// descriptor is not closed on failure: the caller may not own it.
fn file_from_fd(fd: i64) -> PyResult<File> {
    if fd < 0 {
        return Err(exc!(value_error, "negative file descriptor"));
    }
    let Ok(fd) = i32::try_from(fd) else {
        return Err(exc!(
            overflow_error,
            "Python int too large to convert to C int"
        ));
    };
    crate::modules::os::raw::file_from_fd(fd).map_err(|e| os_error(&e, None))
}

/// The descriptor an `opener(path, flags)` returned (it must be a non-negative int).
fn call_opener(vm: &mut Vm, opener: &Value, path: &Value, flags: i64) -> PyResult<File> {
    let call_args = [path.clone(), Value::Int(flags)];
    let r = vm.call(opener, Args::positional(&call_args))?;
    let fd = match r {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => return Err(exc!(type_error, "expected integer from opener")),
    };
    if fd < 0 {
        return Err(exc!(value_error, "opener returned {}", fd));
    }
    file_from_fd(fd)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let a = crate::objects::callables::bind::bind(&args, "open", names, 1)?;
    let given = a[0].expect("required");
    // (an int too big for a C int is not a descriptor: it fails as a path, as in CPython)
    let fd = match given {
        Value::Int(n) if i32::try_from(*n).is_ok() => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    // An os.PathLike opens (and names the file) as its __fspath__() string.
    let name = match fd {
        Some(_) => given.clone(),
        None => crate::modules::os::fspath_opt(vm, given)?.unwrap_or_else(|| given.clone()),
    };
    let path = if fd.is_some() {
        None
    } else if let Some(s) = as_str(&name) {
        Some(std::path::PathBuf::from(s))
    } else if let Some(b) = name.downcast::<BytesObj>() {
        Some(std::path::PathBuf::from(
            String::from_utf8_lossy(&b.bytes).into_owned(),
        ))
    } else {
        return Err(exc!(
            type_error,
            "expected str, bytes or os.PathLike object, not {}",
            name.type_name()
        ));
    };
    let mode_str = match a[1] {
        None => "r",
        Some(v) => as_str(v).ok_or_else(|| {
            exc!(
                type_error,
                "open() argument 'mode' must be str, not {}",
                v.type_name()
            )
        })?,
    };
    let buffering = match a[2] {
        None => -1,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            return Err(exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))
        }
    };
    let encoding = opt_str(a[3], "encoding")?;
    let errors = opt_str(a[4], "errors")?;
    let newline = opt_str(a[5], "newline")?;
    let mode = OpenMode::parse(mode_str).map_err(|m| exc!(value_error, "{}", m))?;
    if mode.binary {
        for (given, what) in [
            (encoding, "an encoding"),
            (errors, "an errors"),
            (newline, "a newline"),
        ] {
            if given.is_some() {
                return Err(exc!(
                    value_error,
                    "binary mode doesn't take {} argument",
                    what
                ));
            }
        }
    }
    let closefd = match a[6] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let opener = a[7].filter(|o| !o.is_none());
    let gil = crate::gil::token();
    let mut file = match (fd, path) {
        (Some(fd), _) => file_from_fd(fd)?,
        (None, _) if !closefd => {
            return Err(exc!(value_error, "Cannot use closefd=False with file name"))
        }
        (None, _) if opener.is_some() => {
            call_opener(vm, opener.expect("checked"), given, os_flags(&mode))?
        }
        (None, Some(path)) => {
            let options = mode.options();
            let opened = crate::gil::allow_threads(gil, || options.open(&path));
            opened.map_err(|e| os_error(&e, Some(&name)))?
        }
        (None, None) => unreachable!("a path or a descriptor"),
    };
    // From here on a failure closes the file, unless the caller keeps the descriptor.
    let fail = |file: File, e: crate::vm::PyErr| {
        let _ = super::file::release(file, closefd);
        Err(e)
    };
    if mode.append {
        let end = crate::gil::allow_threads(gil, || file.seek(SeekFrom::End(0)));
        if let Err(e) = end {
            // (a pipe or terminal cannot seek: appending to it is just writing)
            if e.raw_os_error() != Some(libc::ESPIPE) {
                return fail(file, os_error(&e, Some(&name)));
            }
        }
    }
    // A directory opens fine for reading on Linux; CPython's FileIO refuses it.
    if crate::gil::allow_threads(gil, || file.metadata().map(|m| m.is_dir()).unwrap_or(false)) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return fail(file, os_error(&e, Some(&name)));
    }
    if buffering == 0 && !mode.binary {
        return fail(file, exc!(value_error, "can't have unbuffered text I/O"));
    }
    let (enc, enc_name) = match encoding {
        None => (Encoding::Utf8, "UTF-8".to_string()),
        Some(e) => match Encoding::lookup(e) {
            Some(enc) => (enc, e.to_string()),
            None => return fail(file, exc!(lookup_error, "unknown encoding: {}", e)),
        },
    };
    let newline = match Newline::parse(newline) {
        Ok(n) => n,
        Err(m) => return fail(file, exc!(value_error, "{}", m)),
    };
    let t = types();
    let raw = buffering == 0;
    let cls = match (mode.binary, mode.read, mode.write) {
        _ if raw => &t.file_io,
        (false, _, _) => &t.text_file,
        (true, true, true) => &t.buffered_random,
        (true, true, false) => &t.buffered_reader,
        _ => &t.buffered_writer,
    };
    let mut state = State::new(Some(file));
    state.closefd = closefd;
    let obj = FileObj {
        name,
        mode: if mode.binary {
            mode.binary_name().to_string()
        } else {
            mode_str.to_string()
        },
        binary: mode.binary,
        raw,
        readable: mode.read,
        writable: mode.write,
        encoding: enc,
        encoding_name: enc_name,
        errors: errors.unwrap_or("strict").to_string(),
        newline,
        state: RefCell::new(state),
        wrapped: RefCell::new(None),
        seen: Default::default(),
    };
    Ok(Value::Obj(PyRef::new(cls, obj)))
}

/// `io.FileIO(file, mode='r', closefd=True, opener=None)`: `open(file, mode + 'b',
/// buffering=0)` (its mode takes no `t`).
pub fn file_io_new(vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    let names = ["file", "mode", "closefd", "opener"];
    let a = crate::objects::callables::bind::bind(&args, "FileIO", names, 1)?;
    let mode = match a[1] {
        None => "r",
        Some(v) => as_str(v).ok_or_else(|| {
            exc!(
                type_error,
                "FileIO() argument 'mode' must be str, not {}",
                v.type_name()
            )
        })?,
    };
    if mode.contains('t') || mode.chars().any(|c| !"rwxab+".contains(c)) {
        return Err(exc!(value_error, "invalid mode: {}", mode));
    }
    let binary_mode = if mode.contains('b') {
        mode.to_string()
    } else {
        format!("{mode}b")
    };
    let mut values = vec![
        a[0].expect("required").clone(),
        Value::Obj(crate::objects::strings::str::new_str(binary_mode)),
        Value::Int(0),
    ];
    let mut kwnames = Vec::new();
    for (name, v) in [("closefd", a[2]), ("opener", a[3])] {
        if let Some(v) = v {
            values.push(v.clone());
            kwnames.push(Value::Obj(crate::objects::strings::str::intern(name)));
        }
    }
    open(vm, Args::new(&values, &kwnames))
}
