//! `tuple`: an immutable sequence.

use super::core::PyRef;
use super::typeobj::{MethodDef, TypeSlots};
use super::{types, Value};

pub struct TupleObj {
    pub items: Box<[Value]>,
}

impl TupleObj {
    pub fn new_ref(items: Vec<Value>) -> PyRef {
        PyRef::new(
            &types().tuple,
            TupleObj {
                items: items.into_boxed_slice(),
            },
        )
    }
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
