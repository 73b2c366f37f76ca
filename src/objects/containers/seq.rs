//! Machinery shared by the sequence and container types (list, tuple, range, str-likes,
//! dict, set): integer arguments and subscripts, the generic sequence algorithms (`==`/`<`,
//! `index`, `count`, `in`, repetition), and the recursion guard of container reprs.
//!
//! Re-entrancy (DESIGN.md §2): the generic algorithms see a sequence only through
//! [`Sequence::seq_get`], which clones one item out and ends any borrow before returning,
//! so the `__eq__`/`__lt__` they call may mutate the sequence (the loop re-reads the live
//! length every step, as CPython does).

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt::Write as _;

use num_traits::{Signed, ToPrimitive};

use super::iter::next_item;
use crate::exc;
use crate::objects::core::PyRef;
use crate::objects::numbers::int::IntObj;
use crate::objects::strings::str::StrObj;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::vm::{PyResult, Vm};

/// A sequence as the generic algorithms see it: its live length and one item at a time.
pub trait Sequence {
    fn seq_len(&self) -> usize;
    /// Item `i` (cloned out), or `None` past the end.
    fn seq_get(&self, i: usize) -> Option<Value>;
    /// Runs `f` over all the items at once, for a sequence that keeps them contiguous
    /// (`None` otherwise). `f` must not run Python code: the items may be borrowed.
    #[inline(always)]
    fn with_items<R>(&self, f: impl FnOnce(&[Value]) -> R) -> Option<R> {
        let _ = f;
        None
    }
}

/// Releases `items` last to first, the order in which CPython's lists and tuples drop their
/// items (visible when the items have `__del__`).
pub fn drop_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

/// `NotImplemented`, for binary and comparison slots.
pub fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

// ---------------------------------------------------------------------------------------
// Integer arguments

/// An int-like value (`int`, `bool`, an int subclass) as an `i64`, or the sign of one too
/// large for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntLike {
    Small(i64),
    /// Does not fit an `i64`; `true` when negative.
    Big(bool),
}

/// The value of an int-like `v`, if it is one (no Python code runs).
pub fn int_like(v: &Value) -> Option<IntLike> {
    match v {
        Value::Int(i) => Some(IntLike::Small(*i)),
        Value::Bool(b) => Some(IntLike::Small(*b as i64)),
        Value::Obj(o) => o.downcast::<IntObj>().map(|b| match b.value.to_i64() {
            Some(i) => IntLike::Small(i),
            None => IntLike::Big(b.value.is_negative()),
        }),
        _ => None,
    }
}

/// An int value from a `BigInt`: an immediate when it fits in `i64`, else a heap int.
pub fn int_from_big(b: num_bigint::BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(PyRef::new(&types().int, IntObj { value: b })),
    }
}

/// An index-sized integer argument (`pop(i)`, `insert(i, x)`, `range(n)`): CPython's
/// "'str' object cannot be interpreted as an integer" and "Python int too large to convert
/// to C ssize_t".
pub fn index_arg(v: &Value) -> PyResult<i64> {
    match int_like(v) {
        Some(IntLike::Small(i)) => Ok(i),
        Some(IntLike::Big(_)) => Err(exc!(
            overflow_error,
            "Python int too large to convert to C ssize_t"
        )),
        None => Err(exc!(
            type_error,
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )),
    }
}

/// A slice-style index (clamped to the `i64` range rather than overflowing), as
/// `list.index`'s start/stop take them. `none_ok` admits `None` (returned as `None`).
pub fn clamped_index(v: &Value, none_ok: bool) -> PyResult<Option<i64>> {
    match int_like(v) {
        Some(IntLike::Small(i)) => Ok(Some(i)),
        Some(IntLike::Big(neg)) => Ok(Some(if neg { i64::MIN } else { i64::MAX })),
        None if none_ok && v.is_none() => Ok(None),
        None if none_ok => Err(exc!(
            type_error,
            "slice indices must be integers or None or have an __index__ method"
        )),
        None => Err(exc!(
            type_error,
            "slice indices must be integers or have an __index__ method"
        )),
    }
}

/// `i` (possibly negative) as a position in a sequence of length `len`.
#[inline]
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as u64) < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

/// CPython's treatment of `start`/`stop` in `index(x, start, stop)`: negative values count
/// from the end and clamp at 0.
pub fn clamp_search_bound(i: i64, len: usize) -> usize {
    if i < 0 {
        let j = i.saturating_add(len as i64);
        j.max(0) as usize
    } else {
        (i as u64).min(len as u64) as usize
    }
}

/// A non-slice subscript of a sequence as an index, not yet normalized: an int (int
/// subclasses and bools too) or CPython's errors. `what` names the type in the TypeError
/// ("list indices must be integers or slices, not str").
#[inline]
pub fn item_index(key: &Value, what: &str) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        _ => match int_like(key) {
            Some(IntLike::Small(i)) => Ok(i),
            Some(IntLike::Big(_)) => Err(exc!(
                index_error,
                "cannot fit 'int' into an index-sized integer"
            )),
            None => Err(exc!(
                type_error,
                "{} indices must be integers or slices, not {}",
                what,
                key.type_name()
            )),
        },
    }
}

/// What a subscript of a sequence selects.
pub enum Subscript {
    /// An integer index, not yet normalized (may be negative or out of range).
    Index(i64),
    /// A slice, resolved against the length: `(start, stop, step, slicelength)`.
    Slice(isize, isize, isize, usize),
}

/// Resolves `key` as a subscript of a sequence of length `len`. `what` names the type in
/// the TypeError ("list indices must be integers or slices, not str").
pub fn subscript(key: &Value, len: usize, what: &str) -> PyResult<Subscript> {
    if let Value::Int(i) = key {
        return Ok(Subscript::Index(*i));
    }
    if let Some(s) = key.downcast::<crate::objects::containers::slice::SliceObj>() {
        let (start, stop, step, n) = s.indices(len)?;
        return Ok(Subscript::Slice(start, stop, step, n));
    }
    item_index(key, what).map(Subscript::Index)
}

// ---------------------------------------------------------------------------------------
// Comparisons

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first, then `==`.
#[inline]
pub fn rich_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    vm.eq(a, b)
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)` decided without running Python code: identity,
/// or two values whose `==` cannot be overridden (None, bools, ints and floats that are
/// immediates, exact strs). `None` when Python code may have a say.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.ptr_eq(y) {
                return Some(true);
            }
            Some(is_exact_str(x)? == is_exact_str(y)?)
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => is_exact_str(o).map(|_| false),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(i), Value::Float(f)) | (Value::Float(f), Value::Int(i)) => {
            Some(int_eq_float(*i, *f))
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(b), Value::Int(i)) | (Value::Int(i), Value::Bool(b)) => Some(*b as i64 == *i),
        (Value::Bool(b), Value::Float(f)) | (Value::Float(f), Value::Bool(b)) => {
            Some(*b as i64 as f64 == *f)
        }
        (Value::None, Value::None) => Some(true),
        (Value::Null, _) | (_, Value::Null) => None,
        // None against a number, a bool against None, ...
        _ => Some(false),
    }
}

/// `i == f`, exactly (CPython compares an int and a float without rounding either).
#[inline]
fn int_eq_float(i: i64, f: f64) -> bool {
    // 2**63 as an f64: every integral float below it (and >= -2**63) converts exactly.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    f.fract() == 0.0 && (-LIMIT..LIMIT).contains(&f) && f as i64 == i
}

fn is_exact_str(o: &PyRef) -> Option<&str> {
    if o.class().ptr_eq(&types().str) {
        o.downcast::<StrObj>().map(|s| s.as_str())
    } else {
        None
    }
}

/// A comparison decided without running Python code, for operand pairs whose `<` cannot be
/// overridden (two ints, two floats, two exact strs).
#[inline]
pub fn fast_compare(a: &Value, b: &Value, op: CompareKind) -> Option<bool> {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => {
            return Some(match op {
                CompareKind::Lt => x < y,
                CompareKind::Le => x <= y,
                CompareKind::Eq => x == y,
                CompareKind::Ne => x != y,
                CompareKind::Gt => x > y,
                CompareKind::Ge => x >= y,
            })
        }
        (Value::Obj(x), Value::Obj(y)) => {
            let (s, t) = (is_exact_str(x)?, is_exact_str(y)?);
            // UTF-8 byte order is code point order.
            s.as_bytes().cmp(t.as_bytes())
        }
        _ => return None,
    };
    Some(match op {
        CompareKind::Lt => ord == Ordering::Less,
        CompareKind::Le => ord != Ordering::Greater,
        CompareKind::Eq => ord == Ordering::Equal,
        CompareKind::Ne => ord != Ordering::Equal,
        CompareKind::Gt => ord == Ordering::Greater,
        CompareKind::Ge => ord != Ordering::Less,
    })
}

/// `PyObject_RichCompareBool(a, b, op)` for ordering operators (no identity shortcut).
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<bool> {
    if let Some(r) = fast_compare(a, b, op) {
        return Ok(r);
    }
    let r = vm.compare(a, b, op)?;
    vm.truthy(&r)
}

/// Where a scan of items under a borrow stopped.
enum Scan {
    /// At the current position (a match, or the first differing pair).
    Hit,
    /// At the end of what it was to scan.
    End,
    /// At a pair whose `==` may run Python code: the items, cloned out.
    Slow(Value, Value),
}

/// Advances `i` over the pairs `(xs[i], ys[i])` that are identical or equal without running
/// Python code, up to `end` (at most both lengths).
#[inline]
fn scan_equal(xs: &[Value], ys: &[Value], i: &mut usize) -> Scan {
    let end = xs.len().min(ys.len());
    while *i < end {
        match fast_eq(&xs[*i], &ys[*i]) {
            Some(true) => *i += 1,
            Some(false) => return Scan::Hit,
            None => return Scan::Slow(xs[*i].clone(), ys[*i].clone()),
        }
    }
    Scan::End
}

/// Advances `i` over the items in `i..end` that differ from `x` without Python code.
#[inline]
fn scan_for(items: &[Value], x: &Value, i: &mut usize, end: usize) -> Scan {
    let end = end.min(items.len());
    while *i < end {
        match fast_eq(&items[*i], x) {
            Some(true) => return Scan::Hit,
            Some(false) => *i += 1,
            None => return Scan::Slow(items[*i].clone(), Value::None),
        }
    }
    Scan::End
}

/// Lexicographic comparison of two sequences (list and tuple `richcompare`).
/// `len_shortcut`: `==`/`!=` answer from the lengths first (lists do, tuples do not).
///
/// Items are compared with `==` until a pair differs; runs of items decided without Python
/// code (ints, floats, exact strs, identical objects) are scanned under one borrow, and the
/// live lengths are read again after every call into Python code (as CPython's loop does).
pub fn seq_richcompare<S: Sequence + ?Sized>(
    vm: &mut Vm,
    a: &S,
    b: &S,
    op: CompareKind,
    len_shortcut: bool,
) -> PyResult<Value> {
    if len_shortcut && matches!(op, CompareKind::Eq | CompareKind::Ne) && a.seq_len() != b.seq_len()
    {
        return Ok(Value::Bool(op == CompareKind::Ne));
    }
    let mut i = 0;
    let differing = loop {
        let scan = a
            .with_items(|xs| b.with_items(|ys| scan_equal(xs, ys, &mut i)))
            .flatten();
        let (x, y) = match scan {
            Some(Scan::End) => break None,
            Some(Scan::Slow(x, y)) => (x, y),
            // (read again: no borrow is held past the scan)
            Some(Scan::Hit) | None => match (a.seq_get(i), b.seq_get(i)) {
                (Some(x), Some(y)) => (x, y),
                _ => break None,
            },
        };
        if !rich_eq(vm, &x, &y)? {
            break Some((x, y));
        }
        i += 1;
    };
    match differing {
        None => {
            let (la, lb) = (a.seq_len(), b.seq_len());
            Ok(Value::Bool(match op {
                CompareKind::Lt => la < lb,
                CompareKind::Le => la <= lb,
                CompareKind::Eq => la == lb,
                CompareKind::Ne => la != lb,
                CompareKind::Gt => la > lb,
                CompareKind::Ge => la >= lb,
            }))
        }
        Some(_) if op == CompareKind::Eq => Ok(Value::Bool(false)),
        Some(_) if op == CompareKind::Ne => Ok(Value::Bool(true)),
        Some((x, y)) => {
            if let Some(r) = fast_compare(&x, &y, op) {
                return Ok(Value::Bool(r));
            }
            vm.compare(&x, &y, op)
        }
    }
}

/// The first position in `start..stop` whose item equals `x` (identity, then `==`).
pub fn seq_index<S: Sequence + ?Sized>(
    vm: &mut Vm,
    s: &S,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match s.with_items(|items| scan_for(items, x, &mut i, stop)) {
            Some(Scan::Hit) => return Ok(Some(i)),
            Some(Scan::End) => return Ok(None),
            Some(Scan::Slow(item, _)) => item,
            None => match s.seq_get(i) {
                Some(item) => item,
                None => break,
            },
        };
        if rich_eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// How many items equal `x`.
pub fn seq_count<S: Sequence + ?Sized>(vm: &mut Vm, s: &S, x: &Value) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    while let Some(found) = seq_index(vm, s, x, i, usize::MAX)? {
        n += 1;
        i = found + 1;
    }
    Ok(n)
}

/// `x in s`.
pub fn seq_contains<S: Sequence + ?Sized>(vm: &mut Vm, s: &S, x: &Value) -> PyResult<bool> {
    Ok(seq_index(vm, s, x, 0, usize::MAX)?.is_some())
}

/// Parses `index(x[, start[, stop]])`'s arguments (after `self`): `x`, start and stop
/// resolved against `len`.
pub fn index_args<'a>(
    vm: &mut Vm,
    pos: &'a [Value],
    name: &str,
    len: usize,
) -> PyResult<(&'a Value, usize, usize)> {
    if pos.is_empty() || pos.len() > 3 {
        return Err(crate::vm::args::arg_count_error(name, 1, 3, pos.len()));
    }
    let mut bound = |v: &Value| -> PyResult<usize> {
        let v = crate::objects::classes::class_slots::to_index(vm, v)?;
        Ok(clamp_search_bound(
            clamped_index(&v, false)?.unwrap_or(0),
            len,
        ))
    };
    let start = match pos.get(1) {
        Some(v) => bound(v)?,
        None => 0,
    };
    let stop = match pos.get(2) {
        Some(v) => bound(v)?,
        None => len,
    };
    Ok((&pos[0], start, stop))
}

// ---------------------------------------------------------------------------------------
// Sizes

/// The repetition count of `seq * n` (negative counts as 0), or `None` if `n` is not an
/// int. OverflowError as CPython for ints beyond the index range.
pub fn repeat_count(n: &Value) -> PyResult<Option<usize>> {
    match int_like(n) {
        Some(IntLike::Small(i)) => Ok(Some(i.max(0) as usize)),
        Some(IntLike::Big(true)) => Ok(Some(0)),
        Some(IntLike::Big(false)) => Err(exc!(
            overflow_error,
            "cannot fit 'int' into an index-sized integer"
        )),
        None => Ok(None),
    }
}

/// A vector with room for `n` items, or MemoryError (never a Rust abort).
pub fn alloc_vec<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    if n > (isize::MAX as usize) / std::mem::size_of::<T>().max(1) {
        return Err(memory_error());
    }
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// Appends `n` copies of `item` to `out`: MemoryError, never an abort, when they cannot fit.
pub fn push_n<T: Clone>(out: &mut Vec<T>, item: T, n: usize) -> PyResult<()> {
    out.try_reserve(n).map_err(|_| memory_error())?;
    out.extend(std::iter::repeat_n(item, n));
    Ok(())
}

/// `out.push(item)`, doubling the room when full: MemoryError, never an abort, when it
/// cannot grow (an iterable drained into a vector may be endless).
#[inline]
pub fn push_checked<T>(out: &mut Vec<T>, item: T) -> PyResult<()> {
    if out.len() == out.capacity() {
        out.try_reserve(out.len().max(8))
            .map_err(|_| memory_error())?;
    }
    out.push(item);
    Ok(())
}

/// A MemoryError with no message.
pub fn memory_error() -> crate::vm::PyErr {
    crate::vm::PyErr::with_args(&types().exc.memory_error, vec![])
}

/// `items * n` as a new vector, size-checked.
pub fn repeat(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = items.len().checked_mul(n).ok_or_else(memory_error)?;
    let mut out = alloc_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `a + b` as a new vector, size-checked.
pub fn concat(a: &[Value], b: &[Value]) -> PyResult<Vec<Value>> {
    let total = a.len().checked_add(b.len()).ok_or_else(memory_error)?;
    let mut out = alloc_vec(total)?;
    out.extend_from_slice(a);
    out.extend_from_slice(b);
    Ok(out)
}

/// The items of an exact list or tuple, copied out (no Python code runs).
pub fn exact_items(v: &Value) -> Option<Vec<Value>> {
    use crate::vm::protocol::{exact_list, exact_tuple};
    if let Some(l) = exact_list(v) {
        return Some(l.items.borrow().clone());
    }
    exact_tuple(v).map(|t| t.items.to_vec())
}

/// The items of any iterable as `list(v)` takes them (CPython's `list_extend`): an exact
/// list or tuple is copied directly; anything else (subclasses too, which may override
/// `__iter__`) is iterated, pre-sized by `v`'s length hint.
pub fn collect_fast(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = exact_items(v) {
        return Ok(items);
    }
    // (`range` cannot be subclassed)
    if let Some(r) = v.downcast::<crate::objects::containers::range::RangeObj>() {
        if let Some(items) = r.items()? {
            return Ok(items);
        }
    }
    let it = vm.iter(v)?;
    collect_sized(vm, &it, v)
}

/// CPython's `PySequence_Fast`: as [`collect_fast`], but a TypeError from `iter(v)` becomes
/// TypeError(`msg`), and the hint is the iterator's (`str.join`, slice assignment).
pub fn sequence_fast(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Some(items) = exact_items(v) {
        return Ok(items);
    }
    let it = vm.iter(v).map_err(|e| {
        if e.matches(&crate::objects::types().exc.type_error) {
            exc!(type_error, "{}", msg)
        } else {
            e
        }
    })?;
    collect_sized(vm, &it, &it)
}

/// How much room to reserve for a length hint: capped, since the hint is only a guess and a
/// script may return anything. A hint for more than could ever be held is a MemoryError, as
/// in CPython (which reserves the whole hint): `list(range(10**12))`,
/// `[].extend(itertools.repeat(0, 10**12))`.
#[inline]
pub fn presize(hint: usize) -> PyResult<usize> {
    const MAX_PRESIZE: usize = 1 << 16;
    if hint > MAX_PRESIZE {
        // A probe: reserving untouched memory costs no more than a mapping.
        drop(alloc_vec::<Value>(hint)?);
        return Ok(MAX_PRESIZE);
    }
    Ok(hint)
}

/// Reserves room for `additional` more items of a list, over-allocating as CPython's
/// `list_resize` does (an eighth more, plus a few) rather than doubling, so a list grown by
/// appends holds little spare room: MemoryError, never an abort, when they cannot fit.
#[inline]
pub fn grow(items: &mut Vec<Value>, additional: usize) -> PyResult<()> {
    let len = items.len();
    let need = len.checked_add(additional).ok_or_else(memory_error)?;
    if need <= items.capacity() {
        return Ok(());
    }
    let spare = (need >> 3) + 6;
    // (a big jump is not over-allocated: it is unlikely to be followed by more)
    let target = if additional > spare {
        need
    } else {
        need.saturating_add(spare) & !3
    };
    items
        .try_reserve_exact(target - len)
        .map_err(|_| memory_error())
}

/// Drains the iterator `it` with no length hint: `array(...)` and `bytearray(...)` grow as
/// they go in CPython, so an iterable whose `__len__` lies does not fail them up front.
pub fn collect_unsized(vm: &mut Vm, it: &Value) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(v) = next_item(vm, it)? {
        push_checked(&mut out, v)?;
    }
    Ok(out)
}

/// Drains the iterator `it`, reserving room for `hint_of`'s length hint first.
pub fn collect_sized(vm: &mut Vm, it: &Value, hint_of: &Value) -> PyResult<Vec<Value>> {
    let hint = vm.length_hint(hint_of, 8)?;
    let mut out = Vec::with_capacity(presize(hint)?);
    while let Some(v) = next_item(vm, it)? {
        push_checked(&mut out, v)?;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Reprs

thread_local! {
    /// Addresses of the containers whose repr is being computed on this thread (a set: a
    /// repr of a deeply nested list enters every level, and a list scan would be quadratic).
    static REPR_ACTIVE: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

/// Marks a container as "being repr'd" until dropped (CPython's `Py_ReprEnter`).
pub struct ReprGuard(usize);

/// Enters `o`'s repr; `None` if it is already being repr'd further up this thread's stack
/// (the caller prints `[...]`, `{...}`, ...).
pub fn repr_enter(o: &PyRef) -> Option<ReprGuard> {
    let addr = o.addr();
    REPR_ACTIVE.with(|a| a.borrow_mut().insert(addr).then(|| ReprGuard(addr)))
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|a| a.borrow_mut().remove(&self.0));
    }
}

/// Appends `repr(v)` to `out` (ints, bools and None without a str object).
pub fn write_repr(vm: &mut Vm, out: &mut String, v: &Value) -> PyResult<()> {
    match v {
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::None => out.push_str("None"),
        _ => {
            let r = vm.repr(v)?;
            if let Some(s) = r.downcast::<StrObj>() {
                out.push_str(s.as_str());
            }
        }
    }
    Ok(())
}

/// Writes `open item, item, ... close` for the items `get(0), get(1), ...` (read live, one
/// at a time).
pub fn write_items_repr(
    vm: &mut Vm,
    out: &mut String,
    open: &str,
    close: &str,
    mut get: impl FnMut(usize) -> Option<Value>,
) -> PyResult<()> {
    out.push_str(open);
    let mut i = 0;
    while let Some(v) = get(i) {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(vm, out, &v)?;
        i += 1;
    }
    out.push_str(close);
    Ok(())
}
