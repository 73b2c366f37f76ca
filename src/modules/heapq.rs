//! The `heapq` module: CPython's C heap primitives (`_heapqmodule.c`: the same sifts, so a
//! list's layout after each operation is CPython's, and RuntimeError "list changed size
//! during iteration" when a comparison resizes the heap), plus `nlargest`, `nsmallest` and
//! `merge` ported from `heapq.py`.
//!
//! Items are compared with `<` through the VM. Each comparison works on clones taken out of
//! the list, so the list is never borrowed while an `__lt__` runs.

use std::cell::{Cell, RefCell};

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::native::{iter_slots, new_native, NativeData, NativeIter};
use crate::objects::classes::typeobj::{TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::{sort_list, ListObj};
use crate::objects::containers::seq::{compare_bool, rich_eq, IntLike};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{PyRef, Value};
use crate::operators::CompareKind;
use crate::vm::params::PyDef;
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "heapq" {
    merge = "merge", TypeSpec::slots(MERGE_SLOTS);
} }

/// The list argument of a heap function: TypeError "heappush() argument 1 must be list,
/// not int" (`position` is "" for one-argument functions).
fn heap_arg<'a>(v: &'a Value, fname: &str, position: &str) -> PyResult<&'a ListObj> {
    v.downcast::<ListObj>().ok_or_else(|| {
        exc!(
            type_error,
            "{}() argument{} must be list, not {}",
            fname,
            position,
            v.type_name()
        )
    })
}

/// `a < b`, or `b < a` for a max-heap.
fn less(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let (x, y) = if max { (b, a) } else { (a, b) };
    compare_bool(vm, x, y, CompareKind::Lt)
}

fn changed_size() -> crate::vm::PyErr {
    exc!(runtime_error, "list changed size during iteration")
}

fn out_of_range() -> crate::vm::PyErr {
    exc!(index_error, "list index out of range")
}

/// Moves the item at `pos` up toward `start` while it is less than its parent.
fn siftdown(vm: &mut Vm, heap: &ListObj, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = heap.len();
    if pos >= size {
        return Err(out_of_range());
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (item, parent) = (heap.get(pos), heap.get(parentpos));
        let (Some(item), Some(parent)) = (item, parent) else {
            return Err(changed_size());
        };
        let lt = less(vm, &item, &parent, max)?;
        if size != heap.len() {
            return Err(changed_size());
        }
        if !lt {
            break;
        }
        heap.items.borrow_mut().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up until `pos` is a leaf, then sifts the item there down.
fn siftup(vm: &mut Vm, heap: &ListObj, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    if pos >= end {
        return Err(out_of_range());
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (Some(a), Some(b)) = (heap.get(child), heap.get(child + 1)) else {
                return Err(changed_size());
            };
            if !less(vm, &a, &b, max)? {
                child += 1;
            }
            if end != heap.len() {
                return Err(changed_size());
            }
        }
        heap.items.borrow_mut().swap(child, pos);
        pos = child;
    }
    siftdown(vm, heap, start, pos, max)
}

/// `heapify`, in CPython's cache-friendly order for big heaps (same comparisons, same
/// result as the simple reverse order).
fn heapify_list(vm: &mut Vm, heap: &ListObj, max: bool) -> PyResult<()> {
    let n = heap.len();
    if n <= 2500 {
        for i in (0..n / 2).rev() {
            siftup(vm, heap, i, max)?;
        }
        return Ok(());
    }
    let m = n >> 1;
    // The leftmost node in the row of m: the top bit of m + 1, minus one.
    let leftmost = (1usize << (usize::BITS - 1 - (m + 1).leading_zeros())) - 1;
    let mhalf = m >> 1;
    for i in (mhalf..leftmost).rev().chain((leftmost..m).rev()) {
        // Sift i, then its parent while i is a right child: children before parents.
        let mut j = i;
        loop {
            siftup(vm, heap, j, max)?;
            if j & 1 == 0 {
                break;
            }
            j >>= 1;
        }
    }
    Ok(())
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let heap = heap_arg(&p[0], "heappush", " 1")?;
    heap.push(p[1].clone());
    siftdown(vm, heap, 0, heap.len() - 1, false)?;
    Ok(Value::None)
}

/// Pops the smallest item (`max`: the largest).
fn pop(vm: &mut Vm, heap: &ListObj, max: bool) -> PyResult<Value> {
    let last = heap
        .items
        .borrow_mut()
        .pop()
        .ok_or_else(|| exc!(index_error, "index out of range"))?;
    if heap.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], last);
    siftup(vm, heap, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = heap_arg(&args.pos()[0], "heappop", "")?;
    pop(vm, heap, false)
}

/// Replaces the top with `item` and restores the heap; returns the old top.
fn replace(vm: &mut Vm, heap: &ListObj, item: Value, max: bool) -> PyResult<Value> {
    let top = {
        let mut items = heap.items.borrow_mut();
        let first = items
            .first_mut()
            .ok_or_else(|| exc!(index_error, "index out of range"))?;
        std::mem::replace(first, item)
    };
    siftup(vm, heap, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let heap = heap_arg(&p[0], "heapreplace", " 1")?;
    replace(vm, heap, p[1].clone(), false)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let heap = heap_arg(&p[0], "heappushpop", " 1")?;
    let Some(top) = heap.get(0) else {
        return Ok(p[1].clone());
    };
    if !compare_bool(vm, &top, &p[1], CompareKind::Lt)? {
        return Ok(p[1].clone());
    }
    replace(vm, heap, p[1].clone(), false)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = heap_arg(&args.pos()[0], "heapify", "")?;
    heapify_list(vm, heap, false)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// nlargest, nsmallest (heapq.py)

/// A builtin function by name (`min`, `sorted`, ...).
fn builtin(vm: &Vm, name: &str) -> PyResult<Value> {
    vm.interp
        .builtins
        .downcast::<DictObj>()
        .and_then(|d| d.get_str(&intern(name)))
        .ok_or_else(|| exc!(runtime_error, "lost builtins.{}", name))
}

/// `f(x, **kw)` for keyword arguments given as pairs.
fn call_kw(vm: &mut Vm, f: &Value, x: Value, kw: &[(&str, Value)]) -> PyResult<Value> {
    let mut values = vec![x];
    let names: Vec<Value> = kw.iter().map(|(k, _)| Value::Obj(new_str(*k))).collect();
    values.extend(kw.iter().map(|(_, v)| v.clone()));
    vm.call(f, Args::new(&values, &names))
}

const NSMALLEST: PyDef = PyDef {
    qualname: "nsmallest",
    params: &["n", "iterable", "key"],
    required: 2,
    kwonly: &[],
    method: false,
};

const NLARGEST: PyDef = PyDef {
    qualname: "nlargest",
    ..NSMALLEST
};

/// `nsmallest` (`largest` false) and `nlargest`, as `heapq.py` computes them: `min`/`max`
/// for one item, `sorted` when `n` covers a sized input, else a bounded heap of decorated
/// `(key, order, item)` tuples.
fn n_extreme(vm: &mut Vm, args: Args, largest: bool) -> PyResult<Value> {
    let [n, iterable, key] = if largest { NLARGEST } else { NSMALLEST }.bind(&args)?;
    let (n, iterable) = (n.expect("required"), iterable.expect("required"));
    let key = key.filter(|k| !k.is_none()).cloned();
    let key_kw = key.clone().unwrap_or(Value::None);
    if rich_eq(vm, n, &Value::Int(1))? {
        let it = vm.iter(iterable)?;
        let sentinel = Value::Obj(ListObj::new_ref(vec![]));
        let f = builtin(vm, if largest { "max" } else { "min" })?;
        let r = call_kw(
            vm,
            &f,
            it,
            &[("default", sentinel.clone()), ("key", key_kw)],
        )?;
        let items = if r.is(&sentinel) { vec![] } else { vec![r] };
        return Ok(Value::Obj(ListObj::new_ref(items)));
    }
    if crate::vm::protocol::slots(iterable).len.is_some() {
        let size = Value::Int(vm.len(iterable)? as i64);
        if compare_bool(vm, n, &size, CompareKind::Ge)? {
            let sorted = builtin(vm, "sorted")?;
            let r = call_kw(
                vm,
                &sorted,
                iterable.clone(),
                &[("key", key_kw), ("reverse", Value::Bool(largest))],
            )?;
            let all = r
                .downcast::<ListObj>()
                .map(ListObj::to_vec)
                .unwrap_or_default();
            let count = crate::objects::containers::seq::index_arg(n)?.max(0) as usize;
            return Ok(Value::Obj(ListObj::new_ref(
                all.into_iter().take(count).collect(),
            )));
        }
    }
    let count = match crate::objects::containers::seq::int_like(n) {
        Some(IntLike::Small(i)) => i,
        Some(IntLike::Big(neg)) => {
            if neg {
                0
            } else {
                i64::MAX
            }
        }
        None => crate::objects::containers::seq::index_arg(n)?,
    };
    // Decorated items: order breaks ties, so equal keys keep their input order.
    let step: i64 = if largest { -1 } else { 1 };
    let decorate = |vm: &mut Vm, elem: Value, order: i64| -> PyResult<Value> {
        Ok(Value::Obj(TupleObj::new_ref(match &key {
            None => vec![elem, Value::Int(order)],
            Some(k) => {
                let kv = vm.call(k, Args::positional(std::slice::from_ref(&elem)))?;
                vec![kv, Value::Int(order), elem]
            }
        })))
    };
    let it = vm.iter(iterable)?;
    let result = ListObj::new_ref(vec![]);
    let heap = result.downcast::<ListObj>().expect("a list");
    let mut i = 0;
    while i < count {
        let Some(elem) = vm.next(&it)? else { break };
        let d = decorate(vm, elem, i * step)?;
        heap.push(d);
        i += 1;
    }
    if heap.is_empty() {
        return Ok(Value::Obj(result));
    }
    // nsmallest keeps a max-heap of the n smallest; nlargest a min-heap of the n largest.
    heapify_list(vm, heap, !largest)?;
    let first = |heap: &ListObj| -> Value {
        heap.get(0)
            .and_then(|t| t.downcast::<TupleObj>().map(|t| t.items[0].clone()))
            .unwrap_or(Value::None)
    };
    let mut top = first(heap);
    let mut order = count.saturating_mul(step);
    while let Some(elem) = vm.next(&it)? {
        let k = match &key {
            None => elem.clone(),
            Some(f) => vm.call(f, Args::positional(std::slice::from_ref(&elem)))?,
        };
        let better = if largest {
            compare_bool(vm, &top, &k, CompareKind::Lt)?
        } else {
            compare_bool(vm, &k, &top, CompareKind::Lt)?
        };
        if better {
            let d = Value::Obj(TupleObj::new_ref(match &key {
                None => vec![elem, Value::Int(order)],
                Some(_) => vec![k, Value::Int(order), elem],
            }));
            replace(vm, heap, d, !largest)?;
            top = first(heap);
            order += step;
        }
    }
    sort_list(vm, &Value::Obj(result.clone()), None, largest)?;
    let last = if key.is_some() { 2 } else { 0 };
    let items = heap
        .to_vec()
        .iter()
        .map(|t| {
            t.downcast::<TupleObj>()
                .map_or(Value::None, |t| t.items[last].clone())
        })
        .collect();
    Ok(Value::Obj(ListObj::new_ref(items)))
}

fn nsmallest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    n_extreme(vm, args, false)
}

fn nlargest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    n_extreme(vm, args, true)
}

// ---------------------------------------------------------------------------------------
// merge

/// One input of `merge`: its current item, that item's key, its order and its iterator.
struct Source {
    key: Value,
    order: i64,
    value: Value,
    it: Value,
}

/// Where a `merge` is.
enum MergeState {
    /// Not started: the iterables.
    Start(Vec<Value>),
    /// Several sources; `pending` once the top's value was yielded and must be replaced.
    Heap {
        heap: Vec<Source>,
        pending: bool,
    },
    /// One source left: its value was yielded; the rest of its iterator follows as is.
    Tail(Value),
    Done,
}

struct Merge {
    state: RefCell<MergeState>,
    key: Value,
    reverse: bool,
    /// Set while a call into Python runs (re-entrant use is refused, like a generator).
    running: Cell<bool>,
}

impl NativeData for Merge {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.key);
        match &*self.state.borrow() {
            MergeState::Start(its) => its.iter().for_each(visit),
            MergeState::Heap { heap, .. } => {
                for s in heap {
                    visit(&s.key);
                    visit(&s.value);
                    visit(&s.it);
                }
            }
            MergeState::Tail(it) => visit(it),
            MergeState::Done => {}
        }
    }
}

impl Merge {
    fn key_of(&self, vm: &mut Vm, value: &Value) -> PyResult<Value> {
        if self.key.is_none() {
            return Ok(value.clone());
        }
        vm.call(&self.key, Args::positional(std::slice::from_ref(value)))
    }

    /// `[key, order, ...] < [key, order, ...]` as lists compare (orders are distinct).
    fn entry_lt(vm: &mut Vm, a: (&Value, i64), b: (&Value, i64)) -> PyResult<bool> {
        if rich_eq(vm, a.0, b.0)? {
            return Ok(a.1 < b.1);
        }
        compare_bool(vm, a.0, b.0, CompareKind::Lt)
    }

    /// CPython's `siftup(heap, start)` on a list of entries (comparing keys, then
    /// orders): the smaller child moves up to a leaf, then the entry sifts back down.
    fn siftup(vm: &mut Vm, heap: &mut [Source], start: usize, max: bool) -> PyResult<()> {
        let lt = |vm: &mut Vm, heap: &[Source], i: usize, j: usize| -> PyResult<bool> {
            let (x, y) = if max { (j, i) } else { (i, j) };
            let (kx, ky) = (heap[x].key.clone(), heap[y].key.clone());
            Merge::entry_lt(vm, (&kx, heap[x].order), (&ky, heap[y].order))
        };
        let end = heap.len();
        let mut pos = start;
        while pos < end >> 1 {
            let mut child = 2 * pos + 1;
            if child + 1 < end && !lt(vm, heap, child, child + 1)? {
                child += 1;
            }
            heap.swap(child, pos);
            pos = child;
        }
        while pos > start {
            let parent = (pos - 1) >> 1;
            if !lt(vm, heap, pos, parent)? {
                break;
            }
            heap.swap(parent, pos);
            pos = parent;
        }
        Ok(())
    }

    fn start(&self, vm: &mut Vm, iterables: Vec<Value>) -> PyResult<Vec<Source>> {
        let direction = if self.reverse { -1 } else { 1 };
        let mut heap = Vec::new();
        for (order, iterable) in iterables.iter().enumerate() {
            let it = vm.iter(iterable)?;
            if let Some(value) = vm.next(&it)? {
                let key = self.key_of(vm, &value)?;
                heap.push(Source {
                    key,
                    order: order as i64 * direction,
                    value,
                    it,
                });
            }
        }
        for i in (0..heap.len() / 2).rev() {
            Merge::siftup(vm, &mut heap, i, self.reverse)?;
        }
        Ok(heap)
    }

    fn step(&self, vm: &mut Vm, state: MergeState) -> PyResult<(MergeState, Option<Value>)> {
        let (mut heap, pending) = match state {
            MergeState::Done => return Ok((MergeState::Done, None)),
            MergeState::Tail(it) => {
                let v = vm.next(&it)?;
                return Ok(match v {
                    Some(v) => (MergeState::Tail(it), Some(v)),
                    None => (MergeState::Done, None),
                });
            }
            MergeState::Start(its) => (self.start(vm, its)?, false),
            MergeState::Heap { heap, pending } => (heap, pending),
        };
        if pending {
            let it = heap[0].it.clone();
            match vm.next(&it)? {
                Some(value) => {
                    heap[0].key = self.key_of(vm, &value)?;
                    heap[0].value = value;
                    Merge::siftup(vm, &mut heap, 0, self.reverse)?;
                }
                None => {
                    let last = heap.pop().expect("not empty");
                    if !heap.is_empty() {
                        heap[0] = last;
                        Merge::siftup(vm, &mut heap, 0, self.reverse)?;
                    }
                }
            }
        }
        match heap.len() {
            0 => Ok((MergeState::Done, None)),
            1 => {
                let s = heap.pop().expect("one");
                Ok((MergeState::Tail(s.it), Some(s.value)))
            }
            _ => {
                let v = heap[0].value.clone();
                Ok((
                    MergeState::Heap {
                        heap,
                        pending: true,
                    },
                    Some(v),
                ))
            }
        }
    }
}

impl NativeIter for Merge {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.running.get() {
            return Err(exc!(value_error, "generator already executing"));
        }
        let state = self.state.replace(MergeState::Done);
        self.running.set(true);
        let r = self.step(vm, state);
        self.running.set(false);
        let (state, v) = r?;
        let old = self.state.replace(state);
        drop(old);
        Ok(v)
    }
}

const MERGE_SLOTS: TypeSlots = iter_slots::<Merge>();

fn merge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut key = Value::None;
    let mut reverse = Value::Bool(false);
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = v.clone(),
            "reverse" => reverse = v.clone(),
            _ => {
                return Err(exc!(
                    type_error,
                    "merge() got an unexpected keyword argument '{}'",
                    k
                ))
            }
        }
    }
    let reverse = vm.truthy(&reverse)?;
    Ok(new_native(
        &Types::get().merge,
        Merge {
            state: RefCell::new(MergeState::Start(args.pos().to_vec())),
            key,
            reverse,
            running: Cell::new(false),
        },
    ))
}

/// The `heapq` module.
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module_in(
        "heapq",
        "_heapq",
        &[
            method!("heappush", heappush, Pos(2, 2)),
            method!("heappop", heappop, One),
            method!("heapreplace", heapreplace, Pos(2, 2)),
            method!("heappushpop", heappushpop, Pos(2, 2)),
            method!("heapify", heapify, One),
            method!("nlargest", nlargest),
            method!("nsmallest", nsmallest),
            method!("merge", merge),
        ],
    );
    Ok(module)
}
