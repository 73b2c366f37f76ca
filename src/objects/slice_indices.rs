//! `SliceObj::indices`: CPython's `PySlice_GetIndicesEx` — a slice's start, stop and step
//! normalised against a sequence length (negative indices counted from the end, out-of-range
//! values clamped, huge ints saturated), plus the number of items it selects.

use num_traits::Signed;

use super::int::{as_int, IntRef};
use super::slice::SliceObj;
use super::Value;
use crate::exc;
use crate::vm::PyResult;

/// A slice bound: None, or an int saturated to the `isize` range.
fn bound(v: &Value) -> PyResult<Option<isize>> {
    if v.is_none() {
        return Ok(None);
    }
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i as isize)),
        Some(IntRef::Big(b)) => Ok(Some(if b.is_negative() {
            isize::MIN
        } else {
            isize::MAX
        })),
        None => Err(exc!(
            type_error,
            "slice indices must be integers or None or have an __index__ method"
        )),
    }
}

impl SliceObj {
    /// `(start, stop, step, slicelength)` for a sequence of `len` items. Raises ValueError
    /// "slice step cannot be zero" and the TypeError for non-int bounds.
    pub fn indices(&self, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let step = match bound(&self.step)? {
            None => 1,
            Some(0) => return Err(exc!(value_error, "slice step cannot be zero")),
            // -isize::MAX, so that `-step` cannot overflow.
            Some(s) => s.max(-isize::MAX),
        };
        let len = len as isize;
        let adjust = |v: Option<isize>, default: isize| -> isize {
            match v {
                None => default,
                Some(mut i) => {
                    if i < 0 {
                        i = i.saturating_add(len);
                        if i < 0 {
                            i = if step < 0 { -1 } else { 0 };
                        }
                    } else if i >= len {
                        i = if step < 0 { len - 1 } else { len };
                    }
                    i
                }
            }
        };
        let (start, stop) = if step < 0 {
            (
                adjust(bound(&self.start)?, len - 1),
                adjust(bound(&self.stop)?, -1),
            )
        } else {
            (
                adjust(bound(&self.start)?, 0),
                adjust(bound(&self.stop)?, len),
            )
        };
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_indices() {
        let _gil = crate::gil::acquire();
        let s = |a: Value, b: Value, c: Value| SliceObj {
            start: a,
            stop: b,
            step: c,
        };
        let n = Value::None;
        let i = Value::Int;
        assert_eq!(
            s(n.clone(), n.clone(), n.clone()).indices(5).unwrap(),
            (0, 5, 1, 5)
        );
        assert_eq!(
            s(n.clone(), n.clone(), i(-1)).indices(5).unwrap(),
            (4, -1, -1, 5)
        );
        assert_eq!(
            s(i(-2), n.clone(), n.clone()).indices(5).unwrap(),
            (3, 5, 1, 2)
        );
        assert_eq!(s(i(1), i(100), i(2)).indices(5).unwrap(), (1, 5, 2, 2));
        assert_eq!(s(i(-100), i(100), i(3)).indices(5).unwrap(), (0, 5, 3, 2));
        assert_eq!(s(i(3), i(1), n.clone()).indices(5).unwrap(), (3, 1, 1, 0));
        assert!(s(n.clone(), n.clone(), i(0)).indices(5).is_err());
        let big = super::super::int::int_value(num_bigint::BigInt::from(10).pow(30));
        assert_eq!(s(n.clone(), big, n).indices(3).unwrap(), (0, 3, 1, 3));
    }
}
