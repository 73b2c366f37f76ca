//! The dunder methods that stand for type slots (CPython's `slotdefs`), in one table, used
//! both ways:
//! - a builtin type's slots are exposed to Python as *slot wrappers* in its dict
//!   (`list.__repr__`, `int.__add__`, `object.__setattr__`), so `super().__setitem__(k, v)`
//!   and `object.__eq__(a, b)` reach the builtin implementation;
//! - a class that defines a dunder gets a *trampoline* in the matching slot that calls the
//!   Python method (`class_slots.rs`).

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::OnceCell;

use super::typeobj::{TypeObject, TypeSlots};
use crate::exc;
use crate::objects::core::{GilStatic, PyRef};
use crate::objects::strings::str::{intern, new_str};
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::operators::{BinOp, UnaryOp};
use crate::vm::{sig, Args, PyErr, PyResult, Vm};

/// A slot as a dunder method sees it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wrap {
    Repr,
    Str,
    Hash,
    Compare(CompareKind),
    Binary(BinOp),
    /// The reflected operator (`__radd__`): the instance is the right operand.
    RBinary(BinOp),
    InPlace(BinOp),
    Unary(UnaryOp),
    Bool,
    Len,
    Iter,
    Next,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Call,
    GetAttribute,
    SetAttr,
    DelAttr,
    New,
    Get,
    Set,
    Delete,
}

/// `(operator, __op__, __rop__, __iop__)` in `BinOp` order.
const BINARY: [(BinOp, &str, &str, &str); 13] = [
    (BinOp::Add, "__add__", "__radd__", "__iadd__"),
    (BinOp::Sub, "__sub__", "__rsub__", "__isub__"),
    (BinOp::Mult, "__mul__", "__rmul__", "__imul__"),
    (BinOp::MatMult, "__matmul__", "__rmatmul__", "__imatmul__"),
    (BinOp::Div, "__truediv__", "__rtruediv__", "__itruediv__"),
    (BinOp::Mod, "__mod__", "__rmod__", "__imod__"),
    (BinOp::Pow, "__pow__", "__rpow__", "__ipow__"),
    (BinOp::LShift, "__lshift__", "__rlshift__", "__ilshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__", "__irshift__"),
    (BinOp::BitOr, "__or__", "__ror__", "__ior__"),
    (BinOp::BitXor, "__xor__", "__rxor__", "__ixor__"),
    (BinOp::BitAnd, "__and__", "__rand__", "__iand__"),
    (
        BinOp::FloorDiv,
        "__floordiv__",
        "__rfloordiv__",
        "__ifloordiv__",
    ),
];

/// In `CompareKind` order.
const COMPARE: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

const UNARY: [(UnaryOp, &str); 3] = [
    (UnaryOp::USub, "__neg__"),
    (UnaryOp::UAdd, "__pos__"),
    (UnaryOp::Invert, "__invert__"),
];

/// The wraps with one dunder each, in table order.
const SIMPLE: [(Wrap, &str); 19] = [
    (Wrap::Repr, "__repr__"),
    (Wrap::Str, "__str__"),
    (Wrap::Hash, "__hash__"),
    (Wrap::Bool, "__bool__"),
    (Wrap::Len, "__len__"),
    (Wrap::Iter, "__iter__"),
    (Wrap::Next, "__next__"),
    (Wrap::GetItem, "__getitem__"),
    (Wrap::SetItem, "__setitem__"),
    (Wrap::DelItem, "__delitem__"),
    (Wrap::Contains, "__contains__"),
    (Wrap::Call, "__call__"),
    (Wrap::GetAttribute, "__getattribute__"),
    (Wrap::SetAttr, "__setattr__"),
    (Wrap::DelAttr, "__delattr__"),
    (Wrap::New, "__new__"),
    (Wrap::Get, "__get__"),
    (Wrap::Set, "__set__"),
    (Wrap::Delete, "__delete__"),
];

const N_SIMPLE: usize = SIMPLE.len();

impl Wrap {
    /// A dense index, for the table of interned names.
    fn index(self) -> usize {
        let nb = BINARY.len();
        let base = N_SIMPLE;
        match self {
            Wrap::Compare(k) => base + k as usize,
            Wrap::Binary(op) => base + 6 + op as usize,
            Wrap::RBinary(op) => base + 6 + nb + op as usize,
            Wrap::InPlace(op) => base + 6 + 2 * nb + op as usize,
            Wrap::Unary(op) => {
                base + 6 + 3 * nb + UNARY.iter().position(|(u, _)| *u == op).unwrap_or(0)
            }
            w => SIMPLE.iter().position(|(s, _)| *s == w).unwrap_or(0),
        }
    }

    /// The dunder's name.
    pub fn name(self) -> &'static str {
        match self {
            Wrap::Compare(k) => COMPARE[k as usize],
            Wrap::Binary(op) => BINARY[op as usize].1,
            Wrap::RBinary(op) => BINARY[op as usize].2,
            Wrap::InPlace(op) => BINARY[op as usize].3,
            Wrap::Unary(op) => UNARY.iter().find(|(u, _)| *u == op).map_or("?", |(_, n)| n),
            w => SIMPLE.iter().find(|(s, _)| *s == w).map_or("?", |(_, n)| n),
        }
    }

    /// Every wrap, in index order.
    pub fn all() -> impl Iterator<Item = Wrap> {
        let simple = SIMPLE.iter().map(|(w, _)| *w);
        let cmp = CompareKind::ALL.into_iter().map(Wrap::Compare);
        let bin = BINARY.iter().map(|b| Wrap::Binary(b.0));
        let rbin = BINARY.iter().map(|b| Wrap::RBinary(b.0));
        let ibin = BINARY.iter().map(|b| Wrap::InPlace(b.0));
        let un = UNARY.iter().map(|u| Wrap::Unary(u.0));
        simple
            .chain(cmp)
            .chain(bin)
            .chain(rbin)
            .chain(ibin)
            .chain(un)
    }

    /// The wrap a dunder name stands for.
    pub fn from_name(name: &str) -> Option<Wrap> {
        Wrap::all().find(|w| w.name() == name)
    }

    /// The dunder's interned name (no hashing: a table lookup).
    pub fn interned(self) -> &'static PyRef {
        static NAMES: GilStatic<OnceCell<Vec<PyRef>>> = GilStatic::new(OnceCell::new());
        let names = NAMES
            .get(crate::gil::token())
            .get_or_init(|| Wrap::all().map(|w| intern(w.name())).collect());
        &names[self.index()]
    }

    /// The address of the function in this wrap's slot of `s` (0 when empty); `None` for
    /// `__getattribute__`, which every type has through `object`. The one place that maps a
    /// dunder to its slot field.
    fn slot_address(self, s: &TypeSlots) -> Option<usize> {
        macro_rules! addr {
            ($f:ident) => {
                Some(s.$f.map_or(0, |f| f as usize))
            };
        }
        match self {
            Wrap::Repr => addr!(repr),
            Wrap::Str => addr!(str),
            Wrap::Hash => addr!(hash),
            Wrap::Compare(_) => addr!(richcompare),
            Wrap::Binary(_) | Wrap::RBinary(_) => addr!(binary),
            Wrap::InPlace(_) => addr!(inplace),
            Wrap::Unary(_) => addr!(unary),
            Wrap::Bool => addr!(bool),
            Wrap::Len => addr!(len),
            Wrap::Iter => addr!(iter),
            Wrap::Next => addr!(next),
            Wrap::GetItem => addr!(getitem),
            Wrap::SetItem => addr!(setitem),
            Wrap::DelItem => addr!(delitem),
            Wrap::Contains => addr!(contains),
            Wrap::Call => addr!(call),
            Wrap::GetAttribute => None,
            Wrap::SetAttr | Wrap::DelAttr => addr!(setattr),
            Wrap::New => addr!(new),
            Wrap::Get => addr!(descr_get),
            Wrap::Set | Wrap::Delete => addr!(descr_set),
        }
    }

    /// Whether this wrap's slot is filled in `s`.
    pub fn present(self, s: &TypeSlots) -> bool {
        self.slot_address(s).is_some_and(|a| a != 0)
    }

    /// Whether `own` has the same function in this wrap's slot as `base` (inherited).
    fn same_slot(self, own: &TypeSlots, base: &TypeSlots) -> bool {
        self.slot_address(own) == self.slot_address(base)
    }
}

/// A builtin slot exposed as a dunder (`<slot wrapper '__add__' of 'int' objects>`).
pub struct SlotWrapperObj {
    pub wrap: Wrap,
    /// The builtin type whose slot this calls.
    pub owner: PyRef,
}

// Holds no references: not a container.
impl Trace for SlotWrapperObj {}

/// The binary operators a builtin type's `binary` slot implements, as
/// `(operators, reflected operators)`; by default every arithmetic operator both ways.
fn binary_ops(name: &str) -> (&'static [BinOp], &'static [BinOp]) {
    use BinOp::*;
    const ARITH: &[BinOp] = &[
        Add, Sub, Mult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
    ];
    const FLOAT: &[BinOp] = &[Add, Sub, Mult, Div, Mod, Pow, FloorDiv];
    const SETOPS: &[BinOp] = &[Sub, BitOr, BitXor, BitAnd];
    match name {
        "int" => (ARITH, ARITH),
        "float" => (FLOAT, FLOAT),
        "complex" => (&[Add, Sub, Mult, Div, Pow], &[Add, Sub, Mult, Div, Pow]),
        "str" | "bytes" | "bytearray" => (&[Add, Mult, Mod], &[Mult, Mod]),
        "list" | "tuple" => (&[Add, Mult], &[Mult]),
        "set" | "frozenset" | "dict_keys" | "dict_items" => (SETOPS, SETOPS),
        "dict" | "type" | "types.GenericAlias" | "types.UnionType" => (&[BitOr], &[BitOr]),
        "collections.deque" | "array.array" => (&[Add, Mult], &[Mult]),
        _ => (ARITH, ARITH),
    }
}

/// Puts slot wrappers for the slots a builtin type defines (rather than inherits) into its
/// dict, without replacing methods already there.
pub fn add_slot_wrappers(ty: &PyRef) {
    let t = ty.downcast::<TypeObject>().expect("a type");
    let own = t.slots.get();
    let bases = t.bases();
    let base = bases.first().and_then(|b| b.downcast::<TypeObject>());
    let inherited = |w: Wrap| -> bool {
        let Some(b) = base else { return false };
        w.same_slot(own, b.slots.get())
    };
    let (ops, rops) = binary_ops(&t.name.get());
    for w in Wrap::all() {
        let wanted = match w {
            Wrap::GetAttribute => base.is_none() || own.getattr.is_some(),
            Wrap::Binary(op) | Wrap::InPlace(op) if !ops.contains(&op) => false,
            // (no builtin type formats in place: `bytearray` has `__mod__` but no `__imod__`)
            Wrap::InPlace(BinOp::Mod) => false,
            Wrap::RBinary(op) if !rops.contains(&op) => false,
            Wrap::Unary(UnaryOp::Invert) if t.is_named("float") || t.is_named("complex") => false,
            _ => w.present(own) && !inherited(w),
        };
        if !wanted || t.dict.get_str(w.interned()).is_some() {
            continue;
        }
        let wrapper = PyRef::new(
            &types().wrapper_descriptor,
            SlotWrapperObj {
                wrap: w,
                owner: ty.clone(),
            },
        );
        t.dict.set_str(w.interned().clone(), Value::Obj(wrapper));
    }
    // A type that compares but does not hash is unhashable, visibly (`list.__hash__ is None`).
    if own.hash.is_none() && base.is_some() && t.dict.get_str(Wrap::Hash.interned()).is_none() {
        t.dict.set_str(Wrap::Hash.interned().clone(), Value::None);
    }
}

fn wrapper_of(v: &Value) -> &SlotWrapperObj {
    v.downcast::<SlotWrapperObj>().expect("a slot wrapper")
}

/// `<slot wrapper '__add__' of 'int' objects>`.
fn wrapper_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let w = wrapper_of(v);
    Ok(new_str(format!(
        "<slot wrapper '{}' of '{}' objects>",
        w.wrap.name(),
        crate::objects::classes::typeobj::type_name(&w.owner)
    )))
}

/// Found on a class: unbound; found through an instance: a bound method. `__new__` is a
/// static method and never binds.
fn wrapper_get(vm: &mut Vm, v: &Value, obj: Option<&Value>, _owner: &PyRef) -> PyResult<Value> {
    match obj {
        Some(o) if wrapper_of(v).wrap != Wrap::New => Ok(vm.bound_method(v, o)),
        _ => Ok(v.clone()),
    }
}

fn wrapper_call(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let w = wrapper_of(v);
    let (wrap, owner) = (w.wrap, w.owner.clone());
    call_slot(vm, wrap, &owner, args)
}

/// How many arguments (after `self`) a slot wrapper takes: `(min, max)`.
fn arity(wrap: Wrap) -> (usize, usize) {
    match wrap {
        Wrap::SetAttr | Wrap::SetItem | Wrap::Set => (2, 2),
        Wrap::Get => (1, 2),
        Wrap::Compare(_)
        | Wrap::Binary(_)
        | Wrap::RBinary(_)
        | Wrap::InPlace(_)
        | Wrap::GetItem
        | Wrap::DelItem
        | Wrap::Contains
        | Wrap::GetAttribute
        | Wrap::DelAttr
        | Wrap::Delete => (1, 1),
        _ => (0, 0),
    }
}

/// Checks the argument count of a slot wrapper call (`self` excluded), as CPython words it.
fn check_arity(args: &Args, wrap: Wrap) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(sig::wrapper_no_keywords(wrap.name()));
    }
    let (min, max) = arity(wrap);
    let got = args.values.len() - 1;
    if got < min || got > max {
        return Err(sig::wrapper_count_error(min, max, got));
    }
    Ok(())
}

/// Calls `owner`'s slot for `wrap` with `args` (`self` first).
fn call_slot(vm: &mut Vm, wrap: Wrap, owner: &PyRef, args: Args) -> PyResult<Value> {
    let t = owner.downcast::<TypeObject>().expect("a type");
    let Some(this) = args.values.first() else {
        return Err(sig::wrapper_needs_receiver(wrap.name(), owner));
    };
    if wrap == Wrap::New {
        return call_new(vm, owner, args);
    }
    if !TypeObject::is_subtype(this.class(), owner) {
        return Err(sig::wrapper_wrong_receiver(wrap.name(), owner, this));
    }
    let s = t.slots.get();
    let a = &args.values[1..];
    let missing = || exc!(system_error, "slot wrapper '{}' has no slot", wrap.name());
    if wrap == Wrap::Call {
        let f = s.call.ok_or_else(missing)?;
        return f(vm, this, Args::new(a, args.kwnames));
    }
    check_arity(&args, wrap)?;
    let attr_name = |v: &Value| -> PyResult<PyRef> {
        match v {
            Value::Obj(o) if o.is::<crate::objects::strings::str::StrObj>() => Ok(o.clone()),
            other => Err(exc!(
                type_error,
                "attribute name must be string, not '{}'",
                other.type_name()
            )),
        }
    };
    Ok(match wrap {
        Wrap::Repr => Value::Obj(s.repr.ok_or_else(missing)?(vm, this)?),
        Wrap::Str => Value::Obj(match s.str {
            Some(f) => f(vm, this)?,
            None => vm.repr(this)?,
        }),
        Wrap::Hash => Value::Int(s.hash.ok_or_else(missing)?(vm, this)?),
        Wrap::Compare(k) => s.richcompare.ok_or_else(missing)?(vm, this, &a[0], k)?,
        Wrap::Binary(op) => s.binary.ok_or_else(missing)?(vm, op, this, &a[0])?,
        Wrap::RBinary(op) => s.binary.ok_or_else(missing)?(vm, op, &a[0], this)?,
        Wrap::InPlace(op) => match s.inplace {
            Some(f) => f(vm, op, this, &a[0])?,
            None => s.binary.ok_or_else(missing)?(vm, op, this, &a[0])?,
        },
        Wrap::Unary(op) => s.unary.ok_or_else(missing)?(vm, op, this)?,
        Wrap::Bool => Value::Bool(s.bool.ok_or_else(missing)?(vm, this)?),
        Wrap::Len => Value::Int(s.len.ok_or_else(missing)?(vm, this)? as i64),
        Wrap::Iter => s.iter.ok_or_else(missing)?(vm, this)?,
        Wrap::Next => match s.next.ok_or_else(missing)?(vm, this)? {
            Some(v) => v,
            None => return Err(PyErr::with_args(&types().exc.stop_iteration, vec![])),
        },
        Wrap::GetItem => s.getitem.ok_or_else(missing)?(vm, this, &a[0])?,
        Wrap::SetItem => {
            s.setitem.ok_or_else(missing)?(vm, this, &a[0], a[1].clone())?;
            Value::None
        }
        Wrap::DelItem => {
            s.delitem.ok_or_else(missing)?(vm, this, &a[0])?;
            Value::None
        }
        Wrap::Contains => Value::Bool(s.contains.ok_or_else(missing)?(vm, this, &a[0])?),
        Wrap::GetAttribute => {
            let name = attr_name(&a[0])?;
            match vm.generic_getattr(this, &name)? {
                Some(v) => v,
                None => return Err(vm.attribute_error(this, &name)),
            }
        }
        Wrap::SetAttr | Wrap::DelAttr => {
            let name = attr_name(&a[0])?;
            let value = (wrap == Wrap::SetAttr).then(|| a[1].clone());
            s.setattr.ok_or_else(missing)?(vm, this, &name, value)?;
            Value::None
        }
        Wrap::Get => {
            let obj = a.first().filter(|v| !v.is_none());
            let owner_arg = match a.get(1) {
                Some(Value::Obj(o)) if o.is::<TypeObject>() => o.clone(),
                _ => obj.unwrap_or(this).class().clone(),
            };
            s.descr_get.ok_or_else(missing)?(vm, this, obj, &owner_arg)?
        }
        Wrap::Set | Wrap::Delete => {
            let value = (wrap == Wrap::Set).then(|| a[1].clone());
            s.descr_set.ok_or_else(missing)?(vm, this, &a[0], value)?;
            Value::None
        }
        Wrap::Call | Wrap::New => unreachable!("handled above"),
    })
}

/// `T.__new__(cls, *args)`: `cls` must be a subtype of `T`, and `T`'s `__new__` must be the
/// right one for it (`object.__new__(list)` is refused, as in CPython).
fn call_new(vm: &mut Vm, owner: &PyRef, args: Args) -> PyResult<Value> {
    let owner_name = crate::objects::classes::typeobj::type_name(owner);
    let cls = match &args.values[0] {
        Value::Obj(o) if o.is::<TypeObject>() => o.clone(),
        other => {
            return Err(exc!(
                type_error,
                "{}.__new__(X): X is not a type object ({})",
                owner_name,
                other.type_name()
            ))
        }
    };
    if !TypeObject::is_subtype(&cls, owner) {
        return Err(exc!(
            type_error,
            "{}.__new__({}): {} is not a subtype of {}",
            owner_name,
            crate::objects::classes::typeobj::type_name(&cls),
            crate::objects::classes::typeobj::type_name(&cls),
            owner_name
        ));
    }
    let layout_owner = crate::objects::classes::class::solid_base(&cls);
    let ot = owner.downcast::<TypeObject>().expect("a type");
    let lt = layout_owner.downcast::<TypeObject>().expect("a type");
    if lt.layout != ot.layout && ot.layout == crate::objects::core::Kind::Instance {
        // CPython names the first class along the MRO whose `__new__` is not written in
        // Python (`F` for `class F(float): pass`, `float` when `F` defines `__new__`).
        let mut mro = vec![cls.clone()];
        if let Some(t) = cls.downcast::<TypeObject>() {
            mro.extend(t.mro().iter().cloned());
        }
        let safe = mro
            .iter()
            .find(|c| {
                TypeObject::lookup(c, Wrap::New.interned())
                    .is_some_and(|f| f.downcast::<SlotWrapperObj>().is_some())
            })
            .map_or_else(
                || lt.name.to_string(),
                crate::objects::classes::typeobj::type_name,
            );
        return Err(exc!(
            type_error,
            "{}.__new__({}) is not safe, use {}.__new__()",
            owner_name,
            crate::objects::classes::typeobj::type_name(&cls),
            safe
        ));
    }
    let new = ot
        .slots
        .get()
        .new
        .expect("a type with a __new__ wrapper has a new slot");
    new(vm, &cls, Args::new(&args.values[1..], args.kwnames))
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(wrapper_repr),
    call: Some(wrapper_call),
    descr_get: Some(wrapper_get),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: &[],
    getsets: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_are_dense_and_names_round_trip() {
        for (i, w) in Wrap::all().enumerate() {
            assert_eq!(w.index(), i, "{w:?}");
            assert_eq!(Wrap::from_name(w.name()), Some(w));
        }
    }
}
