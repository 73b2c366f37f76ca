//! Builtins: abs, divmod, pow, round, hex, bin, oct, chr, ord: the numeric builtins.

use crate::objects::typeobj::MethodDef;

pub const FUNCTIONS: &[MethodDef] = &[];
