//! Cells: the boxes that closures share variables through.

use std::cell::RefCell;

use super::core::PyRef;
use super::typeobj::TypeSlots;
use super::{types, Value};

pub struct CellObj {
    /// `Value::Null` while empty.
    pub value: RefCell<Value>,
}

impl CellObj {
    pub fn new_ref(value: Value) -> PyRef {
        PyRef::new(
            &types().cell,
            CellObj {
                value: RefCell::new(value),
            },
        )
    }
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
