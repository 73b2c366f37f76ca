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

use std::cell::{Cell, RefCell};

use super::dict::{fast_eq, DictObj};
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::core::PyRef;
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::vm::{PyResult, Vm};

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
    pub(super) hash: Cell<i64>,
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
    pub(super) fn swap_bodies(&self, other: &SetObj) {
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
    pub(super) fn difference_update(
        &self,
        vm: &mut Vm,
        this: &Value,
        other: &Value,
    ) -> PyResult<()> {
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
    pub(super) fn symmetric_difference_update(
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
    pub(super) fn frozen_hash(&self) -> i64 {
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
pub(super) fn is_mutable_class(cls: &PyRef) -> bool {
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

pub(super) fn this(v: &Value) -> &SetObj {
    v.downcast::<SetObj>().expect("a set")
}

/// Hash of a key being looked up: a `set` key that is unhashable is looked up as the equal
/// frozenset (`{1} in {frozenset({1})}`), as CPython does.
pub(super) fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
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
pub(super) fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
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
pub(super) fn copy(vm: &mut Vm, so: &Value) -> PyResult<PyRef> {
    new_like(so, vm, Some(so))
}

/// `so - other` / `so.difference(other)`.
pub(super) fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
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
pub(super) fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
    let result = new_like(so, vm, Some(other))?;
    let rv = Value::Obj(result.clone());
    this(&rv).symmetric_difference_update(vm, &rv, so)?;
    Ok(result)
}

/// `so | other`.
pub(super) fn union(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<PyRef> {
    let result = copy(vm, so)?;
    if !other.is(so) {
        this(&Value::Obj(result.clone())).update(vm, other)?;
    }
    Ok(result)
}

/// `so <= other` for any iterable `other`.
pub(super) fn issubset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
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
pub(super) fn issuperset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
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

pub(super) fn isdisjoint(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
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

pub use super::set_methods::{FROZEN_METHODS, FROZEN_SLOTS, FROZEN_SPEC, METHODS, SLOTS, SPEC};

#[cfg(test)]
#[rustfmt::skip]
#[path = "set_cases.rs"]
mod cases;

#[cfg(test)]
mod tests;
