//! The cycle collector's object-level half: which objects are tracked, in which generation,
//! and the collection itself (CPython's algorithm, `Modules/gcmodule.c`). The policy — when
//! to collect, the `gc` module, statistics, debug output and `-X gc-explain` — lives in
//! `src/gc/`. The algorithm stays here, in the object core, rather than there: the
//! generation lists hold uncounted pointers to headers and every pass works on the header's
//! `gc` word and flags through them, which is `unsafe` (and must stay in `objects/core/`);
//! handing the policy counted references instead would change the refcounts a collection
//! subtracts from. `src/gc/` sees only the safe functions below.
//!
//! ## Tracking
//! Every container (an object whose payload's `Trace::is_gc` says it can hold references in
//! a cycle) is tracked from its allocation to its free: it sits in one of four lists —
//! generations 0, 1 and 2, and list 3, the objects a running collection found unreachable.
//! The header's `gc` word is the object's index in its list (`UNTRACKED` when it is in none)
//! and two flag bits say which list. Untracking leaves a hole (a list is compacted when it
//! is mostly holes), so both operations are O(1) amortized. A list entry is a plain pointer, not a counted reference: the
//! object's free untracks it first.
//!
//! `gc.freeze()` moves every tracked object to the permanent generation, which no collection
//! looks at: it shares list 3's number in the flag bits, with [`FROZEN`] set in the index.
//!
//! ## Collecting generation g (the generations below g merged into it)
//! 1. `gc_refs` = each object's refcount, minus one for every reference to it from an
//!    object of the generation (`Trace::trace`). What is left counts references from
//!    outside: those objects are reachable, and so is everything they reach.
//!    The walk is CPython's `move_unreachable`: an object with no outside reference is
//!    moved aside, and one found reachable after that goes back to the end of the list —
//!    so the survivors are filed in CPython's order, which orders what later collections
//!    find (and finalize) first.
//! 2. The reachable move to generation g+1, except what can never be part of a cycle:
//!    tuples of atoms, and (in full collections) dicts of atoms, leave the lists
//!    (CPython's `untrack_tuples`/`untrack_dicts`). The rest are unreachable (list 3).
//! 3. The unreachable objects wait in list 3, uncounted (CPython's intrusive list): the
//!    collector runs each finalizer not run before (PEP 442: `FINALIZED`, at most once per
//!    object) — `__del__`, and for the types marked [`flag::GC_FINALIZER`] (generators) what
//!    `Host::finalize` does for them — holding a counted reference only to the object being
//!    finalized. An object a finalizer frees (a generator's local, `self.part = None`) is
//!    finalized and freed at once, as in CPython, and leaves the list: its entry becomes a
//!    hole, and it is not counted as collected. (List 3 is walked by index, so it is never
//!    compacted while the collection runs Python code.)
//! 4. A finalizer may have stored a reference to an unreachable object somewhere reachable:
//!    `gc_refs` is computed again over list 3, and what is referenced from outside (with
//!    everything it reaches) is resurrected into generation g+1.
//! 5. The rest is garbage (CPython's `delete_garbage`): each object in turn is held while
//!    `Trace::clear` drops its references, breaking the cycles; what that leaves
//!    unreferenced is freed by plain refcounting, right then.
//!
//! No Python code runs during steps 1, 2 and 4, so no object can be freed (and no list can
//! change) while they walk the lists.
//!
//! ## Explaining (`-X gc-explain`)
//! Asked to, a collection records its table ([`Explain`]): each candidate's refcount and
//! `gc_refs`, every reference step 1 subtracted, the verdicts. Step 1 is then a second
//! instance of the same generic pass with a recording callback; the usual instance's callback
//! is empty and compiles away, so a collection that is not explained records nothing. The
//! interpreter describes the candidates (reprs may run Python code) between steps 2 and 3,
//! holding counted references to them that it releases before step 4.

use std::cell::RefCell;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

use super::{clear_object, flag, trace_object, GilStatic, Header, PyRef};

/// The `gc` word of an object in no list.
pub const UNTRACKED: u32 = u32::MAX;
/// The list an unreachable object waits in while a collection finalizes and clears it.
/// The permanent generation (`gc.freeze()`) shares its list number: its objects' indices
/// have [`FROZEN`] set, and point into `GcState::frozen`.
const UNREACHABLE: usize = 3;
const FROZEN: u32 = 1 << 31;
const LIST_SHIFT: u8 = 4;
const LIST_MASK: u8 = 0b11 << LIST_SHIFT;

/// The collector's state (under the GIL).
pub struct GcState {
    /// Each list in the order its objects arrived (CPython's lists are linked, so the order
    /// in which a collection finds and finalizes garbage is the order of tracking): a freed
    /// object leaves a hole, and a list is compacted when it is mostly holes.
    lists: [Vec<Option<NonNull<Header>>>; 4],
    live: [usize; 4],
    /// The permanent generation: objects no collection looks at (`gc.freeze()`).
    frozen: Vec<Option<NonNull<Header>>>,
    frozen_live: usize,
    /// `count[0]`: tracked allocations minus deallocations since generation 0 was last
    /// collected; `count[i]` (i > 0): collections of generation i-1 since generation i was.
    pub count: [isize; 3],
    pub threshold: [isize; 3],
    pub enabled: bool,
    pub collecting: bool,
    /// Objects that survived a full collection, and those that reached generation 2 since
    /// (CPython's rule: a full collection waits until the second is a quarter of the first).
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
}

/// The state, a plain static (built at compile time: no lazy initialisation on the
/// allocation path).
static STATE: GilStatic<RefCell<GcState>> = GilStatic::new(RefCell::new(GcState {
    lists: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
    live: [0; 4],
    frozen: Vec::new(),
    frozen_live: 0,
    count: [0; 3],
    threshold: [700, 10, 10],
    enabled: true,
    collecting: false,
    long_lived_total: 0,
    long_lived_pending: 0,
}));

#[inline(always)]
fn state() -> &'static RefCell<GcState> {
    STATE.get(crate::gil::token())
}

/// Runs `f` on the collector's state (never across a call that may run Python code).
pub fn with_state<R>(f: impl FnOnce(&mut GcState) -> R) -> R {
    f(&mut state().borrow_mut())
}

/// A borrowed view of a listed object, without counting: listed objects are alive.
fn view(ptr: NonNull<Header>) -> ManuallyDrop<PyRef> {
    ManuallyDrop::new(PyRef {
        ptr,
        _not_send: PhantomData,
    })
}

fn list_of(h: &Header) -> usize {
    ((h.flags.get() & LIST_MASK) >> LIST_SHIFT) as usize
}

fn place(h: &Header, list: usize, index: usize) {
    h.flags
        .set((h.flags.get() & !LIST_MASK) | ((list as u8) << LIST_SHIFT));
    h.gc.set(index as u32);
}

impl GcState {
    fn push(&mut self, list: usize, ptr: NonNull<Header>) {
        // SAFETY: listed pointers are live objects (see the module docs).
        place(unsafe { ptr.as_ref() }, list, self.lists[list].len());
        self.lists[list].push(Some(ptr));
        self.live[list] += 1;
    }

    fn remove(&mut self, h: &Header) {
        if h.gc.get() & FROZEN != 0 {
            return self.remove_frozen(h);
        }
        let (list, index) = (list_of(h), h.gc.get() as usize);
        self.lists[list][index] = None;
        self.live[list] -= 1;
        h.gc.set(UNTRACKED);
        let len = self.lists[list].len();
        // (the unreachable list is walked by index while objects leave it: never compacted
        // behind the collection's back)
        if list != UNREACHABLE && len > 64 && self.live[list] < len / 4 {
            self.compact(list);
        }
    }

    #[cold]
    fn remove_frozen(&mut self, h: &Header) {
        self.frozen[(h.gc.get() & !FROZEN) as usize] = None;
        self.frozen_live -= 1;
        h.gc.set(UNTRACKED);
        let len = self.frozen.len();
        if len > 64 && self.frozen_live < len / 4 {
            for ptr in std::mem::take(&mut self.frozen).into_iter().flatten() {
                self.push_frozen(ptr);
            }
        }
    }

    fn push_frozen(&mut self, ptr: NonNull<Header>) {
        // SAFETY: listed pointers are live objects (see the module docs).
        let h = unsafe { ptr.as_ref() };
        place(h, UNREACHABLE, 0);
        h.gc.set(FROZEN | self.frozen.len() as u32);
        self.frozen.push(Some(ptr));
        self.frozen_live += 1;
    }

    /// `gc.freeze()`: moves every tracked object to the permanent generation, which no
    /// collection looks at (youngest generation first, as CPython's merge).
    pub fn freeze(&mut self) {
        for g in 0..3 {
            for ptr in self.take(g) {
                self.push_frozen(ptr);
            }
        }
        self.count[0] = 0;
    }

    /// `gc.unfreeze()`: moves the permanent generation back into the oldest one.
    pub fn unfreeze(&mut self) {
        self.frozen_live = 0;
        for ptr in std::mem::take(&mut self.frozen).into_iter().flatten() {
            self.push(2, ptr);
        }
    }

    /// How many objects the permanent generation holds (`gc.get_freeze_count()`).
    pub fn frozen_count(&self) -> usize {
        self.frozen_live
    }

    /// Drops the holes of a list, renumbering its objects.
    fn compact(&mut self, list: usize) {
        for ptr in self.take(list) {
            self.push(list, ptr);
        }
    }

    /// Empties a list, returning its objects in order (still marked as members, with stale
    /// indices: the caller files them again).
    fn take(&mut self, list: usize) -> Vec<NonNull<Header>> {
        self.live[list] = 0;
        std::mem::take(&mut self.lists[list])
            .into_iter()
            .flatten()
            .collect()
    }

    /// Moves every object of `from` to the end of `to`.
    fn merge(&mut self, from: usize, to: usize) {
        for ptr in self.take(from) {
            self.push(to, ptr);
        }
    }

    /// Files every tracked object in the oldest generation, keeping their order (oldest
    /// first), without collecting: what the interpreter's startup left is long-lived.
    /// CPython's startup allocates enough to have run collections that leave `sys.modules`,
    /// the builtins and `__main__` in generation 2 by the time the program runs; a full
    /// collection scans them first, finds the program's objects through them where they lie,
    /// and so files (and, at exit, finalizes) those in the order they were made. Left in the
    /// younger generations, which a collection merges after the youngest (as CPython's), they
    /// would be scanned after the program's objects, every one of which would then be filed
    /// again in the order the walk from them meets it (a list's items last first).
    pub fn age_all(&mut self) {
        self.merge(1, 2);
        self.merge(0, 2);
        self.long_lived_total = self.live[2];
        self.long_lived_pending = 0;
    }

    /// How many objects each generation holds.
    pub fn sizes(&self) -> [usize; 3] {
        [self.live[0], self.live[1], self.live[2]]
    }
}

/// Tracks a new container in generation 0 (called by the allocator).
pub(super) fn track_new(r: &PyRef) {
    let mut s = state().borrow_mut();
    s.push(0, r.ptr);
    s.count[0] += 1;
    if s.enabled && !s.collecting && s.threshold[0] > 0 && s.count[0] > s.threshold[0] {
        crate::gil::EVAL_BREAKER.fetch_or(
            crate::gil::breaker::COLLECT,
            std::sync::atomic::Ordering::Relaxed,
        );
    }
}

/// Untracks an object about to be freed (called by the deallocator).
pub(super) fn untrack_freed(h: &Header) {
    if h.gc.get() == UNTRACKED {
        return;
    }
    let mut s = state().borrow_mut();
    s.remove(h);
    if s.count[0] > 0 {
        s.count[0] -= 1;
    }
}

/// What tracking costs a tracked object beyond its own allocation: its entry in a generation
/// list (pyvm's counterpart of CPython's `PyGC_Head`, which `sys.getsizeof` adds).
pub const LIST_ENTRY_SIZE: usize = std::mem::size_of::<Option<NonNull<Header>>>();

/// Whether the collector tracks `r` (`gc.is_tracked`).
pub fn is_tracked(r: &PyRef) -> bool {
    r.header().gc.get() != UNTRACKED
}

/// A payload's way back to its own object, for a container that starts untracked and tracks
/// itself once it may be part of a cycle (a dict, when a container is first stored in it, as
/// CPython's dicts do). Bound by [`bind_self_link`], which checks that the link lies inside
/// the object's box; reachable only through a borrow of that payload, so while it is
/// reachable the object is alive. Not `Clone`: a copied payload starts unbound.
#[derive(Default)]
pub struct SelfLink(std::cell::Cell<Option<NonNull<Header>>>);

impl SelfLink {
    /// Starts tracking the bound object (once; nothing if unbound or tracked already).
    pub fn track(&self) {
        if let Some(ptr) = self.0.take() {
            // SAFETY: `bind_self_link` stored the address of the box this link lives in, and
            // the link is reached through a borrow of that box's payload, so it is alive.
            let h = unsafe { ptr.as_ref() };
            if h.gc.get() == UNTRACKED {
                state().borrow_mut().push(0, ptr);
            }
        }
    }
}

/// Binds `link`, a field of `r`'s payload, to `r`.
pub fn bind_self_link(r: &PyRef, link: &SelfLink) {
    let start = r.ptr.as_ptr() as usize;
    let at = link as *const SelfLink as usize;
    assert!(
        at >= start && at < start + r.box_size(),
        "a SelfLink must be a field of the object's own payload"
    );
    link.0.set(Some(r.ptr));
}

/// Counted references to the objects of the generations up to `generation` (all three for
/// 2), oldest first (`gc.get_objects`).
pub fn objects(generation: usize) -> Vec<PyRef> {
    let s = state().borrow();
    (0..=generation.min(2))
        .rev()
        .flat_map(|g| s.lists[g].iter().flatten())
        .map(|&ptr| (*view(ptr)).clone())
        .collect()
}

/// Counted references to the tracked objects (all generations) for which `keep` holds, oldest
/// first; only those are counted, so a search over every object costs no increments.
/// `keep` must not run Python code (the collector's state is borrowed).
pub fn objects_where(mut keep: impl FnMut(&PyRef) -> bool) -> Vec<PyRef> {
    let s = state().borrow();
    (0..=2)
        .rev()
        .flat_map(|g| s.lists[g].iter().flatten())
        .map(|&ptr| view(ptr))
        .filter(|r| keep(r))
        .map(|r| (*r).clone())
        .collect()
}

/// The objects `r` refers to directly (`gc.get_referents`).
pub fn referents(r: &PyRef) -> Vec<PyRef> {
    let mut out = Vec::new();
    trace_object(r, &mut |x| out.push(x.clone()));
    out
}

/// What a collection did.
#[derive(Default)]
pub struct Outcome {
    /// The objects found unreachable and not resurrected by a finalizer: finalized, cleared
    /// and freed.
    pub unreachable: usize,
    pub resurrected: usize,
    /// The garbage itself, uncleared, when the caller asked to save it.
    pub saved: Vec<PyRef>,
    /// What the collection saw, when the caller asked for it (`-X gc-explain`).
    pub explain: Option<Explain>,
}

/// What the collector needs from the interpreter: running Python code, which the object core
/// cannot do itself.
pub trait Host {
    /// Finalizes an object: runs its `__del__`, or closes a generator.
    fn finalize(&mut self, obj: &PyRef);
    /// Describes the candidates of an explained collection that found garbage, right after
    /// the verdict (where finalizers run; may run Python code). `objs` holds counted
    /// references to the candidates worth showing, with their index in `table.candidates`;
    /// they are released when this returns, before the resurrection re-check, which
    /// therefore covers whatever the description did.
    fn describe(&mut self, _table: &Explain, _objs: &[(usize, PyRef)]) {}
    /// Sees the garbage right after the verdict, in the collection's order, before any
    /// weakref is cleared or finalizer runs (`DEBUG_COLLECTABLE` prints it there, as
    /// CPython). Must not run Python code.
    fn found(&mut self, _garbage: &[PyRef]) {}
    /// Whether [`Host::found`] does anything (else the list is not made).
    fn wants_found(&self) -> bool {
        false
    }
    /// Runs what the last step queued (the `__del__` of objects it freed, weakref
    /// callbacks), as CPython would have run it inside that step.
    fn settle(&mut self) {}
}

/// The table a collection built, recorded for `-X gc-explain` only (the collection does no
/// recording otherwise).
pub struct Explain {
    pub generation: usize,
    /// Every candidate (an object of the collected generations), in the collection's order.
    pub candidates: Vec<Candidate>,
    /// Every reference subtracted from a `gc_refs`: (referrer, referent), indices into
    /// `candidates`, in the order traversal found them.
    pub edges: Vec<(usize, usize)>,
}

/// One candidate of an explained collection.
pub struct Candidate {
    pub refcount: usize,
    /// The refcount minus the references from the other candidates: what refers to the
    /// object from outside the generation.
    pub gc_refs: isize,
    pub verdict: Verdict,
    /// Its `__del__` ran in this collection.
    pub finalized: bool,
    /// Worth showing: unreachable, or referring to an unreachable candidate (all of them
    /// when the caller asked for every candidate).
    pub shown: bool,
}

/// What became of a candidate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verdict {
    Reachable,
    /// Unreachable, then referenced again by a finalizer (or a description): survives.
    Resurrected,
    /// Unreachable, cleared and freed.
    Freed,
    /// Unreachable and cleared, but something clearing cannot drop keeps it alive.
    NotFreed,
    /// Unreachable, kept uncleared in `gc.garbage` (DEBUG_SAVEALL).
    Saved,
}

impl Candidate {
    pub fn unreachable(&self) -> bool {
        self.verdict != Verdict::Reachable
    }
}

/// Collects `generation` (0, 1 or 2). `host` runs the finalizers (the collector itself
/// cannot run Python code). The caller has set `GcState::collecting` (no collection may
/// start inside another).
/// With `save_all` (DEBUG_SAVEALL) the garbage is not cleared but handed back in
/// `Outcome::saved`. With `explain` (`Some(all)`) the collection records its table in
/// `Outcome::explain`, and has `host` describe the candidates worth showing (every one with
/// `all`) when it finds garbage.
pub fn collect(
    generation: usize,
    save_all: bool,
    explain: Option<bool>,
    host: &mut dyn Host,
) -> Outcome {
    let older = (generation + 1).min(2);
    let young: Vec<NonNull<Header>> = {
        let mut s = state().borrow_mut();
        for g in 0..generation {
            s.merge(g, generation);
        }
        if generation < 2 {
            s.count[generation + 1] += 1;
        }
        for g in 0..=generation {
            s.count[g] = 0;
        }
        let young = s.take(generation);
        // Numbered by their position in `young` until the verdict below re-files them.
        for (i, &ptr) in young.iter().enumerate() {
            // SAFETY: listed pointers are live.
            place(unsafe { ptr.as_ref() }, generation, i);
        }
        young
    };
    // (two monomorphic passes: the usual one records nothing at all)
    let (gc_refs, reachable, edges, order) = match explain {
        None => {
            let (_, reachable, order) = reachability(&young, generation, |_, _| {});
            (Vec::new(), reachable, Vec::new(), order)
        }
        Some(_) => {
            let mut edges = Vec::new();
            let (gc_refs, reachable, order) =
                reachability(&young, generation, |from, to| edges.push((from, to)));
            (gc_refs, reachable, edges, order)
        }
    };
    let mut table =
        explain.map(|all| explain_table(generation, all, &young, &gc_refs, &reachable, edges));
    let mut outcome = Outcome::default();
    {
        let mut s = state().borrow_mut();
        // Survivors that can never be part of a cycle leave the collector's lists: tuples
        // of atoms (CPython's `untrack_tuples`), then, in full collections, dicts of atoms
        // until a container is stored in them (`untrack_dicts`). The rest move on.
        for &i in &order {
            if holds_only_atoms(&view(young[i])) {
                // SAFETY: listed pointers are live.
                unsafe { young[i].as_ref() }.gc.set(UNTRACKED);
            }
        }
        if generation == 2 {
            for &i in &order {
                let r = view(young[i]);
                if is_tracked(&r) && crate::objects::containers::dict::DictObj::prepare_untrack(&r)
                {
                    r.header().gc.set(UNTRACKED);
                }
            }
        }
        for &i in &order {
            if is_tracked(&view(young[i])) {
                s.push(older, young[i]);
            }
        }
        for (i, &ptr) in young.iter().enumerate() {
            if !reachable[i] {
                s.push(UNREACHABLE, ptr);
            }
        }
        let survivors = young.len() - s.live[UNREACHABLE];
        if generation == 1 {
            s.long_lived_pending += survivors;
        } else if generation == 2 {
            s.long_lived_pending = 0;
            s.long_lived_total = s.live[2];
        }
    }
    // From here on the unreachable objects are held by nothing but their list, uncounted:
    // one freed by a finalizer (or by clearing another) leaves a hole, and the list keeps
    // its numbering (no compaction of list 3) so that it can be walked by index.
    let found = state().borrow().lists[UNREACHABLE].len();
    if found == 0 {
        outcome.explain = table;
        return outcome;
    }
    // No Python code has run since the verdict: every entry is alive.
    if host.wants_found() {
        host.found(&unreachable_objects());
    }
    // Weak references to the garbage die before any finalizer can see them; the callbacks
    // of weakrefs that are garbage themselves are not called (CPython's handle_weakrefs).
    // (Clearing them frees nothing and runs no Python code: the list stays as it is.)
    let entries: Vec<NonNull<Header>> = state().borrow().lists[UNREACHABLE]
        .iter()
        .flatten()
        .copied()
        .collect();
    for ptr in entries {
        // SAFETY: listed pointers are live, and nothing has been freed since the verdict.
        if unsafe { ptr.as_ref() }.flags.get() & flag::HAS_WEAKREFS != 0 {
            super::weak::clear_refs(ptr, &|h| {
                h.gc.get() & FROZEN == 0 && list_of(h) == UNREACHABLE
            });
        }
    }

    // Entry `k` of list 3 is the candidate `held_at[k]` (explained collections only).
    let held_at: Vec<usize> = match &table {
        Some(t) => (0..t.candidates.len())
            .filter(|&i| t.candidates[i].unreachable())
            .collect(),
        None => Vec::new(),
    };

    // The description runs Python code: counted references keep the reachable candidates
    // it shows alive meanwhile (no Python code has run since the verdict, so each is).
    if let Some(t) = &table {
        let objs: Vec<(usize, PyRef)> = (0..young.len())
            .filter(|&i| t.candidates[i].shown)
            .map(|i| (i, (*view(young[i])).clone()))
            .collect();
        host.describe(t, &objs);
    }
    host.settle();

    // Finalize (PEP 442), in the order the objects were found (CPython's finalize_garbage):
    // each is counted only while its own finalizer runs; whatever that frees goes at once,
    // its `__del__` run before the next entry's (`Host::settle`).
    for k in 0..found {
        let Some(obj) = unreachable_entry(k) else {
            continue;
        };
        let ty_flags = obj.class().header().flags.get();
        let finalizable = ty_flags & (flag::HAS_FINALIZER | flag::GC_FINALIZER) != 0;
        if finalizable && obj.flags() & flag::FINALIZED == 0 {
            obj.set_flag(flag::FINALIZED);
            host.finalize(&obj);
            drop(obj);
            host.settle();
            if let (Some(t), Some(&c)) = (&mut table, held_at.get(k)) {
                t.candidates[c].finalized = true;
            }
        }
    }

    // Resurrection: what a finalizer made reachable again survives, with what it reaches.
    // `at[j]`: the entry (before compaction) of the `j`th object still waiting.
    let at: Vec<usize> = {
        let s = state().borrow();
        let list = &s.lists[UNREACHABLE];
        (0..list.len()).filter(|&k| list[k].is_some()).collect()
    };
    let waiting: Vec<NonNull<Header>> = {
        let mut s = state().borrow_mut();
        s.compact(UNREACHABLE);
        s.lists[UNREACHABLE].iter().flatten().copied().collect()
    };
    if let Some(t) = &mut table {
        // (what is no longer waiting was freed by refcounting once its finalizers ran)
        for &c in &held_at {
            t.candidates[c].verdict = Verdict::Freed;
        }
    }
    let (_, alive, revived) = reachability(&waiting, UNREACHABLE, |_, _| {});
    {
        let mut s = state().borrow_mut();
        for &j in &revived {
            let ptr = waiting[j];
            // SAFETY: listed pointers are live.
            s.remove(unsafe { ptr.as_ref() });
            s.push(older, ptr);
            outcome.resurrected += 1;
        }
        for j in 0..waiting.len() {
            if let Some(t) = &mut table {
                t.candidates[held_at[at[j]]].verdict = match (alive[j], save_all) {
                    (true, _) => Verdict::Resurrected,
                    (false, true) => Verdict::Saved,
                    // (until the check after clearing says otherwise)
                    (false, false) => Verdict::Freed,
                };
            }
        }
    }

    // The rest is garbage (CPython's delete_garbage): clear each object in turn, counted
    // only while it is cleared; what that frees leaves the list at once.
    let remaining = state().borrow().lists[UNREACHABLE].len();
    outcome.unreachable = waiting.len() - outcome.resurrected;
    if save_all {
        outcome.saved = unreachable_objects();
    } else {
        for k in 0..remaining {
            if let Some(obj) = unreachable_entry(k) {
                clear_object(&obj);
            }
        }
    }
    // Objects that clearing could not free (a cycle through payloads with nothing to clear)
    // stay alive: back to the old generation. (No Python code ran while clearing, so what
    // is still listed is exactly what was not freed.)
    let mut s = state().borrow_mut();
    if let Some(t) = &mut table {
        if !save_all {
            let pos: std::collections::HashMap<usize, usize> = waiting
                .iter()
                .enumerate()
                .map(|(j, p)| (p.as_ptr() as usize, j))
                .collect();
            for &ptr in s.lists[UNREACHABLE].iter().flatten() {
                if let Some(&j) = pos.get(&(ptr.as_ptr() as usize)) {
                    t.candidates[held_at[at[j]]].verdict = Verdict::NotFreed;
                }
            }
        }
    }
    s.merge(UNREACHABLE, older);
    drop(s);
    // (the `__del__` of what clearing freed runs within the collection, as CPython's)
    host.settle();
    outcome.explain = table;
    outcome
}

/// A counted reference to entry `k` of the unreachable list, if that object is still alive.
fn unreachable_entry(k: usize) -> Option<PyRef> {
    let s = state().borrow();
    let ptr = (*s.lists[UNREACHABLE].get(k)?)?;
    Some((*view(ptr)).clone())
}

/// Counted references to the objects of the unreachable list, in order.
fn unreachable_objects() -> Vec<PyRef> {
    let s = state().borrow();
    s.lists[UNREACHABLE]
        .iter()
        .flatten()
        .map(|&p| (*view(p)).clone())
        .collect()
}

/// The table of an explained collection, as the verdict left it.
fn explain_table(
    generation: usize,
    all: bool,
    young: &[NonNull<Header>],
    gc_refs: &[isize],
    reachable: &[bool],
    edges: Vec<(usize, usize)>,
) -> Explain {
    let mut candidates: Vec<Candidate> = young
        .iter()
        .enumerate()
        .map(|(i, &p)| Candidate {
            refcount: view(p).refcount(),
            gc_refs: gc_refs[i],
            verdict: if reachable[i] {
                Verdict::Reachable
            } else {
                Verdict::Freed
            },
            finalized: false,
            shown: all || !reachable[i],
        })
        .collect();
    for &(from, to) in &edges {
        if !reachable[to] {
            candidates[from].shown = true;
        }
    }
    Explain {
        generation,
        candidates,
        edges,
    }
}

/// Whether `r` is a tuple none of whose items may be tracked (a tracked object, or a dict,
/// which may become one).
fn holds_only_atoms(r: &PyRef) -> bool {
    // Exact tuples only: an instance of a subclass has a __dict__ or slots that can close a
    // cycle (an enum member of a tuple mixin refers to its class).
    let Some(t) = r.downcast::<crate::objects::containers::tuple::TupleObj>() else {
        return false;
    };
    if !r.class().ptr_eq(&crate::objects::types().tuple) {
        return false;
    }
    t.items.iter().all(|v| match v {
        crate::objects::Value::Obj(o) => {
            !is_tracked(o) && !o.is::<crate::objects::containers::dict::DictObj>()
        }
        _ => true,
    })
}

/// Computes, for the objects of `objs` (all in list `list`), which are reachable from
/// outside it: `gc_refs` = refcount − references from the list's own objects, then
/// everything reachable from an object with `gc_refs > 0`.
/// `on_edge(from, to)` hears of every reference subtracted (indices into `objs`). Returns
/// the `gc_refs`, the verdicts, and the reachable objects in the order CPython's
/// `move_unreachable` leaves them in: it walks the list, moving each object with no outside
/// reference aside, and an object found reachable after it was moved aside goes back to the
/// end of the list, after those already there — so a survivor found through another one
/// comes after it (which orders later collections, their finalizers, and the untracking of
/// tuples).
fn reachability(
    objs: &[NonNull<Header>],
    list: usize,
    mut on_edge: impl FnMut(usize, usize),
) -> (Vec<isize>, Vec<bool>, Vec<usize>) {
    let member = |r: &PyRef| -> Option<usize> {
        let h = r.header();
        let i = h.gc.get();
        (i != UNTRACKED && list_of(h) == list && objs.get(i as usize) == Some(&r.ptr))
            .then_some(i as usize)
    };
    let mut gc_refs: Vec<isize> = objs.iter().map(|&p| view(p).refcount() as isize).collect();
    for (i, &p) in objs.iter().enumerate() {
        trace_object(&view(p), &mut |r| {
            if let Some(j) = member(r) {
                gc_refs[j] -= 1;
                on_edge(i, j);
            }
        });
    }
    // `mark[i]`: 0 not reached yet, 1 reachable, 2 moved aside (tentatively unreachable).
    let mut mark: Vec<u8> = gc_refs.iter().map(|&g| u8::from(g > 0)).collect();
    let mut walk: Vec<usize> = (0..objs.len()).collect();
    let mut order = Vec::with_capacity(objs.len());
    let mut k = 0;
    while k < walk.len() {
        let i = walk[k];
        k += 1;
        if mark[i] != 1 {
            mark[i] = 2;
            continue;
        }
        order.push(i);
        trace_object(&view(objs[i]), &mut |r| {
            if let Some(j) = member(r) {
                match mark[j] {
                    0 => mark[j] = 1,
                    2 => {
                        mark[j] = 1;
                        walk.push(j);
                    }
                    _ => {}
                }
            }
        });
    }
    let reachable = mark.iter().map(|&m| m == 1).collect();
    (gc_refs, reachable, order)
}
