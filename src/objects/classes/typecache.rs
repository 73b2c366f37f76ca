//! Type version tags, the attribute lookup cache keyed on them, and the lists of subclasses
//! that invalidation walks.
//!
//! ## Version tags (CPython's `tp_version_tag`)
//! Every type has a version tag, a `u32` from one process-wide counter; 0 means "none".
//! A tag stands for one state of everything [`TypeObject::lookup`] can see from the type:
//! its dict, its MRO and the dicts along it. So whatever changes that state — a class
//! attribute set or deleted, `__bases__` assigned — calls [`modified`] on the type, which
//! takes the tag of the type *and of every subclass* (recursively) back to 0. The next
//! lookup through such a type gives it a fresh tag; tags are never reused, so a tag seen
//! once identifies that type in that state for good, and anything cached under it (here,
//! and the inline caches of the execution core) is valid exactly while the type still has
//! that tag. When the counter runs out, types get no tag and nothing is cached any more.
//!
//! Invariant: a type with a tag has bases with tags (a type gets its MRO tagged before
//! itself). So the walk of [`modified`] stops at a subclass without a tag — none of its own
//! subclasses can have one — and a long chain of writes to a class nobody reads in between
//! costs one walk.
//!
//! ## The lookup cache (CPython's method cache)
//! A direct-mapped table `(tag, interned name) -> what the MRO lookup found`. An entry
//! holds a counted reference to its value, so no missed invalidation can ever hand out a
//! freed object; and so that a value dropped from a class dict dies when CPython's would
//! (its `__del__` runs at once), invalidating a type drops its entries right away: each
//! type remembers which names it cached under its current tag.
//!
//! ## Subclasses (CPython's `tp_subclasses`)
//! Each type keeps weak links (the object core's [`WeakSlot`]s) to its direct subclasses,
//! in the order they were added: `__subclasses__()` reads them, [`modified`] and the slot
//! refresh walk them. A class freed (or found garbage by the collector) drops out; a class
//! whose `__bases__` change moves from its old bases' lists to the end of its new ones'.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::objects::classes::typeobj::TypeObject;
use crate::objects::core::weak::{self, Basic, WeakSlot};
use crate::objects::core::{GilStatic, PyRef};
use crate::objects::Value;

/// A type's version tag, the names it cached under it and its subclasses. (`repr(C)`: the
/// tag, read by every lookup, first.)
#[repr(C)]
pub struct TypeCacheState {
    version: Cell<u32>,
    /// The addresses of the (interned, immortal) names cached under `version`;
    /// `None` once there were too many to track: then invalidation scans the whole cache.
    cached_names: RefCell<Option<Vec<usize>>>,
    subclasses: RefCell<Vec<Rc<WeakSlot>>>,
}

/// How many names a type tracks before invalidating it scans the whole cache instead.
const TRACKED_NAMES: usize = 64;

impl Default for TypeCacheState {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeCacheState {
    pub fn new() -> TypeCacheState {
        TypeCacheState {
            version: Cell::new(0),
            cached_names: RefCell::new(Some(Vec::new())),
            subclasses: RefCell::new(Vec::new()),
        }
    }

    fn note_cached(&self, name: usize) {
        let mut names = self.cached_names.borrow_mut();
        if let Some(list) = names.as_mut() {
            if list.len() < TRACKED_NAMES {
                list.push(name);
            } else {
                *names = None;
            }
        }
    }

    /// Drops the entries cached under the current tag and forgets the tag; the values go
    /// into `dropped` (freeing them may free types, which reach this cache again).
    fn forget_version(&self, dropped: &mut Vec<Value>) {
        let tag = self.version.replace(0);
        if tag == 0 {
            return;
        }
        let names = self.cached_names.replace(Some(Vec::new()));
        let Some(cache) = LOOKUP_CACHE.get(crate::gil::token()).get() else {
            return;
        };
        let mut entries = cache.borrow_mut();
        let mut clear = |e: &mut CacheEntry| {
            if e.version == tag {
                e.version = 0;
                dropped.extend(e.value.take());
            }
        };
        match names {
            Some(names) => names
                .iter()
                .for_each(|&n| clear(&mut entries[cache_slot(tag, n)])),
            None => entries.iter_mut().for_each(clear),
        }
    }
}

impl Drop for TypeCacheState {
    fn drop(&mut self) {
        // The tag dies with the type: its entries would never match again, but they hold
        // values that should die now.
        let mut dropped = Vec::new();
        self.forget_version(&mut dropped);
        for slot in self.subclasses.get_mut().drain(..) {
            weak::unregister(&slot);
        }
        drop(dropped);
    }
}

/// The next tag to hand out; `u32::MAX` once they ran out.
static NEXT_VERSION: AtomicU32 = AtomicU32::new(1);

fn state(cls: &PyRef) -> Option<&TypeCacheState> {
    cls.downcast::<TypeObject>().map(|t| &t.cache)
}

/// The version tag of `cls`, given one now if it has none (its MRO first); 0 when the tags
/// ran out (or `cls` is not a type).
#[inline]
pub fn version_tag(cls: &PyRef) -> u32 {
    match cls.downcast::<TypeObject>() {
        Some(t) if t.cache.version.get() != 0 => t.cache.version.get(),
        Some(t) => new_version_tag(t),
        None => 0,
    }
}

/// The version tag `cls` has now, without handing one out (0: none, which no cache holds).
#[inline(always)]
pub fn current_tag(cls: &PyRef) -> u32 {
    cls.downcast::<TypeObject>()
        .map_or(0, |t| t.cache.version.get())
}

#[cold]
fn new_version_tag(t: &TypeObject) -> u32 {
    // Bases before the type: every class in an MRO comes before its own bases, so walking
    // it backwards tags each base before anything that derives from it.
    let mro = t.mro();
    for b in mro.iter().rev() {
        if let Some(bs) = state(b) {
            if bs.version.get() == 0 && assign_tag(bs) == 0 {
                return 0;
            }
        }
    }
    assign_tag(&t.cache)
}

fn assign_tag(s: &TypeCacheState) -> u32 {
    let n = NEXT_VERSION.load(Ordering::Relaxed);
    if n == u32::MAX {
        return 0;
    }
    NEXT_VERSION.store(n + 1, Ordering::Relaxed);
    s.version.set(n);
    n
}

/// What `cls` looks up (and caches) has changed: `cls` and all its subclasses lose their
/// tags, and their cache entries go (CPython's `PyType_Modified`).
pub fn modified(cls: &PyRef) {
    let mut dropped = Vec::new();
    forget_tree(cls, &mut dropped);
    drop(dropped);
}

fn forget_tree(cls: &PyRef, dropped: &mut Vec<Value>) {
    let Some(s) = state(cls) else { return };
    if s.version.get() == 0 {
        return;
    }
    s.forget_version(dropped);
    for sub in subclasses(cls) {
        forget_tree(&sub, dropped);
    }
}

/// The live direct subclasses of `cls`, in the order they were added.
pub fn subclasses(cls: &PyRef) -> Vec<PyRef> {
    state(cls).map_or_else(Vec::new, |s| {
        s.subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.get())
            .collect()
    })
}

/// Files `sub` among the subclasses of each of `bases`.
pub fn add_subclass(sub: &PyRef, bases: &[PyRef]) {
    for b in bases {
        let Some(s) = state(b) else { continue };
        let slot = WeakSlot::new(sub, false, Basic::No);
        weak::register_internal(&slot);
        let mut list = s.subclasses.borrow_mut();
        // Dead links go now and then, so that a type whose subclasses come and go (often
        // `object`) keeps a list the size of the live ones.
        if list.len() >= 16 && list.len().is_power_of_two() {
            prune(&mut list);
        }
        list.push(slot);
    }
}

/// Takes `sub` out of the subclasses of each of `bases`.
pub fn remove_subclass(sub: &PyRef, bases: &[PyRef]) {
    for b in bases {
        let Some(s) = state(b) else { continue };
        let mut list = s.subclasses.borrow_mut();
        let mut removed = Vec::new();
        list.retain(|w| match w.get() {
            Some(t) if t.ptr_eq(sub) => {
                removed.push(w.clone());
                false
            }
            _ => true,
        });
        drop(list);
        removed.iter().for_each(weak::unregister);
    }
}

fn prune(list: &mut Vec<Rc<WeakSlot>>) {
    list.retain(|w| !w.is_dead());
}

struct CacheEntry {
    version: u32,
    name: usize,
    value: Option<Value>,
}

const LOOKUP_CACHE_SIZE: usize = 4096;

static LOOKUP_CACHE: GilStatic<OnceCell<RefCell<Vec<CacheEntry>>>> =
    GilStatic::new(OnceCell::new());

fn cache() -> &'static RefCell<Vec<CacheEntry>> {
    LOOKUP_CACHE.get(crate::gil::token()).get_or_init(|| {
        let entries = (0..LOOKUP_CACHE_SIZE)
            .map(|_| CacheEntry {
                version: 0,
                name: 0,
                value: None,
            })
            .collect();
        RefCell::new(entries)
    })
}

#[inline]
fn cache_slot(version: u32, name: usize) -> usize {
    let h = (version as usize).wrapping_mul(0x9E37_79B9) ^ (name >> 4);
    h & (LOOKUP_CACHE_SIZE - 1)
}

/// `lookup(cls, name)` through the cache (`name` interned, so immortal and never moved).
#[inline]
pub fn cached_lookup(
    cls: &PyRef,
    name: &PyRef,
    lookup: impl FnOnce() -> Option<Value>,
) -> Option<Value> {
    let tag = version_tag(cls);
    if tag == 0 {
        return lookup();
    }
    let slot = cache_slot(tag, name.addr());
    let cache = cache();
    {
        let entries = cache.borrow();
        let e = &entries[slot];
        if e.version == tag && e.name == name.addr() {
            return e.value.clone();
        }
    }
    let value = lookup();
    if let Some(s) = state(cls) {
        s.note_cached(name.addr());
    }
    let old = std::mem::replace(
        &mut cache.borrow_mut()[slot],
        CacheEntry {
            version: tag,
            name: name.addr(),
            value: value.clone(),
        },
    );
    drop(old);
    value
}

/// Empties the whole lookup cache (a full collection does, so that the cache keeps no
/// class in a garbage cycle alive; and `-X leakcheck` before counting).
pub fn clear_lookup_cache() {
    let Some(cache) = LOOKUP_CACHE.get(crate::gil::token()).get() else {
        return;
    };
    // Take the cached values out first: dropping them may free more.
    let old: Vec<Option<Value>> = cache
        .borrow_mut()
        .iter_mut()
        .filter(|e| e.version != 0)
        .map(|e| {
            e.version = 0;
            e.value.take()
        })
        .collect();
    drop(old);
}
