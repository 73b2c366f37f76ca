//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping. `C.__dict__`
//! of a class is one over the class's own dict object, so it shows later changes to the
//! class and refuses writes; a builtin type's is one over a copy of its (unchanging) dict.
//! Every operation defers to the mapping.

use crate::exc;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::strings::str::new_str;
use crate::objects::value::Value;
use crate::operators::{BinOp, CompareKind};
use crate::vm::{Args, PyResult, Vm};

pub struct MappingProxyObj {
    pub mapping: Value,
}

impl crate::objects::trace::Trace for MappingProxyObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Value::Obj(m) = &self.mapping {
            visit(m);
        }
    }
}

/// A new view of `mapping`.
pub fn new_ref(mapping: Value) -> PyRef {
    PyRef::new(
        &crate::objects::types().mappingproxy,
        MappingProxyObj { mapping },
    )
}

fn mapping(v: &Value) -> Value {
    v.downcast::<MappingProxyObj>()
        .expect("a mappingproxy")
        .mapping
        .clone()
}

/// `mappingproxy(mapping)`: CPython's check that the argument is a mapping (it has
/// `__getitem__`, and is not a list or tuple).
fn proxy_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    const SIGNATURE: crate::vm::params::Clinic = crate::vm::params::Clinic {
        fname: "mappingproxy",
        names: &["mapping"],
        posonly: 0,
        minpos: 1,
        maxpos: 1,
    };
    let [m] = SIGNATURE.bind::<1>(&args)?;
    let Some(m) = m else {
        return Err(exc!(
            type_error,
            "mappingproxy() missing required argument 'mapping' (pos 1)"
        ));
    };
    let t = crate::objects::types();
    let is_seq = m.class().ptr_eq(&t.list) || m.class().ptr_eq(&t.tuple);
    if is_seq || crate::vm::protocol::slots(m).getitem.is_none() {
        return Err(exc!(
            type_error,
            "mappingproxy() argument must be a mapping, not {}",
            m.type_name()
        ));
    }
    Ok(Value::Obj(new_ref(m.clone())))
}

fn proxy_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    vm.getitem(&mapping(v), key)
}

fn proxy_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    vm.contains(&mapping(v), key)
}

fn proxy_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    vm.len(&mapping(v))
}

fn proxy_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.iter(&mapping(v))
}

fn proxy_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let inner = vm.repr_string(&mapping(v))?;
    Ok(new_str(format!("mappingproxy({inner})")))
}

fn proxy_str(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let s = vm.str(&mapping(v))?;
    Ok(s)
}

fn proxy_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    vm.compare(&mapping(a), b, op)
}

/// The mapping of a proxy operand, other operands as they are.
fn unwrap(v: &Value) -> Value {
    match v.downcast::<MappingProxyObj>() {
        Some(p) => p.mapping.clone(),
        None => v.clone(),
    }
}

/// `p | other` and `other | p`: `|` of the mappings themselves (a new dict for dicts).
fn proxy_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if op != BinOp::BitOr {
        return Ok(Value::Obj(crate::objects::types().not_implemented.clone()));
    }
    vm.binary_op(op, &unwrap(a), &unwrap(b), false)
}

/// `p |= other`: refused, as the proxy is read-only.
fn proxy_inplace(_vm: &mut Vm, op: BinOp, a: &Value, _b: &Value) -> PyResult<Value> {
    if op != BinOp::BitOr || a.downcast::<MappingProxyObj>().is_none() {
        return Ok(Value::Obj(crate::objects::types().not_implemented.clone()));
    }
    Err(exc!(
        type_error,
        "'|=' is not supported by {}; use '|' instead",
        a.type_name()
    ))
}

/// A method that calls the mapping's method of the same name.
macro_rules! forward {
    ($($f:ident => $name:literal),*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            vm.call_method(&mapping(args.receiver()), $name, args.params())
        }
    )*};
}

forward!(
    proxy_get => "get",
    proxy_keys => "keys",
    proxy_values => "values",
    proxy_items => "items",
    proxy_copy => "copy",
    proxy_reversed => "__reversed__"
);

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(proxy_new),
    repr: Some(proxy_repr),
    str: Some(proxy_str),
    richcompare: Some(proxy_richcompare),
    binary: Some(proxy_binary),
    inplace: Some(proxy_inplace),
    getitem: Some(proxy_getitem),
    contains: Some(proxy_contains),
    len: Some(proxy_len),
    iter: Some(proxy_iter),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

pub const METHODS: &[MethodDef] = &[
    crate::method!("get", proxy_get, Pos(1, 2)),
    crate::method!("keys", proxy_keys, NoArgs),
    crate::method!("values", proxy_values, NoArgs),
    crate::method!("items", proxy_items, NoArgs),
    crate::method!("copy", proxy_copy, NoArgs),
    crate::method!("__reversed__", proxy_reversed, NoArgs),
];
