//! The text of a str: UTF-8 bytes in the str's own tail, so that a str is one allocation, or
//! in a heap buffer the text owns (a str being built by `+=`).
//!
//! A payload cannot find its tail by itself (a builtin subclass's instance is a `WithDict`
//! box, whose tail starts further on: see `tail`), so a [`Text`] records where its bytes are:
//! a pointer and a length — two words, the top two bits of the length saying which state
//! the text is in:
//! - **tail** (no bit): the pointer is set by [`PyRef::new_text`] right after the object is
//!   allocated, from the bytes it copied there; objects never move, so it stays valid for
//!   the object's life. Until then the text is `BUILDING` and unreadable.
//! - **building** (`HEAP | BUILDING`): the pointer is a leaked `Box<String>` the text owns,
//!   growable by [`Text::push`]; nothing can borrow bytes that may still change.
//! - **fixed heap** (`HEAP`): [`Text::fix`] turned the buffer into an exact-size `Box<str>`
//!   whose start the pointer is; it is freed with the `Text`.
//!
//! Reading the text is one load of the length, one test and the pointer: what
//! `StrObj::as_str` needs on every path that looks at a str.

use std::cell::{Cell, RefCell};
use std::ptr;

use super::{flag, Kind, PyBox, PyPayload, PyRef, WithDict};

/// The bytes are a heap buffer this text owns.
const HEAP: usize = 1 << (usize::BITS - 1);
/// The text cannot be read yet: a tail not yet attached, or a buffer being built.
const BUILDING: usize = 1 << (usize::BITS - 2);
/// The bits of `Text::len` that hold the length.
const LEN_MASK: usize = !(HEAP | BUILDING);

/// Where a str's bytes are (see the module docs).
pub struct Text {
    /// The first byte of the text (tail, fixed heap), the `Box<String>` (building), or null
    /// (a tail not yet attached).
    ptr: Cell<*const u8>,
    /// The length in bytes, with the state bits [`HEAP`] and [`BUILDING`].
    len: Cell<usize>,
}

/// A payload whose text may live in its tail ([`PyRef::new_text`]).
pub trait HasText: PyPayload<Tail = u8> {
    fn text(&self) -> &Text;
}

impl Text {
    /// The text of an object whose `len` bytes will be its tail: read nothing until
    /// [`PyRef::new_text`] attaches it.
    pub const fn tail(len: usize) -> Text {
        assert!(len & !LEN_MASK == 0, "a str's length fits its bits");
        Text {
            ptr: Cell::new(ptr::null()),
            len: Cell::new(len | BUILDING),
        }
    }

    /// A text in a heap buffer, growable by [`Text::push`] until [`Text::fix`].
    pub fn building(buf: String) -> Text {
        let len = buf.len();
        Text {
            ptr: Cell::new(Box::into_raw(Box::new(buf)).cast::<u8>()),
            len: Cell::new(len | HEAP | BUILDING),
        }
    }

    /// The number of tail bytes the object has (0 when the text is in a heap buffer).
    #[inline(always)]
    pub fn tail_len(&self) -> usize {
        let len = self.len.get();
        if len & HEAP != 0 {
            0
        } else {
            len & LEN_MASK
        }
    }

    /// The text, unless it is still being built (or a tail not yet attached).
    #[inline(always)]
    pub fn get(&self) -> Option<&str> {
        let len = self.len.get();
        if len & BUILDING != 0 {
            return None;
        }
        // SAFETY: a readable text's pointer was set by `attach` (to `len` bytes copied from a
        // `&str` into this object's own tail, which lives, unmoved and unchanged, as long as
        // the object that holds this `Text`) or by `fix` (to the `Box<str>` of `len` bytes this
        // `Text` owns, which nothing changes and which is freed only when the `Text` is
        // dropped). The borrow is tied to `&self`.
        Some(unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.get(), len & !HEAP))
        })
    }

    /// Whether the text is in a heap buffer that can still grow.
    #[inline]
    pub fn is_building(&self) -> bool {
        self.len.get() & (HEAP | BUILDING) == HEAP | BUILDING
    }

    /// The buffer of a text being built.
    ///
    /// # Safety
    /// The text is building (`is_building`), and no other borrow of the buffer is alive
    /// while the returned one is (`get` hands none out while the text is building).
    #[allow(clippy::mut_from_ref)]
    unsafe fn buffer(&self) -> &mut String {
        // SAFETY: while building, `ptr` is the `Box<String>` this `Text` owns (the caller's
        // promise), borrowed nowhere else.
        unsafe { &mut *(self.ptr.get() as *mut String) }
    }

    /// Appends `s` to a text being built; says whether it was one.
    pub fn push(&self, s: &str) -> bool {
        if !self.is_building() {
            return false;
        }
        // SAFETY: the text is building and this borrow ends here.
        let buf = unsafe { self.buffer() };
        buf.push_str(s);
        self.len.set(buf.len() | HEAP | BUILDING);
        true
    }

    /// Ends building: the buffer, as an exact-size `Box<str>`, is the text from now on. A
    /// no-op for any other text.
    pub fn fix(&self) {
        if !self.is_building() {
            return;
        }
        // SAFETY: the text is building: `ptr` is the `Box<String>` it owns, taken back here
        // and replaced at once by the `Box<str>` made from it.
        let buf = unsafe { Box::from_raw(self.ptr.get() as *mut String) };
        let text: Box<str> = buf.into_boxed_str();
        let len = text.len();
        // (a `Box<str>`'s pointer is never null, even when it is empty)
        self.ptr.set(Box::into_raw(text).cast::<u8>());
        self.len.set(len | HEAP);
    }

    /// The bytes of the heap buffer this text owns (with the `String` while building), 0 for
    /// a text in the tail.
    pub fn heap_size(&self) -> usize {
        let len = self.len.get();
        if len & HEAP == 0 {
            0
        } else if len & BUILDING != 0 {
            // SAFETY: the text is building; this borrow ends here (no mutable one is alive:
            // those live only inside `push`).
            std::mem::size_of::<String>() + unsafe { self.buffer() }.capacity()
        } else {
            len & LEN_MASK
        }
    }

    /// Points a tail text at its bytes, `items`, which `new_text` copied from a `&str` into
    /// the tail of the object whose payload holds this `Text`.
    fn attach(&self, items: &[u8]) {
        let len = self.len.get();
        assert!(len & HEAP == 0 && items.len() == len & LEN_MASK);
        self.ptr.set(items.as_ptr());
        self.len.set(len & LEN_MASK);
    }
}

impl Drop for Text {
    fn drop(&mut self) {
        let len = self.len.get();
        if len & HEAP == 0 {
            return;
        }
        let p = self.ptr.get() as *mut u8;
        if len & BUILDING != 0 {
            // SAFETY: a building text owns the `Box<String>` from `Text::building`.
            drop(unsafe { Box::from_raw(p as *mut String) });
        } else {
            // SAFETY: a fixed heap text owns the `Box<str>` of `len` bytes `fix` leaked.
            drop(unsafe {
                Box::from_raw(ptr::slice_from_raw_parts_mut(p, len & LEN_MASK) as *mut str)
            });
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
