//! The object core: how a heap object is laid out, counted and freed. This is the only module
//! in pyvm with `unsafe` code; everything else uses the safe API below.
//!
//! ## Layout
//! Every heap object is a `#[repr(C)]` [`PyBox<T>`]: a [`Header`] followed by the payload `T`
//! (a `ListObj`, a `StrObj`, ...). The header holds
//! - the reference count, a plain `Cell<usize>` — never atomic: the GIL makes it safe;
//! - the object's type, an owned reference to a type object (see "The type" below);
//! - a [`Kind`] tag naming the Rust payload type, which is what downcasts and deallocation
//!   dispatch on (several Python types share a payload: a user class's instances and
//!   `object()` are both `Instance`).
//!
//! ## The type
//! [`PyRef::class`] is on every hot path, so it lends the type out as a `&PyRef` without
//! counting. The type can change (`obj.__class__ = B`, [`PyRef::set_class`]), so the borrow
//! cannot point into the object's header: it points at the type object's own [`SelfRef`], a
//! pointer to itself inside its payload that is written once, before the type is published,
//! and never again. A borrow of the old type therefore stays what it was when it was taken —
//! a valid `&PyRef` to the old type — as long as the old type lives.
//!
//! That is the other half: Rust code may hold `obj.class()` across a call into Python code
//! that reassigns `obj.__class__` and drops every other reference to the old class. So
//! `set_class` does not drop the reference the object held to its old type: it parks it in
//! the interpreter's [`ParkedTypes`] (one counted reference per distinct type), which is
//! released only where no Rust code can hold such a borrow — at interpreter shutdown, when
//! the main thread's stack is back at the top and every other thread has stopped for good.
//! The price: a class abandoned by `__class__` assignment lives until then (the collector
//! sees the parked reference as one from outside). Counting in `class()` instead would tax
//! every attribute access and call; reassigning `__class__` is rare.
//!
//! ## Instance dicts of builtin subclasses
//! An instance of a class derived from a builtin (`class L(list)`) has the builtin's payload
//! *and* an attribute dict. It is allocated as a `PyBox<WithDict<T>>` with the
//! [`flag::HAS_DICT`] bit set: `WithDict<T>` starts with `T`, so the payload sits at the same
//! offset as in a plain `PyBox<T>` and every downcast works unchanged; the dict follows it and
//! is found through [`PyRef::trailer_dict`]. Deallocation reads the flag to free the right box.
//!
//! ## Variable-size objects
//! A payload may be followed by a tail of items in the same allocation (an instance's
//! attribute values, a str's text, a tuple's items): see `tail`. The `payloads!` table names
//! the item type; the payload records how many there are. A str's payload also records where
//! its text is (`text`), a tuple's where its items are (`items`).
//!
//! ## References
//! [`PyRef`] is an owned (counted) reference: `Clone` increments, `Drop` decrements, and the
//! object is freed the moment the count reaches zero. `PyRef` is `!Send` and `!Sync`; a debug
//! build asserts on every count change that this thread holds the GIL (see `gil`).
//! Immediates (`None`, bools, small ints, floats) are not heap objects at all: see `value`.
//!
//! ## Process-wide state
//! Statics that hold references (the type table, interned strings, the queues below) are
//! [`GilStatic`]s, read only with a `gil::Gil` token; what must cross a GIL release without
//! being `Send` goes in an [`AssertUngil`], whose `unsafe` constructor makes each use say why
//! (see `gil::token` and docs/gil.md).
//!
//! ## Freeing
//! Dropping a payload drops the references it holds, which may free more objects: freeing is
//! recursive. Past [`TRASHCAN_DEPTH`] nested deallocations a free is queued on a per-thread list
//! and drained by the outermost deallocation, so a million-long linked chain frees in constant
//! Rust stack (CPython's "trashcan"). Small boxes live in pools of one size class each,
//! carved from large arenas (see `pools`: pymalloc's design).

pub mod gc;
pub mod items;
mod pools;
pub mod stack;
pub mod tail;
pub mod text;
pub mod weak;

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::ptr::NonNull;

/// The header every heap object starts with.
#[repr(C)]
pub struct Header {
    refcnt: Cell<usize>,
    /// The object's type (a `Kind::Type` object), counted; changed only by
    /// [`PyRef::set_class`] (see "The type" in the module docs).
    ty: Cell<NonNull<Header>>,
    kind: Kind,
    flags: Cell<u8>,
    /// The cycle collector's link: the object's position in its generation's list, or
    /// [`gc::UNTRACKED`] (see `gc`). Fits in what would be padding.
    gc: Cell<u32>,
}

/// A heap object: header, then payload.
#[repr(C)]
pub struct PyBox<T> {
    header: Header,
    payload: T,
}

/// The layout of an instance of a builtin subclass: the builtin's payload, then the dict.
#[repr(C)]
struct WithDict<T> {
    payload: T,
    dict: RefCell<Option<PyRef>>,
}

/// Header flag bits (`PyRef::flags`).
pub mod flag {
    /// `__del__` has run (PEP 442: at most once per object).
    pub const FINALIZED: u8 = 1;
    /// Allocated as `PyBox<WithDict<T>>` (set at allocation, never changed).
    pub const HAS_DICT: u8 = 2;
    /// An exception whose `__context__` was settled where it was raised, inside a generator:
    /// the frames it then propagates through must not chain it (CPython chains at raise
    /// time only, and a generator's handled exception differs from its resumer's).
    pub const CONTEXT_SET: u8 = 4;
    /// On a type object: its instances have a `__del__` (kept by `class_slots`).
    pub const HAS_FINALIZER: u8 = 8;
    /// Weak references to this object exist: freeing it clears them (see `weak`).
    pub const HAS_WEAKREFS: u8 = 0x40;
    /// On a type object: the collector finalizes its unreachable instances through
    /// `gc::Host::finalize` (once, like `__del__`), but a last decrement frees them at once:
    /// their payload's `Drop` does what finalizing needs (a generator queues its frame to
    /// be closed).
    pub const GC_FINALIZER: u8 = 0x80;
}

/// A Rust type that can be the payload of a heap object. Implemented by the `payloads!` table
/// in `objects/mod.rs`, which is the one place that lists every payload type.
pub trait PyPayload: Sized + 'static + crate::objects::trace::Trace {
    const KIND: Kind;
    /// The items that follow the payload in its allocation ([`tail::NoTail`] for fixed-size
    /// payloads; see `tail`).
    type Tail: tail::TailItem;
    /// How many tail items the object has: recorded in the payload when it is made, never
    /// changed.
    #[inline(always)]
    fn tail_len(&self) -> usize {
        0
    }
}

/// The length of a variable-size payload's tail (see `tail`): what the `payloads!` table's
/// `[Item]` marker makes [`PyPayload::tail_len`] return.
pub trait VarLen {
    fn var_len(&self) -> usize;
}

/// `PyPayload::Tail` for a `payloads!` entry: the `[Item]` it names, else `NoTail`.
macro_rules! tail_type {
    () => {
        tail::NoTail
    };
    ($item:ty) => {
        $item
    };
}

/// `PyPayload::tail_len` for a `payloads!` entry with an `[Item]` marker.
macro_rules! tail_len_fn {
    () => {};
    ($item:ty) => {
        #[inline(always)]
        fn tail_len(&self) -> usize {
            VarLen::var_len(self)
        }
    };
}

macro_rules! define_kinds {
    ($($kind:ident => $ty:ty $([$item:ty])?,)*) => {
        /// Names the payload type of a heap object.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind { $($kind,)* }

        $(impl PyPayload for $ty {
            const KIND: Kind = Kind::$kind;
            type Tail = tail_type!($($item)?);
            tail_len_fn!($($item)?);
        })*

        // Downcasts rely on the payload sitting at the same offset in both layouts.
        $(const _: () = assert!(
            std::mem::offset_of!(PyBox<$ty>, payload)
                == std::mem::offset_of!(PyBox<WithDict<$ty>>, payload)
        );)*

        /// Drops the payload and its tail and frees the memory of an object whose count
        /// reached zero.
        ///
        /// # Safety
        /// `ptr` must point at a live `PyBox` with a zero refcount, allocated by `PyRef::alloc`,
        /// and nothing may use it afterwards.
        unsafe fn free_object(ptr: NonNull<Header>) {
            // SAFETY: the caller guarantees a live, unreferenced box; `kind` names the payload
            // type and `HAS_DICT` the layout it was allocated with (the payload sits at the
            // same offset in both), and the payload records its tail's length.
            unsafe {
                let with_dict = ptr.as_ref().flags.get() & flag::HAS_DICT != 0;
                match ptr.as_ref().kind {
                    $(Kind::$kind => {
                        let n = (*(ptr.as_ptr() as *const PyBox<$ty>)).payload.tail_len();
                        type I = <$ty as PyPayload>::Tail;
                        if with_dict {
                            free_box::<WithDict<$ty>, I>(ptr, n)
                        } else {
                            free_box::<$ty, I>(ptr, n)
                        }
                    })*
                }
            }
        }

        /// Visits the references an object owns (its tail's, its payload's, its trailer dict,
        /// and its type when that is a collected heap type): the collector's `traverse`.
        fn trace_object(r: &PyRef, visit: &mut dyn FnMut(&PyRef)) {
            use crate::objects::trace::Trace;
            use tail::TailItem;
            match r.kind() {
                // (the tail first: an instance's `__slots__` and inline values, then what
                // its payload holds — CPython's order of slots, then attributes)
                $(Kind::$kind => {
                    let (payload, items) = r.downcast_var::<$ty>().expect("kind");
                    if <<$ty as PyPayload>::Tail as TailItem>::LAST_FIRST {
                        items.iter().rev().for_each(|i| i.trace_item(visit));
                    } else {
                        items.iter().for_each(|i| i.trace_item(visit));
                    }
                    payload.trace(visit);
                })*
            }
            if let Some(d) = r.trailer_dict() {
                if let Some(d) = &*d.borrow() {
                    visit(d);
                }
            }
            let ty = r.class();
            if ty.header().gc.get() != gc::UNTRACKED {
                visit(ty);
            }
        }

        /// Drops the references an object owns that can be dropped (the collector's
        /// `clear`, which breaks the cycles it found).
        fn clear_object(r: &PyRef) {
            use crate::objects::trace::Trace;
            use tail::TailItem;
            match r.kind() {
                $(Kind::$kind => {
                    let (payload, items) = r.downcast_var::<$ty>().expect("kind");
                    payload.clear();
                    items.iter().for_each(TailItem::clear_item);
                })*
            }
            if let Some(d) = r.trailer_dict() {
                let old = d.borrow_mut().take();
                drop(old);
            }
        }

        /// The bytes of an object's own allocation: header, payload, (for a builtin
        /// subclass's instance) the trailer dict slot, and the tail — `sys.getsizeof`'s
        /// fixed part.
        fn box_size_of(r: &PyRef) -> usize {
            let with_dict = r.header().flags.get() & flag::HAS_DICT != 0;
            match r.kind() {
                $(Kind::$kind => {
                    let n = r.downcast::<$ty>().expect("kind").tail_len();
                    type I = <$ty as PyPayload>::Tail;
                    if with_dict {
                        tail::box_layout::<WithDict<$ty>, I>(n).size()
                    } else {
                        tail::box_layout::<$ty, I>(n).size()
                    }
                })*
            }
        }

        /// The dict of a `HAS_DICT` object (see the module docs).
        fn trailer_dict_of(r: &PyRef) -> Option<&RefCell<Option<PyRef>>> {
            if r.header().flags.get() & flag::HAS_DICT == 0 {
                return None;
            }
            // SAFETY: `HAS_DICT` is set only by `new_with_dict`, which allocates a
            // `PyBox<WithDict<T>>` for the payload type `kind` names; the borrow is tied to
            // `&r`, which keeps the object alive.
            unsafe {
                Some(match r.kind() {
                    $(Kind::$kind => &(*(r.ptr.as_ptr() as *const PyBox<WithDict<$ty>>)).payload.dict,)*
                })
            }
        }
    };
}

payloads!(define_kinds);

/// An owned reference to a heap object.
#[repr(transparent)]
pub struct PyRef {
    ptr: NonNull<Header>,
    /// `*const ()` makes `PyRef` `!Send + !Sync`: counts may only change on the GIL's thread.
    _not_send: PhantomData<*const ()>,
}

impl PyRef {
    /// Allocates a new object of type `class` (a type object) holding `payload`, which must
    /// have no tail items (see [`PyRef::new_var`]).
    pub fn new<T: PyPayload>(class: &PyRef, payload: T) -> PyRef {
        assert_eq!(payload.tail_len(), 0, "PyRef::new makes no tail items");
        let container = crate::objects::trace::Trace::is_gc(&payload);
        PyRef::new_raw_as(class.ptr, payload, container, no_items)
    }

    /// Allocates a variable-size object: `payload` followed by its `payload.tail_len()` tail
    /// items, item `i` made by `item(i)` (see `tail`). (Should `item` panic, the box leaks;
    /// nothing else happens.)
    pub fn new_var<T: PyPayload>(
        class: &PyRef,
        payload: T,
        item: impl FnMut(usize) -> T::Tail,
    ) -> PyRef {
        let container = crate::objects::trace::Trace::is_gc(&payload);
        PyRef::new_raw_as(class.ptr, payload, container, item)
    }

    /// Allocates an object whose type is itself (only `type`, at bootstrap): the object is
    /// created with a count of 2 — one for the caller, one for its own type pointer.
    pub fn new_self_typed<T: PyPayload>(payload: T) -> PyRef {
        let r = PyRef::alloc_fixed(NonNull::dangling(), T::KIND, payload, 0);
        r.header().refcnt.set(2);
        r.header().ty.set(r.ptr);
        r
    }

    /// Allocates an object whose type is set afterwards by [`PyRef::init_type`]: only
    /// `object`, at bootstrap, which must exist before `type` (its base) can.
    pub fn new_typeless<T: PyPayload>(payload: T) -> PyRef {
        PyRef::alloc_fixed(NonNull::dangling(), T::KIND, payload, 0)
    }

    /// Sets the type of an object made by [`PyRef::new_typeless`], before anything reads it.
    pub fn init_type(&self, class: &PyRef) {
        assert!(
            self.header().ty.get() == NonNull::dangling(),
            "init_type on a typed object"
        );
        incref(class.ptr);
        self.header().ty.set(class.ptr);
    }

    /// Allocates an instance of a builtin subclass: the payload (without tail items) plus an
    /// instance dict (initially `dict`).
    pub fn new_with_dict<T: PyPayload>(class: &PyRef, payload: T, dict: Option<PyRef>) -> PyRef {
        assert_eq!(payload.tail_len(), 0, "new_with_dict makes no tail items");
        incref(class.ptr);
        let payload = WithDict {
            payload,
            dict: RefCell::new(dict),
        };
        let r = PyRef::alloc_fixed(class.ptr, T::KIND, payload, flag::HAS_DICT);
        gc::track_new(&r);
        r
    }

    /// [`PyRef::alloc`] without tail items: `P` is a payload of kind `kind` with an empty
    /// tail, or a `WithDict` of one.
    fn alloc_fixed<P>(ty: NonNull<Header>, kind: Kind, payload: P, flags: u8) -> PyRef {
        PyRef::alloc::<P, tail::NoTail>(ty, kind, payload, 0, |_| {}, flags)
    }

    /// Allocates a new object — header, `payload`, then `n` tail items `I` written by
    /// `write_items` (handed the first item's place) —
    /// with a count of 1 (the type's count is the caller's business), and points a type
    /// object's [`SelfRef`] at itself. `P` is the payload of kind `kind` itself or a
    /// `WithDict` of it (`flags` says which), whose payload sits at the same address; `n` is
    /// what the payload's `tail_len` says.
    fn alloc<P, I>(
        ty: NonNull<Header>,
        kind: Kind,
        payload: P,
        n: usize,
        write_items: impl FnOnce(*mut I),
        flags: u8,
    ) -> PyRef {
        let layout = tail::box_layout::<P, I>(n);
        // SAFETY: the layout is never zero-sized (it holds a header); the GIL is held (every
        // object is made under it) and `free_box` gives the block back with this layout.
        let raw = unsafe { pools::alloc(layout) };
        let Some(boxed) = NonNull::new(raw.cast::<PyBox<P>>()) else {
            std::alloc::handle_alloc_error(layout)
        };
        let header = Header {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
            kind,
            flags: Cell::new(flags),
            gc: Cell::new(gc::UNTRACKED),
        };
        // SAFETY: `raw` is a fresh allocation of `layout`: a `PyBox<P>` at its start, then
        // room for `n` items `I` at `tail_offset` (both suitably aligned: `box_layout`), which
        // `write_items` writes, each once (its promise). Nothing reads the box before it is
        // complete.
        unsafe {
            boxed.as_ptr().write(PyBox { header, payload });
            write_items(raw.add(tail::tail_offset::<P, I>()).cast::<I>());
        }
        let ptr = born(boxed).cast::<Header>();
        if kind == Kind::Type {
            let this = type_self_ref(ptr).cast_mut();
            // SAFETY: the box was made just now and nobody else has its address yet, so
            // this is the only access; `kind` says the payload (or the `WithDict`'s first
            // field, at the same address) is a `TypeObject`, so `this` points at its
            // `SelfRef`, which is written here once and never again.
            unsafe { this.write(SelfRef(ptr)) };
        }
        PyRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    /// The size in bytes of this object's own allocation (header, payload, the dict slot of
    /// a builtin subclass's instance, the tail); heap buffers the payload owns are not
    /// included.
    pub fn box_size(&self) -> usize {
        box_size_of(self)
    }

    /// The instance dict slot of an object allocated by [`PyRef::new_with_dict`].
    #[inline]
    pub fn trailer_dict(&self) -> Option<&RefCell<Option<PyRef>>> {
        trailer_dict_of(self)
    }

    /// Allocates like [`PyRef::new`] but leaves a container untracked: an instance's own
    /// `__dict__`, whose entries the instance reports to the collector itself until the
    /// dict escapes (CPython's inline values, materialized on `__dict__`; see `gc::track`).
    pub fn new_untracked<T: PyPayload>(class: &PyRef, payload: T) -> PyRef {
        PyRef::new_raw_as(class.ptr, payload, false, no_items)
    }

    fn new_raw_as<T: PyPayload>(
        class: NonNull<Header>,
        payload: T,
        container: bool,
        item: impl FnMut(usize) -> T::Tail,
    ) -> PyRef {
        let n = payload.tail_len();
        // The new object owns a reference to its type.
        incref(class);
        let r = PyRef::alloc(class, T::KIND, payload, n, each_item(n, item), 0);
        if container {
            gc::track_new(&r);
        }
        r
    }

    #[inline(always)]
    fn header(&self) -> &Header {
        // SAFETY: a `PyRef` keeps its object alive, so the header is valid for `&self`.
        unsafe { self.ptr.as_ref() }
    }

    #[inline(always)]
    pub fn kind(&self) -> Kind {
        self.header().kind
    }

    /// The object's type object, borrowed (see "The type" in the module docs).
    #[inline(always)]
    pub fn class(&self) -> &PyRef {
        let ty = self.header().ty.get();
        debug_assert!(
            // SAFETY: an object's type is alive (see below).
            unsafe { ty.as_ref() }.kind == Kind::Type,
            "an object's type is a type object"
        );
        let this = type_self_ref(ty);
        // SAFETY: `ty` is a live type object: the object holds a count of its current type,
        // and a type it had before is parked (kept counted) until no borrow like this one
        // can exist (`ParkedTypes`). Its `SelfRef` is a `PyRef`-shaped pointer to itself,
        // written at allocation and never again, so viewing it as a `&PyRef` for as long as
        // `&self` lives is sound, whatever later happens to the header's `ty`. That pointer
        // is `ty` itself, which tells the compiler it need not read it back.
        unsafe {
            std::hint::assert_unchecked((*this).0 == ty);
            &*this.cast::<PyRef>()
        }
    }

    /// `obj.__class__ = class`: makes `class` the object's type (the caller checked that the
    /// layouts agree). The count the object held on its old type moves to `parked`, never
    /// dropped here: Rust code up the stack may hold the old type borrowed from `class()`.
    pub fn set_class(&self, class: &PyRef, parked: &ParkedTypes) {
        incref(class.ptr);
        let old = PyRef {
            ptr: self.header().ty.replace(class.ptr),
            _not_send: PhantomData,
        };
        parked.park(old);
    }

    /// The payload, if this object's payload type is `T`.
    #[inline(always)]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        if self.kind() == T::KIND {
            // SAFETY: `kind` records the payload type the box was allocated with, so this is a
            // `PyBox<T>`; the borrow is tied to `&self`, which keeps the object alive.
            Some(unsafe { &(*(self.ptr.as_ptr() as *const PyBox<T>)).payload })
        } else {
            None
        }
    }

    /// The payload and its tail items, if this object's payload type is `T` (see `tail`).
    #[inline(always)]
    pub fn downcast_var<T: PyPayload>(&self) -> Option<(&T, &[T::Tail])> {
        let payload = self.downcast::<T>()?;
        let n = payload.tail_len();
        let at = if self.header().flags.get() & flag::HAS_DICT != 0 {
            tail::tail_offset::<WithDict<T>, T::Tail>()
        } else {
            tail::tail_offset::<T, T::Tail>()
        };
        // SAFETY: `kind` and `HAS_DICT` record the box's layout (`alloc`): its `n` items,
        // `n` as the payload records it, are initialised at this offset; the borrow is tied
        // to `&self`, which keeps the object alive, and the items are never moved or
        // dropped while it lives.
        let items = unsafe {
            let start = self.ptr.as_ptr().cast::<u8>().add(at).cast::<T::Tail>();
            std::slice::from_raw_parts(start, n)
        };
        Some((payload, items))
    }

    /// Whether the payload type is `T`.
    #[inline(always)]
    pub fn is<T: PyPayload>(&self) -> bool {
        self.kind() == T::KIND
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn ptr_eq(&self, other: &PyRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address, used for `id()` and identity-keyed tables.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// The current reference count.
    pub fn refcount(&self) -> usize {
        self.header().refcnt.get()
    }

    pub fn flags(&self) -> u8 {
        self.header().flags.get()
    }

    pub fn set_flag(&self, bit: u8) {
        let h = self.header();
        h.flags.set(h.flags.get() | bit);
    }

    pub fn clear_flag(&self, bit: u8) {
        let h = self.header();
        h.flags.set(h.flags.get() & !bit);
    }
}

/// A type object's uncounted pointer to itself (`TypeObject::this`), which
/// [`PyRef::class`] lends out as a `&PyRef` (see "The type" in the module docs). Made
/// [`SelfRef::unset`]; the allocation points it at the type before anyone sees the type.
#[repr(transparent)]
pub struct SelfRef(NonNull<Header>);

impl SelfRef {
    pub const fn unset() -> SelfRef {
        SelfRef(NonNull::dangling())
    }

    /// A counted reference to the type this is the self-pointer of (`None` while the type
    /// is being built, before its allocation points this at it).
    pub fn get(&self) -> Option<PyRef> {
        if self.0 == NonNull::dangling() {
            return None;
        }
        // (sound: a set `SelfRef` lives in the payload of the type object it points at, and
        // is reached through a borrow of that payload, so the type is alive)
        incref(self.0);
        Some(PyRef {
            ptr: self.0,
            _not_send: PhantomData,
        })
    }
}

// `class()` views a `SelfRef` as a `PyRef`.
const _: () = assert!(
    std::mem::size_of::<SelfRef>() == std::mem::size_of::<PyRef>()
        && std::mem::align_of::<SelfRef>() == std::mem::align_of::<PyRef>()
);

/// Where the `SelfRef` of the type object at `ty` is.
#[inline(always)]
fn type_self_ref(ty: NonNull<Header>) -> *const SelfRef {
    const AT: usize =
        std::mem::offset_of!(PyBox<crate::objects::classes::typeobj::TypeObject>, payload)
            + std::mem::offset_of!(crate::objects::classes::typeobj::TypeObject, this);
    ty.as_ptr().cast::<u8>().wrapping_add(AT).cast::<SelfRef>()
}

/// The types objects had before a `__class__` assignment, each kept counted once until
/// [`ParkedTypes::release`] (see "The type" in the module docs). One per interpreter;
/// touched only under the GIL.
#[derive(Default)]
pub struct ParkedTypes {
    types: RefCell<Vec<PyRef>>,
    addrs: RefCell<std::collections::HashSet<usize>>,
}

impl ParkedTypes {
    fn park(&self, old: PyRef) {
        if self.addrs.borrow_mut().insert(old.addr()) {
            self.types.borrow_mut().push(old);
        }
        // (else `old` goes: the parked count of the same type keeps it alive)
    }

    /// How many types are parked.
    pub fn len(&self) -> usize {
        self.types.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drops the parked references, oldest first. Call only where no Rust code can hold a
    /// type borrowed from [`PyRef::class`]: at interpreter shutdown, from the top of the main
    /// thread's stack, after every other thread has stopped for good.
    pub fn release(&self) {
        let types = std::mem::take(&mut *self.types.borrow_mut());
        self.addrs.borrow_mut().clear();
        for t in types {
            drop(t);
        }
    }
}

#[inline(always)]
fn incref(ptr: NonNull<Header>) {
    debug_assert!(
        crate::gil::held_by_this_thread(),
        "refcount incremented without holding the GIL"
    );
    // SAFETY: callers hold a reference keeping the object alive.
    let h = unsafe { ptr.as_ref() };
    h.refcnt.set(h.refcnt.get() + 1);
}

/// An uncounted reference recorded by an inline cache (see `vm::quicken`): the object's
/// address, which the cache may turn back into a reference only while the guard it was
/// recorded under (a type's version tag, say) still holds — the guard is what proves the
/// object alive. Caches hold these rather than counted references so that they keep nothing
/// alive and hide nothing from the cycle collector.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Borrowed(NonNull<Header>);

impl Borrowed {
    pub fn of(r: &PyRef) -> Borrowed {
        Borrowed(r.ptr)
    }

    /// A counted reference to the object.
    ///
    /// # Safety
    /// The object must be alive: the guard the reference was recorded under must hold.
    #[inline(always)]
    pub unsafe fn to_ref(self) -> PyRef {
        incref(self.0);
        PyRef {
            ptr: self.0,
            _not_send: PhantomData,
        }
    }
}

/// `Value::clone`: one test for a reference to count, then a copy of the value's two words
/// (no branch per kind of immediate on the hottest path of the eval loop).
#[inline(always)]
pub(crate) fn clone_value(v: &crate::objects::Value) -> crate::objects::Value {
    if let crate::objects::Value::Obj(o) = v {
        incref(o.ptr);
    }
    // SAFETY: an `Obj` has just had the count for the copy taken; every other variant is
    // plain data that owns nothing, so a bitwise copy is a valid, independent value. It is
    // copied as two words (a `Value` is two: tag and payload), as values are written — one
    // 16-byte load of two 8-byte stores just made would stall on store forwarding. The
    // payload word of `Null`/`None` may be uninitialised: it is read as `MaybeUninit`.
    unsafe {
        let p = v as *const crate::objects::Value as *const std::mem::MaybeUninit<u64>;
        let words = [p.read(), p.add(1).read()];
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], crate::objects::Value>(words)
    }
}

impl Clone for PyRef {
    #[inline(always)]
    fn clone(&self) -> Self {
        incref(self.ptr);
        PyRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl Drop for PyRef {
    #[inline(always)]
    fn drop(&mut self) {
        debug_assert!(
            crate::gil::held_by_this_thread(),
            "refcount decremented without holding the GIL"
        );
        let h = self.header();
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            dealloc(self.ptr);
        }
    }
}

impl std::fmt::Debug for PyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{:?} object at {:#x}>", self.kind(), self.addr())
    }
}

/// How deep deallocation may recurse before frees are queued (see the module docs).
pub const TRASHCAN_DEPTH: u32 = 64;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED_FREES: RefCell<Vec<NonNull<Header>>> = const { RefCell::new(Vec::new()) };
}

/// Objects whose count reached zero and whose `__del__` must run before they are freed
/// (see [`take_pending_finalizers`]). One queue for the process: whichever thread reaches a
/// safepoint first runs them (in practice the thread that dropped the reference, since the
/// safepoint right after its instruction comes before any GIL hand-over), and nothing is
/// stranded when a thread ends.
static PENDING_FINALIZERS: GilStatic<RefCell<Vec<PyRef>>> =
    GilStatic::new(RefCell::new(Vec::new()));

/// The objects waiting for their `__del__`, oldest first. Each is owned by the returned
/// vector (its count is 1 again): dropping one after its `__del__` frees it, unless the
/// finalizer stored a new reference to it (resurrection).
///
/// A decrement has no VM at hand to run Python code with, so the last decrement of an object
/// whose type has a finalizer does not free it: it marks it [`flag::FINALIZED`] (PEP 442: at
/// most once), queues it here and raises the eval-breaker, and the eval loop runs the
/// finalizer at its next instruction boundary — before any later instruction of the code
/// that dropped the reference can observe the difference.
pub fn take_pending_finalizers() -> Vec<PyRef> {
    std::mem::take(&mut *PENDING_FINALIZERS.get(crate::gil::token()).borrow_mut())
}

/// Whether an object whose count just reached zero needs its `__del__` first.
#[inline]
fn wants_finalizer(h: &Header) -> bool {
    // SAFETY: an object keeps its type alive, so the type's header is valid here.
    let ty = unsafe { h.ty.get().as_ref() };
    ty.flags.get() & flag::HAS_FINALIZER != 0 && h.flags.get() & flag::FINALIZED == 0
}

#[cold]
#[inline(never)]
fn dealloc(ptr: NonNull<Header>) {
    // SAFETY: the count just reached zero; the header stays valid until `free_one`.
    let h = unsafe { ptr.as_ref() };
    if wants_finalizer(h) {
        h.flags.set(h.flags.get() | flag::FINALIZED);
        h.refcnt.set(1);
        let owned = PyRef {
            ptr,
            _not_send: PhantomData,
        };
        PENDING_FINALIZERS
            .get(crate::gil::token())
            .borrow_mut()
            .push(owned);
        crate::gil::EVAL_BREAKER.fetch_or(
            crate::gil::breaker::FINALIZE,
            std::sync::atomic::Ordering::Relaxed,
        );
        return;
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        DEFERRED_FREES.with(|q| q.borrow_mut().push(ptr));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    free_one(ptr);
    if depth == 0 {
        // The outermost deallocation drains what deeper ones queued; each drained free runs
        // at depth 1 again, so the queue, not the Rust stack, holds the long chains.
        while let Some(next) = DEFERRED_FREES.with(|q| q.borrow_mut().pop()) {
            free_one(next);
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// Heap objects allocated and not yet freed (`-X leakcheck`), and, under `-X showrefcount`,
/// the registry of their addresses (to sum their counts at exit). Touched only by the thread
/// holding the GIL.
struct LiveObjects {
    count: Cell<isize>,
    registry_on: Cell<bool>,
    registry: RefCell<Option<std::collections::HashSet<usize>>>,
}

// SAFETY: every access happens under the GIL, so the cells are never used by two threads at
// once: `born` and `free_one` run only as an object is made or freed (which requires the GIL,
// like every count change, asserted in debug builds), and the public readers below take the
// checked `gil::token()`. Not a `GilStatic`: a token check on every allocation and free
// would buy nothing over that.
unsafe impl Sync for LiveObjects {}

static LIVE_OBJECTS: LiveObjects = LiveObjects {
    count: Cell::new(0),
    registry_on: Cell::new(false),
    registry: RefCell::new(None),
};

/// Counts a new allocation (every constructor passes its box through here).
#[inline(always)]
fn born<T>(ptr: NonNull<T>) -> NonNull<T> {
    LIVE_OBJECTS.count.set(LIVE_OBJECTS.count.get() + 1);
    if LIVE_OBJECTS.registry_on.get() {
        register(ptr.as_ptr() as usize, true);
    }
    ptr
}

#[cold]
fn register(addr: usize, alive: bool) {
    if let Some(r) = LIVE_OBJECTS.registry.borrow_mut().as_mut() {
        if alive {
            r.insert(addr);
        } else {
            r.remove(&addr);
        }
    }
}

/// How many heap objects are alive.
pub fn live_objects() -> isize {
    let _gil = crate::gil::token();
    LIVE_OBJECTS.count.get()
}

/// `-X showrefcount`: from now on every allocation is registered, so that
/// [`refs_and_blocks`] can sum the counts of the live objects. Call before any object exists
/// (the objects made earlier are not counted).
pub fn enable_object_registry() {
    let _gil = crate::gil::token();
    *LIVE_OBJECTS.registry.borrow_mut() = Some(std::collections::HashSet::new());
    LIVE_OBJECTS.registry_on.set(true);
}

/// The total of the reference counts of the registered live objects and their number
/// (CPython debug build's `[N refs, M blocks]`), or `None` without `-X showrefcount`.
pub fn refs_and_blocks() -> Option<(usize, usize)> {
    let _gil = crate::gil::token();
    let registry = LIVE_OBJECTS.registry.borrow();
    let r = registry.as_ref()?;
    let refs = r
        .iter()
        // SAFETY: an address is in the registry from its allocation until `free_one`
        // removes it, so it points at a live header.
        .map(|&a| unsafe { (*(a as *const Header)).refcnt.get() })
        .sum();
    Some((refs, r.len()))
}

/// The writer of `n` tail items made by `item` (for [`PyRef::alloc`]).
fn each_item<I>(n: usize, mut item: impl FnMut(usize) -> I) -> impl FnOnce(*mut I) {
    move |items| {
        for i in 0..n {
            // SAFETY: `alloc` hands over room for `n` items; each is written once.
            unsafe { items.add(i).write(item(i)) };
        }
    }
}

/// The item maker of an object without tail items (never called).
fn no_items<I>(_: usize) -> I {
    unreachable!("an object without tail items")
}

/// Drops the `PyBox<P>` at `ptr` and its `n` tail items `I`, and frees its memory.
///
/// # Safety
/// `ptr` must be an unreferenced box that `PyRef::alloc` made with this `P`, `I` and `n`;
/// nothing may use it afterwards.
unsafe fn free_box<P, I: tail::TailItem>(ptr: NonNull<Header>, n: usize) {
    let layout = tail::box_layout::<P, I>(n);
    // SAFETY: the caller guarantees the layout; the payload goes first (it may read
    // nothing of the tail while dropping: payloads reach their tails only through a
    // `PyRef`, and none is left — a str's `Text` points into its tail but reads nothing when
    // dropped; a tuple's `Items` neither), then the items, each once, in the order their
    // type asks for, then the memory.
    unsafe {
        std::ptr::drop_in_place(ptr.as_ptr().cast::<PyBox<P>>());
        let items = ptr
            .as_ptr()
            .cast::<u8>()
            .add(tail::tail_offset::<P, I>())
            .cast::<I>();
        if I::LAST_FIRST {
            for i in (0..n).rev() {
                std::ptr::drop_in_place(items.add(i));
            }
        } else {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, n));
        }
        pools::dealloc(ptr.as_ptr().cast::<u8>(), layout);
    }
}

fn free_one(ptr: NonNull<Header>) {
    LIVE_OBJECTS.count.set(LIVE_OBJECTS.count.get() - 1);
    if LIVE_OBJECTS.registry_on.get() {
        register(ptr.as_ptr() as usize, false);
    }
    // SAFETY: the count reached zero, so nothing else refers to the object; `ty` is read before
    // the box is freed.
    let ty = unsafe { ptr.as_ref().ty.get() };
    // SAFETY: as above.
    if unsafe { ptr.as_ref() }.flags.get() & flag::HAS_WEAKREFS != 0 {
        // Before the payload goes: no weakref may see a freed object.
        weak::clear_refs(ptr, &|_| false);
    }
    // SAFETY: as above.
    gc::untrack_freed(unsafe { ptr.as_ref() });
    // SAFETY: as above; the box was allocated by `PyRef::alloc` with this kind.
    unsafe { free_object(ptr) };
    // Drop the object's reference to its type last: the payload may have needed it.
    drop(PyRef {
        ptr: ty,
        _not_send: PhantomData,
    });
}

/// A value that may cross to another thread (a thread's start arguments, its result) even
/// though it holds references. It can only be opened by a thread that holds the GIL.
pub struct SendBox<T>(T);

impl<T> SendBox<T> {
    /// Wraps a value; the caller holds the GIL.
    pub fn new(value: T) -> Self {
        debug_assert!(crate::gil::held_by_this_thread());
        SendBox(value)
    }

    /// Unwraps the value. Panics (a bug, not a script error) if this thread lacks the GIL.
    pub fn open(self) -> T {
        assert!(
            crate::gil::held_by_this_thread(),
            "SendBox opened without the GIL"
        );
        self.0
    }
}

// SAFETY: the references inside are only touched by `new` and `open`, both of which require
// the GIL, so their non-atomic counts are never changed by two threads at once.
unsafe impl<T> Send for SendBox<T> {}

/// A value carried across a GIL release ([`crate::gil::allow_threads`]) although it is not
/// `Send`: the stdout lock held while a blocking write runs, a file or line editor used by the
/// blocking call. The one exception to "what crosses the release is `Send`", so each use
/// says why it is sound.
pub struct AssertUngil<T>(T);

impl<T> AssertUngil<T> {
    /// Wraps a value to use while the GIL is released.
    ///
    /// # Safety
    /// Nothing reachable from `value` may touch a reference count, a `GilStatic` or any other
    /// state the GIL guards while the GIL is released, and the value must be usable from the
    /// thread that made it only (it never leaves it: `allow_threads` runs its closure on the
    /// calling thread).
    #[inline(always)]
    pub unsafe fn new(value: T) -> Self {
        AssertUngil(value)
    }

    /// The value, inside the release.
    #[inline(always)]
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.0
    }

    /// Unwraps the value.
    #[inline(always)]
    pub fn into_inner(self) -> T {
        self.0
    }
}

// SAFETY: `new`'s contract: the value stays on its thread (allow_threads runs the closure
// where it was called) and touches nothing the GIL guards while the GIL is released.
unsafe impl<T> Send for AssertUngil<T> {}

/// Process-wide immortal data holding references (the builtin type table, interned strings,
/// the collector's state): created once and thereafter only read or mutated under the GIL,
/// which [`GilStatic::get`] proves by its token. Lazily made data is a
/// `GilStatic<OnceCell<T>>`: the token is checked before the cell is initialised too.
pub struct GilStatic<T>(T);

impl<T> GilStatic<T> {
    pub const fn new(value: T) -> Self {
        GilStatic(value)
    }

    /// Borrows the contents; the token proves this thread holds the GIL.
    #[inline(always)]
    pub fn get(&self, _gil: crate::gil::Gil<'_>) -> &T {
        &self.0
    }
}

// SAFETY: every access goes through `get`, which takes a `Gil` token, so the `Cell` counts,
// `RefCell`s and `OnceCell`s inside are only used by the one thread holding the GIL. A
// `GilStatic` is never moved between threads (it is only ever a `static`), so it needs no
// `Send`.
unsafe impl<T> Sync for GilStatic<T> {}
