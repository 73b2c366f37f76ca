//! `list`: a mutable sequence. Items sit in a `RefCell<Vec<Value>>`; no borrow is held across
//! a call that may run Python code (see DESIGN.md §2).

use std::cell::RefCell;

use super::core::PyRef;
use super::typeobj::{MethodDef, TypeSlots};
use super::{types, Value};

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
}

impl ListObj {
    pub fn new_ref(items: Vec<Value>) -> PyRef {
        PyRef::new(
            &types().list,
            ListObj {
                items: RefCell::new(items),
            },
        )
    }
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
