//! The iterator types that wrap other iterables — `enumerate`, `zip`, `map`, `filter`,
//! `reversed` and `iter(callable, sentinel)` — their constructors and their steps. Their
//! state is part of [`IterObj`](super::IterObj) like every builtin iterator's; inner
//! iterators are advanced with [`next_item`] (in place for range, list and tuple ones).

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use smallvec::SmallVec;

use super::super::dict::DictObj;
use super::super::seq::{self, int_like, IntLike};
use super::super::tuple::tuple_value;
use super::{make, new_dict_iter, new_reversed_iter, next_item, DictIterKind, IterKind, SLOTS};
use crate::exc;
use crate::objects::classes::typeobj::TypeSlots;
use crate::objects::core::PyRef;
use crate::objects::{types, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

pub struct Enumerate {
    pub(super) iter: Value,
    count: RefCell<EnumCount>,
}

enum EnumCount {
    Small(i64),
    /// (boxed: keeps every iterator small)
    Big(Box<BigInt>),
}

pub struct Zip {
    pub(super) iters: Box<[Value]>,
    strict: bool,
}

pub struct Map {
    pub(super) func: Value,
    pub(super) iters: Box<[Value]>,
}

pub struct Filter {
    /// `None` (or `bool`) selects truthy items.
    pub(super) func: Value,
    pub(super) iter: Value,
}

pub struct CallableIter {
    pub(super) func: Value,
    pub(super) sentinel: Value,
    done: Cell<bool>,
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iter(func: Value, sentinel: Value) -> Value {
    make(
        &types().callable_iterator,
        IterKind::Callable(CallableIter {
            func,
            sentinel,
            done: Cell::new(false),
        }),
    )
}

impl Enumerate {
    pub(super) fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(item) = next_item(vm, &self.iter)? else {
            return Ok(None);
        };
        let index = {
            let mut c = self.count.borrow_mut();
            match &mut *c {
                EnumCount::Small(i) => {
                    let v = *i;
                    match i.checked_add(1) {
                        Some(n) => *i = n,
                        None => *c = EnumCount::Big(Box::new(BigInt::from(v) + 1)),
                    }
                    Value::Int(v)
                }
                EnumCount::Big(b) => {
                    let v = seq::int_from_big((**b).clone());
                    **b += 1;
                    v
                }
            }
        };
        Ok(Some(tuple_value(vec![index, item])))
    }
}

impl Zip {
    pub(super) fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.iters.is_empty() {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.iters.len());
        for (i, it) in self.iters.iter().enumerate() {
            match next_item(vm, it)? {
                Some(v) => items.push(v),
                None if self.strict => return self.check_lengths(vm, i),
                None => return Ok(None),
            }
        }
        Ok(Some(tuple_value(items)))
    }

    /// `strict=True`: iterator `i` ended; all the others must end at the same time.
    fn check_lengths(&self, vm: &mut Vm, i: usize) -> PyResult<Option<Value>> {
        let plural = |i: usize| if i == 1 { " " } else { "s 1-" };
        if i > 0 {
            return Err(exc!(
                value_error,
                "zip() argument {} is shorter than argument{}{}",
                i + 1,
                plural(i),
                i
            ));
        }
        for (j, it) in self.iters.iter().enumerate().skip(1) {
            if next_item(vm, it)?.is_some() {
                return Err(exc!(
                    value_error,
                    "zip() argument {} is longer than argument{}{}",
                    j + 1,
                    plural(j),
                    j
                ));
            }
        }
        Ok(None)
    }
}

impl Map {
    pub(super) fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut args: SmallVec<[Value; 4]> = SmallVec::with_capacity(self.iters.len());
        for it in self.iters.iter() {
            match next_item(vm, it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        vm.call(&self.func, Args::positional(&args)).map(Some)
    }
}

impl Filter {
    pub(super) fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let plain =
            self.func.is_none() || matches!(&self.func, Value::Obj(o) if o.ptr_eq(&types().bool));
        loop {
            let Some(item) = next_item(vm, &self.iter)? else {
                return Ok(None);
            };
            let keep = if plain {
                vm.truthy(&item)?
            } else {
                let r = vm.call(&self.func, Args::positional(std::slice::from_ref(&item)))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(item));
            }
        }
    }
}

impl CallableIter {
    pub(super) fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let r = match vm.call(&self.func, Args::positional(&[])) {
            Ok(r) => r,
            Err(e) if e.matches(&types().exc.stop_iteration) => {
                self.done.set(true);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if seq::rich_eq(vm, &self.sentinel, &r)? {
            self.done.set(true);
            return Ok(None);
        }
        Ok(Some(r))
    }
}

// `enumerate`, `zip`, `map`, `filter`, `reversed`: types whose instances are iterators.

pub const ENUMERATE_SLOTS: TypeSlots = TypeSlots {
    new: Some(enumerate_new),
    ..SLOTS
};
pub const ZIP_SLOTS: TypeSlots = TypeSlots {
    new: Some(zip_new),
    ..SLOTS
};
pub const MAP_SLOTS: TypeSlots = TypeSlots {
    new: Some(map_new),
    ..SLOTS
};
pub const FILTER_SLOTS: TypeSlots = TypeSlots {
    new: Some(filter_new),
    ..SLOTS
};
pub const REVERSED_SLOTS: TypeSlots = TypeSlots {
    new: Some(reversed_new),
    ..SLOTS
};

fn enumerate_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut iterable = pos.first();
    let mut start = pos.get(1);
    if pos.len() > 2 {
        return Err(exc!(
            type_error,
            "enumerate() takes at most 2 arguments ({} given)",
            args.values.len()
        ));
    }
    for (k, v) in args.kwargs() {
        let slot = match k {
            "iterable" => &mut iterable,
            "start" => &mut start,
            _ => {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for enumerate()",
                    k
                ))
            }
        };
        if slot.is_some() {
            return Err(exc!(
                type_error,
                "argument for enumerate() given by name ('{}') and position ({})",
                k,
                if k == "iterable" { 1 } else { 2 }
            ));
        }
        *slot = Some(v);
    }
    let Some(iterable) = iterable else {
        return Err(exc!(
            type_error,
            "enumerate() missing required argument 'iterable'"
        ));
    };
    let count = match start.map(|v| (v, int_like(v))) {
        None => EnumCount::Small(0),
        Some((_, Some(IntLike::Small(i)))) => EnumCount::Small(i),
        Some((v, Some(IntLike::Big(_)))) => EnumCount::Big(Box::new(
            v.downcast::<crate::objects::numbers::int::IntObj>()
                .expect("a big int")
                .value
                .clone(),
        )),
        Some((v, None)) => {
            return Err(exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))
        }
    };
    let iter = vm.iter(iterable)?;
    Ok(make(
        cls,
        IterKind::Enumerate(Enumerate {
            iter,
            count: RefCell::new(count),
        }),
    ))
}

fn zip_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if k != "strict" {
            return Err(exc!(
                type_error,
                "zip() got an unexpected keyword argument '{}'",
                k
            ));
        }
        strict = vm.truthy(v)?;
    }
    let iters = args
        .pos()
        .iter()
        .map(|v| vm.iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(make(
        cls,
        IterKind::Zip(Zip {
            iters: iters.into_boxed_slice(),
            strict,
        }),
    ))
}

fn map_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if cls.ptr_eq(&types().map) {
        args.no_kwargs("map")?;
    }
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(exc!(type_error, "map() must have at least two arguments."));
    }
    let iters = pos[1..]
        .iter()
        .map(|v| vm.iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(make(
        cls,
        IterKind::Map(Map {
            func: pos[0].clone(),
            iters: iters.into_boxed_slice(),
        }),
    ))
}

fn filter_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if cls.ptr_eq(&types().filter) {
        args.no_kwargs("filter")?;
    }
    args.check_count("filter", 2, 2)?;
    let pos = args.pos();
    let iter = vm.iter(&pos[1])?;
    Ok(make(
        cls,
        IterKind::Filter(Filter {
            func: pos[0].clone(),
            iter,
        }),
    ))
}

fn reversed_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if cls.ptr_eq(&types().reversed) {
        args.no_kwargs("reversed")?;
    }
    if args.pos().len() != 1 {
        return Err(crate::vm::sig::count_error(
            "reversed",
            1,
            1,
            args.pos().len(),
        ));
    }
    reversed_of(vm, cls, &args.pos()[0])
}

/// `reversed(seq)`: the builtin types' own reverse iterators, a `__reversed__` method, or
/// the `__len__`/`__getitem__` protocol (as a `cls` instance).
pub fn reversed_of(vm: &mut Vm, cls: &PyRef, v: &Value) -> PyResult<Value> {
    let t = types();
    if let Value::Obj(o) = v {
        // Exact types only: a subclass's `__reversed__` (maybe its own) is looked up below.
        if let Some(l) = crate::vm::protocol::exact_list(v) {
            return Ok(new_reversed_iter(
                &t.list_reverseiterator,
                v.clone(),
                l.len(),
            ));
        }
        if let Some(r) = o.downcast::<super::super::range::RangeObj>() {
            return Ok(r.reversed_iter());
        }
        if crate::vm::protocol::exact_dict(v).is_some() {
            return Ok(new_dict_iter(o.clone(), DictIterKind::Keys, true));
        }
        if let Some(view) = o.downcast::<super::super::dictview::DictViewObj>() {
            return Ok(new_dict_iter(view.dict.clone(), view.what, true));
        }
        let reversed_name = crate::objects::strings::str::intern("__reversed__");
        if let Some(m) =
            crate::objects::classes::typeobj::TypeObject::lookup(o.class(), &reversed_name)
        {
            if m.is_none() {
                return Err(not_reversible(v));
            }
            return vm.call(&m, Args::positional(std::slice::from_ref(v)));
        }
    }
    let s = crate::objects::classes::typeobj::TypeObject::lookup(
        v.class(),
        crate::interned!("__getitem__"),
    );
    let sequence_like = v.downcast::<DictObj>().is_none()
        && (crate::vm::protocol::slots(v).getitem.is_some() || s.is_some());
    if !sequence_like {
        return Err(not_reversible(v));
    }
    let n = vm.len(v)?;
    Ok(new_reversed_iter(cls, v.clone(), n))
}

fn not_reversible(v: &Value) -> PyErr {
    exc!(type_error, "'{}' object is not reversible", v.type_name())
}
