//! `_signal`, the native half of the `signal` module (the other half, `py/signal.py`, makes
//! the `Signals`/`Handlers` enums and wraps `signal`/`getsignal`/`valid_signals` to speak
//! them, as CPython's `signal.py` does): setting and reading handlers, `raise_signal`,
//! `alarm`, `setitimer`/`getitimer`, `pause`, `strsignal`, `valid_signals`,
//! `set_wakeup_fd`, `siginterrupt`, `default_int_handler` and the constants, with CPython's
//! argument checks and messages. The machinery — the handler table, when handlers run — is
//! `crate::signals`.

use crate::exc;
use crate::method;
use crate::objects::callables::function::is_callable;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::set::SetObj;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{PyRef, Value};
use crate::signals::{self, os, NSIG};
use crate::vm::params::{self, Clinic};
use crate::vm::{Args, PyErr, PyResult, Vm};

const MAIN_ONLY: &str = "only works in main thread of the main interpreter";

/// An argument converted to a C int, as Argument Clinic's `int` converter.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    params::to_c_int(vm, v)
}

/// A signal number argument: a C int in `1..NSIG`.
pub fn signal_number(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = c_int(vm, v)?;
    match usize::try_from(n) {
        Ok(s) if (1..NSIG).contains(&s) => Ok(s),
        _ => Err(exc!(value_error, "signal number out of range")),
    }
}

/// `signal(signalnum, handler, /)`: installs `handler` (a callable, `SIG_DFL` or `SIG_IGN`)
/// and returns the previous one.
fn signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [num, handler] = args.pos() else {
        unreachable!("two arguments checked")
    };
    let sig = c_int(vm, num)?;
    if !signals::is_main_thread() {
        return Err(exc!(value_error, "signal {}", MAIN_ONLY));
    }
    let sig = match usize::try_from(sig) {
        Ok(s) if (1..NSIG).contains(&s) => s,
        _ => return Err(exc!(value_error, "signal number out of range")),
    };
    let handler = if is_callable(handler) {
        handler.clone()
    } else if vm.eq(handler, &Value::Int(1))? {
        Value::Int(1)
    } else if vm.eq(handler, &Value::Int(0))? {
        Value::Int(0)
    } else {
        return Err(exc!(
            type_error,
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"
        ));
    };
    signals::set_handler(vm, sig, handler)
}

fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [num] = args.pos() else {
        unreachable!("one argument checked")
    };
    let sig = signal_number(vm, num)?;
    Ok(signals::handler(sig))
}

/// `raise_signal(signalnum, /)`: the signal is delivered to this thread, and its handler
/// runs before this returns (in the main thread). The OS checks the number (0 is valid).
fn raise_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [num] = args.pos() else {
        unreachable!("one argument checked")
    };
    let sig = c_int(vm, num)?;
    os::raise(sig).map_err(|e| os_error(&e, None))?;
    signals::run_handlers(vm)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [num] = args.pos() else {
        unreachable!("one argument checked")
    };
    let sig = signal_number(vm, num)?;
    Ok(os::describe(sig as i32).map_or(Value::None, |s| Value::Obj(new_str(s))))
}

fn alarm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [secs] = args.pos() else {
        unreachable!("one argument checked")
    };
    // (a negative count wraps to a huge unsigned one, as C's `alarm(int)` call does)
    let secs = c_int(vm, secs)? as u32;
    Ok(Value::Int(os::alarm(secs).into()))
}

fn pause(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    signals::wait::wait_for_signal(vm)?;
    Ok(Value::None)
}

fn valid_signals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let set = SetObj::new_set();
    let s = set.downcast::<SetObj>().expect("a set");
    for sig in os::valid_signals() {
        s.add(vm, Value::Int(sig.into()))?;
    }
    Ok(Value::Obj(set))
}

const SET_WAKEUP_FD: Clinic = Clinic {
    fname: "set_wakeup_fd",
    names: &["", "warn_on_full_buffer"],
    posonly: 1,
    minpos: 1,
    maxpos: 1,
};

/// `set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)`: the C handler also writes each
/// signal's number to `fd` (non-blocking; -1 stops it); returns the previous fd.
fn set_wakeup_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, _warn] = SET_WAKEUP_FD.bind(&args)?;
    let fd = c_int(vm, fd.expect("required"))?;
    if !signals::is_main_thread() {
        return Err(exc!(value_error, "set_wakeup_fd {}", MAIN_ONLY));
    }
    match os::set_wakeup_fd(fd) {
        Ok(old) => Ok(Value::Int(old.into())),
        Err(os::WakeupFdError::Os(e)) => Err(os_error(&e, None)),
        Err(os::WakeupFdError::Blocking) => Err(exc!(
            value_error,
            "the fd {} must be in non-blocking mode",
            fd
        )),
    }
}

/// `siginterrupt(signalnum, flag, /)`: pyvm's waits behave the same either way (they wake
/// up, run the handlers and resume), so only the arguments are checked.
fn siginterrupt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [num, flag] = args.pos() else {
        unreachable!("two arguments checked")
    };
    signal_number(vm, num)?;
    c_int(vm, flag)?;
    Ok(Value::None)
}

/// `setitimer(which, seconds, interval=0.0, /)`: arms the timer, returning its previous
/// `(delay, interval)`; `getitimer(which, /)`: the current one.
fn setitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let which = c_int(vm, &p[0])?;
    let value = super::time::seconds_arg(vm, &p[1])?;
    let interval = match p.get(2) {
        Some(v) => super::time::seconds_arg(vm, v)?,
        None => 0,
    };
    let old = os::setitimer(which, value, interval).map_err(|e| itimer_error(vm, &e))?;
    Ok(timer_value(old))
}

fn getitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [which] = args.pos() else {
        unreachable!("one argument checked")
    };
    let which = c_int(vm, which)?;
    let cur = os::getitimer(which).map_err(|e| itimer_error(vm, &e))?;
    Ok(timer_value(cur))
}

fn timer_value((delay, interval): (f64, f64)) -> Value {
    tuple_value(vec![Value::float(delay), Value::float(interval)])
}

/// `signal.ItimerError` (an OSError subclass `signal.py` defines) for a failed timer call.
fn itimer_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    let fallback = os_error(e, None);
    let cls = vm
        .sys_module("_signal")
        .and_then(|m| vm.getattr(&m, &intern("ItimerError")).ok());
    let Some(cls) = cls else { return fallback };
    let errno = Value::Int(e.raw_os_error().unwrap_or(0).into());
    let text = e.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
    let args = [errno, Value::Obj(new_str(strerror))];
    match vm.call(&cls, Args::positional(&args)) {
        Ok(Value::Obj(exc)) => PyErr::from_instance(exc),
        Ok(_) => fallback,
        Err(e) => e,
    }
}

const FUNCTIONS: &[MethodDef] = &[
    method!("signal", signal, Pos(2, 2)),
    method!("getsignal", getsignal, One),
    method!("raise_signal", raise_signal, One),
    method!("strsignal", strsignal, One),
    method!("alarm", alarm, One),
    method!("pause", pause, NoArgs),
    method!("valid_signals", valid_signals, NoArgs),
    method!("set_wakeup_fd", set_wakeup_fd),
    method!("siginterrupt", siginterrupt, Pos(2, 2)),
    method!("setitimer", setitimer, Pos(2, 3)),
    method!("getitimer", getitimer, One),
];

/// The signal names of Linux, in CPython's module order.
const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("_signal", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let int = |n: i32| Value::Int(n.into());
    for &(name, n) in SIGNALS {
        d.set_str(intern(name), int(n));
    }
    d.set_str(intern("SIGRTMIN"), int(libc::SIGRTMIN()));
    d.set_str(intern("SIGRTMAX"), int(libc::SIGRTMAX()));
    d.set_str(intern("NSIG"), int(NSIG as i32));
    d.set_str(intern("SIG_DFL"), int(0));
    d.set_str(intern("SIG_IGN"), int(1));
    d.set_str(intern("SIG_BLOCK"), int(libc::SIG_BLOCK));
    d.set_str(intern("SIG_UNBLOCK"), int(libc::SIG_UNBLOCK));
    d.set_str(intern("SIG_SETMASK"), int(libc::SIG_SETMASK));
    d.set_str(intern("ITIMER_REAL"), int(libc::ITIMER_REAL));
    d.set_str(intern("ITIMER_VIRTUAL"), int(libc::ITIMER_VIRTUAL));
    d.set_str(intern("ITIMER_PROF"), int(libc::ITIMER_PROF));
    d.set_str(
        intern("default_int_handler"),
        signals::default_int_handler(),
    );
    Ok(module)
}
