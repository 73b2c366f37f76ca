//! Instances of `object` and (later) of user classes: an attribute dict.

use super::core::PyRef;
use super::typeobj::{MethodDef, TypeSlots};

pub struct InstanceObj {
    pub dict: Option<PyRef>,
}

pub const OBJECT_SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const OBJECT_METHODS: &[MethodDef] = &[];
