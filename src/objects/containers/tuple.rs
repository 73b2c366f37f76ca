//! `tuple`: an immutable sequence. The items are fixed at creation and live in the tuple's own
//! allocation (`core::items`: one allocation per tuple), so reading them never needs a
//! borrow; the sequence algorithms are the shared ones in `seq`.

use crate::objects::classes::typeobj::TypeSpec;
use smallvec::SmallVec;

use super::seq::{self, Sequence};
use super::slice::{adjust_indices, slice_values, SliceObj};
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeObject, TypeSlots};
use crate::objects::core::items::{HasItems, Items};
use crate::objects::core::{PyRef, VarLen};
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::trace::Trace;
use crate::objects::{numbers::hash, types, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

/// A tuple: its items (derefs to `[Value]`) are the object's tail, released last to first
/// when it is freed (CPython's order: see `core::items`).
pub struct TupleObj {
    pub items: Items,
}

impl Trace for TupleObj {
    fn is_gc(&self) -> bool {
        true
    }
    // (the items are the object's tail, which the core traverses, last first as CPython)
}

impl VarLen for TupleObj {
    #[inline(always)]
    fn var_len(&self) -> usize {
        self.items.tail_len()
    }
}

impl HasItems for TupleObj {
    #[inline(always)]
    fn items(&self) -> &Items {
        &self.items
    }
}

/// The empty tuple: one shared object, untracked by the collector (CPython's singleton, so
/// `tuple() is ()` and an exception's empty `args` is never cyclic garbage).
fn empty() -> PyRef {
    static EMPTY: crate::objects::core::GilStatic<std::cell::OnceCell<PyRef>> =
        crate::objects::core::GilStatic::new(std::cell::OnceCell::new());
    let gil = crate::gil::token();
    EMPTY
        .get(gil)
        .get_or_init(|| {
            let t = TupleObj {
                items: Items::tail(0),
            };
            PyRef::new_untracked(&crate::objects::types_in(gil).tuple, t)
        })
        .clone()
}

impl TupleObj {
    /// A new `tuple` (the shared empty tuple when `items` is empty).
    pub fn new_ref(items: Vec<Value>) -> PyRef {
        if items.is_empty() {
            return empty();
        }
        let payload = TupleObj {
            items: Items::tail(items.len()),
        };
        PyRef::new_items(&types().tuple, payload, items)
    }

    /// A new tuple of copies of `items` (the caller keeps its own references).
    pub fn new_ref_cloned(items: &[Value]) -> PyRef {
        if items.is_empty() {
            return empty();
        }
        let payload = TupleObj {
            items: Items::tail(items.len()),
        };
        PyRef::new_items_cloned(&types().tuple, payload, items)
    }

    /// A new instance of `cls` (`tuple` or a subclass; the shared empty tuple for an empty
    /// `tuple`).
    pub fn new_with_class(cls: &PyRef, items: Vec<Value>) -> PyRef {
        if items.is_empty() && cls.ptr_eq(&types().tuple) {
            return empty();
        }
        let payload = TupleObj {
            items: Items::tail(items.len()),
        };
        if crate::objects::classes::class::wants_dict(cls) {
            PyRef::new_items_with_dict(
                cls,
                payload,
                items,
                Some(crate::objects::containers::dict::DictObj::new_ref()),
            )
        } else {
            PyRef::new_items(cls, payload, items)
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Sequence for TupleObj {
    #[inline]
    fn seq_len(&self) -> usize {
        self.items.len()
    }
    #[inline]
    fn seq_get(&self, i: usize) -> Option<Value> {
        self.items.get(i).cloned()
    }
    #[inline(always)]
    fn with_items<R>(&self, f: impl FnOnce(&[Value]) -> R) -> Option<R> {
        Some(f(&self.items))
    }
}

/// A tuple value from items.
pub fn tuple_value(items: Vec<Value>) -> Value {
    Value::Obj(TupleObj::new_ref(items))
}

fn this(v: &Value) -> &TupleObj {
    v.downcast::<TupleObj>().expect("a tuple")
}

fn tuple_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if cls.ptr_eq(&types().tuple) {
        args.no_kwargs("tuple")?;
    }
    args.check_count("tuple", 0, 1)?;
    let items = match args.pos().first() {
        None => Vec::new(),
        Some(v) => {
            if cls.ptr_eq(&types().tuple) && v.class().ptr_eq(&types().tuple) {
                return Ok(v.clone());
            }
            seq::collect_fast(vm, v)?
        }
    };
    Ok(Value::Obj(TupleObj::new_with_class(cls, items)))
}

fn tuple_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let t = this(v);
    if t.items.is_empty() {
        return Ok(new_str("()"));
    }
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a tuple")) else {
        return Ok(new_str("(...)"));
    };
    let mut out = String::new();
    if t.items.len() == 1 {
        out.push('(');
        seq::write_repr(vm, &mut out, &t.items[0])?;
        out.push_str(",)");
    } else {
        seq::write_items_repr(vm, &mut out, "(", ")", |i| t.items.get(i).cloned())?;
    }
    Ok(new_str(out))
}

/// The hash of a value whose `__hash__` cannot be overridden (ints, floats and bools that
/// are immediates, exact strs), if it is one.
#[inline]
fn plain_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(hash::hash_int(*i)),
        Value::Float(f) => Some(hash::hash_float(*f)),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) if o.class().ptr_eq(&types().str) => o.downcast::<StrObj>().map(StrObj::hash),
        _ => None,
    }
}

fn tuple_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let t = this(v);
    if t.items.iter().all(|x| plain_hash(x).is_some()) {
        return Ok(hash::hash_tuple(
            t.items.iter().map(|x| plain_hash(x).unwrap_or(0)),
        ));
    }
    let mut hashes: SmallVec<[i64; 8]> = SmallVec::with_capacity(t.items.len());
    for item in t.items.iter() {
        hashes.push(vm.hash(item)?);
    }
    Ok(hash::hash_tuple(hashes.into_iter()))
}

fn tuple_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    match (a.downcast::<TupleObj>(), b.downcast::<TupleObj>()) {
        (Some(x), Some(y)) => seq::seq_richcompare(vm, x, y, op, false),
        _ => Ok(seq::not_implemented()),
    }
}

fn tuple_binary(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        BinOp::Add => match (a.downcast::<TupleObj>(), b.downcast::<TupleObj>()) {
            (Some(x), Some(y)) => {
                if y.items.is_empty() && a.class().ptr_eq(&types().tuple) {
                    return Ok(a.clone());
                }
                if x.items.is_empty() && b.class().ptr_eq(&types().tuple) {
                    return Ok(b.clone());
                }
                Ok(tuple_value(seq::concat(&x.items, &y.items)?))
            }
            _ => Ok(seq::not_implemented()),
        },
        BinOp::Mult => {
            let (t, tv, n) = match (a.downcast::<TupleObj>(), b.downcast::<TupleObj>()) {
                (Some(t), _) => (t, a, b),
                (None, Some(t)) => (t, b, a),
                _ => return Ok(seq::not_implemented()),
            };
            let Some(count) = seq::repeat_count(n)? else {
                return sequence_repeat_error(n);
            };
            if count == 1 && tv.class().ptr_eq(&types().tuple) {
                return Ok(tv.clone());
            }
            Ok(tuple_value(seq::repeat(&t.items, count)?))
        }
        _ => Ok(seq::not_implemented()),
    }
}

/// `seq * x` with a non-int `x`: a user class may still implement `__rmul__`/`__mul__`, so
/// defer to it; for the builtin types raise CPython's message.
pub fn sequence_repeat_error(n: &Value) -> PyResult<Value> {
    let heap = n.class().downcast::<TypeObject>().is_some_and(|t| t.heap);
    if heap {
        return Ok(seq::not_implemented());
    }
    Err(exc!(
        type_error,
        "can't multiply sequence by non-int of type '{}'",
        n.type_name()
    ))
}

fn tuple_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v).items.len())
}

fn tuple_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::objects::containers::iter::new_seq_iter(
        &types().tuple_iterator,
        v.clone(),
    ))
}

fn tuple_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let t = this(v);
    if let Some(slice) = key.downcast::<SliceObj>() {
        let (start, stop, step) = slice.unpack_vm(vm)?;
        let (lo, _, n) = adjust_indices(start, stop, step, t.items.len());
        if step == 1 && n == t.items.len() && v.class().ptr_eq(&types().tuple) {
            return Ok(v.clone());
        }
        return Ok(tuple_value(slice_values(
            &t.items,
            lo as isize,
            step as isize,
            n,
        )));
    }
    match seq::normalize_index(seq::item_index(key, "tuple")?, t.items.len()) {
        Some(i) => Ok(t.items[i].clone()),
        None => Err(exc!(index_error, "tuple index out of range")),
    }
}

fn tuple_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    seq::seq_contains(vm, this(v), x)
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = args.receiver_as::<TupleObj>();
    let (x, start, stop) = seq::index_args(vm, args.params(), "index", t.items.len())?;
    match seq::seq_index(vm, t, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(exc!(value_error, "tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = args.receiver_as::<TupleObj>();
    Ok(Value::Int(seq::seq_count(vm, t, &args.params()[0])? as i64))
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(tuple_new),
    repr: Some(tuple_repr),
    hash: Some(tuple_hash),
    richcompare: Some(tuple_richcompare),
    binary: Some(tuple_binary),
    len: Some(tuple_len),
    iter: Some(tuple_iter),
    getitem: Some(tuple_getitem),
    contains: Some(tuple_contains),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

/// `tuple.__getnewargs__()`: `(tuple(self),)` (the items as a plain tuple), what copying a
/// tuple subclass instance rebuilds it from.
fn tuple_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = args.receiver_as::<TupleObj>();
    let plain = Value::Obj(TupleObj::new_ref(t.items.to_vec()));
    Ok(Value::Obj(TupleObj::new_ref(vec![plain])))
}

pub const METHODS: &[MethodDef] = &[
    crate::method!("index", tuple_index, Pos(1, 3)),
    crate::method!("count", tuple_count, One),
    crate::method!("__getnewargs__", tuple_getnewargs, NoArgs),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::testutil::*;

    #[test]
    fn tuples() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = int_tuple(&[1, 2, 3]);
        assert_eq!(repr(&mut vm, &a), "(1, 2, 3)");
        assert_eq!(repr(&mut vm, &int_tuple(&[1])), "(1,)");
        assert_eq!(repr(&mut vm, &int_tuple(&[])), "()");
        // hash((1, 2)) in CPython 3.11.
        assert_eq!(vm.hash(&int_tuple(&[1, 2])).unwrap(), -3550055125485641917);
        let r = vm
            .binary_op(BinOp::Add, &a, &int_tuple(&[4]), false)
            .unwrap();
        assert_eq!(repr(&mut vm, &r), "(1, 2, 3, 4)");
        let r = vm
            .binary_op(BinOp::Mult, &Value::Int(2), &int_tuple(&[0]), false)
            .unwrap();
        assert_eq!(repr(&mut vm, &r), "(0, 0)");
        assert_eq!(
            err(vm.binary_op(BinOp::Add, &a, &int_list(&[]), false)),
            "TypeError: can only concatenate tuple (not \"list\") to tuple"
        );
        assert_eq!(
            err(vm.getitem(&a, &Value::Int(3))),
            "IndexError: tuple index out of range"
        );
        let sl = Value::Obj(super::super::slice::SliceObj::new_ref(
            Value::None,
            Value::None,
            Value::Int(-2),
        ));
        let r = vm.getitem(&a, &sl).unwrap();
        assert_eq!(repr(&mut vm, &r), "(3, 1)");
        assert!(matches!(
            method(&mut vm, &a, "index", &[Value::Int(3)]),
            Ok(Value::Int(2))
        ));
        assert_eq!(
            err(method(&mut vm, &a, "index", &[Value::Int(9)])),
            "ValueError: tuple.index(x): x not in tuple"
        );
        assert!(matches!(
            method(&mut vm, &a, "count", &[Value::Int(3)]),
            Ok(Value::Int(1))
        ));
        let lt = vm
            .compare(&a, &int_tuple(&[1, 2, 4]), CompareKind::Lt)
            .unwrap();
        assert!(vm.truthy(&lt).unwrap());
        let n = new(&mut vm, &t().tuple, &[int_list(&[5, 6])]).unwrap();
        assert_eq!(repr(&mut vm, &n), "(5, 6)");
        let same = new(&mut vm, &t().tuple, std::slice::from_ref(&a)).unwrap();
        assert!(same.is(&a));
        // A tuple holding a list that holds the tuple.
        let l = int_list(&[]);
        let tl = tuple_value(vec![l.clone()]);
        l.downcast::<super::super::list::ListObj>()
            .unwrap()
            .push(tl.clone());
        assert_eq!(repr(&mut vm, &tl), "([(...)],)");
        l.downcast::<super::super::list::ListObj>().unwrap().clear();
    }
}
