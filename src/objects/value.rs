//! `Value`: what a variable, a stack slot or a container item holds.
//!
//! `None`, bools, ints that fit in an `i64`, and floats are immediates: no allocation, no
//! refcount. Everything else is an owned [`PyRef`]. Invariants:
//! - an int that fits in `i64` is always `Value::Int`; a heap int (`IntObj`) is always outside
//!   that range (or an instance of an int subclass), so equal ints never differ in form;
//! - `Value::Null` marks "no value" inside the VM (an unbound local, the empty slot that
//!   `LOAD_METHOD` pushes). It never reaches Python code.
//!
//! Identity (`is`) on immediates compares values: `None is None`, `True is True`, and two equal
//! ints or floats are the same object. CPython only guarantees that for small ints, but
//! compile-time constants are shared there too, so the results a script sees agree in practice.
//!
//! NaN is the exception, and the reason for one more invariant: **a float that is NaN is never
//! an immediate**. It is a heap float of type `float` (a `FloatObj`, made by [`Value::float`]),
//! so it has an identity of its own, as in CPython. That identity is observable, because
//! containers compare items by identity before `==` and NaN is not equal to itself:
//! `[float('nan')] == [float('nan')]` is False (two NaN objects), `x = float('nan'); [x] == [x]`
//! is True (one object, `x is x`), and `{float('nan'), float('nan')}` has two members (NaN
//! hashes by identity). Every value with a non-NaN float, in contrast, compares equal to any
//! other with the same bits, so for them value identity gives the answers CPython gives.
//! Build floats with [`Value::float`] (or `From<f64>`), never `Value::Float(x)` for an `x` that
//! can be NaN.

use super::core::{PyPayload, PyRef};
use crate::objects::classes::typeobj::types;

#[repr(u64)]
pub enum Value {
    /// Internal "no value" marker; never visible to Python code.
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(PyRef),
}

impl Value {
    /// The type object of this value.
    #[inline]
    pub fn class(&self) -> &PyRef {
        let t = types();
        match self {
            Value::Obj(o) => o.class(),
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Bool(_) => &t.bool,
            Value::None => &t.none_type,
            Value::Null => &t.none_type,
        }
    }

    /// A float value: an immediate, or a heap float when `f` is a NaN (see the module docs).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            return crate::objects::numbers::float::boxed_nan(f);
        }
        Value::Float(f)
    }

    /// The heap object, if this is one.
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload, if this is a heap object whose payload type is `T`.
    #[inline(always)]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        match self {
            Value::Obj(o) => o.downcast::<T>(),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    /// The type's name, as error messages print it (`'int'`, `'list'`, `'Foo'`).
    pub fn type_name(&self) -> String {
        crate::objects::classes::typeobj::type_name(self.class())
    }
}

impl Clone for Value {
    /// Immediates copy without touching memory elsewhere; only `Obj` counts a reference.
    #[inline(always)]
    fn clone(&self) -> Self {
        super::core::clone_value(self)
    }
}

impl From<PyRef> for Value {
    fn from(o: PyRef) -> Self {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::float(f)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "Null"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(f, "{o:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        // `Result<Value, PyErr>` is what every operation returns: keep it small too.
        assert!(std::mem::size_of::<crate::vm::PyResult<super::Value>>() <= 24);
    }
}
