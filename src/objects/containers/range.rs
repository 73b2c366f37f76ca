//! `range`: an immutable arithmetic sequence. Two representations, one Python type:
//! - [`RangeObj::Small`]: bounds that fit in `i64` (nearly every range). The length is a
//!   `u64` and item `i` is `start + i * step` computed in `i128`, so nothing overflows and
//!   nothing allocates; iteration yields a [`RangeIter`](crate::objects::containers::iter::RangeIter), which the
//!   eval loop's `FOR_ITER` advances without allocating.
//! - [`RangeObj::Big`]: any bound beyond `i64` (`range(2**100)`): CPython's representation,
//!   exact `BigInt`s for start, stop, step and length; iteration yields a
//!   `longrange_iterator` ([`LongRangeIter`]).
//!
//! A range is built through [`RangeObj::from_bounds`], which picks `Small` whenever the
//! bounds fit, so the two forms never describe the same range differently. Operations that
//! are not hot (slicing, big indices, equality with a big range) convert to [`Big`] and run
//! once in exact arithmetic instead of being written twice.
//!
//! As CPython: `in`, `index` and `count` are arithmetic for exact ints and bools and fall
//! back to comparing item by item for anything else (`1.0 in range(3)`); `len()` raises
//! OverflowError past `sys.maxsize` while indexing and slicing stay exact.

use crate::objects::classes::typeobj::TypeSpec;
use std::borrow::Cow;
use std::cell::Cell;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::iter::next_item;
use super::seq;
use super::slice::SliceObj;
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::numbers::int::{as_int, int_to_string, int_value, IntObj, IntRef};
use crate::objects::strings::str::new_str;
use crate::objects::trace::Trace;
use crate::objects::{numbers::hash, types, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// A range whose bounds fit in `i64`.
#[derive(Clone, Copy)]
pub struct Small {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The number of items (may exceed `isize::MAX`: `len()` then raises OverflowError).
    pub len: u64,
}

/// A range in exact arithmetic (CPython's `rangeobject`).
#[derive(Clone)]
pub struct Big {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

pub enum RangeObj {
    Small(Small),
    Big(Box<Big>),
}

// Holds no references: not a container.
impl Trace for RangeObj {}

impl Small {
    pub fn new(start: i64, stop: i64, step: i64) -> Small {
        let (a, b, c) = (start as i128, stop as i128, step as i128);
        let len = if c > 0 && a < b {
            (b - a - 1) / c + 1
        } else if c < 0 && a > b {
            (a - b - 1) / -c + 1
        } else {
            0
        };
        Small {
            start,
            stop,
            step,
            len: len as u64,
        }
    }

    /// Item `i` (`i < len`), which always fits in `i64`.
    #[inline]
    fn item(&self, i: u64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }

    /// The item at index `i` (negative counts from the end), if there is one.
    #[inline]
    fn item_at(&self, i: i64) -> Option<i64> {
        let j = if i < 0 {
            i as i128 + self.len as i128
        } else {
            i as i128
        };
        (0..self.len as i128)
            .contains(&j)
            .then(|| self.item(j as u64))
    }

    /// The index of the int `x` among the items, if it is one.
    fn position(&self, x: i64) -> Option<i128> {
        let (x, start, stop, step) = (
            x as i128,
            self.start as i128,
            self.stop as i128,
            self.step as i128,
        );
        let inside = if step > 0 {
            start <= x && x < stop
        } else {
            stop < x && x <= start
        };
        (inside && (x - start) % step == 0).then(|| (x - start) / step)
    }

    /// Whether CPython iterates this range with its C-long `range_iterator`: the length and
    /// `stop + step` must not overflow (`range_iter` in rangeobject.c).
    fn fast_forward(&self) -> bool {
        self.len <= i64::MAX as u64
            && (self.len == 0
                || if self.step > 0 {
                    self.stop <= i64::MAX - (self.step - 1)
                } else {
                    self.stop >= i64::MIN + (-1 - self.step)
                })
    }

    /// The same for `reversed()`: `-step` and `start - step` must not overflow
    /// (`range_reverse`).
    fn fast_reverse(&self) -> bool {
        let (start, step) = (self.start as u64, self.step as u64);
        self.len <= i64::MAX as u64
            && self.step != i64::MIN
            && if self.step > 0 {
                start.wrapping_sub(i64::MIN as u64) >= step
            } else {
                (i64::MAX as u64).wrapping_sub(start) >= 0u64.wrapping_sub(step)
            }
    }
}

impl Big {
    fn new(start: BigInt, stop: BigInt, step: BigInt) -> Big {
        let (lo, hi, stride) = if step.is_positive() {
            (&start, &stop, step.clone())
        } else {
            (&stop, &start, -&step)
        };
        let len = if lo < hi {
            (hi - lo - 1u32) / stride + 1u32
        } else {
            BigInt::zero()
        };
        Big {
            start,
            stop,
            step,
            len,
        }
    }

    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    fn position(&self, x: &BigInt) -> Option<BigInt> {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        if !inside {
            return None;
        }
        let offset = x - &self.start;
        (&offset % &self.step)
            .is_zero()
            .then(|| offset / &self.step)
    }
}

impl From<Small> for Big {
    fn from(s: Small) -> Big {
        Big {
            start: s.start.into(),
            stop: s.stop.into(),
            step: s.step.into(),
            len: s.len.into(),
        }
    }
}

impl RangeObj {
    /// The range over exact bounds (`step != 0`), small when they all fit in `i64`.
    pub fn from_bounds(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => RangeObj::Small(Small::new(a, b, c)),
            _ => RangeObj::Big(Box::new(Big::new(start, stop, step))),
        }
    }

    pub fn new_ref(start: i64, stop: i64, step: i64) -> PyRef {
        PyRef::new(
            &types().range,
            RangeObj::Small(Small::new(start, stop, step)),
        )
    }

    fn into_value(self) -> Value {
        Value::Obj(PyRef::new(&types().range, self))
    }

    /// The exact form, for the operations that are not worth a second `i64` version.
    fn big(&self) -> Cow<'_, Big> {
        match self {
            RangeObj::Small(s) => Cow::Owned(Big::from(*s)),
            RangeObj::Big(b) => Cow::Borrowed(b),
        }
    }

    /// `(start, stop, step)` as int values.
    fn bounds(&self) -> [Value; 3] {
        match self {
            RangeObj::Small(s) => [s.start, s.stop, s.step].map(Value::Int),
            RangeObj::Big(b) => [&b.start, &b.stop, &b.step].map(|x| int_value(x.clone())),
        }
    }

    fn len_value(&self) -> Value {
        match self {
            RangeObj::Small(s) => int_from_i128(s.len as i128),
            RangeObj::Big(b) => int_value(b.len.clone()),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            RangeObj::Small(s) => s.len == 0,
            RangeObj::Big(b) => b.len.is_zero(),
        }
    }

    /// The index of the exact int `x` among the items, if it is one.
    fn position(&self, x: IntRef) -> Option<Value> {
        match (self, x) {
            (RangeObj::Small(s), IntRef::Small(i)) => s.position(i).map(int_from_i128),
            // Every item of a small range fits in i64.
            (RangeObj::Small(_), IntRef::Big(b)) if b.to_i64().is_none() => None,
            _ => self.big().position(&x.big()).map(int_value),
        }
    }

    /// The items, as `list(range)` collects them: `None` for a range beyond `i64` (iterated
    /// instead). OverflowError past `sys.maxsize` items (from the length hint, as CPython),
    /// MemoryError when they cannot be allocated.
    pub fn items(&self) -> PyResult<Option<Vec<Value>>> {
        let RangeObj::Small(s) = self else {
            return Ok(None);
        };
        let n = usize::try_from(s.len)
            .ok()
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(overflow)?;
        let mut out = seq::alloc_vec(n)?;
        out.extend((0..s.len).map(|i| Value::Int(s.item(i))));
        Ok(Some(out))
    }

    /// A forward iterator.
    pub fn iter(&self) -> Value {
        match self {
            RangeObj::Small(s) if s.fast_forward() => {
                crate::objects::containers::iter::new_range_iter(s.start, s.step, s.len)
            }
            _ => {
                let b = self.big();
                LongRangeIter::new_value(b.start.clone(), b.step.clone(), b.len.clone())
            }
        }
    }

    /// `reversed(range)`: an iterator from the last item down.
    pub fn reversed_iter(&self) -> Value {
        match self {
            RangeObj::Small(s) if s.fast_reverse() => {
                let last = s.len.checked_sub(1).map_or(s.start, |i| s.item(i));
                crate::objects::containers::iter::new_range_iter(last, s.step.wrapping_neg(), s.len)
            }
            _ => {
                let b = self.big();
                let last = b.item(&(&b.len - 1u32));
                LongRangeIter::new_value(last, -&b.step, b.len.clone())
            }
        }
    }
}

fn int_from_i128(x: i128) -> Value {
    match i64::try_from(x) {
        Ok(i) => Value::Int(i),
        Err(_) => int_value(BigInt::from(x)),
    }
}

/// `v` if it is exactly an `int` or a `bool`: the values `in`, `index` and `count` answer
/// by arithmetic (an int subclass may redefine `==`, so it is compared item by item).
fn exact_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(_) | Value::Bool(_) => as_int(v),
        Value::Obj(o) if o.class().ptr_eq(&types().int) => {
            o.downcast::<IntObj>().map(|b| IntRef::Big(&b.value))
        }
        _ => None,
    }
}

fn this(v: &Value) -> &RangeObj {
    v.downcast::<RangeObj>().expect("a range")
}

fn overflow() -> PyErr {
    exc!(
        overflow_error,
        "Python int too large to convert to C ssize_t"
    )
}

fn index_error() -> PyErr {
    exc!(index_error, "range object index out of range")
}

/// A range argument: any int (`operator.index`).
fn bound(v: &Value) -> PyResult<BigInt> {
    crate::objects::numbers::int::index_value(v).map(IntRef::big)
}

fn range_new(vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("range")?;
    args.check_count("range", 1, 3)?;
    // Instances of classes with `__index__` stand for their int.
    // (values that are ints already, int subclasses included, need nothing; one that stays
    // a non-int has no `__index__` and gets the TypeError below)
    let needs = |v: &Value| {
        matches!(v, Value::Obj(o) if o.class().downcast::<crate::objects::classes::typeobj::TypeObject>().is_some_and(|t| t.heap))
            && crate::objects::numbers::int::as_int(v).is_none()
    };
    if args.pos().iter().any(needs) {
        let mut ints = Vec::with_capacity(3);
        for v in args.pos() {
            ints.push(if needs(v) {
                crate::objects::classes::class_slots::to_index(vm, v)?
            } else {
                v.clone()
            });
        }
        if !ints.iter().any(needs) {
            return range_new(vm, _cls, Args::positional(&ints));
        }
    }
    let small = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        _ => None,
    };
    // The common `range(n)` / `range(a, b)` never touches a BigInt.
    let r = match args.pos() {
        [stop] if small(stop).is_some() => Small::new(0, small(stop).unwrap_or(0), 1).into(),
        [a, b] if small(a).is_some() && small(b).is_some() => {
            Small::new(small(a).unwrap_or(0), small(b).unwrap_or(0), 1).into()
        }
        [stop] => RangeObj::from_bounds(BigInt::zero(), bound(stop)?, BigInt::one()),
        [start, stop] => RangeObj::from_bounds(bound(start)?, bound(stop)?, BigInt::one()),
        [start, stop, step] => {
            let (a, b, c) = (bound(start)?, bound(stop)?, bound(step)?);
            if c.is_zero() {
                return Err(exc!(value_error, "range() arg 3 must not be zero"));
            }
            RangeObj::from_bounds(a, b, c)
        }
        _ => unreachable!("count checked"),
    };
    Ok(r.into_value())
}

impl From<Small> for RangeObj {
    fn from(s: Small) -> RangeObj {
        RangeObj::Small(s)
    }
}

fn range_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let [start, stop, step] = this(v).bounds();
    let text = |v: &Value| int_to_string(as_int(v).expect("an int"));
    Ok(new_str(if matches!(step, Value::Int(1)) {
        format!("range({}, {})", text(&start)?, text(&stop)?)
    } else {
        format!(
            "range({}, {}, {})",
            text(&start)?,
            text(&stop)?,
            text(&step)?
        )
    }))
}

/// Ranges are equal when they are the same sequence (`range_equals`).
fn same_sequence(a: &RangeObj, b: &RangeObj) -> bool {
    if let (RangeObj::Small(a), RangeObj::Small(b)) = (a, b) {
        return a.len == b.len
            && (a.len == 0 || (a.start == b.start && (a.len == 1 || a.step == b.step)));
    }
    let (a, b) = (a.big(), b.big());
    a.len == b.len
        && (a.len.is_zero() || (a.start == b.start && (a.len.is_one() || a.step == b.step)))
}

fn range_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<RangeObj>(), b.downcast::<RangeObj>()) else {
        return Ok(seq::not_implemented());
    };
    match op {
        CompareKind::Eq => Ok(Value::Bool(same_sequence(x, y))),
        CompareKind::Ne => Ok(Value::Bool(!same_sequence(x, y))),
        _ => Ok(seq::not_implemented()),
    }
}

/// Stands for `hash(None)` in a range's hash: CPython 3.11 hashes None by address, so no
/// script can depend on the value.
const NONE_HASH: i64 = 0x5f3a_9c41;

/// CPython hashes `(len, start, step)`, with `None` for the parts that do not matter.
fn range_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = this(v);
    let hash_of = |v: &Value| match as_int(v) {
        Some(IntRef::Small(i)) => hash::hash_int(i),
        Some(IntRef::Big(b)) => hash::hash_bigint(b),
        None => unreachable!("range fields are ints"),
    };
    let len = r.len_value();
    let [start, _, step] = r.bounds();
    let parts = match &len {
        Value::Int(0) => [hash_of(&len), NONE_HASH, NONE_HASH],
        Value::Int(1) => [hash_of(&len), hash_of(&start), NONE_HASH],
        _ => [hash_of(&len), hash_of(&start), hash_of(&step)],
    };
    Ok(hash::hash_tuple(parts.into_iter()))
}

fn range_len_slot(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let len = match this(v) {
        RangeObj::Small(s) => usize::try_from(s.len).ok(),
        RangeObj::Big(b) => b.len.to_usize(),
    };
    len.filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(overflow)
}

fn range_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!this(v).is_empty())
}

fn range_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v).iter())
}

fn range_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let r = this(v);
    if let (RangeObj::Small(s), Value::Int(i)) = (r, key) {
        return s.item_at(*i).map(Value::Int).ok_or_else(index_error);
    }
    if let Some(slice) = key.downcast::<SliceObj>() {
        let b = r.big();
        let (start, stop, step) = slice.long_indices(vm, &b.len)?;
        let sub = RangeObj::from_bounds(b.item(&start), b.item(&stop), &b.step * step);
        return Ok(sub.into_value());
    }
    let Some(i) = as_int(key) else {
        return Err(exc!(
            type_error,
            "range indices must be integers or slices, not {}",
            key.type_name()
        ));
    };
    let b = r.big();
    let mut i = i.big();
    if i.is_negative() {
        i += &b.len;
    }
    if i.is_negative() || i >= b.len {
        return Err(index_error());
    }
    Ok(int_value(b.item(&i)))
}

/// `_PySequence_IterSearch` over the range's items: how many equal `x` and the index of the
/// first, stopping at the first when `first_only`.
fn iter_search(
    vm: &mut Vm,
    v: &Value,
    x: &Value,
    first_only: bool,
) -> PyResult<(u64, Option<u64>)> {
    let it = this(v).iter();
    let (mut count, mut first, mut i) = (0, None, 0);
    while let Some(item) = next_item(vm, &it)? {
        if seq::rich_eq(vm, &item, x)? {
            count += 1;
            first = first.or(Some(i));
            if first_only {
                break;
            }
        }
        i += 1;
    }
    Ok((count, first))
}

fn range_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    match exact_int(x) {
        Some(i) => Ok(this(v).position(i).is_some()),
        None => Ok(iter_search(vm, v, x, true)?.0 > 0),
    }
}

/// `r.start`, `r.stop`, `r.step` (members in CPython: read-only).
fn range_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v).bounds()[0].clone())
}

fn range_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v).bounds()[1].clone())
}

fn range_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v).bounds()[2].clone())
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, x) = (args.receiver(), &args.params()[0]);
    if let Some(i) = exact_int(x) {
        return this(v).position(i).ok_or_else(|| match int_to_string(i) {
            Ok(s) => exc!(value_error, "{} is not in range", s),
            Err(e) => e,
        });
    }
    match iter_search(vm, v, x, true)?.1 {
        Some(i) => Ok(int_from_i128(i as i128)),
        None => Err(exc!(value_error, "sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, x) = (args.receiver(), &args.params()[0]);
    let n = match exact_int(x) {
        Some(i) => this(v).position(i).is_some() as u64,
        None => iter_search(vm, v, x, false)?.0,
    };
    Ok(int_from_i128(n as i128))
}

fn range_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.receiver_as::<RangeObj>().reversed_iter())
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(range_new),
    repr: Some(range_repr),
    richcompare: Some(range_richcompare),
    hash: Some(range_hash),
    len: Some(range_len_slot),
    bool: Some(range_bool),
    iter: Some(range_iter),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[
        crate::member!("start", range_start),
        crate::member!("stop", range_stop),
        crate::member!("step", range_step),
    ],
};

pub const METHODS: &[MethodDef] = &[
    crate::method!("index", range_index, One),
    crate::method!("count", range_count, One),
    crate::method!("__reversed__", range_reversed, NoArgs),
];

/// `longrange_iterator`: iteration in exact arithmetic, for ranges the `i64` iterator
/// cannot walk. The state is replaced whole on each step (`Cell`, no borrow to hold).
pub struct LongRangeIter {
    next: Cell<BigInt>,
    step: BigInt,
    remaining: Cell<BigInt>,
}

impl LongRangeIter {
    fn new_value(start: BigInt, step: BigInt, len: BigInt) -> Value {
        crate::objects::containers::iter::new_long_range_iter(LongRangeIter {
            next: Cell::new(start),
            step,
            remaining: Cell::new(len),
        })
    }

    /// How many values are left (its `__length_hint__`).
    pub fn remaining(&self) -> BigInt {
        let n = self.remaining.take();
        self.remaining.set(n.clone());
        n
    }

    pub fn next(&self) -> Option<Value> {
        let remaining = self.remaining.take();
        if !remaining.is_positive() {
            return None;
        }
        self.remaining.set(remaining - 1u32);
        let item = self.next.take();
        self.next.set(&item + &self.step);
        Some(int_value(item))
    }
}
