//! `groupby` (with its `_grouper` sub-iterators) and `tee` (with its shared
//! `_tee_dataobject` buffer), as in CPython.
//!
//! A `_grouper` is valid only while its `groupby` has not moved on: the parent counts its
//! groups and a grouper remembers the count it was made at. `tee` iterators share a linked
//! list of blocks of 57 buffered items; each iterator holds its current block, so a block is
//! freed (by reference counting) once the slowest iterator has left it.

use std::cell::{Cell, RefCell};

use super::{get_opt, set_opt, Types};
use crate::exc;
use crate::method;
use crate::objects::callables::native::{
    iter_slots, native, new_native, receiver, this, NativeData, NativeIter, PLAIN_SLOTS,
};
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::containers::seq::{index_arg, rich_eq};
use crate::objects::containers::tuple::tuple_value;
use crate::objects::{PyRef, Value};
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

// ---------------------------------------------------------------------------------------
// groupby

struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: RefCell<Option<Value>>,
    currkey: RefCell<Option<Value>>,
    currvalue: RefCell<Option<Value>>,
    /// Bumped by every group started; a grouper of an older group is exhausted.
    group: Cell<u64>,
}

impl NativeData for GroupBy {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        visit(&self.keyfunc);
        for cell in [&self.tgtkey, &self.currkey, &self.currvalue] {
            cell.borrow().iter().for_each(&mut *visit);
        }
    }
}

impl GroupBy {
    /// Reads the next value and its key; `false` at the end.
    fn step(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(value) = vm.next(&self.it)? else {
            return Ok(false);
        };
        let key = if self.keyfunc.is_none() {
            value.clone()
        } else {
            super::call1(vm, &self.keyfunc, &value)?
        };
        set_opt(&self.currvalue, Some(value));
        set_opt(&self.currkey, Some(key));
        Ok(true)
    }
}

/// `groupby.__next__`: needs the groupby object itself, to hand it to the new grouper.
fn groupby_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let g = this::<GroupBy>(v);
    g.group.set(g.group.get() + 1);
    // Skip the rest of the current group.
    loop {
        if let Some(curr) = get_opt(&g.currkey) {
            let Some(tgt) = get_opt(&g.tgtkey) else {
                break;
            };
            if !rich_eq(vm, &tgt, &curr)? {
                break;
            }
        }
        if !g.step(vm)? {
            return Ok(None);
        }
    }
    let Some(key) = get_opt(&g.currkey) else {
        return Ok(None);
    };
    set_opt(&g.tgtkey, Some(key.clone()));
    let grouper = new_native(
        &Types::get().grouper,
        Grouper {
            parent: v.clone(),
            tgtkey: key.clone(),
            group: g.group.get(),
        },
    );
    Ok(Some(tuple_value(vec![key, grouper])))
}

const GROUPBY: Clinic = Clinic {
    fname: "groupby",
    names: &["iterable", "key"],
    posonly: 0,
    minpos: 1,
    maxpos: 2,
};

fn groupby_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [iterable, key] = GROUPBY.bind(&args)?;
    let it = vm.iter(iterable.expect("required"))?;
    Ok(new_native(
        cls,
        GroupBy {
            it,
            keyfunc: key.cloned().unwrap_or(Value::None),
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            group: Cell::new(0),
        },
    ))
}

fn iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

pub const GROUPBY_SLOTS: TypeSlots = TypeSlots {
    new: Some(groupby_new),
    iter: Some(iter_self),
    next: Some(groupby_next),
    ..PLAIN_SLOTS
};

struct Grouper {
    parent: Value,
    tgtkey: Value,
    group: u64,
}

impl NativeData for Grouper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.parent);
        visit(&self.tgtkey);
    }
}

impl NativeIter for Grouper {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let g = this::<GroupBy>(&self.parent);
        if g.group.get() != self.group {
            return Ok(None);
        }
        if g.currvalue.borrow().is_none() && !g.step(vm)? {
            return Ok(None);
        }
        let Some(curr) = get_opt(&g.currkey) else {
            return Ok(None);
        };
        if !rich_eq(vm, &self.tgtkey, &curr)? {
            return Ok(None);
        }
        let value = g.currvalue.take();
        set_opt(&g.currkey, None);
        Ok(value)
    }
}

pub const GROUPER_SLOTS: TypeSlots = iter_slots::<Grouper>();

// ---------------------------------------------------------------------------------------
// tee

/// Items per buffer block (CPython's `LINKCELLS`).
const LINKCELLS: usize = 57;

/// A block of items read from the shared source, and the link to the next block.
struct TeeData {
    it: Value,
    values: RefCell<Vec<Value>>,
    running: Cell<bool>,
    next: RefCell<Option<Value>>,
}

impl NativeData for TeeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        self.values.borrow().iter().for_each(&mut *visit);
        self.next.borrow().iter().for_each(visit);
    }
}

fn new_tee_data(it: Value) -> Value {
    new_native(
        &Types::get().tee_data,
        TeeData {
            it,
            values: RefCell::new(Vec::with_capacity(LINKCELLS)),
            running: Cell::new(false),
            next: RefCell::new(None),
        },
    )
}

impl TeeData {
    /// Item `i` of this block, reading it from the source if no tee has yet.
    fn get(&self, vm: &mut Vm, i: usize) -> PyResult<Option<Value>> {
        if let Some(v) = self.values.borrow().get(i) {
            return Ok(Some(v.clone()));
        }
        if self.running.get() {
            return Err(exc!(runtime_error, "cannot re-enter the tee iterator"));
        }
        self.running.set(true);
        let r = vm.next(&self.it);
        self.running.set(false);
        let Some(v) = r? else {
            return Ok(None);
        };
        self.values.borrow_mut().push(v.clone());
        Ok(Some(v))
    }

    /// The next block, made on first use.
    fn next_block(&self) -> Value {
        self.next
            .borrow_mut()
            .get_or_insert_with(|| new_tee_data(self.it.clone()))
            .clone()
    }
}

pub const TEE_DATA_SLOTS: TypeSlots = PLAIN_SLOTS;

struct Tee {
    data: RefCell<Value>,
    index: Cell<usize>,
}

impl NativeData for Tee {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.data.borrow());
    }
}

impl NativeIter for Tee {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.index.get() >= LINKCELLS {
            let next = this::<TeeData>(&self.data.borrow()).next_block();
            let old = self.data.replace(next);
            drop(old);
            self.index.set(0);
        }
        let data = self.data.borrow().clone();
        let v = this::<TeeData>(&data).get(vm, self.index.get())?;
        if v.is_some() {
            self.index.set(self.index.get() + 1);
        }
        Ok(v)
    }
}

fn copy_of(t: &Tee) -> Value {
    new_native(
        &Types::get().tee,
        Tee {
            data: RefCell::new(t.data.borrow().clone()),
            index: Cell::new(t.index.get()),
        },
    )
}

fn tee_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = receiver::<Tee>(&args);
    Ok(copy_of(t))
}

pub const TEE_SLOTS: TypeSlots = iter_slots::<Tee>();

pub const TEE_METHODS: &[MethodDef] = &[method!("__copy__", tee_copy, NoArgs)];

/// `itertools.tee(iterable, n=2)`.
pub fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let n = match p.get(1) {
        Some(v) => index_arg(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(exc!(value_error, "n must be >= 0"));
    }
    if n == 0 {
        return Ok(tuple_value(vec![]));
    }
    let it = vm.iter(&p[0])?;
    let first = match native::<Tee>(&it) {
        Some(_) => it.clone(),
        None => new_native(
            &Types::get().tee,
            Tee {
                data: RefCell::new(new_tee_data(it)),
                index: Cell::new(0),
            },
        ),
    };
    let mut out = vec![first.clone()];
    let t = this::<Tee>(&first);
    for _ in 1..n {
        out.push(copy_of(t));
    }
    Ok(tuple_value(out))
}
