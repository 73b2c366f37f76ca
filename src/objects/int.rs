//! `int` and `bool`. Ints that fit in an `i64` are immediates (`Value::Int`); larger ones are
//! heap `IntObj`s holding a `BigInt` (always outside the `i64` range).

use num_bigint::BigInt;

use super::typeobj::{MethodDef, TypeSlots};

pub struct IntObj {
    pub value: BigInt,
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const BOOL_SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
