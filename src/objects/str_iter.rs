//! `iter(str)`: an iterator yielding one-character strs, walking the UTF-8 text by byte
//! offset (so each step is O(1), also for non-ASCII text).

use std::cell::Cell;

use super::core::PyRef;
use super::str::{char_str, StrObj};
use super::typeobj::TypeSlots;
use super::{types, Value};
use crate::vm::{PyResult, Vm};

pub struct StrIterObj {
    /// The str being iterated.
    pub s: PyRef,
    /// Byte offset of the next character.
    pub pos: Cell<usize>,
}

/// A new iterator over `s` (a str object).
pub fn new_str_iter(s: PyRef) -> Value {
    Value::Obj(PyRef::new(
        &types().str_iterator,
        StrIterObj {
            s,
            pos: Cell::new(0),
        },
    ))
}

fn iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn iter_next(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<StrIterObj>() else {
        return Ok(None);
    };
    let Some(s) = it.s.downcast::<StrObj>() else {
        return Ok(None);
    };
    let pos = it.pos.get();
    let Some(c) = s.as_str().get(pos..).and_then(|t| t.chars().next()) else {
        return Ok(None);
    };
    it.pos.set(pos + c.len_utf8());
    Ok(Some(Value::Obj(char_str(c))))
}

pub const SLOTS: TypeSlots = TypeSlots {
    iter: Some(iter_self),
    next: Some(iter_next),
    ..TypeSlots::EMPTY
};
