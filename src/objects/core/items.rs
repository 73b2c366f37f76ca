//! The items of a tuple: `Value`s in the tuple's own tail, so that a tuple is one allocation.
//!
//! As with a str's `text::Text`, the payload cannot find its tail by itself (a builtin
//! subclass's instance is a `WithDict` box, whose tail starts further on: see `tail`), so
//! an [`Items`] records where its values are. [`PyRef::new_items`] moves the values into
//! the tail and then points the payload's `Items` at them; objects never move, so the
//! pointer stays valid for the object's life, and the values are never changed (a tuple is
//! immutable). Until it is attached an `Items` shows no values (a dangling pointer and a
//! length of 0: a valid empty slice), so reading one is two loads and no test — what every
//! tuple access on the eval loop's fast paths needs.
//!
//! The tail's `Value`s are traversed and released last to first (CPython's order for a
//! tuple's items, visible in `gc.get_referents` and in the order of `__del__` calls): see
//! [`TailItem::LAST_FIRST`].

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::tail::TailItem;
use super::{flag, Kind, PyBox, PyPayload, PyRef, WithDict};
use crate::objects::Value;

/// Where a tuple's items are (see the module docs). Derefs to the items.
pub struct Items {
    /// The first item once attached; dangling (with `shown` 0) until then.
    ptr: Cell<NonNull<Value>>,
    /// How many items `ptr` shows: 0 until attached, then `len`.
    shown: Cell<usize>,
    /// The number of items in the object's tail (never changed).
    len: usize,
}

/// A payload whose items live in its tail ([`PyRef::new_items`]).
pub trait HasItems: PyPayload<Tail = Value> {
    fn items(&self) -> &Items;
}

impl Items {
    /// The items of an object whose `len` values will be its tail: shows none until
    /// [`PyRef::new_items`] attaches them.
    pub const fn tail(len: usize) -> Items {
        Items {
            ptr: Cell::new(NonNull::dangling()),
            shown: Cell::new(0),
            len,
        }
    }

    /// The number of values in the object's tail.
    #[inline(always)]
    pub fn tail_len(&self) -> usize {
        self.len
    }

    /// Points these items at `values`, the tail `new_items` just wrote.
    fn attach(&self, values: &[Value]) {
        assert!(self.shown.get() == 0 && values.len() == self.len);
        if let Some(p) = NonNull::new(values.as_ptr().cast_mut()) {
            self.ptr.set(p);
            self.shown.set(values.len());
        }
    }
}

impl std::ops::Deref for Items {
    type Target = [Value];

    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: until `attach`, `ptr` is dangling and `shown` 0: an empty slice. After it,
        // `ptr` and `shown` are those of the values `new_items` wrote into the tail of the
        // object whose payload holds this `Items` (checked there); that tail lives, unmoved
        // and never changed, as long as the object, and so as long as `&self`.
        unsafe { std::slice::from_raw_parts(self.ptr.get().as_ptr(), self.shown.get()) }
    }
}

impl TailItem for Value {
    const LAST_FIRST: bool = true;
    fn trace_item(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Value::Obj(o) = self {
            visit(o);
        }
    }
    // (no `clear_item`: a tuple is immutable, and, as in CPython, the collector breaks
    // cycles through tuples by clearing the other objects in them)
}

impl PyRef {
    /// Allocates a tuple-like object of type `class` whose items, `values`, are its tail: one
    /// allocation. `payload` holds an [`Items::tail`] of `values.len()`.
    #[inline]
    pub fn new_items<T: HasItems>(class: &PyRef, payload: T, values: Vec<Value>) -> PyRef {
        let container = crate::objects::trace::Trace::is_gc(&payload);
        let r = PyRef::alloc_items(
            class,
            T::KIND,
            payload.items().tail_len(),
            payload,
            values,
            0,
        );
        if container {
            super::gc::track_new(&r);
        }
        PyRef::attach_items::<T>(r)
    }

    /// [`PyRef::new_items`] with the items cloned from a slice (counted copies: the caller
    /// keeps its own) — no vector in between (`BUILD_TUPLE` from the operand stack).
    pub fn new_items_cloned<T: HasItems>(class: &PyRef, payload: T, values: &[Value]) -> PyRef {
        let container = crate::objects::trace::Trace::is_gc(&payload);
        let n = payload.items().tail_len();
        assert_eq!(values.len(), n, "a tuple's tail holds its items");
        super::incref(class.ptr);
        let r = PyRef::alloc(
            class.ptr,
            T::KIND,
            payload,
            n,
            |items: *mut Value| {
                for (i, v) in values.iter().enumerate() {
                    // SAFETY: `alloc` hands over room for `n` values, each written once here.
                    unsafe { items.add(i).write(v.clone()) };
                }
            },
            0,
        );
        if container {
            super::gc::track_new(&r);
        }
        PyRef::attach_items::<T>(r)
    }

    /// [`PyRef::new_items`] for an instance of a builtin subclass with an instance dict
    /// (initially `dict`; see `PyRef::new_with_dict`).
    pub fn new_items_with_dict<T: HasItems>(
        class: &PyRef,
        payload: T,
        values: Vec<Value>,
        dict: Option<PyRef>,
    ) -> PyRef {
        let n = payload.items().tail_len();
        let payload = WithDict {
            payload,
            dict: RefCell::new(dict),
        };
        let r = PyRef::alloc_items(class, T::KIND, n, payload, values, flag::HAS_DICT);
        super::gc::track_new(&r);
        PyRef::attach_items::<T>(r)
    }

    /// Allocates `payload` (a `HasItems` payload of kind `kind` with `n` tail items, or a
    /// `WithDict` of one: `flags` says which) with `values` moved into its tail.
    #[inline(always)]
    fn alloc_items<P>(
        class: &PyRef,
        kind: Kind,
        n: usize,
        payload: P,
        mut values: Vec<Value>,
        flags: u8,
    ) -> PyRef {
        assert_eq!(values.len(), n, "a tuple's tail holds its items");
        super::incref(class.ptr);
        PyRef::alloc(
            class.ptr,
            kind,
            payload,
            n,
            |items: *mut Value| {
                // SAFETY: `alloc` hands over room for `n` values; the `n` values of the
                // vector are moved there bitwise, and the vector, emptied without dropping
                // them, keeps only its buffer to free.
                unsafe {
                    std::ptr::copy_nonoverlapping(values.as_ptr(), items, n);
                    values.set_len(0);
                }
            },
            flags,
        )
    }

    /// Points the new object's `Items` at the values `alloc_items` moved into its tail.
    #[inline(always)]
    fn attach_items<T: HasItems>(r: PyRef) -> PyRef {
        let (payload, values) = r.downcast_var::<T>().expect("the kind just allocated");
        let items = payload.items();
        // The `Items` must be the payload's own (a pointer into this object stored anywhere
        // else could outlive it).
        let start = r.ptr.as_ptr() as usize;
        let at = items as *const Items as usize;
        assert!(at >= start && at < start + std::mem::size_of::<PyBox<T>>());
        items.attach(values);
        r
    }
}
