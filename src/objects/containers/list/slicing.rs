//! Slices of a list: `l[a:b:c]`, `l[a:b:c] = x` and `del l[a:b:c]` (CPython's
//! `list_subscript` and `list_ass_subscript`), without temporary vectors where they can be
//! avoided: an exact list or tuple on the right-hand side is read in place and a
//! same-length slice is overwritten in place.
//!
//! Each item taken out is released as soon as the list's borrow for that one item has
//! ended (a release runs no Python code — finalizers and weakref callbacks are queued — so
//! nothing can see the list half-changed), in CPython's order, which `__del__` makes
//! visible: a step-1 slice last to first (`list_ass_slice`'s recycle loop), an extended
//! slice in slice order for assignment and in ascending position order for deletion.

use std::cell::Ref;
use std::ops::Deref;

use super::super::seq;
use super::super::slice::{adjust_indices, slice_values, unpack_bounds, SliceObj, SliceSteps};
use super::{list_value, ListObj};
use crate::exc;
use crate::objects::Value;
use crate::vm::protocol::{exact_list, exact_tuple};
use crate::vm::{PyResult, Vm};

/// Puts `v` at `items[i]` and releases what was there after the borrow ends.
#[inline(always)]
fn put(l: &ListObj, i: usize, v: Value) {
    let old = std::mem::replace(&mut l.items.borrow_mut()[i], v);
    drop(old);
}

/// `l[slice]`: a new list.
pub(super) fn get(vm: &mut Vm, l: &ListObj, slice: &SliceObj) -> PyResult<Value> {
    get_bounds(vm, l, &slice.start, &slice.stop, &slice.step)
}

/// `l[start:stop:step]`: a new list (no slice object needed).
pub fn get_bounds(
    vm: &mut Vm,
    l: &ListObj,
    start: &Value,
    stop: &Value,
    step: &Value,
) -> PyResult<Value> {
    // (`__index__` of a bound may run Python code: resolve before borrowing)
    let (start, stop, step) = unpack_bounds(Some(vm), start, stop, step)?;
    let items = l.items.borrow();
    let (lo, _, n) = adjust_indices(start, stop, step, items.len());
    let out = slice_values(&items, lo as isize, step as isize, n);
    drop(items);
    Ok(list_value(out))
}

/// The right-hand side of a slice assignment, as CPython's `PySequence_Fast` sees it: an
/// exact list (not the target) or tuple is read in place, anything else is gathered.
enum Source<'a> {
    List(Ref<'a, Vec<Value>>),
    Tuple(&'a [Value]),
    Owned(Vec<Value>),
}

impl Deref for Source<'_> {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        match self {
            Source::List(r) => r,
            Source::Tuple(t) => t,
            Source::Owned(v) => v,
        }
    }
}

fn source<'a>(vm: &mut Vm, target: &Value, v: &'a Value, msg: &str) -> PyResult<Source<'a>> {
    if v.is(target) {
        // `l[::-1] = l`: a snapshot (CPython's `list_slice(l, 0, len)`).
        return Ok(Source::Owned(super::this(target).to_vec()));
    }
    if let Some(o) = exact_list(v) {
        return Ok(Source::List(o.items.borrow()));
    }
    if let Some(t) = exact_tuple(v) {
        return Ok(Source::Tuple(&t.items));
    }
    seq::sequence_fast(vm, v, msg).map(Source::Owned)
}

/// `l[slice] = value`, or `del l[slice]` when `value` is `None`: a step-1 slice takes any
/// iterable of any length; an extended slice needs exactly as many items as it selects.
pub(super) fn assign(
    vm: &mut Vm,
    lv: &Value,
    slice: &SliceObj,
    value: Option<&Value>,
) -> PyResult<()> {
    assign_bounds(vm, lv, &slice.start, &slice.stop, &slice.step, value)
}

/// `l[start:stop:step] = value` (or `del`), as [`assign`] (no slice object needed).
pub fn assign_bounds(
    vm: &mut Vm,
    lv: &Value,
    start: &Value,
    stop: &Value,
    step: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    let l = super::this(lv);
    let (start, stop, step) = unpack_bounds(Some(vm), start, stop, step)?;
    let Some(value) = value else {
        return delete(l, start, stop, step);
    };
    // Resolved against the length before the right-hand side is gathered (which may run
    // Python code and even change the list), as CPython does.
    let before = l.len();
    let (lo, hi, n) = adjust_indices(start, stop, step, before);
    let msg = if step == 1 {
        "can only assign an iterable"
    } else {
        "must assign iterable to extended slice"
    };
    let src = source(vm, lv, value, msg)?;
    if step == 1 {
        // CPython clamps again to the length the list has now.
        let len = l.len() as i64;
        let lo = lo.clamp(0, len) as usize;
        let hi = (hi.clamp(0, len) as usize).max(lo);
        replace_range(l, lo, hi, &src);
        return Ok(());
    }
    // An extended slice: if the list changed length meanwhile, CPython would write out of
    // bounds; resolve again instead.
    let (lo, n) = if l.len() == before {
        (lo, n)
    } else {
        let (lo, _, n) = adjust_indices(start, stop, step, l.len());
        (lo, n)
    };
    if src.len() != n {
        return Err(exc!(
            value_error,
            "attempt to assign sequence of size {} to extended slice of size {}",
            src.len(),
            n
        ));
    }
    // (the old items go in slice order, CPython's garbage loop)
    for (i, v) in SliceSteps::new(lo as isize, step as isize, n).zip(src.iter()) {
        put(l, i, v.clone());
    }
    Ok(())
}

/// Replaces `items[lo..hi]` by `src`; the old items go last to first.
fn replace_range(l: &ListObj, lo: usize, hi: usize, src: &[Value]) {
    if src.len() == hi - lo {
        for (i, v) in (lo..hi).zip(src).rev() {
            put(l, i, v.clone());
        }
        return;
    }
    for i in (lo..hi).rev() {
        put(l, i, Value::Null);
    }
    // (what the splice drops are the placeholders)
    l.items.borrow_mut().splice(lo..hi, src.iter().cloned());
}

/// `del l[slice]`.
fn delete(l: &ListObj, start: i64, stop: i64, step: i64) -> PyResult<()> {
    let (lo, hi, n) = adjust_indices(start, stop, step, l.len());
    if n == 0 {
        return Ok(());
    }
    let (lo, hi) = (lo as usize, hi as usize);
    if step == 1 {
        for i in (lo..hi).rev() {
            put(l, i, Value::Null);
        }
        l.items.borrow_mut().drain(lo..hi);
        return Ok(());
    }
    // Ascending positions whatever the step's sign (CPython's normalisation).
    let (first, stride) = if step < 0 {
        (lo - (-step as usize) * (n - 1), -step as usize)
    } else {
        (lo, step as usize)
    };
    for k in 0..n {
        put(l, first + k * stride, Value::Null);
    }
    close_gaps(&mut l.items.borrow_mut(), first);
    Ok(())
}

/// Moves the items after `first` down over the `Null` placeholders, each kept item once,
/// and drops the placeholders.
fn close_gaps(items: &mut Vec<Value>, first: usize) {
    let mut w = first;
    for r in first..items.len() {
        if !matches!(items[r], Value::Null) {
            items.swap(w, r);
            w += 1;
        }
    }
    items.truncate(w);
}
