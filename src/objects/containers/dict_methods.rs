//! The dict type's Python-visible behaviour: slots and methods, on top of the table in `dict`
//! (which owns hashing, probing and the re-entrancy rules). The views (`d.keys()`, ...) are
//! in `dictview`.
//!
//! Re-entrancy: everything here goes through the table's API, which never holds a borrow
//! across `__hash__`/`__eq__`, and hands removed values back to be dropped afterwards.

use super::dict::DictObj;
use super::dictview::new_view;
use super::iter::{new_dict_iter, DictIterKind};
use super::seq;
use super::tuple::tuple_value;
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeObject, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{types, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn this(v: &Value) -> &DictObj {
    v.downcast::<DictObj>().expect("a dict")
}

/// A new exact dict value.
pub fn dict_value(d: DictObj) -> Value {
    Value::Obj(PyRef::new(&types().dict, d))
}

/// KeyError(key).
pub fn key_error(key: &Value) -> PyErr {
    PyErr::with_args(&types().exc.key_error, vec![key.clone()])
}

/// What a merge does with a key the target already has (CPython's `override` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnDup {
    /// `dict.update`, `{**m}`: the new value replaces the old.
    Replace,
    /// Stop and hand the key back (`f(**m)`: "got multiple values for keyword argument").
    Report,
}

/// `v`'s table when `v` is a dict that iterates as a dict does: CPython's condition for the
/// fast merge and copy (`PyDict_Check(v) && tp_iter == dict_iter`). A subclass overriding
/// `keys` or `__getitem__` but not `__iter__` is still merged from its table.
fn iterates_as_dict(v: &Value) -> Option<&DictObj> {
    let d = v.downcast::<DictObj>()?;
    let iter = crate::vm::protocol::slots(v).iter.map(|f| f as *const ());
    let own = iter == Some(dict_iter as *const ());
    own.then_some(d)
}

/// CPython's `dict_merge`: adds the items of the mapping `src` to `d` — from its table
/// (see [`iterates_as_dict`]), else through `src.keys()` and `src[key]`. With
/// [`OnDup::Report`], returns the first key `d` already has, leaving the merge there.
pub fn merge(vm: &mut Vm, d: &DictObj, src: &Value, on_dup: OnDup) -> PyResult<Option<Value>> {
    let report = on_dup == OnDup::Report;
    if let Some(s) = iterates_as_dict(src) {
        // Copied out first: storing may run `__eq__`/`__hash__`, which may mutate `src`.
        for (k, v) in s.items() {
            if report && d.get_item(vm, &k)?.is_some() {
                return Ok(Some(k));
            }
            d.set_item(vm, k, v)?;
        }
        return Ok(None);
    }
    for k in mapping_keys(vm, src)? {
        if report && d.get_item(vm, &k)?.is_some() {
            return Ok(Some(k));
        }
        let v = vm.getitem(src, &k)?;
        d.set_item(vm, k, v)?;
    }
    Ok(None)
}

/// CPython's `PyMapping_Keys`: `list(m.keys())`, with its message for a non-iterable
/// result; an AttributeError when `m` has no `keys`.
fn mapping_keys(vm: &mut Vm, m: &Value) -> PyResult<Vec<Value>> {
    if let Some(d) = crate::vm::protocol::exact_dict(m) {
        return Ok(d.keys());
    }
    let keys = vm.call_method(m, "keys", &[])?;
    if let Some(items) = seq::exact_items(&keys) {
        return Ok(items);
    }
    let it = vm.iter(&keys).map_err(|e| {
        if e.matches(&types().exc.type_error) {
            exc!(
                type_error,
                "{}.keys() returned a non-iterable (type {})",
                m.type_name(),
                keys.type_name()
            )
        } else {
            e
        }
    })?;
    seq::collect_sized(vm, &it, &it)
}

/// A copy of the dict `v` as a plain dict (CPython's `PyDict_Copy`): of its table, or for
/// a subclass overriding `__iter__`, merged through its `keys()`.
fn copy_of(vm: &mut Vm, v: &Value) -> PyResult<DictObj> {
    if let Some(d) = iterates_as_dict(v) {
        return Ok(d.copy());
    }
    let d = DictObj::new();
    merge(vm, &d, v, OnDup::Replace)?;
    Ok(d)
}

/// `d.update(arg)` for one positional argument (CPython's `dict_update_arg`): a mapping
/// (anything with a `keys` attribute) or an iterable of key/value pairs.
pub fn update_from(vm: &mut Vm, d: &DictObj, arg: &Value) -> PyResult<()> {
    let is_mapping = crate::vm::protocol::exact_dict(arg).is_some()
        || vm.getattr_opt(arg, crate::interned!("keys"))?.is_some();
    if is_mapping {
        merge(vm, d, arg, OnDup::Replace)?;
        return Ok(());
    }
    update_from_pairs(vm, d, arg)
}

/// Merges an iterable of key/value pairs, with CPython's errors for a bad element.
fn update_from_pairs(vm: &mut Vm, d: &DictObj, arg: &Value) -> PyResult<()> {
    let it = vm.iter(arg)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        // (the common case, a 2-tuple, read in place)
        if let Some(t) = crate::vm::protocol::exact_tuple(&item).filter(|t| t.items.len() == 2) {
            let (k, v) = (t.items[0].clone(), t.items[1].clone());
            d.set_item(vm, k, v)?;
            i += 1;
            continue;
        }
        let pair = match seq::exact_items(&item) {
            Some(pair) => pair,
            None => {
                let msg =
                    format!("cannot convert dictionary update sequence element #{i} to a sequence");
                seq::sequence_fast(vm, &item, &msg)?
            }
        };
        if pair.len() != 2 {
            return Err(exc!(
                value_error,
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            ));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (pair.next().expect("2 items"), pair.next().expect("2 items"));
        d.set_item(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `dict(...)`/`d.update(...)`/`d.__init__(...)`: one optional positional argument, then
/// the keyword arguments.
fn update_args(vm: &mut Vm, d: &DictObj, args: &Args, pos: &[Value], fname: &str) -> PyResult<()> {
    if pos.len() > 1 {
        return Err(crate::vm::args::arg_count_error(fname, 0, 1, pos.len()));
    }
    if let Some(arg) = pos.first() {
        update_from(vm, d, arg)?;
    }
    for (k, v) in args.kwargs() {
        d.set_item(vm, Value::Obj(intern(k)), v.clone())?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Slots

fn dict_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let d = if cls.ptr_eq(&types().dict) {
        DictObj::new_ref()
    } else {
        crate::objects::classes::class::alloc(cls, DictObj::new())
    };
    if cls.ptr_eq(&types().dict) {
        update_args(vm, this(&Value::Obj(d.clone())), &args, args.pos(), "dict")?;
    }
    // A subclass: `__init__` takes the arguments (as CPython's `dict.__new__`).
    Ok(Value::Obj(d))
}

fn dict_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let d = this(v);
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a dict")) else {
        return Ok(new_str("{...}"));
    };
    if d.is_empty() {
        return Ok(new_str("{}"));
    }
    let mut out = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((next, k, val)) = d.next_entry(pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        seq::write_repr(vm, &mut out, &k)?;
        out.push_str(": ");
        seq::write_repr(vm, &mut out, &val)?;
        pos = next;
    }
    out.push('}');
    Ok(new_str(out))
}

/// `a == b` for two dicts: same size, and every key of `a` maps to an equal value in `b`.
fn dict_equal(vm: &mut Vm, a: &DictObj, b: &DictObj) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((next, k, av)) = a.next_entry(pos) {
        let Some(bv) = b.get_item(vm, &k)? else {
            return Ok(false);
        };
        if !seq::rich_eq(vm, &av, &bv)? {
            return Ok(false);
        }
        pos = next;
    }
    Ok(true)
}

fn dict_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>()) else {
        return Ok(seq::not_implemented());
    };
    match op {
        CompareKind::Eq => Ok(Value::Bool(dict_equal(vm, x, y)?)),
        CompareKind::Ne => Ok(Value::Bool(!dict_equal(vm, x, y)?)),
        _ => Ok(seq::not_implemented()),
    }
}

fn dict_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if op != BinOp::BitOr {
        return Ok(seq::not_implemented());
    }
    let (Some(_), Some(_)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>()) else {
        return Ok(seq::not_implemented());
    };
    let d = copy_of(vm, a)?;
    update_from(vm, &d, b)?;
    Ok(dict_value(d))
}

fn dict_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if op != BinOp::BitOr {
        return Ok(seq::not_implemented());
    }
    update_from(vm, this(a), b)?;
    Ok(a.clone())
}

fn dict_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn dict_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!this(v).is_empty())
}

fn dict_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_dict_iter(
        v.as_obj().expect("a dict").clone(),
        DictIterKind::Keys,
        false,
    ))
}

fn dict_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    if let Some(val) = this(v).get_item(vm, key)? {
        return Ok(val);
    }
    if !v.class().ptr_eq(&types().dict) {
        if let Some(missing) = TypeObject::lookup(v.class(), crate::interned!("__missing__")) {
            return vm.call(&missing, Args::positional(&[v.clone(), key.clone()]));
        }
    }
    Err(key_error(key))
}

fn dict_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    this(v).set_item(vm, key.clone(), value)
}

fn dict_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    match this(v).pop_item(vm, key)? {
        Some(old) => {
            drop(old);
            Ok(())
        }
        None => Err(key_error(key)),
    }
}

fn dict_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    Ok(this(v).get_item(vm, key)?.is_some())
}

// ---------------------------------------------------------------------------------------
// Methods

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, pos) = (args.receiver_as::<DictObj>(), args.params());
    match d.get_item(vm, &pos[0])? {
        Some(v) => Ok(v),
        None => Ok(pos.get(1).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, pos) = (args.receiver_as::<DictObj>(), args.params());
    let h = vm.hash(&pos[0])?;
    let default = pos.get(1).cloned().unwrap_or(Value::None);
    d.setdefault_hashed(vm, &pos[0], h, default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, pos) = (args.receiver_as::<DictObj>(), args.params());
    match d.pop_item(vm, &pos[0])? {
        Some(v) => Ok(v),
        None => match pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(&pos[0])),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.receiver_as::<DictObj>().pop_last() {
        Some((k, v)) => Ok(tuple_value(vec![k, v])),
        None => Err(exc!(key_error, "popitem(): dictionary is empty")),
    }
}

fn view_method(args: Args, what: DictIterKind) -> PyResult<Value> {
    let d = args.receiver().as_obj().expect("a dict");
    Ok(new_view(d.clone(), what))
}

fn dict_keys(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_method(args, DictIterKind::Keys)
}

fn dict_values(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_method(args, DictIterKind::Values)
}

fn dict_items(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_method(args, DictIterKind::Items)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = args.receiver_as::<DictObj>();
    update_args(vm, d, &args, args.params(), "update")?;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = args.receiver_as::<DictObj>();
    update_args(vm, d, &args, args.params(), "dict")?;
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(dict_value(copy_of(vm, args.receiver())?))
}

fn dict_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.receiver_as::<DictObj>().clear();
    Ok(Value::None)
}

fn dict_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_dict_iter(
        args.receiver().as_obj().expect("a dict").clone(),
        DictIterKind::Keys,
        true,
    ))
}

/// `dict.fromkeys(iterable, value=None)`, a class method of the table (`class_method!`):
/// `args[0]` is the class.
fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("dict.fromkeys")?;
    let (cls, pos) = match args.values.split_first() {
        Some((Value::Obj(c), rest)) if c.downcast::<TypeObject>().is_some() => (c, rest),
        _ => return Err(exc!(type_error, "dict.fromkeys needs the dict type")),
    };
    if pos.is_empty() || pos.len() > 2 {
        return Err(crate::vm::args::arg_count_error(
            "fromkeys",
            1,
            2,
            pos.len(),
        ));
    }
    let value = pos.get(1).cloned().unwrap_or(Value::None);
    let target = if cls.ptr_eq(&types().dict) {
        dict_value(DictObj::new())
    } else {
        vm.call(&Value::Obj(cls.clone()), Args::positional(&[]))?
    };
    let it = vm.iter(&pos[0])?;
    while let Some(k) = vm.next(&it)? {
        // A subclass's `__setitem__` is called (CPython's `PyObject_SetItem`).
        match crate::vm::protocol::exact_dict(&target) {
            Some(d) => d.set_item(vm, k, value.clone())?,
            None => vm.setitem(&target, &k, value.clone())?,
        }
    }
    Ok(target)
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(dict_new),
    repr: Some(dict_repr),
    richcompare: Some(dict_richcompare),
    binary: Some(dict_binary),
    inplace: Some(dict_inplace),
    len: Some(dict_len),
    bool: Some(dict_bool),
    iter: Some(dict_iter),
    getitem: Some(dict_getitem),
    setitem: Some(dict_setitem),
    delitem: Some(dict_delitem),
    contains: Some(dict_contains),
    ..TypeSlots::EMPTY
};

pub const METHODS: &[MethodDef] = &[
    crate::class_method!("fromkeys", dict_fromkeys, Pos(1, 2)),
    crate::method!("get", dict_get, Pos(1, 2)),
    crate::method!("setdefault", dict_setdefault, Pos(1, 2)),
    crate::method!("pop", dict_pop, Pos(1, 2)),
    crate::method!("popitem", dict_popitem, NoArgs),
    crate::method!("keys", dict_keys, NoArgs),
    crate::method!("values", dict_values, NoArgs),
    crate::method!("items", dict_items, NoArgs),
    crate::method!("update", dict_update),
    crate::method!("copy", dict_copy, NoArgs),
    crate::method!("clear", dict_clear, NoArgs),
    crate::method!("__init__", dict_init),
    crate::method!("__reversed__", dict_reversed, NoArgs),
    crate::method!("__getitem__", dict_getitem_method, One),
];

/// `d.__getitem__(key)` (for `super().__getitem__` in subclasses).
fn dict_getitem_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let key = &args.params()[0];
    match args.receiver_as::<DictObj>().get_item(vm, key)? {
        Some(v) => Ok(v),
        None => Err(key_error(key)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::list::list_value;
    use super::*;
    use crate::objects::testutil::*;

    fn int_dict(vm: &mut Vm, pairs: &[(i64, i64)]) -> Value {
        let d = Value::Obj(DictObj::new_ref());
        for &(k, v) in pairs {
            vm.setitem(&d, &Value::Int(k), Value::Int(v)).unwrap();
        }
        d
    }

    #[test]
    fn order_after_deletions_and_reinsertions() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let pairs: Vec<(i64, i64)> = (0..10).map(|i| (i, i * i)).collect();
        let d = int_dict(&mut vm, &pairs);
        for k in [3, 5] {
            vm.delitem(&d, &Value::Int(k)).unwrap();
        }
        vm.setitem(&d, &Value::Int(3), Value::Int(-1)).unwrap();
        vm.setitem(&d, &Value::Int(20), Value::Int(0)).unwrap();
        vm.delitem(&d, &Value::Int(0)).unwrap();
        assert_eq!(
            repr(&mut vm, &d),
            "{1: 1, 2: 4, 4: 16, 6: 36, 7: 49, 8: 64, 9: 81, 3: -1, 20: 0}"
        );
        let p = method(&mut vm, &d, "popitem", &[]).unwrap();
        assert_eq!(repr(&mut vm, &p), "(20, 0)");
        assert_eq!(
            repr(&mut vm, &d),
            "{1: 1, 2: 4, 4: 16, 6: 36, 7: 49, 8: 64, 9: 81, 3: -1}"
        );
        // Recursion.
        let e = int_dict(&mut vm, &[(1, 2)]);
        vm.setitem(&e, &Value::Int(1), e.clone()).unwrap();
        assert_eq!(repr(&mut vm, &e), "{1: {...}}");
        this(&e).clear();
    }

    #[test]
    fn mutation_during_iteration() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        // Same size, different keys: "keys changed".
        let d = int_dict(&mut vm, &[(1, 1), (2, 2)]);
        let it = vm.iter(&d).unwrap();
        let msg = loop {
            match vm.next(&it) {
                Ok(Some(Value::Int(k))) => {
                    vm.delitem(&d, &Value::Int(k)).unwrap();
                    vm.setitem(&d, &Value::Int(k + 10), Value::Int(1)).unwrap();
                }
                Ok(_) => panic!("no error"),
                Err(e) => break describe(&e),
            }
        };
        assert_eq!(
            msg,
            "RuntimeError: dictionary keys changed during iteration"
        );
        let d = int_dict(&mut vm, &[(1, 1), (2, 2), (3, 3)]);
        let it = vm.iter(&d).unwrap();
        vm.next(&it).unwrap();
        vm.setitem(&d, &Value::Int(11), Value::Int(1)).unwrap();
        assert_eq!(
            err(vm.next(&it).map(|_| Value::None)),
            "RuntimeError: dictionary changed size during iteration"
        );
    }

    #[test]
    fn construction_and_methods() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let i = Value::Int;
        let pairs = list_value(vec![int_tuple(&[1, 2]), int_tuple(&[3, 4])]);
        let d = call_kw(
            &mut vm,
            &Value::Obj(t().dict.clone()),
            &[pairs],
            &[("x", i(5))],
        )
        .unwrap();
        assert_eq!(d.type_name(), "dict");
        assert_eq!(vm.len(&d).unwrap(), 3);
        assert_eq!(
            err(new(
                &mut vm,
                &t().dict,
                &[list_value(vec![int_tuple(&[1, 2, 3])])]
            )),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
        );
        assert_eq!(
            err(new(&mut vm, &t().dict, &[int_list(&[1])])),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
        );
        // fromkeys through the type (a classmethod, bound to it).
        let fk = vm
            .getattr(&Value::Obj(t().dict.clone()), &intern("fromkeys"))
            .unwrap();
        let f = call(&mut vm, &fk, &[int_list(&[3, 1, 2])]).unwrap();
        assert_eq!(repr(&mut vm, &f), "{3: None, 1: None, 2: None}");
        let f = call(&mut vm, &fk, &[int_tuple(&[1, 2]), i(0)]).unwrap();
        assert_eq!(repr(&mut vm, &f), "{1: 0, 2: 0}");
        // get / setdefault / pop.
        let d = int_dict(&mut vm, &[(1, 10)]);
        assert!(matches!(
            method(&mut vm, &d, "get", &[i(1)]),
            Ok(Value::Int(10))
        ));
        assert!(method(&mut vm, &d, "get", &[i(2)]).unwrap().is_none());
        assert!(matches!(
            method(&mut vm, &d, "get", &[i(2), i(7)]),
            Ok(Value::Int(7))
        ));
        assert!(matches!(
            method(&mut vm, &d, "setdefault", &[i(2), i(20)]),
            Ok(Value::Int(20))
        ));
        assert!(matches!(
            method(&mut vm, &d, "setdefault", &[i(2), i(30)]),
            Ok(Value::Int(20))
        ));
        assert!(matches!(
            method(&mut vm, &d, "pop", &[i(2)]),
            Ok(Value::Int(20))
        ));
        assert!(matches!(
            method(&mut vm, &d, "pop", &[i(2), i(0)]),
            Ok(Value::Int(0))
        ));
        assert_eq!(err(method(&mut vm, &d, "pop", &[i(2)])), "KeyError: 2");
        assert_eq!(err(vm.getitem(&d, &i(5))), "KeyError: 5");
        assert_eq!(
            err(vm.getitem(&d, &int_list(&[]))),
            "TypeError: unhashable type: 'list'"
        );
        let other = int_dict(&mut vm, &[(3, 30)]);
        method_kw(&mut vm, &d, "update", &[other], &[("k", i(1))]).unwrap();
        assert_eq!(vm.len(&d).unwrap(), 3);
        let c = method(&mut vm, &d, "copy", &[]).unwrap();
        method(&mut vm, &d, "clear", &[]).unwrap();
        assert_eq!(vm.len(&c).unwrap(), 3);
        assert_eq!(repr(&mut vm, &d), "{}");
        assert_eq!(
            err(method(&mut vm, &d, "popitem", &[])),
            "KeyError: popitem(): dictionary is empty"
        );
    }

    #[test]
    fn operators_and_views() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = int_dict(&mut vm, &[(1, 2), (3, 4)]);
        let b = int_dict(&mut vm, &[(3, 4), (1, 2)]);
        let eq = vm.compare(&a, &b, CompareKind::Eq).unwrap();
        assert!(vm.truthy(&eq).unwrap());
        let other = int_dict(&mut vm, &[(5, 6)]);
        let r = vm.binary_op(BinOp::BitOr, &a, &other, false).unwrap();
        assert_eq!(repr(&mut vm, &r), "{1: 2, 3: 4, 5: 6}");
        let r = vm
            .binary_op(
                BinOp::BitOr,
                &a,
                &list_value(vec![int_tuple(&[7, 8])]),
                true,
            )
            .unwrap();
        assert!(r.is(&a));
        assert_eq!(repr(&mut vm, &a), "{1: 2, 3: 4, 7: 8}");
        assert_eq!(
            err(vm.binary_op(BinOp::BitOr, &a, &Value::Int(1), false)),
            "TypeError: unsupported operand type(s) for |: 'dict' and 'int'"
        );
        let d = int_dict(&mut vm, &[(1, 1), (2, 2), (3, 3)]);
        let k = method(&mut vm, &d, "keys", &[]).unwrap();
        assert_eq!(repr(&mut vm, &k), "dict_keys([1, 2, 3])");
        assert_eq!(vm.len(&k).unwrap(), 3);
        assert!(vm.contains(&k, &Value::Int(2)).unwrap());
        let s = new(&mut vm, &t().set, &[int_list(&[1, 2, 3])]).unwrap();
        let eq = vm.compare(&k, &s, CompareKind::Eq).unwrap();
        assert!(vm.truthy(&eq).unwrap());
        let eq = vm.compare(&s, &k, CompareKind::Eq).unwrap();
        assert!(vm.truthy(&eq).unwrap());
        let cases = [
            (BinOp::BitAnd, &[2, 3, 4][..], "{2, 3}"),
            (BinOp::BitOr, &[9], "{1, 2, 3, 9}"),
            (BinOp::Sub, &[1], "{2, 3}"),
            (BinOp::BitXor, &[1, 9], "{9, 2, 3}"),
        ];
        for (op, other, want) in cases {
            let o = new(&mut vm, &t().set, &[int_list(other)]).unwrap();
            let r = vm.binary_op(op, &k, &o, false).unwrap();
            assert_eq!(repr(&mut vm, &r), want, "{op:?}");
        }
        let o = new(&mut vm, &t().set, &[int_list(&[2, 3, 4])]).unwrap();
        let r = vm.binary_op(BinOp::BitAnd, &o, &k, false).unwrap();
        assert_eq!(repr(&mut vm, &r), "{2, 3}");
        let e = int_dict(&mut vm, &[(1, 2), (3, 4)]);
        let items = method(&mut vm, &e, "items", &[]).unwrap();
        assert_eq!(repr(&mut vm, &items), "dict_items([(1, 2), (3, 4)])");
        assert!(vm.contains(&items, &int_tuple(&[1, 2])).unwrap());
        assert!(!vm.contains(&items, &int_tuple(&[1, 3])).unwrap());
        let values = method(&mut vm, &e, "values", &[]).unwrap();
        assert_eq!(repr(&mut vm, &values), "dict_values([2, 4])");
        assert!(vm.contains(&values, &Value::Int(4)).unwrap());
        let r = call(
            &mut vm,
            &Value::Obj(t().reversed.clone()),
            std::slice::from_ref(&e),
        )
        .unwrap();
        assert_eq!(ints(&mut vm, &r), vec![3, 1]);
        let r = call(&mut vm, &Value::Obj(t().reversed.clone()), &[items]).unwrap();
        assert_eq!(r.type_name(), "dict_reverseitemiterator");
        let r = new(&mut vm, &t().list, &[r]).unwrap();
        assert_eq!(repr(&mut vm, &r), "[(3, 4), (1, 2)]");
        assert_eq!(
            err(vm.hash(&k).map(Value::Int)),
            "TypeError: unhashable type: 'dict_keys'"
        );
        let dis = method(&mut vm, &k, "isdisjoint", &[int_list(&[7])]).unwrap();
        assert!(vm.truthy(&dis).unwrap());
    }
}
