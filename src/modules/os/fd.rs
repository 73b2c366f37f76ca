//! `os` functions on file descriptors: open/close/read/write, pipe, dup/dup2, lseek,
//! isatty, fsync, ftruncate, inheritability and `get_terminal_size`.

use std::cell::OnceCell;

use super::fs::sig;
use super::{path_arg, raw, unlocked, PATH};
use crate::exc;
use crate::method;
use crate::modules::structseq;
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::GilStatic;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::{PyRef, Value};
use crate::vm::params::{to_c_int, to_i64, Clinic};
use crate::vm::{Args, PyResult, Vm};

fn fd_of(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    to_c_int(vm, v.expect("required"))
}

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`.
fn os_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("open", ["path", "flags", "mode", "dir_fd"], 2, 3);
    let [path, flags, mode, _] = SIG.bind(&args)?;
    let p = path_arg(vm, "open", path.expect("required"), PATH)?;
    let flags = to_c_int(vm, flags.expect("required"))?;
    let mode = match mode {
        Some(m) => to_c_int(vm, m)? as u32,
        None => 0o777,
    };
    let c = p.c.clone();
    let fd = unlocked(move || raw::open(&c, flags, mode)).map_err(|e| p.error(&e))?;
    Ok(Value::Int(i64::from(fd)))
}

fn os_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("close", ["fd"], 1, 1);
    let [fd] = SIG.bind(&args)?;
    let fd = fd_of(vm, fd)?;
    raw::close(fd).map_err(|e| os_error(&e, None))?;
    Ok(Value::None)
}

fn os_closerange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [lo, hi] = crate::vm::params::positional(&args, "closerange", 2, 2)? else {
        unreachable!("two arguments")
    };
    let (lo, hi) = (to_c_int(vm, lo)?, to_c_int(vm, hi)?);
    for fd in lo.max(0)..hi {
        let _ = raw::close(fd);
    }
    Ok(Value::None)
}

fn os_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, n] = crate::vm::params::positional(&args, "read", 2, 2)? else {
        unreachable!("two arguments")
    };
    let fd = to_c_int(vm, fd)?;
    let n = to_i64(vm, n, "Python int too large to convert to C ssize_t")?;
    if n < 0 {
        return Err(os_error(
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
        ));
    }
    let n = n.min(1 << 30) as usize;
    let data = unlocked(move || raw::read(fd, n)).map_err(|e| os_error(&e, None))?;
    Ok(bytes_value(data))
}

fn os_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, data] = crate::vm::params::positional(&args, "write", 2, 2)? else {
        unreachable!("two arguments")
    };
    let fd = to_c_int(vm, fd)?;
    let data = if let Some(b) = data.downcast::<BytesObj>() {
        b.bytes.to_vec()
    } else if crate::objects::strings::str::as_str(data).is_some() {
        return Err(exc!(
            type_error,
            "a bytes-like object is required, not '{}'",
            data.type_name()
        ));
    } else {
        crate::objects::binary::bytes::bytes_from_object(vm, data)?
    };
    let n = unlocked(move || raw::write(fd, &data)).map_err(|e| os_error(&e, None))?;
    Ok(Value::Int(n as i64))
}

fn os_pipe(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::params::none(&args, "pipe")?;
    let (r, w) = raw::pipe().map_err(|e| os_error(&e, None))?;
    Ok(Value::Obj(TupleObj::new_ref(vec![
        Value::Int(i64::from(r)),
        Value::Int(i64::from(w)),
    ])))
}

fn os_dup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("dup", ["fd"], 1, 1);
    let [fd] = SIG.bind(&args)?;
    let fd = fd_of(vm, fd)?;
    let new = raw::dup(fd).map_err(|e| os_error(&e, None))?;
    Ok(Value::Int(i64::from(new)))
}

fn os_dup2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("dup2", ["fd", "fd2", "inheritable"], 2, 3);
    let [fd, fd2, inheritable] = SIG.bind(&args)?;
    let (fd, fd2) = (fd_of(vm, fd)?, fd_of(vm, fd2)?);
    let inheritable = match inheritable {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let new = raw::dup2(fd, fd2, inheritable).map_err(|e| os_error(&e, None))?;
    Ok(Value::Int(i64::from(new)))
}

fn os_lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, pos, how] = crate::vm::params::positional(&args, "lseek", 3, 3)? else {
        unreachable!("three arguments")
    };
    let fd = to_c_int(vm, fd)?;
    let pos = to_i64(vm, pos, "Python int too large to convert to C long")?;
    let how = to_c_int(vm, how)?;
    let at = raw::lseek(fd, pos, how).map_err(|e| os_error(&e, None))?;
    Ok(Value::Int(at))
}

fn os_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = crate::vm::params::one(&args, "isatty")?;
    let fd = to_c_int(vm, fd)?;
    Ok(Value::Bool(raw::isatty(fd)))
}

fn os_fsync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = crate::vm::params::one(&args, "fsync")?;
    let fd = match fd {
        Value::Int(_) => to_c_int(vm, fd)?,
        // Anything with fileno(), like a file object.
        other => {
            let n = vm.call_method(other, "fileno", &[])?;
            to_c_int(vm, &n)?
        }
    };
    unlocked(move || raw::fsync(fd)).map_err(|e| os_error(&e, None))?;
    Ok(Value::None)
}

fn os_ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, len] = crate::vm::params::positional(&args, "ftruncate", 2, 2)? else {
        unreachable!("two arguments")
    };
    let fd = to_c_int(vm, fd)?;
    let len = to_i64(vm, len, "Python int too large to convert to C long")?;
    raw::ftruncate(fd, len).map_err(|e| os_error(&e, None))?;
    Ok(Value::None)
}

fn os_get_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = crate::vm::params::one(&args, "get_inheritable")?;
    let fd = to_c_int(vm, fd)?;
    let r = raw::get_inheritable(fd).map_err(|e| os_error(&e, None))?;
    Ok(Value::Bool(r))
}

fn os_set_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, on] = crate::vm::params::positional(&args, "set_inheritable", 2, 2)? else {
        unreachable!("two arguments")
    };
    let fd = to_c_int(vm, fd)?;
    let on = vm.truthy(on)?;
    raw::set_inheritable(fd, on).map_err(|e| os_error(&e, None))?;
    Ok(Value::None)
}

/// `os.terminal_size`, a struct sequence of (columns, lines).
pub(super) fn terminal_size_type() -> &'static PyRef {
    static TYPE: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    TYPE.get(crate::gil::token())
        .get_or_init(|| structseq::new_type("os", "terminal_size", &["columns", "lines"], true))
}

fn os_get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = match crate::vm::params::positional(&args, "get_terminal_size", 0, 1)? {
        [fd] => to_c_int(vm, fd)?,
        _ => 1,
    };
    let (cols, lines) = raw::terminal_size(fd).map_err(|e| os_error(&e, None))?;
    Ok(structseq::new(
        terminal_size_type(),
        vec![Value::Int(i64::from(cols)), Value::Int(i64::from(lines))],
    ))
}

pub(super) const FUNCTIONS: &[MethodDef] = &[
    method!("open", os_open),
    method!("close", os_close),
    method!("closerange", os_closerange),
    method!("read", os_read),
    method!("write", os_write),
    method!("pipe", os_pipe),
    method!("dup", os_dup),
    method!("dup2", os_dup2),
    method!("lseek", os_lseek),
    method!("isatty", os_isatty),
    method!("fsync", os_fsync),
    method!("ftruncate", os_ftruncate),
    method!("get_inheritable", os_get_inheritable),
    method!("set_inheritable", os_set_inheritable),
    method!("get_terminal_size", os_get_terminal_size),
];
