//! `__length_hint__` of the container iterators (`list_iterator`, `range_iterator`,
//! `dict_keyiterator`, `set_iterator`, `str_iterator`, the reverse iterators): how many items
//! are left, as CPython's, so `operator.length_hint(iter(x))` answers what it does there.
//! A dict or set iterator whose container changed size answers 0; `iter(f, sentinel)` and
//! the wrapping iterators (`map`, `zip`, ...) have no hint.

use super::{IterKind, IterObj, DONE};
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::set::SetObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::numbers::int::int_value;
use crate::objects::strings::str::StrObj;
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

/// The methods of the container iterator types.
pub const METHODS: &[MethodDef] = &[method!("__length_hint__", length_hint, NoArgs)];

fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.receiver_as::<IterObj>();
    let n = match &it.kind {
        IterKind::Seq(s) => {
            let i = s.index.get();
            let len = if let Some(l) = s.seq.downcast::<ListObj>() {
                l.len()
            } else if let Some(t) = s.seq.downcast::<TupleObj>() {
                t.items.len()
            } else {
                return Ok(Value::Int(
                    super::index_iter_hint(vm, args.receiver())?.unwrap_or(0) as i64,
                ));
            };
            if i == DONE {
                0
            } else {
                len.saturating_sub(i)
            }
        }
        IterKind::Reversed(r) => match r.seq.downcast::<ListObj>() {
            // (a list that shrank below the position has nothing left)
            Some(l) => match usize::try_from(r.index.get()) {
                Ok(i) if i < l.len() => i + 1,
                _ => 0,
            },
            None => super::index_iter_hint(vm, args.receiver())?.unwrap_or(0),
        },
        IterKind::Range(r) => return Ok(Value::Int(r.remaining.get() as i64)),
        IterKind::LongRange(r) => return Ok(int_value(r.remaining())),
        IterKind::Str(s) => {
            let pos = s.pos.get();
            match s.s.downcast::<StrObj>() {
                Some(text) if pos != DONE => text.as_str()[pos..].chars().count(),
                _ => 0,
            }
        }
        IterKind::Dict(d) => {
            let dict = d.dict.downcast::<DictObj>().expect("a dict");
            if d.done.get() || d.used.get() != dict.len() as isize {
                0
            } else {
                d.remaining.get()
            }
        }
        IterKind::Set(s) => {
            let set = s.set.downcast::<SetObj>().expect("a set");
            if s.done.get() || s.used.get() != set.len() as isize {
                0
            } else {
                let mut pos = s.pos.get();
                let mut n = 0;
                while let Some((next, _)) = set.next_entry(pos) {
                    pos = next;
                    n += 1;
                }
                n
            }
        }
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}
