//! The protocol operations — `repr`, `hash`, `==`, `<`, `+`, `len`, `iter`, `x[k]`, calls,
//! attribute access — as the VM and builtins perform them on any value. Each goes through the
//! operand's type slots (see `objects::classes::typeobj`), after inline fast paths for the immediates,
//! and raises CPython's TypeError when the type does not support it.

use super::{Args, PyErr, PyResult, Vm};
use crate::bytecode::opcode::{binary_op_symbol, CompareKind};
use crate::exc;
use crate::objects::classes::typeobj::{TypeObject, TypeSlots};
use crate::objects::containers::dict::{fast_eq, DictObj};
use crate::objects::containers::list::ListObj;
use crate::objects::containers::slice::SliceObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::{numbers::hash, types, PyPayload, PyRef, Value};
use crate::operators::{BinOp, UnaryOp};

/// The slots of a value's type.
#[inline(always)]
pub fn slots(v: &Value) -> &'static TypeSlots {
    v.class()
        .downcast::<TypeObject>()
        .expect("every class is a type object")
        .slots
        .get()
}

/// `v`'s payload when `v`'s type is exactly `cls`, not a subclass (CPython's
/// `PyList_CheckExact` and kin). A subclass may override the dunders (`__iter__`,
/// `__getitem__`, `__len__`, `keys`, ...) that a fast path reading the payload would bypass,
/// so such fast paths are guarded by this wherever CPython's are exact.
#[inline(always)]
pub fn exact<'a, T: PyPayload>(v: &'a Value, cls: &PyRef) -> Option<&'a T> {
    match v {
        Value::Obj(o) if o.class().ptr_eq(cls) => o.downcast::<T>(),
        _ => None,
    }
}

/// `v` as an exact list.
#[inline(always)]
pub fn exact_list(v: &Value) -> Option<&ListObj> {
    exact(v, &types().list)
}

/// `v` as an exact tuple.
#[inline(always)]
pub fn exact_tuple(v: &Value) -> Option<&TupleObj> {
    exact(v, &types().tuple)
}

/// `v` as an exact dict.
#[inline(always)]
pub fn exact_dict(v: &Value) -> Option<&DictObj> {
    exact(v, &types().dict)
}

/// Whether `v` cannot be iterated at all: no `__iter__` and no `__getitem__` (CPython's
/// `tp_iter == NULL && !PySequence_Check(v)`), the condition for the "cannot unpack
/// non-iterable" / "must be an iterable" messages. A class that sets `__iter__ = None` is
/// not one: iterating it raises "'X' object is not iterable", which CPython lets through.
pub fn lacks_iter(v: &Value) -> bool {
    slots(v).iter.is_none() && TypeObject::lookup(v.class(), crate::interned!("__iter__")).is_none()
}

/// The dunder `name` when `v`'s class defines it in Python (not inherited from a builtin
/// type): the override that a fast path for an int/float/str subclass must defer to.
pub fn python_override(v: &Value, name: &PyRef) -> Option<Value> {
    if !crate::objects::strings::str::is_heap_class(v) {
        return None;
    }
    TypeObject::lookup(v.class(), name).filter(|f| {
        f.downcast::<crate::objects::callables::function::BuiltinFunctionObj>()
            .is_none()
            && f.downcast::<crate::objects::classes::slotdefs::SlotWrapperObj>()
                .is_none()
    })
}

/// Whether `v` may stand for an index through `__index__`: instances of classes, and native
/// types such as weakref proxies (ints are indexes already).
fn may_index(v: &Value) -> bool {
    let Value::Obj(o) = v else {
        return false;
    };
    o.kind() == crate::objects::Kind::Native
        || o.class().downcast::<TypeObject>().is_some_and(|t| t.heap)
}

/// Whether `a *= b` may not repeat the builtin sequence `b`: CPython's in-place multiply
/// tries only the left operand's repeat when its type has sequence methods at all (a class
/// defined in Python, a set, dict, range, dict view...), which leaves "unsupported operand
/// type(s) for *=" where `a * b` says "can't multiply sequence by non-int".
fn repeat_left_only(a: &Value, b: &Value) -> bool {
    use crate::objects::Kind;
    let builtin_seq = |v: &Value| {
        v.as_obj().is_some_and(|o| {
            matches!(
                o.kind(),
                Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
            )
        }) && !crate::objects::strings::str::is_heap_class(v)
    };
    if !builtin_seq(b) || builtin_seq(a) {
        return false;
    }
    let s = slots(a);
    crate::objects::strings::str::is_heap_class(a) || s.len.is_some() || s.contains.is_some()
}

/// Whether `v` is a type implemented in Rust (`str`, `list`, ...).
fn is_builtin_type(v: &Value) -> bool {
    v.downcast::<TypeObject>().is_some_and(|t| !t.heap)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ptr_eq(&types().not_implemented))
}

impl Vm {
    /// Runs `f` one level deeper in native recursion (CPython's `Py_EnterRecursiveCall`):
    /// RecursionError "maximum recursion depth exceeded{what}" once the Python frames and
    /// the native levels reach the recursion limit, so that a deeply nested container's
    /// `repr` or `==` fails as in CPython instead of exhausting the Rust stack.
    #[inline]
    pub(crate) fn nested<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.frames.len() + self.native_depth >= self.interp.recursion_limit.get()
            || self.stack_low()
        {
            return Err(exc!(
                recursion_error,
                "maximum recursion depth exceeded{}",
                what
            ));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// Whether the Rust stack is into its red zone, where native recursion must stop.
    #[inline(always)]
    pub(crate) fn stack_low(&self) -> bool {
        crate::objects::core::stack::stack_pointer() < self.stack_limit
    }

    /// A RecursionError unless the Rust stack has room for another level of a native
    /// recursion that CPython does not count against the recursion limit (hashing nested
    /// tuples, copying nested containers): CPython would crash where pyvm raises.
    pub(crate) fn stack_guard(&self) -> PyResult<()> {
        if self.stack_low() {
            return Err(exc!(recursion_error, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: &Value) -> PyResult<PyRef> {
        match slots(v).repr {
            Some(f) => self.nested(" while getting the repr of an object", |vm| f(vm, v)),
            None => Ok(new_str(format!(
                "<{} object at {:#x}>",
                v.type_name(),
                self.id(v)
            ))),
        }
    }

    /// `str(v)` as a str object.
    pub fn str(&mut self, v: &Value) -> PyResult<PyRef> {
        if let Value::Obj(o) = v {
            if o.is::<StrObj>() && o.class().ptr_eq(&types().str) {
                return Ok(o.clone());
            }
        }
        match slots(v).str {
            Some(f) => self.nested(" while getting the str of an object", |vm| f(vm, v)),
            None => self.repr(v),
        }
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(r.downcast::<StrObj>()
            .map_or_else(String::new, |s| s.as_str().to_string()))
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(r.downcast::<StrObj>()
            .map_or_else(String::new, |s| s.as_str().to_string()))
    }

    /// `id(v)`: the address for heap objects; a stable value-derived number for immediates.
    pub fn id(&self, v: &Value) -> i64 {
        match v {
            Value::Obj(o) => o.addr() as i64,
            Value::None => 0x1000,
            Value::Null => 0,
            Value::Bool(b) => 0x2000 + *b as i64,
            Value::Int(i) => 0x7000_0000_0000 ^ (*i << 4),
            Value::Float(f) => 0x6000_0000_0000 ^ ((f.to_bits() >> 4) as i64),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(hash::hash_int(*i)),
            Value::Bool(b) => return Ok(*b as i64),
            Value::Float(f) => return Ok(hash::hash_float(*f)),
            Value::Obj(o) if o.class().ptr_eq(&types().str) => {
                if let Some(s) = o.downcast::<StrObj>() {
                    return Ok(s.hash());
                }
            }
            _ => {}
        }
        match slots(v).hash {
            Some(f) => {
                // (a tuple's hash recurses into its items: not counted, as in CPython)
                self.stack_guard()?;
                f(self, v)
            }
            None => Err(exc!(type_error, "unhashable type: '{}'", v.type_name())),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CompareKind::Eq)?;
        self.truthy(&r)
    }

    /// A rich comparison, with CPython's reflected fallback and identity default for `==`/`!=`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
        self.nested(" in comparison", |vm| vm.compare_slots(a, b, op))
    }

    fn compare_slots(&mut self, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
        let a_slot = slots(a).richcompare;
        let b_slot = slots(b).richcompare;
        // A subclass's reflected method goes first (`b` overrides `a`).
        let b_first = !a.class().ptr_eq(b.class()) && TypeObject::is_subtype(b.class(), a.class());
        if b_first {
            if let Some(f) = b_slot {
                let r = f(self, b, a, op.reflected())?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = a_slot {
            let r = f(self, a, b, op)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !b_first {
            if let Some(f) = b_slot {
                let r = f(self, b, a, op.reflected())?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareKind::Eq => Ok(Value::Bool(a.is(b))),
            CompareKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(exc!(
                type_error,
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            )),
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(_) => {
                let s = slots(v);
                if let Some(f) = s.bool {
                    return f(self, v);
                }
                if let Some(f) = s.len {
                    return Ok(f(self, v)? != 0);
                }
                Ok(true)
            }
        }
    }

    /// `a op b` (or `a op= b` when `inplace`), with the reflected fallback.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        if inplace {
            if let Some(f) = slots(a).inplace {
                let r = f(self, op, a, b)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let a_slot = slots(a).binary;
        let mut b_slot = slots(b).binary;
        let left_only = inplace && op == BinOp::Mult && repeat_left_only(a, b);
        if left_only {
            b_slot = None;
        }
        let same = a.class().ptr_eq(b.class());
        // One slot function serves both operands (CPython's `slotv == slotw`): call it once.
        if a_slot.map(|f| f as usize) == b_slot.map(|f| f as usize) {
            b_slot = None;
        }
        let b_first = !same && TypeObject::is_subtype(b.class(), a.class());
        if b_first {
            if let Some(f) = b_slot {
                let r = f(self, op, a, b)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = a_slot {
            let r = f(self, op, a, b)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !b_first && !same {
            if let Some(f) = b_slot {
                let r = f(self, op, a, b)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if left_only {
            return Err(exc!(
                type_error,
                "unsupported operand type(s) for *=: '{}' and '{}'",
                a.type_name(),
                b.type_name()
            ));
        }
        // CPython's sequence-repeat fallback: `seq * obj` with an `obj` that has `__index__`.
        if op == BinOp::Mult {
            use crate::objects::Kind;
            let is_seq = |v: &Value| {
                v.as_obj().is_some_and(|o| {
                    matches!(
                        o.kind(),
                        Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
                    )
                })
            };
            let (n, seq_left) = if is_seq(a) { (b, true) } else { (a, false) };
            let has_index = (is_seq(a) || is_seq(b))
                && crate::objects::strings::str::is_heap_class(n)
                && TypeObject::lookup(n.class(), crate::interned!("__index__")).is_some();
            if has_index {
                let i = crate::objects::classes::class_slots::to_index(self, n)?;
                return if seq_left {
                    self.binary_op(op, a, &i, inplace)
                } else {
                    self.binary_op(op, &i, b, inplace)
                };
            }
        }
        Err(binary_type_error(op, a, b, inplace))
    }

    /// `-v`, `+v`, `~v`.
    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(v)?));
        }
        if let Some(f) = slots(v).unary {
            return f(self, op, v);
        }
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

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match slots(v).len {
            Some(f) => {
                self.stack_guard()?;
                f(self, v)
            }
            None => Err(exc!(
                type_error,
                "object of type '{}' has no len()",
                v.type_name()
            )),
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        match slots(v).iter {
            Some(f) => {
                self.stack_guard()?;
                f(self, v)
            }
            None => Err(exc!(
                type_error,
                "'{}' object is not iterable",
                v.type_name()
            )),
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match slots(it).next {
            Some(f) => {
                // (a `map` of a `map` of ... recurses here: not counted, as in CPython)
                self.stack_guard()?;
                f(self, it)
            }
            None => Err(exc!(
                type_error,
                "'{}' object is not an iterator",
                it.type_name()
            )),
        }
    }

    /// Collects any iterable into a vector.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            crate::objects::containers::seq::push_checked(&mut out, v)?;
        }
        Ok(out)
    }

    /// CPython's `PyObject_LengthHint`: `len(v)` when `v` has a length (a TypeError from
    /// it means "no length"), else `v.__length_hint__()` when its class defines one
    /// (NotImplemented means "no hint"), else `default`. Only a guess for pre-sizing, but
    /// the calls are observable, and their errors propagate as in CPython.
    pub fn length_hint(&mut self, v: &Value, default: usize) -> PyResult<usize> {
        if let Some(f) = slots(v).len {
            match f(self, v) {
                Ok(n) => return Ok(n),
                Err(e) if e.matches(&types().exc.type_error) => {}
                Err(e) => return Err(e),
            }
        }
        match crate::objects::containers::iter::index_iter_hint(self, v) {
            Ok(Some(n)) => return Ok(n),
            Ok(None) => {}
            Err(e) if e.matches(&types().exc.type_error) => return Ok(default),
            Err(e) => return Err(e),
        }
        let Some(f) = TypeObject::lookup(v.class(), crate::interned!("__length_hint__")) else {
            return Ok(default);
        };
        let r = match self.call_found(f, v, &[]) {
            Ok(r) => r,
            Err(e) if e.matches(&types().exc.type_error) => return Ok(default),
            Err(e) => return Err(e),
        };
        if is_not_implemented(&r) {
            return Ok(default);
        }
        let Some(n) = crate::objects::numbers::int::as_int(&r) else {
            return Err(exc!(
                type_error,
                "__length_hint__ must be an integer, not {}",
                r.type_name()
            ));
        };
        match n.to_i64() {
            Some(n) => usize::try_from(n)
                .map_err(|_| exc!(value_error, "__length_hint__() should return >= 0")),
            None => Err(exc!(
                overflow_error,
                "Python int too large to convert to C ssize_t"
            )),
        }
    }

    /// A subscript key for a builtin sequence: an instance with `__index__` becomes its int.
    /// `dunder` names the operation: a subclass that defines it itself gets the key as is.
    fn seq_key(
        &mut self,
        container: &Value,
        key: &Value,
        dunder: &PyRef,
    ) -> PyResult<Option<Value>> {
        use crate::objects::Kind;
        let (Value::Obj(c), Value::Obj(k)) = (container, key) else {
            return Ok(None);
        };
        let is_seq = matches!(
            c.kind(),
            Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Range
        );
        if !is_seq {
            return Ok(None);
        }
        let slice = k.downcast::<SliceObj>();
        let indexable = match slice {
            Some(s) => [&s.start, &s.stop, &s.step].into_iter().any(may_index),
            None => may_index(key),
        };
        if !indexable || python_override(container, dunder).is_some() {
            return Ok(None);
        }
        let to_index = crate::objects::classes::class_slots::to_index;
        match slice {
            // A slice's bounds are indexes too: `l[Ix():]` selects as `l[1:]`.
            Some(s) => {
                // (in `PySlice_Unpack`'s order: step, start, stop)
                let step = to_index(self, &s.step)?;
                if matches!(step, Value::Int(0)) {
                    // (a zero step fails before the bounds' `__index__` runs)
                    let (start, stop) = (s.start.clone(), s.stop.clone());
                    return Ok(Some(Value::Obj(SliceObj::new_ref(start, stop, step))));
                }
                let (start, stop) = (to_index(self, &s.start)?, to_index(self, &s.stop)?);
                Ok(Some(Value::Obj(SliceObj::new_ref(start, stop, step))))
            }
            None => {
                let i = to_index(self, key)?;
                // CPython names the key's own type: "cannot fit 'Ix' into an index-sized
                // integer" (a range computes with any int and says "out of range").
                let big =
                    matches!(&i, Value::Obj(o) if o.is::<crate::objects::numbers::int::IntObj>());
                if big && c.kind() != Kind::Range {
                    return Err(exc!(
                        index_error,
                        "cannot fit '{}' into an index-sized integer",
                        key.type_name()
                    ));
                }
                Ok(Some(i))
            }
        }
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Some(k) = self.seq_key(container, key, crate::interned!("__getitem__"))? {
            return self.getitem_slot(container, &k);
        }
        self.getitem_slot(container, key)
    }

    fn getitem_slot(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match slots(container).getitem {
            Some(f) => {
                // (a mappingproxy of a mappingproxy of ... forwards here)
                self.stack_guard()?;
                f(self, container, key)
            }
            None if container.downcast::<TypeObject>().is_some() => {
                self.class_getitem(container, key)
            }
            None => Err(exc!(
                type_error,
                "'{}' object is not subscriptable",
                container.type_name()
            )),
        }
    }

    /// `cls[key]`: the class's `__class_getitem__`, or a generic alias for the builtin
    /// containers (`list[int]` in annotations).
    fn class_getitem(&mut self, cls: &Value, key: &Value) -> PyResult<Value> {
        let c = cls.as_obj().expect("a type");
        if let Some(f) = TypeObject::lookup(c, crate::interned!("__class_getitem__")) {
            let bound = self.descr_get(f, None, c)?;
            return self.call(&bound, Args::positional(std::slice::from_ref(key)));
        }
        let t = types();
        let generic = [
            &t.list,
            &t.dict,
            &t.tuple,
            &t.set,
            &t.frozenset,
            &t.exc.base_exception_group,
        ];
        // (their subclasses inherit `__class_getitem__`: `class D(dict)` makes `D[int]`;
        // `type[int]` is special-cased for `type` alone)
        if c.ptr_eq(&t.type_) || generic.iter().any(|g| TypeObject::is_subtype(c, g)) {
            return Ok(crate::objects::classes::generic_alias::class_getitem(
                cls, key,
            ));
        }
        Err(exc!(
            type_error,
            "type '{}' is not subscriptable",
            crate::objects::classes::typeobj::type_name(c)
        ))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Some(k) = self.seq_key(container, key, crate::interned!("__setitem__"))? {
            if !k.is(key) {
                return self.setitem(container, &k, value);
            }
        }
        match slots(container).setitem {
            Some(f) => f(self, container, key, value),
            None => Err(exc!(
                type_error,
                "'{}' object does not support item assignment",
                container.type_name()
            )),
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Some(k) = self.seq_key(container, key, crate::interned!("__delitem__"))? {
            if !k.is(key) {
                return self.delitem(container, &k);
            }
        }
        match slots(container).delitem {
            Some(f) => f(self, container, key),
            None => Err(exc!(
                type_error,
                "'{}' object does not support item deletion",
                container.type_name()
            )),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = slots(container).contains {
            self.stack_guard()?;
            return f(self, container, item);
        }
        // `__contains__ = None` blocks the fallback to iteration.
        if TypeObject::lookup(container.class(), crate::interned!("__contains__"))
            .is_some_and(|f| f.is_none())
        {
            return Err(exc!(
                type_error,
                "'{}' object is not a container",
                container.type_name()
            ));
        }
        if slots(container).iter.is_none() {
            return Err(exc!(
                type_error,
                "argument of type '{}' is not iterable",
                container.type_name()
            ));
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// CPython's TypeError for an unsupported binary operation.
pub fn binary_type_error(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyErr {
    let sym = binary_op_symbol(op);
    let (an, bn) = (a.type_name(), b.type_name());
    // (`+=` falls back on the left sequence's concatenation too: the same messages)
    if op == BinOp::Add && an == "str" {
        return exc!(
            type_error,
            "can only concatenate str (not \"{}\") to str",
            bn
        );
    }
    if op == BinOp::Add && an == "list" {
        return exc!(
            type_error,
            "can only concatenate list (not \"{}\") to list",
            bn
        );
    }
    if op == BinOp::Add && an == "tuple" {
        return exc!(
            type_error,
            "can only concatenate tuple (not \"{}\") to tuple",
            bn
        );
    }
    let is_seq = |n: &str| matches!(n, "str" | "list" | "tuple" | "bytes");
    if op == BinOp::Mult && (is_seq(&an) || is_seq(&bn)) {
        let other = if is_seq(&an) { &bn } else { &an };
        return exc!(
            type_error,
            "can't multiply sequence by non-int of type '{}'",
            other
        );
    }
    if op == BinOp::Pow && !inplace {
        return exc!(
            type_error,
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            an,
            bn
        );
    }
    let eq = if inplace { "=" } else { "" };
    exc!(
        type_error,
        "unsupported operand type(s) for {}{}: '{}' and '{}'",
        sym,
        eq,
        an,
        bn
    )
}

/// A new str value.
pub fn str_value(s: impl AsRef<str>) -> Value {
    Value::Obj(new_str(s))
}

/// What a RecursionError says when a call of a native callable (a builtin, a type, an
/// object with `__call__`) passes the limit: CPython counts those calls as a level.
pub(crate) const CALLING: &str = " while calling a Python object";

impl Vm {
    /// Calls `callable` with `args`. (Python functions run a nested eval loop.)
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        use crate::objects::callables::function::{
            BoundMethodObj, BuiltinFunctionObj, FunctionObj,
        };
        if let Value::Obj(o) = callable {
            if o.is::<FunctionObj>() {
                return self.call_function(o, args);
            }
        }
        if let Some(b) = callable.downcast::<BuiltinFunctionObj>() {
            // Native code calling a builtin that calls back natively (`atexit._run_exitfuncs`
            // registered as its own callback) recurses in Rust without a frame: the stack
            // guard stops it with a RecursionError.
            self.stack_guard()?;
            return match &b.bound {
                None => {
                    b.check(&args)?;
                    if b.counted {
                        self.nested(CALLING, |vm| (b.func)(vm, args))
                    } else {
                        (b.func)(self, args)
                    }
                }
                Some(this) => {
                    // (on the Rust stack for the usual few arguments)
                    let mut v: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::new();
                    v.push(this.clone());
                    v.extend(args.values.iter().cloned());
                    let args = Args::new(&v, args.kwnames);
                    b.check(&args)?;
                    (b.func)(self, args)
                }
            };
        }
        if let Some(m) = callable.downcast::<BoundMethodObj>() {
            let mut v = Vec::with_capacity(args.values.len() + 1);
            v.push(m.self_.clone());
            v.extend_from_slice(args.values);
            let func = m.func.clone();
            return self.call(&func, Args::new(&v, args.kwnames));
        }
        match slots(callable).call {
            // (CPython counts calls of objects without a fast calling convention: classes
            // defined in Python, instances with `__call__`; not builtin types)
            Some(f) if is_builtin_type(callable) => f(self, callable, args),
            Some(f) => self.nested(CALLING, |vm| f(vm, callable, args)),
            None => Err(exc!(
                type_error,
                "'{}' object is not callable",
                callable.type_name()
            )),
        }
    }
}
