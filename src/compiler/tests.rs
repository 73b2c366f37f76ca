//! Codegen tests.
