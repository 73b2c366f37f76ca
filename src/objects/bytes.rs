//! `bytes`: immutable byte strings.

use super::typeobj::{MethodDef, TypeSlots};

pub struct BytesObj {
    pub bytes: Box<[u8]>,
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
