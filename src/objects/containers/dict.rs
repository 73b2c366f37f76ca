//! The dict table: insertion-ordered, compact (an index table plus an entries array, like
//! CPython 3.6+), used by dict objects, type namespaces, module globals and instance dicts.
//!
//! ## Lookup
//! A key is found by its cached hash, then by identity, then by equality. Equality of the
//! builtin key types (str, int, float, bool, None, tuples of them) is decided in Rust without
//! running Python code; any other pair goes through `vm.eq`, which may run `__eq__`.
//!
//! ## Re-entrancy (DESIGN.md §2)
//! The table sits in a `RefCell`, and no borrow is ever held across a call that may run
//! Python code: `__hash__` is computed before borrowing; before calling `__eq__` the lookup
//! copies the candidate key out, releases the borrow, and afterwards restarts if the table
//! was rebuilt (its `id` changed) or the compared entry no longer holds that key, as
//! CPython does; any other change lets the probe go on. Values removed or replaced are handed back to the
//! caller and dropped after the borrow ends, because dropping may run `__del__`.
//!
//! The Python-visible methods (`get`, `items`, views, ...) live in `dict_methods`.

use std::cell::{Cell, RefCell};

use crate::objects::core::PyRef;
use crate::objects::numbers::hash;
use crate::objects::strings::str::StrObj;
use crate::objects::trace::Trace;
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

/// How many entries a table of `size` slots may hold (CPython's USABLE_FRACTION: 2/3).
#[inline]
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

/// The smallest table size (a power of two, at least `MIN_SIZE`) of at least `n` slots.
fn size_for(n: usize) -> usize {
    n.max(MIN_SIZE).next_power_of_two()
}

/// CPython's open-addressing probe order: start at `hash & mask`, then step to
/// `i * 5 + perturb + 1`, shifting `perturb` (the hash's high bits) right by 5 each step, so
/// every slot is eventually visited. An endless iterator.
struct ProbeSeq {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Iterator for ProbeSeq {
    type Item = usize;
    #[inline(always)]
    fn next(&mut self) -> Option<usize> {
        let cur = self.i;
        self.perturb >>= 5;
        self.i = (self.i.wrapping_mul(5))
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1)
            & self.mask;
        Some(cur)
    }
}

#[inline(always)]
fn probe_seq(hash: i64, mask: usize) -> ProbeSeq {
    ProbeSeq {
        i: (hash as u64 as usize) & mask,
        perturb: hash as u64,
        mask,
    }
}

#[derive(Clone)]
struct Entry {
    hash: i64,
    /// `Value::Null` once deleted.
    key: Value,
    value: Value,
}

struct Table {
    /// Open-addressed slots holding entry indexes (or `EMPTY`/`DUMMY`); length a power of two.
    indices: Vec<i32>,
    /// Entries in insertion order; deleted ones keep their place with a `Null` key.
    entries: Vec<Entry>,
    /// Live entries.
    used: usize,
    /// Names this layout: a new table or a rebuild gets a new id (CPython allocates a new
    /// keys object), so a lookup that ran `__eq__` knows whether its probe still stands.
    id: u64,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            id: new_table_id(),
        }
    }
}

/// A fresh id for a dict or set table layout.
pub(crate) fn new_table_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The dict payload.
#[derive(Default)]
pub struct DictObj {
    table: RefCell<Table>,
    /// Untracked by the collector until a container is stored in it (then `link` tracks it):
    /// a dict of atoms cannot be part of a cycle (CPython's `MAINTAIN_TRACKING`).
    lazy: Cell<bool>,
    link: crate::objects::core::gc::SelfLink,
    /// Bumped on every insertion, deletion or replacement; lookups that ran Python code check
    /// it to detect mutation, and iterators check `len` against their start.
    version: Cell<u64>,
    /// CPython's dict-keys version: a number unique among all dicts naming the current keys
    /// and their entry positions, handed out on request ([`DictObj::keys_version`]) and reset
    /// to 0 whenever a key is added or removed or the entries move. Inline caches guard on it
    /// and then read a value by entry position ([`DictObj::value_at`]): replacing a value
    /// keeps the version, so rebinding a global does not invalidate the caches that read it.
    keys_version: Cell<u32>,
}

impl Trace for DictObj {
    fn is_gc(&self) -> bool {
        !self.tracks_itself_later()
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.trace_entries(visit);
    }
    fn clear(&self) {
        self.clear_entries();
    }
}

/// The next dict-keys version to hand out (0 is "none"; at the end of the range there are
/// no more, and caches stop specialising on dicts).
static NEXT_KEYS_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// What a probe's judge says of one live entry.
enum Verdict {
    Match,
    NoMatch,
    /// Equal hashes but types whose equality may run Python code.
    NeedsEq,
}

/// The outcome of probing for a key.
enum Probe {
    /// The key is at entry `index` (through slot `slot`).
    Found { slot: usize, index: usize },
    /// The key is absent; `slot` is where it would go.
    Absent { slot: usize },
    /// A candidate needs Python-level equality: `key` is the stored key to compare, at
    /// entry `index`.
    NeedsEq { key: Value, index: usize },
}

/// The str payload of an exact str (not a subclass).
#[inline(always)]
fn exact_str(o: &PyRef) -> Option<&StrObj> {
    if o.class().ptr_eq(&crate::objects::types().str) {
        o.downcast::<StrObj>()
    } else {
        None
    }
}

/// The items of an exact tuple (not a subclass).
#[inline(always)]
fn exact_tuple(o: &PyRef) -> Option<&[Value]> {
    if o.class().ptr_eq(&crate::objects::types().tuple) {
        o.downcast::<crate::objects::containers::tuple::TupleObj>()
            .map(|t| &t.items[..])
    } else {
        None
    }
}

/// How deep `fast_eq` follows tuples inside tuples before leaving the rest to `vm.eq`
/// (which has the recursion checks).
const TUPLE_DEPTH: u32 = 16;

/// Equality of two keys decided without running Python code, if possible.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_at(a, b, 0)
}

fn fast_eq_at(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y && (*y as i64) == *x)
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(*x as i64 as f64 == *y)
        }
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.ptr_eq(y) {
                return Some(true);
            }
            // Exact strs and tuples only: a subclass may define `__eq__`.
            if let (Some(s), Some(t)) = (exact_str(x), exact_str(y)) {
                return Some(s.as_str() == t.as_str());
            }
            match (exact_tuple(x), exact_tuple(y)) {
                (Some(p), Some(q)) if depth < TUPLE_DEPTH => tuples_eq(p, q, depth + 1),
                (Some(_), None) | (None, Some(_)) if exact_str(x).or(exact_str(y)).is_some() => {
                    Some(false)
                }
                _ => None,
            }
        }
        // An immediate and a heap object: equal only if the object is a number-like type
        // with custom equality, which needs the slow path.
        (Value::Obj(o), _) | (_, Value::Obj(o)) => {
            (exact_str(o).is_some() || exact_tuple(o).is_some()).then_some(false)
        }
        _ => Some(false),
    }
}

/// Two exact tuples compared item by item as CPython does (identity, then `==`, stopping at
/// the first unequal pair, then the lengths) — or `None` as soon as a pair needs Python code,
/// which must then run in the same order.
fn tuples_eq(p: &[Value], q: &[Value], depth: u32) -> Option<bool> {
    for (x, y) in p.iter().zip(q) {
        if !x.is(y) && !fast_eq_at(x, y, depth)? {
            return Some(false);
        }
    }
    Some(p.len() == q.len())
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Walks `h`'s probe sequence, asking `judge` about each live entry, until it matches,
    /// needs Python-level equality, or an empty slot proves the key absent (reporting the
    /// first reusable slot). Every lookup variant below is this walk with its own judge.
    #[inline]
    fn probe_by(&self, h: i64, mut judge: impl FnMut(&Entry) -> Verdict) -> Probe {
        if self.indices.is_empty() {
            return Probe::Absent { slot: 0 };
        }
        let mut free_slot: Option<usize> = None;
        for i in probe_seq(h, self.mask()) {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Absent {
                    slot: free_slot.unwrap_or(i),
                };
            }
            if ix == DUMMY {
                free_slot.get_or_insert(i);
                continue;
            }
            let e = &self.entries[ix as usize];
            match judge(e) {
                Verdict::Match => {
                    return Probe::Found {
                        slot: i,
                        index: ix as usize,
                    }
                }
                Verdict::NeedsEq => {
                    return Probe::NeedsEq {
                        key: e.key.clone(),
                        index: ix as usize,
                    }
                }
                Verdict::NoMatch => {}
            }
        }
        unreachable!("the probe sequence never ends")
    }

    /// Probes for `key` (with hash `h`). `str_only` treats any non-str candidate as unequal
    /// (the fast path for attribute and global names, which never runs Python code).
    #[inline]
    fn probe(&self, key: &Value, h: i64, str_only: bool) -> Probe {
        if let Value::Obj(k) = key {
            if let Some(s) = exact_str(k) {
                return self.probe_exact_str(k, s, h, str_only);
            }
        }
        self.probe_skipping(key, h, str_only, &[])
    }

    /// `probe` for an exact str key (`fast_eq` unrolled for it): the hot path of
    /// `d[word]`, `d.get(word)` and name lookups.
    #[inline]
    fn probe_exact_str(&self, key: &PyRef, s: &StrObj, h: i64, str_only: bool) -> Probe {
        self.probe_by(h, |e| match &e.key {
            Value::Obj(k) if k.ptr_eq(key) => Verdict::Match,
            _ if e.hash != h => Verdict::NoMatch,
            Value::Obj(k) => match exact_str(k) {
                Some(t) if t.as_str() == s.as_str() => Verdict::Match,
                Some(_) => Verdict::NoMatch,
                // Another object with the same hash: its `__eq__` decides.
                None if str_only => Verdict::NoMatch,
                None if exact_tuple(k).is_some() => Verdict::NoMatch,
                None => Verdict::NeedsEq,
            },
            // Immediates never equal a str.
            _ => Verdict::NoMatch,
        })
    }

    /// Like `probe`, treating the keys in `skip` (already found unequal by `__eq__`) as
    /// unequal.
    fn probe_skipping(&self, key: &Value, h: i64, str_only: bool, skip: &[Value]) -> Probe {
        self.probe_by(h, |e| {
            if e.key.is(key) {
                return Verdict::Match;
            }
            if e.hash != h || skip.iter().any(|s| e.key.is(s)) {
                return Verdict::NoMatch;
            }
            match fast_eq(&e.key, key) {
                Some(true) => Verdict::Match,
                Some(false) => Verdict::NoMatch,
                None if str_only => Verdict::NoMatch,
                None => Verdict::NeedsEq,
            }
        })
    }

    /// The entry index of a str key, comparing by identity first (interned names), then by
    /// cached hash and contents; keys of other types never match. Borrows the key: the hot
    /// path of global, builtin and attribute lookups touches no refcount.
    #[inline]
    fn find_str(&self, key: &PyRef, s: &StrObj) -> Option<usize> {
        let h = s.hash();
        let found = self.probe_by(h, |e| match &e.key {
            Value::Obj(k) if k.ptr_eq(key) => Verdict::Match,
            Value::Obj(k)
                if e.hash == h
                    && k.downcast::<StrObj>()
                        .is_some_and(|other| other.as_str() == s.as_str()) =>
            {
                Verdict::Match
            }
            _ => Verdict::NoMatch,
        });
        match found {
            Probe::Found { index, .. } => Some(index),
            _ => None,
        }
    }

    /// Like `probe`, but the candidate `equal_key`, which `__eq__` just found equal, matches.
    fn probe_after_eq(&self, key: &Value, h: i64, equal_key: &Value) -> Probe {
        self.probe_by(h, |e| {
            let equal = e.key.is(key)
                || e.key.is(equal_key)
                || (e.hash == h && fast_eq(&e.key, key) == Some(true));
            if equal {
                Verdict::Match
            } else {
                Verdict::NoMatch
            }
        })
    }

    /// Whether one more entry needs a bigger table: CPython's `dk_usable` is used up (two
    /// thirds of the slots, deleted entries included, which only a resize reclaims).
    #[inline]
    fn is_full(&self) -> bool {
        self.entries.len() >= usable(self.indices.len())
    }

    /// Resizes and compacts a full table to CPython 3.11's GROWTH_RATE: the smallest power
    /// of two >= used * 3.
    #[cold]
    fn grow(&mut self) {
        self.rebuild(size_for(self.used * 3));
    }

    /// The first slot of `h`'s probe sequence that holds no entry (CPython's
    /// `find_empty_slot`): where a key known to be absent goes.
    fn find_empty_slot(&self, h: i64) -> usize {
        probe_seq(h, self.mask())
            .find(|&i| self.indices[i] < 0)
            .expect("a table with room has a free slot")
    }

    /// Rebuilds the index table at `size` slots, dropping deleted entries; the entries array
    /// gets room for exactly as many entries as the table may hold.
    fn rebuild(&mut self, size: usize) {
        self.id = new_table_id();
        self.entries.retain(|e| !e.key.is_null());
        let room = usable(size);
        if self.entries.capacity() != room {
            let mut entries = Vec::with_capacity(room.max(self.entries.len()));
            entries.append(&mut self.entries);
            self.entries = entries;
        }
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let free = probe_seq(e.hash, mask)
                .find(|&i| self.indices[i] == EMPTY)
                .expect("a rebuilt table has room");
            self.indices[free] = ix as i32;
        }
    }

    /// Inserts a new entry at a free `slot` found by `probe` (which must not be stale).
    fn insert_new(&mut self, slot: usize, h: i64, key: Value, value: Value) {
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Entry {
            hash: h,
            key,
            value,
        });
        self.used += 1;
    }
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: a tracked object, or a dict (which may become one).
fn may_be_tracked(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if crate::objects::core::gc::is_tracked(o) || o.is::<DictObj>())
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    /// A new dict object (untracked by the collector until it holds a container).
    pub fn new_ref() -> PyRef {
        let d = DictObj::new();
        d.lazy.set(true);
        let r = PyRef::new(&crate::objects::types().dict, d);
        let dict = r.downcast::<DictObj>().expect("a dict");
        crate::objects::core::gc::bind_self_link(&r, &dict.link);
        r
    }

    /// An instance's own dict handed out (`__dict__`): from now on an object of its own for
    /// the collector, tracked once it holds a container (at once if it does already).
    pub fn escape(r: &PyRef) {
        let Some(d) = r.downcast::<DictObj>() else {
            return;
        };
        if crate::objects::core::gc::is_tracked(r) || !d.link_unbound_untracked() {
            return;
        }
        crate::objects::core::gc::bind_self_link(r, &d.link);
        d.lazy.set(true);
        let holds_container = d
            .items()
            .iter()
            .any(|(k, v)| may_be_tracked(k) || may_be_tracked(v));
        if holds_container {
            d.lazy.set(false);
            d.link.track();
        }
    }

    /// An untracked dict that is not lazy: an instance's own (see `new_untracked_ref`).
    fn link_unbound_untracked(&self) -> bool {
        !self.lazy.get()
    }

    /// Whether the collector tracks the dict yet (see `lazy`).
    pub fn tracks_itself_later(&self) -> bool {
        self.lazy.get()
    }

    /// Tracks a lazy dict about to hold `key` and `value` if either may be part of a cycle
    /// (a tracked object, or a dict that may become one).
    #[inline]
    fn maintain_tracking(&self, key: &Value, value: &Value) {
        if self.lazy.get() && (may_be_tracked(key) || may_be_tracked(value)) {
            self.lazy.set(false);
            self.link.track();
        }
    }

    /// CPython's `_PyDict_MaybeUntrack`, for a full collection's survivors: whether the
    /// collector may untrack `r`, a tracked dict holding nothing that may be tracked. If so,
    /// the dict is lazy again — it tracks itself when a container is stored in it — and the
    /// caller untracks it.
    pub fn prepare_untrack(r: &PyRef) -> bool {
        let Some(d) = r.downcast::<DictObj>() else {
            return false;
        };
        let Ok(t) = d.table.try_borrow() else {
            return false;
        };
        if d.lazy.get()
            || t.entries
                .iter()
                .any(|e| may_be_tracked(&e.key) || may_be_tracked(&e.value))
        {
            return false;
        }
        drop(t);
        d.lazy.set(true);
        crate::objects::core::gc::bind_self_link(r, &d.link);
        true
    }

    /// A new dict the collector does not track (an instance's own `__dict__`: see
    /// `PyRef::new_untracked`).
    pub fn new_untracked_ref() -> PyRef {
        PyRef::new_untracked(&crate::objects::types().dict, DictObj::new())
    }

    /// The bytes of the heap buffers the dict owns: its index table and entries array, by
    /// capacity (`sys.getsizeof`). The keys and values themselves are not included.
    pub fn heap_size(&self) -> usize {
        let t = self.table.borrow();
        t.indices.capacity() * std::mem::size_of::<i32>()
            + t.entries.capacity() * std::mem::size_of::<Entry>()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// The keys were added to, removed from or moved: inline caches keyed on them miss.
    #[inline]
    fn keys_changed(&self) {
        self.keys_version.set(0);
    }

    /// The current dict-keys version (see the field), assigned now if the keys changed since
    /// it was last asked for; 0 when the versions ran out.
    pub fn keys_version(&self) -> u32 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        use std::sync::atomic::Ordering;
        let next = NEXT_KEYS_VERSION.load(Ordering::Relaxed);
        if next == 0 {
            return 0;
        }
        NEXT_KEYS_VERSION.store(next.wrapping_add(1), Ordering::Relaxed);
        self.keys_version.set(next);
        next
    }

    /// The version an inline cache compares with: the current one, or 0 if none is assigned
    /// (which never matches a cached version).
    #[inline(always)]
    pub fn cached_keys_version(&self) -> u32 {
        self.keys_version.get()
    }

    /// The entry position of a str key, for an inline cache (with `keys_version`).
    pub fn index_of_str(&self, key: &PyRef) -> Option<usize> {
        let s = key.downcast::<StrObj>()?;
        self.table.borrow().find_str(key, s)
    }

    /// The value of `key` if it is at entry position `hint` (an inline cache's guess: any
    /// position is safe to ask about).
    #[inline(always)]
    pub fn value_at_hint(&self, hint: usize, key: &PyRef) -> Option<Value> {
        let t = self.table.borrow();
        match t.entries.get(hint) {
            Some(Entry {
                key: Value::Obj(k),
                value,
                ..
            }) if k.ptr_eq(key) => Some(value.clone()),
            _ => None,
        }
    }

    /// Replaces the value of `key` if it is at entry position `hint`, returning the old value
    /// (drop it after the call); gives `value` back otherwise.
    #[inline(always)]
    pub fn replace_at_hint(&self, hint: usize, key: &PyRef, value: Value) -> Result<Value, Value> {
        let here = matches!(
            self.table.borrow().entries.get(hint),
            Some(Entry { key: Value::Obj(k), .. }) if k.ptr_eq(key)
        );
        if !here {
            return Err(value);
        }
        self.maintain_tracking(&Value::None, &value);
        self.bump();
        let mut t = self.table.borrow_mut();
        Ok(std::mem::replace(&mut t.entries[hint].value, value))
    }

    /// The value at entry position `index` (a position `index_of_str` gave under the same
    /// keys version: so the entry is live).
    #[inline(always)]
    pub fn value_at(&self, index: usize) -> Value {
        self.table.borrow().entries[index].value.clone()
    }

    /// Looks up a str key (interned or not) without running Python code.
    #[inline]
    pub fn get_str(&self, key: &PyRef) -> Option<Value> {
        let s = key.downcast::<StrObj>()?;
        let t = self.table.borrow();
        t.find_str(key, s)
            .map(|index| t.entries[index].value.clone())
    }

    /// Sets a str key without running Python code; returns the replaced value (drop it after
    /// the call, not inside a borrow).
    pub fn set_str(&self, key: PyRef, value: Value) -> Option<Value> {
        let h = key
            .downcast::<StrObj>()
            .expect("set_str takes a str key")
            .hash();
        let k = Value::Obj(key);
        self.maintain_tracking(&k, &value);
        self.bump();
        let mut t = self.table.borrow_mut();
        match t.probe(&k, h, true) {
            Probe::Found { index, .. } => {
                Some(std::mem::replace(&mut t.entries[index].value, value))
            }
            Probe::Absent { slot } => {
                self.insert_absent(&mut t, slot, h, k, value);
                None
            }
            Probe::NeedsEq { .. } => unreachable!("str_only probes never ask for __eq__"),
        }
    }

    /// Adds an entry for a key a probe just found absent (with nothing run since), at `slot`
    /// unless the table must grow first (CPython's `insertdict`).
    #[inline]
    fn insert_absent(&self, t: &mut Table, mut slot: usize, h: i64, key: Value, value: Value) {
        if t.is_full() {
            t.grow();
            slot = t.find_empty_slot(h);
        }
        t.insert_new(slot, h, key, value);
        self.keys_changed();
    }

    /// Removes a str key without running Python code; returns the removed value.
    pub fn del_str(&self, key: &PyRef) -> Option<Value> {
        let h = key.downcast::<StrObj>()?.hash();
        let k = Value::Obj(key.clone());
        let mut t = self.table.borrow_mut();
        match t.probe(&k, h, true) {
            Probe::Found { slot, index } => {
                let removed = Self::remove_at(&mut t, slot, index);
                drop(t);
                self.bump();
                self.keys_changed();
                Some(removed.1)
            }
            _ => None,
        }
    }

    /// Finds `key`, running `__eq__` where needed. Returns the probe against the current
    /// (post-`__eq__`) table: `Found` or `Absent`, never `NeedsEq`.
    #[inline]
    fn locate(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<Probe> {
        // (the probe's borrow ends before `__eq__` can run)
        let probe = self.table.borrow().probe(key, h, false);
        match probe {
            Probe::NeedsEq {
                key: candidate,
                index,
            } => self.locate_slow(vm, key, h, candidate, index),
            done => Ok(done),
        }
    }

    /// `locate` once a candidate needs `__eq__`.
    #[cold]
    #[inline(never)]
    fn locate_slow(
        &self,
        vm: &mut Vm,
        key: &Value,
        h: i64,
        first: Value,
        first_index: usize,
    ) -> PyResult<Probe> {
        // Candidates already compared unequal since the probe last started.
        let mut unequal: Vec<Value> = Vec::new();
        let (mut needs, mut index) = (first, first_index);
        loop {
            let id = self.table.borrow().id;
            // No borrow is held here: `__eq__` may run arbitrary code, even mutate this dict.
            let equal = vm.eq(&needs, key)?;
            let t = self.table.borrow();
            // As CPython: the probe stands unless the table was rebuilt or the compared
            // entry no longer holds that key; otherwise start again.
            let stands = t.id == id && t.entries.get(index).is_some_and(|e| e.key.is(&needs));
            if !stands {
                unequal.clear();
            } else if equal {
                return Ok(t.probe_after_eq(key, h, &needs));
            } else {
                unequal.push(needs);
            }
            let probe = t.probe_skipping(key, h, false, &unequal);
            drop(t);
            match probe {
                Probe::NeedsEq {
                    key: candidate,
                    index: i,
                } => (needs, index) = (candidate, i),
                done => return Ok(done),
            }
        }
    }

    /// `d[key]` lookup: `Ok(None)` if absent. May run `__hash__`/`__eq__`.
    pub fn get_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = vm.hash(key)?;
        self.get_item_hashed(vm, key, h)
    }

    pub fn get_item_hashed(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<Option<Value>> {
        {
            let t = self.table.borrow();
            match t.probe(key, h, false) {
                Probe::Found { index, .. } => return Ok(Some(t.entries[index].value.clone())),
                Probe::Absent { .. } => return Ok(None),
                Probe::NeedsEq { .. } => {}
            }
        }
        match self.locate(vm, key, h)? {
            Probe::Found { index, .. } => {
                Ok(Some(self.table.borrow().entries[index].value.clone()))
            }
            _ => Ok(None),
        }
    }

    /// `d[key] = value`. May run `__hash__`/`__eq__`; the replaced value is dropped after
    /// the table is consistent again.
    pub fn set_item(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let h = vm.hash(&key)?;
        self.set_item_hashed(vm, key, h, value)
    }

    pub fn set_item_hashed(&self, vm: &mut Vm, key: Value, h: i64, value: Value) -> PyResult<()> {
        self.maintain_tracking(&key, &value);
        let probe = self.locate(vm, &key, h)?;
        let old = {
            let mut t = self.table.borrow_mut();
            match probe {
                Probe::Found { index, .. } => {
                    Some(std::mem::replace(&mut t.entries[index].value, value))
                }
                Probe::Absent { slot } => {
                    self.insert_absent(&mut t, slot, h, key, value);
                    None
                }
                Probe::NeedsEq { .. } => unreachable!("locate settles equality"),
            }
        };
        self.bump();
        drop(old);
        Ok(())
    }

    /// `d.setdefault(key, default)` with `key`'s hash: the value of `key`, or `default`
    /// stored and returned — one probe either way.
    pub fn setdefault_hashed(
        &self,
        vm: &mut Vm,
        key: &Value,
        h: i64,
        default: Value,
    ) -> PyResult<Value> {
        let probe = self.locate(vm, key, h)?;
        let mut t = self.table.borrow_mut();
        match probe {
            Probe::Found { index, .. } => Ok(t.entries[index].value.clone()),
            Probe::Absent { slot } => {
                self.maintain_tracking(key, &default);
                self.insert_absent(&mut t, slot, h, key.clone(), default.clone());
                drop(t);
                self.bump();
                Ok(default)
            }
            Probe::NeedsEq { .. } => unreachable!("locate settles equality"),
        }
    }

    /// Removes `key`, returning its value, or `Ok(None)` if absent.
    pub fn pop_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = vm.hash(key)?;
        match self.locate(vm, key, h)? {
            Probe::Found { slot, index } => {
                let removed = Self::remove_at(&mut self.table.borrow_mut(), slot, index);
                self.bump();
                self.keys_changed();
                Ok(Some(removed.1))
            }
            _ => Ok(None),
        }
    }

    fn remove_at(t: &mut Table, slot: usize, index: usize) -> (Value, Value) {
        t.indices[slot] = DUMMY;
        t.used -= 1;
        let e = &mut t.entries[index];
        let key = std::mem::replace(&mut e.key, Value::Null);
        let value = std::mem::replace(&mut e.value, Value::Null);
        (key, value)
    }

    /// The entry at or after position `pos` in insertion order, with the position after it:
    /// the iteration primitive (`while let Some((next, k, v)) = d.next_entry(pos)`).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        while pos < t.entries.len() {
            let e = &t.entries[pos];
            pos += 1;
            if !e.key.is_null() {
                return Some((pos, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    /// The number of entry positions, deleted ones included (the bound of positions for
    /// [`next_entry`](Self::next_entry) and [`prev_entry`](Self::prev_entry)).
    pub fn entry_count(&self) -> usize {
        self.table.borrow().entries.len()
    }

    /// The live entry at or before position `pos`, with its position: the primitive of
    /// reversed iteration.
    pub fn prev_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut i = pos.min(t.entries.len().checked_sub(1)?);
        loop {
            let e = &t.entries[i];
            if !e.key.is_null() {
                return Some((i, e.key.clone(), e.value.clone()));
            }
            i = i.checked_sub(1)?;
        }
    }

    /// Snapshot of the keys with their stored hashes, in order.
    pub fn keys_with_hashes(&self) -> Vec<(Value, i64)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.hash))
            .collect()
    }

    /// Visits every value (an instance's own dict, whose keys are strs; skipped while
    /// borrowed).
    pub fn trace_values(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in &t.entries {
                crate::objects::trace::visit_value(&e.value, visit);
            }
        }
    }

    /// Visits every value and key (the collector's traverse, in CPython's order; skipped
    /// while borrowed).
    pub fn trace_entries(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in &t.entries {
                crate::objects::trace::visit_value(&e.value, visit);
                crate::objects::trace::visit_value(&e.key, visit);
            }
        }
    }

    /// Empties the dict for the collector (skipped while borrowed); the entries are dropped
    /// after the borrow ends.
    pub fn clear_entries(&self) {
        let old = match self.table.try_borrow_mut() {
            Ok(mut t) => std::mem::take(&mut *t),
            Err(_) => return,
        };
        self.bump();
        self.keys_changed();
        drop(old);
    }

    pub fn keys(&self) -> Vec<Value> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }

    /// Snapshot of the values, in order.
    pub fn values(&self) -> Vec<Value> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
            .collect()
    }

    /// Snapshot of the items, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.table.borrow_mut();
        let index = t.entries.iter().rposition(|e| !e.key.is_null())?;
        let h = t.entries[index].hash;
        let slot = probe_seq(h, t.mask())
            .find(|&i| t.indices[i] == index as i32)
            .expect("a live entry is reachable from its hash");
        let item = Self::remove_at(&mut t, slot, index);
        t.entries.truncate(index);
        drop(t);
        self.bump();
        self.keys_changed();
        Some(item)
    }

    /// Removes everything; the old entries are dropped after the borrow ends.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        self.keys_changed();
        drop(old);
    }

    /// A shallow copy (same keys and values, fresh table).
    pub fn copy(&self) -> DictObj {
        let t = self.table.borrow();
        let mut new = Table {
            indices: Vec::new(),
            entries: t
                .entries
                .iter()
                .filter(|e| !e.key.is_null())
                .cloned()
                .collect(),
            used: t.used,
            id: new_table_id(),
        };
        let mut size = MIN_SIZE;
        while size * 2 < new.used * 3 + 3 {
            size *= 2;
        }
        new.rebuild(size);
        // (a copy is tracked from the start: it may hold what the original did)
        DictObj {
            table: RefCell::new(new),
            version: Cell::new(0),
            ..DictObj::default()
        }
    }

    /// Hash of a str key, for callers that build keys themselves.
    pub fn str_hash(s: &str) -> i64 {
        hash::hash_str(s)
    }
}

/// The dict type's slots and methods are filled in by `dict_methods`.
pub use crate::objects::containers::dict_methods::{METHODS, SLOTS};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: crate::objects::classes::typeobj::TypeSpec =
    crate::objects::classes::typeobj::TypeSpec {
        slots: SLOTS,
        methods: METHODS,
        getsets: &[],
    };
