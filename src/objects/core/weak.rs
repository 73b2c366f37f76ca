//! Weak references: the object core's half of `_weakref`.
//!
//! A weak reference must not keep its referent alive, so it cannot hold a `PyRef`: it holds
//! a [`WeakSlot`], a raw (uncounted) pointer to the referent that the core sets to null the
//! moment the referent is freed. The core finds the slots of a dying object in a side table
//! (referent address → its slots, in `getweakrefs` order), consulted only for objects whose
//! header has [`flag::HAS_WEAKREFS`] set, so freeing anything else costs one bit test.
//!
//! Callbacks: a slot created with a callback also remembers its weakref object (uncounted:
//! the weakref object unregisters its slot when it is freed, see [`unregister`]). When the
//! referent dies, such weakref objects are queued with a count ([`take_pending_callbacks`])
//! and the eval-breaker raised; the VM calls the callbacks at the next instruction boundary,
//! like `__del__`. The collector clears the weakrefs to what it found unreachable before
//! any finalizer runs and queues no callback of a weakref that is garbage itself (CPython's
//! `handle_weakrefs`).
//!
//! Order: like CPython's list, the weakref without callback `ref(obj)` shares comes first,
//! then the proxy without callback `proxy(obj)` shares, then the others (with callbacks, or
//! of `ref` subclasses), newest first; callbacks run in that order.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::rc::Rc;

use super::{flag, Header, PyRef};

/// One weak reference's link to its referent, shared by the weakref object and the table.
pub struct WeakSlot {
    /// The referent, or `None` once it has been freed (or found garbage by the collector).
    target: Cell<Option<NonNull<Header>>>,
    /// The weakref object holding this slot (uncounted; set by [`register`]).
    owner: Cell<Option<NonNull<Header>>>,
    has_callback: bool,
    basic: Basic,
}

/// The shared weakrefs an object has at most one of each (CPython's "basic" refs, first in
/// its list: the plain `ref`, then the plain proxy), or any other (a callback, a subclass).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Basic {
    Ref,
    Proxy,
    No,
}

/// The side table: referent address → its weakref slots. Reached through the GIL token, so
/// the `RefCell`, the `Rc` counts and the slots' `Cell`s are never used by two threads at
/// once.
type Table = RefCell<BTreeMap<usize, Vec<Rc<WeakSlot>>>>;

static TABLE: super::GilStatic<Table> = super::GilStatic::new(RefCell::new(BTreeMap::new()));

/// The side table (checks that this thread holds the GIL).
#[inline]
fn table() -> &'static Table {
    TABLE.get(crate::gil::token())
}

/// Weakref objects whose referent died and whose callback is due (one queue for the
/// process, like the finalizers').
static PENDING_CALLBACKS: super::GilStatic<RefCell<Vec<PyRef>>> =
    super::GilStatic::new(RefCell::new(Vec::new()));

impl WeakSlot {
    /// A slot pointing at `target`, not yet registered.
    pub fn new(target: &PyRef, has_callback: bool, basic: Basic) -> Rc<WeakSlot> {
        Rc::new(WeakSlot {
            target: Cell::new(Some(target.ptr)),
            owner: Cell::new(None),
            has_callback,
            basic,
        })
    }

    pub fn basic(&self) -> Basic {
        self.basic
    }

    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<PyRef> {
        let ptr = self.target.get()?;
        // SAFETY: a non-null target has not been freed: `free_one` nulls every slot of an
        // object (under the GIL) before freeing it, so the header is valid.
        let h = unsafe { ptr.as_ref() };
        // A count of zero: the object waits in the trashcan's queue to be freed; it is dead.
        if h.refcnt.get() == 0 {
            return None;
        }
        h.refcnt.set(h.refcnt.get() + 1);
        Some(PyRef {
            ptr,
            _not_send: PhantomData,
        })
    }

    /// Whether the referent is gone.
    pub fn is_dead(&self) -> bool {
        self.get().is_none()
    }

    pub fn has_callback(&self) -> bool {
        self.has_callback
    }
}

/// Links `slot` (made by [`WeakSlot::new`]) to its weakref object `owner` and files it under
/// its referent. `owner` must hold `slot` and call [`unregister`] when it is freed.
pub fn register(slot: &Rc<WeakSlot>, owner: &PyRef) {
    slot.owner.set(Some(owner.ptr));
    file(slot);
}

/// Files `slot` under its referent with no weakref object: a weak link the runtime keeps
/// for itself (a type's list of its subclasses), which [`refs_to`] does not report. Whoever
/// holds the slot calls [`unregister`] when dropping it while the referent lives.
pub fn register_internal(slot: &Rc<WeakSlot>) {
    file(slot);
}

fn file(slot: &Rc<WeakSlot>) {
    let Some(target) = slot.target.get() else {
        return;
    };
    let mut t = table().borrow_mut();
    let list = t.entry(target.as_ptr() as usize).or_default();
    // The basic ref first, then the basic proxy, then the others newest first.
    let at = match slot.basic {
        Basic::Ref => 0,
        Basic::Proxy => usize::from(list.first().is_some_and(|s| s.basic == Basic::Ref)),
        Basic::No => list.iter().take_while(|s| s.basic != Basic::No).count(),
    };
    list.insert(at, slot.clone());
    // SAFETY: the target is alive (non-null slot), so its header is valid; flags are a
    // `Cell`, changed under the GIL.
    let h = unsafe { target.as_ref() };
    h.flags.set(h.flags.get() | flag::HAS_WEAKREFS);
}

/// Removes `slot` from the table: its weakref object is being freed.
pub fn unregister(slot: &Rc<WeakSlot>) {
    slot.owner.set(None);
    let Some(target) = slot.target.take() else {
        return;
    };
    let addr = target.as_ptr() as usize;
    let mut t = table().borrow_mut();
    if let Some(list) = t.get_mut(&addr) {
        list.retain(|s| !Rc::ptr_eq(s, slot));
        if list.is_empty() {
            t.remove(&addr);
            // SAFETY: the target was not freed yet (its slot was still set), so its header
            // is valid.
            let h = unsafe { target.as_ref() };
            h.flags.set(h.flags.get() & !flag::HAS_WEAKREFS);
        }
    }
}

/// The live weakref objects to `target`, in CPython's order (`getweakrefs`).
pub fn refs_to(target: &PyRef) -> Vec<PyRef> {
    if target.flags() & flag::HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    let t = table().borrow();
    let Some(list) = t.get(&target.addr()) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|s| s.owner.get())
        .filter_map(|p| {
            // SAFETY: a registered owner is alive until it unregisters, which it does when
            // freed; a zero count means it waits in the trashcan queue: skip it.
            let h = unsafe { p.as_ref() };
            (h.refcnt.get() > 0).then(|| {
                h.refcnt.set(h.refcnt.get() + 1);
                PyRef {
                    ptr: p,
                    _not_send: PhantomData,
                }
            })
        })
        .collect()
}

/// Clears every weak reference to the object at `ptr` (being freed, or found garbage) and
/// queues the callbacks of the weakref objects for which `skip` says no.
pub(super) fn clear_refs(ptr: NonNull<Header>, skip: &dyn Fn(&Header) -> bool) {
    let list = table().borrow_mut().remove(&(ptr.as_ptr() as usize));
    // SAFETY: callers pass an object not freed yet.
    let h = unsafe { ptr.as_ref() };
    h.flags.set(h.flags.get() & !flag::HAS_WEAKREFS);
    let Some(list) = list else { return };
    let mut due = Vec::new();
    for slot in list {
        slot.target.set(None);
        if !slot.has_callback {
            continue;
        }
        let Some(owner) = slot.owner.get() else {
            continue;
        };
        // SAFETY: a registered owner is alive until it unregisters (see `refs_to`).
        let oh = unsafe { owner.as_ref() };
        if oh.refcnt.get() == 0 || skip(oh) {
            continue;
        }
        oh.refcnt.set(oh.refcnt.get() + 1);
        due.push(PyRef {
            ptr: owner,
            _not_send: PhantomData,
        });
    }
    if due.is_empty() {
        return;
    }
    PENDING_CALLBACKS
        .get(crate::gil::token())
        .borrow_mut()
        .extend(due);
    crate::gil::EVAL_BREAKER.fetch_or(
        crate::gil::breaker::FINALIZE,
        std::sync::atomic::Ordering::Relaxed,
    );
}

/// The weakref objects whose callbacks are due, oldest first.
pub fn take_pending_callbacks() -> Vec<PyRef> {
    std::mem::take(&mut *PENDING_CALLBACKS.get(crate::gil::token()).borrow_mut())
}

/// Whether callbacks are waiting.
pub fn callbacks_pending() -> bool {
    !PENDING_CALLBACKS
        .get(crate::gil::token())
        .borrow()
        .is_empty()
}
