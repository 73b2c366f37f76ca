//! The global interpreter lock.
//!
//! pyvm's reference counts are plain integers (see `objects::core`), so only one thread at a
//! time may run bytecode or touch an object: the one holding the GIL. The lock is a
//! `parking_lot` mutex-protected flag with a condition variable; which thread holds it is
//! also recorded in a thread-local so that debug builds can assert "held by me" on every
//! refcount change.
//!
//! The eval loop polls [`EVAL_BREAKER`] at backward jumps and calls (one relaxed load and a
//! predictable branch). Every asynchronous request — "drop the GIL for a waiting thread", a
//! due collection — sets a bit there and is handled at that one safepoint. Today only one
//! Python thread exists, so nothing sets it yet; the threads work builds the switch-interval
//! hand-over on this hook.

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

use parking_lot::{Condvar, Mutex};

/// Pending asynchronous requests for the thread running bytecode (bit set; 0 = none).
pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

/// Bits of [`EVAL_BREAKER`].
pub mod breaker {
    /// Another thread waits for the GIL: drop it at the next safepoint.
    pub const DROP_GIL: u32 = 1;
    /// Generators freed while suspended in a `try` wait to be closed (`objects::generator`).
    pub const FINALIZE: u32 = 2;
    /// Tracked allocations passed the collector's threshold (`crate::gc`).
    pub const COLLECT: u32 = 4;
}

/// Whether anything is pending at the safepoint.
#[inline(always)]
pub fn eval_breaker_set() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) != 0
}

struct GilState {
    held: bool,
}

static STATE: Mutex<GilState> = Mutex::new(GilState { held: false });
static RELEASED: Condvar = Condvar::new();

thread_local! {
    static HELD_HERE: Cell<bool> = const { Cell::new(false) };
}

/// Whether the current thread holds the GIL.
#[inline(always)]
pub fn held_by_this_thread() -> bool {
    HELD_HERE.with(|h| h.get())
}

/// Proof that this thread holds the GIL; releases it when dropped. `!Send`.
pub struct GilGuard {
    /// Set when the guard took the lock (a nested `acquire` on a thread that already holds
    /// the GIL is a no-op and must not release it).
    owns: bool,
    _not_send: std::marker::PhantomData<*const ()>,
}

/// Takes the GIL for this thread, waiting for the holder to release it. Re-entrant: if this
/// thread holds it already, the returned guard does nothing.
pub fn acquire() -> GilGuard {
    if held_by_this_thread() {
        return GilGuard {
            owns: false,
            _not_send: std::marker::PhantomData,
        };
    }
    let mut state = STATE.lock();
    while state.held {
        RELEASED.wait(&mut state);
    }
    state.held = true;
    HELD_HERE.with(|h| h.set(true));
    GilGuard {
        owns: true,
        _not_send: std::marker::PhantomData,
    }
}

fn release() {
    let mut state = STATE.lock();
    state.held = false;
    HELD_HERE.with(|h| h.set(false));
    RELEASED.notify_one();
}

impl Drop for GilGuard {
    fn drop(&mut self) {
        if self.owns {
            release();
        }
    }
}

/// Runs `f` with the GIL released (around a blocking call: sleep, I/O, a lock wait), taking
/// it back afterwards. `f` must not touch Python objects.
pub fn allow_threads<R>(f: impl FnOnce() -> R) -> R {
    if !held_by_this_thread() {
        return f();
    }
    release();
    let result = f();
    let guard = acquire();
    std::mem::forget(guard); // the caller's original guard still owns the GIL
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acquire_is_reentrant_and_releases() {
        let outer = acquire();
        assert!(held_by_this_thread());
        {
            let _inner = acquire();
            assert!(held_by_this_thread());
        }
        assert!(held_by_this_thread());
        drop(outer);
        assert!(!held_by_this_thread());
    }

    #[test]
    fn other_thread_waits_for_release() {
        let g = acquire();
        let t = std::thread::spawn(|| {
            let _g = acquire();
            held_by_this_thread()
        });
        std::thread::sleep(std::time::Duration::from_millis(20));
        drop(g);
        assert!(t.join().unwrap());
    }
}
