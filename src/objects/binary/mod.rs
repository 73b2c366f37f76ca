//! Binary data: `bytes` (immutable, with the codecs `str.encode` shares), `bytearray`
//! (mutable), the methods both share (`bytes_methods`, which return a bytearray when
//! `self` is one), the buffer protocol every bytes-like argument goes through (`buffer`),
//! and `memoryview` with its item codec (`memoryview`, `items`).
//!
//! Invariants: a `bytes` object's content never changes after creation (so it is hashable);
//! a `bytearray`'s buffer sits in a `RefCell` that is never borrowed across a call that can
//! run Python code (DESIGN.md §2), and it is unhashable; while any buffer of it is
//! exported (a memoryview, a `struct.pack_into` in progress) its size cannot change.
//!
//! (The folder is `binary`, not `bytes`, so that the type's own module is not
//! `bytes::bytes`.)

pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
mod charmaps;
pub mod codecs;
pub mod items;
pub mod memoryview;
