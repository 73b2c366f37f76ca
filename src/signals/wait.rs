//! Blocking waits that a signal interrupts in the main thread (PEP 475): `time.sleep`, lock
//! acquisition (and so `Condition.wait`, `Event.wait`, `Queue.get`, `Thread.join`), and
//! reading a line of stdin (`input()`, `sys.stdin`). Each waits with the GIL released; when a
//! signal comes the wait returns, the handlers run with the GIL (an exception they raise
//! propagates from the wait), and the wait resumes with what is left of its deadline. In
//! other threads these waits are plain, as CPython's are.
//!
//! Waits on file descriptors poll the signal pipe beside them (`os::wait`). A wait on a
//! condition variable cannot poll, so the main thread registers a [`Wake`] before blocking and
//! a watcher thread — started the first time the main thread waits so — reads the watch pipe
//! and wakes what is registered. The waiter checks [`super::pending`] under the mutex it waits
//! with, and the watcher takes that mutex before notifying, so no wake-up is lost.

use std::io;
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::{is_main_thread, os, run_handlers};
use crate::vm::{PyResult, Vm};

/// Something a main thread blocked on a condition variable can be woken from.
pub trait Wake: Send + Sync {
    /// Takes the mutex the waiter waits with, and notifies it.
    fn wake(&self);
}

/// What the main thread is blocked on, for the watcher.
static MAIN_WAITER: Mutex<Option<Arc<dyn Wake>>> = Mutex::new(None);

fn start_watcher() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = std::thread::Builder::new()
            .name("pyvm-signals".into())
            .stack_size(64 << 10)
            .spawn(|| {
                while os::wait_watch_pipe() {
                    let waiter = MAIN_WAITER.lock().clone();
                    if let Some(w) = waiter {
                        w.wake();
                    }
                }
            });
    });
}

/// Blocks with the GIL released until `wait` returns a value. `wait(true)` (the main thread)
/// must return `None` promptly once [`super::pending`] is true, testing it under the mutex
/// `waker` takes; the handlers then run and `wait` is called again. Elsewhere `wait(false)`
/// is called until it gives a value.
pub fn until<T: Send>(
    vm: &mut Vm,
    waker: Arc<dyn Wake>,
    mut wait: impl FnMut(bool) -> Option<T> + Send,
) -> PyResult<T> {
    if !is_main_thread() {
        loop {
            if let Some(v) = crate::gil::allow_threads(vm.gil(), || wait(false)) {
                return Ok(v);
            }
        }
    }
    start_watcher();
    loop {
        run_handlers(vm)?;
        *MAIN_WAITER.lock() = Some(waker.clone());
        let got = crate::gil::allow_threads(vm.gil(), || wait(true));
        *MAIN_WAITER.lock() = None;
        if let Some(v) = got {
            return Ok(v);
        }
    }
}

/// `time.sleep(d)`: exactly `d` when no signal comes; in the main thread a signal's handlers
/// run at once, and the sleep goes on if they did not raise.
pub fn sleep(vm: &mut Vm, d: Duration) -> PyResult<()> {
    if !is_main_thread() {
        crate::gil::allow_threads(vm.gil(), || std::thread::sleep(d));
        return Ok(());
    }
    // (`None`: longer than the clock can count, so until a signal's handler raises)
    let deadline = Instant::now().checked_add(d);
    loop {
        match crate::gil::allow_threads(vm.gil(), || os::wait(None, deadline, true)) {
            os::Woken::Timeout => return Ok(()),
            _ => run_handlers(vm)?,
        }
    }
}

/// `signal.pause()`: waits for a signal, then runs the handlers.
pub fn wait_for_signal(vm: &mut Vm) -> PyResult<()> {
    crate::gil::allow_threads(vm.gil(), || os::wait(None, None, true));
    run_handlers(vm)
}

/// What stdin delivered beyond the last line handed out. All reads of stdin go through it, so
/// a wait for a line can poll the descriptor without missing a line already read.
static STDIN: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// One line of stdin with its newline (what is left without one at the end of input; empty
/// at the end), read with the GIL released. In the main thread a signal interrupts the wait:
/// the handlers run, and the read goes on if they did not raise.
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<String> {
    String::from_utf8(read_stdin_line_bytes(vm)?)
        .map_err(|_| crate::exc!(os_error, "stream did not contain valid UTF-8"))
}

/// [`read_stdin_line`] undecoded (`sys.stdin.buffer.readline()`).
pub fn read_stdin_line_bytes(vm: &mut Vm) -> PyResult<Vec<u8>> {
    loop {
        let main = is_main_thread();
        match crate::gil::allow_threads(vm.gil(), || next_line(main)) {
            Some(Ok(bytes)) => return Ok(bytes),
            Some(Err(e)) => {
                return Err(crate::objects::exceptions::exception_kinds::os_error(
                    &e, None,
                ))
            }
            None => run_handlers(vm)?,
        }
    }
}

/// The next line from the buffer, reading more as needed; `None` when a signal interrupted
/// the wait (only if `interruptible`).
fn next_line(interruptible: bool) -> Option<io::Result<Vec<u8>>> {
    let mut buf = STDIN.lock();
    loop {
        if let Some(i) = memchr::memchr(b'\n', &buf) {
            return Some(Ok(buf.drain(..=i).collect()));
        }
        if interruptible && os::wait(Some(0), None, true) == os::Woken::Signal {
            return None;
        }
        let mut chunk = [0u8; 8192];
        match os::read(0, &mut chunk) {
            Ok(0) => return Some(Ok(std::mem::take(&mut *buf))),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            // A closed stdin reads as empty (as Rust's `Stdin` has it).
            Err(e) if e.raw_os_error() == Some(libc::EBADF) => {
                return Some(Ok(std::mem::take(&mut *buf)))
            }
            Err(e) => return Some(Err(e)),
        }
    }
}
