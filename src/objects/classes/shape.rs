//! Shapes (hidden classes): which attribute name sits at which index of an instance's
//! values.
//!
//! A [`Shape`] is an immutable, shared list of names in insertion order. Each class has a
//! root shape (no names, [`ShapeRoot`]); setting a new attribute on an instance moves it from
//! its shape to the *child* shape for that name — the transition is kept in the parent, so
//! every instance that gets the same attributes in the same order shares its shapes, and
//! what `__dict__`, `vars()` and `dir()` list is exactly the per-instance insertion order.
//! A parent owns its children (a child points back weakly), and the class owns the root: a
//! shape lives as long as its class, so instances made and dropped one after another meet
//! the same shapes and ids (which inline caches guard on), and a class's tree dies with the
//! class. The limits below bound a tree's size.
//!
//! Every shape has an id, a `u32` from one process-wide counter, never reused (0 means "no
//! shape"): an inline cache that recorded a shape id stays right for good, since no other
//! shape will ever have it. When the counter runs out no shapes are made any more and
//! instances keep their attributes in dicts.
//!
//! Which names a class's instances may keep in shapes at all is the class's business
//! ([`ShapeRoot::admit`], CPython's shared-keys budget: at most [`MAX_ATTRS`]); the shapes'
//! own limits, [`MAX_ATTRS`] names and [`MAX_TRANSITIONS`] children, are a backstop. Past
//! either, an instance keeps its attributes in a dict. Names are exact, interned strs,
//! compared by identity.
//!
//! A class also learns how much inline room its instances need ([`ShapeRoot::new_instance`]):
//! the most attributes an instance of it has had, or, before any instance got attributes,
//! a default; and which names its instances may keep without a dict ([`ShapeRoot::admit`]).

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::objects::core::PyRef;
use crate::objects::strings::str::StrObj;

/// The most attribute names a shape holds.
pub const MAX_ATTRS: usize = 30;
/// The most children (distinct next names) one shape has.
pub const MAX_TRANSITIONS: usize = 64;
/// The most shapes one class's tree holds (shapes live as long as their class: instances
/// that each add their attributes in another order must not grow it without bound).
pub const MAX_SHAPES: u32 = 1024;
/// The inline room of an instance of a class that has not yet shown what it needs.
/// (As generous as CPython's first values array: the first instances of a class are few,
/// and one that outgrew its room would pay for it on every access.)
const DEFAULT_CAPACITY: u32 = MAX_ATTRS as u32;
/// The size of a shape's direct index (a power of two, twice `MAX_ATTRS` and more).
const DIRECT: usize = 64;
const DIRECT_BITS: u32 = DIRECT.trailing_zeros();
/// The multipliers a shape may hash its names' addresses with: it takes the first that
/// gives each name a bucket of its own (or the one with the fewest shared buckets).
const MULTIPLIERS: [u64; 8] = [
    0x9E37_79B9_7F4A_7C15,
    0xC2B2_AE3D_27D4_EB4F,
    0x1656_67B1_9E37_79F9,
    0xFF51_AFD7_ED55_8CCD,
    0xC4CE_B9FE_1A85_EC53,
    0x8CB9_2BA7_2F3D_8DD7,
    0xD6E8_FEB8_6659_FD93,
    0xA076_1D64_78BD_642F,
];
/// A direct-index entry for two names that share a bucket: scan the names.
const SHARED: u8 = u8::MAX;

/// The next shape id (0 is "no shape").
static NEXT_ID: AtomicU32 = AtomicU32::new(1);

fn next_id() -> Option<u32> {
    NEXT_ID
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_add(1))
        .ok()
        .filter(|&id| id != u32::MAX)
}

/// An immutable list of attribute names, shared by the instances that have them in this
/// order (see the module docs).
pub struct Shape {
    id: u32,
    names: Box<[PyRef]>,
    /// The names by address (they are interned: one object per text), so that finding an
    /// interned name costs one probe: the bucket of a name's address (multiplied by `mult`)
    /// holds its position + 1, 0 when no name has that bucket, `SHARED` when several do.
    direct: [u8; DIRECT],
    mult: u64,
    /// The shape this one was reached from (weakly: the parent owns its children).
    parent: Option<Weak<Shape>>,
    /// The children: (name, shape). Owned, so a transition keeps its shape and its id for as
    /// long as the class lives — instances made and dropped one after another (a temporary
    /// `Point(x, y)`) keep meeting the same shapes, which is what inline caches guard on.
    transitions: RefCell<Vec<(PyRef, Rc<Shape>)>>,
    /// How many shapes this shape's tree holds (shared by the tree).
    tree_size: Rc<Cell<u32>>,
}

impl Shape {
    fn new(
        names: Box<[PyRef]>,
        parent: Option<Weak<Shape>>,
        tree_size: Rc<Cell<u32>>,
    ) -> Option<Rc<Shape>> {
        let (direct, mult) = direct_index(&names);
        tree_size.set(tree_size.get() + 1);
        Some(Rc::new(Shape {
            id: next_id()?,
            direct,
            mult,
            names,
            parent,
            transitions: RefCell::new(Vec::new()),
            tree_size,
        }))
    }

    /// The shape's id (never 0, never reused).
    #[inline(always)]
    pub fn id(&self) -> u32 {
        self.id
    }

    /// How many names.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The names, in insertion order.
    pub fn names(&self) -> &[PyRef] {
        &self.names
    }

    /// The shape this one was reached from (`None` for a root; alive while any shape of its
    /// tree is in use, since an instance keeps its class, which keeps the tree's root).
    pub fn parent(&self) -> Option<Rc<Shape>> {
        self.parent.as_ref()?.upgrade()
    }

    /// The index of `name` (any str; the names are interned, so an interned one is found by
    /// identity alone).
    #[inline]
    pub fn index_of(&self, name: &PyRef) -> Option<usize> {
        match self.direct[bucket(name, self.mult)] {
            0 => {}
            SHARED => {
                if let Some(i) = self.names.iter().position(|n| n.ptr_eq(name)) {
                    return Some(i);
                }
            }
            e => {
                let i = e as usize - 1;
                if self.names[i].ptr_eq(name) {
                    return Some(i);
                }
            }
        }
        // Not there by identity: absent, unless `name` is an equal str that is not the
        // interned one.
        let s = name.downcast::<StrObj>()?;
        if s.is_interned() {
            return None;
        }
        self.index_of_text(s)
    }

    /// `index_of` for a str that is not interned: by its text.
    #[cold]
    #[inline(never)]
    fn index_of_text(&self, s: &StrObj) -> Option<usize> {
        self.names.iter().position(|n| {
            n.downcast::<StrObj>()
                .is_some_and(|k| k.as_str() == s.as_str())
        })
    }

    /// The existing child for `name` (an interned name).
    pub fn existing_child(&self, name: &PyRef) -> Option<Rc<Shape>> {
        self.transitions
            .borrow()
            .iter()
            .find(|(k, _)| k.ptr_eq(name))
            .map(|(_, c)| c.clone())
    }

    /// The child for `name` (an exact, interned str), made if new; `None` past the limits or
    /// when ids have run out.
    pub fn child(self: &Rc<Shape>, name: &PyRef) -> Option<Rc<Shape>> {
        if let Some(c) = self.existing_child(name) {
            return Some(c);
        }
        if self.len() >= MAX_ATTRS {
            return None;
        }
        let mut transitions = self.transitions.borrow_mut();
        if transitions.len() >= MAX_TRANSITIONS || self.tree_size.get() >= MAX_SHAPES {
            return None;
        }
        let names: Box<[PyRef]> = self.names.iter().chain([name]).cloned().collect();
        let child = Shape::new(names, Some(Rc::downgrade(self)), self.tree_size.clone())?;
        transitions.push((name.clone(), child.clone()));
        Some(child)
    }
}

/// The direct-index bucket of a name's address under multiplier `mult`.
#[inline(always)]
fn bucket(name: &PyRef, mult: u64) -> usize {
    ((name.addr() as u64).wrapping_mul(mult) >> (64 - DIRECT_BITS)) as usize
}

/// The direct index of `names` and its multiplier (see `Shape::direct`).
fn direct_index(names: &[PyRef]) -> ([u8; DIRECT], u64) {
    let build = |mult: u64| {
        let mut direct = [0u8; DIRECT];
        let mut shared = 0;
        for (i, n) in names.iter().enumerate() {
            let e = &mut direct[bucket(n, mult)];
            shared += usize::from(*e != 0);
            // (positions fit: at most `MAX_ATTRS` names)
            *e = if *e == 0 { (i + 1) as u8 } else { SHARED };
        }
        (shared, direct, mult)
    };
    let mut best = build(MULTIPLIERS[0]);
    for &m in &MULTIPLIERS[1..] {
        if best.0 == 0 {
            break;
        }
        let next = build(m);
        if next.0 < best.0 {
            best = next;
        }
    }
    (best.1, best.2)
}

/// A class's root shape, the names its instances may keep without a dict, and what its
/// instances have needed (one per type object; used for classes whose instances have
/// attributes).
///
/// Which names an instance may add and stay out of dict mode follows CPython 3.11's shared
/// keys exactly, so that the dicts the collector sees (and counts) are CPython's: a class
/// admits at most [`MAX_ATTRS`] distinct names, one fewer for every instance made (down to
/// one more than it has) — so a name that first appears after many instances exist makes a
/// dict (see `instance`). A child shape is only made for an admitted name, so a transition
/// that exists needs no check.
pub struct ShapeRoot {
    /// Made on first use; `None` when ids have run out.
    root: OnceCell<Option<Rc<Shape>>>,
    /// The most attributes an instance of the class has had; `UNKNOWN` until one got any or
    /// finished `__init__`.
    seen: Cell<u32>,
    /// The admitted names (CPython's shared keys).
    keys: RefCell<Vec<PyRef>>,
    /// How many more names may be admitted (CPython's `dk_usable`).
    usable: Cell<u32>,
}

const UNKNOWN: u32 = u32::MAX;

impl Default for ShapeRoot {
    fn default() -> Self {
        Self::new()
    }
}

impl ShapeRoot {
    pub const fn new() -> ShapeRoot {
        ShapeRoot {
            root: OnceCell::new(),
            seen: Cell::new(UNKNOWN),
            keys: RefCell::new(Vec::new()),
            usable: Cell::new(MAX_ATTRS as u32),
        }
    }

    /// The class's root shape (`None` once shape ids have run out).
    #[inline]
    pub fn root(&self) -> Option<Rc<Shape>> {
        self.root
            .get_or_init(|| Shape::new(Box::new([]), None, Rc::new(Cell::new(0))))
            .clone()
    }

    /// An instance of the class is being made: the room it gets for attribute values (what
    /// instances of the class have needed so far), and one name fewer may be admitted.
    #[inline]
    pub fn new_instance(&self) -> u32 {
        let usable = self.usable.get();
        if usable > 1 {
            self.usable.set(usable - 1);
        }
        match self.seen.get() {
            UNKNOWN => DEFAULT_CAPACITY,
            n => n,
        }
    }

    /// Whether instances may keep `name` (an interned str) without a dict: it was admitted
    /// before, or is now.
    pub fn admit(&self, name: &PyRef) -> bool {
        let mut keys = self.keys.borrow_mut();
        if keys.iter().any(|k| k.ptr_eq(name)) {
            return true;
        }
        let usable = self.usable.get();
        if usable == 0 {
            return false;
        }
        self.usable.set(usable - 1);
        keys.push(name.clone());
        true
    }

    /// An instance of the class reached `len` attributes.
    #[inline]
    pub fn note_len(&self, len: usize) {
        let seen = self.seen.get();
        if seen == UNKNOWN || len as u32 > seen {
            self.seen.set(len.min(MAX_ATTRS) as u32);
        }
    }

    /// An instance of the class finished `__init__` with `len` attributes: the class's need is
    /// known from now on (even when it is none).
    #[inline]
    pub fn note_initialized(&self, len: usize) {
        if self.seen.get() == UNKNOWN {
            self.note_len(len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::strings::str::{intern, new_str};

    #[test]
    fn transitions_are_shared_and_ids_unique() {
        let _gil = crate::gil::acquire();
        let roots = ShapeRoot::new();
        let root = roots.root().unwrap();
        let (x, y) = (intern("x"), intern("y"));
        let a = root.child(&x).unwrap().child(&y).unwrap();
        // (a long shape: buckets shared by several names are scanned)
        let mut long = a.clone();
        for i in 0..12 {
            long = long.child(&intern(&format!("n{i}"))).unwrap();
        }
        assert_eq!(long.index_of(&y), Some(1));
        assert_eq!(long.index_of(&intern("n11")), Some(13));
        assert_eq!(long.index_of(&new_str("n5")), Some(7));
        assert_eq!(long.index_of(&intern("n12")), None);
        let b = root.child(&x).unwrap().child(&y).unwrap();
        assert!(Rc::ptr_eq(&a, &b));
        let c = root.child(&y).unwrap().child(&x).unwrap();
        assert_ne!(a.id(), c.id());
        assert_eq!(a.index_of(&y), Some(1));
        assert_eq!(c.index_of(&y), Some(0));
        // An equal str that is not the interned one is found by its text.
        assert_eq!(a.index_of(&new_str("y")), Some(1));
        assert_eq!(a.index_of(&intern("z")), None);
        assert!(Rc::ptr_eq(
            &a.parent().unwrap(),
            &root.existing_child(&x).unwrap()
        ));
    }

    #[test]
    fn unused_children_keep_their_ids() {
        let _gil = crate::gil::acquire();
        let roots = ShapeRoot::new();
        let root = roots.root().unwrap();
        let x = intern("x");
        let first = root.child(&x).unwrap().id();
        let again = root.child(&x).unwrap().id();
        assert_eq!(again, first);
    }

    #[test]
    fn limits() {
        let _gil = crate::gil::acquire();
        let roots = ShapeRoot::new();
        let mut s = roots.root().unwrap();
        for i in 0..MAX_ATTRS {
            s = s.child(&intern(&format!("a{i}"))).unwrap();
        }
        assert!(s.child(&intern("one_more")).is_none());
        // (the root has one child already: "a0")
        let root = roots.root().unwrap();
        let kept: Vec<_> = (1..MAX_TRANSITIONS)
            .map(|i| root.child(&intern(&format!("t{i}"))).unwrap())
            .collect();
        assert!(root.child(&intern("t_last")).is_none());
        // (children are owned by the tree: dropping the last users frees no room)
        drop(kept);
        assert!(root.child(&intern("t_last")).is_none());
    }

    #[test]
    fn tree_size_limit() {
        let _gil = crate::gil::acquire();
        let roots = ShapeRoot::new();
        let root = roots.root().unwrap();
        let mut made = 1; // the root
        'fill: for i in 0..MAX_TRANSITIONS {
            let c = root.child(&intern(&format!("p{i}"))).unwrap();
            made += 1;
            for j in 0..MAX_TRANSITIONS {
                if made == MAX_SHAPES {
                    break 'fill;
                }
                c.child(&intern(&format!("q{j}"))).unwrap();
                made += 1;
            }
        }
        assert!(root.child(&intern("p_extra")).is_none());
    }

    #[test]
    fn capacity_learns() {
        let roots = ShapeRoot::new();
        assert_eq!(roots.new_instance(), DEFAULT_CAPACITY);
        roots.note_initialized(0);
        assert_eq!(roots.new_instance(), 0);
        roots.note_len(3);
        roots.note_initialized(1);
        assert_eq!(roots.new_instance(), 3);
        roots.note_len(100);
        assert_eq!(roots.new_instance(), MAX_ATTRS as u32);
    }

    #[test]
    fn admission_follows_cpython_shared_keys() {
        let _gil = crate::gil::acquire();
        let roots = ShapeRoot::new();
        roots.new_instance();
        let (x, y, z) = (intern("x"), intern("y"), intern("z"));
        assert!(roots.admit(&x));
        // Many instances later, one more name fits, then no new one.
        for _ in 0..100 {
            roots.new_instance();
        }
        assert!(roots.admit(&x));
        assert!(roots.admit(&y));
        assert!(!roots.admit(&z));
        assert!(roots.admit(&y));
    }
}
