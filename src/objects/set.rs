//! `set` and `frozenset`.

use super::typeobj::{MethodDef, TypeSlots};

pub struct SetObj {}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
pub const FROZEN_SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const FROZEN_METHODS: &[MethodDef] = &[];
