//! The operating system's side of signals, and the only `unsafe` code of the signal machinery:
//! the C-level handler, `sigaction`, the wake-up pipes and the few system calls the
//! interruptible waits need.
//!
//! The C handler runs on whichever OS thread the kernel picks (usually the process's first
//! thread, which in pyvm only waits for the interpreter thread to end). It is
//! async-signal-safe: it only stores atomics — the signal's "tripped" flag, the pending flag,
//! the `SIGNALS` bit of the eval breaker — and writes one byte to each wake-up pipe, saving and
//! restoring `errno`. Everything else happens later, in the interpreter's main thread.
//!
//! Two pipes, both written by the handler (non-blocking: a full pipe loses nothing, the flags
//! carry the news):
//! - the *poll* pipe, level-triggered: a wait on file descriptors (`time.sleep`, reading
//!   stdin, `signal.pause`) polls it next to what it waits for; the main thread drains it when
//!   it runs the handlers.
//! - the *watch* pipe, read by the watcher thread (`super::wait`), which wakes a main thread
//!   blocked on a condition variable (a lock wait) — something no file descriptor can do.

use std::io;
use std::os::raw::{c_int, c_void};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Once;
use std::time::Instant;

/// One past the largest signal number (Linux: real-time signals go up to 64).
pub const NSIG: usize = 65;

/// Per signal: it arrived and its Python handler has not run yet.
static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// Some signal is tripped (set after the signal's own flag, cleared before they are read).
static PENDING: AtomicBool = AtomicBool::new(false);
/// `signal.set_wakeup_fd`'s descriptor (-1: none); the handler writes the signal number to it.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);
static POLL_READ: AtomicI32 = AtomicI32::new(-1);
static POLL_WRITE: AtomicI32 = AtomicI32::new(-1);
static WATCH_READ: AtomicI32 = AtomicI32::new(-1);
static WATCH_WRITE: AtomicI32 = AtomicI32::new(-1);

/// What the OS does when a signal arrives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
    Default,
    Ignore,
    /// pyvm's handler: the Python handler runs at the main thread's next safepoint.
    Catch,
    /// A handler pyvm did not install (inherited or set by native code).
    Foreign,
}

/// Whether any signal is waiting for its Python handler.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::SeqCst)
}

/// Takes the pending flag (the caller then takes each signal's flag with [`take_tripped`]).
pub fn take_pending() -> bool {
    PENDING.swap(false, Ordering::SeqCst)
}

/// Takes signal `sig`'s tripped flag.
pub fn take_tripped(sig: usize) -> bool {
    TRIPPED[sig].swap(false, Ordering::SeqCst)
}

/// Marks the signals pending again (a handler raised before the others ran).
pub fn set_pending() {
    PENDING.store(true, Ordering::SeqCst);
    crate::gil::EVAL_BREAKER.fetch_or(crate::gil::breaker::SIGNALS, Ordering::SeqCst);
}

/// What the C handler does, also used to simulate a signal (`_thread.interrupt_main`).
/// Async-signal-safe: atomics and `write(2)` only.
pub fn trip(sig: c_int) {
    if let Some(flag) = usize::try_from(sig).ok().and_then(|s| TRIPPED.get(s)) {
        flag.store(true, Ordering::SeqCst);
    }
    set_pending();
    let byte = sig as u8;
    for fd in [&WAKEUP_FD, &POLL_WRITE, &WATCH_WRITE] {
        let fd = fd.load(Ordering::SeqCst);
        if fd >= 0 {
            // SAFETY: `byte` outlives the call and is one byte long; a failed write (a full
            // pipe, a closed wake-up fd) is ignored, the flags above carry the signal.
            unsafe { libc::write(fd, (&byte as *const u8).cast::<c_void>(), 1) };
        }
    }
}

extern "C" fn on_signal(sig: c_int) {
    // SAFETY: `__errno_location` returns this thread's errno, valid for the thread's life;
    // it is restored so that the interrupted code sees its own value.
    let errno = unsafe { libc::__errno_location() };
    // SAFETY: as above.
    let saved = unsafe { *errno };
    trip(sig);
    // SAFETY: as above.
    unsafe { *errno = saved };
}

/// Creates the wake-up pipes (once per process).
pub fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if let Some((r, w)) = pipe(true) {
            POLL_READ.store(r, Ordering::SeqCst);
            POLL_WRITE.store(w, Ordering::SeqCst);
        }
        if let Some((r, w)) = pipe(false) {
            WATCH_READ.store(r, Ordering::SeqCst);
            WATCH_WRITE.store(w, Ordering::SeqCst);
        }
    });
}

/// A close-on-exec pipe whose write end never blocks (nor its read end, if `nonblocking_read`).
fn pipe(nonblocking_read: bool) -> Option<(c_int, c_int)> {
    let mut fds = [-1 as c_int; 2];
    // SAFETY: `fds` has room for the two descriptors `pipe2` writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
        return None;
    }
    if !nonblocking_read {
        // SAFETY: fcntl on a descriptor we just created.
        unsafe {
            let flags = libc::fcntl(fds[0], libc::F_GETFL);
            libc::fcntl(fds[0], libc::F_SETFL, flags & !libc::O_NONBLOCK);
        }
    }
    Some((fds[0], fds[1]))
}

/// Sets what the OS does with `sig`.
pub fn set_action(sig: c_int, action: Action) -> io::Result<()> {
    let handler = match action {
        Action::Default => libc::SIG_DFL,
        Action::Ignore => libc::SIG_IGN,
        Action::Catch | Action::Foreign => on_signal as extern "C" fn(c_int) as usize,
    };
    // SAFETY: a zeroed `sigaction` is a valid value of the C struct; every field the kernel
    // reads is then set; the handler only does async-signal-safe work (see `on_signal`).
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler;
        sa.sa_flags = libc::SA_RESTART | libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// What the OS does with `sig` now (`None` if `sig` is not one it knows).
pub fn action(sig: c_int) -> Option<Action> {
    // SAFETY: `old` is written by `sigaction`, which only reads the disposition.
    let handler = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 {
            return None;
        }
        old.sa_sigaction
    };
    Some(match handler {
        libc::SIG_DFL => Action::Default,
        libc::SIG_IGN => Action::Ignore,
        h if h == on_signal as extern "C" fn(c_int) as usize => Action::Catch,
        _ => Action::Foreign,
    })
}

/// The signals the OS accepts (`sigfillset`: glibc leaves out the two it uses itself).
pub fn valid_signals() -> Vec<c_int> {
    // SAFETY: `set` is initialised by `sigfillset` before `sigismember` reads it.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        (1..NSIG as c_int)
            .filter(|&s| libc::sigismember(&set, s) == 1)
            .collect()
    }
}

/// `raise(3)`: the signal is delivered to this thread before it returns.
pub fn raise(sig: c_int) -> io::Result<()> {
    // SAFETY: `raise` takes any int and reports a bad one through errno.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// `alarm(2)`: seconds left of the previous alarm.
pub fn alarm(seconds: u32) -> u32 {
    // SAFETY: `alarm` takes any value.
    unsafe { libc::alarm(seconds) }
}

/// `strsignal(3)`'s description, or `None` for a number the C library does not know.
pub fn describe(sig: c_int) -> Option<String> {
    // SAFETY: `strsignal` returns a NUL-terminated string (or NULL), copied out at once;
    // the GIL keeps two Python threads from calling it at the same time.
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return None;
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    (!text.contains("Unknown signal")).then_some(text)
}

/// Dies of SIGINT as a process interrupted by Ctrl-C does (a shell reports status 130):
/// SIGINT's default action restored and unblocked, then sent to this process.
pub fn die_of_sigint() -> ! {
    let _ = set_action(libc::SIGINT, Action::Default);
    // SAFETY: `set` is initialised before use; `kill` and `pthread_sigmask` take any values.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    // The signal is delivered to some thread of the process; wait for it, and exit as a
    // shell would report it should it somehow not come.
    std::thread::sleep(std::time::Duration::from_secs(1));
    std::process::exit(128 + libc::SIGINT)
}

/// `set_wakeup_fd(fd)`: checks `fd` (-1 turns it off) and returns the previous one.
pub fn set_wakeup_fd(fd: c_int) -> Result<c_int, WakeupFdError> {
    if fd != -1 {
        // SAFETY: `fstat` writes into `st` and reports a bad descriptor through errno;
        // `fcntl(F_GETFL)` only reads the descriptor's flags.
        unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            if libc::fstat(fd, &mut st) != 0 {
                return Err(WakeupFdError::Os(io::Error::last_os_error()));
            }
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags & libc::O_NONBLOCK == 0 {
                return Err(WakeupFdError::Blocking);
            }
        }
    }
    Ok(WAKEUP_FD.swap(fd, Ordering::SeqCst))
}

pub enum WakeupFdError {
    Os(io::Error),
    Blocking,
}

/// What ended a [`wait`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Woken {
    /// The descriptor waited on is readable (or at its end, or in error: a read tells).
    Ready,
    /// A signal is pending.
    Signal,
    Timeout,
}

/// Waits (the GIL released) until `fd` is readable, the deadline passes or — if
/// `interruptible` — a signal is pending. Without `fd` and deadline, waits for a signal.
pub fn wait(fd: Option<c_int>, deadline: Option<Instant>, interruptible: bool) -> Woken {
    let poll_fd = POLL_READ.load(Ordering::SeqCst);
    loop {
        if interruptible && pending() {
            return Woken::Signal;
        }
        let mut fds = [libc::pollfd {
            fd: -1,
            events: libc::POLLIN,
            revents: 0,
        }; 2];
        if let Some(fd) = fd {
            fds[0].fd = fd;
        }
        if interruptible {
            fds[1].fd = poll_fd;
        }
        let timeout = deadline.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            libc::timespec {
                tv_sec: left.as_secs() as libc::time_t,
                tv_nsec: left.subsec_nanos() as libc::c_long,
            }
        });
        let timeout_ptr = timeout
            .as_ref()
            .map_or(std::ptr::null(), |t| t as *const libc::timespec);
        // SAFETY: `fds` holds two initialised entries (a negative fd is skipped by the
        // kernel); `timeout_ptr` is null or points at `timeout`, alive for the call.
        let n = unsafe { libc::ppoll(fds.as_mut_ptr(), 2, timeout_ptr, std::ptr::null()) };
        if n < 0 {
            // EINTR: the handler ran on this thread; the loop's first test sees its flag.
            continue;
        }
        // (a signal first: it may have come with the end of the input)
        if interruptible && pending() {
            return Woken::Signal;
        }
        if fds[0].fd >= 0 && fds[0].revents != 0 {
            return Woken::Ready;
        }
        if fds[1].fd >= 0 && fds[1].revents != 0 {
            if pending() {
                return Woken::Signal;
            }
            // A byte of a signal already handled.
            drain_poll_pipe();
            continue;
        }
        if n == 0 && deadline.is_some_and(|d| Instant::now() >= d) {
            return Woken::Timeout;
        }
    }
}

/// Empties the poll pipe (the main thread, about to run the handlers of what it announced).
pub fn drain_poll_pipe() {
    let fd = POLL_READ.load(Ordering::SeqCst);
    let mut buf = [0u8; 64];
    // SAFETY: reads into `buf`, at most its length; the descriptor is non-blocking.
    while fd >= 0 && unsafe { libc::read(fd, buf.as_mut_ptr().cast::<c_void>(), buf.len()) } > 0 {}
}

/// Blocks until the watch pipe has news (the watcher thread's loop); false if there is no
/// pipe to watch.
pub fn wait_watch_pipe() -> bool {
    let fd = WATCH_READ.load(Ordering::SeqCst);
    if fd < 0 {
        return false;
    }
    let mut buf = [0u8; 64];
    // SAFETY: reads into `buf`, at most its length.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast::<c_void>(), buf.len()) };
    n > 0 || io::Error::last_os_error().kind() == io::ErrorKind::Interrupted
}

/// `read(2)` on `fd` into `buf`, retried on EINTR.
pub fn read(fd: c_int, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        // SAFETY: the kernel writes at most `buf.len()` bytes into `buf`.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast::<c_void>(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// `setitimer(2)` with delays in nanoseconds; the timer's previous `(delay, interval)` in
/// seconds.
pub fn setitimer(which: c_int, value_ns: i128, interval_ns: i128) -> io::Result<(f64, f64)> {
    let new = libc::itimerval {
        it_value: timeval(value_ns)?,
        it_interval: timeval(interval_ns)?,
    };
    // SAFETY: `old` is written by the kernel; `new` is a valid timer value.
    let old = unsafe {
        let mut old: libc::itimerval = std::mem::zeroed();
        if libc::setitimer(which, &new, &mut old) != 0 {
            return Err(io::Error::last_os_error());
        }
        old
    };
    Ok(timer_seconds(&old))
}

/// `getitimer(2)`: the timer's `(delay, interval)` in seconds.
pub fn getitimer(which: c_int) -> io::Result<(f64, f64)> {
    // SAFETY: `cur` is written by the kernel.
    let cur = unsafe {
        let mut cur: libc::itimerval = std::mem::zeroed();
        if libc::getitimer(which, &mut cur) != 0 {
            return Err(io::Error::last_os_error());
        }
        cur
    };
    Ok(timer_seconds(&cur))
}

/// Nanoseconds as a `timeval`, rounded up to whole microseconds as CPython rounds them (a
/// negative delay is the kernel's EINVAL).
fn timeval(ns: i128) -> io::Result<libc::timeval> {
    let us = (ns + 999).div_euclid(1000);
    let secs = us.div_euclid(1_000_000);
    Ok(libc::timeval {
        tv_sec: libc::time_t::try_from(secs)
            .map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?,
        tv_usec: us.rem_euclid(1_000_000) as libc::suseconds_t,
    })
}

fn timer_seconds(t: &libc::itimerval) -> (f64, f64) {
    let s = |v: &libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 * 1e-6;
    (s(&t.it_value), s(&t.it_interval))
}
