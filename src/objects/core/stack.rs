//! Where the current thread's Rust stack ends, so native recursion a script can drive (a
//! `repr` of nested lists, a `__getitem__` that subscripts itself, the compiler walking a
//! deeply nested expression) can stop with a RecursionError before it runs out of stack,
//! whatever `sys.setrecursionlimit` says and however large the thread's stack is.
//!
//! The bound comes from the thread's attributes (`pthread_getattr_np` on Linux) and is
//! computed once per thread. Where the platform cannot say, the guard is off (the bound is
//! zero) and only the recursion limit protects.

use std::cell::Cell;

/// Stack kept free below the guard: enough for one level of the deepest native recursion
/// between two checks, plus building and unwinding the RecursionError, in a debug build.
pub const RED_ZONE: usize = 1 << 20;

thread_local! {
    /// The lowest usable stack address of this thread plus [`RED_ZONE`], once known.
    static LIMIT: Cell<Option<usize>> = const { Cell::new(None) };
}

/// An address in the current stack frame (the stack grows down on every target pyvm runs on).
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The address below which this thread's stack is in its red zone (0: unknown).
pub fn stack_limit() -> usize {
    LIMIT.with(|l| match l.get() {
        Some(v) => v,
        None => {
            let v = stack_low().map_or(0, |low| low.saturating_add(RED_ZONE));
            l.set(Some(v));
            v
        }
    })
}

/// Whether the current thread is into its red zone: native recursion must stop.
#[inline]
pub fn stack_exhausted() -> bool {
    stack_pointer() < stack_limit()
}

#[cfg(target_os = "linux")]
fn stack_low() -> Option<usize> {
    // SAFETY: `attr` is initialised by `pthread_getattr_np` before it is read and destroyed
    // once; `pthread_self()` is always a valid handle for the calling thread; the out
    // pointers point at live locals of the right types.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        // The lowest address of the stack; its guard page lies just below.
        ok.then_some(addr as usize)
    }
}

#[cfg(target_os = "macos")]
fn stack_low() -> Option<usize> {
    // SAFETY: `pthread_self()` is a valid handle for the calling thread; these calls only
    // read its attributes.
    unsafe {
        let me = libc::pthread_self();
        let top = libc::pthread_get_stackaddr_np(me) as usize;
        let size = libc::pthread_get_stacksize_np(me);
        Some(top.saturating_sub(size))
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn stack_low() -> Option<usize> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_stack_is_inside_its_bounds() {
        let limit = stack_limit();
        assert!(limit > 0);
        assert!(stack_pointer() > limit);
        assert!(!stack_exhausted());
    }
}
