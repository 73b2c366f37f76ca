//! `list`: a mutable sequence. Items sit in a `RefCell<Vec<Value>>`.
//!
//! Re-entrancy (DESIGN.md §2): no borrow of `items` is held across a call that may run Python
//! code (`__eq__`, `__lt__`, `__repr__`, iteration of an argument) or across dropping a value
//! (which may run `__del__`): values are cloned out before calls, and values removed or
//! replaced are moved out of the vector and dropped after the borrow ends. Sorting works on a
//! taken-out vector while the list is empty, and reports "list modified during sort" if the
//! list was touched meanwhile (as CPython does).
//!
//! Fast paths: integer indexing, `append` and iteration (see `iter`) never allocate beyond
//! the vector's own growth.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::RefCell;

use super::iter::next_item;
use super::seq::{self, Sequence};
use super::slice::SliceObj;
use super::tuple::sequence_repeat_error;
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::strings::str::new_str;
use crate::objects::trace::{visit_value, Trace};
use crate::objects::{types, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::protocol::{exact_list, exact_tuple};
use crate::vm::{Args, PyResult, Vm};

pub(crate) mod slicing;

pub use slicing::{assign_bounds, get_bounds};

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
}

impl Trace for ListObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(items) = self.items.try_borrow() {
            // (last first, as CPython's traverse: the collector's order of survivors)
            items.iter().rev().for_each(|v| visit_value(v, visit));
        }
    }
    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let old = std::mem::take(&mut *items);
            drop(items);
            crate::objects::containers::seq::drop_reversed(old);
        }
    }
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: RefCell::new(items),
        }
    }

    /// A new `list`.
    pub fn new_ref(items: Vec<Value>) -> PyRef {
        PyRef::new(&types().list, ListObj::new(items))
    }

    /// A new instance of `cls` (`list` or a subclass).
    pub fn new_with_class(cls: &PyRef, items: Vec<Value>) -> PyRef {
        crate::objects::classes::class::alloc(cls, ListObj::new(items))
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (cloned).
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `append`, growing the vector as CPython grows a list (see [`seq::grow`]).
    #[inline]
    pub fn push(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() {
            // (if even this fails, `push` reports the allocation failure)
            let _ = seq::grow(&mut items, 1);
        }
        items.push(v);
    }

    /// A snapshot of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    /// Appends all of `items`.
    pub fn extend(&self, items: Vec<Value>) {
        if !items.is_empty() {
            self.items.borrow_mut().extend(items);
        }
    }

    /// Appends clones of `items` (MemoryError rather than an abort if they do not fit).
    pub fn append_all(&self, items: &[Value]) -> PyResult<()> {
        let mut mine = self.items.borrow_mut();
        seq::grow(&mut mine, items.len())?;
        mine.extend_from_slice(items);
        Ok(())
    }

    /// Replaces the contents; the old items are dropped after the borrow ends.
    pub fn set_items(&self, items: Vec<Value>) {
        let old = std::mem::replace(&mut *self.items.borrow_mut(), items);
        seq::drop_reversed(old);
    }

    /// Empties the list (the old items are dropped after the borrow ends).
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        seq::drop_reversed(old);
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        seq::drop_reversed(std::mem::take(self.items.get_mut()));
    }
}

impl Sequence for ListObj {
    #[inline]
    fn seq_len(&self) -> usize {
        self.len()
    }
    #[inline]
    fn seq_get(&self, i: usize) -> Option<Value> {
        self.get(i)
    }
    #[inline(always)]
    fn with_items<R>(&self, f: impl FnOnce(&[Value]) -> R) -> Option<R> {
        Some(f(&self.items.borrow()))
    }
}

/// A list value from items.
pub fn list_value(items: Vec<Value>) -> Value {
    Value::Obj(ListObj::new_ref(items))
}

fn this(v: &Value) -> &ListObj {
    v.downcast::<ListObj>().expect("a list")
}

// ---------------------------------------------------------------------------------------
// Slots

fn list_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if !cls.ptr_eq(&types().list) {
        // A subclass: like CPython's `list.__new__`, make an empty instance and leave the
        // arguments to `__init__`.
        return Ok(Value::Obj(ListObj::new_with_class(cls, Vec::new())));
    }
    args.no_kwargs("list")?;
    args.check_count("list", 0, 1)?;
    let items = match args.pos().first() {
        None => Vec::new(),
        Some(v) => seq::collect_fast(vm, v)?,
    };
    Ok(Value::Obj(ListObj::new_ref(items)))
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    args.no_kwargs("list")?;
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(crate::vm::args::arg_count_error("list", 0, 1, pos.len()));
    }
    l.clear();
    if let Some(v) = pos.first() {
        extend_from(vm, &args.pos()[0], v)?;
    }
    Ok(Value::None)
}

fn list_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let l = this(v);
    if l.is_empty() {
        return Ok(new_str("[]"));
    }
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a list")) else {
        return Ok(new_str("[...]"));
    };
    let mut out = String::new();
    seq::write_items_repr(vm, &mut out, "[", "]", |i| l.get(i))?;
    Ok(new_str(out))
}

fn list_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    match (a.downcast::<ListObj>(), b.downcast::<ListObj>()) {
        (Some(x), Some(y)) => seq::seq_richcompare(vm, x, y, op, true),
        _ => Ok(seq::not_implemented()),
    }
}

fn list_binary(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        BinOp::Add => match (a.downcast::<ListObj>(), b.downcast::<ListObj>()) {
            (Some(x), Some(y)) => {
                let items = {
                    let (xa, ya) = (x.items.borrow(), y.items.borrow());
                    seq::concat(&xa, &ya)?
                };
                Ok(list_value(items))
            }
            _ => Ok(seq::not_implemented()),
        },
        BinOp::Mult => {
            let (l, n) = match (a.downcast::<ListObj>(), b.downcast::<ListObj>()) {
                (Some(l), _) => (l, b),
                (None, Some(l)) => (l, a),
                _ => return Ok(seq::not_implemented()),
            };
            let Some(count) = seq::repeat_count(n)? else {
                return sequence_repeat_error(n);
            };
            let items = seq::repeat(&l.items.borrow(), count)?;
            Ok(list_value(items))
        }
        _ => Ok(seq::not_implemented()),
    }
}

/// `l.extend(x)` (CPython's `list_extend`): an exact list or tuple, or `l` itself, is
/// copied in one go; anything else is iterated, each item appended as it comes (a generator
/// reading `l` sees it grow, and the items before an error stay).
fn extend_from(vm: &mut Vm, lv: &Value, x: &Value) -> PyResult<()> {
    let l = this(lv);
    if x.is(lv) {
        if exact_list(x).is_none() {
            // A subclass: `PySequence_Fast` makes a list of it first (through its
            // `__iter__`).
            let items = seq::sequence_fast(vm, x, "argument must be iterable")?;
            return l.append_all(&items);
        }
        let mut items = l.items.borrow_mut();
        let n = items.len();
        seq::grow(&mut items, n)?;
        items.extend_from_within(..n);
        return Ok(());
    }
    if let Some(o) = exact_list(x) {
        return l.append_all(&o.items.borrow());
    }
    if let Some(t) = exact_tuple(x) {
        return l.append_all(&t.items);
    }
    let it = vm.iter(x)?;
    let hint = vm.length_hint(x, 8)?;
    let room = seq::presize(hint)?;
    seq::grow(&mut l.items.borrow_mut(), room)?;
    while let Some(v) = next_item(vm, &it)? {
        l.push(v);
    }
    Ok(())
}

fn list_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let l = this(a);
    match op {
        BinOp::Add => {
            extend_from(vm, a, b)?;
            Ok(a.clone())
        }
        BinOp::Mult => {
            let Some(count) = seq::repeat_count(b)? else {
                return sequence_repeat_error(b);
            };
            let mut items = l.items.borrow_mut();
            let n = items.len();
            if n == 0 || count == 1 {
                return Ok(a.clone());
            }
            if count == 0 {
                drop(items);
                l.clear();
                return Ok(a.clone());
            }
            let total = n.checked_mul(count).ok_or_else(seq::memory_error)?;
            seq::grow(&mut items, total - n)?;
            for _ in 1..count {
                items.extend_from_within(..n);
            }
            Ok(a.clone())
        }
        _ => Ok(seq::not_implemented()),
    }
}

fn list_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn list_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::objects::containers::iter::new_seq_iter(
        &types().list_iterator,
        v.clone(),
    ))
}

fn list_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let l = this(v);
    if let Some(slice) = key.downcast::<SliceObj>() {
        return slicing::get(vm, l, slice);
    }
    let i = seq::item_index(key, "list")?;
    let items = l.items.borrow();
    match seq::normalize_index(i, items.len()) {
        Some(j) => Ok(items[j].clone()),
        None => Err(exc!(index_error, "list index out of range")),
    }
}

fn list_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Some(slice) = key.downcast::<SliceObj>() {
        return slicing::assign(vm, v, slice, Some(&value));
    }
    let i = seq::item_index(key, "list")?;
    let old = {
        let mut items = this(v).items.borrow_mut();
        let Some(j) = seq::normalize_index(i, items.len()) else {
            return Err(exc!(index_error, "list assignment index out of range"));
        };
        std::mem::replace(&mut items[j], value)
    };
    drop(old);
    Ok(())
}

fn list_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    if let Some(slice) = key.downcast::<SliceObj>() {
        return slicing::assign(vm, v, slice, None);
    }
    let i = seq::item_index(key, "list")?;
    let old = {
        let mut items = this(v).items.borrow_mut();
        let Some(j) = seq::normalize_index(i, items.len()) else {
            return Err(exc!(index_error, "list assignment index out of range"));
        };
        items.remove(j)
    };
    drop(old);
    Ok(())
}

fn list_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    seq::seq_contains(vm, this(v), x)
}

fn list_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!this(v).is_empty())
}

// ---------------------------------------------------------------------------------------
// Methods

fn list_append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    l.push(args.params()[0].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extend_from(vm, args.receiver(), &args.params()[0])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    let pos = args.params();
    // (`__index__` runs before the list is borrowed: it may change the list)
    let i = seq::index_arg(&crate::objects::classes::class_slots::to_index(
        vm, &pos[0],
    )?)?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, pos[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    let i = match args.params().first() {
        Some(v) => seq::index_arg(&crate::objects::classes::class_slots::to_index(vm, v)?)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(exc!(index_error, "pop from empty list"));
    }
    match seq::normalize_index(i, items.len()) {
        Some(j) if j + 1 == items.len() => Ok(items.pop().expect("non-empty")),
        Some(j) => Ok(items.remove(j)),
        None => Err(exc!(index_error, "pop index out of range")),
    }
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    let x = &args.params()[0];
    let Some(i) = seq::seq_index(vm, l, x, 0, usize::MAX)? else {
        return Err(exc!(value_error, "list.remove(x): x not in list"));
    };
    let removed = {
        let mut items = l.items.borrow_mut();
        // `__eq__` may have shrunk the list meanwhile.
        (i < items.len()).then(|| items.remove(i))
    };
    drop(removed);
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    let (x, start, stop) = seq::index_args(vm, args.params(), "index", l.len())?;
    match seq::seq_index(vm, l, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let mut r = String::new();
            seq::write_repr(vm, &mut r, x)?;
            Err(exc!(value_error, "{} is not in list", r))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    Ok(Value::Int(seq::seq_count(vm, l, &args.params()[0])? as i64))
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lv = args.receiver();
    if args.pos().len() > 1 {
        return Err(exc!(type_error, "sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_kwargs(vm, &args, "sort")?;
    sort_list(vm, lv, key.as_ref(), reverse)?;
    Ok(Value::None)
}

/// Parses `key=` and `reverse=` of `sort()`/`sorted()`.
pub fn sort_kwargs(_vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(Option<Value>, bool)> {
    let n = args.kwnames.len();
    if n > 2 {
        return Err(exc!(
            type_error,
            "{}() takes at most 2 keyword arguments ({} given)",
            fname,
            n
        ));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "reverse" => reverse = seq::index_arg(v)? != 0,
            _ => {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for {}()",
                    k,
                    fname
                ))
            }
        }
    }
    Ok((key, reverse))
}

/// Sorts a list in place (`list.sort`): the items are taken out while sorting, and a list
/// that was modified meanwhile raises "list modified during sort" (its new contents are
/// discarded, the sorted items restored).
pub fn sort_list(vm: &mut Vm, lv: &Value, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let l = this(lv);
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let result = crate::objects::containers::sort::sort_values(vm, &mut items, key, reverse);
    let (intruders, modified) = {
        let mut cur = l.items.borrow_mut();
        let modified = cur.capacity() != 0;
        (std::mem::replace(&mut *cur, items), modified)
    };
    seq::drop_reversed(intruders);
    result?;
    if modified {
        return Err(exc!(value_error, "list modified during sort"));
    }
    Ok(())
}

fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    Ok(list_value(l.to_vec()))
}

fn list_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    l.clear();
    Ok(Value::None)
}

fn list_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = args.receiver_as::<ListObj>();
    Ok(crate::objects::containers::iter::new_reversed_iter(
        &types().list_reverseiterator,
        args.pos()[0].clone(),
        l.len(),
    ))
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(list_new),
    repr: Some(list_repr),
    richcompare: Some(list_richcompare),
    binary: Some(list_binary),
    inplace: Some(list_inplace),
    len: Some(list_len),
    iter: Some(list_iter),
    getitem: Some(list_getitem),
    setitem: Some(list_setitem),
    delitem: Some(list_delitem),
    contains: Some(list_contains),
    bool: Some(list_bool),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

pub const METHODS: &[MethodDef] = &[
    crate::method!("append", list_append, One),
    crate::method!("extend", list_extend, One),
    crate::method!("insert", list_insert, Pos(2, 2)),
    crate::method!("pop", list_pop, Pos(0, 1)),
    crate::method!("remove", list_remove, One),
    crate::method!("index", list_index, Pos(1, 3)),
    crate::method!("count", list_count, One),
    crate::method!("sort", list_sort),
    crate::method!("reverse", list_reverse, NoArgs),
    crate::method!("copy", list_copy, NoArgs),
    crate::method!("clear", list_clear, NoArgs),
    crate::method!("__init__", list_init),
    crate::method!("__reversed__", list_reversed, NoArgs),
];

#[cfg(test)]
mod tests;
