//! `os` functions on the process: ids, the environment, signals to other processes,
//! `uname`, `times`, `strerror`, `urandom`, `waitpid`, `_exit`, and the two helpers the
//! frozen `subprocess` is built on (`_spawn`, `_communicate`).

use std::cell::OnceCell;
use std::ffi::CString;

use super::fs::sig;
use super::{raw, unlocked};
use crate::exc;
use crate::method;
use crate::modules::structseq;
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::GilStatic;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::params::{to_c_int, Clinic};
use crate::vm::{Args, PyResult, Vm};

fn os_getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(std::process::id())))
}

fn os_getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(std::os::unix::process::parent_id())))
}

/// getuid, geteuid, getgid, getegid, getpgrp: one function per entry of [`raw::ids`].
macro_rules! id_functions {
    ($($name:ident => $i:literal),*) => {$(
        fn $name(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
            Ok(Value::Int(raw::ids()[$i]))
        }
    )*};
}

id_functions!(os_getuid => 0, os_geteuid => 1, os_getgid => 2, os_getegid => 3, os_getpgrp => 4);

fn os_cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// `os._exit(status)`: ends the process at once — no `finally`, no atexit callbacks, no
/// flush of buffered output (CPython's `_exit(2)`).
fn os_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("_exit", ["status"], 1, 1);
    let [status] = SIG.bind(&args)?;
    let status = to_c_int(vm, status.expect("required"))?;
    std::process::exit(status)
}

fn os_kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [pid, sig] = crate::vm::params::positional(&args, "kill", 2, 2)? else {
        unreachable!("two arguments")
    };
    let (pid, sig) = (to_c_int(vm, pid)?, to_c_int(vm, sig)?);
    raw::kill(pid, sig).map_err(|e| os_error(&e, None))?;
    // A signal to ourselves is handled before kill() returns, as in CPython.
    crate::signals::run_handlers(vm)?;
    Ok(Value::None)
}

fn os_strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = crate::vm::params::one(&args, "strerror")?;
    let code = to_c_int(vm, code)?;
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let text = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    Ok(Value::Obj(new_str(text)))
}

fn os_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::Read;
    let n = crate::vm::params::one(&args, "urandom")?;
    let n = crate::vm::params::to_i64(vm, n, "Python int too large to convert to C ssize_t")?;
    if n < 0 {
        return Err(exc!(value_error, "negative argument not allowed"));
    }
    // More than can be allocated is a MemoryError (as CPython), not an abort.
    let mut buf = Vec::new();
    crate::objects::containers::seq::push_n(&mut buf, 0u8, n as usize)?;
    unlocked(|| std::fs::File::open("/dev/urandom")?.read_exact(&mut buf))
        .map_err(|e| os_error(&e, None))?;
    Ok(bytes_value(buf))
}

/// An environment key or value as the C library sees it (str or bytes).
fn env_bytes(fname: &str, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok(b.bytes.to_vec());
    }
    Err(exc!(
        type_error,
        "{}: expected str or bytes, not {}",
        fname,
        v.type_name()
    ))
}

fn env_key(fname: &str, v: &Value) -> PyResult<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    let k = env_bytes(fname, v)?;
    // putenv checks the name itself; unsetenv leaves that to unsetenv(3) (EINVAL).
    if k.is_empty() || (fname == "unsetenv" && k.contains(&b'=')) {
        // setenv(3) refuses it: CPython passes on its EINVAL.
        return Err(os_error(
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
        ));
    }
    if k.contains(&b'=') {
        return Err(exc!(value_error, "illegal environment variable name"));
    }
    if k.contains(&0) {
        return Err(exc!(value_error, "embedded null byte"));
    }
    Ok(std::ffi::OsString::from_vec(k))
}

fn os_putenv(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::ffi::OsStringExt;
    let [k, v] = crate::vm::params::positional(&args, "putenv", 2, 2)? else {
        unreachable!("two arguments")
    };
    let key = env_key("putenv", k)?;
    let value = env_bytes("putenv", v)?;
    if value.contains(&0) {
        return Err(exc!(value_error, "embedded null byte"));
    }
    // Safe under the GIL: no other thread of this interpreter reads the environment now.
    std::env::set_var(key, std::ffi::OsString::from_vec(value));
    Ok(Value::None)
}

fn os_unsetenv(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = crate::vm::params::one(&args, "unsetenv")?;
    let key = env_key("unsetenv", k)?;
    std::env::remove_var(key);
    Ok(Value::None)
}

/// The process environment at start-up, as a list of (key, value) str pairs, for
/// `os.environ`.
fn os_environ_items(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let items = std::env::vars_os()
        .map(|(k, v)| {
            let pair = [k, v].map(|s| Value::Obj(new_str(s.to_string_lossy())));
            Value::Obj(TupleObj::new_ref(pair.to_vec()))
        })
        .collect();
    Ok(Value::Obj(ListObj::new_ref(items)))
}

fn result_type(cache: &'static GilStatic<OnceCell<PyRef>>, name: &str, fields: &[&str]) -> PyRef {
    cache
        .get(crate::gil::token())
        .get_or_init(|| structseq::new_type("posix", name, fields, true))
        .clone()
}

fn uname_type() -> PyRef {
    static TYPE: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    let fields = ["sysname", "nodename", "release", "version", "machine"];
    result_type(&TYPE, "uname_result", &fields)
}

fn times_type() -> PyRef {
    static TYPE: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    let fields = [
        "user",
        "system",
        "children_user",
        "children_system",
        "elapsed",
    ];
    result_type(&TYPE, "times_result", &fields)
}

fn os_uname(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let u = raw::uname().map_err(|e| os_error(&e, None))?;
    let items = u.into_iter().map(|s| Value::Obj(new_str(s))).collect();
    Ok(structseq::new(&uname_type(), items))
}

fn os_times(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let t = raw::times().map_err(|e| os_error(&e, None))?;
    Ok(structseq::new(
        &times_type(),
        t.into_iter().map(Value::float).collect(),
    ))
}

/// `os.waitpid(pid, options)` -> (pid, status); the wait runs without the GIL.
fn os_waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [pid, options] = crate::vm::params::positional(&args, "waitpid", 2, 2)? else {
        unreachable!("two arguments")
    };
    let (pid, options) = (to_c_int(vm, pid)?, to_c_int(vm, options)?);
    let (pid, status) =
        unlocked(move || raw::waitpid(pid, options)).map_err(|e| os_error(&e, None))?;
    Ok(Value::Obj(TupleObj::new_ref(vec![
        Value::Int(i64::from(pid)),
        Value::Int(i64::from(status)),
    ])))
}

/// A list of bytes as C strings (already checked for NUL bytes by the caller).
fn cstrings(v: &Value) -> PyResult<Vec<CString>> {
    let list = v
        .downcast::<ListObj>()
        .ok_or_else(|| exc!(type_error, "expected a list of bytes"))?
        .to_vec();
    list.iter()
        .map(|item| {
            let b = item
                .downcast::<BytesObj>()
                .ok_or_else(|| exc!(type_error, "expected bytes, not {}", item.type_name()))?;
            CString::new(b.bytes.to_vec()).map_err(|_| exc!(value_error, "embedded null byte"))
        })
        .collect()
}

fn opt_fd(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if v.is_none() {
        Ok(-1)
    } else {
        to_c_int(vm, v)
    }
}

/// `os._spawn(programs, argv, env, cwd, stdin, stdout, stderr, close_fds, new_session,
/// name)` -> pid. `programs` are the paths to try; `env` None inherits; `name` is what an
/// exec failure names (cwd failures name `cwd`).
fn os_spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::vm::params::positional(&args, "_spawn", 10, 10)?;
    let programs = cstrings(&a[0])?;
    let argv = cstrings(&a[1])?;
    let env = if a[2].is_none() {
        None
    } else {
        Some(cstrings(&a[2])?)
    };
    let cwd = if a[3].is_none() {
        None
    } else {
        Some(cstrings(&Value::Obj(ListObj::new_ref(vec![a[3].clone()])))?.remove(0))
    };
    let stdio = [opt_fd(vm, &a[4])?, opt_fd(vm, &a[5])?, opt_fd(vm, &a[6])?];
    let close_fds = vm.truthy(&a[7])?;
    let spec = raw::Spawn {
        programs,
        argv,
        env,
        cwd,
        stdio,
        new_session: vm.truthy(&a[8])?,
        close_from: close_fds.then_some(3),
    };
    match unlocked(move || raw::spawn(&spec)) {
        Ok(pid) => Ok(Value::Int(i64::from(pid))),
        Err(raw::SpawnError::Cwd(e)) => {
            let cwd = a[3].downcast::<BytesObj>().expect("bytes");
            let name = Value::Obj(new_str(String::from_utf8_lossy(&cwd.bytes)));
            Err(os_error(&e, Some(&name)))
        }
        Err(raw::SpawnError::Exec(e)) => Err(os_error(&e, Some(&a[9]))),
        Err(raw::SpawnError::Fork(e)) => Err(os_error(&e, None)),
    }
}

/// `os._communicate(stdin_fd, input, stdout_fd, stderr_fd, timeout)` -> (out, err,
/// timed_out); -1 for a stream not piped. `stdin_fd` is closed when the input is written.
fn os_communicate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::vm::params::positional(&args, "_communicate", 5, 5)?;
    let stdin = to_c_int(vm, &a[0])?;
    let input = if a[1].is_none() {
        Vec::new()
    } else {
        crate::objects::binary::bytes::bytes_from_object(vm, &a[1])?
    };
    let outs = [to_c_int(vm, &a[2])?, to_c_int(vm, &a[3])?];
    let timeout = if a[4].is_none() {
        None
    } else {
        crate::objects::numbers::float::as_f64(&a[4])?
    };
    let ([out, err], timed_out) = unlocked(move || raw::communicate(stdin, &input, outs, timeout))
        .map_err(|e| os_error(&e, None))?;
    Ok(Value::Obj(TupleObj::new_ref(vec![
        bytes_value(out),
        bytes_value(err),
        Value::Bool(timed_out),
    ])))
}

pub(super) const FUNCTIONS: &[MethodDef] = &[
    method!("getpid", os_getpid, NoArgs),
    method!("getppid", os_getppid, NoArgs),
    method!("getuid", os_getuid, NoArgs),
    method!("geteuid", os_geteuid, NoArgs),
    method!("getgid", os_getgid, NoArgs),
    method!("getegid", os_getegid, NoArgs),
    method!("getpgrp", os_getpgrp, NoArgs),
    method!("cpu_count", os_cpu_count, NoArgs),
    method!("_exit", os_exit),
    method!("kill", os_kill),
    method!("strerror", os_strerror),
    method!("urandom", os_urandom),
    method!("putenv", os_putenv),
    method!("unsetenv", os_unsetenv),
    method!("_environ_items", os_environ_items, NoArgs),
    method!("uname", os_uname, NoArgs),
    method!("times", os_times, NoArgs),
    method!("waitpid", os_waitpid),
    method!("_spawn", os_spawn),
    method!("_communicate", os_communicate),
];
