//! The dict type's Python-visible behaviour: slots, methods and views.

use super::typeobj::{MethodDef, TypeSlots};

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
