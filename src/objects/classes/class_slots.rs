//! The slots of classes defined in Python. A class that defines (or inherits from another
//! class) a dunder method gets a *trampoline* in the matching slot, which looks the method up
//! on the instance's type and calls it, and checks what it returns as CPython does
//! (`__repr__ returned non-string`, `__len__() should return >= 0`, ...). Slots whose
//! dunders resolve to a builtin's slot wrapper keep the builtin's slot function itself, so
//! `class L(list)` indexes at list speed.

use super::slotdefs::{SlotWrapperObj, Wrap};
use super::typeobj::{TypeObject, TypeSlots};
use crate::exc;
use crate::objects::core::PyRef;
use crate::objects::strings::str::StrObj;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::operators::{BinOp, UnaryOp};
use crate::vm::{Args, PyResult, Vm};

/// Looks the dunder `w` up on `v`'s type and calls it with `v` first; `Ok(None)` when the
/// type has no such attribute.
pub fn call_dunder(vm: &mut Vm, v: &Value, w: Wrap, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(f) = TypeObject::lookup(v.class(), w.interned()) else {
        return Ok(None);
    };
    if f.is_none() {
        return Ok(None);
    }
    vm.call_found(f, v, args).map(Some)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ptr_eq(&types().not_implemented))
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// A `__repr__`/`__str__` result, which must be a str.
fn str_result(r: Value, w: Wrap) -> PyResult<PyRef> {
    match r {
        Value::Obj(o) if o.is::<StrObj>() => Ok(o),
        other => Err(exc!(
            type_error,
            "{} returned non-string (type {})",
            w.name(),
            other.type_name()
        )),
    }
}

fn slot_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    match call_dunder(vm, v, Wrap::Repr, &[])? {
        Some(r) => str_result(r, Wrap::Repr),
        None => crate::objects::classes::instance::object_repr(vm, v),
    }
}

fn slot_str(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    match call_dunder(vm, v, Wrap::Str, &[])? {
        Some(r) => str_result(r, Wrap::Str),
        None => vm.repr(v),
    }
}

fn slot_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some(r) = call_dunder(vm, v, Wrap::Hash, &[])? else {
        return Err(exc!(type_error, "unhashable type: '{}'", v.type_name()));
    };
    match r {
        // CPython reduces an out-of-range result by hashing it as an int; -1 is reserved.
        Value::Int(i) if i != -1 => Ok(i),
        Value::Int(_) => Ok(-2),
        Value::Bool(b) => Ok(b as i64),
        ref big
            if big
                .downcast::<crate::objects::numbers::int::IntObj>()
                .is_some() =>
        {
            vm.hash(big)
        }
        _ => Err(exc!(type_error, "__hash__ method should return an integer")),
    }
}

fn slot_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    Ok(
        call_dunder(vm, a, Wrap::Compare(op), std::slice::from_ref(b))?
            .unwrap_or_else(not_implemented),
    )
}

/// Whether `v`'s type dispatches `w`'s operator group through this module's trampoline.
fn uses_binary_trampoline(v: &Value) -> bool {
    crate::vm::protocol::slots(v).binary.map(|f| f as *const ()) == Some(slot_binary as *const ())
}

/// `a op b` for classes: `a.__op__(b)`, then `b.__rop__(a)` — the reflected method first
/// when `b`'s type is a proper subclass of `a`'s (CPython's `SLOT1BINFULL`). The VM calls
/// this once for both operands when both use it.
fn slot_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let same = a.class().ptr_eq(b.class());
    let a_here = uses_binary_trampoline(a);
    let mut b_here = !same && uses_binary_trampoline(b);
    if b_here && TypeObject::is_subtype(b.class(), a.class()) {
        if let Some(r) = call_dunder(vm, b, Wrap::RBinary(op), std::slice::from_ref(a))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        b_here = false;
    }
    if a_here {
        if let Some(r) = call_dunder(vm, a, Wrap::Binary(op), std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if b_here {
        if let Some(r) = call_dunder(vm, b, Wrap::RBinary(op), std::slice::from_ref(a))? {
            return Ok(r);
        }
    }
    Ok(not_implemented())
}

fn slot_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    Ok(
        call_dunder(vm, a, Wrap::InPlace(op), std::slice::from_ref(b))?
            .unwrap_or_else(not_implemented),
    )
}

fn slot_unary(vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    match call_dunder(vm, v, Wrap::Unary(op), &[])? {
        Some(r) => Ok(r),
        None => {
            let sym = match op {
                UnaryOp::USub => "unary -",
                UnaryOp::UAdd => "unary +",
                _ => "unary ~",
            };
            Err(exc!(
                type_error,
                "bad operand type for {}: '{}'",
                sym,
                v.type_name()
            ))
        }
    }
}

fn slot_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match call_dunder(vm, v, Wrap::Bool, &[])? {
        Some(Value::Bool(b)) => Ok(b),
        Some(other) => Err(exc!(
            type_error,
            "__bool__ should return bool, returned {}",
            other.type_name()
        )),
        None => match crate::vm::protocol::slots(v).len {
            Some(f) => Ok(f(vm, v)? != 0),
            None => Ok(true),
        },
    }
}

/// A `__len__`/`__length_hint__` result as a size.
pub fn size_result(r: &Value, what: &str) -> PyResult<usize> {
    let n = match r {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        v if v
            .downcast::<crate::objects::numbers::int::IntObj>()
            .is_some() =>
        {
            return Err(exc!(
                overflow_error,
                "cannot fit 'int' into an index-sized integer"
            ))
        }
        v => {
            return Err(exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))
        }
    };
    usize::try_from(n).map_err(|_| exc!(value_error, "{}() should return >= 0", what))
}

fn slot_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match call_dunder(vm, v, Wrap::Len, &[])? {
        Some(r) => size_result(&r, "__len__"),
        None => Err(exc!(
            type_error,
            "object of type '{}' has no len()",
            v.type_name()
        )),
    }
}

fn slot_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match call_dunder(vm, v, Wrap::Iter, &[])? {
        Some(it) => {
            if crate::vm::protocol::slots(&it).next.is_none() {
                return Err(exc!(
                    type_error,
                    "iter() returned non-iterator of type '{}'",
                    it.type_name()
                ));
            }
            Ok(it)
        }
        None => Err(exc!(
            type_error,
            "'{}' object is not iterable",
            v.type_name()
        )),
    }
}

/// A class with `__getitem__` but no `__iter__` iterates by index (the old protocol).
fn slot_iter_by_index(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::objects::containers::iter::new_seq_iter(
        &types().seq_iterator,
        v.clone(),
    ))
}

fn slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match call_dunder(vm, v, Wrap::Next, &[]) {
        Ok(Some(r)) => Ok(Some(r)),
        Ok(None) => Err(exc!(
            type_error,
            "'{}' object is not an iterator",
            v.type_name()
        )),
        Err(e) if e.matches(&types().exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn slot_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    call_dunder(vm, v, Wrap::GetItem, std::slice::from_ref(key))?.ok_or_else(|| {
        exc!(
            type_error,
            "'{}' object is not subscriptable",
            v.type_name()
        )
    })
}

fn slot_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    call_dunder(vm, v, Wrap::SetItem, &[key.clone(), value])?.ok_or_else(|| {
        exc!(
            type_error,
            "'{}' object does not support item assignment",
            v.type_name()
        )
    })?;
    Ok(())
}

fn slot_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    call_dunder(vm, v, Wrap::DelItem, std::slice::from_ref(key))?.ok_or_else(|| {
        exc!(
            type_error,
            "'{}' object does not support item deletion",
            v.type_name()
        )
    })?;
    Ok(())
}

fn slot_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    match call_dunder(vm, v, Wrap::Contains, std::slice::from_ref(item))? {
        Some(r) => vm.truthy(&r),
        None => Err(exc!(
            type_error,
            "argument of type '{}' is not iterable",
            v.type_name()
        )),
    }
}

fn slot_call(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let Some(f) = TypeObject::lookup(v.class(), Wrap::Call.interned()).filter(|f| !f.is_none())
    else {
        return Err(exc!(
            type_error,
            "'{}' object is not callable",
            v.type_name()
        ));
    };
    let mut all = Vec::with_capacity(args.values.len() + 1);
    all.push(v.clone());
    all.extend_from_slice(args.values);
    if f.downcast::<crate::objects::callables::function::FunctionObj>()
        .is_some()
    {
        return vm.call(&f, Args::new(&all, args.kwnames));
    }
    let bound = vm.descr_get(f, Some(v), v.class())?;
    vm.call(&bound, args)
}

/// `__getattribute__` defined in Python (`__getattr__`, tried when it raises
/// AttributeError, is `Vm::getattr_opt`'s hook).
fn slot_getattribute(vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let name_v = Value::Obj(name.clone());
    call_dunder(vm, v, Wrap::GetAttribute, std::slice::from_ref(&name_v))
}

fn slot_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let name_v = Value::Obj(name.clone());
    let r = match value {
        Some(val) => call_dunder(vm, v, Wrap::SetAttr, &[name_v, val])?,
        None => call_dunder(vm, v, Wrap::DelAttr, &[name_v])?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(vm.attribute_error(v, name)),
    }
}

fn slot_descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, owner: &PyRef) -> PyResult<Value> {
    let obj = obj.cloned().unwrap_or(Value::None);
    call_dunder(vm, d, Wrap::Get, &[obj, Value::Obj(owner.clone())])?
        .ok_or_else(|| exc!(system_error, "__get__ disappeared"))
}

fn slot_descr_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let (w, r) = match value {
        Some(val) => (
            Wrap::Set,
            call_dunder(vm, d, Wrap::Set, &[obj.clone(), val])?,
        ),
        None => (
            Wrap::Delete,
            call_dunder(vm, d, Wrap::Delete, std::slice::from_ref(obj))?,
        ),
    };
    r.map(drop)
        .ok_or_else(|| exc!(attribute_error, "{}", w.name()))
}

/// `v.__index__()` for instances of classes that define it; the value itself otherwise (the
/// callers' own checks then reject non-ints with their messages).
pub fn to_index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Ok(v.clone());
    };
    if o.kind() != crate::objects::Kind::Native
        && !o.class().downcast::<TypeObject>().is_some_and(|t| t.heap)
    {
        return Ok(v.clone());
    }
    // An int subclass is its own index: CPython never calls its `__index__`.
    if let Some(i) = crate::objects::numbers::int::as_int(v) {
        return Ok(crate::objects::numbers::int::int_value(i.big()));
    }
    match TypeObject::lookup(o.class(), crate::interned!("__index__")) {
        Some(f) => {
            let r = vm.call_found(f, v, &[])?;
            if crate::objects::numbers::int::as_int(&r).is_none() {
                return Err(exc!(
                    type_error,
                    "__index__ returned non-int (type {})",
                    r.type_name()
                ));
            }
            Ok(r)
        }
        None => Ok(v.clone()),
    }
}

/// How the dunders of one slot resolve on a class.
enum Found {
    /// No dunder of the group is defined anywhere along the MRO.
    Nothing,
    /// The dunder is set to None (`__hash__ = None`): the operation is unsupported.
    Disabled,
    /// Only builtin slot wrappers: keep the builtin slot.
    Builtin,
    /// A Python-level definition: use the trampoline.
    Python,
}

fn resolve(cls: &PyRef, wraps: &[Wrap]) -> Found {
    let mut found = Found::Nothing;
    for w in wraps {
        match TypeObject::lookup(cls, w.interned()) {
            None => {}
            Some(Value::None) => {
                if matches!(found, Found::Nothing) {
                    found = Found::Disabled;
                }
            }
            // Slot wrappers and builtin methods (`dict.__getitem__`) stand for builtin slots;
            // a wrapper of another dunder (`__str__ = int.__repr__`) or of a type outside
            // the MRO goes through the trampoline, which calls that wrapper.
            Some(v)
                if v.downcast::<SlotWrapperObj>()
                    .is_some_and(|sw| sw.wrap == *w && TypeObject::is_subtype(cls, &sw.owner))
                    || v.downcast::<crate::objects::callables::function::BuiltinFunctionObj>()
                        .is_some() =>
            {
                found = Found::Builtin;
            }
            Some(_) => return Found::Python,
        }
    }
    found
}

/// The slot table of a class: trampolines where it defines dunders in Python, the first
/// base (in MRO order) with the slot filled elsewhere.
pub fn class_slots(cls: &PyRef) -> TypeSlots {
    let t = cls.downcast::<TypeObject>().expect("a type");
    let mro: Vec<&TypeSlots> = t
        .mro()
        .iter()
        .filter_map(|b| b.downcast::<TypeObject>())
        .map(|b| b.slots.get())
        .collect();
    let mut s = TypeSlots::EMPTY;
    let all_binary: Vec<Wrap> = Wrap::all()
        .filter(|w| matches!(w, Wrap::Binary(_) | Wrap::RBinary(_)))
        .collect();
    let all_inplace: Vec<Wrap> = Wrap::all()
        .filter(|w| matches!(w, Wrap::InPlace(_)))
        .collect();
    let all_compare: Vec<Wrap> = Wrap::all()
        .filter(|w| matches!(w, Wrap::Compare(_)))
        .collect();
    let all_unary: Vec<Wrap> = Wrap::all()
        .filter(|w| matches!(w, Wrap::Unary(_)))
        .collect();
    // For each slot: its dunders and trampoline; inherit when not defined in Python.
    macro_rules! slot {
        ($field:ident, $wraps:expr, $tramp:expr) => {
            s.$field = match resolve(cls, $wraps) {
                Found::Python => Some($tramp),
                Found::Disabled => None,
                Found::Nothing | Found::Builtin => mro.iter().find_map(|b| b.$field),
            };
        };
    }
    slot!(repr, &[Wrap::Repr], slot_repr);
    slot!(str, &[Wrap::Str], slot_str);
    slot!(hash, &[Wrap::Hash], slot_hash);
    slot!(richcompare, &all_compare, slot_richcompare);
    slot!(binary, &all_binary, slot_binary);
    slot!(inplace, &all_inplace, slot_inplace);
    slot!(unary, &all_unary, slot_unary);
    slot!(bool, &[Wrap::Bool], slot_bool);
    slot!(len, &[Wrap::Len], slot_len);
    slot!(iter, &[Wrap::Iter], slot_iter);
    slot!(next, &[Wrap::Next], slot_next);
    slot!(getitem, &[Wrap::GetItem], slot_getitem);
    slot!(setitem, &[Wrap::SetItem], slot_setitem);
    slot!(delitem, &[Wrap::DelItem], slot_delitem);
    slot!(contains, &[Wrap::Contains], slot_contains);
    slot!(call, &[Wrap::Call], slot_call);
    slot!(getattr, &[Wrap::GetAttribute], slot_getattribute);
    slot!(setattr, &[Wrap::SetAttr, Wrap::DelAttr], slot_setattr);
    slot!(descr_get, &[Wrap::Get], slot_descr_get);
    slot!(descr_set, &[Wrap::Set, Wrap::Delete], slot_descr_set);
    // No dunder exports a buffer in 3.11: a subclass of bytes or array.array lends its base's.
    s.buffer = mro.iter().find_map(|b| b.buffer);
    // A builtin container's `bool` slot is its length's shortcut (CPython's containers have
    // no `nb_bool`): a class overriding `__len__` alone is true or false by its `__len__`.
    if matches!(resolve(cls, &[Wrap::Len]), Found::Python)
        && !matches!(resolve(cls, &[Wrap::Bool]), Found::Python)
        && mro
            .iter()
            .find(|b| b.bool.is_some())
            .is_some_and(|b| b.len.is_some())
    {
        s.bool = None;
    }
    if s.iter.is_none()
        && s.getitem.is_some()
        && !matches!(resolve(cls, &[Wrap::Iter]), Found::Disabled)
    {
        s.iter = Some(slot_iter_by_index);
    }
    s.new = Some(crate::objects::classes::class::class_new);
    s
}

/// Rebuilds the slot tables of a class and of all its subclasses (each after its bases: a
/// table copies the slots its class inherits from its bases' tables) after a dunder was
/// assigned or deleted, or the bases changed.
pub fn refresh_slots_tree(cls: &PyRef) {
    refresh_slots(cls);
    for sub in crate::objects::classes::typecache::subclasses(cls) {
        refresh_slots_tree(&sub);
    }
}

/// Rebuilds a class's slot table from its dunders and its bases' tables.
pub fn refresh_slots(cls: &PyRef) {
    let t = cls.downcast::<TypeObject>().expect("a type");
    t.slots.set(shared_table(class_slots(cls)));
    // Instances of a class with a `__del__` are finalized before they are freed (core).
    if TypeObject::lookup(cls, crate::interned!("__del__")).is_some() {
        cls.set_flag(crate::objects::core::flag::HAS_FINALIZER);
    } else {
        cls.clear_flag(crate::objects::core::flag::HAS_FINALIZER);
    }
}

/// The `'static` table equal to `slots`: types hold their slots as `&'static TypeSlots`, and
/// the distinct tables are few (each slot is empty, a builtin's or a trampoline), so one
/// leaked copy of each serves every class — creating classes in a loop, or reassigning a
/// dunder, does not grow memory.
fn shared_table(slots: TypeSlots) -> &'static TypeSlots {
    type Tables = std::collections::HashMap<Vec<usize>, &'static TypeSlots>;
    static TABLES: crate::objects::core::GilStatic<
        std::cell::OnceCell<std::cell::RefCell<Tables>>,
    > = crate::objects::core::GilStatic::new(std::cell::OnceCell::new());
    // A table's identity: the address of each slot's function (0 for an empty slot).
    let key = slots.addresses();
    let tables = TABLES
        .get(crate::gil::token())
        .get_or_init(Default::default);
    let mut tables = tables.borrow_mut();
    tables
        .entry(key)
        .or_insert_with(|| Box::leak(Box::new(slots)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_slot_tables_are_shared_and_different_ones_are_not() {
        let _gil = crate::gil::acquire();
        let a = shared_table(TypeSlots::EMPTY);
        let b = shared_table(TypeSlots::EMPTY);
        assert!(std::ptr::eq(a, b));
        let with_repr = TypeSlots {
            repr: types()
                .int
                .downcast::<TypeObject>()
                .unwrap()
                .slots
                .get()
                .repr,
            ..TypeSlots::EMPTY
        };
        let c = shared_table(with_repr);
        assert!(!std::ptr::eq(a, c));
        assert!(std::ptr::eq(c, shared_table(with_repr)));
    }
}
