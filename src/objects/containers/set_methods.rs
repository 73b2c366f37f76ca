//! The `set` and `frozenset` types' slots and method tables (the table itself and the set
//! algebra are in `set.rs`).

use super::seq;
use super::set::*;
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots, TypeSpec};
use crate::objects::core::PyRef;
use crate::objects::strings::str::new_str;
use crate::objects::{types, Value};
use crate::operators::{BinOp, CompareKind};
use crate::vm::{Args, PyErr, PyResult, Vm};

// ---------------------------------------------------------------------------------------
// Slots

fn set_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let t = types();
    let frozen = !is_mutable_class(cls);
    let name = if frozen { "frozenset" } else { "set" };
    if cls.ptr_eq(&t.set) || cls.ptr_eq(&t.frozenset) {
        args.no_kwargs(name)?;
    }
    if !frozen && !cls.ptr_eq(&t.set) {
        // A set subclass: `__init__` takes the arguments.
        return Ok(Value::Obj(SetObj::new_with_class(cls)));
    }
    args.check_count(name, 0, 1)?;
    let items = args.pos().first();
    if let Some(v) = items {
        if frozen && cls.ptr_eq(&t.frozenset) && v.class().ptr_eq(&t.frozenset) {
            return Ok(v.clone());
        }
    }
    let s = SetObj::new_with_class(cls);
    if let Some(v) = items {
        this(&Value::Obj(s.clone())).update(vm, v)?;
    }
    Ok(Value::Obj(s))
}

fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let exact_set = v.class().ptr_eq(&types().set);
    let name = v.type_name();
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a set")) else {
        return Ok(new_str(format!("{name}(...)")));
    };
    let keys = this(v).keys();
    if keys.is_empty() {
        return Ok(new_str(format!("{name}()")));
    }
    let mut out = String::new();
    if !exact_set {
        out.push_str(&name);
        out.push('(');
    }
    seq::write_items_repr(vm, &mut out, "{", "}", |i| keys.get(i).cloned())?;
    if !exact_set {
        out.push(')');
    }
    Ok(new_str(out))
}

fn set_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    if !is_anyset(b) {
        return Ok(seq::not_implemented());
    }
    let (x, y) = (this(a), this(b));
    let r = match op {
        CompareKind::Eq | CompareKind::Ne => {
            let eq = x.len() == y.len()
                && !(x.hash.get() != -1 && y.hash.get() != -1 && x.hash.get() != y.hash.get())
                && issubset(vm, a, b)?;
            eq == (op == CompareKind::Eq)
        }
        CompareKind::Le => issubset(vm, a, b)?,
        CompareKind::Ge => issuperset(vm, a, b)?,
        CompareKind::Lt => x.len() < y.len() && issubset(vm, a, b)?,
        CompareKind::Gt => x.len() > y.len() && issuperset(vm, a, b)?,
    };
    Ok(Value::Bool(r))
}

fn set_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(seq::not_implemented());
    }
    let r = match op {
        BinOp::BitOr => union(vm, a, b)?,
        BinOp::BitAnd => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::BitXor => symmetric_difference(vm, a, b)?,
        _ => return Ok(seq::not_implemented()),
    };
    Ok(Value::Obj(r))
}

fn set_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(b) {
        return Ok(seq::not_implemented());
    }
    let s = this(a);
    match op {
        BinOp::BitOr => s.update(vm, b)?,
        BinOp::BitAnd => {
            let tmp = intersection(vm, a, b)?;
            s.swap_bodies(this(&Value::Obj(tmp.clone())));
            drop(tmp);
        }
        BinOp::Sub => s.difference_update(vm, a, b)?,
        BinOp::BitXor => s.symmetric_difference_update(vm, a, b)?,
        _ => return Ok(seq::not_implemented()),
    }
    Ok(a.clone())
}

fn set_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn set_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::objects::containers::iter::new_set_iter(
        v.as_obj().expect("a set").clone(),
    ))
}

fn set_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let (k, h) = lookup_key(vm, key)?;
    this(v).contains_hashed(vm, &k, h)
}

fn frozenset_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(this(v).frozen_hash())
}

// ---------------------------------------------------------------------------------------
// Methods

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let key = &args.params()[0];
    this(s).add(vm, key.clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let key = &args.params()[0];
    let (k, h) = lookup_key(vm, key)?;
    drop(this(s).discard_hashed(vm, &k, h)?);
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let key = &args.params()[0];
    let (k, h) = lookup_key(vm, key)?;
    match this(s).discard_hashed(vm, &k, h)? {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        None => Err(PyErr::with_args(&types().exc.key_error, vec![key.clone()])),
    }
}

fn set_pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    this(s)
        .pop()
        .ok_or_else(|| exc!(key_error, "pop from an empty set"))
}

fn set_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    this(s).clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    if s.class().ptr_eq(&types().frozenset) {
        return Ok(s.clone());
    }
    Ok(Value::Obj(copy(vm, s)?))
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    args.no_kwargs("update")?;
    for other in args.params() {
        this(s).update(vm, other)?;
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("union")?;
    let others = args.params();
    let result = copy(vm, s)?;
    let r = result.downcast::<SetObj>().expect("a set");
    for other in others {
        if !other.is(s) {
            r.update(vm, other)?;
        }
    }
    Ok(Value::Obj(result))
}

fn intersection_multi(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<PyRef> {
    if others.is_empty() {
        return copy(vm, s);
    }
    let mut result = s.clone();
    for other in others {
        result = Value::Obj(intersection(vm, &result, other)?);
    }
    Ok(result.as_obj().expect("a set").clone())
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("intersection")?;
    let others = args.params();
    Ok(Value::Obj(intersection_multi(vm, s, others)?))
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("intersection_update")?;
    let others = args.params();
    let tmp = intersection_multi(vm, s, others)?;
    if !tmp.ptr_eq(s.as_obj().expect("a set")) {
        this(s).swap_bodies(tmp.downcast::<SetObj>().expect("a set"));
    }
    drop(tmp);
    Ok(Value::None)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("difference")?;
    let others = args.params();
    let Some((first, rest)) = others.split_first() else {
        return Ok(Value::Obj(copy(vm, s)?));
    };
    let result = Value::Obj(difference(vm, s, first)?);
    for other in rest {
        this(&result).difference_update(vm, &result, other)?;
    }
    Ok(result)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    args.no_kwargs("difference_update")?;
    for other in args.params() {
        this(s).difference_update(vm, s, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Obj(symmetric_difference(vm, s, other)?))
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    this(s).symmetric_difference_update(vm, s, other)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Bool(issubset(vm, s, other)?))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Bool(issuperset(vm, s, other)?))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Bool(isdisjoint(vm, s, other)?))
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    args.no_kwargs("set")?;
    let pos = args.params();
    if pos.len() > 1 {
        return Err(crate::vm::args::arg_count_error("set", 0, 1, pos.len()));
    }
    this(s).clear();
    if let Some(v) = pos.first() {
        this(s).update(vm, v)?;
    }
    Ok(Value::None)
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(set_new),
    repr: Some(set_repr),
    richcompare: Some(set_richcompare),
    binary: Some(set_binary),
    inplace: Some(set_inplace),
    len: Some(set_len),
    iter: Some(set_iter),
    contains: Some(set_contains),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

pub const FROZEN_SLOTS: TypeSlots = TypeSlots {
    hash: Some(frozenset_hash),
    inplace: None,
    ..SLOTS
};

/// The `FROZEN_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const FROZEN_SPEC: TypeSpec = TypeSpec {
    slots: FROZEN_SLOTS,
    methods: FROZEN_METHODS,
    getsets: &[],
};

pub const METHODS: &[MethodDef] = &[
    crate::method!("add", set_add, One),
    crate::method!("discard", set_discard, One),
    crate::method!("remove", set_remove, One),
    crate::method!("pop", set_pop, NoArgs),
    crate::method!("clear", set_clear, NoArgs),
    crate::method!("copy", set_copy, NoArgs),
    crate::method!("update", set_update),
    crate::method!("intersection_update", set_intersection_update),
    crate::method!("difference_update", set_difference_update),
    crate::method!(
        "symmetric_difference_update",
        set_symmetric_difference_update,
        One
    ),
    crate::method!("union", set_union),
    crate::method!("intersection", set_intersection),
    crate::method!("difference", set_difference),
    crate::method!("symmetric_difference", set_symmetric_difference, One),
    crate::method!("issubset", set_issubset, One),
    crate::method!("issuperset", set_issuperset, One),
    crate::method!("isdisjoint", set_isdisjoint, One),
    crate::method!("__init__", set_init),
];

pub const FROZEN_METHODS: &[MethodDef] = &[
    crate::method!("copy", set_copy, NoArgs),
    crate::method!("union", set_union),
    crate::method!("intersection", set_intersection),
    crate::method!("difference", set_difference),
    crate::method!("symmetric_difference", set_symmetric_difference, One),
    crate::method!("issubset", set_issubset, One),
    crate::method!("issuperset", set_issuperset, One),
    crate::method!("isdisjoint", set_isdisjoint, One),
];
