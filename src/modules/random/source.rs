//! Where a method's random numbers come from. CPython's `random.Random` methods are Python
//! code calling `self.random()` and `self._randbelow(n)`, so a subclass that overrides
//! `random` or `getrandbits` changes every method; [`Gen`] gives the native methods the same
//! behaviour: the generator's own state for `Random` itself (and for subclasses that
//! override neither), else the overriding Python methods.

use std::ops::Deref;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::{RandomState, Types};
use crate::exc;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::numbers::float::as_f64;
use crate::objects::numbers::int::{as_int, int_value, IntRef};
use crate::objects::strings::str::intern;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// How `_randbelow` draws, as CPython's `Random.__init_subclass__` picks it: the first class
/// along the MRO that defines `getrandbits` or `random` decides.
enum Below {
    /// The native state (nothing overridden).
    Native,
    /// Rejection over `self.getrandbits(k)`.
    GetRandBits(Value),
    /// Scaling `self.random()` (53-bit floats), with rejection.
    Random,
}

/// A `Random` object as its methods see it (derefs to its native state).
pub struct Gen<'a> {
    state: &'a RandomState,
    this: &'a Value,
    /// An overriding `random` method, found on the class.
    random: Option<Value>,
    below: Below,
}

impl Deref for Gen<'_> {
    type Target = RandomState;
    fn deref(&self) -> &RandomState {
        self.state
    }
}

/// The class's attribute `name` when it is not the native `Random`'s own.
fn overridden(this: &Value, name: &str) -> Option<Value> {
    let name = intern(name);
    let found = TypeObject::lookup(this.class(), &name)?;
    let native = TypeObject::lookup(&Types::get().random, &name);
    match (&found, &native) {
        (Value::Obj(a), Some(Value::Obj(b))) if a.ptr_eq(b) => None,
        _ => Some(found),
    }
}

impl<'a> Gen<'a> {
    pub fn new(this: &'a Value) -> Gen<'a> {
        let state = crate::objects::callables::native::this::<RandomState>(this);
        let plain = Gen {
            state,
            this,
            random: None,
            below: Below::Native,
        };
        let cls = this.class();
        if !crate::objects::classes::class::is_heap(cls) {
            return plain;
        }
        let random = overridden(this, "random");
        let mut below = Below::Native;
        let t = cls.downcast::<TypeObject>().expect("a type");
        // (a class's `mro()` leaves out the class itself)
        let mro = t.mro();
        for c in std::iter::once(cls).chain(mro.iter()) {
            let Some(ct) = c.downcast::<TypeObject>().filter(|ct| ct.heap) else {
                break;
            };
            if ct.dict.get_str(&intern("getrandbits")).is_some() {
                below = overridden(this, "getrandbits").map_or(Below::Native, Below::GetRandBits);
                break;
            }
            if ct.dict.get_str(&intern("random")).is_some() {
                below = Below::Random;
                break;
            }
        }
        Gen {
            random,
            below,
            ..plain
        }
    }

    /// `self.random()`: a float in `[0, 1)`.
    pub fn random(&self, vm: &mut Vm) -> PyResult<f64> {
        let Some(f) = &self.random else {
            return Ok(self.state.random());
        };
        let v = vm.call_found(f.clone(), self.this, &[])?;
        match as_f64(&v) {
            Ok(Some(x)) => Ok(x),
            _ => Err(exc!(
                type_error,
                "must be real number, not {}",
                v.type_name()
            )),
        }
    }

    /// `self._randbelow(n)`: a uniform int in `[0, n)` for an int `n > 0`.
    pub fn below(&self, vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
        match &self.below {
            Below::Native => Ok(self.state.below(n)),
            Below::GetRandBits(f) => {
                let k = Value::Int(n.bits() as i64);
                loop {
                    let r = vm.call_found(f.clone(), self.this, std::slice::from_ref(&k))?;
                    let Some(i) = as_int(&r).map(IntRef::big) else {
                        return Err(exc!(
                            type_error,
                            "'<' not supported between instances of '{}' and 'int'",
                            r.type_name()
                        ));
                    };
                    if &i < n {
                        return Ok(int_value(i));
                    }
                }
            }
            Below::Random => {
                // (CPython: limit the floats to whole multiples of n below 2**53)
                let maxsize = 2f64.powi(53);
                let nf = n.to_f64().unwrap_or(f64::INFINITY);
                if nf >= maxsize {
                    let r = self.random(vm)?;
                    return Ok(int_value(
                        BigInt::from_f64((r * nf).floor()).unwrap_or_default(),
                    ));
                }
                let rem = maxsize % nf;
                let limit = (maxsize - rem) / maxsize;
                let mut r = self.random(vm)?;
                while r >= limit {
                    r = self.random(vm)?;
                }
                Ok(Value::Int(((r * maxsize).floor() % nf) as i64))
            }
        }
    }

    /// [`Gen::below`] for a size.
    pub fn below_usize(&self, vm: &mut Vm, n: usize) -> PyResult<usize> {
        if matches!(self.below, Below::Native) {
            return Ok(self.state.below_usize(n));
        }
        let v = self.below(vm, &BigInt::from(n))?;
        Ok(as_int(&v)
            .and_then(|i| i.to_i64())
            .filter(|i| *i >= 0)
            .map_or(0, |i| i as usize))
    }
}
