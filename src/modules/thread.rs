//! `_thread`: OS threads running Python code, and the two lock types `threading` builds on.
//!
//! Each Python thread is an OS thread with a thread state of its own (a [`Vm`]: value
//! stack, frames, handled exception) sharing the interpreter (`Interp`: modules, builtins).
//! The function and its arguments cross to the new thread in a [`SendBox`], opened only once
//! the new thread holds the GIL; everything the thread drops as it ends is dropped before it
//! lets the GIL go.
//!
//! A lock's state lives outside the object heap, in an `Arc<LockCore>` (a `parking_lot`
//! mutex and condition variable), so a thread can wait on it with the GIL released: the wait
//! never touches a Python object. An acquire first tries without releasing the GIL (the
//! uncontended case costs no hand-over), and only then blocks in `allow_threads`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::function::is_callable;
use crate::objects::callables::native::{new_native, receiver, this, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::{tuple_value, TupleObj};
use crate::objects::core::SendBox;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::int_value;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{types, PyRef, Value};
use crate::vm::params::{self, Clinic};
use crate::vm::{Args, Interp, PyResult, Vm};

/// Largest timeout a lock accepts, in seconds (CPython's on 64-bit Linux).
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// Rust stack of a thread started here, unless `stack_size()` asks for more: native
/// recursion (a slot calling Python code, a repr of nested lists) stops with a
/// RecursionError when the stack runs low (see `objects::core::stack`), so this bounds how
/// deep that can go; a smaller `stack_size()` is recorded but not used (pyvm's native
/// levels are larger than CPython's). The main thread has 1 GiB.
const DEFAULT_STACK: usize = 256 << 20;

/// `stack_size(n)`: 0 means the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// Threads started by `start_new_thread` and not yet finished (`_count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

// ---------------------------------------------------------------------------------------
// Locks

/// `locked` for a plain lock; for an RLock also its owner's ident and recursion count.
#[derive(Default)]
struct LockState {
    locked: bool,
    owner: u64,
    count: u64,
}

/// The part of a lock that waiting threads share with the GIL released.
#[derive(Default)]
pub struct LockCore {
    state: Mutex<LockState>,
    unlocked: Condvar,
}

impl LockCore {
    fn try_lock(&self) -> bool {
        let mut s = self.state.lock();
        !std::mem::replace(&mut s.locked, true)
    }

    /// Waits until the lock is free (or `deadline` passes) and takes it; `None` when
    /// `interruptible` and a signal came first (see `signals::wait::until`).
    fn lock_until(&self, deadline: Option<Instant>, interruptible: bool) -> Option<bool> {
        let mut s = self.state.lock();
        while s.locked {
            if interruptible && crate::signals::pending() {
                return None;
            }
            match deadline {
                None => self.unlocked.wait(&mut s),
                Some(d) => {
                    if self.unlocked.wait_until(&mut s, d).timed_out() && s.locked {
                        return Some(false);
                    }
                }
            }
        }
        s.locked = true;
        Some(true)
    }

    fn unlock(&self) {
        let mut s = self.state.lock();
        s.locked = false;
        s.owner = 0;
        s.count = 0;
        self.unlocked.notify_one();
    }

    /// Takes the lock as `acquire(blocking, timeout)` does: without releasing the GIL if it
    /// is free, else waiting with the GIL released. In the main thread a signal interrupts
    /// the wait: its handler runs (what it raises is returned), then the wait goes on until
    /// the same deadline, as CPython's (PEP 475).
    fn acquire(self: &Arc<Self>, vm: &mut Vm, wait: Wait) -> PyResult<bool> {
        if self.try_lock() {
            return Ok(true);
        }
        let deadline = match wait {
            Wait::No => return Ok(false),
            Wait::Forever => None,
            Wait::For(d) => Some(Instant::now() + d),
        };
        let core = self.clone();
        crate::signals::wait::until(vm, self.clone(), move |interruptible| {
            core.lock_until(deadline, interruptible)
        })
    }

    /// Waits for the lock however long it takes, signals or not (`_acquire_restore`, as
    /// CPython's).
    fn acquire_uninterruptible(self: &Arc<Self>) {
        if !self.try_lock() {
            let core = self.clone();
            crate::gil::allow_threads(crate::gil::token(), move || core.lock_until(None, false));
        }
    }
}

impl crate::signals::wait::Wake for LockCore {
    fn wake(&self) {
        let _s = self.state.lock();
        self.unlocked.notify_all();
    }
}

/// How long an acquire may wait.
#[derive(Clone, Copy)]
enum Wait {
    No,
    Forever,
    For(Duration),
}

const ACQUIRE: Clinic = Clinic {
    fname: "acquire",
    names: &["blocking", "timeout"],
    posonly: 0,
    minpos: 0,
    maxpos: 2,
};

/// `acquire(blocking=True, timeout=-1)`'s arguments (after `self`), with CPython's errors.
fn wait_arg(vm: &mut Vm, args: &Args) -> PyResult<Wait> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [blocking, timeout] = ACQUIRE.bind(&rest)?;
    let blocking = match blocking {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => params::to_f64(vm, t)?,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(exc!(
                value_error,
                "can't specify a timeout for a non-blocking call"
            ));
        }
        return Ok(Wait::No);
    }
    if timeout == -1.0 {
        return Ok(Wait::Forever);
    }
    if timeout < 0.0 {
        return Err(exc!(value_error, "timeout value must be positive"));
    }
    if timeout > 9.223_372_036_854_775e9 {
        return Err(exc!(
            overflow_error,
            "timestamp out of range for platform time_t"
        ));
    }
    if timeout > TIMEOUT_MAX {
        return Err(exc!(overflow_error, "timeout value is too large"));
    }
    Ok(Wait::For(Duration::from_secs_f64(timeout)))
}

/// `_thread.lock`: not owned by a thread (any thread may release it).
struct Lock(Arc<LockCore>);

impl NativeData for Lock {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

fn new_lock() -> Value {
    new_native(&Types::get().lock, Lock(Arc::default()))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(&args).0.clone();
    let wait = wait_arg(vm, &args)?;
    Ok(Value::Bool(lock.acquire(vm, wait)?))
}

fn lock_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(&args).0.clone();
    Ok(Value::Bool(lock.acquire(vm, Wait::Forever)?))
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(&args);
    if !lock.0.state.lock().locked {
        return Err(exc!(runtime_error, "release unlocked lock"));
    }
    lock.0.unlock();
    Ok(Value::None)
}

/// `__exit__(*exc_info)`: any number of positional arguments (`METH_VARARGS`).
fn lock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("__exit__")?;
    lock_release(vm, args)
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<Lock>(&args);
    Ok(Value::Bool(lock.0.state.lock().locked))
}

fn lock_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let locked = this::<Lock>(v).0.state.lock().locked;
    Ok(new_str(format!(
        "<{} {} object at {:#x}>",
        if locked { "locked" } else { "unlocked" },
        v.type_name(),
        vm.id(v)
    )))
}

const LOCK_SLOTS: TypeSlots = TypeSlots {
    repr: Some(lock_repr),
    ..PLAIN_SLOTS
};

const LOCK_METHODS: &[MethodDef] = &[
    method!("acquire", lock_acquire),
    method!("acquire_lock", lock_acquire),
    method!("release", lock_release, NoArgs),
    method!("release_lock", lock_release, NoArgs),
    method!("locked", lock_locked, NoArgs),
    method!("locked_lock", lock_locked, NoArgs),
    method!("__enter__", lock_enter),
    method!("__exit__", lock_exit),
];

/// `_thread.RLock`: owned by the thread that took it, which may take it again.
struct RLock(Arc<LockCore>);

impl NativeData for RLock {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

fn rlock_new(_vm: &mut Vm, cls: &PyRef, _args: Args) -> PyResult<Value> {
    Ok(new_native(cls, RLock(Arc::default())))
}

/// Takes `lock` for this thread (again, if it owns it already).
fn rlock_take(vm: &mut Vm, lock: &Arc<LockCore>, wait: Wait) -> PyResult<bool> {
    let me = crate::gil::thread_ident();
    {
        let mut s = lock.state.lock();
        if s.locked && s.owner == me {
            s.count += 1;
            return Ok(true);
        }
    }
    if !lock.acquire(vm, wait)? {
        return Ok(false);
    }
    let mut s = lock.state.lock();
    s.owner = me;
    s.count = 1;
    Ok(true)
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<RLock>(&args).0.clone();
    let wait = wait_arg(vm, &args)?;
    Ok(Value::Bool(rlock_take(vm, &lock, wait)?))
}

fn rlock_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<RLock>(&args).0.clone();
    Ok(Value::Bool(rlock_take(vm, &lock, Wait::Forever)?))
}

fn not_owned() -> crate::vm::PyErr {
    exc!(runtime_error, "cannot release un-acquired lock")
}

fn rlock_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = &receiver::<RLock>(&args).0;
    let mut s = lock.state.lock();
    if !s.locked || s.owner != crate::gil::thread_ident() {
        return Err(not_owned());
    }
    s.count -= 1;
    if s.count == 0 {
        drop(s);
        lock.unlock();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("__exit__")?;
    rlock_release(vm, args)
}

fn rlock_is_owned(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = &receiver::<RLock>(&args).0;
    let s = lock.state.lock();
    Ok(Value::Bool(
        s.locked && s.owner == crate::gil::thread_ident(),
    ))
}

/// `_release_save()`: lets go of every level at once (for `Condition.wait`), returning
/// `(count, owner)` for `_acquire_restore`.
fn rlock_release_save(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = &receiver::<RLock>(&args).0;
    let s = lock.state.lock();
    if !s.locked || s.count == 0 {
        return Err(not_owned());
    }
    let saved = (s.count, s.owner);
    drop(s);
    lock.unlock();
    Ok(tuple_value(vec![
        int_value(saved.0.into()),
        int_value(saved.1.into()),
    ]))
}

fn rlock_acquire_restore(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = receiver::<RLock>(&args).0.clone();
    let state = args.pos().get(1).and_then(|v| v.downcast::<TupleObj>());
    let Some((count, owner)) = state.and_then(|t| match t.items.as_ref() {
        [Value::Int(c), Value::Int(o)] => Some((*c as u64, *o as u64)),
        _ => None,
    }) else {
        return Err(exc!(
            type_error,
            "_acquire_restore() argument must be a (count, owner) tuple"
        ));
    };
    lock.acquire_uninterruptible();
    let mut s = lock.state.lock();
    s.count = count;
    s.owner = owner;
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let (locked, owner, count) = {
        let s = this::<RLock>(v).0.state.lock();
        (s.locked, s.owner, s.count)
    };
    Ok(new_str(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if locked { "locked" } else { "unlocked" },
        v.type_name(),
        if locked { owner } else { 0 },
        if locked { count } else { 0 },
        vm.id(v)
    )))
}

const RLOCK_SLOTS: TypeSlots = TypeSlots {
    repr: Some(rlock_repr),
    new: Some(rlock_new),
    ..PLAIN_SLOTS
};

const RLOCK_METHODS: &[MethodDef] = &[
    method!("acquire", rlock_acquire),
    method!("release", rlock_release, NoArgs),
    method!("__enter__", rlock_enter),
    method!("__exit__", rlock_exit),
    method!("_is_owned", rlock_is_owned, NoArgs),
    method!("_release_save", rlock_release_save, NoArgs),
    method!("_acquire_restore", rlock_acquire_restore, Varargs(1, 1)),
];

native_types! { pub struct Types in "_thread" {
    lock = "lock", TypeSpec { slots: LOCK_SLOTS, methods: LOCK_METHODS, getsets: &[] };
    rlock = "RLock", TypeSpec { slots: RLOCK_SLOTS, methods: RLOCK_METHODS, getsets: &[] };
} }

// ---------------------------------------------------------------------------------------
// Threads

thread_local! {
    /// Locks from `_set_sentinel()`, released when this thread's state is gone.
    static SENTINELS: RefCell<Vec<Arc<LockCore>>> = const { RefCell::new(Vec::new()) };
}

/// `_set_sentinel()`: a lock (which the caller then takes) released when the calling thread
/// ends, after its last Python code: `Thread.join` waits on it.
fn set_sentinel(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let core = Arc::new(LockCore::default());
    SENTINELS.with(|s| s.borrow_mut().push(core.clone()));
    Ok(new_native(&Types::get().lock, Lock(core)))
}

/// `start_new`, the old alias: CPython's function under another name, whose count error
/// still says `start_new_thread` (the keyword error names the alias).
fn start_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("start_new")?;
    let n = args.pos().len();
    if !(2..=3).contains(&n) {
        return Err(crate::vm::sig::count_error("start_new_thread", 2, 3, n));
    }
    start_new_thread(vm, args)
}

/// What a new thread runs, boxed to cross to it.
struct Start {
    func: Value,
    args: Vec<Value>,
    kwargs: Option<PyRef>,
    interp: Rc<Interp>,
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if !is_callable(&p[0]) {
        return Err(exc!(type_error, "first arg must be callable"));
    }
    let Some(fargs) = p[1].downcast::<TupleObj>() else {
        return Err(exc!(type_error, "2nd arg must be a tuple"));
    };
    let kwargs = match p.get(2) {
        None => None,
        Some(Value::Obj(d)) if d.is::<DictObj>() => Some(d.clone()),
        Some(_) => return Err(exc!(type_error, "optional 3rd arg must be a dictionary")),
    };
    let start = SendBox::new(Start {
        func: p[0].clone(),
        args: fargs.items.to_vec(),
        kwargs,
        interp: vm.interp.clone(),
    });
    let stack = STACK_SIZE.load(Ordering::Relaxed).max(DEFAULT_STACK);
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let _ = tx.send(crate::gil::thread_ident());
            run_thread(start)
        });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        return Err(exc!(runtime_error, "can't start new thread"));
    }
    // The ident is assigned by the new thread before it waits for the GIL.
    let ident = crate::gil::allow_threads(vm.gil(), move || rx.recv().unwrap_or(0));
    Ok(int_value(ident.into()))
}

/// The body of a thread started by `start_new_thread`.
fn run_thread(start: SendBox<Start>) {
    let gil = crate::gil::acquire();
    let Start {
        func,
        args,
        kwargs,
        interp,
    } = start.open();
    let mut vm = Vm::for_thread(interp);
    let result = call_with_kwargs(&mut vm, &func, args, kwargs);
    if let Err(e) = result {
        if !e.matches(&types().exc.system_exit) {
            let what = vm.repr_string(&func).unwrap_or_default();
            let mut report = format!("Exception ignored in thread started by: {what}\n");
            vm.format_one(e.exc(), &mut report);
            let _ = crate::modules::sys::write_to_sys_stderr(&mut vm, &report);
        }
    }
    drop(func);
    vm.run_pending_finalizers();
    drop(vm);
    // Python code of this thread is over: wake its joiners.
    SENTINELS.with(|s| s.borrow_mut().drain(..).for_each(|l| l.unlock()));
    RUNNING.fetch_sub(1, Ordering::Relaxed);
    crate::gil::thread_finished();
    drop(gil);
}

fn call_with_kwargs(
    vm: &mut Vm,
    func: &Value,
    mut args: Vec<Value>,
    kwargs: Option<PyRef>,
) -> PyResult<Value> {
    let mut names = Vec::new();
    if let Some(d) = kwargs.as_ref().and_then(|d| d.downcast::<DictObj>()) {
        for (k, v) in d.items() {
            if k.downcast::<crate::objects::strings::str::StrObj>()
                .is_none()
            {
                return Err(exc!(type_error, "keywords must be strings"));
            }
            names.push(k);
            args.push(v);
        }
    }
    vm.call(func, Args::new(&args, &names))
}

fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(int_value(crate::gil::thread_ident().into()))
}

/// The kernel's id of this thread (`/proc/thread-self` names it); the ident elsewhere.
fn get_native_id(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let tid = std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name()?.to_str()?.parse::<u64>().ok())
        .unwrap_or_else(crate::gil::thread_ident);
    Ok(int_value(tid.into()))
}

fn count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(RUNNING.load(Ordering::Relaxed) as i64))
}

fn allocate_lock(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(new_lock())
}

fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let old = STACK_SIZE.load(Ordering::Relaxed);
    // As CPython's, a call without a size sets the default (0) again.
    let mut n = 0;
    if let Some(v) = p.first() {
        let size = params::to_index(vm, v)?;
        n = crate::objects::numbers::int::as_int(&size)
            .and_then(|i| i.to_i64())
            .unwrap_or(-1);
        if n < 0 {
            return Err(exc!(value_error, "size must be 0 or a positive value"));
        }
        if n != 0 && n < 32_768 {
            return Err(exc!(value_error, "size not valid: {} bytes", n));
        }
    }
    STACK_SIZE.store(n as usize, Ordering::Relaxed);
    Ok(Value::Int(old as i64))
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// `_set_thread_name(name)` (pyvm's own): the name GIL reports show for this thread.
fn set_thread_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = &args.pos()[0];
    let name = vm.str_string(name)?;
    crate::gil::set_thread_name(&name);
    Ok(Value::None)
}

/// `interrupt_main(signum=SIGINT, /)`: the main thread handles `signum` at its next
/// safepoint, as if the signal had come.
fn interrupt_main(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let sig = match p.first() {
        Some(v) => super::signal::signal_number(vm, v)?,
        None => libc::SIGINT as usize,
    };
    crate::signals::simulate(sig);
    Ok(Value::None)
}

const FUNCTIONS: &[MethodDef] = &[
    method!("start_new_thread", start_new_thread, Unpack(2, 3)),
    method!("interrupt_main", interrupt_main, Varargs(0, 1)),
    method!("start_new", start_new),
    method!("allocate_lock", allocate_lock, NoArgs),
    method!("allocate", allocate_lock, NoArgs),
    method!("get_ident", get_ident, NoArgs),
    method!("get_native_id", get_native_id, NoArgs),
    method!("_count", count, NoArgs),
    method!("stack_size", stack_size, Varargs(0, 1)),
    method!("daemon_threads_allowed", daemon_threads_allowed),
    method!("_set_sentinel", set_sentinel, NoArgs),
    method!("_set_thread_name", set_thread_name, One),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("_thread", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = Types::get();
    d.set_str(intern("LockType"), Value::Obj(t.lock.clone()));
    d.set_str(intern("lock"), Value::Obj(t.lock.clone()));
    d.set_str(intern("RLock"), Value::Obj(t.rlock.clone()));
    d.set_str(intern("TIMEOUT_MAX"), Value::float(TIMEOUT_MAX));
    let rt = types().exc.runtime_error.clone();
    d.set_str(intern("error"), Value::Obj(rt));
    Ok(module)
}
