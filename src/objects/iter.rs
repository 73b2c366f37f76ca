//! Iterators over the builtin containers.

use super::typeobj::TypeSlots;

pub struct IterObj {}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
