//! `float` (always an immediate `Value::Float`).

use super::typeobj::{MethodDef, TypeSlots};

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
