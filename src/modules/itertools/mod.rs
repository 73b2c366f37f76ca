//! The `itertools` module: lazy native iterators following CPython's `itertoolsmodule.c`
//! step for step (the same calls to `next`, key functions and comparisons, in the same
//! order), with its argument errors and reprs (`count(5)`, `repeat(1, 3)`).
//!
//! Every iterator is a native object (`objects::callables::native`) whose state struct implements
//! `NativeIter`. State that changes lives in `Cell`s/`RefCell`s; a reference needed for a
//! call into Python (an inner iterator, a function) is cloned out first, so no borrow is held
//! while Python code runs. The infinite and filtering iterators are here; the combinatoric
//! ones are in `combinatoric`, `groupby` and `tee` in `grouping`.

mod combinatoric;
mod grouping;

use std::cell::{Cell, RefCell};

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::native::{
    self, iter_slots, new_native, repr_slot, NativeData, NativeIter, NativeRepr,
};
use crate::objects::classes::typeobj::{short_type_name, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::seq::index_arg;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::float::as_f64;
use crate::objects::numbers::int::as_int;
use crate::objects::strings::str::intern;
use crate::objects::{PyRef, Value};
use crate::operators::BinOp;
use crate::vm::params::{self, Clinic};
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "itertools" {
    count = "count", TypeSpec::slots(COUNT_SLOTS);
    cycle = "cycle", TypeSpec::slots(CYCLE_SLOTS);
    repeat = "repeat", TypeSpec { slots: REPEAT_SLOTS, methods: REPEAT_METHODS, getsets: &[] };
    chain = "chain", TypeSpec { slots: CHAIN_SLOTS, methods: CHAIN_METHODS, getsets: &[] };
    islice = "islice", TypeSpec::slots(ISLICE_SLOTS);
    starmap = "starmap", TypeSpec::slots(STARMAP_SLOTS);
    takewhile = "takewhile", TypeSpec::slots(TAKEWHILE_SLOTS);
    dropwhile = "dropwhile", TypeSpec::slots(DROPWHILE_SLOTS);
    filterfalse = "filterfalse", TypeSpec::slots(FILTERFALSE_SLOTS);
    compress = "compress", TypeSpec::slots(COMPRESS_SLOTS);
    accumulate = "accumulate", TypeSpec::slots(ACCUMULATE_SLOTS);
    pairwise = "pairwise", TypeSpec::slots(PAIRWISE_SLOTS);
    zip_longest = "zip_longest", TypeSpec::slots(ZIP_LONGEST_SLOTS);
    product = "product", TypeSpec::slots(combinatoric::PRODUCT_SLOTS);
    permutations = "permutations", TypeSpec::slots(combinatoric::PERMUTATIONS_SLOTS);
    combinations = "combinations", TypeSpec::slots(combinatoric::COMBINATIONS_SLOTS);
    combinations_with_replacement = "combinations_with_replacement",
        TypeSpec::slots(combinatoric::CWR_SLOTS);
    groupby = "groupby", TypeSpec::slots(grouping::GROUPBY_SLOTS);
    grouper = "_grouper", TypeSpec::slots(grouping::GROUPER_SLOTS);
    tee = "_tee", TypeSpec {
        slots: grouping::TEE_SLOTS,
        methods: grouping::TEE_METHODS,
        getsets: &[],
    };
    tee_data = "_tee_dataobject", TypeSpec::slots(grouping::TEE_DATA_SLOTS);
} }

/// Replaces the value in `cell`, dropping the old one after the borrow ends (a drop may run
/// a `__del__`).
fn set_cell(cell: &RefCell<Value>, v: Value) {
    let old = cell.replace(v);
    drop(old);
}

/// Same, for an optional value.
fn set_opt(cell: &RefCell<Option<Value>>, v: Option<Value>) {
    let old = cell.replace(v);
    drop(old);
}

/// A clone of the optional value in `cell`.
fn get_opt(cell: &RefCell<Option<Value>>) -> Option<Value> {
    cell.borrow().clone()
}

fn call1(vm: &mut Vm, f: &Value, x: &Value) -> PyResult<Value> {
    vm.call(f, Args::positional(std::slice::from_ref(x)))
}

// ---------------------------------------------------------------------------------------
// count, cycle, repeat

struct Count {
    cnt: RefCell<Value>,
    step: Value,
}

impl NativeData for Count {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cnt.borrow());
        visit(&self.step);
    }
}

impl NativeIter for Count {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let cnt = self.cnt.borrow().clone();
        let next = vm.binary_op(BinOp::Add, &cnt, &self.step, false)?;
        set_cell(&self.cnt, next);
        Ok(Some(cnt))
    }
}

impl NativeRepr for Count {
    fn repr(&self, vm: &mut Vm, cls: &PyRef) -> PyResult<String> {
        let name = short_type_name(cls);
        let cnt = self.cnt.borrow().clone();
        let c = vm.repr_string(&cnt)?;
        let step_is_one = as_int(&self.step).and_then(|i| i.to_i64()) == Some(1);
        if step_is_one {
            return Ok(format!("{name}({c})"));
        }
        let s = vm.repr_string(&self.step)?;
        Ok(format!("{name}({c}, {s})"))
    }
}

const COUNT: Clinic = Clinic {
    fname: "count",
    names: &["start", "step"],
    posonly: 0,
    minpos: 0,
    maxpos: 2,
};

fn count_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [start, step] = COUNT.bind(&args)?;
    let start = start.cloned().unwrap_or(Value::Int(0));
    let step = step.cloned().unwrap_or(Value::Int(1));
    for v in [&start, &step] {
        if !matches!(as_f64(v), Ok(Some(_)) | Err(_)) {
            return Err(exc!(type_error, "a number is required"));
        }
    }
    Ok(new_native(
        cls,
        Count {
            cnt: RefCell::new(start),
            step,
        },
    ))
}

const COUNT_SLOTS: TypeSlots = TypeSlots {
    new: Some(count_new),
    repr: Some(repr_slot::<Count>),
    ..iter_slots::<Count>()
};

struct Cycle {
    /// The source, until exhausted.
    it: RefCell<Option<Value>>,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

impl NativeData for Cycle {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.borrow().iter().for_each(&mut *visit);
        self.saved.borrow().iter().for_each(visit);
    }
}

impl NativeIter for Cycle {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(it) = get_opt(&self.it) {
            if let Some(item) = vm.next(&it)? {
                self.saved.borrow_mut().push(item.clone());
                return Ok(Some(item));
            }
            set_opt(&self.it, None);
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.index.get();
        self.index.set(if i + 1 >= saved.len() { 0 } else { i + 1 });
        Ok(Some(saved[i].clone()))
    }
}

fn cycle_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let p = params::positional(&args, "cycle", 1, 1)?;
    let it = vm.iter(&p[0])?;
    Ok(new_native(
        cls,
        Cycle {
            it: RefCell::new(Some(it)),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
        },
    ))
}

const CYCLE_SLOTS: TypeSlots = TypeSlots {
    new: Some(cycle_new),
    ..iter_slots::<Cycle>()
};

struct Repeat {
    element: Value,
    /// Repetitions left; `None` repeats forever.
    left: Option<Cell<i64>>,
}

impl NativeData for Repeat {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.element);
    }
}

impl NativeIter for Repeat {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(left) = &self.left {
            if left.get() == 0 {
                return Ok(None);
            }
            left.set(left.get() - 1);
        }
        Ok(Some(self.element.clone()))
    }
}

impl NativeRepr for Repeat {
    fn repr(&self, vm: &mut Vm, cls: &PyRef) -> PyResult<String> {
        let name = short_type_name(cls);
        let e = vm.repr_string(&self.element)?;
        Ok(match &self.left {
            Some(n) => format!("{name}({e}, {})", n.get()),
            None => format!("{name}({e})"),
        })
    }
}

const REPEAT: Clinic = Clinic {
    fname: "repeat",
    names: &["object", "times"],
    posonly: 0,
    minpos: 1,
    maxpos: 2,
};

fn repeat_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [element, times] = REPEAT.bind(&args)?;
    let left = match times {
        Some(t) => Some(Cell::new(index_arg(t)?.max(0))),
        None => None,
    };
    Ok(new_native(
        cls,
        Repeat {
            element: element.expect("required").clone(),
            left,
        },
    ))
}

/// `repeat(x, n).__length_hint__()`: the repetitions left (so `list(repeat(0, 10**12))` is
/// a MemoryError at once, as in CPython); an endless repeat has no length.
fn repeat_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = native::receiver::<Repeat>(&args);
    match &r.left {
        Some(n) => Ok(Value::Int(n.get())),
        None => Err(crate::exc!(type_error, "len() of unsized object")),
    }
}

const REPEAT_METHODS: &[MethodDef] = &[method!("__length_hint__", repeat_length_hint, NoArgs)];

const REPEAT_SLOTS: TypeSlots = TypeSlots {
    new: Some(repeat_new),
    repr: Some(repr_slot::<Repeat>),
    ..iter_slots::<Repeat>()
};

// ---------------------------------------------------------------------------------------
// chain, islice

struct Chain {
    /// The iterator over the iterables, until exhausted.
    source: RefCell<Option<Value>>,
    /// The iterator being drained.
    active: RefCell<Option<Value>>,
}

impl NativeData for Chain {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.source.borrow().iter().for_each(&mut *visit);
        self.active.borrow().iter().for_each(visit);
    }
}

impl NativeIter for Chain {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(source) = get_opt(&self.source) {
            let active = match get_opt(&self.active) {
                Some(a) => a,
                None => {
                    let Some(iterable) = vm.next(&source)? else {
                        set_opt(&self.source, None);
                        return Ok(None);
                    };
                    match vm.iter(&iterable) {
                        Ok(a) => {
                            set_opt(&self.active, Some(a.clone()));
                            a
                        }
                        Err(e) => {
                            set_opt(&self.source, None);
                            return Err(e);
                        }
                    }
                }
            };
            if let Some(item) = vm.next(&active)? {
                return Ok(Some(item));
            }
            set_opt(&self.active, None);
        }
        Ok(None)
    }
}

fn new_chain(cls: &PyRef, source: Value) -> Value {
    new_native(
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    )
}

fn chain_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    params::no_kwargs(&args, "chain")?;
    let source = vm.iter(&tuple_value(args.pos().to_vec()))?;
    Ok(new_chain(cls, source))
}

/// `chain.from_iterable(iterables)` (looked up on the class, it is called without `cls`).
fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // (a subclass's `from_iterable` makes an instance of it, without calling `__init__`)
    let cls = match &args.values[0] {
        Value::Obj(c) if c.is::<crate::objects::classes::typeobj::TypeObject>() => c.clone(),
        _ => Types::get().chain.clone(),
    };
    let iterable = &args.values[1];
    let source = vm.iter(iterable)?;
    Ok(new_chain(&cls, source))
}

const CHAIN_SLOTS: TypeSlots = TypeSlots {
    new: Some(chain_new),
    ..iter_slots::<Chain>()
};

const CHAIN_METHODS: &[MethodDef] = &[crate::class_method!(
    "from_iterable",
    chain_from_iterable,
    One
)];

struct Islice {
    it: RefCell<Option<Value>>,
    /// Items consumed from `it` so far, and the index of the next one to yield.
    cnt: Cell<i64>,
    next: Cell<i64>,
    /// -1 for no limit.
    stop: i64,
    step: i64,
}

impl NativeData for Islice {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.borrow().iter().for_each(visit);
    }
}

impl NativeIter for Islice {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = get_opt(&self.it) else {
            return Ok(None);
        };
        let item = loop {
            if self.cnt.get() < self.next.get() {
                if vm.next(&it)?.is_none() {
                    break None;
                }
                self.cnt.set(self.cnt.get() + 1);
                continue;
            }
            if self.stop != -1 && self.cnt.get() >= self.stop {
                break None;
            }
            break vm.next(&it)?;
        };
        let Some(item) = item else {
            set_opt(&self.it, None);
            return Ok(None);
        };
        self.cnt.set(self.cnt.get() + 1);
        let old = self.next.get();
        let mut next = old.wrapping_add(self.step);
        if next < old || (self.stop != -1 && next > self.stop) {
            next = self.stop;
        }
        self.next.set(next);
        Ok(Some(item))
    }
}

/// An islice stop: `None` (as -1) or an int other than -1 (more negative ones are caught
/// as bad indices later); `Err(())` otherwise.
fn islice_bound(v: &Value) -> Result<i64, ()> {
    match v {
        Value::None => Ok(-1),
        v => match index_arg(v) {
            Ok(-1) | Err(_) => Err(()),
            Ok(i) => Ok(i),
        },
    }
}

fn islice_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let p = params::positional(&args, "islice", 2, 4)?;
    let stop_error = || {
        exc!(
            value_error,
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    };
    let (start, stop) = if p.len() == 2 {
        (0, islice_bound(&p[1]).map_err(|_| stop_error())?)
    } else {
        let start = match &p[1] {
            Value::None => 0,
            v => index_arg(v).unwrap_or(-1),
        };
        (start, islice_bound(&p[2]).map_err(|_| stop_error())?)
    };
    if start < 0 || stop < -1 {
        return Err(exc!(
            value_error,
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        ));
    }
    let step = match p.get(3) {
        None | Some(Value::None) => 1,
        Some(v) => index_arg(v).unwrap_or(-1),
    };
    if step < 1 {
        return Err(exc!(
            value_error,
            "Step for islice() must be a positive integer or None."
        ));
    }
    let it = vm.iter(&p[0])?;
    Ok(new_native(
        cls,
        Islice {
            it: RefCell::new(Some(it)),
            cnt: Cell::new(0),
            next: Cell::new(start),
            stop,
            step,
        },
    ))
}

const ISLICE_SLOTS: TypeSlots = TypeSlots {
    new: Some(islice_new),
    ..iter_slots::<Islice>()
};

// ---------------------------------------------------------------------------------------
// Function-and-iterable iterators: starmap, takewhile, dropwhile, filterfalse

/// What a function-and-iterable iterator does with each item.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FuncIterKind {
    Starmap,
    Takewhile,
    Dropwhile,
    Filterfalse,
}

struct FuncIter {
    kind: FuncIterKind,
    func: Value,
    it: Value,
    /// takewhile: the predicate failed; dropwhile: it has (stop dropping).
    done: Cell<bool>,
}

impl NativeData for FuncIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it);
    }
}

impl NativeIter for FuncIter {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        use FuncIterKind::*;
        if self.kind == Takewhile && self.done.get() {
            return Ok(None);
        }
        loop {
            let Some(item) = vm.next(&self.it)? else {
                return Ok(None);
            };
            match self.kind {
                Starmap => {
                    // `tuple(item)` unless exactly a tuple (a subclass may override
                    // `__iter__`).
                    let args = crate::objects::containers::seq::collect_fast(vm, &item)?;
                    return vm.call(&self.func, Args::positional(&args)).map(Some);
                }
                Takewhile => {
                    let ok = call1(vm, &self.func, &item)?;
                    if vm.truthy(&ok)? {
                        return Ok(Some(item));
                    }
                    self.done.set(true);
                    return Ok(None);
                }
                Dropwhile => {
                    if self.done.get() {
                        return Ok(Some(item));
                    }
                    let ok = call1(vm, &self.func, &item)?;
                    if !vm.truthy(&ok)? {
                        self.done.set(true);
                        return Ok(Some(item));
                    }
                }
                Filterfalse => {
                    let keep = if self.func.is_none()
                        || matches!(&self.func, Value::Obj(o) if o.ptr_eq(&crate::objects::types().bool))
                    {
                        !vm.truthy(&item)?
                    } else {
                        let r = call1(vm, &self.func, &item)?;
                        !vm.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(item));
                    }
                }
            }
        }
    }
}

fn func_iter_new(
    vm: &mut Vm,
    cls: &PyRef,
    args: Args,
    kind: FuncIterKind,
    name: &str,
) -> PyResult<Value> {
    let p = params::positional(&args, name, 2, 2)?;
    let it = vm.iter(&p[1])?;
    Ok(new_native(
        cls,
        FuncIter {
            kind,
            func: p[0].clone(),
            it,
            done: Cell::new(false),
        },
    ))
}

macro_rules! func_iter_types {
    ($($slots:ident, $new:ident => $kind:ident, $name:literal;)*) => {
        $(
            fn $new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
                func_iter_new(vm, cls, args, FuncIterKind::$kind, $name)
            }
            const $slots: TypeSlots = TypeSlots { new: Some($new), ..iter_slots::<FuncIter>() };
        )*
    };
}

func_iter_types! {
    STARMAP_SLOTS, starmap_new => Starmap, "starmap";
    TAKEWHILE_SLOTS, takewhile_new => Takewhile, "takewhile";
    DROPWHILE_SLOTS, dropwhile_new => Dropwhile, "dropwhile";
    FILTERFALSE_SLOTS, filterfalse_new => Filterfalse, "filterfalse";
}

// ---------------------------------------------------------------------------------------
// compress, accumulate, pairwise, zip_longest

struct Compress {
    data: Value,
    selectors: Value,
}

impl NativeData for Compress {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.data);
        visit(&self.selectors);
    }
}

impl NativeIter for Compress {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(datum) = vm.next(&self.data)? else {
                return Ok(None);
            };
            let Some(selector) = vm.next(&self.selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&selector)? {
                return Ok(Some(datum));
            }
        }
    }
}

const COMPRESS: Clinic = Clinic {
    fname: "compress",
    names: &["data", "selectors"],
    posonly: 0,
    minpos: 2,
    maxpos: 2,
};

fn compress_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [data, selectors] = COMPRESS.bind(&args)?;
    let data = vm.iter(data.expect("required"))?;
    let selectors = vm.iter(selectors.expect("required"))?;
    Ok(new_native(cls, Compress { data, selectors }))
}

const COMPRESS_SLOTS: TypeSlots = TypeSlots {
    new: Some(compress_new),
    ..iter_slots::<Compress>()
};

struct Accumulate {
    it: Value,
    func: Value,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

impl NativeData for Accumulate {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        visit(&self.func);
        self.total.borrow().iter().for_each(&mut *visit);
        self.initial.borrow().iter().for_each(visit);
    }
}

impl NativeIter for Accumulate {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(initial) = self.initial.take() {
            set_opt(&self.total, Some(initial.clone()));
            return Ok(Some(initial));
        }
        let Some(val) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let Some(total) = get_opt(&self.total) else {
            set_opt(&self.total, Some(val.clone()));
            return Ok(Some(val));
        };
        let new = if self.func.is_none() {
            vm.binary_op(BinOp::Add, &total, &val, false)?
        } else {
            vm.call(&self.func, Args::positional(&[total, val]))?
        };
        set_opt(&self.total, Some(new.clone()));
        Ok(Some(new))
    }
}

const ACCUMULATE: Clinic = Clinic {
    fname: "accumulate",
    names: &["iterable", "func", "initial"],
    posonly: 0,
    minpos: 1,
    maxpos: 2,
};

fn accumulate_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [iterable, func, initial] = ACCUMULATE.bind(&args)?;
    let it = vm.iter(iterable.expect("required"))?;
    Ok(new_native(
        cls,
        Accumulate {
            it,
            func: func.cloned().unwrap_or(Value::None),
            total: RefCell::new(None),
            initial: RefCell::new(initial.filter(|v| !v.is_none()).cloned()),
        },
    ))
}

const ACCUMULATE_SLOTS: TypeSlots = TypeSlots {
    new: Some(accumulate_new),
    ..iter_slots::<Accumulate>()
};

struct Pairwise {
    it: RefCell<Option<Value>>,
    old: RefCell<Option<Value>>,
}

impl NativeData for Pairwise {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.borrow().iter().for_each(&mut *visit);
        self.old.borrow().iter().for_each(visit);
    }
}

impl NativeIter for Pairwise {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = get_opt(&self.it) else {
            return Ok(None);
        };
        let old = match get_opt(&self.old) {
            Some(old) => old,
            None => {
                let old = vm.next(&it)?;
                set_opt(&self.old, old.clone());
                match old {
                    Some(old) => old,
                    None => {
                        set_opt(&self.it, None);
                        return Ok(None);
                    }
                }
            }
        };
        let Some(new) = vm.next(&it)? else {
            set_opt(&self.it, None);
            set_opt(&self.old, None);
            return Ok(None);
        };
        set_opt(&self.old, Some(new.clone()));
        Ok(Some(tuple_value(vec![old, new])))
    }
}

fn pairwise_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let p = params::positional(&args, "pairwise", 1, 1)?;
    let it = vm.iter(&p[0])?;
    Ok(new_native(
        cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

const PAIRWISE_SLOTS: TypeSlots = TypeSlots {
    new: Some(pairwise_new),
    ..iter_slots::<Pairwise>()
};

struct ZipLongest {
    /// The iterators; an exhausted one is `None` (then yields the fill value).
    iters: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

impl NativeData for ZipLongest {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.iters.borrow().iter().flatten().for_each(&mut *visit);
        visit(&self.fill);
    }
}

impl NativeIter for ZipLongest {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.iters.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let it = self.iters.borrow().get(i).cloned().flatten();
            let item = match it {
                None => self.fill.clone(),
                Some(it) => match vm.next(&it) {
                    Ok(Some(v)) => v,
                    Ok(None) => {
                        self.active.set(self.active.get() - 1);
                        if self.active.get() == 0 {
                            return Ok(None);
                        }
                        let old = self.iters.borrow_mut().get_mut(i).and_then(Option::take);
                        drop(old);
                        self.fill.clone()
                    }
                    Err(e) => {
                        self.active.set(0);
                        return Err(e);
                    }
                },
            };
            items.push(item);
        }
        Ok(Some(tuple_value(items)))
    }
}

fn zip_longest_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in args.kwargs() {
        if k != "fillvalue" {
            return Err(exc!(
                type_error,
                "zip_longest() got an unexpected keyword argument"
            ));
        }
        fill = v.clone();
    }
    let mut iters = Vec::with_capacity(args.pos().len());
    for v in args.pos() {
        iters.push(Some(vm.iter(v)?));
    }
    Ok(new_native(
        cls,
        ZipLongest {
            active: Cell::new(iters.len()),
            iters: RefCell::new(iters),
            fill,
        },
    ))
}

const ZIP_LONGEST_SLOTS: TypeSlots = TypeSlots {
    new: Some(zip_longest_new),
    ..iter_slots::<ZipLongest>()
};

/// The `itertools` module: its types, and `tee`.
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("itertools", &[method!("tee", grouping::tee, Pos(1, 2))]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = Types::get();
    let public = [
        ("count", &t.count),
        ("cycle", &t.cycle),
        ("repeat", &t.repeat),
        ("chain", &t.chain),
        ("islice", &t.islice),
        ("starmap", &t.starmap),
        ("takewhile", &t.takewhile),
        ("dropwhile", &t.dropwhile),
        ("filterfalse", &t.filterfalse),
        ("compress", &t.compress),
        ("accumulate", &t.accumulate),
        ("pairwise", &t.pairwise),
        ("zip_longest", &t.zip_longest),
        ("product", &t.product),
        ("permutations", &t.permutations),
        ("combinations", &t.combinations),
        (
            "combinations_with_replacement",
            &t.combinations_with_replacement,
        ),
        ("groupby", &t.groupby),
        ("_grouper", &t.grouper),
        ("_tee", &t.tee),
        ("_tee_dataobject", &t.tee_data),
    ];
    for (name, ty) in public {
        d.set_str(intern(name), Value::Obj(ty.clone()));
    }
    Ok(module)
}
