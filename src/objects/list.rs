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

use std::cell::RefCell;

use super::core::PyRef;
use super::seq::{self, Sequence, Subscript};
use super::slice::{slice_values, SliceObj, SliceSteps};
use super::str::new_str;
use super::tuple::sequence_repeat_error;
use super::typeobj::{MethodDef, TypeSlots};
use super::{types, Value};
use crate::ast::BinOp;
use crate::bytecode::opcode::CompareKind;
use crate::exc;
use crate::vm::{Args, PyResult, Vm};

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
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
        super::class::alloc(cls, ListObj::new(items))
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

    /// `append`.
    #[inline]
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
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
}

/// A list value from items.
pub fn list_value(items: Vec<Value>) -> Value {
    Value::Obj(ListObj::new_ref(items))
}

fn this(v: &Value) -> &ListObj {
    v.downcast::<ListObj>().expect("a list")
}

/// `self` of a list method, with CPython's errors for a missing or non-list `self`.
fn self_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ListObj> {
    let v = args.pos().first().ok_or_else(|| {
        exc!(
            type_error,
            "unbound method list.{}() needs an argument",
            name
        )
    })?;
    v.downcast::<ListObj>().ok_or_else(|| {
        exc!(
            type_error,
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            name,
            v.type_name()
        )
    })
}

/// The arguments after `self`, checked to be exactly one (`list.append() takes exactly one
/// argument (0 given)`).
fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(&format!("list.{name}"))?;
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(exc!(
            type_error,
            "list.{}() takes exactly one argument ({} given)",
            name,
            pos.len()
        ));
    }
    Ok(&pos[0])
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(&format!("list.{name}"))?;
    let n = args.pos().len() - 1;
    if n != 0 {
        return Err(exc!(
            type_error,
            "list.{}() takes no arguments ({} given)",
            name,
            n
        ));
    }
    Ok(())
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
    let l = self_arg(&args, "__init__")?;
    args.no_kwargs("list")?;
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(crate::vm::args::arg_count_error("list", 0, 1, pos.len()));
    }
    l.clear();
    if let Some(v) = pos.first() {
        let items = seq::collect_fast(vm, v)?;
        l.extend(items);
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

/// `l.extend(x)` / `l += x` (CPython's `list_extend`): an exact list or tuple, or `l`
/// itself (snapshotted through its iterator first: `PySequence_Fast`), is copied in one go;
/// any other iterable is appended item by item as it is iterated, so the iterator sees the
/// list grow and an error midway keeps what came before.
fn extend_from(vm: &mut Vm, lv: &Value, x: &Value) -> PyResult<()> {
    const MAX_PRESIZE: usize = 1 << 16;
    let l = this(lv);
    if x.is(lv) {
        let items = seq::sequence_fast(vm, x, "argument must be iterable")?;
        l.extend(items);
        return Ok(());
    }
    if let Some(items) = seq::exact_items(x) {
        l.extend(items);
        return Ok(());
    }
    let it = vm.iter(x)?;
    let hint = vm.length_hint(x, 8)?;
    l.items.borrow_mut().reserve(hint.min(MAX_PRESIZE));
    while let Some(v) = vm.next(&it)? {
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
            let old = l.to_vec();
            let items = seq::repeat(&old, count)?;
            l.set_items(items);
            Ok(a.clone())
        }
        _ => Ok(seq::not_implemented()),
    }
}

fn list_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn list_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(super::iter::new_seq_iter(&types().list_iterator, v.clone()))
}

fn list_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let l = this(v);
    let items = l.items.borrow();
    if let Value::Int(i) = key {
        if let Some(j) = seq::normalize_index(*i, items.len()) {
            return Ok(items[j].clone());
        }
        return Err(exc!(index_error, "list index out of range"));
    }
    match seq::subscript(key, items.len(), "list")? {
        Subscript::Index(i) => match seq::normalize_index(i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => Err(exc!(index_error, "list index out of range")),
        },
        Subscript::Slice(start, _, step, n) => {
            let out = slice_values(&items, start, step, n);
            drop(items);
            Ok(list_value(out))
        }
    }
}

fn list_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let l = this(v);
    let len = l.len();
    match seq::subscript(key, len, "list")? {
        Subscript::Index(i) => {
            let old = {
                let mut items = l.items.borrow_mut();
                let Some(j) = seq::normalize_index(i, items.len()) else {
                    return Err(exc!(index_error, "list assignment index out of range"));
                };
                std::mem::replace(&mut items[j], value)
            };
            drop(old);
            Ok(())
        }
        Subscript::Slice(..) => {
            let slice = key.downcast::<SliceObj>().expect("a slice");
            assign_slice(vm, v, l, slice, Some(&value))
        }
    }
}

fn list_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let l = this(v);
    match seq::subscript(key, l.len(), "list")? {
        Subscript::Index(i) => {
            let old = {
                let mut items = l.items.borrow_mut();
                let Some(j) = seq::normalize_index(i, items.len()) else {
                    return Err(exc!(index_error, "list assignment index out of range"));
                };
                items.remove(j)
            };
            drop(old);
            Ok(())
        }
        Subscript::Slice(..) => {
            let slice = key.downcast::<SliceObj>().expect("a slice");
            assign_slice(vm, v, l, slice, None)
        }
    }
}

/// `l[slice] = value` (or `del l[slice]` when `value` is `None`), CPython's
/// `list_ass_subscript`: a step-1 slice takes any iterable of any length; an extended
/// slice needs exactly as many items as it selects.
fn assign_slice(
    vm: &mut Vm,
    lv: &Value,
    l: &ListObj,
    slice: &SliceObj,
    value: Option<&Value>,
) -> PyResult<()> {
    let (start, stop, step) = slice.unpack()?;
    // The new items are gathered first (which may run Python code and even change the
    // list); the slice is then resolved against the list as it is now.
    let new_items = match value {
        None => None,
        Some(v) if v.is(lv) => Some(l.to_vec()),
        Some(v) => {
            if step == 1 {
                Some(collect_assignable(vm, v, "can only assign an iterable")?)
            } else {
                Some(collect_assignable(
                    vm,
                    v,
                    "must assign iterable to extended slice",
                )?)
            }
        }
    };
    // Resolve against the current length (no Python code runs from here on), and reject a
    // size mismatch before borrowing, so the rejected items are dropped outside the borrow.
    let (lo, hi, n) = super::slice::adjust_indices(start, stop, step, l.len());
    if let (Some(new), true) = (&new_items, step != 1) {
        if new.len() != n {
            return Err(exc!(
                value_error,
                "attempt to assign sequence of size {} to extended slice of size {}",
                new.len(),
                n
            ));
        }
    }
    let removed: Vec<Value> = {
        let mut items = l.items.borrow_mut();
        match (new_items, step) {
            (None, 1) => items.drain(lo as usize..hi.max(lo) as usize).collect(),
            (Some(new), 1) => items
                .splice(lo as usize..hi.max(lo) as usize, new)
                .collect(),
            (None, _) => delete_extended(&mut items, lo as isize, step as isize, n),
            (Some(new), _) => SliceSteps::new(lo as isize, step as isize, n)
                .zip(new)
                .map(|(i, v)| std::mem::replace(&mut items[i], v))
                .collect(),
        }
    };
    seq::drop_reversed(removed);
    Ok(())
}

/// The items of `v` for slice assignment (CPython's `PySequence_Fast`), with `msg` as the
/// TypeError for a non-iterable.
fn collect_assignable(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    seq::sequence_fast(vm, v, msg)
}

/// Removes the `n` items an extended slice selects; returns them.
fn delete_extended(items: &mut Vec<Value>, start: isize, step: isize, n: usize) -> Vec<Value> {
    if n == 0 {
        return Vec::new();
    }
    let mut doomed = vec![false; items.len()];
    for i in SliceSteps::new(start, step, n) {
        doomed[i] = true;
    }
    let old = std::mem::take(items);
    let mut removed = Vec::with_capacity(n);
    for (v, d) in old.into_iter().zip(doomed) {
        if d {
            removed.push(v);
        } else {
            items.push(v);
        }
    }
    removed
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
    let l = self_arg(&args, "append")?;
    let x = one_arg(&args, "append")?;
    l.push(x.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // (checks that the receiver is a list)
    self_arg(&args, "extend")?;
    let x = one_arg(&args, "extend")?;
    extend_from(vm, &args.pos()[0], x)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_arg(&args, "insert")?;
    args.no_kwargs("insert")?;
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(crate::vm::args::arg_count_error("insert", 2, 2, pos.len()));
    }
    // (`__index__` runs before the list is borrowed: it may change the list)
    let i = seq::index_arg(&super::class_slots::to_index(vm, &pos[0])?)?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, pos[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_arg(&args, "pop")?;
    args.no_kwargs("pop")?;
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(crate::vm::args::arg_count_error("pop", 0, 1, pos.len()));
    }
    let i = match pos.first() {
        Some(v) => seq::index_arg(&super::class_slots::to_index(vm, v)?)?,
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
    let l = self_arg(&args, "remove")?;
    let x = one_arg(&args, "remove")?;
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
    let l = self_arg(&args, "index")?;
    args.no_kwargs("index")?;
    let (x, start, stop) = seq::index_args(vm, &args.pos()[1..], "index", l.len())?;
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
    let l = self_arg(&args, "count")?;
    let x = one_arg(&args, "count")?;
    Ok(Value::Int(seq::seq_count(vm, l, x)? as i64))
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_arg(&args, "sort")?;
    let lv = &args.pos()[0];
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
    let result = super::sort::sort_values(vm, &mut items, key, reverse);
    let (intruders, modified) = {
        let mut cur = l.items.borrow_mut();
        let modified = cur.capacity() != 0;
        (std::mem::replace(&mut *cur, items), modified)
    };
    drop(intruders);
    result?;
    if modified {
        return Err(exc!(value_error, "list modified during sort"));
    }
    Ok(())
}

fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_arg(&args, "reverse")?;
    no_args(&args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_arg(&args, "copy")?;
    no_args(&args, "copy")?;
    Ok(list_value(l.to_vec()))
}

fn list_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_arg(&args, "clear")?;
    no_args(&args, "clear")?;
    l.clear();
    Ok(Value::None)
}

fn list_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = self_arg(&args, "__reversed__")?;
    no_args(&args, "__reversed__")?;
    Ok(super::iter::new_reversed_iter(
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

pub const METHODS: &[MethodDef] = &[
    crate::method!("append", list_append),
    crate::method!("extend", list_extend),
    crate::method!("insert", list_insert),
    crate::method!("pop", list_pop),
    crate::method!("remove", list_remove),
    crate::method!("index", list_index),
    crate::method!("count", list_count),
    crate::method!("sort", list_sort),
    crate::method!("reverse", list_reverse),
    crate::method!("copy", list_copy),
    crate::method!("clear", list_clear),
    crate::method!("__init__", list_init),
    crate::method!("__reversed__", list_reversed),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::testutil::*;

    fn l(vm: &mut Vm, xs: &[i64]) -> Value {
        let _ = vm;
        int_list(xs)
    }

    #[test]
    fn repr_is_recursion_safe() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = l(&mut vm, &[1, 2]);
        method(&mut vm, &a, "append", std::slice::from_ref(&a)).unwrap();
        assert_eq!(repr(&mut vm, &a), "[1, 2, [...]]");
        let b = list_value(vec![
            a.clone(),
            int_tuple(&[4]),
            int_tuple(&[]),
            Value::None,
        ]);
        assert_eq!(repr(&mut vm, &b), "[[1, 2, [...]], (4,), (), None]");
        // Break the cycle so the test does not leak.
        this(&a).clear();
        assert_eq!(repr(&mut vm, &list_value(vec![])), "[]");
    }

    #[test]
    fn indexing_and_slicing() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = l(&mut vm, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert!(matches!(vm.getitem(&a, &Value::Int(-1)), Ok(Value::Int(9))));
        assert_eq!(
            err(vm.getitem(&a, &Value::Int(10))),
            "IndexError: list index out of range"
        );
        assert_eq!(
            err(vm.getitem(&a, &str_value("x"))),
            "TypeError: list indices must be integers or slices, not str"
        );
        let s = |a: Value, b: Value, c: Value| Value::Obj(SliceObj::new_ref(a, b, c));
        let (n, i) = (Value::None, Value::Int);
        let r = vm.getitem(&a, &s(i(8), i(1), i(-3))).unwrap();
        assert_eq!(repr(&mut vm, &r), "[8, 5, 2]");
        let r = vm.getitem(&a, &s(n.clone(), n.clone(), i(-1))).unwrap();
        assert_eq!(ints(&mut vm, &r), vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
        assert_eq!(
            err(vm.getitem(&a, &s(n.clone(), n.clone(), i(0)))),
            "ValueError: slice step cannot be zero"
        );
        // Slice assignment: any length for step 1, exact length for extended slices.
        vm.setitem(&a, &s(i(2), i(5), n.clone()), int_tuple(&[20, 21]))
            .unwrap();
        assert_eq!(repr(&mut vm, &a), "[0, 1, 20, 21, 5, 6, 7, 8, 9]");
        vm.setitem(&a, &s(i(7), i(2), n.clone()), int_list(&[-1]))
            .unwrap();
        assert_eq!(repr(&mut vm, &a), "[0, 1, 20, 21, 5, 6, 7, -1, 8, 9]");
        vm.setitem(
            &a,
            &s(n.clone(), n.clone(), i(3)),
            int_list(&[100, 101, 102, 103]),
        )
        .unwrap();
        assert_eq!(
            repr(&mut vm, &a),
            "[100, 1, 20, 101, 5, 6, 102, -1, 8, 103]"
        );
        assert_eq!(
            err(vm
                .setitem(&a, &s(n.clone(), n.clone(), i(2)), int_list(&[1, 2, 3]))
                .map(|_| Value::None)),
            "ValueError: attempt to assign sequence of size 3 to extended slice of size 5"
        );
        assert_eq!(
            err(vm
                .setitem(&a, &s(n.clone(), n.clone(), i(2)), Value::Int(1))
                .map(|_| Value::None)),
            "TypeError: must assign iterable to extended slice"
        );
        assert_eq!(
            err(vm
                .setitem(&a, &s(n.clone(), n.clone(), n.clone()), Value::Int(1))
                .map(|_| Value::None)),
            "TypeError: can only assign an iterable"
        );
        vm.delitem(&a, &s(n.clone(), n.clone(), i(-3))).unwrap();
        assert_eq!(repr(&mut vm, &a), "[1, 20, 5, 6, -1, 8]");
        vm.delitem(&a, &s(i(1), i(3), n.clone())).unwrap();
        vm.delitem(&a, &i(-1)).unwrap();
        assert_eq!(repr(&mut vm, &a), "[1, 6, -1]");
        assert_eq!(
            err(vm.delitem(&a, &i(3)).map(|_| Value::None)),
            "IndexError: list assignment index out of range"
        );
        vm.setitem(&a, &i(-3), Value::None).unwrap();
        assert_eq!(repr(&mut vm, &a), "[None, 6, -1]");
        // a[:] = a
        vm.setitem(&a, &s(n.clone(), n.clone(), n.clone()), a.clone())
            .unwrap();
        assert_eq!(repr(&mut vm, &a), "[None, 6, -1]");
        vm.setitem(&a, &s(i(1), i(1), n.clone()), a.clone())
            .unwrap();
        assert_eq!(repr(&mut vm, &a), "[None, None, 6, -1, 6, -1]");
    }

    #[test]
    fn methods_and_errors() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = l(&mut vm, &[3, 1, 2]);
        let i = Value::Int;
        method(&mut vm, &a, "append", &[i(5)]).unwrap();
        method(&mut vm, &a, "extend", &[int_tuple(&[6, 7])]).unwrap();
        method(&mut vm, &a, "insert", &[i(-100), i(0)]).unwrap();
        method(&mut vm, &a, "insert", &[i(100), i(8)]).unwrap();
        method(&mut vm, &a, "insert", &[i(-1), i(9)]).unwrap();
        assert_eq!(repr(&mut vm, &a), "[0, 3, 1, 2, 5, 6, 7, 9, 8]");
        assert!(matches!(method(&mut vm, &a, "pop", &[]), Ok(Value::Int(8))));
        assert!(matches!(
            method(&mut vm, &a, "pop", &[i(1)]),
            Ok(Value::Int(3))
        ));
        method(&mut vm, &a, "remove", &[i(9)]).unwrap();
        assert!(matches!(
            method(&mut vm, &a, "index", &[i(5)]),
            Ok(Value::Int(3))
        ));
        assert!(matches!(
            method(&mut vm, &a, "index", &[i(5), i(-3)]),
            Ok(Value::Int(3))
        ));
        assert_eq!(
            err(method(&mut vm, &a, "index", &[i(5), i(0), i(3)])),
            "ValueError: 5 is not in list"
        );
        assert!(matches!(
            method(&mut vm, &a, "count", &[i(1)]),
            Ok(Value::Int(1))
        ));
        method(&mut vm, &a, "reverse", &[]).unwrap();
        assert_eq!(repr(&mut vm, &a), "[7, 6, 5, 2, 1, 0]");
        let c = method(&mut vm, &a, "copy", &[]).unwrap();
        method(&mut vm, &a, "clear", &[]).unwrap();
        assert_eq!(repr(&mut vm, &c), "[7, 6, 5, 2, 1, 0]");
        assert_eq!(repr(&mut vm, &a), "[]");
        let cases: Vec<(&str, Vec<Value>, &str)> = vec![
            (
                "append",
                vec![],
                "TypeError: list.append() takes exactly one argument (0 given)",
            ),
            (
                "append",
                vec![i(1), i(2)],
                "TypeError: list.append() takes exactly one argument (2 given)",
            ),
            (
                "insert",
                vec![i(1)],
                "TypeError: insert expected 2 arguments, got 1",
            ),
            ("pop", vec![], "IndexError: pop from empty list"),
            (
                "pop",
                vec![i(1), i(2)],
                "TypeError: pop expected at most 1 argument, got 2",
            ),
            (
                "pop",
                vec![str_value("a")],
                "TypeError: 'str' object cannot be interpreted as an integer",
            ),
            (
                "remove",
                vec![i(1)],
                "ValueError: list.remove(x): x not in list",
            ),
            (
                "index",
                vec![],
                "TypeError: index expected at least 1 argument, got 0",
            ),
            (
                "index",
                vec![i(1), i(2), i(3), i(4)],
                "TypeError: index expected at most 3 arguments, got 4",
            ),
            (
                "count",
                vec![],
                "TypeError: list.count() takes exactly one argument (0 given)",
            ),
            (
                "reverse",
                vec![i(1)],
                "TypeError: list.reverse() takes no arguments (1 given)",
            ),
            (
                "sort",
                vec![i(1)],
                "TypeError: sort() takes no positional arguments",
            ),
        ];
        for (name, args, want) in cases {
            assert_eq!(err(method(&mut vm, &a, name, &args)), want, "{name}");
        }
        method(&mut vm, &a, "append", &[i(1)]).unwrap();
        assert_eq!(
            err(method(&mut vm, &a, "pop", &[i(5)])),
            "IndexError: pop index out of range"
        );
        assert_eq!(
            err(method_kw(&mut vm, &a, "sort", &[], &[("foo", i(1))])),
            "TypeError: 'foo' is an invalid keyword argument for sort()"
        );
    }

    #[test]
    fn operators() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = l(&mut vm, &[1, 2]);
        let b = l(&mut vm, &[3]);
        let r = vm.binary_op(BinOp::Add, &a, &b, false).unwrap();
        assert_eq!(repr(&mut vm, &r), "[1, 2, 3]");
        let r = vm
            .binary_op(BinOp::Mult, &Value::Int(2), &a, false)
            .unwrap();
        assert_eq!(repr(&mut vm, &r), "[1, 2, 1, 2]");
        let r = vm
            .binary_op(BinOp::Mult, &a, &Value::Int(-1), false)
            .unwrap();
        assert_eq!(repr(&mut vm, &r), "[]");
        assert_eq!(
            err(vm.binary_op(BinOp::Add, &a, &Value::Int(1), false)),
            "TypeError: can only concatenate list (not \"int\") to list"
        );
        assert_eq!(
            err(vm.binary_op(BinOp::Mult, &a, &str_value("x"), false)),
            "TypeError: can't multiply sequence by non-int of type 'str'"
        );
        assert_eq!(
            err(vm.binary_op(BinOp::Mult, &a, &Value::Int(1 << 62), false)),
            "MemoryError"
        );
        let r = vm
            .binary_op(BinOp::Add, &a, &int_tuple(&[7]), true)
            .unwrap();
        assert!(r.is(&a));
        let r = vm.binary_op(BinOp::Mult, &a, &Value::Int(2), true).unwrap();
        assert!(r.is(&a));
        assert_eq!(repr(&mut vm, &a), "[1, 2, 7, 1, 2, 7]");
        let cmp = |vm: &mut Vm, x: &[i64], y: &[i64], op| {
            let r = vm.compare(&int_list(x), &int_list(y), op).unwrap();
            vm.truthy(&r).unwrap()
        };
        assert!(cmp(&mut vm, &[1, 2], &[1, 3], CompareKind::Lt));
        assert!(cmp(&mut vm, &[1], &[1, 0], CompareKind::Lt));
        assert!(cmp(&mut vm, &[1, 2], &[1, 2], CompareKind::Eq));
        assert!(cmp(&mut vm, &[2], &[1, 5], CompareKind::Ge));
        assert!(!cmp(&mut vm, &[1, 2], &[1, 2], CompareKind::Ne));
        assert_eq!(
            err(vm.hash(&a).map(Value::Int)),
            "TypeError: unhashable type: 'list'"
        );
        assert!(vm.contains(&a, &Value::Int(7)).unwrap());
        assert!(!vm.contains(&a, &Value::Int(8)).unwrap());
    }

    #[test]
    fn sort_is_stable_and_detects_mutation() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let words: Vec<Value> = [&[1, 2][..], &[3], &[4, 5, 6], &[7], &[8, 9], &[]]
            .iter()
            .map(|x| int_list(x))
            .collect();
        let a = list_value(words);
        method_kw(&mut vm, &a, "sort", &[], &[("key", builtin("len"))]).unwrap();
        assert_eq!(
            repr(&mut vm, &a),
            "[[], [3], [7], [1, 2], [8, 9], [4, 5, 6]]"
        );
        method_kw(
            &mut vm,
            &a,
            "sort",
            &[],
            &[("key", builtin("len")), ("reverse", Value::Bool(true))],
        )
        .unwrap();
        assert_eq!(
            repr(&mut vm, &a),
            "[[4, 5, 6], [1, 2], [8, 9], [3], [7], []]"
        );
        // Plain sort of ints, then reverse.
        let b = l(&mut vm, &[5, 3, 9, 1, 3, 7]);
        method(&mut vm, &b, "sort", &[]).unwrap();
        assert_eq!(repr(&mut vm, &b), "[1, 3, 3, 5, 7, 9]");
        method_kw(&mut vm, &b, "sort", &[], &[("reverse", Value::Int(1))]).unwrap();
        assert_eq!(repr(&mut vm, &b), "[9, 7, 5, 3, 3, 1]");
        // A key function that appends to the list being sorted.
        let c = l(&mut vm, &[5]);
        assert_eq!(
            err(method_kw(
                &mut vm,
                &c,
                "sort",
                &[],
                &[("key", bound(&c, "append"))]
            )),
            "ValueError: list modified during sort"
        );
        assert_eq!(repr(&mut vm, &c), "[5]");
        // Errors from comparisons propagate.
        let d = list_value(vec![Value::Int(1), str_value("a")]);
        assert_eq!(
            err(method(&mut vm, &d, "sort", &[])),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(
            err(method_kw(
                &mut vm,
                &b,
                "sort",
                &[],
                &[("reverse", Value::None)]
            )),
            "TypeError: 'NoneType' object cannot be interpreted as an integer"
        );
        let r = call_kw(
            &mut vm,
            &builtin("sorted"),
            &[int_tuple(&[3, 1, 2])],
            &[("reverse", Value::Bool(true))],
        )
        .unwrap();
        assert_eq!(repr(&mut vm, &r), "[3, 2, 1]");
    }

    #[test]
    fn iteration_sees_appends() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = l(&mut vm, &[1]);
        let it = vm.iter(&a).unwrap();
        let mut seen = vec![];
        while let Some(v) = vm.next(&it).unwrap() {
            if let Value::Int(x) = v {
                seen.push(x);
                if x < 4 {
                    this(&a).push(Value::Int(x + 1));
                }
            }
        }
        assert_eq!(seen, vec![1, 2, 3, 4]);
        // Once exhausted, it stays exhausted.
        this(&a).push(Value::Int(99));
        assert!(vm.next(&it).unwrap().is_none());
        let r = call(
            &mut vm,
            &Value::Obj(t().reversed.clone()),
            std::slice::from_ref(&a),
        )
        .unwrap();
        assert_eq!(r.type_name(), "list_reverseiterator");
        assert_eq!(ints(&mut vm, &r), vec![99, 4, 3, 2, 1]);
        let n = new(&mut vm, &t().list, &[int_tuple(&[1, 2])]).unwrap();
        assert_eq!(repr(&mut vm, &n), "[1, 2]");
        assert_eq!(
            err(new(&mut vm, &t().list, &[Value::Int(1)])),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            err(new(&mut vm, &t().list, &[Value::Int(1), Value::Int(2)])),
            "TypeError: list expected at most 1 argument, got 2"
        );
    }
}
