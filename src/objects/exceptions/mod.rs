//! Exceptions: exception objects and `PyErr`, the Rust-side error that carries one through
//! `PyResult` (`exception`), the builtin exception hierarchy and the attributes of its
//! special kinds (`exception_kinds`: `OSError`, `SyntaxError`, `StopIteration`, ...), and
//! traceback objects (`traceback`); `exception_group` is PEP 654's `BaseExceptionGroup`.
//!
//! Invariants: every error a script can observe is a Python exception with CPython's type
//! and message, never a Rust panic; each frame an exception passes through pushes one
//! traceback entry, and the chain (which may hold its own frame, a cycle) is traced for the
//! collector.

pub mod exception;
pub mod exception_group;
pub mod exception_kinds;
pub mod traceback;
