//! The dict views `dict_keys`, `dict_values` and `dict_items`: live windows on a dict.
//! Keys and items views are set-like (`==` and `<=` with sets and other views, `&`, `|`,
//! `-`, `^`, `isdisjoint`), built on the set algorithms in `set`.

use super::dict::DictObj;
use super::iter::{new_dict_iter, DictIterKind};
use super::seq;
use super::set::{self, is_anyset};
use super::tuple::TupleObj;
use crate::objects::classes::typeobj::GetSetDef;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::strings::str::new_str;
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

pub struct DictViewObj {
    /// The dict object.
    pub dict: PyRef,
    pub what: DictIterKind,
}

impl Trace for DictViewObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
    }
}

/// A new view of `dict`.
pub fn new_view(dict: PyRef, what: DictIterKind) -> Value {
    let t = types();
    let cls = match what {
        DictIterKind::Keys => &t.dict_keys,
        DictIterKind::Values => &t.dict_values,
        DictIterKind::Items => &t.dict_items,
    };
    Value::Obj(PyRef::new(cls, DictViewObj { dict, what }))
}

fn this(v: &Value) -> &DictViewObj {
    v.downcast::<DictViewObj>().expect("a dict view")
}

fn dict_of(view: &DictViewObj) -> &DictObj {
    view.dict.downcast::<DictObj>().expect("a dict")
}

/// Whether `v` is a keys or items view (the set-like ones).
fn is_setlike_view(v: &Value) -> bool {
    v.downcast::<DictViewObj>()
        .is_some_and(|w| w.what != DictIterKind::Values)
}

fn view_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let name = v.type_name();
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a view")) else {
        return Ok(new_str("..."));
    };
    let items = vm.collect(v)?;
    let mut out = format!("{name}(");
    seq::write_items_repr(vm, &mut out, "[", "]", |i| items.get(i).cloned())?;
    out.push(')');
    Ok(new_str(out))
}

fn view_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(dict_of(this(v)).len())
}

fn view_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = this(v);
    Ok(new_dict_iter(w.dict.clone(), w.what, false))
}

fn view_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let w = this(v);
    let d = dict_of(w);
    match w.what {
        DictIterKind::Keys => Ok(d.get_item(vm, x)?.is_some()),
        DictIterKind::Items => {
            let Some(t) = x.downcast::<TupleObj>() else {
                return Ok(false);
            };
            if t.items.len() != 2 {
                return Ok(false);
            }
            match d.get_item(vm, &t.items[0])? {
                Some(found) => seq::rich_eq(vm, &found, &t.items[1]),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            let it = vm.iter(v)?;
            while let Some(item) = vm.next(&it)? {
                if seq::rich_eq(vm, &item, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(item) = vm.next(&it)? {
        if !vm.contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    if !is_anyset(b) && !is_setlike_view(b) {
        return Ok(seq::not_implemented());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let r = match op {
        CompareKind::Eq => la == lb && all_contained_in(vm, a, b)?,
        CompareKind::Ne => !(la == lb && all_contained_in(vm, a, b)?),
        CompareKind::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareKind::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareKind::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareKind::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(Value::Bool(r))
}

/// `set(x)`, where a keys view is read straight from its dict.
fn to_set(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let src = match x.downcast::<DictViewObj>() {
        Some(w) if w.what == DictIterKind::Keys => Value::Obj(w.dict.clone()),
        _ => x.clone(),
    };
    Ok(Value::Obj(set::ops::new_set_from(vm, &src)?))
}

/// `view & other` (either side may be the view), CPython's `_PyDictView_Intersect`.
fn intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_view = vm.len(view)?;
    if other.class().ptr_eq(&types().set) && len_view <= vm.len(other)? {
        return Ok(Value::Obj(set::ops::intersection(vm, other, view)?));
    }
    if is_setlike_view(other) && vm.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let result = Value::Obj(crate::objects::containers::set::SetObj::new_set());
    let rs = result
        .downcast::<crate::objects::containers::set::SetObj>()
        .expect("a set");
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        if view_contains(vm, view, &key)? {
            rs.add(vm, key)?;
        }
    }
    Ok(result)
}

fn view_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !matches!(
        op,
        BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor
    ) {
        return Ok(seq::not_implemented());
    }
    if !is_setlike_view(a) && !is_setlike_view(b) {
        return Ok(seq::not_implemented());
    }
    // The other operand must be iterable.
    for v in [a, b] {
        if crate::vm::protocol::slots(v).iter.is_none() {
            return Ok(seq::not_implemented());
        }
    }
    match op {
        BinOp::BitAnd => intersect(vm, a, b),
        BinOp::BitOr => {
            let r = to_set(vm, a)?;
            r.downcast::<crate::objects::containers::set::SetObj>()
                .expect("a set")
                .update(vm, b)?;
            Ok(r)
        }
        BinOp::Sub => {
            let r = to_set(vm, a)?;
            set::ops::difference_update(vm, &r, b)?;
            Ok(r)
        }
        _ => {
            let r = to_set(vm, a)?;
            set::ops::symmetric_difference_update(vm, &r, b)?;
            Ok(r)
        }
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, other) = (args.receiver(), &args.params()[0]);
    if other.is(v) {
        return Ok(Value::Bool(vm.len(v)? == 0));
    }
    // Iterate the smaller operand, probing the other.
    let (small, big) =
        if (is_anyset(other) || is_setlike_view(other)) && vm.len(other)? > vm.len(v)? {
            (v, other)
        } else {
            (other, v)
        };
    let it = vm.iter(small)?;
    while let Some(item) = vm.next(&it)? {
        if vm.contains(big, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = args.receiver_as::<DictViewObj>();
    Ok(new_dict_iter(w.dict.clone(), w.what, true))
}

/// `view.mapping`: a read-only proxy of the viewed dict.
fn view_mapping(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let dict = Value::Obj(this(v).dict.clone());
    Ok(Value::Obj(
        crate::objects::containers::mappingproxy::new_ref(dict),
    ))
}

const GETSETS: &[GetSetDef] = &[crate::getset!("mapping", view_mapping)];

pub const SETLIKE_SLOTS: TypeSlots = TypeSlots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    contains: Some(view_contains),
    richcompare: Some(view_richcompare),
    binary: Some(view_binary),
    ..TypeSlots::EMPTY
};

/// The `SETLIKE_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SETLIKE_SPEC: TypeSpec = TypeSpec {
    slots: SETLIKE_SLOTS,
    methods: SETLIKE_METHODS,
    getsets: GETSETS,
};

pub const VALUES_SLOTS: TypeSlots = TypeSlots {
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    ..TypeSlots::EMPTY
};

/// The `VALUES_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const VALUES_SPEC: TypeSpec = TypeSpec {
    slots: VALUES_SLOTS,
    methods: VALUES_METHODS,
    getsets: GETSETS,
};

pub const SETLIKE_METHODS: &[MethodDef] = &[
    crate::method!("isdisjoint", view_isdisjoint, One),
    crate::method!("__reversed__", view_reversed, NoArgs),
];

pub const VALUES_METHODS: &[MethodDef] = &[crate::method!("__reversed__", view_reversed, NoArgs)];
