//! `range`: an immutable arithmetic sequence over `i64` bounds (a bound beyond `i64` raises
//! OverflowError). The length is computed once at creation; item `i` is
//! `start + i * step`, computed in `i128` so it never overflows. Membership of an int is
//! O(1); iteration yields a [`RangeIter`](super::iter::RangeIter), which the eval loop
//! advances without allocating.

use super::core::PyRef;
use super::seq::{self, int_like, IntLike, Subscript};
use super::str::{as_str, new_str};
use super::typeobj::{MethodDef, TypeSlots};
use super::{hash, types, Value};
use crate::bytecode::opcode::CompareKind;
use crate::exc;
use crate::vm::{Args, PyResult, Vm};

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The number of items (may exceed `isize::MAX`: `len()` then raises OverflowError).
    pub len: u64,
}

/// The length of `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / -step + 1
    } else {
        0
    };
    n as u64
}

impl RangeObj {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        RangeObj {
            start,
            stop,
            step,
            len: range_len(start, stop, step),
        }
    }

    pub fn new_ref(start: i64, stop: i64, step: i64) -> PyRef {
        PyRef::new(&types().range, RangeObj::new(start, stop, step))
    }

    /// Item `i` (`i < len`).
    #[inline]
    pub fn item(&self, i: u64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }

    /// Whether the int `x` is one of the items.
    pub fn contains_int(&self, x: i64) -> bool {
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
        inside && (x - start) % step == 0
    }

    /// A forward `range_iterator`.
    pub fn iter(&self) -> Value {
        super::iter::new_range_iter(self.start, self.step, self.len)
    }

    /// `reversed(range)`: a `range_iterator` from the last item down.
    pub fn reversed_iter(&self) -> Value {
        if self.len == 0 {
            return super::iter::new_range_iter(self.start, 1, 0);
        }
        let last = self.item(self.len - 1);
        super::iter::new_range_iter(last, self.step.wrapping_neg(), self.len)
    }

    fn len_checked(&self) -> PyResult<usize> {
        if self.len > isize::MAX as u64 {
            return Err(exc!(
                overflow_error,
                "Python int too large to convert to C ssize_t"
            ));
        }
        Ok(self.len as usize)
    }
}

fn this(v: &Value) -> &RangeObj {
    v.downcast::<RangeObj>().expect("a range")
}

/// A range bound: an int that fits in `i64`.
fn bound(v: &Value) -> PyResult<i64> {
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

fn range_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("range")?;
    args.check_count("range", 1, 3)?;
    let (start, stop, step) = match args.pos() {
        [stop] => (0, bound(stop)?, 1),
        [start, stop] => (bound(start)?, bound(stop)?, 1),
        [start, stop, step] => {
            let (a, b, c) = (bound(start)?, bound(stop)?, bound(step)?);
            if c == 0 {
                return Err(exc!(value_error, "range() arg 3 must not be zero"));
            }
            (a, b, c)
        }
        _ => unreachable!("count checked"),
    };
    Ok(Value::Obj(RangeObj::new_ref(start, stop, step)))
}

fn range_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let r = this(v);
    Ok(new_str(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

/// Ranges are equal when they are the same sequence.
fn same_sequence(a: &RangeObj, b: &RangeObj) -> bool {
    a.len == b.len && (a.len == 0 || (a.start == b.start && (a.len == 1 || a.step == b.step)))
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
    let none = NONE_HASH;
    let len = hash::hash_int(r.len.min(i64::MAX as u64) as i64);
    let parts = match r.len {
        0 => [len, none, none],
        1 => [len, hash::hash_int(r.start), none],
        _ => [len, hash::hash_int(r.start), hash::hash_int(r.step)],
    };
    Ok(hash::hash_tuple(parts.into_iter()))
}

fn range_len_slot(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    this(v).len_checked()
}

fn range_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(this(v).len != 0)
}

fn range_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v).iter())
}

fn range_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let r = this(v);
    let len = r.len.min(isize::MAX as u64) as usize;
    match seq::subscript(key, len, "range")? {
        Subscript::Index(i) => match seq::normalize_index(i, len) {
            Some(j) => Ok(Value::Int(r.item(j as u64))),
            None => Err(exc!(index_error, "range object index out of range")),
        },
        Subscript::Slice(start, stop, step, _) => {
            let at = |i: isize| r.start as i128 + i as i128 * r.step as i128;
            let new_step = r.step as i128 * step as i128;
            let fits = |x: i128| i64::try_from(x).ok();
            match (fits(at(start)), fits(at(stop)), fits(new_step)) {
                (Some(a), Some(b), Some(c)) => Ok(Value::Obj(RangeObj::new_ref(a, b, c))),
                _ => Err(exc!(
                    overflow_error,
                    "Python int too large to convert to C ssize_t"
                )),
            }
        }
    }
}

fn range_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let r = this(v);
    match int_like(x) {
        Some(IntLike::Small(i)) => Ok(r.contains_int(i)),
        Some(IntLike::Big(_)) => Ok(false),
        None => {
            // Other types compare item by item (`1.0 in range(3)`).
            for i in 0..r.len {
                if seq::rich_eq(vm, &Value::Int(r.item(i)), x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn range_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let r = this(v);
    Ok(match as_str(&Value::Obj(name.clone())) {
        Some("start") => Some(Value::Int(r.start)),
        Some("stop") => Some(Value::Int(r.stop)),
        Some("step") => Some(Value::Int(r.step)),
        _ => None,
    })
}

fn self_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a RangeObj> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<RangeObj>())
        .ok_or_else(|| {
            exc!(
                type_error,
                "descriptor '{}' for 'range' objects needs a range",
                name
            )
        })
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(&format!("range.{name}"))?;
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(exc!(
            type_error,
            "range.{}() takes exactly one argument ({} given)",
            name,
            pos.len()
        ));
    }
    Ok(&pos[0])
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_arg(&args, "index")?;
    let x = one_arg(&args, "index")?;
    match int_like(x) {
        Some(IntLike::Small(i)) => {
            if r.contains_int(i) {
                let pos = (i as i128 - r.start as i128) / r.step as i128;
                return Ok(Value::Int(pos as i64));
            }
            Err(exc!(value_error, "{} is not in range", i))
        }
        Some(IntLike::Big(_)) => {
            let mut s = String::new();
            seq::write_repr(vm, &mut s, x)?;
            Err(exc!(value_error, "{} is not in range", s))
        }
        None => {
            for i in 0..r.len {
                if seq::rich_eq(vm, &Value::Int(r.item(i)), x)? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(exc!(value_error, "sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = self_arg(&args, "count")?;
    let x = one_arg(&args, "count")?;
    match int_like(x) {
        Some(IntLike::Small(i)) => Ok(Value::Int(r.contains_int(i) as i64)),
        Some(IntLike::Big(_)) => Ok(Value::Int(0)),
        None => {
            let mut n = 0;
            for i in 0..r.len {
                if seq::rich_eq(vm, &Value::Int(r.item(i)), x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}

fn range_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(self_arg(&args, "__reversed__")?.reversed_iter())
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
    getattr: Some(range_getattr),
    ..TypeSlots::EMPTY
};

pub const METHODS: &[MethodDef] = &[
    crate::method!("index", range_index),
    crate::method!("count", range_count),
    crate::method!("__reversed__", range_reversed),
];
