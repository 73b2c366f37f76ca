//! The cycle collector, in one place: this file is the policy (when and how a collection
//! runs), `explain` is `-X gc-explain`, and `module` is the Python `gc` module. The algorithm
//! itself — tracking, the generation lists, and a collection's passes — is
//! `objects::core::gc`, which stays in the object core: its lists hold *uncounted* pointers
//! to object headers (an object untracks itself when freed, which is what keeps them valid),
//! and every pass reads and writes the header's `gc` word and flags through those pointers.
//! A safe API over that would have to hand out counted references, which would change the
//! very refcounts the collection subtracts from, so the `unsafe` stays confined to
//! `objects/core/` and this folder only calls its safe entry points (`collect`, `with_state`,
//! `objects`, `referents`, `is_tracked`) with a [`Host`](crate::objects::core::gc::Host) that
//! runs the Python code the core cannot run.
//!
//! ## Policy
//! Tracked allocations minus deallocations past `threshold0` (700) raise the eval-breaker's
//! COLLECT bit; the eval loop's next safepoint collects (so a collection never interrupts an
//! instruction half done). The generation collected is the oldest whose count passed its
//! threshold — generation 1 counts collections of generation 0 (10), generation 2 those of
//! generation 1 (10) — except that a full collection also waits until the objects that
//! reached generation 2 since the last full one are a quarter of those that survived it
//! (CPython's rule against quadratic behaviour as the heap grows).
//!
//! Around the algorithm: the `gc.callbacks` ("start"/"stop" with their info dict), the
//! DEBUG_STATS / DEBUG_COLLECTABLE / DEBUG_SAVEALL output on stderr, `gc.garbage`, and the
//! per-generation statistics of `gc.get_stats()`.

pub mod explain;
pub mod module;

use std::cell::{OnceCell, RefCell};
use std::time::Instant;

use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::core::gc::{self as core_gc, with_state};
use crate::objects::core::GilStatic;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::Vm;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// Per-generation totals (`gc.get_stats()`).
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

pub struct Policy {
    pub debug: i64,
    pub stats: [GenStats; 3],
    /// `gc.callbacks` and `gc.garbage` (lists the module exposes).
    pub callbacks: PyRef,
    pub garbage: PyRef,
}

pub fn policy() -> &'static RefCell<Policy> {
    static POLICY: GilStatic<OnceCell<RefCell<Policy>>> = GilStatic::new(OnceCell::new());
    POLICY.get(crate::gil::token()).get_or_init(|| {
        RefCell::new(Policy {
            debug: 0,
            stats: [GenStats::default(); 3],
            callbacks: ListObj::new_ref(Vec::new()),
            garbage: ListObj::new_ref(Vec::new()),
        })
    })
}

impl Vm {
    /// The safepoint's COLLECT request: collects the generation CPython's rule picks.
    pub fn collect_due(&mut self) {
        crate::gil::EVAL_BREAKER.fetch_and(
            !crate::gil::breaker::COLLECT,
            std::sync::atomic::Ordering::Relaxed,
        );
        let due = with_state(|s| {
            if !s.enabled || s.collecting {
                return None;
            }
            (0..3).rev().find(|&g| {
                s.count[g] > s.threshold[g]
                    && (g != 2 || s.long_lived_pending >= s.long_lived_total / 4)
            })
        });
        if let Some(g) = due {
            self.collect_generation(g);
        }
    }

    /// Collects `generation` (`gc.collect(generation)`): returns how many unreachable
    /// objects it found, or 0 if a collection is already running.
    pub fn collect_generation(&mut self, generation: usize) -> usize {
        // One collection at a time: callbacks and finalizers allocate, and may call
        // gc.collect() themselves.
        if with_state(|s| std::mem::replace(&mut s.collecting, true)) {
            return 0;
        }
        let debug = policy().borrow().debug;
        let started = Instant::now();
        if debug & DEBUG_STATS != 0 {
            let (sizes, frozen) = with_state(|s| (s.sizes(), s.frozen_count()));
            self.interp.write_stderr(&format!(
                "gc: collecting generation {generation}...\n\
                 gc: objects in each generation: {} {} {}\n\
                 gc: objects in permanent generation: {frozen}\n",
                sizes[0], sizes[1], sizes[2]
            ));
        }
        self.gc_callbacks("start", generation, 0);
        // The attribute lookup cache holds counted references to what it found (methods):
        // references from outside every cycle through a class. A full collection empties it
        // first; the young ones leave it be (refilling it costs more than they find there:
        // classes in cycles are old, and reach the full collection).
        if generation == 2 {
            crate::objects::classes::typeobj::invalidate_lookup_cache();
        }
        let mut hooks = crate::gc::explain::Hooks {
            vm: self,
            described: None,
        };
        let outcome = core_gc::collect(
            generation,
            debug & DEBUG_SAVEALL != 0,
            crate::gc::explain::requested(),
            &mut hooks,
        );
        let described = hooks.described.take();
        if let Some(table) = &outcome.explain {
            if table.candidates.iter().any(|c| c.unreachable()) {
                let text = crate::gc::explain::render(table, described.as_ref());
                // (what the program printed so far comes first when both streams go to
                // the same place)
                let _ = self.interp.flush_stdout();
                self.interp.write_stderr(&text);
            }
        }
        let found = outcome.unreachable;
        if !outcome.saved.is_empty() {
            let garbage = policy().borrow().garbage.clone();
            if let Some(l) = garbage.downcast::<ListObj>() {
                l.extend(outcome.saved.into_iter().map(Value::Obj).collect());
            }
        }
        {
            let mut p = policy().borrow_mut();
            let st = &mut p.stats[generation];
            st.collections += 1;
            st.collected += found;
        }
        if debug & DEBUG_STATS != 0 {
            self.interp.write_stderr(&format!(
                "gc: done, {found} unreachable, 0 uncollectable, {:.4}s elapsed\n",
                started.elapsed().as_secs_f64()
            ));
        }
        self.gc_callbacks("stop", generation, found);
        with_state(|s| s.collecting = false);
        // The callbacks of weakrefs to the garbage run within the collection, as CPython's.
        if crate::objects::core::weak::callbacks_pending() {
            self.run_pending_finalizers();
        }
        found
    }

    /// At the end of shutdown, as CPython's `_PyGC_DumpShutdownStats`: objects left in
    /// `gc.garbage` (without DEBUG_SAVEALL) are listed on stderr under DEBUG_UNCOLLECTABLE
    /// (the ResourceWarning CPython issues first is ignored by the default filters).
    pub fn gc_shutdown_stats(&mut self) {
        let (debug, garbage) = {
            let p = policy().borrow();
            (p.debug, p.garbage.clone())
        };
        let saved = garbage.downcast::<ListObj>().map_or(0, |l| l.len());
        if debug & DEBUG_SAVEALL != 0 || debug & DEBUG_UNCOLLECTABLE == 0 || saved == 0 {
            return;
        }
        if let Ok(text) = self.repr_string(&Value::Obj(garbage)) {
            self.interp.write_stderr(&format!("      {text}\n"));
        }
    }

    /// Calls every `gc.callbacks` entry with `(phase, info)`; an exception is reported as
    /// unraisable, as CPython does.
    fn gc_callbacks(&mut self, phase: &str, generation: usize, collected: usize) {
        let callbacks = policy().borrow().callbacks.clone();
        let list = callbacks
            .downcast::<ListObj>()
            .map(|l| l.to_vec())
            .unwrap_or_default();
        if list.is_empty() {
            return;
        }
        let info = DictObj::new_ref();
        let d = info.downcast::<DictObj>().expect("dict");
        d.set_str(intern("generation"), Value::Int(generation as i64));
        d.set_str(intern("collected"), Value::Int(collected as i64));
        d.set_str(intern("uncollectable"), Value::Int(0));
        let args = [Value::Obj(new_str(phase)), Value::Obj(info)];
        for cb in list {
            if let Err(e) = self.call(&cb, crate::vm::Args::positional(&args)) {
                self.report_unraisable(&cb, e);
            }
        }
    }
}
