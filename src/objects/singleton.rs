//! `NotImplemented`, `Ellipsis` (heap singletons) and `NoneType`'s slots.

use super::typeobj::TypeSlots;

pub struct SingletonObj {
    pub name: &'static str,
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const NONE_SLOTS: TypeSlots = TypeSlots::EMPTY;
