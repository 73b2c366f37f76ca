//! The text of a str: UTF-8 bytes in the str's own tail, so that a str is one allocation, or
//! in a heap buffer the text owns (a str being built by `+=`).
//!
//! A payload cannot find its tail by itself (a builtin subclass's instance is a `WithDict`
//! box, whose tail starts further on: see `tail`), so a [`Text`] records where its bytes are:
//! a pointer and a length. For a tail, the pointer is set by [`PyRef::new_text`] right after
//! the object is allocated, from the bytes it copied there; objects never move, so it stays
//! valid for the object's life. For a heap buffer it is the buffer's start once the text is
//! fixed. Until then (a tail not yet attached, a buffer still growing) the pointer is null
//! and [`Text::get`] says so: nothing can borrow bytes that may still change.
//!
//! Reading the text is one load, one test and the length: what `StrObj::as_str` needs on
//! every path that looks at a str.

use std::cell::{Cell, RefCell};
use std::ptr;

use super::{flag, Kind, PyBox, PyPayload, PyRef, WithDict};

/// Where a str's bytes are (see the module docs).
pub struct Text {
    /// The first byte of the fixed text; null while there is none to read (a tail not yet
    /// attached, a buffer being built).
    ptr: Cell<*const u8>,
    /// The length in bytes: of the tail (the object's tail length, never changed), or of the
    /// buffer.
    len: Cell<usize>,
    /// The heap buffer this text owns (a leaked `Box<String>`); null: the bytes are in the
    /// object's tail.
    heap: Cell<*mut String>,
}

/// A payload whose text may live in its tail ([`PyRef::new_text`]).
pub trait HasText: PyPayload<Tail = u8> {
    fn text(&self) -> &Text;
}

impl Text {
    /// The text of an object whose `len` bytes will be its tail: read nothing until
    /// [`PyRef::new_text`] attaches it.
    pub const fn tail(len: usize) -> Text {
        Text {
            ptr: Cell::new(ptr::null()),
            len: Cell::new(len),
            heap: Cell::new(ptr::null_mut()),
        }
    }

    /// A text in a heap buffer, growable by [`Text::push`] until [`Text::fix`].
    pub fn building(buf: String) -> Text {
        Text {
            ptr: Cell::new(ptr::null()),
            len: Cell::new(buf.len()),
            heap: Cell::new(Box::into_raw(Box::new(buf))),
        }
    }

    /// The number of tail bytes the object has (0 when the text is in a heap buffer).
    #[inline(always)]
    pub fn tail_len(&self) -> usize {
        if self.heap.get().is_null() {
            self.len.get()
        } else {
            0
        }
    }

    /// The text, unless it is still being built (or a tail not yet attached).
    #[inline(always)]
    pub fn get(&self) -> Option<&str> {
        let p = self.ptr.get();
        if p.is_null() {
            return None;
        }
        // SAFETY: a non-null `ptr` was set by `attach` (to `len` bytes copied from a `&str`
        // into this object's own tail, which lives, unmoved and unchanged, as long as the
        // object that holds this `Text`) or by `fix` (to the heap buffer this `Text` owns,
        // `len` bytes of a `String`, which nothing changes or frees while `ptr` is set: `push`
        // needs a null `ptr`, and the buffer is freed only when the `Text` is dropped). The
        // borrow is tied to `&self`.
        Some(unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, self.len.get()))
        })
    }

    /// Whether the text is in a heap buffer that can still grow.
    #[inline]
    pub fn is_building(&self) -> bool {
        self.ptr.get().is_null() && !self.heap.get().is_null()
    }

    /// Appends `s` to a text being built; says whether it was one.
    pub fn push(&self, s: &str) -> bool {
        if !self.is_building() {
            return false;
        }
        // SAFETY: `heap` is the `Box<String>` this `Text` owns; with `ptr` null no borrow of
        // its bytes exists (`get` hands out none), and this mutable borrow ends here.
        let buf = unsafe { &mut *self.heap.get() };
        buf.push_str(s);
        self.len.set(buf.len());
        true
    }

    /// Ends building: the buffer (trimmed to its length) is the text from now on. A no-op
    /// for any other text.
    pub fn fix(&self) {
        if !self.is_building() {
            return;
        }
        // SAFETY: as in `push`: no borrow of the buffer exists while `ptr` is null.
        let buf = unsafe { &mut *self.heap.get() };
        buf.shrink_to_fit();
        self.len.set(buf.len());
        // (a `String`'s pointer is never null, even when it is empty)
        self.ptr.set(buf.as_ptr());
    }

    /// The bytes of the heap buffer this text owns (its capacity and the `String`), 0 for a
    /// text in the tail.
    pub fn heap_size(&self) -> usize {
        let heap = self.heap.get();
        if heap.is_null() {
            return 0;
        }
        // SAFETY: `heap` is the live `Box<String>` this `Text` owns; reading its capacity
        // overlaps no mutable borrow (those live only inside `push` and `fix`).
        std::mem::size_of::<String>() + unsafe { (*heap).capacity() }
    }

    /// Points a tail text at its bytes, `items`, which `new_text` copied from a `&str` into
    /// the tail of the object whose payload holds this `Text`.
    fn attach(&self, items: &[u8]) {
        assert!(self.heap.get().is_null() && items.len() == self.len.get());
        self.ptr.set(items.as_ptr());
    }
}

impl Drop for Text {
    fn drop(&mut self) {
        let heap = self.heap.get();
        if !heap.is_null() {
            // SAFETY: `heap` came from `Box::into_raw` in `Text::building` and is freed only here.
            drop(unsafe { Box::from_raw(heap) });
        }
    }
}

impl PyRef {
    /// Allocates a str-like object of type `class` whose text — the concatenation of
    /// `parts` — is its tail: one allocation. `payload` holds a [`Text::tail`] of the parts'
    /// total length.
    #[inline]
    pub fn new_text<T: HasText>(class: &PyRef, payload: T, parts: &[&str]) -> PyRef {
        let r = PyRef::alloc_text(class, payload, parts, 0);
        PyRef::attach_text::<T>(r)
    }

    /// [`PyRef::new_text`] for an instance of a builtin subclass with an instance dict
    /// (initially `dict`; see `PyRef::new_with_dict`).
    pub fn new_text_with_dict<T: HasText>(
        class: &PyRef,
        payload: T,
        parts: &[&str],
        dict: Option<PyRef>,
    ) -> PyRef {
        let payload = WithDict {
            payload,
            dict: RefCell::new(dict),
        };
        let r = PyRef::alloc_text(class, payload, parts, flag::HAS_DICT);
        super::gc::track_new(&r);
        PyRef::attach_text::<T>(r)
    }

    /// Allocates `payload` (a `HasText` payload whose tail holds the parts, or a `WithDict`
    /// of one: `flags` says which) with the parts copied into its tail.
    #[inline(always)]
    fn alloc_text<P: TailLen>(class: &PyRef, payload: P, parts: &[&str], flags: u8) -> PyRef {
        let n: usize = parts.iter().map(|p| p.len()).sum();
        assert_eq!(payload.len_of_tail(), n, "a text's tail holds its parts");
        super::incref(class.ptr);
        PyRef::alloc(
            class.ptr,
            P::KIND,
            payload,
            n,
            |items: *mut u8| {
                let mut at = 0;
                for p in parts {
                    // SAFETY: `alloc` hands over room for `n` bytes, the parts' total, of
                    // which this writes each once, in order.
                    unsafe { ptr::copy_nonoverlapping(p.as_ptr(), items.add(at), p.len()) };
                    at += p.len();
                }
            },
            flags,
        )
    }

    /// Points the new object's `Text` at the bytes `alloc_text` copied into its tail.
    #[inline(always)]
    fn attach_text<T: HasText>(r: PyRef) -> PyRef {
        let (payload, items) = r.downcast_var::<T>().expect("the kind just allocated");
        let text = payload.text();
        // The `Text` must be the payload's own (a pointer into this object stored anywhere
        // else could outlive it).
        let start = r.ptr.as_ptr() as usize;
        let at = text as *const Text as usize;
        assert!(at >= start && at < start + std::mem::size_of::<PyBox<T>>());
        text.attach(items);
        r
    }
}

/// The tail length and kind of a text payload or of a `WithDict` of one.
trait TailLen {
    const KIND: Kind;
    fn len_of_tail(&self) -> usize;
}

impl<T: HasText> TailLen for T {
    const KIND: Kind = T::KIND;
    fn len_of_tail(&self) -> usize {
        self.tail_len()
    }
}

impl<T: HasText> TailLen for WithDict<T> {
    const KIND: Kind = T::KIND;
    fn len_of_tail(&self) -> usize {
        self.payload.tail_len()
    }
}
