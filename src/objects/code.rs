//! Code objects: a compiled [`CodeUnit`] with its constants and names turned into Python
//! objects (names and identifier-like string constants interned), ready for the VM.

use std::rc::Rc;

use super::core::PyRef;
use super::int::IntObj;
use super::str::{intern, new_str};
use super::typeobj::TypeSlots;
use super::{hash, types, Value};
use crate::bytecode::{CodeUnit, Const};
use crate::vm::{PyResult, Vm};

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
        Const::Float(f) => Value::float(*f),
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
        Const::FrozenSet(items) => Value::Obj(super::set::frozenset_from_distinct(
            items
                .iter()
                .map(|c| (const_value(c), const_hash(c).unwrap_or(0))),
        )),
        Const::Code(unit) => Value::Obj(CodeObj::from_unit(unit)),
    }
}

/// The hash of a constant that hashes by value (what the compiler puts in a frozenset
/// constant), computed without a VM; `None` for the others. Must agree with the types'
/// hash slots (a unit test checks).
pub fn const_hash(c: &Const) -> Option<i64> {
    Some(match c {
        Const::Bool(b) => *b as i64,
        Const::Int(i) => hash::hash_int(*i),
        Const::BigInt(b) => hash::hash_bigint(b),
        Const::Float(f) => hash::hash_float(*f),
        Const::Str(s) => hash::hash_str(s),
        Const::Bytes(b) => super::bytes::hash_bytes(b),
        Const::Tuple(items) => {
            let hashes = items.iter().map(const_hash).collect::<Option<Vec<_>>>()?;
            hash::hash_tuple(hashes.into_iter())
        }
        _ => return None,
    })
}

/// The attributes tracebacks lead to (`tb.tb_frame.f_code.co_name`).
fn code_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let c = v.downcast::<CodeObj>().expect("a code object");
    let n = name
        .downcast::<super::str::StrObj>()
        .map_or("", |s| s.as_str());
    Ok(Some(match n {
        "co_name" => Value::Obj(c.name.clone()),
        "co_qualname" => Value::Obj(c.qualname.clone()),
        "co_filename" => Value::Obj(c.filename.clone()),
        "co_firstlineno" => Value::Int(c.unit.firstlineno as i64),
        "co_varnames" => Value::Obj(super::tuple::TupleObj::new_ref(
            c.varnames.iter().map(|n| Value::Obj(n.clone())).collect(),
        )),
        "co_consts" => Value::Obj(super::tuple::TupleObj::new_ref(c.consts.to_vec())),
        "co_names" => Value::Obj(super::tuple::TupleObj::new_ref(
            c.names.iter().map(|n| Value::Obj(n.clone())).collect(),
        )),
        _ => return Ok(None),
    }))
}

fn code_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let n = name
        .downcast::<super::str::StrObj>()
        .map_or("", |s| s.as_str());
    if n.starts_with("co_") && code_getattr(vm, v, name)?.is_some() {
        return Err(crate::exc!(attribute_error, "readonly attribute"));
    }
    crate::vm::attr::generic_setattr(vm, v, name, value)
}

/// `<code object f at 0x..., file "x.py", line 1>`
fn code_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let c = v.downcast::<CodeObj>().expect("a code object");
    Ok(new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.unit.name,
        v.as_obj().map_or(0, |o| o.addr()),
        c.unit.filename,
        c.unit.firstlineno
    )))
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(super::traceback::no_new),
    repr: Some(code_repr),
    getattr: Some(code_getattr),
    setattr: Some(code_setattr),
    ..TypeSlots::EMPTY
};

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    /// `const_hash` agrees with `hash()` of the value the constant becomes.
    #[test]
    fn const_hash_matches_hash_slots() {
        let _gil = crate::gil::acquire();
        let mut vm = crate::vm::Vm::new();
        let consts = [
            Const::Bool(true),
            Const::Int(-1),
            Const::Int(1 << 62),
            Const::BigInt(BigInt::from(1u128 << 100)),
            Const::Float(-2.5),
            Const::Float(1e300),
            Const::Str("héllo".into()),
            Const::Bytes(b"abc".to_vec()),
            Const::Tuple(vec![
                Const::Int(1),
                Const::Str("a".into()),
                Const::Tuple(vec![]),
            ]),
        ];
        for c in &consts {
            let h = vm.hash(&const_value(c)).unwrap_or(0);
            assert_eq!(const_hash(c), Some(h), "{c:?}");
        }
        assert_eq!(const_hash(&Const::None), None);
    }
}
