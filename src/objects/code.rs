//! Code objects: a compiled [`CodeUnit`] with its constants and names turned into Python
//! objects (names and identifier-like string constants interned), ready for the VM.

use std::rc::Rc;

use super::core::PyRef;
use super::int::IntObj;
use super::str::{intern, new_str};
use super::typeobj::TypeSlots;
use super::{types, Value};
use crate::bytecode::{CodeUnit, Const};

pub struct CodeObj {
    pub unit: Rc<CodeUnit>,
    pub consts: Box<[Value]>,
    /// `unit.names`, interned.
    pub names: Box<[PyRef]>,
    /// `unit.varnames`, interned (keyword arguments are matched against these).
    pub varnames: Box<[PyRef]>,
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
}

/// Whether a string constant looks like an identifier (CPython interns those).
fn is_identifier_like(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl CodeObj {
    /// Builds the code object (and those of nested code) from compiler output.
    pub fn from_unit(unit: &Rc<CodeUnit>) -> PyRef {
        let code = CodeObj {
            consts: unit.consts.iter().map(const_value).collect(),
            names: unit.names.iter().map(|n| intern(n)).collect(),
            varnames: unit.varnames.iter().map(|n| intern(n)).collect(),
            name: intern(&unit.name),
            qualname: intern(&unit.qualname),
            filename: intern(&unit.filename),
            unit: unit.clone(),
        };
        PyRef::new(&types().code, code)
    }
}

/// A constant as a Python value.
pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::Obj(PyRef::new(&types().int, IntObj { value: b.clone() })),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) if is_identifier_like(s) => Value::Obj(intern(s)),
        Const::Str(s) => Value::Obj(new_str(s.as_str())),
        Const::Bytes(b) => Value::Obj(PyRef::new(
            &types().bytes,
            super::bytes::BytesObj {
                bytes: b.clone().into_boxed_slice(),
            },
        )),
        Const::Ellipsis => Value::Obj(types().ellipsis.clone()),
        Const::Tuple(items) => Value::Obj(super::tuple::TupleObj::new_ref(
            items.iter().map(const_value).collect(),
        )),
        Const::Code(unit) => Value::Obj(CodeObj::from_unit(unit)),
    }
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
