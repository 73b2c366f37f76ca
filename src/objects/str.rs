//! `str`: immutable text, stored as UTF-8 with its length in code points and a cached hash.
//!
//! Indexing and slicing are by code point; an all-ASCII string (the common case) is indexed
//! by byte. The hash is computed on first use and cached (`hash::hash_str`, never -1, so -1
//! marks "not computed"). Interned strings (identifiers, attribute names, identifier-like
//! constants, `sys.intern`) live in one process-wide table and are immortal: the table holds a
//! reference to each, so dict lookups of names can compare pointers first.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::OnceLock;

use super::core::{GilStatic, PyRef};
use super::hash;
use super::typeobj::{MethodDef, TypeSlots};
use super::types;

pub struct StrObj {
    s: Box<str>,
    /// Length in code points.
    chars: usize,
    hash: Cell<i64>,
    interned: Cell<bool>,
}

impl StrObj {
    pub fn new(s: impl Into<Box<str>>) -> StrObj {
        let s: Box<str> = s.into();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            chars,
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The cached hash.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }

    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
}

/// A new (not interned) str object.
pub fn new_str(s: impl Into<Box<str>>) -> PyRef {
    PyRef::new(&types().str, StrObj::new(s))
}

type InternTable = RefCell<HashMap<Box<str>, PyRef>>;
static INTERNED: OnceLock<GilStatic<InternTable>> = OnceLock::new();

fn interned() -> &'static InternTable {
    INTERNED
        .get_or_init(|| GilStatic::new(RefCell::new(HashMap::new())))
        .get()
}

/// The interned str object for `s`, creating it if needed.
pub fn intern(s: &str) -> PyRef {
    if let Some(r) = interned().borrow().get(s) {
        return r.clone();
    }
    let r = new_str(s);
    r.downcast::<StrObj>().unwrap().interned.set(true);
    interned().borrow_mut().insert(s.into(), r.clone());
    r
}

/// `sys.intern(s)`: the interned equal string (which may be `s` itself).
pub fn intern_ref(s: &PyRef) -> PyRef {
    let Some(obj) = s.downcast::<StrObj>() else {
        return s.clone();
    };
    if obj.is_interned() {
        return s.clone();
    }
    if let Some(r) = interned().borrow().get(obj.as_str()) {
        return r.clone();
    }
    obj.interned.set(true);
    interned()
        .borrow_mut()
        .insert(obj.as_str().into(), s.clone());
    s.clone()
}

/// The text of a str value (`None` if it is not a str).
pub fn as_str(v: &super::Value) -> Option<&str> {
    v.downcast::<StrObj>().map(|s| s.as_str())
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
