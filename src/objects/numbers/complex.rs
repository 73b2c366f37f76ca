//! `complex`: the type, its arithmetic with ints, floats and bools in either order, hashing
//! and equality (exact against big ints), and the constructor with CPython's conversion
//! rules (`__complex__`, then `__float__`/`__index__`; strings in `complex_text`).
//!
//! A complex is always a heap object (a [`ComplexObj`]); an instance of a subclass is one
//! too, with its dict. Arithmetic lives in `complex_math` (CPython's algorithms), so the
//! compiler's constant folding and `cmath` share it. Results of arithmetic are plain
//! `complex`, as in CPython.

use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeObject, TypeSlots, TypeSpec};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::trace::{take_slots, visit_values, Trace};
use crate::objects::{types, Value};
use crate::operators::{BinOp, CompareKind, UnaryOp};
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

use super::complex_math::{self as cm, CErr, C};
use super::float::{as_f64, float_from_value, float_of};
use super::hash;
use super::int::{as_int, call_special, not_implemented};

/// The payload of a complex number (also of an instance of a subclass).
pub struct ComplexObj {
    pub value: C,
    /// `__slots__` values of a subclass instance that has some (`Value::Null` while unset);
    /// `None` for every other complex, which then holds no references and is not tracked.
    pub slots: Option<Box<RefCell<Vec<Value>>>>,
}

impl Trace for ComplexObj {
    fn is_gc(&self) -> bool {
        self.slots.is_some()
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(Ok(s)) = self.slots.as_ref().map(|s| s.try_borrow()) {
            visit_values(&s, visit);
        }
    }
    // (`c.x = c` through a slot makes a cycle)
    fn clear(&self) {
        if let Some(s) = &self.slots {
            take_slots(s);
        }
    }
}

/// A new plain `complex`.
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(PyRef::new(
        &types().complex,
        ComplexObj {
            value: C::new(re, im),
            slots: None,
        },
    ))
}

fn from_c(c: C) -> Value {
    new_complex(c.re, c.im)
}

/// The value of a complex or of an instance of a complex subclass.
#[inline]
pub fn complex_of(v: &Value) -> Option<C> {
    v.downcast::<ComplexObj>().map(|c| c.value)
}

/// An operand of complex arithmetic: a complex, or an int or float as a complex with a
/// zero imaginary part; `Ok(None)` for anything else (NotImplemented); OverflowError for
/// an int too large for a float.
pub fn operand(v: &Value) -> PyResult<Option<C>> {
    if let Some(c) = complex_of(v) {
        return Ok(Some(c));
    }
    Ok(as_f64(v)?.map(|f| C::new(f, 0.0)))
}

/// `a ** b` with CPython's errors.
pub fn complex_pow(a: C, b: C) -> PyResult<Value> {
    cm::pow(a, b).map(from_c).map_err(|e| match e {
        CErr::Domain => exc!(zero_division_error, "0.0 to a negative or complex power"),
        CErr::Range => exc!(overflow_error, "complex exponentiation"),
    })
}

fn complex_binary(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow
    ) {
        return Ok(not_implemented());
    }
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(not_implemented());
    };
    match op {
        BinOp::Add => Ok(from_c(cm::add(x, y))),
        BinOp::Sub => Ok(from_c(cm::sub(x, y))),
        BinOp::Mult => Ok(from_c(cm::mul(x, y))),
        BinOp::Div => cm::div(x, y)
            .map(from_c)
            .map_err(|_| exc!(zero_division_error, "complex division by zero")),
        _ => complex_pow(x, y),
    }
}

fn complex_unary(_vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let Some(z) = complex_of(v) else {
        return Ok(not_implemented());
    };
    match op {
        UnaryOp::USub => Ok(new_complex(-z.re, -z.im)),
        // `+z` of an exact complex is `z` itself; of a subclass instance, a plain copy.
        UnaryOp::UAdd if v.class().ptr_eq(&types().complex) => Ok(v.clone()),
        UnaryOp::UAdd => Ok(from_c(z)),
        UnaryOp::Not => Ok(Value::Bool(z.re == 0.0 && z.im == 0.0)),
        UnaryOp::Invert => Err(exc!(
            type_error,
            "bad operand type for unary ~: '{}'",
            v.type_name()
        )),
    }
}

fn complex_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let Some(z) = complex_of(a) else {
        return Ok(not_implemented());
    };
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(not_implemented());
    }
    let equal = if let Some(w) = complex_of(b) {
        z == w
    } else if let Some(f) = float_of(b) {
        z.re == f && z.im == 0.0
    } else if let Some(i) = as_int(b) {
        // Exact, as float == int is (no rounding of big ints).
        z.im == 0.0 && super::float::compare_int_float(i, z.re, CompareKind::Eq)
    } else {
        return Ok(not_implemented());
    };
    Ok(Value::Bool(equal == (op == CompareKind::Eq)))
}

fn value(v: &Value) -> C {
    complex_of(v).unwrap_or(C::new(0.0, 0.0))
}

fn complex_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(super::complex_text::repr_complex(value(v))))
}

/// `hash(re) + 1000003 * hash(im)` (wrapping), with a NaN part hashed by identity as a
/// float NaN is.
fn complex_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let z = value(v);
    let part = |x: f64, vm: &mut Vm| {
        if x.is_nan() {
            (vm.id(v) as u64).rotate_right(4) as i64
        } else {
            hash::hash_float(x)
        }
    };
    Ok(hash::hash_complex(part(z.re, vm), part(z.im, vm)))
}

fn complex_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let z = value(v);
    Ok(z.re != 0.0 || z.im != 0.0)
}

// ---------------------------------------------------------------------------------------
// complex(real=0, imag=0)

const NEW: Clinic = Clinic {
    fname: "complex",
    names: &["real", "imag"],
    posonly: 0,
    minpos: 0,
    maxpos: 2,
};

/// Whether `v` converts as a number (CPython: a complex, or a type with `nb_float` or
/// `nb_index`).
fn is_number(v: &Value) -> bool {
    complex_of(v).is_some()
        || float_of(v).is_some()
        || as_int(v).is_some()
        || TypeObject::lookup(v.class(), crate::interned!("__float__")).is_some()
        || TypeObject::lookup(v.class(), crate::interned!("__index__")).is_some()
}

/// `x.__complex__()` if `x`'s type defines it: the complex it returns (TypeError for
/// anything else).
pub fn special_complex(vm: &mut Vm, x: &Value) -> PyResult<Option<C>> {
    let Some(r) = call_special(vm, x, "__complex__")? else {
        return Ok(None);
    };
    match complex_of(&r) {
        Some(c) => Ok(Some(c)),
        None => Err(exc!(
            type_error,
            "__complex__ returned non-complex (type {})",
            r.type_name()
        )),
    }
}

/// A part given to the constructor: `(value, was_complex)`.
fn part(vm: &mut Vm, v: &Value) -> PyResult<(C, bool)> {
    match complex_of(v) {
        Some(c) => Ok((c, true)),
        None => Ok((C::new(float_from_value(vm, v)?, 0.0), false)),
    }
}

/// The value of `complex(real, imag)` for non-string arguments: `real + imag*1j`, where
/// either part may itself be complex.
fn from_parts(vm: &mut Vm, real: &Value, imag: Option<&Value>) -> PyResult<C> {
    let converted = if real.class().ptr_eq(&types().complex) {
        None
    } else {
        special_complex(vm, real)?
    };
    if converted.is_none() && !is_number(real) {
        return Err(exc!(
            type_error,
            "complex() first argument must be a string or a number, not '{}'",
            real.type_name()
        ));
    }
    if let Some(i) = imag.filter(|i| !is_number(i)) {
        return Err(exc!(
            type_error,
            "complex() second argument must be a number, not '{}'",
            i.type_name()
        ));
    }
    let (r, r_complex) = match converted {
        Some(c) => (c, true),
        None => part(vm, real)?,
    };
    let Some(imag) = imag else {
        return Ok(r);
    };
    let (i, i_complex) = part(vm, imag)?;
    // Either part may be complex itself: real + imag*1j, expanded.
    let mut re = r.re;
    let mut im = i.re;
    if i_complex {
        re -= i.im;
    }
    if r_complex {
        im += r.im;
    }
    Ok(C::new(re, im))
}

fn complex_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [real, imag] = NEW.bind(&args)?;
    let exact = cls.ptr_eq(&types().complex);
    let zero = Value::Int(0);
    let real = real.unwrap_or(&zero);
    // `complex(z)` of an exact complex is `z` itself.
    if exact && imag.is_none() && real.class().ptr_eq(&types().complex) {
        return Ok(real.clone());
    }
    let z = if real.downcast::<StrObj>().is_some() {
        if imag.is_some() {
            return Err(exc!(
                type_error,
                "complex() can't take second arg if first is a string"
            ));
        }
        super::complex_text::parse_complex_str(real)?
    } else {
        if imag.is_some_and(|i| i.downcast::<StrObj>().is_some()) {
            return Err(exc!(type_error, "complex() second arg can't be a string"));
        }
        from_parts(vm, real, imag)?
    };
    if exact {
        return Ok(from_c(z));
    }
    let nslots = cls.downcast::<TypeObject>().map_or(0, |t| t.nslots);
    let slots = (nslots > 0).then(|| Box::new(RefCell::new(vec![Value::Null; nslots])));
    Ok(Value::Obj(crate::objects::classes::class::alloc(
        cls,
        ComplexObj { value: z, slots },
    )))
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(complex_repr),
    hash: Some(complex_hash),
    richcompare: Some(complex_richcompare),
    binary: Some(complex_binary),
    unary: Some(complex_unary),
    bool: Some(complex_bool),
    new: Some(complex_new),
    ..TypeSlots::EMPTY
};

/// The `complex` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};

// ---------------------------------------------------------------------------------------
// Methods and members

/// The receiver's value (the method table checked it is a complex, maybe of a subclass).
fn this(args: &Args) -> C {
    complex_of(args.receiver()).expect("checked by the method table")
}

fn complex_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(&args);
    Ok(new_complex(z.re, -z.im))
}

fn complex_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = this(&args);
    Ok(Value::Obj(TupleObj::new_ref(vec![
        Value::float(z.re),
        Value::float(z.im),
    ])))
}

/// `__complex__`: the plain complex (the receiver itself when it is one).
fn complex_complex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.receiver();
    if v.class().ptr_eq(&types().complex) {
        return Ok(v.clone());
    }
    Ok(from_c(this(&args)))
}

fn complex_abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    cm::abs(this(&args))
        .map(Value::float)
        .map_err(|_| exc!(overflow_error, "absolute value too large"))
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = &args.params()[0];
    let Some(spec) = crate::objects::strings::str::as_str(spec) else {
        return Err(exc!(
            type_error,
            "__format__() argument must be str, not {}",
            spec.type_name()
        ));
    };
    // An empty spec is `str(z)` (a subclass's `__str__` or `__repr__` included).
    if spec.is_empty() {
        return vm.str(args.receiver()).map(Value::Obj);
    }
    super::complex_text::format_complex(this(&args), spec).map(|s| Value::Obj(new_str(s)))
}

pub const METHODS: &[MethodDef] = &[
    method!("conjugate", complex_conjugate, NoArgs),
    method!("__getnewargs__", complex_getnewargs, NoArgs),
    method!("__complex__", complex_complex, NoArgs),
    method!("__abs__", complex_abs, Wrapper(0)),
    method!("__format__", complex_format, One),
];

fn member_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(value(v).re))
}

fn member_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(value(v).im))
}

/// `real` and `imag` are members in CPython (`member_descriptor`s).
pub const GETSETS: &[GetSetDef] = &[
    crate::member!("real", member_real),
    crate::member!("imag", member_imag),
];
