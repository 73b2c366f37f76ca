//! Quickening: the specialising adaptive interpreter (CPython 3.11's PEP 659, in pyvm's terms).
//!
//! Every instruction that can be specialised (`Op::is_specialisable`) gets an inline cache
//! entry when its code object is made (a [`Cache`] in `CodeObj::caches`, indexed by the
//! instruction's `cache` field). The generic instruction counts its executions down in the
//! entry; when the count runs out, [`specialise`] looks at the operands it has this time and
//! rewrites the instruction in place (`CodeObj::instrs` holds `Cell`s) into a specialised
//! form — `BINARY_OP` on two floats becomes `BINARY_OP_FLOAT`, `LOAD_GLOBAL` of a builtin
//! becomes `LOAD_GLOBAL_BUILTIN` with the dicts' keys versions and the entry position in the
//! cache — or, when nothing fits, backs off exponentially before trying again.
//!
//! A specialised instruction checks its guard (the operand types, a dict-keys version, a
//! function version) and does the fast thing; when the guard fails it runs the generic code
//! for that execution and spends one unit of a miss budget; when the budget is spent it
//! rewrites itself back to the generic instruction (a *deopt*), which starts warming up
//! again. So a site that changes behaviour (a global rebound to another kind of object, a
//! builtin shadowed, a list replaced by a subclass) is first served correctly by the generic
//! path, then respecialised for what it sees now.
//!
//! Caches hold no references: versions and positions only. A guard that holds proves the
//! fact the cache recorded (a dict's keys version changes whenever a key is added or removed
//! or the entries move; a function's version whenever its code or defaults are assigned).
//!
//! Superinstructions: when the code object is made, `LOAD_FAST; LOAD_FAST` and a few other
//! common pairs become one instruction that does both in one dispatch (the second stays in
//! place for jumps to it).
//!
//! `-X opstats` counts executions per instruction, specialisation attempts, guard misses and
//! deopts (see `opstats`); the eval loop is compiled twice so that counting costs nothing
//! when it is off.

use std::cell::{Cell, OnceCell};

use super::opstats;
use super::stack::Cursor;
use crate::bytecode::opcode::{binary_op_from_arg, Instr, Op};
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::function::{BuiltinFunctionObj, FunctionObj};
use crate::objects::classes::instance;
use crate::objects::classes::typecache;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::slice::SliceObj;
use crate::objects::core::Borrowed;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::StrObj;
use crate::objects::{types, Value};
use crate::vm::protocol::{exact_dict, exact_list, exact_tuple};

/// Executions of a generic instruction before its first specialisation attempt.
pub const WARMUP: u16 = 8;

/// Guard failures a specialised instruction takes before it reverts to the generic one.
const MISS_BUDGET: u16 = 50;

/// The longest back-off (as a power of two) after failed attempts.
const MAX_BACKOFF: u8 = 12;

/// One instruction's inline cache. Which fields mean what depends on the instruction (see
/// `specialise` and the eval loop's specialised arms).
pub struct Cache {
    /// A generic instruction: executions left before the next attempt. A specialised one:
    /// guard misses left before it reverts.
    pub counter: Cell<u16>,
    /// The exponent of the next back-off.
    backoff: Cell<u8>,
    /// A dict-keys version, a function version.
    pub version: Cell<u32>,
    /// A second keys version (builtins, for `LOAD_GLOBAL_BUILTIN`).
    pub version2: Cell<u32>,
    /// An entry position in a dict.
    pub index: Cell<u32>,
    /// A value found under the guard (a method, a class attribute, an `__init__`).
    pub value: Cell<CachedValue>,
    /// The table of a polymorphic attribute site (see [`Poly`]), made when the site first
    /// sees a second class and kept for the code object's life.
    poly: OnceCell<Box<Poly>>,
}

/// A value an inline cache recorded without counting it (see `core::Borrowed`): valid only
/// while the guard it was recorded under holds.
#[derive(Clone, Copy, Default)]
pub enum CachedValue {
    #[default]
    Empty,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(Borrowed),
}

impl CachedValue {
    pub fn record(v: &Value) -> CachedValue {
        match v {
            Value::Null => CachedValue::Empty,
            Value::None => CachedValue::None,
            Value::Bool(b) => CachedValue::Bool(*b),
            Value::Int(i) => CachedValue::Int(*i),
            Value::Float(f) => CachedValue::Float(*f),
            Value::Obj(o) => CachedValue::Obj(Borrowed::of(o)),
        }
    }

    /// The value, counted.
    ///
    /// # Safety
    /// The guard it was recorded under must hold (so a heap object is still alive).
    #[inline(always)]
    pub unsafe fn load(self) -> Value {
        match self {
            CachedValue::Empty => Value::Null,
            CachedValue::None => Value::None,
            CachedValue::Bool(b) => Value::Bool(b),
            CachedValue::Int(i) => Value::Int(i),
            CachedValue::Float(f) => Value::Float(f),
            // SAFETY: the caller's guard holds.
            CachedValue::Obj(b) => Value::Obj(unsafe { b.to_ref() }),
        }
    }
}

impl Default for Cache {
    fn default() -> Self {
        Cache {
            counter: Cell::new(WARMUP),
            backoff: Cell::new(0),
            version: Cell::new(0),
            version2: Cell::new(0),
            index: Cell::new(0),
            value: Cell::new(CachedValue::Empty),
            poly: OnceCell::new(),
        }
    }
}

impl Cache {
    /// Counts one execution of the generic instruction: true when it is time to try to
    /// specialise.
    #[inline(always)]
    pub fn tick(&self) -> bool {
        let n = self.counter.get();
        if n == 0 {
            return true;
        }
        self.counter.set(n - 1);
        false
    }

    /// No specialisation fits: wait longer before the next attempt.
    fn back_off(&self) {
        let b = (self.backoff.get() + 1).min(MAX_BACKOFF);
        self.backoff.set(b);
        self.counter.set((1u16 << b) - 1);
    }
}

impl Cache {
    /// The polymorphic table's entry for objects of the type with version tag `tag` and
    /// instances of shape `shape` (0: an object without a shape).
    #[inline(always)]
    pub fn poly_entry(&self, tag: u32, shape: u32) -> Option<&PolyEntry> {
        self.poly.get()?.find(tag, shape)
    }
}

/// How many classes (or shapes) a polymorphic attribute site serves.
pub const POLY: usize = 4;

/// One class served by a polymorphic site: its version tag, the instances' shape, and what
/// the monomorphic form keeps in `Cache::index`/`Cache::value` (an attribute's index in the
/// shape, a method).
#[derive(Default)]
pub struct PolyEntry {
    tag: Cell<u32>,
    shape: Cell<u32>,
    pub index: Cell<u32>,
    pub value: Cell<CachedValue>,
}

/// The table of a polymorphic attribute site: `LOAD_ATTR`/`STORE_ATTR` of an instance
/// attribute and `LOAD_METHOD` at a site that sees objects of a few classes (a method of a
/// base class reading `self.x` of subclass instances, a loop over a list of mixed tasks).
/// CPython 3.11's instructions are monomorphic and such a site takes its generic path; here
/// the site keeps up to [`POLY`] (version tag, shape) entries, each guarded as the
/// monomorphic form guards its one. An empty entry has tag 0, which no live class has.
#[derive(Default)]
pub struct Poly {
    entries: [PolyEntry; POLY],
}

impl Poly {
    #[inline(always)]
    fn find(&self, tag: u32, shape: u32) -> Option<&PolyEntry> {
        if tag == 0 {
            return None;
        }
        self.entries
            .iter()
            .find(|e| e.tag.get() == tag && e.shape.get() == shape)
    }

    fn clear(&self) {
        for e in &self.entries {
            e.tag.set(0);
            e.value.set(CachedValue::Empty);
        }
    }

    /// Records an entry in a free place; false when the table is full.
    fn add(&self, tag: u32, shape: u32, index: u32, value: CachedValue) -> bool {
        match self.entries.iter().find(|e| e.tag.get() == 0) {
            Some(e) => {
                e.tag.set(tag);
                e.shape.set(shape);
                e.index.set(index);
                e.value.set(value);
                true
            }
            None => false,
        }
    }
}

/// The runtime copy of a code unit's instructions and their inline caches: every
/// specialisable instruction gets its own cache entry (up to `u16::MAX` of them; past that,
/// instructions stay generic).
pub fn quicken(code: &[Instr]) -> (Box<[Cell<Instr>]>, Box<[Cache]>) {
    let mut ncaches = 0usize;
    let instrs = code
        .iter()
        .enumerate()
        .map(|(at, &i)| {
            let mut i = i;
            i.cache = u16::MAX;
            if i.op.is_specialisable() && ncaches < u16::MAX as usize {
                i.cache = ncaches as u16;
                ncaches += 1;
            }
            if let Some(next) = code.get(at + 1) {
                i.op = superinstruction(i.op, next.op).unwrap_or(i.op);
            }
            Cell::new(i)
        })
        .collect();
    let caches = (0..ncaches).map(|_| Cache::default()).collect();
    (instrs, caches)
}

/// The superinstruction that does `first` then `second` in one dispatch (CPython 3.11's
/// commonest pairs). The second instruction stays where it is: a jump to it runs it alone.
fn superinstruction(first: Op, second: Op) -> Option<Op> {
    use Op::*;
    Some(match (first, second) {
        (LoadFast, LoadFast) => LoadFastLoadFast,
        (LoadFast, LoadConst) => LoadFastLoadConst,
        (LoadConst, LoadFast) => LoadConstLoadFast,
        (StoreFast, LoadFast) => StoreFastLoadFast,
        _ => return None,
    })
}

/// A failed guard in a specialised instruction at `ip - 1` (whose generic form then runs):
/// spends one unit of the miss budget, and rewrites the instruction back to its generic
/// form when the budget is spent.
#[cold]
#[inline(never)]
pub fn miss<const STATS: bool>(code: &CodeObj, ip: usize, instr: Instr) {
    if STATS {
        opstats::miss(instr.op);
    }
    let Some(c) = code.caches.get(instr.cache as usize) else {
        return;
    };
    let n = c.counter.get();
    if n > 0 {
        c.counter.set(n - 1);
        return;
    }
    if STATS {
        opstats::deopt(instr.op);
    }
    code.instrs[ip - 1].set(Instr {
        op: instr.op.generic(),
        ..instr
    });
    c.back_off();
}

/// What the specialiser sees of the running frame besides the operands.
pub struct Site<'a> {
    pub code: &'a CodeObj,
    /// The instruction's index + 1 (the eval loop's `ip`).
    pub ip: usize,
    pub instr: Instr,
    pub globals: &'a DictObj,
    pub builtins: &'a DictObj,
    /// A `KW_NAMES` precedes this call.
    pub kwnames: bool,
}

/// Tries to specialise the generic instruction at `site` for the operands on `cur`; on
/// failure backs off. The generic code then runs for this execution either way.
#[cold]
pub(crate) fn specialise<const STATS: bool>(site: &Site, cur: &Cursor) {
    let Some(cache) = site.code.caches.get(site.instr.cache as usize) else {
        return;
    };
    let instr = site.instr;
    let new = match instr.op {
        Op::LoadGlobal => load_global(site, cache),
        Op::LoadAttr => load_attr(site, cur, cache),
        Op::LoadMethod => load_method(site, cur, cache),
        Op::StoreAttr => store_attr(site, cur, cache),
        Op::BinaryOp => binary_op(instr.arg, cur.peek(2), cur.peek(1)),
        Op::CompareOp => compare_op(cur.peek(2), cur.peek(1)),
        Op::BinarySubscr => subscr(cur.peek(2), cur.peek(1), false),
        Op::StoreSubscr => subscr(cur.peek(2), cur.peek(1), true),
        Op::UnpackSequence => unpack_sequence(instr.arg as usize, cur.peek(1)),
        Op::ForIter => for_iter(cur.peek(1)),
        Op::CallFunction | Op::CallMethod => call(site, cur, cache),
        _ => None,
    };
    if STATS {
        opstats::attempt(instr.op, new.is_some());
    }
    match new {
        Some(op) => {
            site.code.instrs[site.ip - 1].set(Instr { op, ..instr });
            cache.counter.set(MISS_BUDGET);
        }
        None => cache.back_off(),
    }
}

/// `LOAD_GLOBAL`: found in globals (guard: their keys version), or in builtins and not in
/// globals (guards: both keys versions).
fn load_global(site: &Site, cache: &Cache) -> Option<Op> {
    let name = &site.code.names[site.instr.arg as usize];
    let gv = site.globals.keys_version();
    if gv == 0 {
        return None;
    }
    if let Some(i) = site.globals.index_of_str(name) {
        cache.version.set(gv);
        cache.index.set(i as u32);
        return Some(Op::LoadGlobalModule);
    }
    let i = site.builtins.index_of_str(name)?;
    let bv = site.builtins.keys_version();
    if bv == 0 {
        return None;
    }
    cache.version.set(gv);
    cache.version2.set(bv);
    cache.index.set(i as u32);
    Some(Op::LoadGlobalBuiltin)
}

/// Whether `name` is a dunder (`__x__`): the names types and modules answer specially.
fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// `LOAD_ATTR` on a module (the attribute in its dict; guard: the dict's keys version) or on
/// a class (the attribute found along its MRO; guard: its version tag).
fn load_attr(site: &Site, cur: &Cursor, cache: &Cache) -> Option<Op> {
    let obj = cur.peek(1).as_obj()?;
    let name = &site.code.names[site.instr.arg as usize];
    if obj.is::<TypeObject>() {
        return load_attr_class(obj, name, cache);
    }
    if obj.is::<ModuleObj>() {
        return load_attr_module(site, obj, cache);
    }
    load_attr_instance(cur.peek(1), name, cache)
}

/// The type's version tag when attribute access on `obj` is plain (`object`'s
/// `__getattribute__`, no data descriptor of the name on the type, not a dunder): the tag
/// pins those facts.
fn plain_attr(obj: &Value, name: &crate::objects::PyRef) -> Option<u32> {
    let cls = obj.class();
    if !cls.downcast::<TypeObject>()?.heap
        || crate::vm::protocol::slots(obj).getattr.is_some()
        || is_dunder(name.downcast::<StrObj>()?.as_str())
    {
        return None;
    }
    if let Some(d) = TypeObject::lookup(cls, name) {
        if crate::vm::attr::is_data_descr(&d) {
            return None;
        }
    }
    let tag = typecache::version_tag(cls);
    (tag != 0).then_some(tag)
}

/// Where `obj`'s own attribute `name` is, for `LOAD_ATTR_WITH_HINT`/`STORE_ATTR_WITH_HINT`:
/// (type version tag, shape id, index). An instance of a plain class: its shape's id (never
/// 0) and the name's index in the shape (`objects::classes::instance`'s inline-cache API); another
/// object with an attribute dict: 0 and the entry position as a hint.
fn attr_hint(obj: &Value, name: &crate::objects::PyRef) -> Option<(u32, u32, u32)> {
    let tag = plain_attr(obj, name)?;
    if let Some(o) = obj.as_obj().filter(|o| instance::is_instance(o)) {
        let shape = instance::shape_id(o);
        let index = instance::index_in_shape(o, name)?;
        return (shape != 0).then_some((tag, shape, index));
    }
    let dict = instance::dict_cell(obj)?.borrow().clone()?;
    let index = dict.downcast::<DictObj>()?.index_of_str(name)?;
    Some((tag, 0, index as u32))
}

/// `LOAD_ATTR` of an instance attribute (guards: the type's version tag; the shape id, or
/// the dict entry holding the name).
fn load_attr_instance(obj: &Value, name: &crate::objects::PyRef, cache: &Cache) -> Option<Op> {
    let (tag, shape, index) = attr_hint(obj, name)?;
    cache.version.set(tag);
    cache.version2.set(shape);
    cache.index.set(index);
    Some(Op::LoadAttrWithHint)
}

/// `STORE_ATTR` replacing an instance attribute (as `LOAD_ATTR_WITH_HINT`; the class must
/// not define `__setattr__`).
fn store_attr(site: &Site, cur: &Cursor, cache: &Cache) -> Option<Op> {
    let obj = cur.peek(1);
    let name = &site.code.names[site.instr.arg as usize];
    if !plain_setattr(obj) {
        return None;
    }
    if let Some((tag, shape, index)) = attr_hint(obj, name) {
        cache.version.set(tag);
        cache.version2.set(shape);
        cache.index.set(index);
        return Some(Op::StoreAttrWithHint);
    }
    // A new attribute of an instance, by the shape transition other instances took (guards:
    // the type's version tag and the shape the instance is at).
    let o = obj.as_obj().filter(|o| instance::is_instance(o))?;
    let tag = plain_attr(obj, name)?;
    let from = instance::shape_id(o);
    let to = instance::child_shape_id(o, name)?;
    if from == 0 {
        return None;
    }
    cache.version.set(tag);
    cache.version2.set(from);
    cache.index.set(to);
    Some(Op::StoreAttrAdd)
}

/// Whether setting attributes on `obj` is `object.__setattr__`'s business.
fn plain_setattr(obj: &Value) -> bool {
    crate::vm::protocol::slots(obj)
        .setattr
        .map(|f| f as *const ())
        == Some(crate::vm::attr::generic_setattr as *const ())
}

/// `LOAD_ATTR` of a class attribute through the class (`Color.RED`, `cls.helper`): a plain
/// value or a function (which class access returns as is), found along the MRO of a class
/// whose metaclass is `type`, for a name `type` does not answer itself.
fn load_attr_class(
    cls: &crate::objects::PyRef,
    name: &crate::objects::PyRef,
    cache: &Cache,
) -> Option<Op> {
    if !cls.class().ptr_eq(&types().type_) || is_dunder(name.downcast::<StrObj>()?.as_str()) {
        return None;
    }
    if TypeObject::lookup(&types().type_, name).is_some() {
        return None;
    }
    let v = TypeObject::lookup(cls, name)?;
    let plain = match &v {
        Value::Obj(o) => {
            o.is::<FunctionObj>() || crate::vm::protocol::slots(&v).descr_get.is_none()
        }
        _ => true,
    };
    let tag = typecache::version_tag(cls);
    if !plain || tag == 0 {
        return None;
    }
    cache.version.set(tag);
    cache.value.set(CachedValue::record(&v));
    Some(Op::LoadAttrClass)
}

/// `LOAD_METHOD` of a method found on the type of an object that has no instance dict (any
/// object of a builtin type: `lst.append`, `s.join`), or of an instance whose dict does not
/// shadow it: the function, unbound, with the object as its first argument (guards: the
/// type's version tag; the instance dict lacks the name).
fn load_method(site: &Site, cur: &Cursor, cache: &Cache) -> Option<Op> {
    let name = &site.code.names[site.instr.arg as usize];
    let (tag, shape, f, with_dict) = method_hint(cur.peek(1), name)?;
    cache.version.set(tag);
    cache.version2.set(shape);
    cache.value.set(CachedValue::record(&f));
    Some(if with_dict {
        Op::LoadMethodWithDict
    } else {
        Op::LoadMethodNoDict
    })
}

/// What `LOAD_METHOD` of `name` on `obj` may cache: (type version tag, shape, the method,
/// whether the object has attributes of its own). The shape is an instance's, which must
/// lack the name (it guards that the instance does not shadow the method), or 0 for an
/// object with a dict (checked each time) or none.
fn method_hint(obj: &Value, name: &crate::objects::PyRef) -> Option<(u32, u32, Value, bool)> {
    let cls = obj.class();
    let heap = cls.downcast::<TypeObject>()?.heap;
    if obj.as_obj().is_some_and(|o| o.is::<TypeObject>())
        || crate::vm::protocol::slots(obj).getattr.is_some()
    {
        return None;
    }
    let inst = obj.as_obj().filter(|o| instance::is_instance(o));
    let with_dict = inst.is_some() || instance::dict_cell(obj).is_some();
    if with_dict && (!heap || is_dunder(name.downcast::<StrObj>()?.as_str())) {
        return None;
    }
    let shape = match inst {
        Some(o) if instance::shape_id(o) == 0 || instance::shape_has(o, name) => return None,
        Some(o) => instance::shape_id(o),
        None => 0,
    };
    let f = TypeObject::lookup(cls, name)?;
    let method = f.downcast::<FunctionObj>().is_some()
        || f.downcast::<BuiltinFunctionObj>()
            .is_some_and(BuiltinFunctionObj::binds);
    let tag = typecache::version_tag(cls);
    if !method || tag == 0 {
        return None;
    }
    Some((tag, shape, f, with_dict))
}

/// A specialised attribute instruction at `site` (`LOAD_ATTR`/`STORE_ATTR` of an instance
/// attribute by shape, `LOAD_METHOD`, or their polymorphic forms) whose guard failed: when
/// the object it sees now can be served the same way, the site becomes (or stays)
/// polymorphic and records an entry for it (see [`Poly`]). Returns whether it did; the
/// generic form then runs this once. Otherwise the caller counts a miss.
/// (`ip` is the instruction's index + 1, as the eval loop's.)
#[cold]
#[inline(never)]
pub(crate) fn poly_miss<const STATS: bool>(
    code: &CodeObj,
    ip: usize,
    instr: Instr,
    cur: &Cursor,
) -> bool {
    let Some(cache) = code.caches.get(instr.cache as usize) else {
        return false;
    };
    let op = instr.op;
    let name = &code.names[instr.arg as usize];
    let obj = cur.peek(1);
    // (what the monomorphic form recorded must be expressible as an entry too: instances
    // by shape; for methods also objects without a dict)
    let (entry, poly_op) = match op {
        Op::LoadAttrWithHint | Op::LoadAttrPoly => {
            if op == Op::LoadAttrWithHint && cache.version2.get() == 0 {
                return false;
            }
            let Some((tag, shape, index)) = attr_hint(obj, name).filter(|h| h.1 != 0) else {
                return false;
            };
            ((tag, shape, index, CachedValue::Empty), Op::LoadAttrPoly)
        }
        Op::StoreAttrWithHint | Op::StoreAttrPoly => {
            if op == Op::StoreAttrWithHint && cache.version2.get() == 0 || !plain_setattr(obj) {
                return false;
            }
            let Some((tag, shape, index)) = attr_hint(obj, name).filter(|h| h.1 != 0) else {
                return false;
            };
            ((tag, shape, index, CachedValue::Empty), Op::StoreAttrPoly)
        }
        Op::LoadMethodWithDict | Op::LoadMethodNoDict | Op::LoadMethodPoly => {
            if op == Op::LoadMethodWithDict && cache.version2.get() == 0 {
                return false;
            }
            let Some((tag, shape, f, with_dict)) = method_hint(obj, name) else {
                return false;
            };
            if with_dict && shape == 0 {
                return false;
            }
            ((tag, shape, 0, CachedValue::record(&f)), Op::LoadMethodPoly)
        }
        _ => return false,
    };
    if STATS {
        opstats::miss(op);
    }
    let poly = cache.poly.get_or_init(Default::default);
    if op != poly_op {
        // The monomorphic entry becomes the table's first.
        poly.clear();
        poly.add(
            cache.version.get(),
            cache.version2.get(),
            cache.index.get(),
            cache.value.get(),
        );
        code.instrs[ip - 1].set(Instr {
            op: poly_op,
            ..instr
        });
        cache.counter.set(MISS_BUDGET);
    }
    let (tag, shape, index, value) = entry;
    poly.add(tag, shape, index, value)
}

/// `LOAD_ATTR` on a module: the attribute in the module's dict (guard: its keys version).
/// Only for exact modules and names `ModuleType` itself does not define (its descriptors
/// would come first).
fn load_attr_module(site: &Site, obj: &crate::objects::PyRef, cache: &Cache) -> Option<Op> {
    let module = obj.downcast::<ModuleObj>()?;
    if !obj.class().ptr_eq(&types().module) {
        return None;
    }
    let name = &site.code.names[site.instr.arg as usize];
    if TypeObject::lookup(obj.class(), name).is_some() {
        return None;
    }
    let dict = module.dict.downcast::<DictObj>()?;
    let i = dict.index_of_str(name)?;
    let v = dict.keys_version();
    if v == 0 {
        return None;
    }
    cache.version.set(v);
    cache.index.set(i as u32);
    Some(Op::LoadAttrModule)
}

/// Whether `v` is an exact str.
fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.is::<StrObj>() && o.class().ptr_eq(&types().str))
}

fn binary_op(arg: u32, a: &Value, b: &Value) -> Option<Op> {
    use crate::operators::BinOp;
    match (a, b) {
        (Value::Int(_), Value::Int(_)) => Some(Op::BinaryOpInt),
        (Value::Float(_), Value::Float(_)) => Some(Op::BinaryOpFloat),
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
            Some(Op::BinaryOpMixed)
        }
        _ if is_exact_str(a)
            && is_exact_str(b)
            && binary_op_from_arg(arg).is_some_and(|(op, _)| op == BinOp::Add) =>
        {
            Some(Op::BinaryOpAddStr)
        }
        _ => None,
    }
}

fn compare_op(a: &Value, b: &Value) -> Option<Op> {
    match (a, b) {
        (Value::Int(_), Value::Int(_)) => Some(Op::CompareOpInt),
        (Value::Float(_), Value::Float(_)) => Some(Op::CompareOpFloat),
        _ if is_exact_str(a) && is_exact_str(b) => Some(Op::CompareOpStr),
        _ => None,
    }
}

/// `BINARY_SUBSCR` (`container[key]`, `store` false) or `STORE_SUBSCR`.
fn subscr(container: &Value, key: &Value, store: bool) -> Option<Op> {
    let int_key = matches!(key, Value::Int(_));
    if int_key && exact_list(container).is_some() {
        return Some(if store {
            Op::StoreSubscrListInt
        } else {
            Op::BinarySubscrListInt
        });
    }
    if exact_list(container).is_some() && key.downcast::<SliceObj>().is_some() {
        return Some(if store {
            Op::StoreSubscrListSlice
        } else {
            Op::BinarySubscrListSlice
        });
    }
    if !store && int_key && exact_tuple(container).is_some() {
        return Some(Op::BinarySubscrTupleInt);
    }
    if exact_dict(container).is_some() {
        return Some(if store {
            Op::StoreSubscrDict
        } else {
            Op::BinarySubscrDict
        });
    }
    None
}

fn unpack_sequence(n: usize, seq: &Value) -> Option<Op> {
    if let Some(t) = exact_tuple(seq) {
        if t.items.len() == n {
            return Some(if n == 2 {
                Op::UnpackSequenceTwoTuple
            } else {
                Op::UnpackSequenceTuple
            });
        }
    }
    match exact_list(seq) {
        Some(l) if l.items.borrow().len() == n => Some(Op::UnpackSequenceList),
        _ => None,
    }
}

fn for_iter(it: &Value) -> Option<Op> {
    use crate::objects::containers::iter;
    let it = it.as_obj()?;
    if iter::as_range_iter(it).is_some() {
        Some(Op::ForIterRange)
    } else if iter::is_list_iter(it) {
        Some(Op::ForIterList)
    } else if iter::is_tuple_iter(it) {
        Some(Op::ForIterTuple)
    } else if it.class().ptr_eq(&types().generator) {
        Some(Op::ForIterGen)
    } else {
        None
    }
}

/// `CALL_FUNCTION`/`CALL_METHOD` of a Python function whose parameters are exactly the
/// positional arguments (guard: the function's version), or of a builtin function.
fn call(site: &Site, cur: &Cursor, cache: &Cache) -> Option<Op> {
    if site.kwnames {
        return None;
    }
    let method = site.instr.op == Op::CallMethod;
    let mut nargs = site.instr.arg as usize;
    if method && !cur.peek(nargs + 2).is_null() {
        nargs += 1;
    }
    let callee = cur.peek(nargs + 1);
    if let Some(f) = callee.downcast::<FunctionObj>() {
        if !super::call::exact_call(f, nargs) {
            if super::call::defaults_call(f, nargs).is_none() || f.version() == 0 {
                return None;
            }
            cache.version.set(f.version());
            return Some(if method {
                Op::CallMethodPyWithDefaults
            } else {
                Op::CallPyWithDefaults
            });
        }
        let version = f.version();
        if version == 0 {
            return None;
        }
        cache.version.set(version);
        return Some(if method {
            Op::CallMethodPyExact
        } else {
            Op::CallPyExact
        });
    }
    if let Some(cls) = callee.as_obj().filter(|c| c.is::<TypeObject>()) {
        return (!method).then(|| call_class(cls, nargs, cache)).flatten();
    }
    match callee.downcast::<BuiltinFunctionObj>() {
        Some(b) if b.bound.is_none() => Some(if method {
            Op::CallMethodBuiltin
        } else {
            Op::CallBuiltin
        }),
        _ => None,
    }
}

/// `CALL_FUNCTION` of a class whose instances are plain objects (`object.__new__`) and whose
/// `__init__` is a Python function taking exactly the arguments: the instance is made here
/// and `__init__`'s frame runs in the eval loop (guards: the class's version tag and the
/// `__init__`'s function version).
fn call_class(cls: &crate::objects::PyRef, nargs: usize, cache: &Cache) -> Option<Op> {
    let t = cls.downcast::<TypeObject>()?;
    if !cls.class().ptr_eq(&types().type_)
        || !t.heap
        || t.layout != crate::objects::core::Kind::Instance
    {
        return None;
    }
    let new = TypeObject::lookup(cls, crate::interned!("__new__"))?;
    let object_new = TypeObject::lookup(&types().object, crate::interned!("__new__"))?;
    if !new.is(&object_new) {
        return None;
    }
    let abstract_ = TypeObject::lookup(cls, crate::interned!("__abstractmethods__"));
    if abstract_.is_some() {
        return None;
    }
    let init = TypeObject::lookup(cls, crate::interned!("__init__"))?;
    let f = init.downcast::<FunctionObj>()?;
    let code = f.code();
    let c = code.downcast::<CodeObj>()?;
    if !super::call::takes_exactly(c, nargs + 1) || super::call::makes_generator(&code) {
        return None;
    }
    let (tag, fv) = (typecache::version_tag(cls), f.version());
    if tag == 0 || fv == 0 {
        return None;
    }
    cache.version.set(tag);
    cache.version2.set(fv);
    cache.value.set(CachedValue::record(&init));
    Some(Op::CallClass)
}
