//! `collections.deque`: a double-ended queue over a `VecDeque`, with an optional `maxlen`
//! (appending to a full deque drops an item from the other end).
//!
//! Re-entrancy (DESIGN.md §2): items are cloned out before any call that may run Python code
//! (`__eq__` in `count`/`index`/`remove`/`in`, `repr`), and removed items are dropped after
//! the borrow ends. Every structural change bumps `state`; iterators and the comparison loops
//! check it and raise CPython's "deque mutated during iteration" instead of reading a deque
//! that changed under them.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::exc;
use crate::method;
use crate::objects::callables::native::{
    iter_slots, new_native, receiver, this, NativeData, NativeIter, PLAIN_SLOTS,
};
use crate::objects::classes::typeobj::{MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::seq::{self, index_arg, int_like, rich_eq, IntLike};
use crate::objects::containers::tuple::sequence_repeat_error;
use crate::objects::strings::str::new_str;
use crate::objects::{PyRef, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::sig;
use crate::vm::{Args, PyResult, Vm};

use super::Types;

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    /// Set by `__new__`, and again by `__init__` (a subclass instance starts unbounded).
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of the items, for the mutation checks.
    state: Cell<u64>,
}

impl NativeData for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }

    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            self.touch();
            let old = std::mem::take(&mut *items);
            drop(items);
            drop(old);
        }
    }
}

impl Deque {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Removes every item (dropped after the borrow: a `__del__` may look at the deque).
    fn empty(&self) {
        self.touch();
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }

    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Appends at the right (`left == false`) or left end; a full deque drops the item at the
    /// other end, which is returned so the caller drops it after the borrow.
    fn push(&self, v: Value, left: bool) -> Option<Value> {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return Some(v);
        }
        if left {
            items.push_front(v);
        } else {
            items.push_back(v);
        }
        if self.maxlen.get().is_some_and(|m| items.len() > m) {
            return if left {
                items.pop_back()
            } else {
                items.pop_front()
            };
        }
        None
    }

    fn pop(&self, left: bool) -> PyResult<Value> {
        self.touch();
        let v = if left {
            self.items.borrow_mut().pop_front()
        } else {
            self.items.borrow_mut().pop_back()
        };
        v.ok_or_else(|| exc!(index_error, "pop from an empty deque"))
    }

    /// Appends every item of `iterable` (collected first, so `d.extend(d)` is safe).
    fn extend(&self, vm: &mut Vm, iterable: &Value, left: bool) -> PyResult<()> {
        // (No length hint: CPython's deque asks for none.)
        let items = match seq::exact_items(iterable) {
            Some(items) => items,
            None => vm.collect(iterable)?,
        };
        let mut dropped = Vec::new();
        for v in items {
            dropped.extend(self.push(v, left));
        }
        drop(dropped);
        Ok(())
    }

    fn rotate(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        let len = items.len();
        if len <= 1 {
            return;
        }
        self.touch();
        let k = n.rem_euclid(len as i64) as usize;
        items.rotate_right(k);
    }

    /// The first position in `start..stop` whose item equals `x`; RuntimeError if an
    /// `__eq__` changed the deque.
    fn find(&self, vm: &mut Vm, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
        let state = self.state.get();
        for i in start..stop {
            let Some(item) = self.get(i) else { break };
            let equal = rich_eq(vm, &item, x)?;
            if self.state.get() != state {
                return Err(mutated());
            }
            if equal {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

impl seq::Sequence for Deque {
    fn seq_len(&self) -> usize {
        self.len()
    }

    fn seq_get(&self, i: usize) -> Option<Value> {
        self.get(i)
    }
}

fn mutated() -> crate::vm::PyErr {
    exc!(runtime_error, "deque mutated during iteration")
}

fn new_deque(items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    new_deque_of(&Types::get().deque, items, maxlen)
}

fn new_deque_of(cls: &PyRef, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    new_native(
        cls,
        Deque {
            items: RefCell::new(items),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        },
    )
}

// ---------------------------------------------------------------------------------------
// Slots

/// `deque(iterable=(), maxlen=None)`. A subclass gets an empty, unbounded deque and its
/// `__init__` the arguments, as CPython's `deque.__new__` leaves them to `deque.__init__`.
fn deque_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if crate::objects::classes::class::is_heap(cls) {
        return Ok(new_deque_of(cls, VecDeque::new(), None));
    }
    let (iterable, maxlen) = deque_args(&args)?;
    let d = new_deque(VecDeque::new(), maxlen);
    if let Some(it) = iterable {
        this::<Deque>(&d).extend(vm, it, false)?;
    }
    Ok(d)
}

/// `deque.__init__(self, iterable=(), maxlen=None)`: empties the deque, sets its `maxlen`
/// and fills it again.
fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    let (iterable, maxlen) = deque_args(&rest)?;
    let d = deque(&args);
    d.empty();
    d.maxlen.set(maxlen);
    if let Some(it) = iterable {
        d.extend(vm, it, false)?;
    }
    Ok(Value::None)
}

/// The `iterable` and `maxlen` arguments of `deque()`.
fn deque_args<'a>(args: &Args<'a>) -> PyResult<(Option<&'a Value>, Option<usize>)> {
    let pos = args.pos();
    let given = pos.len() + args.kwargs().count();
    if given > 2 {
        return Err(exc!(
            type_error,
            "deque() takes at most 2 arguments ({} given)",
            given
        ));
    }
    let (mut iterable, mut maxlen) = (pos.first(), pos.get(1));
    for (k, v) in args.kwargs() {
        let slot = match k {
            "iterable" => &mut iterable,
            "maxlen" => &mut maxlen,
            _ => {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for deque()",
                    k
                ))
            }
        };
        if slot.is_some() {
            let n = if k == "iterable" { 1 } else { 2 };
            return Err(exc!(
                type_error,
                "argument for deque() given by name ('{}') and position ({})",
                k,
                n
            ));
        }
        *slot = Some(v);
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => match int_like(m) {
            Some(IntLike::Small(n)) if n < 0 => {
                return Err(exc!(value_error, "maxlen must be non-negative"))
            }
            Some(IntLike::Small(n)) => Some(n as usize),
            Some(IntLike::Big(false)) => {
                return Err(exc!(
                    overflow_error,
                    "Python int too large to convert to C ssize_t"
                ))
            }
            Some(IntLike::Big(true)) => {
                return Err(exc!(value_error, "maxlen must be non-negative"))
            }
            None => return Err(exc!(type_error, "an integer is required")),
        },
    };
    Ok((iterable, maxlen))
}

/// A copy of `v` of its own type: a subclass's by calling the class with the deque (and its
/// `maxlen`), as CPython's `deque.copy` does; TypeError when that is not a deque.
fn copy_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this::<Deque>(v);
    let cls = v.class();
    if cls.ptr_eq(&Types::get().deque) {
        return Ok(new_deque(d.items.borrow().clone(), d.maxlen.get()));
    }
    let callee = Value::Obj(cls.clone());
    let r = match d.maxlen.get() {
        None => vm.call(&callee, Args::new(std::slice::from_ref(v), &[]))?,
        Some(m) => vm.call(&callee, Args::new(&[v.clone(), Value::Int(m as i64)], &[]))?,
    };
    if crate::objects::callables::native::native::<Deque>(&r).is_none() {
        return Err(exc!(
            type_error,
            "{}() must return a deque, not {}",
            crate::objects::classes::typeobj::type_name(cls),
            r.type_name()
        ));
    }
    Ok(r)
}

fn deque_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let d = this::<Deque>(v);
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a deque")) else {
        return Ok(new_str("[...]"));
    };
    let name = crate::objects::classes::typeobj::short_type_name(v.class());
    let mut out = format!("{name}(");
    seq::write_items_repr(vm, &mut out, "[", "]", |i| d.get(i))?;
    if let Some(m) = d.maxlen.get() {
        out.push_str(&format!(", maxlen={m}"));
    }
    out.push(')');
    Ok(new_str(out))
}

fn deque_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this::<Deque>(v).len())
}

fn deque_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(this::<Deque>(v).len() > 0)
}

/// A deque index: an int (no slices), resolved against the length.
fn position(d: &Deque, key: &Value) -> PyResult<usize> {
    let i = match int_like(key) {
        Some(IntLike::Small(i)) => i,
        Some(IntLike::Big(_)) => {
            return Err(exc!(
                index_error,
                "cannot fit 'int' into an index-sized integer"
            ))
        }
        None => {
            return Err(exc!(
                type_error,
                "sequence index must be integer, not '{}'",
                key.type_name()
            ))
        }
    };
    seq::normalize_index(i, d.len()).ok_or_else(|| exc!(index_error, "deque index out of range"))
}

fn deque_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let d = this::<Deque>(v);
    let i = position(d, key)?;
    Ok(d.get(i).expect("index checked"))
}

fn deque_setitem(_vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let d = this::<Deque>(v);
    let i = position(d, key)?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[i], value);
    drop(old);
    Ok(())
}

fn deque_delitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let d = this::<Deque>(v);
    let i = position(d, key)?;
    d.touch();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(())
}

fn deque_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let d = this::<Deque>(v);
    Ok(d.find(vm, x, 0, usize::MAX)?.is_some())
}

fn deque_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        crate::objects::callables::native::native::<Deque>(a),
        crate::objects::callables::native::native::<Deque>(b),
    ) else {
        return Ok(seq::not_implemented());
    };
    seq::seq_richcompare(vm, x, y, op, true)
}

/// An empty deque of `v`'s type and `maxlen`, for `d + e` and `d * n` (a subclass's through
/// `copy`, as CPython makes them).
fn empty_like(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this::<Deque>(v);
    if v.class().ptr_eq(&Types::get().deque) {
        return Ok(new_deque(VecDeque::new(), d.maxlen.get()));
    }
    let out = copy_of(vm, v)?;
    this::<Deque>(&out).empty();
    Ok(out)
}

fn deque_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use crate::objects::callables::native::native;
    match op {
        BinOp::Add => match (native::<Deque>(a), native::<Deque>(b)) {
            (Some(x), Some(_)) => {
                let out = empty_like(vm, a)?;
                let nd = this::<Deque>(&out);
                let mut dropped = Vec::new();
                for item in x.snapshot().into_iter().chain(this::<Deque>(b).snapshot()) {
                    dropped.extend(nd.push(item, false));
                }
                Ok(out)
            }
            (Some(_), None) => Err(exc!(
                type_error,
                "can only concatenate deque (not \"{}\") to deque",
                b.type_name()
            )),
            _ => Ok(seq::not_implemented()),
        },
        BinOp::Mult => {
            let (x, d, n) = match (native::<Deque>(a), native::<Deque>(b)) {
                (Some(x), _) => (x, a, b),
                (None, Some(x)) => (x, b, a),
                _ => return Ok(seq::not_implemented()),
            };
            let Some(count) = seq::repeat_count(n)? else {
                return sequence_repeat_error(n);
            };
            let out = empty_like(vm, d)?;
            repeat_into(this::<Deque>(&out), &x.snapshot(), count)?;
            Ok(out)
        }
        _ => Ok(seq::not_implemented()),
    }
}

/// Appends `items` `count` times to `d`. With a `maxlen` only the last `maxlen` items can
/// survive, so only whole copies enough to cover them are made.
fn repeat_into(d: &Deque, items: &[Value], count: usize) -> PyResult<()> {
    if items.is_empty() {
        return Ok(());
    }
    let count = match d.maxlen.get() {
        Some(m) => count.min(m.div_ceil(items.len())),
        None => count,
    };
    let all = seq::repeat(items, count)?;
    let mut dropped = Vec::new();
    for item in all {
        dropped.extend(d.push(item, false));
    }
    Ok(())
}

fn deque_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let d = this::<Deque>(a);
    match op {
        BinOp::Add => {
            d.extend(vm, b, false)?;
            Ok(a.clone())
        }
        BinOp::Mult => {
            let Some(count) = seq::repeat_count(b)? else {
                return sequence_repeat_error(b);
            };
            let items = d.snapshot();
            d.touch();
            let old = std::mem::take(&mut *d.items.borrow_mut());
            drop(old);
            repeat_into(d, &items, count)?;
            Ok(a.clone())
        }
        _ => Ok(seq::not_implemented()),
    }
}

fn deque_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_iter(v, false))
}

pub const DEQUE_SLOTS: TypeSlots = TypeSlots {
    new: Some(deque_new),
    repr: Some(deque_repr),
    hash: None,
    richcompare: Some(deque_richcompare),
    binary: Some(deque_binary),
    inplace: Some(deque_inplace),
    len: Some(deque_len),
    bool: Some(deque_bool),
    iter: Some(deque_iter),
    getitem: Some(deque_getitem),
    setitem: Some(deque_setitem),
    delitem: Some(deque_delitem),
    contains: Some(deque_contains),
    ..PLAIN_SLOTS
};

pub const DEQUE_SPEC: TypeSpec = TypeSpec {
    slots: DEQUE_SLOTS,
    methods: DEQUE_METHODS,
    getsets: &[crate::getset!("maxlen", maxlen)],
};

// ---------------------------------------------------------------------------------------
// Methods

fn deque<'a>(args: &Args<'a>) -> &'a Deque {
    receiver::<Deque>(args)
}

/// The arguments of `index` and `insert`, which CPython counts as `PyArg_ParseTuple` does
/// but whose keyword error names the type ("deque.insert() takes no keyword arguments").
fn fastcall_tuple<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args.no_kwargs(&format!("deque.{name}"))?;
    let p = args.params();
    if p.len() < min || p.len() > max {
        return Err(sig::takes_count_error(name, min, max, p.len()));
    }
    Ok(p)
}

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, v) = (deque(&args), &args.params()[0]);
    drop(d.push(v.clone(), false));
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, v) = (deque(&args), &args.params()[0]);
    drop(d.push(v.clone(), true));
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque(&args).pop(false)
}

fn popleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque(&args).pop(true)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, v) = (deque(&args), &args.params()[0]);
    d.extend(vm, v, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, v) = (deque(&args), &args.params()[0]);
    d.extend(vm, v, true)?;
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    deque(&args).empty();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    copy_of(vm, args.receiver())
}

fn rotate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, pos) = (deque(&args), args.params());
    let n = match pos.first() {
        Some(v) => index_arg(v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque(&args);
    d.touch();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, x) = (deque(&args), &args.params()[0]);
    let state = d.state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let equal = rich_eq(vm, &item, x)?;
        if d.state.get() != state {
            return Err(mutated());
        }
        n += equal as i64;
        i += 1;
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = deque(&args);
    let p = fastcall_tuple(&args, "index", 1, 3)?;
    let (x, start, stop) = seq::index_args(vm, p, "index", d.len())?;
    match d.find(vm, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(x)?;
            Err(exc!(value_error, "{} is not in deque", r))
        }
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, x) = (deque(&args), &args.params()[0]);
    match d.find(vm, x, 0, usize::MAX)? {
        Some(i) => {
            d.touch();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr_string(x)?;
            Err(exc!(value_error, "{} is not in deque", r))
        }
    }
}

fn insert(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, pos) = (deque(&args), fastcall_tuple(&args, "insert", 2, 2)?);
    let i = index_arg(&pos[0])?;
    if d.maxlen.get().is_some_and(|m| d.len() >= m) {
        return Err(exc!(index_error, "deque already at its maximum size"));
    }
    let at = seq::clamp_search_bound(i, d.len());
    d.touch();
    d.items.borrow_mut().insert(at, pos[1].clone());
    Ok(Value::None)
}

fn reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_iter(args.receiver(), true))
}

pub const DEQUE_METHODS: &[MethodDef] = &[
    method!("__init__", deque_init, WrapperAny),
    method!("append", append, One),
    method!("appendleft", appendleft, One),
    method!("pop", pop, NoArgs),
    method!("popleft", popleft, NoArgs),
    method!("extend", extend, One),
    method!("extendleft", extendleft, One),
    method!("clear", clear, NoArgs),
    method!("copy", copy, NoArgs),
    method!("__copy__", copy, NoArgs),
    method!("rotate", rotate, Pos(0, 1)),
    method!("reverse", reverse, NoArgs),
    method!("count", count, One),
    method!("index", index),
    method!("remove", remove, One),
    method!("insert", insert),
    method!("__reversed__", reversed, NoArgs),
];

/// `d.maxlen`: a read-only getset (so a subclass instance's dict cannot shadow it).
fn maxlen(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this::<Deque>(v);
    Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}

// ---------------------------------------------------------------------------------------
// Iterators

pub struct DequeIter {
    deque: Value,
    /// Items already produced (counted from the iteration's own end).
    done: Cell<usize>,
    /// The deque's length and state when iteration began.
    len: usize,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }
}

impl NativeIter for DequeIter {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let d = this::<Deque>(&self.deque);
        if d.state.get() != self.state || d.len() != self.len {
            return Err(mutated());
        }
        let k = self.done.get();
        if k >= self.len {
            return Ok(None);
        }
        self.done.set(k + 1);
        let i = if self.reverse { self.len - 1 - k } else { k };
        Ok(d.get(i))
    }
}

fn new_iter(v: &Value, reverse: bool) -> Value {
    let d = this::<Deque>(v);
    let t = Types::get();
    let cls = if reverse { &t.reverse_iter } else { &t.iter };
    new_native(
        cls,
        DequeIter {
            deque: v.clone(),
            done: Cell::new(0),
            len: d.len(),
            state: d.state.get(),
            reverse,
        },
    )
}

fn iter_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = receiver::<DequeIter>(&args);
    Ok(Value::Int((it.len - it.done.get().min(it.len)) as i64))
}

/// The spec of both deque iterator types.
pub const ITER_SPEC: TypeSpec = TypeSpec {
    slots: iter_slots::<DequeIter>(),
    methods: &[method!("__length_hint__", iter_len, NoArgs)],
    getsets: &[],
};
