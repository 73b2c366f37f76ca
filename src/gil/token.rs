//! The GIL in the types: [`Gil`], a zero-sized proof that this thread holds the GIL, and
//! [`allow_threads`], the one way to release it around a blocking call.
//!
//! PyO3's `Python<'py>` is the model. A `Gil<'py>` is `Copy` and costs nothing to pass; it is
//! `!Send` and `!Sync`, so it never leaves the thread that made it. Process-wide state that
//! holds references (`objects::core::GilStatic`: the type table, interned strings, the
//! collector's state, ...) can only be read with one, so code that runs without the GIL
//! cannot reach it.
//!
//! Ways to get a token:
//! - [`Vm::gil`](crate::vm::Vm::gil): free — a `Vm` exists only on a thread holding the
//!   GIL, and the GIL is let go only where no token can be used (below);
//! - [`token`]: for code with no `Vm` at hand; checks the thread-local "held by me" flag (one
//!   load and a predictable branch, in release builds too) and panics if the GIL is not held;
//! - [`GilGuard::gil`](super::GilGuard::gil), from whatever took the GIL (a thread's start,
//!   the main program, a test).
//!
//! The GIL is released in three places only, none of which lets a token be used meanwhile:
//! [`allow_threads`] (its closure must be `Send`, so it can capture neither a token nor a
//! `PyRef`, a `Value` or the `Vm`, all `!Send`); a safepoint's hand-over (`yield_gil`, which
//! takes the GIL back before it returns to the eval loop); and a `GilGuard`'s drop at the end
//! of a thread or a program (its tokens borrow the guard). The debug-build assertion on every
//! refcount change stays as the backstop.
//!
//! ```
//! use pyvm::gil::{self, allow_threads};
//! let guard = gil::acquire();
//! let gil = guard.gil();
//! let name = pyvm::objects::types_in(gil).str.clone();
//! // Work that needs no object runs with the GIL released; what crosses is `Send`.
//! let len = allow_threads(gil, || "spam".len());
//! assert_eq!(len, 4);
//! assert!(gil::held_by_this_thread());
//! drop(name);
//! ```
//!
//! A closure that captures a reference is rejected:
//!
//! ```compile_fail,E0277
//! use pyvm::gil::{self, allow_threads};
//! let guard = gil::acquire();
//! let name = pyvm::objects::types().str.clone();
//! allow_threads(guard.gil(), move || drop(name)); // `PyRef` is not `Send`
//! ```
//!
//! ```compile_fail,E0277
//! use pyvm::gil::{self, allow_threads};
//! use pyvm::objects::Value;
//! let guard = gil::acquire();
//! let v = Value::Obj(pyvm::objects::types().str.clone());
//! allow_threads(guard.gil(), move || drop(v)); // `Value` is not `Send`
//! ```
//!
//! and so is one that reads process-wide state, since the token cannot enter it:
//!
//! ```compile_fail,E0277
//! use pyvm::gil::{self, allow_threads};
//! let guard = gil::acquire();
//! let gil = guard.gil();
//! allow_threads(gil, || pyvm::objects::types_in(gil).int.clone()); // `Gil` is not `Send`
//! ```
//!
//! Nor can the `Vm` be used while the GIL is released:
//!
//! ```compile_fail,E0277
//! use pyvm::gil::{self, allow_threads};
//! let guard = gil::acquire();
//! let vm = pyvm::vm::Vm::new();
//! allow_threads(vm.gil(), || vm.interp.write_stderr("x")); // `Vm` is not `Sync`
//! ```

use std::marker::PhantomData;

/// Proof that the current thread holds the GIL (see the module docs). Zero-sized, `Copy`,
/// `!Send`, `!Sync`.
#[derive(Clone, Copy)]
pub struct Gil<'py> {
    /// `*const ()` makes it `!Send` and `!Sync`; `&'py ()` ties it to what it was taken from.
    _marker: PhantomData<(&'py (), *const ())>,
}

impl Gil<'_> {
    /// Mints a token; only this module's callers in `gil` that have just taken the GIL or
    /// checked that this thread holds it may call it.
    #[inline(always)]
    pub(super) const fn new() -> Gil<'static> {
        Gil {
            _marker: PhantomData,
        }
    }
}

impl std::fmt::Debug for Gil<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Gil")
    }
}

/// A token for code with no `Vm` or token at hand. Panics if this thread does not hold the
/// GIL: a bug in pyvm (a panic is sound; touching a refcount without the GIL is not).
#[inline(always)]
pub fn token() -> Gil<'static> {
    if !super::held_by_this_thread() {
        not_held();
    }
    Gil::new()
}

#[cold]
#[inline(never)]
fn not_held() -> ! {
    panic!("pyvm: process-wide interpreter state used by a thread that does not hold the GIL")
}

/// Runs `f` with the GIL released (around a blocking call: sleep, I/O, a lock wait), then
/// takes it back — also when `f` panics (a guard retakes it as the panic unwinds). `f` and
/// its result cross the release, so both must be `Send`: a `PyRef`, a `Value`, the `Vm` and
/// the token itself are not, so none of them can be used inside. The rare blocking call that
/// must carry a non-`Send` value across says why that is sound with
/// `objects::core::AssertUngil`.
pub fn allow_threads<F, R>(gil: Gil<'_>, f: F) -> R
where
    F: FnOnce() -> R + Send,
    R: Send,
{
    let _ = gil;
    /// Takes the GIL back when dropped: after `f` returns or while a panic unwinds.
    struct Retake;
    impl Drop for Retake {
        fn drop(&mut self) {
            super::take();
        }
    }
    super::release(false);
    let _retake = Retake;
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_threads_releases_and_retakes() {
        let g = super::super::acquire();
        let released = allow_threads(g.gil(), super::super::held_by_this_thread);
        assert!(!released);
        assert!(super::super::held_by_this_thread());
    }

    #[test]
    fn a_panicking_closure_gives_the_gil_back() {
        let g = super::super::acquire();
        let gil = g.gil();
        let r = std::panic::catch_unwind(|| allow_threads(gil, || panic!("blocking call failed")));
        assert!(r.is_err());
        assert!(super::super::held_by_this_thread());
        // The token works again, and so does the process-wide state behind it.
        let _ = crate::objects::types_in(token()).int.clone();
    }

    #[test]
    fn token_panics_without_the_gil() {
        let r = std::thread::spawn(|| std::panic::catch_unwind(token).is_err())
            .join()
            .unwrap();
        assert!(r);
    }
}
