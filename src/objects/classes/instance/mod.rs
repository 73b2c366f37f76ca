//! Instances of `object` and of classes derived from it only (`InstanceObj`): where their
//! attributes and `__slots__` values live. `object`'s own slots and methods are in `object`.
//!
//! ## One allocation per instance
//! An instance is a variable-size object (`core::tail`): the payload, then a tail of
//! [`ValueCell`]s — first the class's `__slots__` values (`nslots` of them, `Null` while
//! unset), then `inline` cells for attribute values. `inline` is fixed when the instance is
//! made, from what instances of its class have needed so far (`ShapeRoot::new_instance`:
//! the most attributes one has had, or how many the first one had after `__init__`); an
//! instance that gets more keeps the rest in an overflow block of its own.
//!
//! ## Shape mode and dict mode
//! - **Shape mode** (`State::Shaped`): attribute `i` of the instance's [`Shape`] is at index
//!   `i` (inline cell `i`, or overflow `i - inline`); every index below the shape's length
//!   holds a value. A new attribute moves the instance to the child shape (see `shape`);
//!   deleting the last attribute moves it back to the parent.
//! - **Dict mode** (`State::Dict`): a real `DictObj` is the storage, made from the values in
//!   shape order. Entered for good when `__dict__` is asked for (also by `vars()` and
//!   `dir()`), on `__class__` assignment (shapes belong to a class), when an attribute
//!   other than the last is deleted, for a new name the class does not admit (CPython
//!   3.11's shared-keys budget: `ShapeRoot::admit`) or one that is not an exact str, and
//!   past the shapes' limits. From then on `obj.x` and `obj.__dict__` are the same storage,
//!   so they agree both ways. `obj.__dict__ = d` puts the instance in dict mode with `d`;
//!   after `del obj.__dict__` it has none until an attribute is set.
//! - `dictless`: a class with `__slots__` and no `__dict__` (no attribute storage).
//!
//! Which dicts the collector sees follows CPython, which keeps values inline until it makes
//! a real dict: the dict made after a deletion (CPython leaves a hole in the values) or past
//! the shapes' limits is the instance's own — untracked, its values reported as the
//! instance's references — until it is handed out (`__dict__`: `DictObj::escape`); in every
//! other case the dict is an object of its own from the start (tracked once it holds a
//! container). In shape mode the instance reports its values: the tail's (the object core
//! traverses them: `TailItem`), then the overflow's.
//!
//! ## The inline-cache API
//! For an object `obj` (any object: the functions answer "no" for what is not an instance
//! of a plain class). None of them runs Python code or holds a borrow when it returns; the
//! values they replace are dropped after every borrow has ended.
//! - [`shape_id`]`(obj)`: the id of its shape, or 0 (dict mode, no `__dict__`, not an
//!   instance). Ids are never reused, so (type version tag, shape id) identifies both where
//!   a name resolves on the type and where it sits in the instance, for good.
//! - [`index_in_shape`]`(obj, name)`: `name`'s index in its shape; `None` when the shape
//!   lacks it or the instance has no shape. [`shape_has`]`(obj, name)`: whether the shape
//!   has it — when it does not, a method found on the type is not shadowed by the instance
//!   while the shape id stays the same (`LOAD_METHOD`).
//! - [`load_at`]`(obj, index)`: the value at `index` (the caller's guard checked the type
//!   version and the shape id); `None` if the guard was wrong after all.
//! - [`store_at`]`(obj, index, value)`: replaces the value at an existing `index`;
//!   `Err(value)` back if there is none.
//! - [`add_at`]`(obj, name, from, to, value)`: adds attribute `name` by the transition from
//!   shape id `from` to shape id `to` (what a `STORE_ATTR` in `__init__` caches as
//!   (type version, `from`, `to`, index)); `Err(value)` back unless the instance is at
//!   `from` and that transition still leads to `to` (the generic path then does it).
//!
//! A specialiser learns the facts from one generic execution: `shape_id` before and after a
//! store, and `index_in_shape` of the name.

mod object;

pub use object::{
    class_attr_names, object_dir, object_hash, object_repr, OBJECT_METHODS, OBJECT_SLOTS,
};

use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;

use super::shape::Shape;
use super::typeobj::TypeObject;
use crate::objects::containers::dict::DictObj;
use crate::objects::core::tail::ValueCell;
use crate::objects::core::{gc, PyRef, VarLen};
use crate::objects::strings::str::intern_ref;
use crate::objects::trace::{visit_values, Trace};
use crate::objects::{types, Value};

/// The payload of an instance of a plain class (see the module docs); its tail holds the
/// `__slots__` values and the inline attribute cells.
pub struct InstanceObj {
    /// The id of the shape in shape mode, else 0: the inline caches' guard reads it without
    /// borrowing `state`.
    shape_id: Cell<u32>,
    /// How many tail cells are `__slots__` values (they come first).
    nslots: u32,
    /// How many tail cells hold attribute values (after the slots).
    inline: u32,
    /// No attribute storage (`__slots__` without `__dict__`): `state` stays `Dict(None)`.
    dictless: bool,
    state: RefCell<State>,
}

/// The values of a shaped instance past its inline room: a boxed slice (16 bytes in the
/// payload, unlike a `Vec`), grown by doubling; unused entries are `Null`.
type Overflow = Option<Box<[Value]>>;

/// Where an instance's attributes are.
enum State {
    /// Values at the indices `shape` gives: inline cells, then `overflow`.
    Shaped {
        shape: Rc<Shape>,
        overflow: Overflow,
    },
    /// The dict is the storage; `None`: no attributes, a dict is made when one is needed
    /// (after `del obj.__dict__`, after the collector cleared the instance, when shapes ran
    /// out; never for a `dictless` one).
    Dict(Option<PyRef>),
}

impl VarLen for InstanceObj {
    #[inline(always)]
    fn var_len(&self) -> usize {
        (self.nslots + self.inline) as usize
    }
}

/// A new instance of `cls` (a class whose instances are `InstanceObj`s), without attributes.
pub fn new_instance(cls: &PyRef) -> PyRef {
    let t = cls.downcast::<TypeObject>().expect("a type");
    let (state, inline) = if !t.instance_dict {
        (State::Dict(None), 0)
    } else {
        match t.shapes.root() {
            Some(shape) => (
                State::Shaped {
                    shape,
                    overflow: None,
                },
                t.shapes.new_instance(),
            ),
            None => (State::Dict(None), 0),
        }
    };
    let shape_id = match &state {
        State::Shaped { shape, .. } => shape.id(),
        _ => 0,
    };
    let payload = InstanceObj {
        shape_id: Cell::new(shape_id),
        nslots: t.nslots as u32,
        inline,
        dictless: !t.instance_dict,
        state: RefCell::new(state),
    };
    PyRef::new_var(cls, payload, |_| ValueCell::null())
}

#[inline(always)]
fn parts(obj: &PyRef) -> Option<(&InstanceObj, &[ValueCell])> {
    obj.downcast_var::<InstanceObj>()
}

fn dict(d: &PyRef) -> &DictObj {
    d.downcast::<DictObj>().expect("an instance dict is a dict")
}

/// `name` as a shape key: the interned exact str equal to it (`None` for a str subclass).
fn shape_key(name: &PyRef) -> Option<PyRef> {
    let exact = |k: &PyRef| k.class().ptr_eq(&types().str);
    if !exact(name) {
        return None;
    }
    let key = intern_ref(name);
    exact(&key).then_some(key)
}

/// `name` as a key of an attribute dict: an exact str interned (as CPython's `setattr`
/// does), a str subclass as it is.
pub fn dict_key(name: &PyRef) -> PyRef {
    if name.class().ptr_eq(&types().str) {
        intern_ref(name)
    } else {
        name.clone()
    }
}

/// `key` (a shape key), if instances of `obj`'s class may keep it without a dict (see
/// `ShapeRoot::admit`).
fn admitted(obj: &PyRef, key: PyRef) -> Option<PyRef> {
    let t = obj.class().downcast::<TypeObject>()?;
    t.shapes.admit(&key).then_some(key)
}

/// Whether instances of `obj`'s class may keep `name` without a dict.
fn admits(obj: &PyRef, name: &PyRef) -> bool {
    shape_key(name).and_then(|k| admitted(obj, k)).is_some()
}

/// The class of `obj` learns that an instance reached `len` attributes.
fn note_len(obj: &PyRef, len: usize) {
    if let Some(t) = obj.class().downcast::<TypeObject>() {
        t.shapes.note_len(len);
    }
}

impl InstanceObj {
    /// The cell of attribute index `i`, if it is inline.
    #[inline(always)]
    fn inline_cell<'a>(&self, tail: &'a [ValueCell], i: usize) -> Option<&'a ValueCell> {
        if i < self.inline as usize {
            tail.get(self.nslots as usize + i)
        } else {
            None
        }
    }

    /// The value at index `i` of a shaped instance (`Null` past its values).
    #[inline]
    fn read(&self, tail: &[ValueCell], overflow: &Overflow, i: usize) -> Value {
        match self.inline_cell(tail, i) {
            Some(c) => c.get(),
            None => overflow
                .as_ref()
                .and_then(|o| o.get(i - self.inline as usize))
                .cloned()
                .unwrap_or(Value::Null),
        }
    }

    /// Stores `v` at index `i` (an existing index, or the next one) and returns the old value.
    #[inline]
    fn write(&self, tail: &[ValueCell], overflow: &mut Overflow, i: usize, v: Value) -> Value {
        if let Some(c) = self.inline_cell(tail, i) {
            return c.replace(v);
        }
        let j = i - self.inline as usize;
        let room = overflow.as_ref().map_or(0, |o| o.len());
        if j >= room {
            // (grown by doubling, the values moved over)
            let mut grown: Vec<Value> = overflow.take().map_or_else(Vec::new, Vec::from);
            grown.resize_with((j + 1).max(room * 2).max(4), || Value::Null);
            *overflow = Some(grown.into_boxed_slice());
        }
        match overflow.as_mut().and_then(|o| o.get_mut(j)) {
            Some(slot) => std::mem::replace(slot, v),
            None => v,
        }
    }

    /// Takes the value at index `i` out.
    fn take(&self, tail: &[ValueCell], overflow: &mut Overflow, i: usize) -> Value {
        if let Some(c) = self.inline_cell(tail, i) {
            return c.take();
        }
        let j = i - self.inline as usize;
        overflow
            .as_mut()
            .and_then(|o| o.get_mut(j))
            .map_or(Value::Null, |v| std::mem::replace(v, Value::Null))
    }

    /// Moves a shaped instance to dict mode: a new dict of its own holds its values in shape
    /// order. Returns the old state, for the caller to drop once the borrow has ended.
    fn enter_dict_mode(&self, tail: &[ValueCell], st: &mut RefMut<State>) -> Option<State> {
        let State::Shaped { shape, overflow } = &mut **st else {
            return None;
        };
        let d = DictObj::new_untracked_ref();
        let dd = dict(&d);
        for (i, name) in shape.names().iter().enumerate() {
            let v = self.take(tail, overflow, i);
            if !v.is_null() {
                // (a new key: nothing is replaced)
                drop(dd.set_str(name.clone(), v));
            }
        }
        self.shape_id.set(0);
        Some(std::mem::replace(&mut **st, State::Dict(Some(d))))
    }

    /// Takes every attribute value out of the tail (for a state change); the overflow goes
    /// with the old state.
    fn take_inline(&self, tail: &[ValueCell]) -> Vec<Value> {
        let start = self.nslots as usize;
        tail[start..]
            .iter()
            .map(ValueCell::take)
            .filter(|v| !v.is_null())
            .collect()
    }

    fn store(&self, obj: &PyRef, tail: &[ValueCell], name: &PyRef, v: Value) -> Stored {
        if self.dictless {
            return Stored::NoDict;
        }
        let mut st = self.state.borrow_mut();
        // Whether the dict the instance may need must be an object of its own (CPython
        // makes a real dict when the name cannot join its class's shared keys).
        let mut escape = false;
        if let State::Shaped { shape, overflow } = &mut *st {
            if let Some(i) = shape.index_of(name) {
                let old = self.write(tail, overflow, i, v);
                drop(st);
                drop(old);
                return Stored::Done;
            }
            // (a transition made before needs no admission: its name was admitted then)
            let key = shape_key(name);
            let child = key.as_ref().and_then(|k| shape.existing_child(k));
            match child.or_else(|| admitted(obj, key?).and_then(|k| shape.child(&k))) {
                Some(child) => {
                    let i = shape.len();
                    let old = self.write(tail, overflow, i, v);
                    debug_assert!(old.is_null());
                    self.shape_id.set(child.id());
                    let parent = std::mem::replace(shape, child);
                    drop(st);
                    drop(parent);
                    note_len(obj, i + 1);
                    return Stored::Done;
                }
                // Not admitted: a dict of its own; past the shape limits: the instance's own.
                None => escape = !admits(obj, name),
            }
        }
        let old_state = self.enter_dict_mode(tail, &mut st);
        let State::Dict(slot) = &mut *st else {
            unreachable!("an instance in dict mode");
        };
        // (none after `del obj.__dict__`: CPython makes a new dict)
        let d = slot.get_or_insert_with(DictObj::new_ref);
        if old_state.is_none() && owns(d) && dict(d).get_str(name).is_none() && !admits(obj, name) {
            escape = true;
        }
        if escape {
            DictObj::escape(d);
        }
        let old = dict(d).set_str(dict_key(name), v);
        drop(st);
        drop(old_state);
        drop(old);
        Stored::Done
    }

    fn delete(&self, tail: &[ValueCell], name: &PyRef) -> Stored {
        if self.dictless {
            return Stored::NoDict;
        }
        let mut st = self.state.borrow_mut();
        if let State::Shaped { shape, overflow } = &mut *st {
            let Some(i) = shape.index_of(name) else {
                return Stored::Missing;
            };
            // The last attribute: back to the parent shape (the order stays exact).
            if let Some(parent) = shape.parent().filter(|_| i + 1 == shape.len()) {
                let old = self.take(tail, overflow, i);
                self.shape_id.set(parent.id());
                let child = std::mem::replace(shape, parent);
                drop(st);
                drop(child);
                drop(old);
                return Stored::Done;
            }
        }
        let old_state = self.enter_dict_mode(tail, &mut st);
        let old = match &*st {
            State::Dict(Some(d)) => dict(d).del_str(name),
            _ => None,
        };
        drop(st);
        drop(old_state);
        match old {
            Some(v) => {
                drop(v);
                Stored::Done
            }
            None => Stored::Missing,
        }
    }
}

/// What [`set_attr`] did.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stored {
    Done,
    /// Deleting an attribute the instance does not have.
    Missing,
    /// The instance has no attribute storage (`__slots__` without `__dict__`).
    NoDict,
}

/// The instance attribute `name` of `obj` (`None`: absent, or `obj` is not an instance).
#[inline]
pub fn get_attr(obj: &PyRef, name: &PyRef) -> Option<Value> {
    let (inst, tail) = parts(obj)?;
    let st = inst.state.borrow();
    match &*st {
        State::Shaped { shape, overflow } => {
            let i = shape.index_of(name)?;
            let v = inst.read(tail, overflow, i);
            (!v.is_null()).then_some(v)
        }
        State::Dict(Some(d)) => dict(d).get_str(name),
        State::Dict(None) => None,
    }
}

/// `obj.name = value` (`None`: `del obj.name`) in an instance's own storage, after the
/// type's descriptors had their say (an object that is not an instance has no storage).
#[inline]
pub fn set_attr(obj: &PyRef, name: &PyRef, value: Option<Value>) -> Stored {
    let Some((inst, tail)) = parts(obj) else {
        return Stored::NoDict;
    };
    match value {
        Some(v) => inst.store(obj, tail, name, v),
        None => inst.delete(tail, name),
    }
}

/// Whether an instance has attribute `name` in its own storage.
#[inline]
pub fn has_attr(obj: &PyRef, name: &PyRef) -> bool {
    let Some((inst, _)) = parts(obj) else {
        return false;
    };
    match &*inst.state.borrow() {
        State::Shaped { shape, .. } => shape.index_of(name).is_some(),
        State::Dict(Some(d)) => dict(d).get_str(name).is_some(),
        State::Dict(None) => false,
    }
}

/// Whether `obj` is an instance of a plain class (its attributes are here, not in a cell).
#[inline]
pub fn is_instance(obj: &PyRef) -> bool {
    obj.is::<InstanceObj>()
}

/// An instance's `__dict__`: moves it to dict mode (see the module docs) and returns the
/// dict, which the caller hands out (`DictObj::escape`); `None` without `__dict__`.
pub fn dict_of(obj: &PyRef) -> Option<PyRef> {
    let (inst, tail) = parts(obj).filter(|(inst, _)| !inst.dictless)?;
    let mut st = inst.state.borrow_mut();
    let old = inst.enter_dict_mode(tail, &mut st);
    let d = match &mut *st {
        State::Dict(d) => d.get_or_insert_with(DictObj::new_ref).clone(),
        _ => return None,
    };
    drop(st);
    drop(old);
    Some(d)
}

/// `obj.__dict__ = d` (a dict, already escaped) or `del obj.__dict__` (`None`: no
/// attributes; a new dict is made when one is needed); false when the instance has no
/// `__dict__`.
pub fn replace_dict(obj: &PyRef, d: Option<PyRef>) -> bool {
    let Some((inst, tail)) = parts(obj) else {
        return false;
    };
    if inst.dictless {
        return false;
    }
    let mut st = inst.state.borrow_mut();
    let values = inst.take_inline(tail);
    inst.shape_id.set(0);
    let old = std::mem::replace(&mut *st, State::Dict(d));
    drop(st);
    drop(old);
    drop(values);
    true
}

/// Gives an instance a dict of its own, as CPython does before `__class__` assignment (the
/// new class's shapes are not the old one's): its attributes move to a dict the collector
/// sees as an object of its own.
pub fn materialize(obj: &PyRef) {
    let Some((inst, tail)) = parts(obj) else {
        return;
    };
    let mut st = inst.state.borrow_mut();
    let old = inst.enter_dict_mode(tail, &mut st);
    if let State::Dict(Some(d)) = &*st {
        DictObj::escape(d);
    }
    drop(st);
    drop(old);
}

/// The attribute names of an instance in their order, without making its `__dict__`
/// (`None`: not an instance, or no `__dict__`).
pub fn attr_names(obj: &PyRef) -> Option<Vec<Value>> {
    let (inst, _) = parts(obj).filter(|(inst, _)| !inst.dictless)?;
    let st = inst.state.borrow();
    match &*st {
        State::Shaped { shape, .. } => {
            Some(shape.names().iter().cloned().map(Value::Obj).collect())
        }
        State::Dict(Some(d)) => Some(dict(d).keys()),
        State::Dict(None) => Some(Vec::new()),
    }
}

/// What the instance's attributes are, for `-X gc-explain`'s paths.
pub enum AttrView {
    /// The instance's own storage: (name, value) pairs.
    Own(Vec<(Value, Value)>),
    /// A dict that is an object of its own (handed out or assigned).
    Dict(PyRef),
    None,
}

/// The instance's attributes (see [`AttrView`]).
pub fn attr_view(obj: &PyRef) -> AttrView {
    let Some((inst, tail)) = parts(obj) else {
        return AttrView::None;
    };
    let Ok(st) = inst.state.try_borrow() else {
        return AttrView::None;
    };
    match &*st {
        State::Shaped { shape, overflow } => AttrView::Own(
            (0..shape.len())
                .map(|i| {
                    let name = Value::Obj(shape.names()[i].clone());
                    (name, inst.read(tail, overflow, i))
                })
                .collect(),
        ),
        State::Dict(Some(d)) if owns(d) => AttrView::Own(dict(d).items()),
        State::Dict(Some(d)) => AttrView::Dict(d.clone()),
        State::Dict(None) => AttrView::None,
    }
}

/// The `__slots__` values of an instance (`Null` for unset ones).
pub fn slot_values(obj: &PyRef) -> Vec<Value> {
    parts(obj).map_or_else(Vec::new, |(inst, tail)| {
        tail[..inst.nslots as usize]
            .iter()
            .map(ValueCell::get)
            .collect()
    })
}

/// The cell of `__slots__` value `index` of an instance (`None`: not an instance, or it has
/// fewer slots).
pub fn slot_cell(obj: &PyRef, index: usize) -> Option<&ValueCell> {
    let (inst, tail) = parts(obj)?;
    (index < inst.nslots as usize).then(|| &tail[index])
}

/// An instance finished `__init__`: its class learns how many attributes instances get.
pub fn note_initialized(obj: &Value) {
    let Some(o) = obj.as_obj() else { return };
    let Some(inst) = o.downcast::<InstanceObj>() else {
        return;
    };
    let len = match &*inst.state.borrow() {
        State::Shaped { shape, .. } => shape.len(),
        _ => return,
    };
    if let Some(t) = o.class().downcast::<TypeObject>() {
        t.shapes.note_initialized(len);
    }
}

/// The bytes of the heap buffers an instance owns beyond its own allocation (the overflow
/// values), for `sys.getsizeof`.
pub fn heap_size(obj: &PyRef) -> usize {
    parts(obj).map_or(0, |(inst, _)| match &*inst.state.borrow() {
        State::Shaped {
            overflow: Some(o), ..
        } => o.len() * std::mem::size_of::<Value>(),
        _ => 0,
    })
}

/// Whether `d` is an instance's own dict: not handed out, so untracked by the collector
/// for good, its entries the instance's references.
fn owns(d: &PyRef) -> bool {
    !gc::is_tracked(d) && !dict(d).tracks_itself_later()
}

// ---------------------------------------------------------------------------------------
// The inline-cache API (see the module docs)

/// The id of `obj`'s shape; 0 when it has none.
#[inline(always)]
pub fn shape_id(obj: &PyRef) -> u32 {
    obj.downcast::<InstanceObj>()
        .map_or(0, |inst| inst.shape_id.get())
}

/// The index of `name` in `obj`'s shape.
#[inline]
pub fn index_in_shape(obj: &PyRef, name: &PyRef) -> Option<u32> {
    let (inst, _) = parts(obj)?;
    match &*inst.state.borrow() {
        State::Shaped { shape, .. } => shape.index_of(name).map(|i| i as u32),
        _ => None,
    }
}

/// Whether `obj`'s shape has `name` (`false` without a shape: check [`shape_id`] first).
/// While the shape id stays the same, a method found on the type is not shadowed.
#[inline]
pub fn shape_has(obj: &PyRef, name: &PyRef) -> bool {
    index_in_shape(obj, name).is_some()
}

/// The value at `index` of an instance whose shape the caller checked. (Small enough to
/// inline into the eval loop; values past the inline room take an out-of-line path.)
#[inline(always)]
pub fn load_at(obj: &PyRef, index: u32) -> Option<Value> {
    let (inst, tail) = parts(obj)?;
    let v = match inst.inline_cell(tail, index as usize) {
        Some(c) => c.get(),
        None => return load_overflow(inst, tail, index as usize),
    };
    (!v.is_null()).then_some(v)
}

#[cold]
#[inline(never)]
fn load_overflow(inst: &InstanceObj, tail: &[ValueCell], i: usize) -> Option<Value> {
    let v = match &*inst.state.borrow() {
        State::Shaped { overflow, .. } => inst.read(tail, overflow, i),
        State::Dict(_) => Value::Null,
    };
    (!v.is_null()).then_some(v)
}

/// Replaces the value at an existing `index` of an instance whose shape the caller checked;
/// `Err(value)` when there is no value there. (Inlined like [`load_at`].)
#[inline(always)]
pub fn store_at(obj: &PyRef, index: u32, value: Value) -> Result<(), Value> {
    let Some((inst, tail)) = parts(obj) else {
        return Err(value);
    };
    match inst.inline_cell(tail, index as usize) {
        Some(c) if !c.is_null() => {
            drop(c.replace(value));
            Ok(())
        }
        Some(_) => Err(value),
        None => store_overflow(inst, index as usize, value),
    }
}

#[cold]
#[inline(never)]
fn store_overflow(inst: &InstanceObj, i: usize, value: Value) -> Result<(), Value> {
    let mut st = inst.state.borrow_mut();
    let State::Shaped {
        shape,
        overflow: Some(o),
    } = &mut *st
    else {
        return Err(value);
    };
    if i >= shape.len() {
        return Err(value);
    }
    let Some(slot) = o.get_mut(i - inst.inline as usize).filter(|v| !v.is_null()) else {
        return Err(value);
    };
    let old = std::mem::replace(slot, value);
    drop(st);
    drop(old);
    Ok(())
}

/// The id of the shape an instance moves to when it gets attribute `name` (interned) —
/// when that transition exists already (another instance took it) and the name is new to
/// the instance: what `STORE_ATTR` in `__init__` caches as `add_at`'s `to`.
pub fn child_shape_id(obj: &PyRef, name: &PyRef) -> Option<u32> {
    let (inst, _) = parts(obj)?;
    let st = inst.state.borrow();
    let State::Shaped { shape, .. } = &*st else {
        return None;
    };
    if shape.index_of(name).is_some() {
        return None;
    }
    let id = shape.existing_child(name)?.id();
    Some(id)
}

/// Adds attribute `name` (interned) to an instance at shape id `from` by the transition to
/// shape id `to`; `Err(value)` when the instance is not at `from` or the transition no
/// longer leads to `to`.
#[inline]
pub fn add_at(obj: &PyRef, name: &PyRef, from: u32, to: u32, value: Value) -> Result<(), Value> {
    let Some((inst, tail)) = parts(obj) else {
        return Err(value);
    };
    if from == 0 || inst.shape_id.get() != from {
        return Err(value);
    }
    let mut st = inst.state.borrow_mut();
    let State::Shaped { shape, overflow } = &mut *st else {
        return Err(value);
    };
    let Some(child) = shape.existing_child(name).filter(|c| c.id() == to) else {
        return Err(value);
    };
    let i = shape.len();
    let old = inst.write(tail, overflow, i, value);
    debug_assert!(old.is_null());
    inst.shape_id.set(to);
    let parent = std::mem::replace(shape, child);
    drop(st);
    drop(parent);
    note_len(obj, i + 1);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Attribute dicts of other objects

/// The cell holding the attribute dict of the objects that keep one in a cell (instances of
/// builtin subclasses, functions, exceptions, wrappers). Instances of plain classes keep
/// their attributes in their own storage (see the module docs) and have none.
pub fn dict_cell(obj: &Value) -> Option<&RefCell<Option<PyRef>>> {
    let o = obj.as_obj()?;
    if let Some(d) = o.trailer_dict() {
        return Some(d);
    }
    if let Some(f) = o.downcast::<crate::objects::callables::function::FunctionObj>() {
        return Some(&f.dict);
    }
    if let Some(e) = o.downcast::<crate::objects::exceptions::exception::ExceptionObj>() {
        return Some(&e.dict);
    }
    if let Some(w) = o.downcast::<crate::objects::callables::descr::FuncWrapperObj>() {
        return Some(&w.dict);
    }
    None
}

/// The attribute dict of `obj` (`__dict__`), made on first use (an instance's from its
/// values: it enters dict mode). Not yet escaped: the caller hands it out.
pub fn instance_dict(obj: &Value) -> Option<PyRef> {
    if let Some(o) = obj.as_obj().filter(|o| is_instance(o)) {
        return dict_of(o);
    }
    let cell = dict_cell(obj)?;
    if let Some(d) = cell.borrow().as_ref() {
        return Some(d.clone());
    }
    let d = DictObj::new_ref();
    *cell.borrow_mut() = Some(d.clone());
    Some(d)
}

impl Trace for InstanceObj {
    fn is_gc(&self) -> bool {
        true
    }
    // (the tail's values — slots and inline attributes — are traced by the object core)
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        let Ok(st) = self.state.try_borrow() else {
            return;
        };
        match &*st {
            State::Shaped {
                overflow: Some(o), ..
            } => visit_values(o, visit),
            // The instance's own dict: its entries count as the instance's references, as
            // CPython's inline values do.
            State::Dict(Some(d)) if owns(d) => dict(d).trace_values(visit),
            State::Dict(Some(d)) => visit(d),
            _ => {}
        }
    }
    fn clear(&self) {
        let old = match self.state.try_borrow_mut() {
            Ok(mut st) => {
                self.shape_id.set(0);
                std::mem::replace(&mut *st, State::Dict(None))
            }
            Err(_) => return,
        };
        drop(old);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::containers::tuple::TupleObj;
    use crate::objects::strings::str::{intern, new_str};
    use crate::objects::testutil::new;
    use crate::vm::Vm;

    #[test]
    fn payload_is_small() {
        assert!(std::mem::size_of::<InstanceObj>() <= 48);
    }

    /// A new class `name` (plain, with instance dicts).
    fn class(vm: &mut Vm, name: &str) -> PyRef {
        let args = [
            Value::Obj(new_str(name)),
            Value::Obj(TupleObj::new_ref(vec![])),
            Value::Obj(DictObj::new_ref()),
        ];
        match new(vm, &types().type_, &args) {
            Ok(Value::Obj(c)) => c,
            _ => panic!("a class"),
        }
    }

    fn set(obj: &PyRef, name: &str, v: i64) {
        assert_eq!(
            set_attr(obj, &intern(name), Some(Value::Int(v))),
            Stored::Done
        );
    }

    fn int(v: Option<Value>) -> Option<i64> {
        match v {
            Some(Value::Int(i)) => Some(i),
            _ => None,
        }
    }

    #[test]
    fn shapes_are_shared_and_the_cache_api_follows_them() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let cls = class(&mut vm, "C");
        let (a, b) = (new_instance(&cls), new_instance(&cls));
        let root = shape_id(&a);
        assert!(root != 0 && root == shape_id(&b));
        set(&a, "x", 1);
        let after_x = shape_id(&a);
        set(&a, "y", 2);
        // `b` takes the same transitions: the cached add works for it.
        let (x, y) = (intern("x"), intern("y"));
        assert_eq!(add_at(&b, &x, root, after_x, Value::Int(10)).ok(), Some(()));
        assert_eq!(shape_id(&b), after_x);
        set(&b, "y", 20);
        assert_eq!(shape_id(&a), shape_id(&b));
        assert_eq!(index_in_shape(&b, &y), Some(1));
        assert_eq!(index_in_shape(&b, &intern("z")), None);
        assert_eq!(int(load_at(&b, 0)), Some(10));
        assert!(store_at(&b, 1, Value::Int(21)).is_ok());
        assert_eq!(int(get_attr(&b, &y)), Some(21));
        // A guard that does not hold: nothing happens.
        assert!(add_at(&b, &x, root, after_x, Value::Int(0)).is_err());
        assert!(store_at(&b, 5, Value::Int(0)).is_err());
        assert_eq!(load_at(&b, 5).map(|_| ()), None);
        // Another order is another shape.
        let c = new_instance(&cls);
        set(&c, "y", 1);
        set(&c, "x", 2);
        assert_ne!(shape_id(&c), shape_id(&a));
        // Dict mode has no shape; the cache API answers "no".
        let d = dict_of(&a).expect("a dict");
        DictObj::escape(&d);
        assert_eq!(shape_id(&a), 0);
        assert_eq!(load_at(&a, 0).map(|_| ()), None);
        assert!(store_at(&a, 0, Value::Int(0)).is_err());
        assert_eq!(int(get_attr(&a, &x)), Some(1));
        assert_eq!(index_in_shape(&a, &x), None);
    }

    #[test]
    fn values_past_the_inline_room() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let cls = class(&mut vm, "Wide");
        let first = new_instance(&cls);
        set(&first, "a0", 0);
        set(&first, "a1", 1);
        // The class learnt two; a later instance with more keeps the rest apart.
        let obj = new_instance(&cls);
        assert_eq!(obj.downcast::<InstanceObj>().map(|i| i.inline), Some(2));
        for i in 0..12 {
            set(&obj, &format!("a{i}"), i);
        }
        assert_eq!(int(load_at(&obj, 11)), Some(11));
        assert!(store_at(&obj, 11, Value::Int(-11)).is_ok());
        assert_eq!(int(get_attr(&obj, &intern("a11"))), Some(-11));
        assert!(heap_size(&obj) > 0);
        // ... and the class learnt again: the next instance has room for all twelve.
        let next = new_instance(&cls);
        assert_eq!(next.downcast::<InstanceObj>().map(|i| i.inline), Some(12));
        // Deleting the last attribute goes back to the parent shape.
        set(&next, "a0", 0);
        let before = shape_id(&next);
        set(&next, "tmp", 1);
        assert_eq!(set_attr(&next, &intern("tmp"), None), Stored::Done);
        assert_eq!(shape_id(&next), before);
        assert_eq!(set_attr(&next, &intern("tmp"), None), Stored::Missing);
    }
}
