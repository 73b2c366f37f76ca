//! Binary data: `bytes` (immutable, with the codecs `str.encode` shares), `bytearray`
//! (mutable), and the methods both share (`bytes_methods`, which return a bytearray when
//! `self` is one).
//!
//! Invariants: a `bytes` object's content never changes after creation (so it is hashable);
//! a `bytearray`'s buffer sits in a `RefCell` that is never borrowed across a call that can
//! run Python code (DESIGN.md §2), and it is unhashable.
//!
//! (The folder is `binary`, not `bytes`, so that the type's own module is not
//! `bytes::bytes`.)

pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod items;
pub mod memoryview;
