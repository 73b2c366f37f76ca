//! The `builtins` module's functions, grouped by theme; each submodule exports a `FUNCTIONS`
//! table and this module concatenates them.

pub mod classes;
pub mod code;
pub mod core;
pub mod iteration;
pub mod numeric;

use crate::objects::classes::typeobj::MethodDef;

/// Every builtin function, for the `builtins` module.
pub fn all_functions() -> impl Iterator<Item = &'static MethodDef> {
    core::FUNCTIONS
        .iter()
        .chain(numeric::FUNCTIONS)
        .chain(iteration::FUNCTIONS)
        .chain(classes::FUNCTIONS)
        .chain(code::FUNCTIONS)
        .chain(crate::vm::awaiting::FUNCTIONS)
}
