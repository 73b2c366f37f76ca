//! Descriptors: `classmethod`, `staticmethod`, `property`, the member descriptors that
//! `__slots__` creates, and `super`.
//!
//! A descriptor is an object found on a class whose type has a `descr_get` slot (and, for data
//! descriptors, `descr_set`); attribute lookup (`vm/attr.rs`) calls them.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::RefCell;

use crate::exc;
use crate::objects::classes::instance::{slot_cell, InstanceObj};
use crate::objects::classes::typeobj::{type_name, GetSetDef, MethodDef, TypeObject, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::core::tail::ValueCell;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{intern, new_str, ref_str};
use crate::objects::trace::{take_option, visit_cell, visit_option, visit_value, Trace};
use crate::objects::{types, Value};
use crate::vm::{sig, Args, PyResult, Vm};

/// `classmethod(f)` and `staticmethod(f)` (told apart by their type).
pub struct FuncWrapperObj {
    pub func: Value,
    /// `__dict__` (functools.wraps copies attributes onto it); created on demand.
    pub dict: RefCell<Option<PyRef>>,
}

impl Trace for FuncWrapperObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit_value(&self.func, visit);
        visit_option(&self.dict, visit);
    }
    fn clear(&self) {
        take_option(&self.dict);
    }
}

pub fn staticmethod_of(func: Value) -> Value {
    Value::Obj(PyRef::new(
        &types().staticmethod,
        FuncWrapperObj {
            func,
            dict: RefCell::new(None),
        },
    ))
}

pub fn classmethod_of(func: Value) -> Value {
    Value::Obj(PyRef::new(
        &types().classmethod,
        FuncWrapperObj {
            func,
            dict: RefCell::new(None),
        },
    ))
}

fn wrapped(v: &Value) -> &FuncWrapperObj {
    v.downcast::<FuncWrapperObj>()
        .expect("a classmethod or staticmethod")
}

/// `staticmethod(f)` / `classmethod(f)`: `cls` tells them apart. As CPython's
/// `functools_wraps`, the function's `__module__`, `__name__`, `__qualname__`, `__doc__`
/// and `__annotations__` are copied into the new object's `__dict__` (those it has).
fn wrapper_new(vm: &mut Vm, cls: &PyRef, args: &Args, name: &str) -> PyResult<Value> {
    args.no_kwargs(name)?;
    let [func] = args.pos() else {
        return Err(sig::count_error(name, 1, 1, args.pos().len()));
    };
    let func = func.clone();
    let dict = DictObj::new_ref();
    let d = dict.downcast::<DictObj>().expect("a dict");
    for attr in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let key = intern(attr);
        match vm.getattr_opt(&func, &key) {
            Ok(Some(v)) => drop(d.set_str(key, v)),
            Ok(None) => {}
            Err(e) if e.matches(&types().exc.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Value::Obj(crate::objects::classes::class::alloc(
        cls,
        FuncWrapperObj {
            func,
            dict: RefCell::new(Some(dict)),
        },
    )))
}

fn staticmethod_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    wrapper_new(vm, cls, &args, "staticmethod")
}

fn classmethod_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    wrapper_new(vm, cls, &args, "classmethod")
}

fn staticmethod_get(
    _vm: &mut Vm,
    d: &Value,
    _obj: Option<&Value>,
    _owner: &PyRef,
) -> PyResult<Value> {
    Ok(wrapped(d).func.clone())
}

fn classmethod_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, owner: &PyRef) -> PyResult<Value> {
    let cls = match obj {
        Some(o) => Value::Obj(o.class().clone()),
        None => Value::Obj(owner.clone()),
    };
    let func = &wrapped(d).func;
    // A builtin classmethod (`dict.fromkeys`) binds as a builtin method of the class.
    if let Some(b) = func.downcast::<crate::objects::callables::function::BuiltinFunctionObj>() {
        if b.bound.is_none() {
            let bound = b.bind(cls);
            return Ok(Value::Obj(bound));
        }
    }
    Ok(vm.bound_method(func, &cls))
}

/// Static methods are callable themselves (3.10+).
fn staticmethod_call(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    let f = wrapped(d).func.clone();
    vm.call(&f, args)
}

fn wrapper_repr(vm: &mut Vm, d: &Value) -> PyResult<PyRef> {
    let f = wrapped(d).func.clone();
    let inner = vm.repr_string(&f)?;
    Ok(new_str(format!("<{}({})>", d.type_name(), inner)))
}

fn wrapper_func(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    Ok(wrapped(d).func.clone())
}

fn wrapper_isabstract(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let f = wrapped(d).func.clone();
    is_abstract(vm, &f).map(Value::Bool)
}

/// Whether `f.__isabstractmethod__` is true (CPython's `_PyObject_IsAbstract`): a missing
/// attribute means no.
fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match vm.getattr_opt(f, crate::interned!("__isabstractmethod__"))? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// `__func__` and `__wrapped__` (members, as CPython's) and `__isabstractmethod__`; the
/// function's `__name__`, `__doc__`, ... are the copies in the instance dict.
const WRAPPER_GETSETS: &[GetSetDef] = &[
    crate::member!("__func__", wrapper_func),
    crate::member!("__wrapped__", wrapper_func),
    crate::getset!("__isabstractmethod__", wrapper_isabstract),
];

pub const STATICMETHOD_SLOTS: TypeSlots = TypeSlots {
    new: Some(staticmethod_new),
    descr_get: Some(staticmethod_get),
    call: Some(staticmethod_call),
    repr: Some(wrapper_repr),
    ..TypeSlots::EMPTY
};

/// The `STATICMETHOD_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const STATICMETHOD_SPEC: TypeSpec = TypeSpec {
    slots: STATICMETHOD_SLOTS,
    methods: &[],
    getsets: WRAPPER_GETSETS,
};

pub const CLASSMETHOD_SLOTS: TypeSlots = TypeSlots {
    new: Some(classmethod_new),
    descr_get: Some(classmethod_get),
    repr: Some(wrapper_repr),
    ..TypeSlots::EMPTY
};

/// The `CLASSMETHOD_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const CLASSMETHOD_SPEC: TypeSpec = TypeSpec {
    slots: CLASSMETHOD_SLOTS,
    methods: &[],
    getsets: WRAPPER_GETSETS,
};

// ---------------------------------------------------------------------------------------
// property

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// `__doc__`: a writable member.
    pub doc: RefCell<Value>,
    /// Set by `__set_name__`, for error messages.
    pub name: RefCell<Value>,
}

impl Trace for PropertyObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        for v in [&self.fget, &self.fset, &self.fdel] {
            visit_value(v, visit);
        }
        visit_cell(&self.doc, visit);
        visit_cell(&self.name, visit);
    }
}

fn prop(v: &Value) -> &PropertyObj {
    v.downcast::<PropertyObj>().expect("a property")
}

fn property_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [fget, fset, fdel, doc] = crate::objects::callables::bind::bind(
        &args,
        "property",
        ["fget", "fset", "fdel", "doc"],
        0,
    )?;
    let some = |v: Option<&Value>| v.cloned().unwrap_or(Value::None);
    let fget = some(fget);
    // Without an explicit doc, a property takes its getter's docstring.
    let doc = match doc {
        Some(d) if !d.is_none() => d.clone(),
        _ if !fget.is_none() => {
            let name = crate::objects::strings::str::intern("__doc__");
            vm.getattr_opt(&fget, &name)?.unwrap_or(Value::None)
        }
        _ => Value::None,
    };
    Ok(Value::Obj(crate::objects::classes::class::alloc(
        cls,
        PropertyObj {
            fget,
            fset: some(fset),
            fdel: some(fdel),
            doc: RefCell::new(doc),
            name: RefCell::new(Value::None),
        },
    )))
}

/// The attribute name a property is stored under, for messages (`property 'x' of 'C'`).
fn prop_label(p: &PropertyObj, obj: &Value) -> String {
    let n = p.name.borrow();
    // (CPython names the object's type by its qualified name here)
    let owner = match obj
        .class()
        .downcast::<crate::objects::classes::typeobj::TypeObject>()
    {
        Some(t) if t.heap => t.qualname.get().to_string(),
        _ => obj.type_name().to_string(),
    };
    match n.as_obj().and_then(ref_str) {
        Some(name) => format!("property '{}' of '{}' object", name, owner),
        None => format!("property of '{}' object", owner),
    }
}

fn property_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _owner: &PyRef) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    let p = prop(d);
    if p.fget.is_none() {
        return Err(exc!(
            attribute_error,
            "{} has no getter",
            prop_label(p, obj)
        ));
    }
    let f = p.fget.clone();
    vm.call(&f, Args::positional(std::slice::from_ref(obj)))
}

fn property_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let p = prop(d);
    match value {
        Some(v) => {
            if p.fset.is_none() {
                return Err(exc!(
                    attribute_error,
                    "{} has no setter",
                    prop_label(p, obj)
                ));
            }
            let f = p.fset.clone();
            vm.call(&f, Args::positional(&[obj.clone(), v]))?;
        }
        None => {
            if p.fdel.is_none() {
                return Err(exc!(
                    attribute_error,
                    "{} has no deleter",
                    prop_label(p, obj)
                ));
            }
            let f = p.fdel.clone();
            vm.call(&f, Args::positional(std::slice::from_ref(obj)))?;
        }
    }
    Ok(())
}

fn property_fget(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    Ok(prop(d).fget.clone())
}

fn property_fset(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    Ok(prop(d).fset.clone())
}

fn property_fdel(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    Ok(prop(d).fdel.clone())
}

fn property_doc(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    Ok(prop(d).doc.borrow().clone())
}

/// `__doc__` is a writable member: deleting it stores None.
fn property_set_doc(_vm: &mut Vm, d: &Value, v: Option<Value>) -> PyResult<()> {
    drop(prop(d).doc.replace(v.unwrap_or(Value::None)));
    Ok(())
}

/// Abstract when any of its accessors is.
fn property_isabstract(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let p = prop(d);
    let fs = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    for f in &fs {
        if is_abstract(vm, f)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

const PROPERTY_GETSETS: &[GetSetDef] = &[
    crate::member!("fget", property_fget),
    crate::member!("fset", property_fset),
    crate::member!("fdel", property_fdel),
    crate::member!("__doc__", property_doc, property_set_doc),
    crate::getset!("__isabstractmethod__", property_isabstract),
];

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one accessor replaced.
fn property_copy(args: &Args, which: usize) -> PyResult<Value> {
    let this = args.receiver();
    let p = prop(this);
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = args.params()[0].clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::Obj(crate::objects::classes::class::alloc(
        this.class(),
        PropertyObj {
            fget,
            fset,
            fdel,
            doc: RefCell::new(p.doc.borrow().clone()),
            name: RefCell::new(p.name.borrow().clone()),
        },
    )))
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(&args, 0)
}
fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(&args, 1)
}
fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(&args, 2)
}

/// `__set_name__(owner, name)`: CPython counts its arguments with a message of its own.
fn property_set_name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("property.__set_name__")?;
    let [_owner, name] = args.params() else {
        return Err(exc!(
            type_error,
            "__set_name__() takes 2 positional arguments but {} were given",
            args.params().len()
        ));
    };
    drop(prop(args.receiver()).name.replace(name.clone()));
    Ok(Value::None)
}

pub const PROPERTY_SLOTS: TypeSlots = TypeSlots {
    new: Some(property_new),
    descr_get: Some(property_get),
    descr_set: Some(property_set),
    ..TypeSlots::EMPTY
};

/// The `PROPERTY_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const PROPERTY_SPEC: TypeSpec = TypeSpec {
    slots: PROPERTY_SLOTS,
    methods: PROPERTY_METHODS,
    getsets: PROPERTY_GETSETS,
};

pub const PROPERTY_METHODS: &[MethodDef] = &[
    crate::method!("getter", property_getter, One),
    crate::method!("setter", property_setter, One),
    crate::method!("deleter", property_deleter, One),
    crate::method!("__set_name__", property_set_name),
];

// ---------------------------------------------------------------------------------------
// members: `__slots__` entries and builtin types' `member!` attributes

/// A `member_descriptor`: a `__slots__` entry, or a member a builtin type declares
/// (`function.__globals__`, `range.start`) — one type for both, as in CPython.
pub struct MemberDescrObj {
    pub name: PyRef,
    /// The defining class (CPython's `d_type`: a reference cycle through the class dict),
    /// named in messages and the repr.
    pub owner: PyRef,
    pub field: MemberField,
}

/// What a member reads and writes.
#[derive(Clone, Copy)]
pub enum MemberField {
    /// Slot `index` of an instance (`__slots__`).
    Slot(usize),
    /// A builtin type's member, read (and written, if it has a setter) by its functions.
    Def(&'static GetSetDef),
}

impl Trace for MemberDescrObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

/// The descriptor for the member `def` of the builtin type `owner`.
pub fn member_ref(owner: &PyRef, def: &'static GetSetDef) -> PyRef {
    PyRef::new(
        &types().member_descriptor,
        MemberDescrObj {
            name: intern(def.name),
            owner: owner.clone(),
            field: MemberField::Def(def),
        },
    )
}

fn member(v: &Value) -> &MemberDescrObj {
    v.downcast::<MemberDescrObj>().expect("a member descriptor")
}

fn member_name(m: &MemberDescrObj) -> &str {
    ref_str(&m.name).unwrap_or("?")
}

/// Where a `__slots__` value lives: an instance's tail cell, or the slot vector of a float
/// or native subclass's instance.
enum SlotPlace<'a> {
    Cell(&'a ValueCell),
    Vec(&'a RefCell<Vec<Value>>, usize),
}

impl SlotPlace<'_> {
    fn get(&self) -> Value {
        match self {
            SlotPlace::Cell(c) => c.get(),
            SlotPlace::Vec(v, i) => v.borrow()[*i].clone(),
        }
    }

    /// Stores `v`, returning the old value (dropped by the caller).
    fn replace(&self, v: Value) -> Value {
        match self {
            SlotPlace::Cell(c) => c.replace(v),
            SlotPlace::Vec(s, i) => std::mem::replace(&mut s.borrow_mut()[*i], v),
        }
    }
}

/// CPython's `descr_check`: a member applies to instances of its class only.
fn member_check(m: &MemberDescrObj, obj: &Value) -> PyResult<()> {
    if TypeObject::is_subtype(obj.class(), &m.owner) {
        return Ok(());
    }
    Err(sig::wrong_receiver(member_name(m), &m.owner, obj))
}

/// Where `obj`'s value for slot `index` is, if the descriptor applies to it.
fn member_target<'a>(m: &MemberDescrObj, index: usize, obj: &'a Value) -> PyResult<SlotPlace<'a>> {
    let place = match obj.as_obj() {
        Some(o) if o.is::<InstanceObj>() => slot_cell(o, index).map(SlotPlace::Cell),
        _ => obj
            .downcast::<crate::objects::numbers::float::FloatObj>()
            .map(|f| &f.slots)
            .or_else(|| {
                obj.downcast::<crate::objects::numbers::complex::ComplexObj>()?
                    .slots
                    .as_deref()
            })
            .or_else(|| {
                obj.downcast::<crate::objects::callables::native::NativeObj>()?
                    .slots()
            })
            .filter(|slots| index < slots.borrow().len())
            .map(|slots| SlotPlace::Vec(slots, index)),
    };
    place.ok_or_else(|| sig::wrong_receiver(member_name(m), &m.owner, obj))
}

fn member_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _owner: &PyRef) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    let m = member(d);
    let index = match m.field {
        MemberField::Def(def) => {
            member_check(m, obj)?;
            return (def.get)(vm, obj);
        }
        MemberField::Slot(index) => index,
    };
    let v = member_target(m, index, obj)?.get();
    if v.is_null() {
        return Err(exc!(
            attribute_error,
            "'{}' object has no attribute '{}'",
            obj.type_name(),
            member_name(m)
        ));
    }
    Ok(v)
}

fn member_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let m = member(d);
    let index = match m.field {
        MemberField::Def(def) => {
            member_check(m, obj)?;
            return match def.set {
                Some(set) => set(vm, obj, value),
                None => Err(exc!(attribute_error, "readonly attribute")),
            };
        }
        MemberField::Slot(index) => index,
    };
    let place = member_target(m, index, obj)?;
    let deleting = value.is_none();
    let old = place.replace(value.unwrap_or(Value::Null));
    if deleting && old.is_null() {
        // (CPython's message for an unset slot being deleted is the bare name)
        return Err(exc!(attribute_error, "{}", member_name(m)));
    }
    drop(old);
    Ok(())
}

fn member_repr(_vm: &mut Vm, d: &Value) -> PyResult<PyRef> {
    let m = member(d);
    Ok(new_str(format!(
        "<member '{}' of '{}' objects>",
        member_name(m),
        type_name(&m.owner)
    )))
}

pub const MEMBER_SLOTS: TypeSlots = TypeSlots {
    repr: Some(member_repr),
    descr_get: Some(member_get),
    descr_set: Some(member_set),
    ..TypeSlots::EMPTY
};

/// The `MEMBER_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const MEMBER_SPEC: TypeSpec = TypeSpec {
    slots: MEMBER_SLOTS,
    methods: &[],
    getsets: &[],
};

// ---------------------------------------------------------------------------------------
// super

/// `super(type, obj)`: attribute lookup along `type(obj)`'s MRO, starting after `type`.
pub struct SuperObj {
    pub start: PyRef,
    /// The object (or class) methods bind to; `None` for an unbound super.
    pub obj: Option<Value>,
    /// The type whose MRO is searched: `type(obj)`, or `obj` itself when it is a subclass of
    /// `start` (`super(C, cls)` in a classmethod).
    pub obj_type: Option<PyRef>,
}

impl Trace for SuperObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.start);
        if let Some(o) = &self.obj {
            visit_value(o, visit);
        }
        self.obj_type.iter().for_each(visit);
    }
}

fn super_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("super")?;
    let (start, obj) = match args.pos() {
        [] => return Err(exc!(runtime_error, "super(): no arguments")),
        [t] => (t, None),
        [t, o] => (t, Some(o)),
        p => return Err(sig::count_error("super()", 0, 2, p.len())),
    };
    let start = match start {
        Value::Obj(t) if t.is::<TypeObject>() => t.clone(),
        other => {
            return Err(exc!(
                type_error,
                "super() argument 1 must be a type, not {}",
                other.type_name()
            ))
        }
    };
    let obj_type = match obj {
        None => None,
        Some(o) => if let Value::Obj(t) = o {
            if t.is::<TypeObject>() && TypeObject::is_subtype(t, &start) {
                Some(t.clone())
            } else if TypeObject::is_subtype(o.class(), &start) {
                Some(o.class().clone())
            } else {
                None
            }
        } else if TypeObject::is_subtype(o.class(), &start) {
            Some(o.class().clone())
        } else {
            None
        }
        .ok_or_else(|| {
            exc!(
                type_error,
                "super(type, obj): obj must be an instance or subtype of type"
            )
        })
        .map(Some)?,
    };
    Ok(Value::Obj(PyRef::new(
        cls,
        SuperObj {
            start,
            obj: obj.cloned(),
            obj_type,
        },
    )))
}

fn super_getattr(vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let s = v.downcast::<SuperObj>().expect("a super object");
    let Some(obj_type) = &s.obj_type else {
        return Ok(None);
    };
    // `__class__` is the super object's own.
    if ref_str(name) == Some("__class__") {
        return Ok(None);
    }
    let t = obj_type.downcast::<TypeObject>().expect("a type");
    let mro = t.mro();
    let mut chain = std::iter::once(obj_type).chain(mro.iter());
    if !obj_type.ptr_eq(&s.start) {
        chain.find(|c| c.ptr_eq(&s.start));
    } else {
        chain.next();
    }
    for c in chain {
        let Some(found) = c
            .downcast::<TypeObject>()
            .and_then(|ct| ct.dict.get_str(name))
        else {
            continue;
        };
        // Bound to the object, unless `obj` is the class itself (then like class access).
        let obj = s.obj.clone().expect("a bound super has an object");
        let as_instance = !obj.as_obj().is_some_and(|o| o.ptr_eq(obj_type));
        let owner = obj_type.clone();
        return vm
            .descr_get(found, as_instance.then_some(&obj), &owner)
            .map(Some);
    }
    Ok(None)
}

fn super_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let s = v.downcast::<SuperObj>().expect("a super object");
    Ok(new_str(match &s.obj_type {
        Some(t) => format!(
            "<super: <class '{}'>, <{} object>>",
            type_name(&s.start),
            type_name(t)
        ),
        None => format!("<super: <class '{}'>, NULL>", type_name(&s.start)),
    }))
}

fn super_obj(v: &Value) -> &SuperObj {
    v.downcast::<SuperObj>().expect("a super object")
}

fn super_thisclass(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(super_obj(v).start.clone()))
}

fn super_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(super_obj(v).obj.clone().unwrap_or(Value::None))
}

fn super_self_class(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(super_obj(v)
        .obj_type
        .clone()
        .map_or(Value::None, Value::Obj))
}

/// Found after the MRO search (the `getattr` slot), as CPython's generic fallback.
const SUPER_GETSETS: &[GetSetDef] = &[
    crate::member!("__thisclass__", super_thisclass),
    crate::member!("__self__", super_self),
    crate::member!("__self_class__", super_self_class),
];

pub const SUPER_SLOTS: TypeSlots = TypeSlots {
    new: Some(super_new),
    getattr: Some(super_getattr),
    repr: Some(super_repr),
    ..TypeSlots::EMPTY
};

/// The `SUPER_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SUPER_SPEC: TypeSpec = TypeSpec {
    slots: SUPER_SLOTS,
    methods: &[],
    getsets: SUPER_GETSETS,
};
