//! `set` and `frozenset`, with CPython's hash table layout so that iteration order (and so
//! every repr a script prints) matches CPython for keys with deterministic hashes (ints,
//! floats, tuples of them).
//!
//! ## The table
//! Open addressing over a power-of-two array of slots, each empty, a dummy (a deleted key)
//! or active. A probe starts at `hash & mask` and examines that slot and, when they exist,
//! the [`LINEAR_PROBES`] slots after it; then it jumps to `(i * 5 + 1 + perturb) & mask`
//! with `perturb` (initially the hash) shifted right by 5 each jump. An insertion reuses the
//! last dummy met on its way to an empty slot. The table starts with 8 slots and is rebuilt
//! (dropping dummies, re-inserting in slot order) when `fill * 5 >= mask * 3`, to the
//! smallest power of two above `used * 4` (`used * 2` past 50,000 keys). Set operations
//! follow CPython's algorithms (which operand is iterated, when a table is presized or
//! copied slot for slot) because those decide the resulting layout.
//!
//! ## Re-entrancy (DESIGN.md §2)
//! Hashes are computed before borrowing. A probe that meets a key whose equality needs
//! Python code (`__eq__`) copies the candidate out, releases the borrow, compares, and then
//! continues the same probe if its table is the same and the compared slot still holds that
//! key (CPython's rule), or restarts.
//! Removed keys are dropped after the borrow ends.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::{Cell, RefCell};

use super::dict::{fast_eq, DictObj};
use super::seq;
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeObject, TypeSlots};
use crate::objects::core::PyRef;
use crate::objects::strings::str::new_str;
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Slots examined in a row before jumping.
pub const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;
/// The hash of a dummy slot (no real key hashes to -1).
const DUMMY_HASH: i64 = -1;

#[derive(Clone)]
struct Slot {
    /// 0 when empty, [`DUMMY_HASH`] for a dummy.
    hash: i64,
    /// `Value::Null` when empty or a dummy.
    key: Value,
}

impl Slot {
    const EMPTY: Slot = Slot {
        hash: 0,
        key: Value::Null,
    };

    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }

    #[inline]
    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == DUMMY_HASH
    }

    #[inline]
    fn is_active(&self) -> bool {
        !self.key.is_null()
    }
}

struct Table {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` looks first.
    finger: usize,
    /// Names this layout: a new table or a resize gets a new id (CPython's `so->table`
    /// pointer), so a probe that ran `__eq__` knows whether it still stands.
    id: u64,
}

impl Table {
    fn new() -> Table {
        Table {
            slots: vec![Slot::EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            id: crate::objects::containers::dict::new_table_id(),
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Places a key known to be absent into a table without dummies.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mut p = ProbeSeq::new(hash, slots.len() - 1);
        loop {
            let i = p.next_slot();
            if slots[i].key.is_null() {
                slots[i] = Slot { hash, key };
                return;
            }
        }
    }

    /// Rebuilds the table with the smallest power-of-two size above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        self.id = crate::objects::containers::dict::new_table_id();
        let old = std::mem::replace(&mut self.slots, vec![Slot::EMPTY; size]);
        for s in old {
            if s.is_active() {
                Self::insert_clean(&mut self.slots, s.hash, s.key);
            }
        }
        self.fill = self.used;
    }

    /// The resize an insertion into an empty slot may trigger.
    fn grow_if_needed(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            let u = self.used;
            self.resize(if u > 50_000 { u * 2 } else { u * 4 });
        }
    }
}

/// CPython's probe order (see the module docs).
struct ProbeSeq {
    i: usize,
    j: usize,
    run: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    #[inline]
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        let i = hash as u64 as usize & mask;
        ProbeSeq {
            i,
            j: 0,
            run: if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
            perturb: hash as u64,
            mask,
        }
    }

    #[inline]
    fn next_slot(&mut self) -> usize {
        let slot = self.i + self.j;
        if self.j < self.run {
            self.j += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self.i.wrapping_mul(5))
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.j = 0;
            self.run = if self.i + LINEAR_PROBES <= self.mask {
                LINEAR_PROBES
            } else {
                0
            };
        }
        slot
    }
}

/// The table CPython's compiler makes for a constant frozenset of distinct keys:
/// `PyFrozenSet_New` of the items in order, then (`merge_consts_recursive`) a second
/// frozenset built from the first one's iteration order. Distinct keys need no equality
/// test, so this needs no VM.
fn distinct_table(items: impl IntoIterator<Item = (Value, i64)>) -> Table {
    fn build(items: impl IntoIterator<Item = (Value, i64)>) -> Table {
        let mut t = Table::new();
        for (key, h) in items {
            Table::insert_clean(&mut t.slots, h, key);
            t.used += 1;
            t.fill += 1;
            t.grow_if_needed();
        }
        t
    }
    let first = build(items);
    build(
        first
            .slots
            .into_iter()
            .filter(Slot::is_active)
            .map(|s| (s.key, s.hash)),
    )
}

/// A frozenset constant from its distinct items and their hashes.
pub fn frozenset_from_distinct(items: impl IntoIterator<Item = (Value, i64)>) -> PyRef {
    let set = SetObj::new();
    *set.table.borrow_mut() = distinct_table(items);
    PyRef::new(&types().frozenset, set)
}

/// The iteration order of [`frozenset_from_distinct`] over items with these hashes, as
/// indexes into `hashes` (for `--dis`, which shows the constant's repr without a VM).
pub fn distinct_order(hashes: &[i64]) -> Vec<usize> {
    let keys = hashes
        .iter()
        .enumerate()
        .map(|(i, h)| (Value::Int(i as i64), *h));
    distinct_table(keys)
        .slots
        .iter()
        .filter_map(|s| match s.key {
            Value::Int(i) => Some(i as usize),
            _ => None,
        })
        .collect()
}

/// The `set`/`frozenset` payload.
pub struct SetObj {
    table: RefCell<Table>,
    /// Bumped by every structural change; a probe that ran `__eq__` checks it.
    version: Cell<u64>,
    /// The cached frozenset hash (-1: not computed).
    hash: Cell<i64>,
}

impl Trace for SetObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.trace_keys(visit);
    }
    fn clear(&self) {
        self.clear_keys();
    }
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj::new()
    }
}

/// Where a probe for a key ended.
enum Found {
    /// The key is in slot `i`.
    At(usize),
    /// Absent: the empty slot reached, and the dummy to reuse if any.
    Absent { empty: usize, free: Option<usize> },
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj {
            table: RefCell::new(Table::new()),
            version: Cell::new(0),
            hash: Cell::new(-1),
        }
    }

    /// The bytes of the slot table the set owns, by capacity (`sys.getsizeof`); the keys
    /// themselves are not included.
    pub fn heap_size(&self) -> usize {
        self.table.borrow().slots.capacity() * std::mem::size_of::<Slot>()
    }

    /// A new empty `set`.
    pub fn new_set() -> PyRef {
        PyRef::new(&types().set, SetObj::new())
    }

    /// A new empty instance of `cls`.
    pub fn new_with_class(cls: &PyRef) -> PyRef {
        crate::objects::classes::class::alloc(cls, SetObj::new())
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Probes for `key` (hash `h`), running `__eq__` where needed.
    fn probe(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<Found> {
        'restart: loop {
            let mut p = ProbeSeq::new(h, self.table.borrow().mask());
            let mut free = None;
            loop {
                let (candidate, slot, id) = {
                    let t = self.table.borrow();
                    loop {
                        let i = p.next_slot();
                        let s = &t.slots[i];
                        if s.is_empty() {
                            return Ok(Found::Absent { empty: i, free });
                        }
                        if s.is_dummy() {
                            free = Some(i);
                            continue;
                        }
                        if s.hash == h {
                            if s.key.is(key) {
                                return Ok(Found::At(i));
                            }
                            match fast_eq(&s.key, key) {
                                Some(true) => return Ok(Found::At(i)),
                                Some(false) => {}
                                None => break (s.key.clone(), i, t.id),
                            }
                        }
                    }
                };
                // The borrow has ended: `__eq__` may do anything, even mutate this set.
                let equal = vm.eq(&candidate, key)?;
                // As CPython: go on with this probe unless the table was replaced or resized
                // or the compared slot no longer holds that key.
                let stands = {
                    let t = self.table.borrow();
                    t.id == id && t.slots[slot].key.is(&candidate)
                };
                if !stands {
                    continue 'restart;
                }
                if equal {
                    return Ok(Found::At(slot));
                }
            }
        }
    }

    /// Whether `key` (hash `h`) is present.
    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<bool> {
        Ok(matches!(self.probe(vm, key, h)?, Found::At(_)))
    }

    /// Adds `key` (hash `h`); returns whether it was new.
    pub fn add_hashed(&self, vm: &mut Vm, key: Value, h: i64) -> PyResult<bool> {
        let found = self.probe(vm, &key, h)?;
        let mut t = self.table.borrow_mut();
        match found {
            Found::At(_) => Ok(false),
            Found::Absent { free: Some(i), .. } => {
                t.slots[i] = Slot { hash: h, key };
                t.used += 1;
                drop(t);
                self.bump();
                Ok(true)
            }
            Found::Absent { empty, .. } => {
                t.slots[empty] = Slot { hash: h, key };
                t.used += 1;
                t.fill += 1;
                t.grow_if_needed();
                drop(t);
                self.bump();
                Ok(true)
            }
        }
    }

    /// Adds `key`, hashing it first.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let h = vm.hash(&key)?;
        self.add_hashed(vm, key, h)
    }

    /// Removes `key` (hash `h`); returns the removed key (drop it outside any borrow).
    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<Option<Value>> {
        let Found::At(i) = self.probe(vm, key, h)? else {
            return Ok(None);
        };
        let old = {
            let mut t = self.table.borrow_mut();
            t.used -= 1;
            std::mem::replace(
                &mut t.slots[i],
                Slot {
                    hash: DUMMY_HASH,
                    key: Value::Null,
                },
            )
        };
        self.bump();
        Ok(Some(old.key))
    }

    /// The active slot at or after `pos` with the position after it: the iteration
    /// primitive (`while let Some((next, key)) = s.next_entry(pos)`).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        while pos < t.slots.len() {
            let s = &t.slots[pos];
            pos += 1;
            if s.is_active() {
                return Some((pos, s.key.clone()));
            }
        }
        None
    }

    /// The keys and their hashes, in table order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        let t = self.table.borrow();
        t.slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| (s.key.clone(), s.hash))
            .collect()
    }

    /// The keys, in table (iteration) order.
    /// Visits every key (the collector's traverse; skipped while borrowed).
    pub fn trace_keys(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(t) = self.table.try_borrow() {
            for s in t.slots.iter().filter(|s| s.is_active()) {
                crate::objects::trace::visit_value(&s.key, visit);
            }
        }
    }

    /// Empties the set for the collector (skipped while borrowed).
    pub fn clear_keys(&self) {
        if self.table.try_borrow_mut().is_ok() {
            self.clear();
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        let t = self.table.borrow();
        t.slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| s.key.clone())
            .collect()
    }

    /// Empties the set; the keys are dropped after the borrow ends.
    pub fn clear(&self) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), Table::new());
        let finger = old.finger;
        self.table.borrow_mut().finger = finger;
        self.bump();
        drop(old);
    }

    /// `pop()`: removes and returns an arbitrary key (CPython's: the first from the finger).
    pub fn pop(&self) -> Option<Value> {
        let old = {
            let mut t = self.table.borrow_mut();
            if t.used == 0 {
                return None;
            }
            let mask = t.mask();
            let mut i = t.finger & mask;
            while !t.slots[i].is_active() {
                i = if i == mask { 0 } else { i + 1 };
            }
            t.used -= 1;
            t.finger = i + 1;
            std::mem::replace(
                &mut t.slots[i],
                Slot {
                    hash: DUMMY_HASH,
                    key: Value::Null,
                },
            )
        };
        self.bump();
        Some(old.key)
    }

    /// Swaps the contents of two sets (`intersection_update` replaces the body).
    fn swap_bodies(&self, other: &SetObj) {
        std::mem::swap(
            &mut *self.table.borrow_mut(),
            &mut *other.table.borrow_mut(),
        );
        self.bump();
        other.bump();
    }

    /// CPython's `set_merge`: adds every key of another set.
    fn merge(&self, vm: &mut Vm, other: &SetObj) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let (other_used, other_mask, other_clean) = {
            let o = other.table.borrow();
            (o.used, o.mask(), o.fill == o.used)
        };
        if other_used == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if (t.fill + other_used) * 5 >= t.mask() * 3 {
                let n = (t.used + other_used) * 2;
                t.resize(n);
            }
            if t.fill == 0 {
                let o = other.table.borrow();
                if t.mask() == other_mask && other_clean {
                    // Same size, no dummies: copy slot for slot.
                    t.slots.clone_from(&o.slots);
                } else {
                    for s in o.slots.iter().filter(|s| s.is_active()) {
                        Table::insert_clean(&mut t.slots, s.hash, s.key.clone());
                    }
                }
                t.fill = other_used;
                t.used = other_used;
                drop(t);
                self.bump();
                return Ok(());
            }
        }
        for (key, h) in other.entries() {
            self.add_hashed(vm, key, h)?;
        }
        Ok(())
    }

    /// CPython's `set_update_internal`: adds every item of any iterable.
    pub fn update(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        if let Some(o) = other.downcast::<SetObj>() {
            return self.merge(vm, o);
        }
        if let Some(d) = dict_exact(other) {
            let entries = d.keys_with_hashes();
            {
                let mut t = self.table.borrow_mut();
                if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
                    let n = (t.used + entries.len()) * 2;
                    t.resize(n);
                }
            }
            for (key, h) in entries {
                self.add_hashed(vm, key, h)?;
            }
            return Ok(());
        }
        // Exact lists and tuples are read by position, as their iterators would (a list
        // that `__hash__`/`__eq__` mutates is seen as its iterator sees it).
        if let Some(l) = crate::vm::protocol::exact_list(other) {
            for i in 0.. {
                // (the borrow ends with the statement: `add` may run `__hash__`/`__eq__`)
                let key = l.items.borrow().get(i).cloned();
                let Some(key) = key else { break };
                self.add(vm, key)?;
            }
            return Ok(());
        }
        if let Some(t) = crate::vm::protocol::exact_tuple(other) {
            for key in t.items.iter() {
                self.add(vm, key.clone())?;
            }
            return Ok(());
        }
        let it = vm.iter(other)?;
        while let Some(key) = vm.next(&it)? {
            self.add(vm, key)?;
        }
        Ok(())
    }

    /// CPython's `set_difference_update_internal`.
    fn difference_update(&self, vm: &mut Vm, this: &Value, other: &Value) -> PyResult<()> {
        if other.is(this) {
            self.clear();
            return Ok(());
        }
        if let Some(o) = other.downcast::<SetObj>() {
            let entries = if (o.len() >> 3) > self.len() {
                // Much larger: discard only the common keys.
                intersection(vm, this, other)?
                    .downcast::<SetObj>()
                    .expect("a set")
                    .entries()
            } else {
                o.entries()
            };
            for (key, h) in entries {
                drop(self.discard_hashed(vm, &key, h)?);
            }
        } else {
            let it = vm.iter(other)?;
            while let Some(key) = vm.next(&it)? {
                let h = vm.hash(&key)?;
                drop(self.discard_hashed(vm, &key, h)?);
            }
        }
        let mut t = self.table.borrow_mut();
        if t.fill - t.used > t.mask() / 4 {
            let u = t.used;
            t.resize(if u > 50_000 { u * 2 } else { u * 4 });
        }
        Ok(())
    }

    /// CPython's `set_symmetric_difference_update`.
    fn symmetric_difference_update(
        &self,
        vm: &mut Vm,
        this: &Value,
        other: &Value,
    ) -> PyResult<()> {
        if other.is(this) {
            self.clear();
            return Ok(());
        }
        let entries = if let Some(d) = dict_exact(other) {
            d.keys_with_hashes()
        } else if let Some(o) = other.downcast::<SetObj>() {
            o.entries()
        } else {
            let tmp = new_like(this, vm, Some(other))?;
            let e = tmp.downcast::<SetObj>().expect("a set").entries();
            e
        };
        for (key, h) in entries {
            match self.discard_hashed(vm, &key, h)? {
                Some(old) => drop(old),
                None => {
                    self.add_hashed(vm, key, h)?;
                }
            }
        }
        Ok(())
    }

    /// `frozenset`'s hash (CPython's algorithm: order-independent xor of shuffled hashes).
    fn frozen_hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != -1 {
            return cached;
        }
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for s in t.slots.iter().filter(|s| s.is_active()) {
            hash ^= shuffle(s.hash as u64);
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut h = hash as i64;
        if h == -1 {
            h = 590923713;
        }
        self.hash.set(h);
        h
    }
}

/// The dict payload of an exact `dict` (CPython's `PyDict_CheckExact` fast paths).
fn dict_exact(v: &Value) -> Option<&DictObj> {
    match v {
        Value::Obj(o) if o.class().ptr_eq(&types().dict) => o.downcast::<DictObj>(),
        _ => None,
    }
}

/// Whether `v` is a set or frozenset (or a subclass of either).
pub fn is_anyset(v: &Value) -> bool {
    v.downcast::<SetObj>().is_some()
}

/// Whether `cls` is `set` or a subclass (as opposed to the frozenset family).
fn is_mutable_class(cls: &PyRef) -> bool {
    TypeObject::is_subtype(cls, &types().set)
}

/// A new set of `v`'s base type (`set` for the set family, `frozenset` otherwise), filled
/// from `items` (CPython's `make_new_set_basetype`).
fn new_like(v: &Value, vm: &mut Vm, items: Option<&Value>) -> PyResult<PyRef> {
    let t = types();
    let cls = if is_mutable_class(v.class()) {
        &t.set
    } else {
        &t.frozenset
    };
    let s = SetObj::new_with_class(cls);
    if let Some(items) = items {
        s.downcast::<SetObj>().expect("a set").update(vm, items)?;
    }
    Ok(s)
}

fn this(v: &Value) -> &SetObj {
    v.downcast::<SetObj>().expect("a set")
}

/// Hash of a key being looked up: a `set` key that is unhashable is looked up as the equal
/// frozenset (`{1} in {frozenset({1})}`), as CPython does.
fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if e.matches(&types().exc.type_error) && is_set_instance(key) => {
            let f = SetObj::new_with_class(&types().frozenset);
            this(&Value::Obj(f.clone())).update(vm, key)?;
            let f = Value::Obj(f);
            let h = vm.hash(&f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

fn is_set_instance(v: &Value) -> bool {
    is_anyset(v) && is_mutable_class(v.class())
}

// ---------------------------------------------------------------------------------------
// Set algebra (CPython's algorithms, which decide the result's layout)

/// `so & other` / `so.intersection(other)`.
fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
    if other.is(so) {
        return copy(vm, so);
    }
    let result = new_like(so, vm, None)?;
    let r = this(&Value::Obj(result.clone())).clone_handle(&result);
    if let Some(o) = other.downcast::<SetObj>() {
        let s = this(so);
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (key, h) in small.entries() {
            if big.contains_hashed(vm, &key, h)? {
                r.add_hashed(vm, key, h)?;
            }
        }
        return Ok(result);
    }
    let s = this(so);
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let h = vm.hash(&key)?;
        if s.contains_hashed(vm, &key, h)? {
            r.add_hashed(vm, key, h)?;
            if r.len() >= s.len() {
                break;
            }
        }
    }
    Ok(result)
}

impl SetObj {
    /// The payload of `r` (a set): a convenience to keep `r` alive while using it.
    fn clone_handle<'a>(&self, r: &'a PyRef) -> &'a SetObj {
        r.downcast::<SetObj>().expect("a set")
    }
}

/// `so.copy()` (as the base type).
fn copy(vm: &mut Vm, so: &Value) -> PyResult<PyRef> {
    new_like(so, vm, Some(so))
}

/// `so - other` / `so.difference(other)`.
fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
    let s = this(so);
    let other_size = if let Some(o) = other.downcast::<SetObj>() {
        Some(o.len())
    } else {
        dict_exact(other).map(|d| d.len())
    };
    let copy_and_remove = match other_size {
        None => true,
        Some(n) => (s.len() >> 2) > n,
    };
    if copy_and_remove {
        let result = copy(vm, so)?;
        this(&Value::Obj(result.clone())).difference_update(
            vm,
            &Value::Obj(result.clone()),
            other,
        )?;
        return Ok(result);
    }
    let result = new_like(so, vm, None)?;
    let r = result.downcast::<SetObj>().expect("a set");
    for (key, h) in s.entries() {
        let present = if let Some(o) = other.downcast::<SetObj>() {
            o.contains_hashed(vm, &key, h)?
        } else {
            let d = dict_exact(other).expect("a dict");
            d.get_item_hashed(vm, &key, h)?.is_some()
        };
        if !present {
            r.add_hashed(vm, key, h)?;
        }
    }
    Ok(result)
}

/// `so ^ other` / `so.symmetric_difference(other)`.
fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
    let result = new_like(so, vm, Some(other))?;
    let rv = Value::Obj(result.clone());
    this(&rv).symmetric_difference_update(vm, &rv, so)?;
    Ok(result)
}

/// `so | other`.
fn union(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
    let result = copy(vm, so)?;
    if !other.is(so) {
        this(&Value::Obj(result.clone())).update(vm, other)?;
    }
    Ok(result)
}

/// `so <= other` for any iterable `other`.
fn issubset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let Some(o) = other.downcast::<SetObj>() else {
        let tmp = Value::Obj(new_like(&Value::Obj(types().set.clone()), vm, Some(other))?);
        return issubset(vm, so, &tmp);
    };
    let s = this(so);
    if s.len() > o.len() {
        return Ok(false);
    }
    for (key, h) in s.entries() {
        if !o.contains_hashed(vm, &key, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so >= other` for any iterable `other`.
fn issuperset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(vm, other, so);
    }
    let s = this(so);
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let h = vm.hash(&key)?;
        if !s.contains_hashed(vm, &key, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let s = this(so);
    if other.is(so) {
        return Ok(s.is_empty());
    }
    // Only an exact set or frozenset is read directly here (CPython's
    // `PyAnySet_CheckExact`); a subclass is iterated.
    let exact = [&types().set, &types().frozenset]
        .iter()
        .any(|c| other.class().ptr_eq(c));
    if let Some(o) = other.downcast::<SetObj>().filter(|_| exact) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (key, h) in small.entries() {
            if big.contains_hashed(vm, &key, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let h = vm.hash(&key)?;
        if s.contains_hashed(vm, &key, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Public entry points used by the dict views.
pub mod ops {
    use super::*;

    /// `set(iterable)`.
    pub fn new_set_from(vm: &mut Vm, items: &Value) -> PyResult<PyRef> {
        let s = SetObj::new_set();
        this(&Value::Obj(s.clone())).update(vm, items)?;
        Ok(s)
    }

    /// `s.difference_update(other)`.
    pub fn difference_update(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<()> {
        this(s).difference_update(vm, s, other)
    }

    /// `s.symmetric_difference_update(other)`.
    pub fn symmetric_difference_update(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<()> {
        this(s).symmetric_difference_update(vm, s, other)
    }

    /// `s.intersection(other)`.
    pub fn intersection(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<PyRef> {
        super::intersection(vm, s, other)
    }

    /// `s.isdisjoint(other)`.
    pub fn isdisjoint(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<bool> {
        super::isdisjoint(vm, s, other)
    }
}

// ---------------------------------------------------------------------------------------
// Slots

fn set_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let t = types();
    let frozen = !is_mutable_class(cls);
    let name = if frozen { "frozenset" } else { "set" };
    if cls.ptr_eq(&t.set) || cls.ptr_eq(&t.frozenset) {
        args.no_kwargs(name)?;
    }
    if !frozen && !cls.ptr_eq(&t.set) {
        // A set subclass: `__init__` takes the arguments.
        return Ok(Value::Obj(SetObj::new_with_class(cls)));
    }
    args.check_count(name, 0, 1)?;
    let items = args.pos().first();
    if let Some(v) = items {
        if frozen && cls.ptr_eq(&t.frozenset) && v.class().ptr_eq(&t.frozenset) {
            return Ok(v.clone());
        }
    }
    let s = SetObj::new_with_class(cls);
    if let Some(v) = items {
        this(&Value::Obj(s.clone())).update(vm, v)?;
    }
    Ok(Value::Obj(s))
}

fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let exact_set = v.class().ptr_eq(&types().set);
    let name = v.type_name();
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a set")) else {
        return Ok(new_str(format!("{name}(...)")));
    };
    let keys = this(v).keys();
    if keys.is_empty() {
        return Ok(new_str(format!("{name}()")));
    }
    let mut out = String::new();
    if !exact_set {
        out.push_str(&name);
        out.push('(');
    }
    seq::write_items_repr(vm, &mut out, "{", "}", |i| keys.get(i).cloned())?;
    if !exact_set {
        out.push(')');
    }
    Ok(new_str(out))
}

fn set_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    if !is_anyset(b) {
        return Ok(seq::not_implemented());
    }
    let (x, y) = (this(a), this(b));
    let r = match op {
        CompareKind::Eq | CompareKind::Ne => {
            let eq = x.len() == y.len()
                && !(x.hash.get() != -1 && y.hash.get() != -1 && x.hash.get() != y.hash.get())
                && issubset(vm, a, b)?;
            eq == (op == CompareKind::Eq)
        }
        CompareKind::Le => issubset(vm, a, b)?,
        CompareKind::Ge => issuperset(vm, a, b)?,
        CompareKind::Lt => x.len() < y.len() && issubset(vm, a, b)?,
        CompareKind::Gt => x.len() > y.len() && issuperset(vm, a, b)?,
    };
    Ok(Value::Bool(r))
}

fn set_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(seq::not_implemented());
    }
    let r = match op {
        BinOp::BitOr => union(vm, a, b)?,
        BinOp::BitAnd => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::BitXor => symmetric_difference(vm, a, b)?,
        _ => return Ok(seq::not_implemented()),
    };
    Ok(Value::Obj(r))
}

fn set_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_anyset(b) {
        return Ok(seq::not_implemented());
    }
    let s = this(a);
    match op {
        BinOp::BitOr => s.update(vm, b)?,
        BinOp::BitAnd => {
            let tmp = intersection(vm, a, b)?;
            s.swap_bodies(this(&Value::Obj(tmp.clone())));
            drop(tmp);
        }
        BinOp::Sub => s.difference_update(vm, a, b)?,
        BinOp::BitXor => s.symmetric_difference_update(vm, a, b)?,
        _ => return Ok(seq::not_implemented()),
    }
    Ok(a.clone())
}

fn set_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v).len())
}

fn set_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::objects::containers::iter::new_set_iter(
        v.as_obj().expect("a set").clone(),
    ))
}

fn set_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let (k, h) = lookup_key(vm, key)?;
    this(v).contains_hashed(vm, &k, h)
}

fn frozenset_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(this(v).frozen_hash())
}

// ---------------------------------------------------------------------------------------
// Methods

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let key = &args.params()[0];
    this(s).add(vm, key.clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let key = &args.params()[0];
    let (k, h) = lookup_key(vm, key)?;
    drop(this(s).discard_hashed(vm, &k, h)?);
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let key = &args.params()[0];
    let (k, h) = lookup_key(vm, key)?;
    match this(s).discard_hashed(vm, &k, h)? {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        None => Err(PyErr::with_args(&types().exc.key_error, vec![key.clone()])),
    }
}

fn set_pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    this(s)
        .pop()
        .ok_or_else(|| exc!(key_error, "pop from an empty set"))
}

fn set_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    this(s).clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    if s.class().ptr_eq(&types().frozenset) {
        return Ok(s.clone());
    }
    Ok(Value::Obj(copy(vm, s)?))
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    args.no_kwargs("update")?;
    for other in args.params() {
        this(s).update(vm, other)?;
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("union")?;
    let others = args.params();
    let result = copy(vm, s)?;
    let r = result.downcast::<SetObj>().expect("a set");
    for other in others {
        if !other.is(s) {
            r.update(vm, other)?;
        }
    }
    Ok(Value::Obj(result))
}

fn intersection_multi(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<PyRef> {
    if others.is_empty() {
        return copy(vm, s);
    }
    let mut result = s.clone();
    for other in others {
        result = Value::Obj(intersection(vm, &result, other)?);
    }
    Ok(result.as_obj().expect("a set").clone())
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("intersection")?;
    let others = args.params();
    Ok(Value::Obj(intersection_multi(vm, s, others)?))
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("intersection_update")?;
    let others = args.params();
    let tmp = intersection_multi(vm, s, others)?;
    if !tmp.ptr_eq(s.as_obj().expect("a set")) {
        this(s).swap_bodies(tmp.downcast::<SetObj>().expect("a set"));
    }
    drop(tmp);
    Ok(Value::None)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    // (`METH_VARARGS`: any number of positional arguments)
    args.no_kwargs("difference")?;
    let others = args.params();
    let Some((first, rest)) = others.split_first() else {
        return Ok(Value::Obj(copy(vm, s)?));
    };
    let result = Value::Obj(difference(vm, s, first)?);
    for other in rest {
        this(&result).difference_update(vm, &result, other)?;
    }
    Ok(result)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    args.no_kwargs("difference_update")?;
    for other in args.params() {
        this(s).difference_update(vm, s, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Obj(symmetric_difference(vm, s, other)?))
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    this(s).symmetric_difference_update(vm, s, other)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Bool(issubset(vm, s, other)?))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Bool(issuperset(vm, s, other)?))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    let other = &args.params()[0];
    Ok(Value::Bool(isdisjoint(vm, s, other)?))
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver();
    args.no_kwargs("set")?;
    let pos = args.params();
    if pos.len() > 1 {
        return Err(crate::vm::args::arg_count_error("set", 0, 1, pos.len()));
    }
    this(s).clear();
    if let Some(v) = pos.first() {
        this(s).update(vm, v)?;
    }
    Ok(Value::None)
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(set_new),
    repr: Some(set_repr),
    richcompare: Some(set_richcompare),
    binary: Some(set_binary),
    inplace: Some(set_inplace),
    len: Some(set_len),
    iter: Some(set_iter),
    contains: Some(set_contains),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

pub const FROZEN_SLOTS: TypeSlots = TypeSlots {
    hash: Some(frozenset_hash),
    inplace: None,
    ..SLOTS
};

/// The `FROZEN_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const FROZEN_SPEC: TypeSpec = TypeSpec {
    slots: FROZEN_SLOTS,
    methods: FROZEN_METHODS,
    getsets: &[],
};

pub const METHODS: &[MethodDef] = &[
    crate::method!("add", set_add, One),
    crate::method!("discard", set_discard, One),
    crate::method!("remove", set_remove, One),
    crate::method!("pop", set_pop, NoArgs),
    crate::method!("clear", set_clear, NoArgs),
    crate::method!("copy", set_copy, NoArgs),
    crate::method!("update", set_update),
    crate::method!("intersection_update", set_intersection_update),
    crate::method!("difference_update", set_difference_update),
    crate::method!(
        "symmetric_difference_update",
        set_symmetric_difference_update,
        One
    ),
    crate::method!("union", set_union),
    crate::method!("intersection", set_intersection),
    crate::method!("difference", set_difference),
    crate::method!("symmetric_difference", set_symmetric_difference, One),
    crate::method!("issubset", set_issubset, One),
    crate::method!("issuperset", set_issuperset, One),
    crate::method!("isdisjoint", set_isdisjoint, One),
    crate::method!("__init__", set_init),
];

pub const FROZEN_METHODS: &[MethodDef] = &[
    crate::method!("copy", set_copy, NoArgs),
    crate::method!("union", set_union),
    crate::method!("intersection", set_intersection),
    crate::method!("difference", set_difference),
    crate::method!("symmetric_difference", set_symmetric_difference, One),
    crate::method!("issubset", set_issubset, One),
    crate::method!("issuperset", set_issuperset, One),
    crate::method!("isdisjoint", set_isdisjoint, One),
];

#[cfg(test)]
#[rustfmt::skip]
#[path = "set_cases.rs"]
mod cases;

#[cfg(test)]
mod tests {
    use super::cases::*;
    use super::*;
    use crate::objects::testutil::*;

    fn build(vm: &mut Vm, adds: &[i64]) -> Value {
        let s = Value::Obj(SetObj::new_set());
        for &a in adds {
            this(&s).add(vm, Value::Int(a)).unwrap();
        }
        s
    }

    #[test]
    fn iteration_order_matches_cpython() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        for (adds, removes, readds, want) in ORDER_CASES {
            let s = build(&mut vm, adds);
            for &r in *removes {
                method(&mut vm, &s, "discard", &[Value::Int(r)]).unwrap();
            }
            for &a in *readds {
                method(&mut vm, &s, "add", &[Value::Int(a)]).unwrap();
            }
            assert_eq!(
                &ints(&mut vm, &s),
                want,
                "adds {adds:?} removes {removes:?}"
            );
        }
    }

    #[test]
    fn operations_match_cpython() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        for (a, b, op, want) in OP_CASES {
            let (sa, sb) = (build(&mut vm, a), build(&mut vm, b));
            let (bin, inplace) = match *op {
                "|" => (BinOp::BitOr, false),
                "&" => (BinOp::BitAnd, false),
                "-" => (BinOp::Sub, false),
                "^" => (BinOp::BitXor, false),
                "|=" => (BinOp::BitOr, true),
                "&=" => (BinOp::BitAnd, true),
                "-=" => (BinOp::Sub, true),
                _ => (BinOp::BitXor, true),
            };
            let r = vm.binary_op(bin, &sa, &sb, inplace).unwrap();
            assert_eq!(&ints(&mut vm, &r), want, "{a:?} {op} {b:?}");
            if inplace {
                assert!(r.is(&sa));
            }
        }
    }

    #[test]
    fn frozenset_hash_and_pop_match_cpython() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        for (a, want) in HASH_CASES {
            let s = build(&mut vm, a);
            let f = new(&mut vm, &t().frozenset, &[s]).unwrap();
            assert_eq!(vm.hash(&f).unwrap(), *want, "{a:?}");
        }
        for (a, k, extra, want) in POP_CASES {
            let s = build(&mut vm, a);
            let mut got = vec![];
            for _ in 0..*k {
                got.push(method(&mut vm, &s, "pop", &[]).unwrap());
            }
            for &x in *extra {
                method(&mut vm, &s, "add", &[Value::Int(x)]).unwrap();
            }
            got.push(method(&mut vm, &s, "pop", &[]).unwrap_or(Value::Int(999999)));
            let got: Vec<i64> = got
                .into_iter()
                .map(|v| match v {
                    Value::Int(i) => i,
                    _ => panic!(),
                })
                .collect();
            assert_eq!(&got, want, "{a:?}");
        }
    }

    #[test]
    fn construction_matches_cpython() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        for (kind, a, want) in BUILD_CASES {
            let src = match *kind {
                "range" => new(
                    &mut vm,
                    &t().range,
                    &a.iter().map(|&x| Value::Int(x)).collect::<Vec<_>>(),
                )
                .unwrap(),
                "dict" => {
                    let d = Value::Obj(DictObj::new_ref());
                    for &x in *a {
                        vm.setitem(&d, &Value::Int(x), Value::None).unwrap();
                    }
                    d
                }
                "copy" => {
                    let s = build(&mut vm, a);
                    let c = method(&mut vm, &s, "copy", &[]).unwrap();
                    assert_eq!(&ints(&mut vm, &c), want, "copy {a:?}");
                    continue;
                }
                _ => int_list(a),
            };
            let s = new(&mut vm, &t().set, &[src]).unwrap();
            assert_eq!(&ints(&mut vm, &s), want, "{kind} {a:?}");
        }
    }

    #[test]
    fn reprs_and_comparisons() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let s = build(&mut vm, &[3, 1, 2]);
        assert_eq!(repr(&mut vm, &s), "{1, 2, 3}");
        let empty = new(&mut vm, &t().set, &[]).unwrap();
        assert_eq!(repr(&mut vm, &empty), "set()");
        let f = new(&mut vm, &t().frozenset, std::slice::from_ref(&s)).unwrap();
        assert_eq!(repr(&mut vm, &f), "frozenset({1, 2, 3})");
        let fe = new(&mut vm, &t().frozenset, &[]).unwrap();
        assert_eq!(repr(&mut vm, &fe), "frozenset()");
        // frozenset(frozenset) is the same object; frozenset | set is a frozenset.
        let f2 = new(&mut vm, &t().frozenset, std::slice::from_ref(&f)).unwrap();
        assert!(f2.is(&f));
        let u = vm.binary_op(BinOp::BitOr, &f, &empty, false).unwrap();
        assert_eq!(repr(&mut vm, &u), "frozenset({1, 2, 3})");
        let u = vm.binary_op(BinOp::BitOr, &empty, &f, false).unwrap();
        assert_eq!(repr(&mut vm, &u), "{1, 2, 3}");
        // Comparisons.
        let sub = build(&mut vm, &[1, 2]);
        let cmp = |vm: &mut Vm, a: &Value, b: &Value, op| {
            let r = vm.compare(a, b, op).unwrap();
            vm.truthy(&r).unwrap()
        };
        assert!(cmp(&mut vm, &sub, &s, CompareKind::Lt));
        assert!(cmp(&mut vm, &sub, &s, CompareKind::Le));
        assert!(!cmp(&mut vm, &s, &s, CompareKind::Lt));
        assert!(cmp(&mut vm, &s, &f, CompareKind::Eq));
        assert!(cmp(&mut vm, &s, &sub, CompareKind::Gt));
        assert!(cmp(&mut vm, &s, &sub, CompareKind::Ne));
        assert_eq!(
            err(vm.compare(&s, &Value::Int(3), CompareKind::Lt)),
            "TypeError: '<' not supported between instances of 'set' and 'int'"
        );
        // Unhashable keys; a set key is looked up as a frozenset.
        let l = int_list(&[1]);
        assert_eq!(
            err(method(&mut vm, &s, "add", std::slice::from_ref(&l))),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(
            err(vm.contains(&s, &l).map(Value::Bool)),
            "TypeError: unhashable type: 'list'"
        );
        let outer = new(&mut vm, &t().set, &[int_list(&[])]).unwrap();
        method(&mut vm, &outer, "add", std::slice::from_ref(&f)).unwrap();
        assert!(vm.contains(&outer, &s).unwrap());
        method(&mut vm, &outer, "remove", std::slice::from_ref(&s)).unwrap();
        assert_eq!(repr(&mut vm, &outer), "set()");
        // Errors.
        assert_eq!(
            err(method(&mut vm, &s, "remove", &[Value::Int(9)])),
            "KeyError: 9"
        );
        assert_eq!(
            err(method(&mut vm, &empty, "pop", &[])),
            "KeyError: pop from an empty set"
        );
        assert_eq!(
            err(vm.binary_op(BinOp::BitOr, &s, &l, false)),
            "TypeError: unsupported operand type(s) for |: 'set' and 'list'"
        );
        assert_eq!(
            err(vm.hash(&s).map(Value::Int)),
            "TypeError: unhashable type: 'set'"
        );
    }

    #[test]
    fn methods_with_iterables() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let s = build(&mut vm, &[1, 2, 3, 4]);
        let r = method(&mut vm, &s, "union", &[int_list(&[9, 8]), int_tuple(&[7])]).unwrap();
        assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 4, 7, 8, 9}");
        let r = method(&mut vm, &s, "intersection", &[int_list(&[4, 2, 7])]).unwrap();
        assert_eq!(repr(&mut vm, &r), "{2, 4}");
        let r = method(&mut vm, &s, "difference", &[int_list(&[1]), int_list(&[2])]).unwrap();
        assert_eq!(repr(&mut vm, &r), "{3, 4}");
        let r = method(&mut vm, &s, "symmetric_difference", &[int_list(&[4, 5])]).unwrap();
        assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 5}");
        let b = |vm: &mut Vm, name: &str, arg: Value| {
            let r = method(vm, &s, name, &[arg]).unwrap();
            vm.truthy(&r).unwrap()
        };
        assert!(b(&mut vm, "issubset", int_list(&[1, 2, 3, 4, 5])));
        assert!(!b(&mut vm, "issubset", int_list(&[1, 2])));
        assert!(b(&mut vm, "issuperset", int_list(&[1, 2])));
        assert!(b(&mut vm, "isdisjoint", int_list(&[5, 6])));
        assert!(!b(&mut vm, "isdisjoint", int_list(&[4])));
        method(&mut vm, &s, "intersection_update", &[int_list(&[1, 2, 3])]).unwrap();
        method(&mut vm, &s, "difference_update", &[int_list(&[1])]).unwrap();
        method(
            &mut vm,
            &s,
            "symmetric_difference_update",
            &[int_list(&[3, 10])],
        )
        .unwrap();
        method(&mut vm, &s, "update", &[int_list(&[20]), int_list(&[30])]).unwrap();
        assert_eq!(repr(&mut vm, &s), "{2, 20, 10, 30}");
        // The early exit of intersection with an iterator (CPython 3.11).
        let one = build(&mut vm, &[1]);
        let it = vm.iter(&int_list(&[1, 2, 3])).unwrap();
        method(&mut vm, &one, "intersection", std::slice::from_ref(&it)).unwrap();
        assert_eq!(ints(&mut vm, &it), vec![2, 3]);
    }

    #[test]
    fn mutation_during_iteration_raises() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let s = build(&mut vm, &[1, 2, 3]);
        let it = vm.iter(&s).unwrap();
        assert!(matches!(vm.next(&it), Ok(Some(Value::Int(1)))));
        method(&mut vm, &s, "add", &[Value::Int(4)]).unwrap();
        assert_eq!(
            err(vm.next(&it).map(|_| Value::None)),
            "RuntimeError: Set changed size during iteration"
        );
        // Sticky, as CPython.
        method(&mut vm, &s, "discard", &[Value::Int(4)]).unwrap();
        assert!(vm.next(&it).is_err());
    }

    /// A set display of constants as CPython 3.11 compiles it: with three or more items,
    /// `BUILD_SET 0` + `SET_UPDATE` of a constant frozenset (built item by item).
    fn literal(vm: &mut Vm, items: &[i64]) -> Value {
        if items.len() < 3 {
            return build(vm, items);
        }
        let f = SetObj::new_with_class(&t().frozenset);
        for &x in items {
            f.downcast::<SetObj>()
                .unwrap()
                .add(vm, Value::Int(x))
                .unwrap();
        }
        let s = Value::Obj(SetObj::new_set());
        this(&s).update(vm, &Value::Obj(f)).unwrap();
        s
    }

    /// The reprs of `set_ops.py` in vm-tests-containers (CPython 3.11 output).
    #[test]
    fn script_reprs_match_cpython() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let a = literal(&mut vm, &[1, 2, 3, 4, 40, 80]);
        assert_eq!(repr(&mut vm, &a), "{80, 1, 2, 3, 4, 40}");
        let b = literal(&mut vm, &[3, 4, 5, 6, 48]);
        let fa = new(&mut vm, &t().frozenset, std::slice::from_ref(&a)).unwrap();
        let cases = [
            (&a, BinOp::BitOr, &b, "{1, 2, 3, 4, 5, 6, 40, 80, 48}"),
            (&a, BinOp::BitAnd, &b, "{3, 4}"),
            (&a, BinOp::Sub, &b, "{80, 1, 2, 40}"),
            (&b, BinOp::Sub, &a, "{48, 5, 6}"),
            (&a, BinOp::BitXor, &b, "{1, 2, 5, 6, 40, 48, 80}"),
            (&b, BinOp::BitXor, &a, "{1, 2, 5, 6, 40, 80, 48}"),
            (
                &fa,
                BinOp::BitOr,
                &b,
                "frozenset({1, 2, 3, 4, 5, 6, 40, 80, 48})",
            ),
            (&b, BinOp::BitOr, &fa, "{1, 2, 3, 4, 5, 6, 40, 48, 80}"),
        ];
        for (x, op, y, want) in cases {
            let r = vm.binary_op(op, x, y, false).unwrap();
            assert_eq!(repr(&mut vm, &r), want, "{op:?}");
        }
        let r = method(&mut vm, &a, "union", &[int_list(&[9, 8]), int_tuple(&[7])]).unwrap();
        assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 4, 7, 8, 9, 80, 40}");
        let r = method(&mut vm, &a, "difference", &[int_list(&[1]), int_list(&[2])]).unwrap();
        assert_eq!(repr(&mut vm, &r), "{80, 3, 4, 40}");
        let r = method(&mut vm, &a, "symmetric_difference", &[int_list(&[4, 5])]).unwrap();
        assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 5, 40, 80}");
        let big = literal(&mut vm, &[0, 8, 16, 24, 32]);
        assert_eq!(repr(&mut vm, &big), "{0, 32, 16, 8, 24}");
        let l = literal(&mut vm, &[10, 100, 1000]);
        assert_eq!(repr(&mut vm, &l), "{1000, 10, 100}");
    }

    /// Operations whose operands are the same object must not double-borrow.
    #[test]
    fn self_operands() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        for (op, want) in [
            (BinOp::BitOr, "{1, 2, 3}"),
            (BinOp::BitAnd, "{1, 2, 3}"),
            (BinOp::Sub, "set()"),
            (BinOp::BitXor, "set()"),
        ] {
            let s = build(&mut vm, &[1, 2, 3]);
            let r = vm.binary_op(op, &s, &s, true).unwrap();
            assert_eq!(repr(&mut vm, &r), want, "{op:?}=");
            let s = build(&mut vm, &[1, 2, 3]);
            let r = vm.binary_op(op, &s, &s, false).unwrap();
            assert_eq!(repr(&mut vm, &r), want, "{op:?}");
        }
        let s = build(&mut vm, &[1, 2, 3]);
        for name in [
            "update",
            "intersection_update",
            "issubset",
            "isdisjoint",
            "union",
        ] {
            method(&mut vm, &s, name, std::slice::from_ref(&s)).unwrap();
        }
        method(
            &mut vm,
            &s,
            "symmetric_difference_update",
            std::slice::from_ref(&s),
        )
        .unwrap();
        assert_eq!(repr(&mut vm, &s), "set()");
        let d = Value::Obj(DictObj::new_ref());
        vm.setitem(&d, &Value::Int(1), Value::Int(2)).unwrap();
        vm.binary_op(BinOp::BitOr, &d, &d, true).unwrap();
        method(&mut vm, &d, "update", std::slice::from_ref(&d)).unwrap();
        let k = method(&mut vm, &d, "keys", &[]).unwrap();
        let r = vm.binary_op(BinOp::BitAnd, &k, &k, false).unwrap();
        assert_eq!(repr(&mut vm, &r), "{1}");
        let eq = vm.compare(&d, &d, CompareKind::Eq).unwrap();
        assert!(vm.truthy(&eq).unwrap());
        let l = int_list(&[1, 2]);
        vm.binary_op(BinOp::Add, &l, &l, true).unwrap();
        method(&mut vm, &l, "extend", std::slice::from_ref(&l)).unwrap();
        let r = vm.binary_op(BinOp::Add, &l, &l, false).unwrap();
        assert_eq!(vm.len(&r).unwrap(), 16);
        let eq = vm.compare(&l, &l, CompareKind::Lt).unwrap();
        assert!(!vm.truthy(&eq).unwrap());
    }
}
