//! Slices of a list: `l[a:b:c]`, `l[a:b:c] = x` and `del l[a:b:c]` (CPython's
//! `list_subscript` and `list_ass_subscript`), without temporary vectors where they can be
//! avoided: an exact list or tuple on the right-hand side is read in place, a same-length
//! step-1 assignment overwrites in place, and the items taken out are held in a small inline
//! buffer until the list's borrow ends.
//!
//! The items removed are released in CPython's order (visible through `__del__`): a step-1
//! slice last to first (`list_ass_slice`'s recycle loop), an extended slice in slice order
//! for assignment and in ascending position order for deletion.

use std::cell::Ref;
use std::ops::Deref;

use smallvec::SmallVec;

use super::{list_value, ListObj};
use crate::exc;
use crate::objects::seq;
use crate::objects::slice::{adjust_indices, slice_values, SliceObj, SliceSteps};
use crate::objects::Value;
use crate::vm::protocol::{exact_list, exact_tuple};
use crate::vm::{PyResult, Vm};

/// Items taken out of a list, dropped once its borrow has ended. Inline room for the short
/// slices most programs assign.
type Removed = SmallVec<[Value; 8]>;

fn drop_last_first(mut removed: Removed) {
    while let Some(v) = removed.pop() {
        drop(v);
    }
}

/// `l[slice]`: a new list.
pub(super) fn get(vm: &mut Vm, l: &ListObj, slice: &SliceObj) -> PyResult<Value> {
    // (`__index__` of a bound may run Python code: resolve before borrowing)
    let (start, stop, step) = slice.unpack_vm(vm)?;
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
    let l = super::this(lv);
    let (start, stop, step) = slice.unpack_vm(vm)?;
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
    let mut removed = Removed::new();
    if step == 1 {
        {
            let mut items = l.items.borrow_mut();
            // CPython clamps again to the length the list has now.
            let len = items.len() as i64;
            let lo = lo.clamp(0, len) as usize;
            let hi = (hi.clamp(0, len) as usize).max(lo);
            replace_range(&mut items, lo, hi, &src, &mut removed);
        }
        drop(src);
        drop_last_first(removed);
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
    {
        let mut items = l.items.borrow_mut();
        for (i, v) in SliceSteps::new(lo as isize, step as isize, n).zip(src.iter()) {
            removed.push(std::mem::replace(&mut items[i], v.clone()));
        }
    }
    drop(src);
    // In slice order (CPython's garbage loop).
    drop(removed);
    Ok(())
}

/// Replaces `items[lo..hi]` by `src`, moving the old items to `removed`.
fn replace_range(
    items: &mut Vec<Value>,
    lo: usize,
    hi: usize,
    src: &[Value],
    removed: &mut Removed,
) {
    if src.len() == hi - lo {
        for (slot, v) in items[lo..hi].iter_mut().zip(src) {
            removed.push(std::mem::replace(slot, v.clone()));
        }
    } else {
        removed.extend(items.splice(lo..hi, src.iter().cloned()));
    }
}

/// `del l[slice]`.
fn delete(l: &ListObj, start: i64, stop: i64, step: i64) -> PyResult<()> {
    let mut removed = Removed::new();
    {
        let mut items = l.items.borrow_mut();
        let (lo, hi, n) = adjust_indices(start, stop, step, items.len());
        if n == 0 {
            return Ok(());
        }
        if step == 1 {
            removed.extend(items.drain(lo as usize..hi as usize));
        } else {
            // Ascending positions whatever the step's sign (CPython's normalisation).
            let (first, stride) = if step < 0 {
                (lo + step * (n as i64 - 1), -step)
            } else {
                (lo, step)
            };
            delete_stepped(&mut items, first as usize, stride as usize, n, &mut removed);
        }
    }
    if step == 1 {
        drop_last_first(removed);
    } else {
        drop(removed);
    }
    Ok(())
}

/// Removes the `n` items at `first, first + stride, ...` (moved to `removed` in that order)
/// and closes the gaps, moving each kept item once.
fn delete_stepped(
    items: &mut Vec<Value>,
    first: usize,
    stride: usize,
    n: usize,
    removed: &mut Removed,
) {
    removed.reserve(n);
    for k in 0..n {
        removed.push(std::mem::replace(
            &mut items[first + k * stride],
            Value::Null,
        ));
    }
    let mut w = first;
    for r in first..items.len() {
        if !matches!(items[r], Value::Null) {
            items.swap(w, r);
            w += 1;
        }
    }
    // (only the `Null` placeholders are left past `w`)
    items.truncate(w);
}
