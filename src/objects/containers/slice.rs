//! `slice` objects (`a[1:2:3]`) and the one implementation of "which indexes does this slice
//! select" that every sliceable type shares: [`SliceObj::indices`] resolves a slice against a
//! length with CPython's clamping (`PySlice_Unpack` + `PySlice_AdjustIndices`), and
//! [`slice_values`] / [`SliceSteps`] walk the selected positions.

use crate::objects::classes::typeobj::TypeSpec;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use super::seq::{clamped_index, int_like, not_implemented, Sequence};
use super::tuple::TupleObj;
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

// (slices are not tracked in CPython either: they hold their bounds, rarely a container)
impl Trace for SliceObj {}

impl SliceObj {
    pub fn new_ref(start: Value, stop: Value, step: Value) -> PyRef {
        PyRef::new(&types().slice, SliceObj { start, stop, step })
    }

    /// Resolves the slice against a sequence of length `len`: `(start, stop, step,
    /// slicelength)` with CPython's clamping. ValueError "slice step cannot be zero";
    /// TypeError for non-integer bounds. Bounds that are objects with `__index__` need
    /// [`SliceObj::indices_vm`].
    pub fn indices(&self, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let (start, stop, step) = self.unpack()?;
        let (start, stop, n) = adjust_indices(start, stop, step, len);
        Ok((start as isize, stop as isize, step as isize, n))
    }

    /// [`SliceObj::indices`], with bounds that have an `__index__` method converted through
    /// it (which may run Python code: resolve before borrowing the sequence).
    pub fn indices_vm(&self, vm: &mut Vm, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let (start, stop, step) = self.unpack_vm(vm)?;
        let (start, stop, n) = adjust_indices(start, stop, step, len);
        Ok((start as isize, stop as isize, step as isize, n))
    }

    /// `PySlice_Unpack` for int and None bounds (no Python code runs).
    #[inline]
    pub fn unpack(&self) -> PyResult<(i64, i64, i64)> {
        unpack_bounds(None, &self.start, &self.stop, &self.step)
    }

    /// `PySlice_Unpack`: bounds with `__index__` are converted through it, in CPython's
    /// order (step, start, stop).
    #[inline]
    pub fn unpack_vm(&self, vm: &mut Vm) -> PyResult<(i64, i64, i64)> {
        unpack_bounds(Some(vm), &self.start, &self.stop, &self.step)
    }
}

/// `PySlice_Unpack` of the bounds of `start:stop:step` (a slice object's, or the operands of
/// a slicing instruction): `(start, stop, step)` with `None` replaced by the step-dependent
/// defaults and ints clamped to `i64`. Bounds with `__index__` are converted through it when
/// a `vm` is given (running Python code: call this before borrowing the sequence).
#[inline]
pub fn unpack_bounds(
    vm: Option<&mut Vm>,
    start: &Value,
    stop: &Value,
    step: &Value,
) -> PyResult<(i64, i64, i64)> {
    #[inline(always)]
    fn plain(v: &Value) -> Option<Option<i64>> {
        match v {
            Value::None => Some(None),
            Value::Int(i) => Some(Some(*i)),
            _ => None,
        }
    }
    match (plain(start), plain(stop), plain(step)) {
        (Some(a), Some(b), Some(c)) => with_defaults(a, b, c),
        _ => unpack_general(vm, start, stop, step),
    }
}

/// [`unpack_bounds`] for bounds other than None and immediate ints. The step is read first,
/// then start, then stop (as CPython), so a zero step fails before `start.__index__` runs.
#[cold]
fn unpack_general(
    mut vm: Option<&mut Vm>,
    start: &Value,
    stop: &Value,
    step: &Value,
) -> PyResult<(i64, i64, i64)> {
    let mut read = |v: &Value| -> PyResult<Option<i64>> {
        match (v, vm.as_deref_mut()) {
            (Value::Obj(_), Some(vm)) if int_like(v).is_none() => {
                let i = crate::objects::classes::class_slots::to_index(vm, v)?;
                clamped_index(&i, true)
            }
            _ => clamped_index(v, true),
        }
    };
    let c = read(step)?;
    if c == Some(0) {
        return with_defaults(None, None, c);
    }
    let a = read(start)?;
    let b = read(stop)?;
    with_defaults(a, b, c)
}

/// The unpacked bounds from the optional ones.
#[inline(always)]
fn with_defaults(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<(i64, i64, i64)> {
    let step = match step {
        None => 1,
        Some(0) => return Err(exc!(value_error, "slice step cannot be zero")),
        // -i64::MAX instead of i64::MIN, so that negating a step never overflows.
        Some(s) => s.max(-i64::MAX),
    };
    let start = match start {
        None if step < 0 => i64::MAX,
        None => 0,
        Some(s) => s,
    };
    let stop = match stop {
        None if step < 0 => i64::MIN,
        None => i64::MAX,
        Some(s) => s,
    };
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: clamps unpacked bounds to a length and counts the selection.
pub fn adjust_indices(mut start: i64, mut stop: i64, step: i64, len: usize) -> (i64, i64, usize) {
    let len = len as i64;
    let clamp = |i: &mut i64| {
        if *i < 0 {
            *i += len;
            if *i < 0 {
                *i = if step < 0 { -1 } else { 0 };
            }
        } else if *i >= len {
            *i = if step < 0 { len - 1 } else { len };
        }
    };
    clamp(&mut start);
    clamp(&mut stop);
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / -step + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, n)
}

/// The positions a resolved slice selects, in order: `start, start+step, ...` (`n` of them).
#[derive(Clone, Copy)]
pub struct SliceSteps {
    next: isize,
    step: isize,
    remaining: usize,
}

impl SliceSteps {
    pub fn new(start: isize, step: isize, n: usize) -> SliceSteps {
        SliceSteps {
            next: start,
            step,
            remaining: n,
        }
    }
}

impl Iterator for SliceSteps {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let i = self.next;
        self.next = self.next.wrapping_add(self.step);
        Some(i as usize)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for SliceSteps {}

/// The items of `items` that a resolved slice selects (shared by list, tuple, str-likes).
pub fn slice_values<T: Clone>(items: &[T], start: isize, step: isize, n: usize) -> Vec<T> {
    let s = start as usize;
    match step {
        _ if n == 0 => Vec::new(),
        1 => items[s..s + n].to_vec(),
        -1 => items[s + 1 - n..=s].iter().rev().cloned().collect(),
        _ => SliceSteps::new(start, step, n)
            .map(|i| items[i].clone())
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------
// The Python-visible type

fn slice_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("slice")?;
    args.check_count("slice", 1, 3)?;
    let p = args.pos();
    let (start, stop, step) = match p {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("count checked"),
    };
    Ok(Value::Obj(SliceObj::new_ref(start, stop, step)))
}

fn slice_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let s = v.downcast::<SliceObj>().expect("a slice");
    let mut out = String::from("slice(");
    for (i, part) in [&s.start, &s.stop, &s.step].into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        crate::objects::containers::seq::write_repr(vm, &mut out, part)?;
    }
    out.push(')');
    Ok(crate::objects::strings::str::new_str(out))
}

/// Slices compare as the tuples `(start, stop, step)`.
struct Parts<'a>(&'a SliceObj);

impl Sequence for Parts<'_> {
    fn seq_len(&self) -> usize {
        3
    }
    fn seq_get(&self, i: usize) -> Option<Value> {
        match i {
            0 => Some(self.0.start.clone()),
            1 => Some(self.0.stop.clone()),
            2 => Some(self.0.step.clone()),
            _ => None,
        }
    }
}

fn slice_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<SliceObj>(), b.downcast::<SliceObj>()) else {
        return Ok(not_implemented());
    };
    crate::objects::containers::seq::seq_richcompare(vm, &Parts(x), &Parts(y), op, false)
}

/// `s.start`, `s.stop`, `s.step` (members in CPython: read-only).
fn slice_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SliceObj>().expect("a slice").start.clone())
}

fn slice_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SliceObj>().expect("a slice").stop.clone())
}

fn slice_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SliceObj>().expect("a slice").step.clone())
}

/// `slice.indices(len)`: the resolved `(start, stop, step)`, exact for any length.
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.receiver_as::<SliceObj>();
    let len = crate::objects::classes::class_slots::to_index(vm, &args.params()[0])?;
    let len = crate::objects::numbers::int::index_value(&len)?.big();
    if len.is_negative() {
        return Err(exc!(value_error, "length should not be negative"));
    }
    let (start, stop, step) = this.long_indices(vm, &len)?;
    Ok(Value::Obj(TupleObj::new_ref(
        [start, stop, step]
            .map(crate::objects::numbers::int::int_value)
            .into(),
    )))
}

impl SliceObj {
    /// `_PySlice_GetLongIndices`: the slice resolved against a length of any size, as exact
    /// `(start, stop, step)` (`slice.indices`, slicing a range). Bounds with `__index__`
    /// are converted through it (step first, as CPython).
    pub fn long_indices(&self, vm: &mut Vm, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        let mut index = |v: &Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            let v = match v {
                Value::Obj(_) if int_like(v).is_none() => {
                    crate::objects::classes::class_slots::to_index(vm, v)?
                }
                _ => v.clone(),
            };
            crate::objects::numbers::int::as_int(&v)
                .map(|i| Some(i.big()))
                .ok_or_else(|| {
                    exc!(
                        type_error,
                        "slice indices must be integers or None or have an __index__ method"
                    )
                })
        };
        let step = index(&self.step)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(exc!(value_error, "slice step cannot be zero"));
        }
        let backward = step.is_negative();
        let (lower, upper) = if backward {
            (BigInt::from(-1), len - 1u32)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |i: Option<BigInt>, default: &BigInt| match i {
            None => default.clone(),
            Some(i) => {
                let i = if i.is_negative() { i + len } else { i };
                i.clamp(lower.clone(), upper.clone())
            }
        };
        let (first, last) = if backward {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let start = clamp(index(&self.start)?, first);
        let stop = clamp(index(&self.stop)?, last);
        Ok((start, stop, step))
    }
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(slice_new),
    repr: Some(slice_repr),
    richcompare: Some(slice_richcompare),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[
        crate::member!("start", slice_start),
        crate::member!("stop", slice_stop),
        crate::member!("step", slice_step),
    ],
};

pub const METHODS: &[MethodDef] = &[crate::method!("indices", slice_indices, One)];

#[cfg(test)]
mod tests {
    use super::*;

    /// `(len, start, stop, step) -> (start, stop, step, slicelength)` from python3's
    /// `slice(start, stop, step).indices(len)` and `len(range(len)[slice])`.
    #[test]
    fn indices_match_cpython() {
        let _gil = crate::gil::acquire();
        let n = Value::None;
        let i = Value::Int;
        type Case = (usize, Value, Value, Value, (isize, isize, isize, usize));
        #[rustfmt::skip]
        let cases: &[Case] = &[
            (10, n.clone(), n.clone(), n.clone(), (0, 10, 1, 10)),
            (10, n.clone(), n.clone(), i(-1), (9, -1, -1, 10)),
            (10, i(-3), n.clone(), n.clone(), (7, 10, 1, 3)),
            (10, i(-30), i(30), n.clone(), (0, 10, 1, 10)),
            (10, i(30), i(-30), i(-1), (9, -1, -1, 10)),
            (10, i(2), i(8), i(3), (2, 8, 3, 2)),
            (10, i(8), i(2), i(-3), (8, 2, -3, 2)),
            (10, i(5), i(5), n.clone(), (5, 5, 1, 0)),
            (10, i(5), i(1), n.clone(), (5, 1, 1, 0)),
            (0, n.clone(), n.clone(), i(-1), (-1, -1, -1, 0)),
            (0, i(3), i(-3), n.clone(), (0, 0, 1, 0)),
            (7, i(-1), i(-8), i(-2), (6, -1, -2, 4)),
            (7, i(1), n.clone(), i(100), (1, 7, 100, 1)),
            (7, n.clone(), n.clone(), i(i64::MIN), (6, -1, -i64::MAX as isize, 1)),
            (3, i(i64::MIN), i(i64::MAX), n.clone(), (0, 3, 1, 3)),
            (5, Value::Bool(true), n.clone(), n.clone(), (1, 5, 1, 4)),
        ];
        for (len, a, b, c, want) in cases {
            let s = SliceObj {
                start: a.clone(),
                stop: b.clone(),
                step: c.clone(),
            };
            assert_eq!(s.indices(*len).ok(), Some(*want), "{len} {a:?} {b:?} {c:?}");
        }
        let zero = SliceObj {
            start: n.clone(),
            stop: n.clone(),
            step: i(0),
        };
        assert!(zero.indices(3).is_err());
    }

    /// Every (start, stop, step) in a small cube against brute force of CPython's rules.
    #[test]
    fn slice_values_agree_with_reference() {
        let _gil = crate::gil::acquire();
        let items: Vec<i64> = (0..6).collect();
        let opts = [
            None,
            Some(-8),
            Some(-3),
            Some(-1),
            Some(0),
            Some(2),
            Some(5),
            Some(9),
        ];
        for start in opts {
            for stop in opts {
                for step in [None, Some(-3), Some(-1), Some(1), Some(2), Some(4)] {
                    let v = |o: Option<i64>| o.map_or(Value::None, Value::Int);
                    let s = SliceObj {
                        start: v(start),
                        stop: v(stop),
                        step: v(step),
                    };
                    let (b, _, st, n) = s.indices(items.len()).unwrap();
                    let got = slice_values(&items, b, st, n);
                    assert_eq!(got, reference(&items, start, stop, step.unwrap_or(1)));
                }
            }
        }
    }

    /// Python's slicing semantics written out naively.
    fn reference(items: &[i64], start: Option<i64>, stop: Option<i64>, step: i64) -> Vec<i64> {
        let len = items.len() as i64;
        let norm = |x: i64| if x < 0 { x + len } else { x };
        let mut out = vec![];
        if step > 0 {
            let lo = start.map_or(0, |s| norm(s).clamp(0, len));
            let hi = stop.map_or(len, |s| norm(s).clamp(0, len));
            let mut i = lo;
            while i < hi {
                out.push(items[i as usize]);
                i += step;
            }
        } else {
            let hi = start.map_or(len - 1, |s| norm(s).clamp(-1, len - 1));
            let lo = stop.map_or(-1, |s| norm(s).clamp(-1, len - 1));
            let mut i = hi;
            while i > lo {
                out.push(items[i as usize]);
                i += step;
            }
        }
        out
    }
}
