//! `range`.

use super::typeobj::{MethodDef, TypeSlots};

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
