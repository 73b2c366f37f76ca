//! Builtins: len, min, max, sum, sorted, reversed, enumerate, zip, any, all, iter, next: builtins that consume iterables.

use crate::objects::typeobj::MethodDef;

pub const FUNCTIONS: &[MethodDef] = &[];
