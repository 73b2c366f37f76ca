//! Numbers: `int` and `bool` (`int`), `float` (`float`, with CPython's shortest repr in
//! `float_repr`), `complex` (`complex`; arithmetic in `complex_math`, text in `complex_text`), and `hash`, Python's hash functions (numeric hashing is CPython's exactly;
//! strings use a fast hash of their bytes).
//!
//! Invariants: an int that fits in an `i64` is always the immediate `Value::Int` — results
//! are normalised through `int::int_value`, so equal ints never differ in form; a plain float
//! is an immediate unless it is a NaN (a heap object, so it has an identity); equal numbers
//! hash equal across int, float and bool, and no hash is -1.

pub mod complex;
pub mod complex_math;
pub mod complex_text;
pub mod float;
pub mod float_repr;
pub mod hash;
pub mod int;
