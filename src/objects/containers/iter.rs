//! Iterators: over the builtin containers (`list_iterator`, `range_iterator`,
//! `dict_keyiterator`, `set_iterator`, reverse iterators, ...) and the iterator types that
//! wrap other iterables (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`).
//!
//! All of them share one payload, [`IterObj`], whose [`IterKind`] says which iterator it is;
//! the Python type (`list_iterator`, `enumerate`, ...) is the object's class. Mutable state
//! lives in `Cell`s: advancing never takes a `RefCell` borrow of the iterator, and the
//! immutable parts (the wrapped iterators of `zip`, `map`'s function) are read in place, so
//! calling into Python from `next` (a `map` function, a `__next__`, an `__eq__`) needs no
//! copying and holds no borrow.
//!
//! Fast paths for the eval loop's `FOR_ITER`: [`fast_next`] advances range, list and tuple
//! iterators without running Python code; [`RangeIter::next_i64`] is the allocation-free
//! step of `for i in range(n)`; [`next_item`] is the VM's own loops' `next`. The wrapping
//! iterators live in `wrap`.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::Cell;

use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::set::SetObj;
use crate::objects::containers::tuple::{tuple_value, TupleObj};
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::{types, Value};
use crate::vm::{PyErr, PyResult, Vm};

mod hint;
mod wrap;

pub use wrap::{
    new_callable_iter, reversed_of, CallableIter, Enumerate, Filter, Map, Zip, ENUMERATE_SLOTS,
    FILTER_SLOTS, MAP_SLOTS, REVERSED_SLOTS, ZIP_SLOTS,
};

pub struct IterObj {
    pub kind: IterKind,
}

/// Which iterator an [`IterObj`] is, with its state.
pub enum IterKind {
    /// `list_iterator`, `tuple_iterator`, and the generic `iterator` over `__getitem__`.
    Seq(SeqIter),
    /// `list_reverseiterator` and `reversed` over `__len__`/`__getitem__`.
    Reversed(ReversedIter),
    Range(RangeIter),
    /// `longrange_iterator`: a range beyond `i64` (boxed: rare, and three times the size of
    /// the common iterators).
    LongRange(Box<crate::objects::containers::range::LongRangeIter>),
    Str(StrIter),
    Dict(DictIter),
    Set(SetIter),
    Enumerate(Enumerate),
    Zip(Zip),
    Map(Map),
    Filter(Filter),
    /// `iter(callable, sentinel)`.
    Callable(CallableIter),
}

/// Marks an exhausted index-based iterator.
const DONE: usize = usize::MAX;

pub struct SeqIter {
    seq: Value,
    /// The next index, or [`DONE`].
    index: Cell<usize>,
}

pub struct ReversedIter {
    seq: Value,
    /// The next index; negative once exhausted.
    index: Cell<isize>,
}

pub struct RangeIter {
    cur: Cell<i64>,
    step: i64,
    remaining: Cell<u64>,
}

pub struct StrIter {
    s: PyRef,
    /// Byte offset of the next character, or [`DONE`].
    pos: Cell<usize>,
}

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub struct DictIter {
    dict: PyRef,
    what: DictIterKind,
    reverse: bool,
    /// The next entry position (forward), or the next one to examine going down (reverse;
    /// negative when done).
    pos: Cell<isize>,
    /// The dict's size when iteration started; -1 once a size change was reported (sticky).
    used: Cell<isize>,
    /// Items still expected: finding one more means the keys changed.
    remaining: Cell<usize>,
    done: Cell<bool>,
}

pub struct SetIter {
    set: PyRef,
    pos: Cell<usize>,
    used: Cell<isize>,
    done: Cell<bool>,
}

fn make(cls: &PyRef, kind: IterKind) -> Value {
    Value::Obj(PyRef::new(cls, IterObj { kind }))
}

// ---------------------------------------------------------------------------------------
// Constructors

/// An index-based iterator over `seq` (a list, a tuple, or anything with `__getitem__`),
/// of type `cls` (`list_iterator`, `tuple_iterator`, `iterator`).
pub fn new_seq_iter(cls: &PyRef, seq: Value) -> Value {
    make(
        cls,
        IterKind::Seq(SeqIter {
            seq,
            index: Cell::new(0),
        }),
    )
}

/// A reverse iterator over `seq` starting at `len - 1` (`list_reverseiterator`, or a
/// `reversed` object).
pub fn new_reversed_iter(cls: &PyRef, seq: Value, len: usize) -> Value {
    make(
        cls,
        IterKind::Reversed(ReversedIter {
            seq,
            index: Cell::new(len as isize - 1),
        }),
    )
}

/// A `range_iterator` yielding `count` values `start, start+step, ...`.
pub fn new_range_iter(start: i64, step: i64, count: u64) -> Value {
    make(
        &types().range_iterator,
        IterKind::Range(RangeIter {
            cur: Cell::new(start),
            step,
            remaining: Cell::new(count),
        }),
    )
}

/// A `longrange_iterator`.
pub fn new_long_range_iter(it: crate::objects::containers::range::LongRangeIter) -> Value {
    make(
        &types().longrange_iterator,
        IterKind::LongRange(Box::new(it)),
    )
}

/// An iterator over the characters of a str object.
pub fn new_str_iter(s: PyRef) -> Value {
    let t = types();
    let cls = match s.downcast::<StrObj>() {
        Some(o) if !o.is_ascii() => &t.str_iterator_unicode,
        _ => &t.str_iterator,
    };
    make(
        cls,
        IterKind::Str(StrIter {
            s,
            pos: Cell::new(0),
        }),
    )
}

/// An iterator over a dict's keys, values or items, forward or reversed.
pub fn new_dict_iter(dict: PyRef, what: DictIterKind, reverse: bool) -> Value {
    let d = dict.downcast::<DictObj>().expect("a dict");
    let t = types();
    let cls = match (what, reverse) {
        (DictIterKind::Keys, false) => &t.dict_keyiterator,
        (DictIterKind::Values, false) => &t.dict_valueiterator,
        (DictIterKind::Items, false) => &t.dict_itemiterator,
        (DictIterKind::Keys, true) => &t.dict_reversekeyiterator,
        (DictIterKind::Values, true) => &t.dict_reversevalueiterator,
        (DictIterKind::Items, true) => &t.dict_reverseitemiterator,
    };
    let len = d.len();
    let pos = if reverse {
        d.entry_count() as isize - 1
    } else {
        0
    };
    make(
        cls,
        IterKind::Dict(DictIter {
            what,
            reverse,
            pos: Cell::new(pos),
            used: Cell::new(len as isize),
            remaining: Cell::new(len),
            done: Cell::new(false),
            dict,
        }),
    )
}

/// A `set_iterator`.
pub fn new_set_iter(set: PyRef) -> Value {
    let len = set.downcast::<SetObj>().expect("a set").len();
    make(
        &types().set_iterator,
        IterKind::Set(SetIter {
            set,
            pos: Cell::new(0),
            used: Cell::new(len as isize),
            done: Cell::new(false),
        }),
    )
}

// ---------------------------------------------------------------------------------------
// Advancing

impl RangeIter {
    /// The next value, allocation-free.
    #[inline(always)]
    pub fn next_i64(&self) -> Option<i64> {
        let r = self.remaining.get();
        if r == 0 {
            return None;
        }
        self.remaining.set(r - 1);
        let v = self.cur.get();
        // Exact whenever the true result fits, which it does while items remain.
        self.cur.set(v.wrapping_add(self.step));
        Some(v)
    }
}

impl SeqIter {
    /// The next item of `items` (the list's or tuple's this iterates). `DONE` is past any
    /// end, so an exhausted iterator needs no test of its own.
    #[inline(always)]
    fn step(&self, items: &[Value]) -> Option<Value> {
        let i = self.index.get();
        let item = items.get(i).cloned();
        self.index.set(if item.is_some() { i + 1 } else { DONE });
        item
    }

    /// The next item of a list or tuple (never runs Python code); `Err(())` for the generic
    /// `__getitem__` kind.
    #[inline(always)]
    fn next_builtin(&self) -> Result<Option<Value>, ()> {
        if let Some(l) = self.seq.downcast::<ListObj>() {
            Ok(self.step(&l.items.borrow()))
        } else if let Some(t) = self.seq.downcast::<TupleObj>() {
            Ok(self.step(&t.items))
        } else {
            Err(())
        }
    }

    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Ok(r) = self.next_builtin() {
            return Ok(r);
        }
        let i = self.index.get();
        match vm.getitem(&self.seq, &Value::Int(i as i64)) {
            Ok(v) => {
                self.index.set(i + 1);
                Ok(Some(v))
            }
            Err(e) if is_end_of_sequence(&e) => {
                self.index.set(DONE);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// The length hint of an index-based iterator (`iter(obj)` over a class with
/// `__getitem__`, `reversed(obj)` over one with `__len__` and `__getitem__`): what CPython's
/// `__length_hint__` of these computes from the sequence's `__len__`, which may run Python
/// code. `None` for every other value (lists and tuples are sized without a call).
pub fn index_iter_hint(vm: &mut Vm, it: &Value) -> PyResult<Option<usize>> {
    let Some(obj) = it.downcast::<IterObj>() else {
        return Ok(None);
    };
    match &obj.kind {
        IterKind::Seq(s)
            if s.seq.downcast::<ListObj>().is_none() && s.seq.downcast::<TupleObj>().is_none() =>
        {
            let i = s.index.get();
            if i == DONE || crate::vm::protocol::slots(&s.seq).len.is_none() {
                return Ok((i == DONE).then_some(0));
            }
            Ok(Some(vm.len(&s.seq)?.saturating_sub(i)))
        }
        IterKind::Reversed(r) if r.seq.downcast::<ListObj>().is_none() => {
            let Ok(position) = usize::try_from(r.index.get() + 1) else {
                return Ok(Some(0));
            };
            let n = vm.len(&r.seq)?;
            Ok(Some(if n < position { 0 } else { position }))
        }
        _ => Ok(None),
    }
}

/// IndexError or StopIteration: how `__getitem__` iteration ends.
fn is_end_of_sequence(e: &PyErr) -> bool {
    let t = types();
    e.matches(&t.exc.index_error) || e.matches(&t.exc.stop_iteration)
}

/// Advances a range, list or tuple iterator without running Python code: `None` if `it`
/// is some other iterator (use `vm.next`), `Some(None)` when exhausted.
#[inline]
pub fn fast_next(it: &PyRef) -> Option<Option<Value>> {
    let obj = it.downcast::<IterObj>()?;
    match &obj.kind {
        IterKind::Range(r) => Some(r.next_i64().map(Value::Int)),
        IterKind::Seq(s) => s.next_builtin().ok(),
        _ => None,
    }
}

/// `next(it)` for the VM's own loops (`sum`, `min`, `zip`, `list(x)`, ...): range, list and
/// tuple iterators are advanced in place, anything else through its `next` slot.
#[inline]
pub fn next_item(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        if let Some(r) = fast_next(o) {
            return Ok(r);
        }
    }
    vm.next(it)
}

/// The sequence iterator inside `it` if it iterates over a list (`list_iterator`), or over a
/// tuple when `tuple` is set.
#[inline(always)]
fn as_seq_iter(it: &PyRef, tuple: bool) -> Option<&SeqIter> {
    match &it.downcast::<IterObj>()?.kind {
        IterKind::Seq(s) => {
            let over = if tuple {
                s.seq.downcast::<TupleObj>().is_some()
            } else {
                s.seq.downcast::<ListObj>().is_some()
            };
            over.then_some(s)
        }
        _ => None,
    }
}

/// Whether `it` is a `list_iterator` (for `FOR_ITER_LIST`).
pub fn is_list_iter(it: &PyRef) -> bool {
    as_seq_iter(it, false).is_some()
}

/// Whether `it` is a `tuple_iterator` (for `FOR_ITER_TUPLE`).
pub fn is_tuple_iter(it: &PyRef) -> bool {
    as_seq_iter(it, true).is_some()
}

/// Advances `it` if it is a list iterator: `None` if it is not one, `Some(None)` when
/// exhausted. Runs no Python code.
#[inline(always)]
pub fn next_list(it: &PyRef) -> Option<Option<Value>> {
    let IterKind::Seq(s) = &it.downcast::<IterObj>()?.kind else {
        return None;
    };
    let l = s.seq.downcast::<ListObj>()?;
    Some(s.step(&l.items.borrow()))
}

/// Advances `it` if it is a tuple iterator, as [`next_list`].
#[inline(always)]
pub fn next_tuple(it: &PyRef) -> Option<Option<Value>> {
    let IterKind::Seq(s) = &it.downcast::<IterObj>()?.kind else {
        return None;
    };
    let t = s.seq.downcast::<TupleObj>()?;
    Some(s.step(&t.items))
}

/// Advances `it` if it is a range iterator: `None` if it is not one, `Some(None)` when
/// exhausted, `Some(Some(i))` otherwise. Allocation-free.
#[inline]
pub fn next_range(it: &PyRef) -> Option<Option<i64>> {
    as_range_iter(it).map(RangeIter::next_i64)
}

/// The range iterator inside `it`, if it is one (for `FOR_ITER`'s integer fast path).
#[inline]
pub fn as_range_iter(it: &PyRef) -> Option<&RangeIter> {
    match &it.downcast::<IterObj>()?.kind {
        IterKind::Range(r) => Some(r),
        _ => None,
    }
}

impl ReversedIter {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = self.index.get();
        if i < 0 {
            return Ok(None);
        }
        // A list's reverse iterator reads its items (a subclass's too, as CPython's
        // `list_reverseiterator`); the generic `reversed` reads a tuple's only when exact,
        // since a subclass may override `__getitem__`.
        let fast = if let Some(l) = self.seq.downcast::<ListObj>() {
            Some(l.items.borrow().get(i as usize).cloned())
        } else {
            crate::vm::protocol::exact_tuple(&self.seq).map(|t| t.items.get(i as usize).cloned())
        };
        if let Some(item) = fast {
            self.index.set(if item.is_some() { i - 1 } else { -1 });
            return Ok(item);
        }
        match vm.getitem(&self.seq, &Value::Int(i as i64)) {
            Ok(v) => {
                self.index.set(i - 1);
                Ok(Some(v))
            }
            Err(e) if is_end_of_sequence(&e) => {
                self.index.set(-1);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

impl StrIter {
    fn next(&self) -> Option<Value> {
        let pos = self.pos.get();
        if pos == DONE {
            return None;
        }
        let s = self.s.downcast::<StrObj>().map_or("", |s| s.as_str());
        match s[pos..].chars().next() {
            Some(c) => {
                self.pos.set(pos + c.len_utf8());
                let mut buf = [0u8; 4];
                Some(Value::Obj(new_str(&*c.encode_utf8(&mut buf))))
            }
            None => {
                self.pos.set(DONE);
                None
            }
        }
    }
}

impl DictIter {
    fn next(&self) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let d = self.dict.downcast::<DictObj>().expect("a dict");
        if self.used.get() != d.len() as isize {
            self.used.set(-1);
            return Err(exc!(
                runtime_error,
                "dictionary changed size during iteration"
            ));
        }
        let found = if self.reverse {
            let pos = self.pos.get();
            if pos < 0 {
                None
            } else {
                d.prev_entry(pos as usize)
                    .map(|(i, k, v)| (i as isize - 1, k, v))
            }
        } else {
            d.next_entry(self.pos.get() as usize)
                .map(|(next, k, v)| (next as isize, k, v))
        };
        let Some((next, k, v)) = found else {
            self.done.set(true);
            return Ok(None);
        };
        if self.remaining.get() == 0 {
            self.done.set(true);
            return Err(exc!(
                runtime_error,
                "dictionary keys changed during iteration"
            ));
        }
        self.remaining.set(self.remaining.get() - 1);
        self.pos.set(next);
        Ok(Some(match self.what {
            DictIterKind::Keys => k,
            DictIterKind::Values => v,
            DictIterKind::Items => tuple_value(vec![k, v]),
        }))
    }
}

impl SetIter {
    fn next(&self) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let s = self.set.downcast::<SetObj>().expect("a set");
        if self.used.get() != s.len() as isize {
            self.used.set(-1);
            return Err(exc!(runtime_error, "Set changed size during iteration"));
        }
        match s.next_entry(self.pos.get()) {
            Some((next, key)) => {
                self.pos.set(next);
                Ok(Some(key))
            }
            None => {
                self.done.set(true);
                Ok(None)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Slots

fn iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn iter_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast::<IterObj>().expect("an iterator");
    match &it.kind {
        IterKind::Range(r) => Ok(r.next_i64().map(Value::Int)),
        IterKind::LongRange(r) => Ok(r.next()),
        IterKind::Seq(s) => s.next(vm),
        IterKind::Reversed(r) => r.next(vm),
        IterKind::Str(s) => Ok(s.next()),
        IterKind::Dict(d) => d.next(),
        IterKind::Set(s) => s.next(),
        IterKind::Enumerate(e) => e.next(vm),
        IterKind::Zip(z) => z.next(vm),
        IterKind::Map(m) => m.next(vm),
        IterKind::Filter(f) => f.next(vm),
        IterKind::Callable(c) => c.next(vm),
    }
}

/// The slots of every iterator type.
pub const SLOTS: TypeSlots = TypeSlots {
    iter: Some(iter_self),
    next: Some(iter_next),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`): the container iterators.
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: hint::METHODS,
    getsets: &[],
};

/// `callable_iterator` (`iter(f, sentinel)`): as [`SPEC`] without a length hint.
pub const CALLABLE_SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

/// The wrapping iterators have no methods of their own: `__next__` and `__iter__` are the
/// slot wrappers of their `next` and `iter` slots (as in CPython).
pub const METHODS: &[MethodDef] = &[];

impl crate::objects::trace::Trace for IterObj {
    fn is_gc(&self) -> bool {
        !matches!(
            self.kind,
            IterKind::Range(_) | IterKind::LongRange(_) | IterKind::Str(_)
        )
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        use crate::objects::trace::{visit_value, visit_values};
        match &self.kind {
            IterKind::Seq(it) => visit_value(&it.seq, visit),
            IterKind::Reversed(it) => visit_value(&it.seq, visit),
            IterKind::Range(_) | IterKind::LongRange(_) => {}
            IterKind::Str(it) => visit(&it.s),
            IterKind::Dict(it) => visit(&it.dict),
            IterKind::Set(it) => visit(&it.set),
            IterKind::Enumerate(it) => visit_value(&it.iter, visit),
            IterKind::Zip(it) => visit_values(&it.iters, visit),
            IterKind::Map(it) => {
                visit_value(&it.func, visit);
                visit_values(&it.iters, visit);
            }
            IterKind::Filter(it) => {
                visit_value(&it.func, visit);
                visit_value(&it.iter, visit);
            }
            IterKind::Callable(it) => {
                visit_value(&it.func, visit);
                visit_value(&it.sentinel, visit);
            }
        }
    }
}

/// The `ENUMERATE_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const ENUMERATE_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: ENUMERATE_SLOTS,
        methods: METHODS,
        getsets: &[],
    };

/// The `ZIP_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const ZIP_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: ZIP_SLOTS,
        methods: METHODS,
        getsets: &[],
    };

/// The `MAP_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const MAP_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: MAP_SLOTS,
        methods: METHODS,
        getsets: &[],
    };

/// The `FILTER_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const FILTER_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: FILTER_SLOTS,
        methods: METHODS,
        getsets: &[],
    };

/// The `REVERSED_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const REVERSED_SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: REVERSED_SLOTS,
        methods: hint::METHODS,
        getsets: &[],
    };
