//! `slice` objects (`a[1:2:3]`).

use super::typeobj::TypeSlots;
use super::Value;

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
