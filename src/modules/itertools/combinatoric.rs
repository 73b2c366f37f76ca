//! The combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each collects its pool(s) into tuples up front and then
//! steps an index vector exactly as CPython does, so the output order is CPython's. No
//! Python code runs while stepping, so the index vectors can sit in `RefCell`s.

use std::cell::{Cell, RefCell};

use crate::exc;
use crate::objects::callables::native::{iter_slots, new_native, NativeData, NativeIter};
use crate::objects::classes::typeobj::TypeSlots;
use crate::objects::containers::seq::{alloc_vec, index_arg};
use crate::objects::containers::tuple::tuple_value;
use crate::objects::{PyRef, Value};
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

/// `tuple(iterable)` as a vector (CPython's `PySequence_Tuple`: a tuple subclass is
/// iterated, as it may override `__iter__`).
fn pool_of(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    crate::objects::containers::seq::collect_fast(vm, iterable)
}

/// The state every combinatoric iterator shares: the pool, the index vector, and whether
/// the first result (or the end) has been produced.
struct Indices {
    pool: Vec<Value>,
    indices: RefCell<Vec<usize>>,
    first: Cell<bool>,
    stopped: Cell<bool>,
}

impl Indices {
    fn new(pool: Vec<Value>, indices: Vec<usize>) -> Indices {
        Indices {
            pool,
            indices: RefCell::new(indices),
            first: Cell::new(true),
            stopped: Cell::new(false),
        }
    }

    /// The tuple of the pool items the first `r` indices select.
    fn result(&self, r: usize) -> Value {
        let idx = self.indices.borrow();
        tuple_value(idx[..r].iter().map(|&i| self.pool[i].clone()).collect())
    }

    /// Runs one step (`step` returns whether a next result exists); `None` once done.
    fn advance(
        &self,
        r: usize,
        first_ok: bool,
        step: impl FnOnce(&mut [usize]) -> bool,
    ) -> Option<Value> {
        if self.stopped.get() {
            return None;
        }
        let more = if self.first.get() {
            self.first.set(false);
            first_ok
        } else {
            step(&mut self.indices.borrow_mut())
        };
        if !more {
            self.stopped.set(true);
            return None;
        }
        Some(self.result(r))
    }
}

impl NativeData for Indices {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(visit);
    }
}

// ---------------------------------------------------------------------------------------
// product

struct Product {
    /// One pool per iterable; position `i` of a result draws from `pools[i % pools.len()]`
    /// (an iterable repeated `repeat` times appears that often).
    pools: Vec<Vec<Value>>,
    indices: RefCell<Vec<usize>>,
    first: Cell<bool>,
    stopped: Cell<bool>,
}

impl NativeData for Product {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(visit);
    }
}

impl Product {
    fn pool(&self, i: usize) -> &[Value] {
        &self.pools[i % self.pools.len()]
    }
}

impl NativeIter for Product {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let npools = self.indices.borrow().len();
        if self.first.get() {
            self.first.set(false);
            if npools > 0 && self.pools.iter().any(Vec::is_empty) {
                self.stopped.set(true);
                return Ok(None);
            }
        } else {
            // Advance right to left; a pool moves on only when the one after it rolls over.
            let mut idx = self.indices.borrow_mut();
            let mut i = npools;
            loop {
                if i == 0 {
                    self.stopped.set(true);
                    return Ok(None);
                }
                i -= 1;
                idx[i] += 1;
                if idx[i] < self.pool(i).len() {
                    break;
                }
                idx[i] = 0;
            }
        }
        let idx = self.indices.borrow();
        let items = idx
            .iter()
            .enumerate()
            .map(|(i, &j)| self.pool(i)[j].clone())
            .collect();
        Ok(Some(tuple_value(items)))
    }
}

fn product_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let mut repeat = 1;
    for (k, v) in args.kwargs() {
        if k != "repeat" {
            return Err(exc!(
                type_error,
                "'{}' is an invalid keyword argument for product()",
                k
            ));
        }
        repeat = index_arg(v)?;
        if repeat < 0 {
            return Err(exc!(value_error, "repeat argument cannot be negative"));
        }
    }
    let mut pools = Vec::with_capacity(args.pos().len());
    for v in args.pos() {
        pools.push(pool_of(vm, v)?);
    }
    if repeat > 0 && pools.len() as i64 > i64::MAX / 8 / repeat {
        return Err(exc!(overflow_error, "repeat argument too large"));
    }
    let npools = pools.len() * repeat as usize;
    let mut indices = alloc_vec(npools)?;
    indices.resize(npools, 0);
    Ok(new_native(
        cls,
        Product {
            pools,
            indices: RefCell::new(indices),
            first: Cell::new(true),
            stopped: Cell::new(false),
        },
    ))
}

pub const PRODUCT_SLOTS: TypeSlots = TypeSlots {
    new: Some(product_new),
    ..iter_slots::<Product>()
};

// ---------------------------------------------------------------------------------------
// permutations

struct Permutations {
    state: Indices,
    cycles: RefCell<Vec<usize>>,
    r: usize,
}

impl NativeData for Permutations {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.state.traverse(visit);
    }
}

impl NativeIter for Permutations {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.state.pool.len();
        let r = self.r;
        Ok(self.state.advance(r, r <= n, |indices| {
            if n == 0 {
                return false;
            }
            let mut cycles = self.cycles.borrow_mut();
            // Decrement the rightmost cycle, moving left as they roll over.
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    indices.swap(i, n - j);
                    return true;
                }
            }
            false
        }))
    }
}

const PERMUTATIONS: Clinic = Clinic {
    fname: "permutations",
    names: &["iterable", "r"],
    posonly: 0,
    minpos: 1,
    maxpos: 2,
};

fn permutations_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [iterable, r] = PERMUTATIONS.bind(&args)?;
    let pool = pool_of(vm, iterable.expect("required"))?;
    let n = pool.len();
    let r = match r {
        None | Some(Value::None) => n,
        Some(v) => {
            if crate::objects::numbers::int::as_int(v).is_none() {
                return Err(exc!(type_error, "Expected int as r"));
            }
            let r = index_arg(v)?;
            if r < 0 {
                return Err(exc!(value_error, "r must be non-negative"));
            }
            r as usize
        }
    };
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    Ok(new_native(
        cls,
        Permutations {
            state: Indices::new(pool, (0..n).collect()),
            cycles: RefCell::new(cycles),
            r,
        },
    ))
}

pub const PERMUTATIONS_SLOTS: TypeSlots = TypeSlots {
    new: Some(permutations_new),
    ..iter_slots::<Permutations>()
};

// ---------------------------------------------------------------------------------------
// combinations, combinations_with_replacement

struct Combinations {
    state: Indices,
    r: usize,
    replace: bool,
}

impl NativeData for Combinations {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.state.traverse(visit);
    }
}

impl NativeIter for Combinations {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.state.pool.len();
        let r = self.r;
        if self.replace {
            return Ok(self.state.advance(r, n > 0 || r == 0, |indices| {
                // The rightmost index not at its maximum goes up; all after it follow.
                let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                    return false;
                };
                let v = indices[i] + 1;
                indices[i..r].iter_mut().for_each(|x| *x = v);
                true
            }));
        }
        Ok(self.state.advance(r, r <= n, |indices| {
            // The rightmost index not at its maximum goes up; the ones after it restart
            // just above it.
            let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                return false;
            };
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
            true
        }))
    }
}

fn combinations_new_common(
    vm: &mut Vm,
    cls: &PyRef,
    args: Args,
    spec: &Clinic,
    replace: bool,
) -> PyResult<Value> {
    let [iterable, r] = spec.bind(&args)?;
    let pool = pool_of(vm, iterable.expect("required"))?;
    let r = index_arg(r.expect("required"))?;
    if r < 0 {
        return Err(exc!(value_error, "r must be non-negative"));
    }
    let r = r as usize;
    let indices = if replace {
        let mut v = alloc_vec(r)?;
        v.resize(r, 0);
        v
    } else {
        (0..r.min(pool.len())).collect()
    };
    Ok(new_native(
        cls,
        Combinations {
            state: Indices::new(pool, indices),
            r,
            replace,
        },
    ))
}

const COMBINATIONS: Clinic = Clinic {
    fname: "combinations",
    names: &["iterable", "r"],
    posonly: 0,
    minpos: 2,
    maxpos: 2,
};

const CWR: Clinic = Clinic {
    fname: "combinations_with_replacement",
    ..COMBINATIONS
};

fn combinations_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    combinations_new_common(vm, cls, args, &COMBINATIONS, false)
}

fn cwr_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    combinations_new_common(vm, cls, args, &CWR, true)
}

pub const COMBINATIONS_SLOTS: TypeSlots = TypeSlots {
    new: Some(combinations_new),
    ..iter_slots::<Combinations>()
};

pub const CWR_SLOTS: TypeSlots = TypeSlots {
    new: Some(cwr_new),
    ..iter_slots::<Combinations>()
};
