//! Type objects, their slots, and the process-wide table of builtin types.
//!
//! A type is a heap object with a `TypeObject` payload: its name, bases, MRO, attribute dict
//! and a [`TypeSlots`] table of Rust functions for the operations the VM performs on its
//! instances (CPython's `tp_*` slots). The VM's protocol functions (`vm/protocol.rs`) go
//! through the slots, so a builtin type implements an operation by filling a slot; attribute
//! lookup goes through the dict, where builtin methods live as builtin-function objects,
//! and the lookup cache keyed on version tags (`typecache`).
//!
//! A class's name, bases and MRO can change (`class_assign`), so they sit in cells and are
//! read as snapshots (an `Rc` of the slice): code that runs Python code while walking an MRO
//! walks the one it started with.
//!
//! A class also keeps what CPython's heap types are made of, as objects of their own: its
//! dict (a dict object, [`TypeDict`]), its `__mro__` and `__bases__` tuples, and in its dict
//! the `__dict__`/`__weakref__` getset descriptors (`getset`) and `__slots__` members that
//! point back at it. So a class is always in a reference cycle and dies in a collection,
//! whose count includes these objects, as in CPython.
//!
//! The builtin types (and the exception hierarchy) are created once per process by
//! [`init_types`] and are immortal: [`types()`] lends them out without counting.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use super::typecache::TypeCacheState;
use crate::gil::Gil;
use crate::objects::containers::dict::DictObj;
use crate::objects::core::{GilStatic, Kind, PyRef, SelfRef};
use crate::objects::trace::Trace;
use crate::objects::value::Value;
use crate::operators::CompareKind;
use crate::operators::{BinOp, UnaryOp};
use crate::vm::sig::Sig;
use crate::vm::{Args, PyResult, Vm};

/// A builtin function or method implemented in Rust. Methods receive `self` as `args[0]`.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// Slot signatures, named once (each takes the instance as `&Value`).
pub type ReprSlot = fn(&mut Vm, &Value) -> PyResult<PyRef>;
pub type HashSlot = fn(&mut Vm, &Value) -> PyResult<i64>;
pub type CompareSlot = fn(&mut Vm, &Value, &Value, CompareKind) -> PyResult<Value>;
pub type BinarySlot = fn(&mut Vm, BinOp, &Value, &Value) -> PyResult<Value>;
pub type UnarySlot = fn(&mut Vm, UnaryOp, &Value) -> PyResult<Value>;
pub type BoolSlot = fn(&mut Vm, &Value) -> PyResult<bool>;
pub type LenSlot = fn(&mut Vm, &Value) -> PyResult<usize>;
pub type IterSlot = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type NextSlot = fn(&mut Vm, &Value) -> PyResult<Option<Value>>;
pub type GetItemSlot = fn(&mut Vm, &Value, &Value) -> PyResult<Value>;
pub type SetItemSlot = fn(&mut Vm, &Value, &Value, Value) -> PyResult<()>;
pub type DelItemSlot = fn(&mut Vm, &Value, &Value) -> PyResult<()>;
pub type ContainsSlot = fn(&mut Vm, &Value, &Value) -> PyResult<bool>;
pub type CallSlot = fn(&mut Vm, &Value, Args) -> PyResult<Value>;
pub type GetAttrSlot = fn(&mut Vm, &Value, &PyRef) -> PyResult<Option<Value>>;
pub type SetAttrSlot = fn(&mut Vm, &Value, &PyRef, Option<Value>) -> PyResult<()>;
pub type NewSlot = fn(&mut Vm, &PyRef, Args) -> PyResult<Value>;
/// `descr.__get__(obj, owner)`; `obj` is `None` for access through the class.
pub type DescrGetSlot = fn(&mut Vm, &Value, Option<&Value>, &PyRef) -> PyResult<Value>;
/// `descr.__set__(obj, value)`, or `descr.__delete__(obj)` when `value` is `None`.
pub type DescrSetSlot = fn(&mut Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
/// The buffer protocol: the memory an exporter shares (`objects::binary::buffer`).
pub type BufferSlot = for<'a> fn(&'a Value) -> Option<crate::objects::binary::buffer::Export<'a>>;

/// The slot list, written once: each slot's name and function type, in the order the
/// tables list them. `TypeSlots`, its empty table, inheritance and the identity of a table
/// (`TypeSlots::addresses`) are generated from it, so a new slot cannot be left out of any.
macro_rules! declare_slots {
    ($($(#[$doc:meta])* $field:ident: $ty:ty,)*) => {
        /// Operations on a type's instances. `None` means "not supported" (the VM raises the
        /// CPython TypeError). Slots returning `Value` may return `NotImplemented` where
        /// CPython's do (`binary`, `richcompare`), so the VM can try the reflected operation.
        #[derive(Clone, Copy)]
        pub struct TypeSlots {
            $($(#[$doc])* pub $field: Option<$ty>,)*
        }

        impl TypeSlots {
            pub const EMPTY: TypeSlots = TypeSlots { $($field: None,)* };

            /// Fills every slot left empty from `base`'s (the caller handles `hash`).
            fn fill_from(&mut self, base: &TypeSlots) {
                $(if self.$field.is_none() { self.$field = base.$field; })*
            }

            /// The address of each slot's function (0 when empty): a table's identity.
            pub fn addresses(&self) -> Vec<usize> {
                vec![$(self.$field.map_or(0, |f| f as usize),)*]
            }
        }
    };
}

declare_slots! {
    /// `repr(x)`: returns a str object.
    repr: ReprSlot,
    /// `str(x)`; falls back to `repr` when `None`.
    str: ReprSlot,
    /// `hash(x)`; `None` on a type with `richcompare` means unhashable.
    hash: HashSlot,
    richcompare: CompareSlot,
    /// Every binary operator (`a + b`, `a // b`, ...). Called with the type's instance on
    /// either side: for `a + b` the VM tries `a`'s slot, then `b`'s (reflected).
    binary: BinarySlot,
    /// In-place operators (`a += b`) that mutate (list, set); others fall back to `binary`.
    inplace: BinarySlot,
    /// `-x`, `+x`, `~x` (`not` never reaches a slot).
    unary: UnarySlot,
    bool: BoolSlot,
    len: LenSlot,
    iter: IterSlot,
    /// `next(it)`: `Ok(None)` when exhausted (no StopIteration object is made).
    next: NextSlot,
    getitem: GetItemSlot,
    setitem: SetItemSlot,
    delitem: DelItemSlot,
    contains: ContainsSlot,
    /// Calling an instance (`f(...)`).
    call: CallSlot,
    /// Attribute lookup on an instance, before the generic one (modules, instances with a
    /// dict). Returns `Ok(None)` when not found, to let the generic lookup go on.
    getattr: GetAttrSlot,
    /// `obj.name = value`, or `del obj.name` when `value` is `None`.
    setattr: SetAttrSlot,
    /// Calling the type itself (`list(x)`, `int('3')`): receives the type being called.
    new: NewSlot,
    /// Instances are descriptors: found on a class, attribute access calls this (functions
    /// bind, properties call their getter).
    descr_get: DescrGetSlot,
    /// Instances are data descriptors (properties, `__slots__` members): they take precedence
    /// over the instance dict.
    descr_set: DescrSetSlot,
    /// The object exposes its memory (`bytes`, `bytearray`, `array.array`): see
    /// `objects::binary::buffer`. No dunder maps to it, as in CPython 3.11.
    buffer: BufferSlot,
}

/// A builtin method or module function table entry: its name, implementation and calling
/// convention. The call machinery checks the convention (and, for a method, that the
/// receiver is an instance of the type) before `func` runs: see `vm::sig`.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub sig: Sig,
    /// What the first argument is: an instance, nothing, or the class.
    pub kind: MethodKind,
}

/// How a method table entry is called (CPython's `METH_STATIC`/`METH_CLASS` flags).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// The first argument is the receiver, an instance of the type (`list.append`).
    Instance,
    /// No receiver (`str.maketrans`): stored in the type's dict as a `staticmethod`.
    Static,
    /// The first argument is the class it was reached through (`dict.fromkeys`, so that
    /// `D.fromkeys` builds a `D`): stored as a `classmethod`, its convention counts the
    /// arguments after the class.
    Class,
}

/// Shorthand for method tables: `method!("append", list_append, One)`,
/// `method!("pop", list_pop, Pos(0, 1))`, `method!("find", str_find, Varargs(1, 3))`; without a convention the body checks its own
/// arguments (`Sig::Any`: keywords).
#[macro_export]
macro_rules! method {
    ($name:expr, $func:expr) => {
        $crate::method!($name, $func, Any)
    };
    ($name:expr, $func:expr, $sig:ident $(($($arg:expr),+))?) => {
        $crate::objects::classes::typeobj::MethodDef {
            name: $name,
            func: $func,
            sig: $crate::vm::sig::Sig::$sig $(($($arg),+))?,
            kind: $crate::objects::classes::typeobj::MethodKind::Instance,
        }
    };
}

/// A method table entry that takes no receiver (a static method): `static_method!("maketrans",
/// str_maketrans)`.
#[macro_export]
macro_rules! static_method {
    ($name:expr, $func:expr) => {
        $crate::objects::classes::typeobj::MethodDef {
            name: $name,
            func: $func,
            sig: $crate::vm::sig::Sig::Any,
            kind: $crate::objects::classes::typeobj::MethodKind::Static,
        }
    };
}

/// A class method table entry (`METH_CLASS`): its body gets the class first, then the
/// arguments its convention counts: `class_method!("fromkeys", dict_fromkeys, Pos(1, 2))`,
/// `class_method!("fromhex", float_fromhex, One)`, `class_method!("from_bytes", f)` (`Any`).
#[macro_export]
macro_rules! class_method {
    ($name:expr, $func:expr) => {
        $crate::class_method!($name, $func, Any)
    };
    ($name:expr, $func:expr, $sig:ident $(($($arg:expr),+))?) => {
        $crate::objects::classes::typeobj::MethodDef {
            name: $name,
            func: $func,
            sig: $crate::vm::sig::Sig::$sig $(($($arg),+))?,
            kind: $crate::objects::classes::typeobj::MethodKind::Class,
        }
    };
}

/// A special attribute of a builtin type's instances (`f.__name__`, `code.co_name`),
/// exposed as a `getset_descriptor` (or, for a member, a `member_descriptor`) in the type's
/// dict: a data descriptor, so it wins over the instance dict as in CPython. Without `set`
/// the attribute is read-only.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    /// CPython makes this a member (`<member '__globals__' of 'function' objects>`, "readonly
    /// attribute") rather than a getset.
    pub member: bool,
}

/// Reads a special attribute of an instance (already checked to be of the owner type).
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
/// Sets (`Some`) or deletes (`None`) a special attribute.
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// Shorthand for getset tables: `getset!("__name__", get_name)`,
/// `getset!("__name__", get_name, set_name)`, `member!("__globals__", get_globals)`.
#[macro_export]
macro_rules! getset {
    ($name:expr, $get:expr) => {
        $crate::objects::classes::typeobj::GetSetDef {
            name: $name,
            get: $get,
            set: None,
            member: false,
        }
    };
    ($name:expr, $get:expr, $set:expr) => {
        $crate::objects::classes::typeobj::GetSetDef {
            name: $name,
            get: $get,
            set: Some($set),
            member: false,
        }
    };
}

/// A member (CPython's `PyMemberDef`), exposed as a `member_descriptor`: read-only
/// (`READONLY`) without a setter. See [`GetSetDef`].
#[macro_export]
macro_rules! member {
    ($name:expr, $get:expr) => {
        $crate::objects::classes::typeobj::GetSetDef {
            name: $name,
            get: $get,
            set: None,
            member: true,
        }
    };
    ($name:expr, $get:expr, $set:expr) => {
        $crate::objects::classes::typeobj::GetSetDef {
            name: $name,
            get: $get,
            set: Some($set),
            member: true,
        }
    };
}

/// Everything a builtin type declares in its own file: its slots, its methods and its
/// special attributes. The `builtin_types!` table (and native modules' `native_types!`)
/// give each type its name, base and layout and one of these.
pub struct TypeSpec {
    pub slots: TypeSlots,
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
}

impl TypeSpec {
    /// A spec with slots only.
    pub const fn slots(slots: TypeSlots) -> TypeSpec {
        TypeSpec {
            slots,
            methods: &[],
            getsets: &[],
        }
    }
}

/// A type's `__name__` or `__qualname__`: text that assignment to them replaces.
pub struct TypeText(RefCell<Rc<str>>);

impl TypeText {
    pub fn new(text: &str) -> TypeText {
        TypeText(RefCell::new(text.into()))
    }

    pub fn get(&self) -> Rc<str> {
        self.0.borrow().clone()
    }

    pub fn set(&self, text: &str) {
        *self.0.borrow_mut() = text.into();
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the text is `text`.
    pub fn is(&self, text: &str) -> bool {
        &**self.0.borrow() == text
    }
}

impl std::fmt::Display for TypeText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.borrow())
    }
}

/// A type's namespace: inline for a builtin type (made before the `dict` type exists), a
/// dict object of its own for a class (CPython's `tp_dict`: what `C.__dict__` views, and an
/// object the collector tracks once it holds a container, as any dict).
pub enum TypeDict {
    Inline(DictObj),
    Object(PyRef),
}

impl std::ops::Deref for TypeDict {
    type Target = DictObj;
    #[inline]
    fn deref(&self) -> &DictObj {
        match self {
            TypeDict::Inline(d) => d,
            TypeDict::Object(r) => r.downcast::<DictObj>().expect("a class dict is a dict"),
        }
    }
}

impl TypeDict {
    /// The dict object of a class (`None` for a builtin type's inline dict).
    pub fn object(&self) -> Option<&PyRef> {
        match self {
            TypeDict::Inline(_) => None,
            TypeDict::Object(r) => Some(r),
        }
    }
}

/// The payload of a type object. (`repr(C)` keeps what every operation reads first, in the
/// cache line of the type's header: the self-pointer `PyRef::class` lends out, the slots,
/// the version tag.)
#[repr(C)]
pub struct TypeObject {
    /// The type itself, uncounted: what `PyRef::class` lends out (see `core`).
    pub(crate) this: SelfRef,
    /// The slot table. Builtin types' tables are static; a class's is rebuilt (and the old one
    /// kept: it may be in use) when a dunder method is assigned to it (`class_slots`).
    pub slots: Cell<&'static TypeSlots>,
    /// Version tag, cached names and subclasses (`typecache`).
    pub(crate) cache: TypeCacheState,
    /// `__name__` (for a builtin type of a module, `module.name`: CPython's `tp_name`).
    pub name: TypeText,
    pub qualname: TypeText,
    /// The direct bases, in order; `__base__` (the base whose layout the instances extend,
    /// CPython's `best_base`); and the method resolution order *after* the type itself.
    /// Replaced together by `__bases__` assignment, so read as snapshots: code that runs
    /// Python while walking them walks its own copy.
    bases: RefCell<Rc<[PyRef]>>,
    base: RefCell<Option<PyRef>>,
    mro: RefCell<Rc<[PyRef]>>,
    /// The class namespace: methods, class attributes. Keys are interned strs. Whoever
    /// changes it after the type is in use calls `typecache::modified`.
    pub dict: TypeDict,
    /// A class's `__mro__` and `__bases__` as the tuple objects CPython keeps (`None` for a
    /// builtin type, whose tuples are made on request). The `__mro__` tuple starts with the
    /// class itself: a class is always in a reference cycle, and so (as in CPython) dies
    /// only in a collection, which counts these objects.
    mro_obj: RefCell<Option<PyRef>>,
    bases_obj: RefCell<Option<PyRef>>,
    /// The payload kind of this type's instances.
    pub layout: Kind,
    /// Instances carry an attribute dict (classes without `__slots__`).
    pub instance_dict: bool,
    /// The number of `__slots__` values an instance holds (along the whole MRO).
    pub nslots: usize,
    /// The `__slots__` this class adds (mangled, sorted, without `__dict__` and
    /// `__weakref__`), in the order of their indices: `__class__` assignment compares them.
    pub own_slots: Vec<String>,
    /// Whether Python code may subclass it (`bool` and `NoneType` may not).
    pub subclassable: bool,
    /// Defined by a `class` statement (as opposed to builtin).
    pub heap: bool,
    /// A class whose instances can be weakly referenced (CPython's weaklist slot): no
    /// `__slots__`, `__weakref__` among them, or a base that has it. (Builtin types answer
    /// by their payload kind: see `modules::weakref`.)
    pub weakrefable: bool,
    /// The module name for `repr` (`builtins` types print without it).
    pub module: RefCell<String>,
    /// The root of its instances' shapes and the inline room they need (`shape`).
    pub(crate) shapes: crate::objects::classes::shape::ShapeRoot,
}

impl Trace for TypeObject {
    fn is_gc(&self) -> bool {
        self.heap
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.trace_all(visit);
    }
    fn clear(&self) {
        self.clear_all();
    }
}

impl TypeObject {
    /// Looks `name` up along the MRO (type first). Never runs Python code. Interned names
    /// go through the lookup cache.
    #[inline]
    pub fn lookup(this: &PyRef, name: &PyRef) -> Option<Value> {
        let interned = name
            .downcast::<crate::objects::strings::str::StrObj>()
            .is_some_and(|s| s.is_interned());
        if !interned {
            return Self::lookup_uncached(this, name);
        }
        crate::objects::classes::typecache::cached_lookup(this, name, || {
            Self::lookup_uncached(this, name)
        })
    }

    fn lookup_uncached(this: &PyRef, name: &PyRef) -> Option<Value> {
        let t = this.downcast::<TypeObject>()?;
        if let Some(v) = t.dict.get_str(name) {
            return Some(v);
        }
        t.mro
            .borrow()
            .iter()
            .find_map(|base| base.downcast::<TypeObject>()?.dict.get_str(name))
    }

    /// Whether `this` is `other` or a subclass of it.
    pub fn is_subtype(this: &PyRef, other: &PyRef) -> bool {
        if this.ptr_eq(other) {
            return true;
        }
        this.downcast::<TypeObject>()
            .is_some_and(|t| t.mro.borrow().iter().any(|b| b.ptr_eq(other)))
    }

    /// The MRO after the type itself (a snapshot).
    pub fn mro(&self) -> Rc<[PyRef]> {
        self.mro.borrow().clone()
    }

    /// `__bases__` (a snapshot).
    pub fn bases(&self) -> Rc<[PyRef]> {
        self.bases.borrow().clone()
    }

    /// `__base__`: `None` for `object`.
    pub fn base(&self) -> Option<PyRef> {
        self.base.borrow().clone()
    }

    /// Sets `__base__` of a type being made (by default its first base).
    pub fn set_base(&mut self, base: PyRef) {
        *self.base.get_mut() = Some(base);
    }

    /// Installs new bases, base and MRO (`__bases__` assignment, after its checks); returns
    /// the old ones, for the caller to drop once it is done with the type.
    pub fn replace_bases(
        &self,
        bases: Rc<[PyRef]>,
        base: Option<PyRef>,
    ) -> (Rc<[PyRef]>, Option<PyRef>) {
        let old_bases = self.bases.replace(bases);
        let old_base = self.base.replace(base);
        (old_bases, old_base)
    }

    /// Installs a new MRO; returns the old one (see [`TypeObject::replace_bases`]).
    pub fn replace_mro(&self, mro: Rc<[PyRef]>) -> Rc<[PyRef]> {
        let old = self.mro.replace(mro);
        if self.heap {
            self.make_tuples();
        }
        old
    }

    /// Makes a class's `__mro__` and `__bases__` tuples from its MRO and bases (at creation,
    /// and when `__bases__` assignment changes them).
    pub fn make_tuples(&self) {
        let Some(this) = self.this.get() else { return };
        let mut items = vec![Value::Obj(this)];
        items.extend(self.mro().iter().cloned().map(Value::Obj));
        let mro = crate::objects::containers::tuple::TupleObj::new_ref(items);
        let bases = crate::objects::containers::tuple::TupleObj::new_ref(
            self.bases().iter().cloned().map(Value::Obj).collect(),
        );
        let old = (
            self.mro_obj.replace(Some(mro)),
            self.bases_obj.replace(Some(bases)),
        );
        drop(old);
    }

    /// `__mro__`: a class's own tuple, or a new one for a builtin type.
    pub fn mro_tuple(&self, this: &PyRef) -> PyRef {
        if let Some(t) = self.mro_obj.borrow().as_ref() {
            return t.clone();
        }
        let mut items = vec![Value::Obj(this.clone())];
        items.extend(self.mro().iter().cloned().map(Value::Obj));
        crate::objects::containers::tuple::TupleObj::new_ref(items)
    }

    /// `__bases__`: a class's own tuple, or a new one for a builtin type.
    pub fn bases_tuple(&self) -> PyRef {
        if let Some(t) = self.bases_obj.borrow().as_ref() {
            return t.clone();
        }
        crate::objects::containers::tuple::TupleObj::new_ref(
            self.bases().iter().cloned().map(Value::Obj).collect(),
        )
    }

    /// `name` is `__name__` (or the builtin's dotted `tp_name`).
    pub fn is_named(&self, name: &str) -> bool {
        self.name.is(name)
    }

    /// The collector's traverse: the dict (its entries, when inline), the bases and MRO.
    pub fn trace_all(&self, visit: &mut dyn FnMut(&PyRef)) {
        match &self.dict {
            TypeDict::Inline(d) => d.trace_entries(visit),
            TypeDict::Object(d) => visit(d),
        }
        for t in [&self.mro_obj, &self.bases_obj] {
            if let Ok(t) = t.try_borrow() {
                t.iter().for_each(&mut *visit);
            }
        }
        self.trace_links(visit);
    }

    /// The collector's clear (CPython's `type_clear`): empties the dict and drops the
    /// `__mro__` tuple, the cycle every class is in. (The MRO the lookups walk stays.)
    pub fn clear_all(&self) {
        self.dict.clear_entries();
        let old = self
            .mro_obj
            .try_borrow_mut()
            .ok()
            .and_then(|mut m| m.take());
        drop(old);
    }

    /// Visits the references the type holds besides its dict (the collector's traverse).
    pub fn trace_links(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(b) = self.bases.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(b) = self.base.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(m) = self.mro.try_borrow() {
            m.iter().for_each(visit);
        }
    }
}

/// Empties the lookup cache (see `typecache`).
pub fn invalidate_lookup_cache() {
    crate::objects::classes::typecache::clear_lookup_cache();
}

/// `type.__name__` of a type object (`"?"` if it is not one).
pub fn type_name(class: &PyRef) -> String {
    class
        .downcast::<TypeObject>()
        .map_or_else(|| "?".to_string(), |t| t.name.to_string())
}

/// The C3 linearisation of `bases` (the MRO after the new type itself), or `None` when the
/// bases admit no consistent order.
pub fn c3_mro(bases: &[PyRef]) -> Option<Vec<PyRef>> {
    c3_merge(bases).ok()
}

/// The C3 merge, or on failure the heads of the sequences left unmerged (first occurrence
/// order), which CPython's error message names.
pub fn c3_merge(bases: &[PyRef]) -> Result<Vec<PyRef>, Vec<PyRef>> {
    c3_merge_with(bases, |b| {
        b.downcast::<TypeObject>()
            .map_or_else(|| Rc::from([]), |t| t.mro())
    })
}

/// [`c3_merge`] with the MROs of the bases given by `mro_of` (`__bases__` assignment merges
/// MROs it has computed but not installed yet).
pub fn c3_merge_with(
    bases: &[PyRef],
    mro_of: impl Fn(&PyRef) -> Rc<[PyRef]>,
) -> Result<Vec<PyRef>, Vec<PyRef>> {
    let mut seqs: Vec<Vec<PyRef>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(mro_of(b).iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let Some(head) = seqs
            .iter()
            .map(|s| &s[0])
            .find(|cand| !seqs.iter().any(|s| s[1..].iter().any(|x| x.ptr_eq(cand))))
            .cloned()
        else {
            let mut heads: Vec<PyRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.ptr_eq(&s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if s[0].ptr_eq(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// The builtin types Python code may derive classes from (plus every exception class):
/// those with CPython's `Py_TPFLAGS_BASETYPE`. Their `new` slots allocate the instance as
/// the class they are given (`class::alloc`, `native::new_native`), so a subclass's
/// instances carry the payload and an instance dict; a type whose CPython `__init__` does
/// the work makes an empty object for a subclass and leaves the arguments to `__init__`.
const SUBCLASSABLE: &[&str] = &[
    "object",
    "type",
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "property",
    "staticmethod",
    "classmethod",
    "super",
    "module",
    "bytearray",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "types.GenericAlias",
    "types.SimpleNamespace",
    "weakref.ReferenceType",
    "_io.StringIO",
    "_io.BytesIO",
    "array.array",
    "collections.deque",
    "random.Random",
    "_struct.Struct",
    "functools.partial",
    "_thread.RLock",
    "itertools.accumulate",
    "itertools.chain",
    "itertools.combinations",
    "itertools.combinations_with_replacement",
    "itertools.compress",
    "itertools.count",
    "itertools.cycle",
    "itertools.dropwhile",
    "itertools.filterfalse",
    "itertools.groupby",
    "itertools.islice",
    "itertools.pairwise",
    "itertools.permutations",
    "itertools.product",
    "itertools.repeat",
    "itertools.starmap",
    "itertools.takewhile",
    "itertools.zip_longest",
];

/// CPython's `_PyType_Name`: the type's name after its last dot (`deque` for
/// `collections.deque`), as reprs that name the object's own class show it.
pub fn short_type_name(class: &PyRef) -> String {
    let full = type_name(class);
    match full.rsplit_once('.') {
        Some((_, short)) => short.to_string(),
        None => full,
    }
}

/// Creates a builtin type object.
pub fn new_builtin_type(
    metatype: &PyRef,
    name: &str,
    base: Option<&PyRef>,
    layout: Kind,
    slots: TypeSlots,
    methods: &'static [MethodDef],
) -> PyRef {
    let bases: Vec<PyRef> = base.into_iter().cloned().collect();
    let ty = new_builtin_type_with_bases(metatype, name, bases, layout, slots, "builtins");
    add_methods(&ty, methods);
    ty
}

/// Creates a builtin type with any bases (the first gives the inherited slots), e.g.
/// `io.UnsupportedOperation(OSError, ValueError)`, in module `module`.
pub fn new_builtin_type_with_bases(
    metatype: &PyRef,
    name: &str,
    bases: Vec<PyRef>,
    layout: Kind,
    slots: TypeSlots,
    module: &str,
) -> PyRef {
    let mro = c3_mro(&bases).expect("builtin types have a consistent MRO");
    let slots = inherit_slots(slots, bases.first());
    let ty = PyRef::new(
        metatype,
        TypeObject::builtin(name, bases, mro, Box::leak(Box::new(slots)), layout, module),
    );
    TypeObject::link_to_bases(&ty);
    ty
}

impl TypeObject {
    /// The payload of a builtin type (also `object` and `type` at bootstrap); classes start
    /// from it too (`class::new_class`).
    pub fn builtin(
        name: &str,
        bases: Vec<PyRef>,
        mro: Vec<PyRef>,
        slots: &'static TypeSlots,
        layout: Kind,
        module: &str,
    ) -> TypeObject {
        TypeObject {
            this: SelfRef::unset(),
            name: TypeText::new(name),
            qualname: TypeText::new(name),
            base: RefCell::new(bases.first().cloned()),
            bases: RefCell::new(bases.into()),
            mro: RefCell::new(mro.into()),
            dict: TypeDict::Inline(DictObj::new()),
            mro_obj: RefCell::new(None),
            bases_obj: RefCell::new(None),
            slots: Cell::new(slots),
            layout,
            instance_dict: false,
            nslots: 0,
            own_slots: Vec::new(),
            subclassable: layout == Kind::Exception || SUBCLASSABLE.contains(&name),
            heap: false,
            weakrefable: false,
            module: RefCell::new(module.to_string()),
            shapes: crate::objects::classes::shape::ShapeRoot::new(),
            cache: TypeCacheState::new(),
        }
    }

    /// Files a new type among the subclasses of its bases.
    pub fn link_to_bases(ty: &PyRef) {
        if let Some(t) = ty.downcast::<TypeObject>() {
            crate::objects::classes::typecache::add_subclass(ty, &t.bases());
        }
    }
}

/// Fills the slots a type leaves empty from its base, as CPython's `inherit_slots`.
pub fn inherit_slots(mut slots: TypeSlots, base: Option<&PyRef>) -> TypeSlots {
    let Some(b) = base.and_then(|b| b.downcast::<TypeObject>()) else {
        return slots;
    };
    let s = b.slots.get();
    let own_hash = slots.hash;
    slots.fill_from(s);
    slots.hash = own_hash;
    // A type that defines its own comparison but no hash is unhashable (like `__eq__`
    // without `__hash__`); otherwise the hash is inherited.
    if slots.hash.is_none()
        && slots.richcompare.map(|f| f as usize) == s.richcompare.map(|f| f as usize)
    {
        slots.hash = s.hash;
    }
    slots
}

/// Adds builtin methods to a type's dict: each checks its receiver and arguments through
/// its [`MethodDef`] before the body runs.
pub fn add_methods(ty: &PyRef, methods: &'static [MethodDef]) {
    let t = ty.downcast::<TypeObject>().expect("a type object");
    for m in methods {
        let f =
            Value::Obj(crate::objects::callables::function::BuiltinFunctionObj::method_ref(m, ty));
        // As CPython's `METH_STATIC`/`METH_CLASS`: the function is wrapped, so a lookup
        // through the class or an instance passes the class (or nothing) instead.
        let f = match m.kind {
            MethodKind::Instance => f,
            MethodKind::Static => crate::objects::callables::descr::staticmethod_of(f),
            MethodKind::Class => crate::objects::callables::descr::classmethod_of(f),
        };
        t.dict
            .set_str(crate::objects::strings::str::intern(m.name), f);
    }
}

/// Adds `getset_descriptor`s (`member_descriptor`s for members) for a type's special
/// attributes to its dict.
pub fn add_getsets(ty: &PyRef, getsets: &'static [GetSetDef]) {
    let t = ty.downcast::<TypeObject>().expect("a type object");
    for g in getsets {
        let d = if g.member {
            crate::objects::callables::descr::member_ref(ty, g)
        } else {
            crate::objects::callables::getset::new_ref(
                ty,
                crate::objects::callables::getset::Field::Def(g),
            )
        };
        t.dict
            .set_str(crate::objects::strings::str::intern(g.name), Value::Obj(d));
    }
}

/// Sets a class attribute on a builtin type during start-up.
pub fn set_class_attr(ty: &PyRef, name: &str, value: Value) {
    let t = ty.downcast::<TypeObject>().expect("a type object");
    t.dict
        .set_str(crate::objects::strings::str::intern(name), value);
}

/// The `type` type's slots: calling a type object constructs an instance through the called
/// type's `new` slot.
pub const TYPE_SLOTS: TypeSlots = TypeSlots {
    call: Some(call_type),
    new: Some(type_new),
    repr: Some(type_repr),
    setattr: Some(type_setattr),
    hash: Some(type_hash),
    binary: Some(crate::objects::classes::union::or_slot),
    ..TypeSlots::EMPTY
};

fn type_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let cls = v.as_obj().expect("a type object").clone();
    vm.type_setattr(&cls, name, value)
}

/// Types hash by identity (they are dict keys in `typed` caches, registries, ...).
fn type_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let h = (vm.id(v) as u64).rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// `type(x)`: the class of `x`; `type(name, bases, dict)`: a new class.
fn type_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    match args.pos() {
        [x] if !args.has_kwargs() && cls.ptr_eq(&crate::objects::types().type_) => {
            Ok(Value::Obj(x.class().clone()))
        }
        _ => crate::objects::classes::class::new_class(vm, cls, args),
    }
}

/// `type.__init__(cls, ...)`: everything happened in `__new__`.
fn type_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos().len() {
        2 | 4 => Ok(Value::None),
        _ => Err(crate::exc!(
            type_error,
            "type.__init__() takes 1 or 3 arguments"
        )),
    }
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.receiver_as::<TypeObject>();
    let mut items = vec![args.receiver().clone()];
    items.extend(cls.mro().iter().cloned().map(Value::Obj));
    Ok(Value::Obj(
        crate::objects::containers::list::ListObj::new_ref(items),
    ))
}

/// `cls.__subclasscheck__(sub)` / `__instancecheck__`.
fn type_subclasscheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.receiver().as_obj().expect("a type");
    match &args.params()[0] {
        Value::Obj(sub) if sub.is::<TypeObject>() => {
            Ok(Value::Bool(TypeObject::is_subtype(sub, cls)))
        }
        _ => Err(crate::exc!(
            type_error,
            "issubclass() arg 1 must be a class"
        )),
    }
}

fn type_instancecheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.receiver().as_obj().expect("a type");
    let obj = &args.params()[0];
    Ok(Value::Bool(TypeObject::is_subtype(obj.class(), cls)))
}

/// `cls.__subclasses__()`: the direct subclasses still alive, in the order they became
/// subclasses (see `typecache`).
fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.receiver().as_obj().expect("a type");
    let found = crate::objects::classes::typecache::subclasses(cls)
        .into_iter()
        .map(Value::Obj)
        .collect();
    Ok(Value::Obj(
        crate::objects::containers::list::ListObj::new_ref(found),
    ))
}

/// `type.__prepare__(name, bases, **kwds)`: the namespace of a class body, an empty dict.
fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(DictObj::new_ref()))
}

/// `<class 'int'>`, `<class '__main__.Foo'>`.
fn type_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let t = v.downcast::<TypeObject>().expect("a type");
    let module = t.module.borrow();
    // (CPython's `tp_name`, `__name__`, where no module is shown)
    let text = if module.as_str() == "builtins" {
        format!("<class '{}'>", t.name)
    } else {
        format!("<class '{}.{}'>", module, t.qualname)
    };
    Ok(crate::objects::strings::str::new_str(text))
}
pub const TYPE_METHODS: &[MethodDef] = &[
    crate::method!("__init__", type_init, WrapperAny),
    crate::method!("mro", type_mro, NoArgs),
    crate::method!("__subclasscheck__", type_subclasscheck, One),
    crate::method!("__instancecheck__", type_instancecheck, One),
    crate::class_method!("__prepare__", type_prepare),
    crate::method!("__subclasses__", type_subclasses, NoArgs),
];

fn call_type(vm: &mut Vm, callee: &Value, args: Args) -> PyResult<Value> {
    let cls = callee.as_obj().expect("a type object");
    let t = cls.downcast::<TypeObject>().expect("a type object");
    match t.slots.get().new {
        Some(new) => new(vm, cls, args),
        None => Err(crate::exc!(
            type_error,
            "cannot create '{}' instances",
            t.name
        )),
    }
}

static TYPES: GilStatic<OnceCell<crate::objects::classes::builtin_types::TypeTable>> =
    GilStatic::new(OnceCell::new());

/// The builtin types. The first call (under the GIL) creates them. Checks that this thread
/// holds the GIL (`gil::token`); [`types_in`] is the same with a token at hand.
#[inline]
pub fn types() -> &'static crate::objects::classes::builtin_types::TypeTable {
    types_in(crate::gil::token())
}

/// [`types`] for a caller holding a token.
#[inline]
pub fn types_in(gil: Gil<'_>) -> &'static crate::objects::classes::builtin_types::TypeTable {
    match TYPES.get(gil).get() {
        Some(t) => t,
        None => init_types(gil),
    }
}

#[cold]
fn init_types(gil: Gil<'_>) -> &'static crate::objects::classes::builtin_types::TypeTable {
    let table = crate::objects::classes::builtin_types::TypeTable::create();
    if TYPES.get(gil).set(table).is_err() {
        unreachable!("types are created once, under the GIL");
    }
    let t = TYPES.get(gil).get().expect("just set");
    t.populate();
    t
}
