//! What can be called and what calling needs: Python functions, builtin functions and bound
//! methods (`function`), argument binding with CPython's messages (`bind`), closure cells
//! (`cell`), code objects (`code`, `code_replace`), frame objects (`frame`), generators and
//! coroutines (`generator`), descriptors (`descr`: classmethod, staticmethod, property,
//! `__slots__` members, `super`; `getset` for native attributes), and the objects of the
//! types native modules define (`native`).
//!
//! Invariants: a function's code may be replaced, so each call reads the current code and
//! its frame keeps its own reference; anything that changes what a call does (`__code__`,
//! `__defaults__`, `__kwdefaults__`) bumps the function's version, which call-site caches
//! guard on. A generator's frame is owned by the generator and never re-entered while it runs.

pub mod bind;
pub mod cell;
pub mod code;
pub mod code_replace;
pub mod descr;
pub mod frame;
pub mod function;
mod function_attrs;
pub mod generator;
pub mod getset;
pub mod native;
