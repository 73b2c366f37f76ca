//! The `select` module (POSIX): `poll()` objects and `select()`, both over `poll(2)`, with
//! the GIL released while they wait. A file is an int descriptor or an object whose
//! `fileno()` gives one, as CPython's `PyObject_AsFileDescriptor`.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::native::{new_native, receiver, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{MethodDef, TypeSpec};
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::as_int;
use crate::objects::strings::str::intern;
use crate::objects::{types, PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "select" {
    poll = "poll", TypeSpec { slots: PLAIN_SLOTS, methods: POLL_METHODS, getsets: &[] };
} }

/// A `poll` object: the registered descriptors and their event masks, in registration order.
struct Poll(RefCell<Vec<(i32, i16)>>);

impl NativeData for Poll {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

/// The descriptor of `v`: an int, or what its `fileno()` returns.
fn fd_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = if as_int(v).is_some() {
        v.clone()
    } else {
        let has_fileno = vm.getattr_opt(v, &intern("fileno"))?;
        let Some(method) = has_fileno else {
            return Err(exc!(
                type_error,
                "argument must be an int, or have a fileno() method."
            ));
        };
        let r = vm.call(&method, Args::positional(&[]))?;
        if as_int(&r).is_none() {
            return Err(exc!(type_error, "fileno() returned a non-integer"));
        }
        r
    };
    let fd = as_int(&n).and_then(|i| i.to_i64());
    match fd {
        Some(fd) if fd < 0 => Err(exc!(
            value_error,
            "file descriptor cannot be a negative integer ({})",
            fd
        )),
        Some(fd) if fd <= i64::from(i32::MAX) => Ok(fd as i32),
        _ => Err(exc!(
            overflow_error,
            "Python int too large to convert to C int"
        )),
    }
}

/// An event mask argument (an unsigned short in CPython).
fn mask_of(v: &Value) -> PyResult<i16> {
    let Some(n) = as_int(v).and_then(|i| i.to_i64()) else {
        return Err(exc!(
            type_error,
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ));
    };
    match u16::try_from(n) {
        Ok(m) => Ok(m as i16),
        Err(_) if n < 0 => Err(exc!(value_error, "value must be positive")),
        Err(_) => Err(exc!(
            overflow_error,
            "Python int too large for C unsigned short"
        )),
    }
}

/// A timeout in milliseconds for `poll.poll`: None or negative waits forever.
fn poll_timeout(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Duration>> {
    let ms = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v @ (Value::Int(_) | Value::Float(_))) => crate::vm::params::to_f64(vm, v)?,
        Some(v) if as_int(v).is_some() => crate::vm::params::to_f64(vm, v)?,
        Some(_) => return Err(exc!(type_error, "timeout must be an integer or None")),
    };
    if ms < 0.0 {
        return Ok(None);
    }
    Ok(Some(Duration::from_secs_f64(ms.ceil() / 1000.0)))
}

/// Waits on `fds` with `poll(2)` (GIL released), retrying after EINTR with what is left of
/// the timeout. The returned events are in `fds` order.
fn wait(vm: &mut Vm, fds: Vec<(i32, i16)>, timeout: Option<Duration>) -> PyResult<Vec<i16>> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut pollfds: Vec<libc::pollfd> = fds
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now()).as_millis();
                i32::try_from(left).unwrap_or(i32::MAX)
            }
        };
        let got =
            crate::gil::allow_threads(vm.gil(), || crate::modules::os::raw::poll(&mut pollfds, ms));
        match got {
            Ok(_) => return Ok(pollfds.iter().map(|p| p.revents).collect()),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(os_error(&e, None)),
        }
        // a signal's handler runs, then the wait goes on (PEP 475)
        crate::signals::run_handlers(vm)?;
    }
}

// ---------------------------------------------------------------------------------------
// poll objects

fn poll_new(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(new_native(
        &Types::get().poll,
        Poll(RefCell::new(Vec::new())),
    ))
}

/// `register(fd, eventmask=POLLIN|POLLPRI|POLLOUT)`: adds or replaces `fd`'s mask.
fn poll_register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.params();
    let fd = fd_of(vm, &p[0])?;
    let mask = match p.get(1) {
        Some(m) => mask_of(m)?,
        None => libc::POLLIN | libc::POLLPRI | libc::POLLOUT,
    };
    let mut fds = receiver::<Poll>(&args).0.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(Value::None)
}

/// `modify(fd, eventmask)`: FileNotFoundError when `fd` is not registered.
fn poll_modify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.params();
    let fd = fd_of(vm, &p[0])?;
    let mask = mask_of(&p[1])?;
    let mut fds = receiver::<Poll>(&args).0.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => {
            return Err(os_error(
                &std::io::Error::from_raw_os_error(libc::ENOENT),
                None,
            ))
        }
    }
    Ok(Value::None)
}

/// `unregister(fd)`: KeyError when `fd` is not registered.
fn poll_unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(vm, &args.params()[0])?;
    let mut fds = receiver::<Poll>(&args).0.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(Value::None)
        }
        None => Err(crate::objects::containers::dict_methods::key_error(
            &Value::Int(fd.into()),
        )),
    }
}

/// `poll(timeout=None)`: `[(fd, revents), ...]` for the descriptors with events.
fn poll_poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let timeout = poll_timeout(vm, args.params().first())?;
    let fds = receiver::<Poll>(&args).0.borrow().clone();
    let revents = wait(vm, fds.clone(), timeout)?;
    let ready = fds
        .iter()
        .zip(revents)
        .filter(|(_, r)| *r != 0)
        .map(|(&(fd, _), r)| {
            Value::Obj(TupleObj::new_ref(vec![
                Value::Int(fd.into()),
                Value::Int(i64::from(r as u16)),
            ]))
        })
        .collect();
    Ok(Value::Obj(ListObj::new_ref(ready)))
}

const POLL_METHODS: &[MethodDef] = &[
    method!("register", poll_register, Pos(1, 2)),
    method!("modify", poll_modify, Pos(2, 2)),
    method!("unregister", poll_unregister, One),
    method!("poll", poll_poll, Pos(0, 1)),
];

// ---------------------------------------------------------------------------------------
// select()

/// `select(rlist, wlist, xlist, timeout=None)`: the objects of each list that are ready.
fn select_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let timeout = match p.get(3) {
        None | Some(Value::None) => None,
        Some(v) => {
            let secs = crate::vm::params::to_f64(vm, v)
                .map_err(|_| exc!(type_error, "timeout must be a float or None"))?;
            if secs < 0.0 {
                return Err(exc!(value_error, "timeout must be non-negative"));
            }
            Some(Duration::from_secs_f64(secs))
        }
    };
    let wanted = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    // (object, fd, which list) for every entry, and one poll entry per descriptor.
    let mut entries = Vec::new();
    let mut fds: Vec<(i32, i16)> = Vec::new();
    for (which, list) in p[..3].iter().enumerate() {
        let items = vm.collect(list).map_err(|e| {
            if e.matches(&types().exc.type_error) {
                exc!(type_error, "arguments 1-3 must be sequences")
            } else {
                e
            }
        })?;
        for obj in items {
            let fd = fd_of(vm, &obj)?;
            match fds.iter_mut().find(|(f, _)| *f == fd) {
                Some(entry) => entry.1 |= wanted[which],
                None => fds.push((fd, wanted[which])),
            }
            entries.push((obj, fd, which));
        }
    }
    let revents = wait(vm, fds.clone(), timeout)?;
    if revents.iter().any(|r| r & libc::POLLNVAL != 0) {
        return Err(os_error(
            &std::io::Error::from_raw_os_error(libc::EBADF),
            None,
        ));
    }
    // A hang-up or error counts as readable (a read will not block), as select(2) reports.
    let seen = [
        libc::POLLIN | libc::POLLHUP | libc::POLLERR,
        libc::POLLOUT | libc::POLLERR,
        libc::POLLPRI,
    ];
    let mut out = [Vec::new(), Vec::new(), Vec::new()];
    for (obj, fd, which) in entries {
        let i = fds.iter().position(|(f, _)| *f == fd).unwrap_or(0);
        if revents[i] & seen[which] != 0 {
            out[which].push(obj);
        }
    }
    let lists = out
        .into_iter()
        .map(|l| Value::Obj(ListObj::new_ref(l)))
        .collect();
    Ok(Value::Obj(TupleObj::new_ref(lists)))
}

const FUNCTIONS: &[MethodDef] = &[
    method!("poll", poll_new, NoArgs),
    method!("select", select_fn, Pos(3, 4)),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("select", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let consts: [(&str, i16); 10] = [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
    ];
    for (name, value) in consts {
        d.set_str(intern(name), Value::Int(value.into()));
    }
    d.set_str(intern("error"), Value::Obj(types().exc.os_error.clone()));
    Ok(module)
}
