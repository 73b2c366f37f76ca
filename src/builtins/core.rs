//! Builtins: print, repr, id, hash, isinstance, type and other object-level builtins.

use crate::objects::typeobj::MethodDef;

pub const FUNCTIONS: &[MethodDef] = &[];
