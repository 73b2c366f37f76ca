//! `int | str`: `types.UnionType` (PEP 604), what `|` between classes, `None` and generic
//! aliases makes. The arguments are flattened (`(int | str) | float` has three) and
//! deduplicated, `None` stands for `NoneType`, and a union of one class is that class.
//! `isinstance`/`issubclass` accept a union as they accept a tuple (`builtins::core`);
//! equality and hash ignore the order, as a frozenset of the arguments does.

use crate::objects::classes::generic_alias::{self, GenericAliasObj};
use crate::objects::classes::typeobj::{TypeObject, TypeSlots, TypeSpec};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, ref_str};
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::{BinOp, CompareKind};
use crate::vm::{Args, PyResult, Vm};

pub struct UnionObj {
    /// A tuple of at least two distinct arguments.
    pub args: PyRef,
}

impl Trace for UnionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.args);
    }
}

fn this(v: &Value) -> &UnionObj {
    v.downcast::<UnionObj>().expect("a union")
}

/// The arguments of a union, if `v` is one.
pub fn union_args(v: &Value) -> Option<Vec<Value>> {
    v.downcast::<UnionObj>()
        .and_then(|u| u.args.downcast::<TupleObj>().map(|t| t.items.to_vec()))
}

/// What may stand on either side of `|` natively: classes, `None`, aliases and unions.
fn unionable(v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Obj(o) => o.is::<TypeObject>() || o.is::<GenericAliasObj>() || o.is::<UnionObj>(),
        _ => false,
    }
}

/// `a | b` for the `type`, `GenericAlias` and `UnionType` binary slots.
pub fn or_slot(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if op != BinOp::BitOr || !unionable(a) || !unionable(b) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let mut flat = Vec::new();
    for side in [a, b] {
        match union_args(side) {
            Some(args) => flat.extend(args),
            None if side.is_none() => flat.push(Value::Obj(types().none_type.clone())),
            None => flat.push(side.clone()),
        }
    }
    make_union(vm, flat)
}

/// The union of `items` after dropping duplicates (aliases compare by `==`, everything else
/// by identity); a single survivor is returned as itself.
fn make_union(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let mut kept: Vec<Value> = Vec::with_capacity(items.len());
    for item in items {
        let mut dup = false;
        for k in &kept {
            let both_aliases = item.downcast::<GenericAliasObj>().is_some()
                && k.downcast::<GenericAliasObj>().is_some();
            dup = if both_aliases {
                vm.eq(&item, &k.clone())?
            } else {
                item.is(k)
            };
            if dup {
                break;
            }
        }
        if !dup {
            kept.push(item);
        }
    }
    if kept.len() == 1 {
        return Ok(kept.pop().expect("one item"));
    }
    Ok(Value::Obj(PyRef::new(
        &types().union_type,
        UnionObj {
            args: TupleObj::new_ref(kept),
        },
    )))
}

/// `int | None`: each argument as an alias prints it, `NoneType` as `None`.
fn union_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let args = union_args(v).unwrap_or_default();
    let mut parts = Vec::with_capacity(args.len());
    for a in &args {
        if a.as_obj().is_some_and(|o| o.ptr_eq(&types().none_type)) {
            parts.push("None".to_string());
        } else {
            parts.push(generic_alias::arg_repr(vm, a)?);
        }
    }
    Ok(new_str(parts.join(" | ")))
}

fn union_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    Ok(match ref_str(name) {
        Some("__args__") => Some(Value::Obj(this(v).args.clone())),
        Some("__module__") => Some(Value::Obj(crate::objects::strings::str::intern("types"))),
        Some("__parameters__") => {
            let args = union_args(v).unwrap_or_default();
            Some(generic_alias::parameters(_vm, &args)?)
        }
        _ => None,
    })
}

/// Whether every item of `a` is `==` to some item of `b`.
fn covered(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for x in a {
        let mut found = false;
        for y in b {
            if x.is(y) || vm.eq(x, y)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

fn union_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let not_impl = || Ok(Value::Obj(types().not_implemented.clone()));
    let (Some(x), Some(y)) = (union_args(a), union_args(b)) else {
        return not_impl();
    };
    let same = covered(vm, &x, &y)? && covered(vm, &y, &x)?;
    match op {
        CompareKind::Eq => Ok(Value::Bool(same)),
        CompareKind::Ne => Ok(Value::Bool(!same)),
        _ => not_impl(),
    }
}

/// `hash(frozenset(args))`, so that a union hashes as `typing.Union` of the same arguments.
fn union_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let args = Value::Obj(this(v).args.clone());
    let set = vm.call(
        &Value::Obj(types().frozenset.clone()),
        Args::positional(&[args]),
    )?;
    vm.hash(&set)
}

/// `(list[T] | None)[int]`: the union of the arguments with the parameters replaced.
fn union_getitem(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<Value> {
    let args = union_args(v).unwrap_or_default();
    let new_args = generic_alias::substitute(vm, v, &args, item)?;
    let mut it = new_args.into_iter();
    let mut acc = it.next().unwrap_or(Value::None);
    for next in it {
        acc = vm.binary_op(BinOp::BitOr, &acc, &next, false)?;
    }
    Ok(acc)
}

/// The `types.UnionType` type's declaration (see `typeobj::TypeSpec`); not callable.
pub const SPEC: TypeSpec = TypeSpec {
    slots: TypeSlots {
        repr: Some(union_repr),
        getattr: Some(union_getattr),
        richcompare: Some(union_compare),
        hash: Some(union_hash),
        binary: Some(or_slot),
        getitem: Some(union_getitem),
        ..TypeSlots::EMPTY
    },
    methods: &[],
    getsets: &[],
};
