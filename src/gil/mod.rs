//! The global interpreter lock.
//!
//! pyvm's reference counts are plain integers (see `objects::core`), so only one thread at a
//! time may run bytecode or touch an object: the one holding the GIL. The lock is a flag
//! under a `parking_lot` mutex with two condition variables; which thread holds it is also
//! recorded in a thread-local so that debug builds can assert "held by me" on every refcount
//! change.
//!
//! Hand-over, as CPython's since 3.2:
//! - A thread that wants the GIL waits on `RELEASED` for at most the switch interval
//!   (`sys.setswitchinterval`, 5 ms by default). If the interval passes and the same holder
//!   still has it (no switch happened meanwhile), the waiter sets [`breaker::DROP_GIL`] in
//!   [`EVAL_BREAKER`] — a *drop request* — and waits again.
//! - The eval loop polls [`EVAL_BREAKER`] at backward jumps, calls and after instructions
//!   that free objects (one relaxed load and a predictable branch); its safepoint answers a
//!   drop request with [`yield_gil`]: release, then wait on `SWITCHED` until another thread
//!   has taken the GIL (forced switching — without it the releasing thread would usually win
//!   the race to take it back), then queue for it again.
//! - Blocking calls (sleep, lock waits, join, I/O) release it around the blocking part with
//!   [`allow_threads`].
//!
//! The GIL is also in the types (`token`): a [`Gil`] token proves this thread holds it, and
//! process-wide state is reached only through one.
//!
//! Every take and release is counted per thread (acquisitions, drop requests made and
//! received, time held and waited) — always: it happens only when the GIL changes hands or a
//! thread blocks, never in the single-threaded hot path. `-X gil-trace` also keeps every
//! interval (see `report`); `-X gil-stats`, the `gilstats` module and the trace all read
//! [`recording`].
//!
//! Interpreter shutdown calls [`begin_finalizing`]: from then on any other thread that
//! reaches for the GIL (a daemon thread still running) stops for good instead, as CPython's
//! do, so nothing runs Python code while the interpreter is torn down.

pub mod report;
mod token;

pub use self::token::{allow_threads, token, Gil};

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use self::report::{DropRequest, Handover, Recording, Span, ThreadRecord};

/// Pending asynchronous requests for the thread running bytecode (bit set; 0 = none).
pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

/// Bits of [`EVAL_BREAKER`].
pub mod breaker {
    /// Another thread waited a whole switch interval for the GIL: hand it over at the next
    /// safepoint.
    pub const DROP_GIL: u32 = 1;
    /// Objects wait for their `__del__`, weakref callbacks or generator closing
    /// (`objects::core`, `objects::callables::generator`).
    pub const FINALIZE: u32 = 2;
    /// Tracked allocations passed the collector's threshold (`crate::gc`).
    pub const COLLECT: u32 = 4;
    /// A signal arrived (set by the C-level handler, `crate::signals`): its Python handler
    /// runs in the main thread; another thread holding the GIL clears the bit and hands the
    /// GIL over, and the main thread sets it again when it takes the GIL.
    pub const SIGNALS: u32 = 8;
    /// An instruction budget is set (`Vm::set_instruction_budget`): every safepoint spends
    /// from it. Set only while a budget is active, so it costs nothing otherwise.
    pub const BUDGET: u32 = 16;
    /// A `sys.settrace`/`setprofile` hook is set: the eval loop runs its tracing copy
    /// (`vm::systrace`).
    pub const TRACING: u32 = 32;
}

/// Whether anything is pending at the safepoint.
#[inline(always)]
pub fn eval_breaker_set() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) != 0
}

/// The switch interval in microseconds (CPython keeps it in whole microseconds too).
static SWITCH_INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

/// `sys.getswitchinterval()`, in seconds.
pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_US.load(Ordering::Relaxed) as f64 * 1e-6
}

/// `sys.setswitchinterval(seconds)`; the caller checked `seconds > 0`.
pub fn set_switch_interval(seconds: f64) {
    SWITCH_INTERVAL_US.store((seconds * 1e6) as u64, Ordering::Relaxed);
}

/// Whether `-X gil-trace` keeps every hold/wait interval and drop request.
static TRACING: AtomicBool = AtomicBool::new(false);

/// Keep every interval for a trace (`-X gil-trace`); call before any thread starts.
pub fn enable_tracing() {
    TRACING.store(true, Ordering::Relaxed);
}

/// Nanoseconds since the first use of the GIL (the recording's time base).
fn now_ns() -> u64 {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    EPOCH.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

/// A thread's live counters: its [`ThreadRecord`] plus when it took the GIL last.
struct ThreadState {
    record: ThreadRecord,
    held_since: u64,
}

struct GilState {
    held: bool,
    /// Slot of the current (or last) holder.
    holder: usize,
    /// Bumped by every take: a waiter asks for a drop only if no switch happened during its
    /// wait, and a thread yielding waits for it to change.
    switch_number: u64,
    /// Threads inside `take` waiting for the GIL.
    waiters: u32,
    /// Hand-overs between different threads.
    switches: u64,
    /// One slot per thread that ever took the GIL, never reused (so a report can show
    /// threads that ended).
    threads: Vec<ThreadState>,
    holds: Vec<Span>,
    waits: Vec<Span>,
    requests: Vec<DropRequest>,
    /// When the pending drop request was made (0: none), and how fast requests were met.
    requested_at: u64,
    handover: Handover,
    /// Set at interpreter shutdown; `finalizer` is the thread tearing it down.
    finalizing: bool,
    finalizer: usize,
}

static STATE: Mutex<GilState> = Mutex::new(GilState {
    held: false,
    holder: usize::MAX,
    switch_number: 0,
    waiters: 0,
    switches: 0,
    threads: Vec::new(),
    holds: Vec::new(),
    waits: Vec::new(),
    requests: Vec::new(),
    requested_at: 0,
    handover: Handover {
        count: 0,
        total_ns: 0,
        max_ns: 0,
    },
    finalizing: false,
    finalizer: usize::MAX,
});
/// Signalled when the GIL is released.
static RELEASED: Condvar = Condvar::new();
/// Signalled when a thread takes the GIL (for a thread yielding it).
static SWITCHED: Condvar = Condvar::new();

/// Idents handed to threads (`threading.get_ident()`): unique for the process's lifetime.
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static HELD_HERE: Cell<bool> = const { Cell::new(false) };
    /// This thread's slot in `GilState::threads` (`usize::MAX` until it first takes the GIL).
    static SLOT: Cell<usize> = const { Cell::new(usize::MAX) };
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// Whether the current thread holds the GIL.
#[inline(always)]
pub fn held_by_this_thread() -> bool {
    HELD_HERE.with(|h| h.get())
}

/// This thread's identifier (`_thread.get_ident()`), assigned on first use.
pub fn thread_ident() -> u64 {
    IDENT.with(|i| {
        if i.get() == 0 {
            i.set(NEXT_IDENT.fetch_add(1, Ordering::Relaxed));
        }
        i.get()
    })
}

/// This thread's slot, registering it (as "Thread-<ident>" until it is named) on first use.
fn my_slot(s: &mut GilState) -> usize {
    let slot = SLOT.with(|c| c.get());
    if slot != usize::MAX {
        return slot;
    }
    let ident = thread_ident();
    let name = if s.threads.is_empty() {
        "MainThread".to_string()
    } else {
        format!("Thread-{ident}")
    };
    s.threads.push(ThreadState {
        record: ThreadRecord {
            ident,
            name,
            start_ns: now_ns(),
            ..ThreadRecord::default()
        },
        held_since: 0,
    });
    let slot = s.threads.len() - 1;
    SLOT.with(|c| c.set(slot));
    slot
}

/// Names the current thread in GIL reports (`threading` calls it as a thread starts).
pub fn set_thread_name(name: &str) {
    let mut s = STATE.lock();
    let slot = my_slot(&mut s);
    s.threads[slot].record.name = name.to_string();
}

/// Marks the current thread as ended in GIL reports (its last act before releasing the GIL
/// for good).
pub fn thread_finished() {
    let mut s = STATE.lock();
    let slot = my_slot(&mut s);
    s.threads[slot].record.end_ns = Some(now_ns());
}

/// Takes the GIL for this thread: waits while another holds it, asking the holder to drop it
/// after each switch interval that passes without a hand-over.
fn take() {
    let mut s = STATE.lock();
    let me = my_slot(&mut s);
    if s.held {
        let started = now_ns();
        s.waiters += 1;
        while s.held {
            let seen = s.switch_number;
            let interval = Duration::from_micros(SWITCH_INTERVAL_US.load(Ordering::Relaxed));
            let timed_out = RELEASED.wait_for(&mut s, interval).timed_out();
            if timed_out && s.held && s.switch_number == seen {
                EVAL_BREAKER.fetch_or(breaker::DROP_GIL, Ordering::Relaxed);
                if s.requested_at == 0 {
                    s.requested_at = now_ns();
                }
                let holder = s.holder;
                s.threads[me].record.requests_made += 1;
                if let Some(h) = s.threads.get_mut(holder) {
                    h.record.requests_received += 1;
                }
                if TRACING.load(Ordering::Relaxed) {
                    s.requests.push(DropRequest {
                        requester: me,
                        holder: (holder != usize::MAX).then_some(holder),
                        at_ns: now_ns(),
                    });
                }
            }
        }
        s.waiters -= 1;
        let ended = now_ns();
        let waited = ended - started;
        let r = &mut s.threads[me].record;
        r.wait_ns += waited;
        r.longest_wait_ns = r.longest_wait_ns.max(waited);
        if TRACING.load(Ordering::Relaxed) {
            s.waits.push(Span {
                thread: me,
                start_ns: started,
                end_ns: ended,
            });
        }
    }
    if s.finalizing && me != s.finalizer {
        // A daemon thread outliving the interpreter: it must not run again (CPython's
        // threads stop the same way). The process exit ends it.
        drop(s);
        loop {
            std::thread::park();
        }
    }
    s.held = true;
    if s.holder != me {
        if s.holder != usize::MAX {
            s.switches += 1;
        }
        s.holder = me;
    }
    s.switch_number += 1;
    // The request (if any) was for the thread that just let go.
    EVAL_BREAKER.fetch_and(!breaker::DROP_GIL, Ordering::Relaxed);
    if crate::signals::pending() && crate::signals::is_main_thread() {
        EVAL_BREAKER.fetch_or(breaker::SIGNALS, Ordering::Relaxed);
    }
    s.requested_at = 0;
    let t = now_ns();
    let st = &mut s.threads[me];
    st.record.acquisitions += 1;
    st.held_since = t;
    HELD_HERE.with(|h| h.set(true));
    SWITCHED.notify_all();
}

/// Releases the GIL; with `force`, waits until another thread has taken it (if any waits).
fn release(force: bool) {
    let mut s = STATE.lock();
    s.held = false;
    HELD_HERE.with(|h| h.set(false));
    let me = SLOT.with(|c| c.get());
    if let Some(st) = s.threads.get_mut(me) {
        let t = now_ns();
        st.record.hold_ns += t - st.held_since;
        let start = st.held_since;
        if TRACING.load(Ordering::Relaxed) {
            s.holds.push(Span {
                thread: me,
                start_ns: start,
                end_ns: t,
            });
        }
    }
    if force && s.requested_at != 0 {
        let latency = now_ns() - s.requested_at;
        let h = &mut s.handover;
        h.count += 1;
        h.total_ns += latency;
        h.max_ns = h.max_ns.max(latency);
    }
    RELEASED.notify_one();
    if force && !s.finalizing {
        let seen = s.switch_number;
        while s.switch_number == seen && s.waiters > 0 {
            SWITCHED.wait(&mut s);
        }
    }
}

/// Answers a drop request at a safepoint: hands the GIL to a waiting thread, then queues to
/// take it back.
pub fn yield_gil() {
    if !held_by_this_thread() {
        return;
    }
    release(true);
    take();
}

/// Holds the GIL for this thread; releases it when dropped. `!Send`.
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
    take();
    GilGuard {
        owns: true,
        _not_send: std::marker::PhantomData,
    }
}

impl GilGuard {
    /// The token for as long as this guard holds the GIL.
    #[inline(always)]
    pub fn gil(&self) -> Gil<'_> {
        Gil::new()
    }
}

impl Drop for GilGuard {
    fn drop(&mut self) {
        if self.owns {
            release(false);
        }
    }
}

/// Interpreter shutdown begins on this thread: no other thread will take the GIL again.
pub fn begin_finalizing() {
    let mut s = STATE.lock();
    let me = my_slot(&mut s);
    s.finalizing = true;
    s.finalizer = me;
}

/// `sys.is_finalizing()`.
pub fn is_finalizing() -> bool {
    STATE.lock().finalizing
}

/// Undoes [`begin_finalizing`] (`-X leakcheck` runs a script again in the same process).
pub fn end_finalizing() {
    STATE.lock().finalizing = false;
}

/// The statistics so far (with every interval when tracing), for `-X gil-stats`,
/// `-X gil-trace` and the `gilstats` module. Threads still holding the GIL are counted up to
/// now.
pub fn recording() -> Recording {
    let s = STATE.lock();
    let now = now_ns();
    let threads = s
        .threads
        .iter()
        .enumerate()
        .map(|(i, st)| {
            let mut r = st.record.clone();
            if s.held && s.holder == i {
                r.hold_ns += now - st.held_since;
            }
            r
        })
        .collect();
    let mut holds = s.holds.clone();
    if TRACING.load(Ordering::Relaxed) && s.held && s.holder < s.threads.len() {
        holds.push(Span {
            thread: s.holder,
            start_ns: s.threads[s.holder].held_since,
            end_ns: now,
        });
    }
    Recording {
        threads,
        holds,
        waits: s.waits.clone(),
        requests: s.requests.clone(),
        switches: s.switches,
        switch_interval_ns: SWITCH_INTERVAL_US.load(Ordering::Relaxed) * 1000,
        wall_ns: now,
        handover: s.handover,
    }
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

    #[test]
    fn a_waiter_requests_a_drop_and_the_holder_yields() {
        let _g = acquire();
        let t = std::thread::spawn(|| {
            let _g = acquire();
            thread_ident()
        });
        // The waiter asks after one switch interval (5 ms); answer as the eval loop would.
        while EVAL_BREAKER.load(Ordering::Relaxed) & breaker::DROP_GIL == 0 {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        yield_gil();
        assert!(held_by_this_thread());
        let ident = t.join().unwrap();
        let rec = recording();
        let theirs = rec.threads.iter().find(|r| r.ident == ident).unwrap();
        assert_eq!(theirs.acquisitions, 1);
    }
}
