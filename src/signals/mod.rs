//! Signals, as CPython handles them: the C-level handler only records that a signal came
//! (`os`: atomics, the eval breaker's `SIGNALS` bit, a byte down the wake-up pipes); the
//! Python handlers run later, in the interpreter's main thread, at a safepoint — the eval
//! loop's (backward jumps and calls) or an interruptible wait's (`wait`: `time.sleep`, lock
//! and condition waits, `join`, `input()`), each of which wakes up when a signal comes, runs
//! the handlers and, if none raised, goes on waiting (PEP 475). An exception a handler raises
//! propagates from where the main thread was.
//!
//! Another thread holding the GIL when a signal comes clears the `SIGNALS` bit at its
//! safepoint (so it does not stop at every instruction) and hands the GIL over; the main
//! thread sets the bit again whenever it takes the GIL with signals pending (`gil::take`).
//! Waits in other threads are not interrupted, as in CPython.
//!
//! The handler table (one Python object per signal: a callable, `SIG_DFL` = 0, `SIG_IGN` =
//! 1, or `None` for a handler pyvm did not install) is interpreter state under the GIL; the
//! `_signal` module (`modules::signal`) reads and writes it. At start-up SIGINT gets
//! `default_int_handler` (which raises KeyboardInterrupt) unless the process was started
//! with SIGINT ignored.
//!
//! An uncaught KeyboardInterrupt ends the process as CPython's does: the runner reports it
//! as any uncaught exception and finalizes, then [`die_of_sigint`] kills the process
//! with SIGINT itself, so that a shell sees "killed by SIGINT" (status 130).

pub mod os;
pub mod wait;

use std::cell::{Cell, RefCell};
use std::sync::atomic::Ordering;

use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::core::GilStatic;
use crate::objects::{types, PyRef, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

pub use os::NSIG;

thread_local! {
    /// Set on the thread that created the interpreter: the only one that runs signal
    /// handlers and whose waits signals interrupt.
    static MAIN: Cell<bool> = const { Cell::new(false) };
}

/// Whether this is the interpreter's main thread.
#[inline]
pub fn is_main_thread() -> bool {
    MAIN.with(|m| m.get())
}

/// Whether any signal waits for its Python handler.
#[inline]
pub fn pending() -> bool {
    os::pending()
}

/// The handler table, indexed by signal number.
fn table() -> &'static RefCell<Vec<Value>> {
    static TABLE: GilStatic<RefCell<Vec<Value>>> = GilStatic::new(RefCell::new(Vec::new()));
    TABLE.get(crate::gil::token())
}

/// `signal.default_int_handler`, one object for the process.
pub fn default_int_handler() -> Value {
    static FUNC: GilStatic<std::cell::OnceCell<PyRef>> = GilStatic::new(std::cell::OnceCell::new());
    let f = FUNC.get(crate::gil::token()).get_or_init(|| {
        BuiltinFunctionObj::new_ref("default_int_handler", raise_keyboard_interrupt, None)
    });
    Value::Obj(f.clone())
}

/// `default_int_handler(signalnum, frame, /)`: raises KeyboardInterrupt.
fn raise_keyboard_interrupt(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::params::positional(&args, "default_int_handler", 2, 2)?;
    Err(PyErr::with_args(
        &types().exc.keyboard_interrupt,
        Vec::new(),
    ))
}

/// Called on the thread creating an interpreter (holding the GIL): it becomes the main
/// thread; the first time, the handler table is filled from the OS's dispositions and SIGINT
/// gets `default_int_handler`.
pub fn init() {
    MAIN.with(|m| m.set(true));
    let mut t = table().borrow_mut();
    if !t.is_empty() {
        return;
    }
    os::init();
    t.push(Value::None);
    for sig in 1..NSIG as i32 {
        t.push(match os::action(sig) {
            Some(os::Action::Default) => Value::Int(0),
            Some(os::Action::Ignore) => Value::Int(1),
            _ => Value::None,
        });
    }
    let sigint = libc::SIGINT as usize;
    if matches!(t[sigint], Value::Int(0)) && os::set_action(libc::SIGINT, os::Action::Catch).is_ok()
    {
        t[sigint] = default_int_handler();
    }
}

/// The Python handler of `sig` (1 ≤ sig < NSIG).
pub fn handler(sig: usize) -> Value {
    table().borrow().get(sig).cloned().unwrap_or(Value::None)
}

/// Installs `handler` for `sig` (checked by the caller: in range, a callable or 0/1),
/// returning the previous one. Pending signals are handled first, as CPython does.
pub fn set_handler(vm: &mut Vm, sig: usize, handler: Value) -> PyResult<Value> {
    let action = match handler {
        Value::Int(0) => os::Action::Default,
        Value::Int(1) => os::Action::Ignore,
        _ => os::Action::Catch,
    };
    run_handlers(vm)?;
    if let Err(e) = os::set_action(sig as i32, action) {
        return Err(crate::objects::exceptions::exception_kinds::os_error(
            &e, None,
        ));
    }
    let old = std::mem::replace(&mut table().borrow_mut()[sig], handler);
    Ok(old)
}

/// Runs the Python handlers of the signals that came (in signal-number order), if this is
/// the main thread; the first exception one raises is returned, the signals not yet handled
/// staying pending.
pub fn run_handlers(vm: &mut Vm) -> PyResult<()> {
    if !is_main_thread() || !os::take_pending() {
        return Ok(());
    }
    os::drain_poll_pipe();
    for sig in 1..NSIG {
        if !os::take_tripped(sig) {
            continue;
        }
        // (cloned out of the table: the handler may change it)
        let func = handler(sig);
        // The handler may have been reset since the signal came (bpo-43406): nothing to run.
        if matches!(func, Value::None | Value::Int(0) | Value::Int(1)) {
            continue;
        }
        let frame = vm.frame_at_depth(0).map_or(Value::None, Value::Obj);
        let args = [Value::Int(sig as i64), frame];
        if let Err(e) = vm.call(&func, Args::positional(&args)) {
            os::set_pending();
            return Err(e);
        }
    }
    Ok(())
}

/// `_thread.interrupt_main(signum)`: as if `sig` had come, if Python handles it (a
/// signal left to SIG_DFL or SIG_IGN is not simulated, as in CPython).
pub fn simulate(sig: usize) {
    if !matches!(handler(sig), Value::None | Value::Int(0) | Value::Int(1)) {
        os::trip(sig as i32);
    }
}

/// The eval loop's safepoint found the `SIGNALS` bit: the main thread runs the handlers;
/// another thread clears the bit and offers the GIL (the main thread may be waiting for it).
#[cold]
pub fn at_safepoint(vm: &mut Vm) -> PyResult<()> {
    crate::gil::EVAL_BREAKER.fetch_and(!crate::gil::breaker::SIGNALS, Ordering::SeqCst);
    if is_main_thread() {
        run_handlers(vm)
    } else {
        crate::gil::yield_gil();
        Ok(())
    }
}

/// After the report and finalization of an uncaught KeyboardInterrupt (the runner's
/// `finish`, which flushed stdout): flushes stderr, restores SIGINT's default action and
/// kills the process with it, as CPython does (a shell sees status 130). Returns only if the
/// signal did not end the process.
pub fn die_of_sigint() {
    let _ = std::io::Write::flush(&mut std::io::stdout());
    let _ = std::io::Write::flush(&mut std::io::stderr());
    os::die_of_sigint();
}
