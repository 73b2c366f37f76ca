//! Unpacking, as the eval loop does it: assignment targets (`a, b = x` and `a, *b, c = x`:
//! `UNPACK_SEQUENCE`/`UNPACK_EX`, also in `for` targets and comprehensions), `*iterable` in
//! displays and calls (`LIST_EXTEND`) and `**mapping` (`DICT_UPDATE`/`DICT_MERGE`), with
//! CPython 3.11's laziness and messages.
//!
//! Only an exact list or tuple is read in place. Anything else (subclasses included, which
//! may override `__iter__`) goes through the iterator protocol, lazily: without a starred
//! target at most n + 1 items are pulled (CPython's `unpack_iterable`), so `a, b = it` leaves
//! the rest of `it` alone and `a, b = itertools.count()` fails at once. The values go
//! straight into their stack slots, first value on top, with no temporary vector.

use smallvec::SmallVec;

use super::stack::Cursor;
use super::{PyErr, PyResult, Vm};
use crate::exc;
use crate::objects::containers::dict_methods::{self, OnDup};
use crate::objects::containers::list::ListObj;
use crate::objects::{containers::seq, types, Value};
use crate::vm::protocol::{exact_list, exact_tuple, lacks_iter};

/// "not enough values to unpack" after `got` values, for `before` targets (and `after`
/// more behind a starred one).
fn not_enough(before: usize, after: Option<usize>, got: usize) -> PyErr {
    match after {
        None => exc!(
            value_error,
            "not enough values to unpack (expected {}, got {})",
            before,
            got
        ),
        Some(after) => exc!(
            value_error,
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            got
        ),
    }
}

fn too_many(n: usize) -> PyErr {
    exc!(value_error, "too many values to unpack (expected {})", n)
}

/// Pushes the values of an exact list's or tuple's `items` for the targets (see
/// [`Vm::unpack`]). Runs no Python code, so `items` may be a borrow of the list.
fn unpack_items(
    cur: &mut Cursor,
    items: &[Value],
    before: usize,
    after: Option<usize>,
) -> PyResult<()> {
    let n = items.len();
    match after {
        None if n == before => items.iter().rev().for_each(|v| cur.push(v.clone())),
        None if n > before => return Err(too_many(before)),
        None => return Err(not_enough(before, None, n)),
        Some(after) => {
            if n < before + after {
                return Err(not_enough(before, Some(after), n));
            }
            let (head, rest) = items.split_at(before);
            let (middle, tail) = rest.split_at(rest.len() - after);
            tail.iter().rev().for_each(|v| cur.push(v.clone()));
            cur.push(Value::Obj(ListObj::new_ref(middle.to_vec())));
            head.iter().rev().for_each(|v| cur.push(v.clone()));
        }
    }
    Ok(())
}

impl Vm {
    /// `UNPACK_SEQUENCE before` (`after` is `None`) or `UNPACK_EX` (`before` targets, a
    /// starred one, `after` more): pushes the values so that the first ends on top.
    pub(super) fn unpack(
        &mut self,
        cur: &mut Cursor,
        seq: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<()> {
        if let Some(t) = exact_tuple(seq) {
            return unpack_items(cur, &t.items, before, after);
        }
        if let Some(l) = exact_list(seq) {
            return unpack_items(cur, &l.items.borrow(), before, after);
        }
        if lacks_iter(seq) {
            return Err(exc!(
                type_error,
                "cannot unpack non-iterable {} object",
                seq.type_name()
            ));
        }
        let it = self.iter(seq)?;
        // Reserve the targets' slots, fill them as values come, and drop what was pulled
        // if unpacking fails (as CPython does, before the exception propagates).
        let slots = before + after.map_or(0, |a| a + 1);
        for _ in 0..slots {
            cur.push(Value::Null);
        }
        let r = self.unpack_iterator(&it, cur.top_n_mut(slots), before, after);
        if r.is_err() {
            // Released bottom first: the last pulled first.
            let mut pulled: SmallVec<[Value; 8]> = SmallVec::new();
            cur.pop_n_into(slots, &mut pulled);
            drop(pulled);
        }
        r
    }

    /// Fills the reserved `slots` (the top of the operand stack) from the iterator `it`:
    /// value `i` of the `before` ones at `slots[len - 1 - i]`, then (starred) the list of
    /// the rest less the last `after`, then those.
    fn unpack_iterator(
        &mut self,
        it: &Value,
        slots: &mut [Value],
        before: usize,
        after: Option<usize>,
    ) -> PyResult<()> {
        let top = slots.len(); // one past the slot of the first value
        for i in 0..before {
            match self.next(it)? {
                Some(v) => slots[top - 1 - i] = v,
                None => return Err(not_enough(before, after, i)),
            }
        }
        let Some(after) = after else {
            return match self.next(it)? {
                Some(_) => Err(too_many(before)),
                None => Ok(()),
            };
        };
        // `list(it)` for the starred target: the iterator's own length hint sizes it.
        let mut rest = seq::collect_sized(self, it, it)?;
        if rest.len() < after {
            let e = not_enough(before, Some(after), before + rest.len());
            // Freed as the list would free them: last to first.
            seq::drop_reversed(rest);
            return Err(e);
        }
        let tail = rest.split_off(rest.len() - after);
        for (j, v) in tail.into_iter().enumerate() {
            slots[after - 1 - j] = v;
        }
        slots[after] = Value::Obj(ListObj::new_ref(rest));
        Ok(())
    }

    /// `LIST_EXTEND`: `[*x]`, `(*x,)` and `f(a, *x)` append the items of `x` to `list`.
    pub(super) fn list_extend(&mut self, list: &ListObj, x: &Value) -> PyResult<()> {
        match seq::collect_fast(self, x) {
            Ok(items) => {
                list.extend(items);
                Ok(())
            }
            Err(e) if e.matches(&types().exc.type_error) && lacks_iter(x) => Err(exc!(
                type_error,
                "Value after * must be an iterable, not {}",
                x.type_name()
            )),
            Err(e) => Err(e),
        }
    }

    /// `DICT_UPDATE` (`{**src}`; `func` is `None`) and `DICT_MERGE` (`f(**src)`, where a
    /// key given twice is an error naming `func`): merges `src` into the dict `target`.
    /// As in CPython, any AttributeError on the way (no `keys`, or one raised by `keys` or
    /// `__getitem__`) is reported as `src` not being a mapping.
    pub(super) fn dict_update(
        &mut self,
        target: &Value,
        src: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let dict = target
            .downcast()
            .expect("DICT_UPDATE/DICT_MERGE target a dict");
        let on_dup = if func.is_some() {
            OnDup::Report
        } else {
            OnDup::Replace
        };
        let e = match dict_methods::merge(self, dict, src, on_dup) {
            Ok(None) => return Ok(()),
            Ok(Some(key)) => {
                let func = self.function_str(func.expect("only DICT_MERGE reports"));
                let key = self.str_string(&key)?;
                return Err(exc!(
                    type_error,
                    "{} got multiple values for keyword argument '{}'",
                    func,
                    key
                ));
            }
            Err(e) => e,
        };
        if !e.matches(&types().exc.attribute_error) {
            return Err(e);
        }
        Err(match func {
            Some(f) => exc!(
                type_error,
                "{} argument after ** must be a mapping, not {}",
                self.function_str(f),
                src.type_name()
            ),
            None => exc!(type_error, "'{}' object is not a mapping", src.type_name()),
        })
    }
}
