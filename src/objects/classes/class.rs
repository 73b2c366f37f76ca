//! Classes: the `class` statement (`__build_class__`), `type(name, bases, dict)`, and how
//! calling a class makes an instance (`__new__`, then `__init__`).
//!
//! A class is a type object with `heap` set. Its instances use the payload of its *solid
//! base* — `InstanceObj` for classes derived from `object` only, the builtin's payload (plus a
//! dict trailer, see `core`) for `class L(list)` — so builtin methods work on them unchanged.

use crate::exc;
use crate::objects::callables::cell::CellObj;
use crate::objects::callables::descr::{FuncWrapperObj, MemberDescrObj, MemberField};
use crate::objects::classes::slotdefs::{SlotWrapperObj, Wrap};
use crate::objects::classes::typeobj::{type_name, TypeDict, TypeObject, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::{Kind, PyRef};
use crate::objects::strings::str::{intern, new_str, ref_str, StrObj};
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// The type whose payload layout `cls`'s instances use: the last type along `cls`'s MRO with
/// `cls`'s layout (`object` for plain classes, `list` for list subclasses, `BaseException` for
/// exception classes).
pub fn solid_base(cls: &PyRef) -> PyRef {
    let t = cls.downcast::<TypeObject>().expect("a type");
    let mut best = cls.clone();
    for b in t.mro().iter() {
        if b.downcast::<TypeObject>()
            .is_some_and(|bt| bt.layout == t.layout)
        {
            best = b.clone();
        }
    }
    best
}

/// CPython's `best_base`: the base whose instance layout the new class's instances extend —
/// the one whose [`solid_type`] derives from every other base's. TypeError when a base may
/// not be subclassed, or two bases add to the layout in different ways.
pub fn best_base(bases: &[PyRef]) -> PyResult<PyRef> {
    let mut winner: Option<PyRef> = None;
    let mut best = types().object.clone();
    for b in bases {
        let bt = b.downcast::<TypeObject>().expect("a type");
        if !bt.subclassable {
            return Err(exc!(
                type_error,
                "type '{}' is not an acceptable base type",
                bt.name
            ));
        }
        let candidate = solid_type(b);
        match &winner {
            Some(w) if TypeObject::is_subtype(w, &candidate) => continue,
            Some(w) if !TypeObject::is_subtype(&candidate, w) => {
                return Err(exc!(
                    type_error,
                    "multiple bases have instance lay-out conflict"
                ))
            }
            _ => {}
        }
        winner = Some(candidate);
        best = b.clone();
    }
    Ok(best)
}

/// CPython's `solid_base`: the nearest type up the `__base__` chain (from `cls` itself) that
/// added fields to its instances' layout (slots, a payload of its own, a builtin's fields).
pub fn solid_type(cls: &PyRef) -> PyRef {
    let t = cls.downcast::<TypeObject>().expect("a type");
    match t.base() {
        Some(base) if !adds_fields(t, &base) => solid_type(&base),
        _ => cls.clone(),
    }
}

/// Builtin types that add C fields to their base's struct in CPython, though pyvm's
/// exceptions share one payload (they decide layout conflicts and `__class__` checks).
const EXTRA_FIELDS: &[&str] = &[
    "SyntaxError",
    "ImportError",
    "UnicodeError",
    "SystemExit",
    "OSError",
    "StopIteration",
    "NameError",
    "AttributeError",
    "BaseExceptionGroup",
];

/// Whether the instances of `t` have fields those of its base `base` lack (CPython's
/// `extra_ivars`). A class's dict and weakref slot do not count, except on a base whose
/// instances vary in size (`int`, `tuple`, `bytes`), where CPython puts them at the end.
pub(crate) fn adds_fields(t: &TypeObject, base: &PyRef) -> bool {
    let bt = base.downcast::<TypeObject>().expect("a type");
    if t.layout != bt.layout || !t.own_slots.is_empty() {
        return true;
    }
    if !t.heap {
        return EXTRA_FIELDS.iter().any(|n| t.is_named(n));
    }
    var_sized(t.layout) && (t.instance_dict != bt.instance_dict || (t.weakrefable && !bt.heap))
}

/// Payloads whose CPython objects vary in size (`tp_itemsize`).
pub fn var_sized(layout: Kind) -> bool {
    matches!(layout, Kind::BigInt | Kind::Tuple | Kind::Bytes)
}

/// Whether `cls` is a class made by Python code (a builtin `new` slot then makes an
/// instance of a subclass).
#[inline]
pub fn is_heap(cls: &PyRef) -> bool {
    cls.downcast::<TypeObject>().is_some_and(|t| t.heap)
}

/// Whether instances of the builtin subclass `cls` get an instance dict (`alloc`).
pub fn wants_dict(cls: &PyRef) -> bool {
    cls.downcast::<TypeObject>()
        .is_some_and(|t| t.heap && t.instance_dict)
}

/// Allocates an instance of `cls` holding `payload`, with an instance dict when `cls` is a
/// class whose instances have one (the builtin `new` slots call this for subclasses).
pub fn alloc<T: crate::objects::PyPayload>(cls: &PyRef, payload: T) -> PyRef {
    if wants_dict(cls) {
        PyRef::new_with_dict(cls, payload, Some(DictObj::new_ref()))
    } else {
        PyRef::new(cls, payload)
    }
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a PyRef> {
    match v {
        Value::Obj(o) if o.is::<StrObj>() => Ok(o),
        other => Err(exc!(
            type_error,
            "{} must be str, not {}",
            what,
            other.type_name()
        )),
    }
}

/// `type(name, bases, dict, **kwds)` called on `metatype` (`type` or a metaclass).
pub fn new_class(vm: &mut Vm, metatype: &PyRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(exc!(type_error, "type() takes 1 or 3 arguments"));
    }
    let name = str_arg(&pos[0], "type.__new__() argument 1")?.clone();
    let bases: Vec<PyRef> = match pos[1].downcast::<TupleObj>() {
        Some(t) => {
            let mut out = Vec::with_capacity(t.items.len());
            for b in t.items.iter() {
                match b {
                    Value::Obj(o) if o.is::<TypeObject>() => out.push(o.clone()),
                    _ if vm.getattr_opt(b, &intern("__mro_entries__"))?.is_some() => {
                        return Err(exc!(
                            type_error,
                            "type() doesn't support MRO entry resolution; use types.new_class()"
                        ))
                    }
                    _ => return Err(exc!(type_error, "bases must be types")),
                }
            }
            out
        }
        None => {
            return Err(exc!(
                type_error,
                "type.__new__() argument 2 must be tuple, not {}",
                pos[1].type_name()
            ))
        }
    };
    let Some(ns) = pos[2].downcast::<DictObj>() else {
        return Err(exc!(
            type_error,
            "type.__new__() argument 3 must be dict, not {}",
            pos[2].type_name()
        ));
    };
    let metatype = most_derived_metaclass(metatype, &bases)?;
    let bases = if bases.is_empty() {
        vec![types().object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        let bt = b.downcast::<TypeObject>().expect("a type");
        if !bt.subclassable {
            return Err(exc!(
                type_error,
                "type '{}' is not an acceptable base type",
                bt.name
            ));
        }
        if bases[..i].iter().any(|o| o.ptr_eq(b)) {
            return Err(exc!(type_error, "duplicate base class {}", bt.name));
        }
    }
    let mro = match crate::objects::classes::typeobj::c3_merge(&bases) {
        Ok(mro) => mro,
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(type_name).collect();
            return Err(exc!(
                type_error,
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        }
    };
    let base = best_base(&bases)?;
    let layout = instance_layout(&bases)?;
    let name_str = ref_str(&name).unwrap_or("?").to_string();

    // The namespace becomes the class dict, minus the entries `type` consumes.
    let dict_obj = DictObj::new_ref();
    let dict = dict_obj.downcast::<DictObj>().expect("a dict");
    let mut qualname = name_str.clone();
    let mut classcell = None;
    let mut pos_ = 0;
    while let Some((next, k, v)) = ns.next_entry(pos_) {
        pos_ = next;
        let key = match &k {
            Value::Obj(o) if o.is::<StrObj>() => o.clone(),
            // Non-str keys cannot be attribute names; CPython keeps them, nothing reads them.
            _ => continue,
        };
        match ref_str(&key).unwrap_or("") {
            "__qualname__" => {
                let Some(q) = crate::objects::strings::str::as_str(&v) else {
                    return Err(exc!(
                        type_error,
                        "type __qualname__ must be a str, not {}",
                        v.type_name()
                    ));
                };
                qualname = q.to_string();
            }
            "__classcell__" => classcell = Some(v),
            "__new__" if is_plain_function(&v) => {
                dict.set_str(key, crate::objects::callables::descr::staticmethod_of(v));
            }
            "__init_subclass__" | "__class_getitem__" if is_plain_function(&v) => {
                dict.set_str(key, crate::objects::callables::descr::classmethod_of(v));
            }
            _ => drop(dict.set_str(crate::objects::strings::str::intern_ref(&key), v)),
        }
    }
    let module = match dict.get_str(&intern("__module__")) {
        Some(Value::Obj(m)) if m.is::<StrObj>() => ref_str(&m).unwrap_or("").to_string(),
        _ => {
            // `type(name, bases, ns)` without `__module__`: CPython takes the `__name__` of
            // the calling frame's globals (`types.new_class` makes classes of `types`).
            let caller = vm
                .frame_globals(0)
                .and_then(|g| g.downcast::<DictObj>()?.get_str(&intern("__name__")));
            let module = match caller {
                Some(m @ Value::Obj(_)) if crate::objects::strings::str::as_str(&m).is_some() => m,
                _ => Value::Obj(new_str("__main__")),
            };
            let text = crate::objects::strings::str::as_str(&module)
                .unwrap_or("__main__")
                .to_string();
            dict.set_str(intern("__module__"), module);
            text
        }
    };

    // `__slots__`: member descriptors instead of an instance dict.
    let base_types: Vec<&TypeObject> = bases
        .iter()
        .filter_map(|b| b.downcast::<TypeObject>())
        .collect();
    let inherited_slots = base.downcast::<TypeObject>().map_or(0, |b| b.nslots);
    let base_has_dict = base_types.iter().any(|b| b.instance_dict);
    let base_weakrefable = base_types.iter().any(|b| b.heap && b.weakrefable);
    let mut weakrefable = true;
    // Which of `__dict__` and `__weakref__` this class adds to its base (CPython's rule).
    let (base_dict, base_weak) = crate::objects::callables::getset::base_has(&base);
    let mut getsets = (!base_dict, !base_weak);
    let (instance_dict, nslots, members) = match dict.get_str(&intern("__slots__")) {
        None => (layout != Kind::Exception, inherited_slots, vec![]),
        Some(spec) => {
            let names = slot_names(vm, &spec, &name_str)?;
            let wants_dict = names.iter().any(|n| n == "__dict__");
            weakrefable = base_weakrefable || names.iter().any(|n| n == "__weakref__");
            getsets.0 &= wants_dict;
            getsets.1 &= names.iter().any(|n| n == "__weakref__");
            let members: Vec<String> = names
                .into_iter()
                .filter(|n| n != "__dict__" && n != "__weakref__")
                .collect();
            // Member values live in the payload: plain instances, floats and complexes have
            // room.
            if !members.is_empty()
                && !matches!(
                    layout,
                    Kind::Instance | Kind::Float | Kind::Complex | Kind::Native
                )
            {
                return Err(exc!(
                    type_error,
                    "nonempty __slots__ not supported for subtype of '{}'",
                    type_name(&solid_of_bases(&bases))
                ));
            }
            for m in &members {
                if dict.get_str(&intern(m)).is_some() {
                    return Err(exc!(
                        value_error,
                        "'{}' in __slots__ conflicts with class variable",
                        m
                    ));
                }
            }
            let n = inherited_slots + members.len();
            (
                (wants_dict || base_has_dict) && layout != Kind::Exception,
                n,
                members,
            )
        }
    };
    // Slot values sit at indices in sorted name order, as CPython lays slots out: classes
    // whose slots differ only in order stay compatible for `__class__` assignment.
    let mut members = members;
    members.sort();
    let mut t = TypeObject::builtin(&name_str, bases, mro, &EMPTY_SLOTS, layout, &module);
    t.qualname.set(&qualname);
    t.set_base(base);
    t.dict = TypeDict::Object(dict_obj.clone());
    t.instance_dict = instance_dict || (base_has_dict && layout == Kind::Instance);
    t.nslots = nslots;
    t.own_slots = members.clone();
    t.subclassable = true;
    t.heap = true;
    t.weakrefable = weakrefable;
    let cls = PyRef::new(&metatype, t);
    let t = cls.downcast::<TypeObject>().expect("a type");
    for (i, m) in members.iter().enumerate() {
        let descr = PyRef::new(
            &types().member_descriptor,
            MemberDescrObj {
                name: intern(m),
                owner: cls.clone(),
                field: MemberField::Slot(inherited_slots + i),
            },
        );
        t.dict.set_str(intern(m), Value::Obj(descr));
    }
    crate::objects::callables::getset::add(&cls, getsets);
    if dict.get_str(&intern("__doc__")).is_none() {
        dict.set_str(intern("__doc__"), Value::None);
    }
    if dict.get_str(&intern("__eq__")).is_some() && dict.get_str(&intern("__hash__")).is_none() {
        dict.set_str(intern("__hash__"), Value::None);
    }
    t.make_tuples();
    TypeObject::link_to_bases(&cls);
    crate::objects::classes::class_slots::refresh_slots(&cls);
    if let Some(cell) = classcell {
        match cell.downcast::<CellObj>() {
            Some(c) => drop(c.value.replace(Value::Obj(cls.clone()))),
            None => {
                return Err(exc!(
                    type_error,
                    "__classcell__ must be a nonlocal cell, not {}",
                    cell.type_name()
                ))
            }
        }
    }
    notify_set_name(vm, &cls)?;
    init_subclass(vm, &cls, args)?;
    Ok(Value::Obj(cls))
}

static EMPTY_SLOTS: TypeSlots = TypeSlots::EMPTY;

fn is_plain_function(v: &Value) -> bool {
    v.downcast::<crate::objects::callables::function::FunctionObj>()
        .is_some()
}

/// The layout the instances of a class with `bases` use; TypeError when two bases need
/// different builtin layouts.
fn instance_layout(bases: &[PyRef]) -> PyResult<Kind> {
    let mut layout = Kind::Instance;
    for b in bases {
        let bl = b.downcast::<TypeObject>().expect("a type").layout;
        if bl == Kind::Instance || bl == layout {
            continue;
        }
        if layout != Kind::Instance {
            return Err(exc!(
                type_error,
                "multiple bases have instance lay-out conflict"
            ));
        }
        layout = bl;
    }
    Ok(layout)
}

fn solid_of_bases(bases: &[PyRef]) -> PyRef {
    bases
        .iter()
        .map(solid_base)
        .find(|s| !s.ptr_eq(&types().object))
        .unwrap_or_else(|| types().object.clone())
}

/// The names in a `__slots__` value (a str or an iterable of strs), mangled.
fn slot_names(vm: &mut Vm, spec: &Value, class_name: &str) -> PyResult<Vec<String>> {
    let items = if spec.downcast::<StrObj>().is_some() {
        vec![spec.clone()]
    } else {
        vm.collect(spec)?
    };
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let s = match item.as_obj().and_then(ref_str) {
            Some(s) => s.to_string(),
            None => {
                return Err(exc!(
                    type_error,
                    "__slots__ items must be strings, not '{}'",
                    item.type_name()
                ))
            }
        };
        if !crate::objects::strings::str_case::is_identifier(&s) {
            return Err(exc!(type_error, "__slots__ must be identifiers"));
        }
        let mangled = crate::names::mangle(Some(class_name), &s).into_owned();
        if out.contains(&mangled) {
            return Err(exc!(value_error, "duplicate slot name"));
        }
        out.push(mangled);
    }
    Ok(out)
}

/// The metaclass to use: the most derived of `meta` and the bases' metaclasses.
fn most_derived_metaclass(meta: &PyRef, bases: &[PyRef]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.class();
        if TypeObject::is_subtype(&winner, bm) {
            continue;
        }
        if TypeObject::is_subtype(bm, &winner) {
            winner = bm.clone();
            continue;
        }
        return Err(exc!(
            type_error,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
        ));
    }
    Ok(winner)
}

/// Calls `__set_name__(cls, name)` on every class attribute whose type defines it.
fn notify_set_name(vm: &mut Vm, cls: &PyRef) -> PyResult<()> {
    let t = cls.downcast::<TypeObject>().expect("a type");
    let hook = intern("__set_name__");
    for (k, v) in t.dict.items() {
        if let Some(f) = TypeObject::lookup(v.class(), &hook) {
            if let Err(e) = vm.call_found(f, &v, &[Value::Obj(cls.clone()), k.clone()]) {
                let err = exc!(
                    runtime_error,
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    v.type_name(),
                    vm.repr_string(&k)?,
                    t.name
                );
                return Err(err.caused_by(e));
            }
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kwds)`.
fn init_subclass(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<()> {
    let t = cls.downcast::<TypeObject>().expect("a type");
    let name = intern("__init_subclass__");
    let Some(f) = t
        .mro()
        .iter()
        .find_map(|b| b.downcast::<TypeObject>()?.dict.get_str(&name))
    else {
        return Ok(());
    };
    let bound = vm.descr_get(f, None, cls)?;
    let n = args.kwnames.len();
    let kwvalues = &args.values[args.values.len() - n..];
    vm.call(&bound, Args::new(kwvalues, args.kwnames))?;
    Ok(())
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
pub fn object_init_subclass(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The `new` slot of every class: `__new__` makes the instance, then, when it is an instance
/// of the class, `__init__` initialises it.
pub fn class_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let new = TypeObject::lookup(cls, Wrap::New.interned())
        .ok_or_else(|| exc!(type_error, "cannot create '{}' instances", type_name(cls)))?;
    let obj = match new.downcast::<SlotWrapperObj>() {
        Some(w) => {
            let owner = w.owner.clone();
            let t = owner.downcast::<TypeObject>().expect("a type");
            let f = t.slots.get().new.expect("a __new__ wrapper has a slot");
            f(vm, cls, args)?
        }
        None => {
            let f = match new.downcast::<FuncWrapperObj>() {
                Some(s) => s.func.clone(),
                None => new,
            };
            let mut all = Vec::with_capacity(args.values.len() + 1);
            all.push(Value::Obj(cls.clone()));
            all.extend_from_slice(args.values);
            vm.call(&f, Args::new(&all, args.kwnames))?
        }
    };
    if !TypeObject::is_subtype(obj.class(), cls) {
        return Ok(obj);
    }
    if let Some(f) = TypeObject::lookup(obj.class(), crate::interned!("__init__")) {
        let r = vm.call_found_args(f, &obj, args)?;
        if !r.is_none() {
            return Err(exc!(
                type_error,
                "__init__() should return None, not '{}'",
                r.type_name()
            ));
        }
    }
    // The class learns how much room its instances need (`shape`).
    crate::objects::classes::instance::note_initialized(&obj);
    Ok(obj)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (`list[int]`,
/// `Generic[T]`) is replaced by the classes that method returns.
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let mut orig: Option<Value> = None;
    for b in bases {
        if b.as_obj().is_some_and(|o| o.is::<TypeObject>()) {
            out.push(b.clone());
            continue;
        }
        let Some(meth) = vm.getattr_opt(b, &intern("__mro_entries__"))? else {
            out.push(b.clone());
            continue;
        };
        let orig = orig
            .get_or_insert_with(|| Value::Obj(TupleObj::new_ref(bases.to_vec())))
            .clone();
        let entries = vm.call(&meth, Args::positional(&[orig]))?;
        match entries.downcast::<TupleObj>() {
            Some(t) => out.extend(t.items.iter().cloned()),
            None => return Err(exc!(type_error, "__mro_entries__ must return a tuple")),
        }
    }
    Ok(out)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: runs the class body in a
/// fresh namespace, then calls the metaclass.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(exc!(type_error, "__build_class__: not enough arguments"));
    }
    let func = match &pos[0] {
        Value::Obj(f) if f.is::<crate::objects::callables::function::FunctionObj>() => f.clone(),
        _ => return Err(exc!(type_error, "__build_class__: func must be a function")),
    };
    let name = pos[1].clone();
    if crate::objects::strings::str::as_str(&name).is_none() {
        return Err(exc!(type_error, "__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let bases = resolve_bases(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for ((k, v), kn) in args.kwargs().zip(args.kwnames) {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(kn.clone());
            kwvalues.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(b.class().clone()),
            None => Value::Obj(types().type_.clone()),
        },
    };
    let meta = match &meta {
        Value::Obj(m) if m.is::<TypeObject>() => {
            let base_types: Vec<PyRef> = bases
                .iter()
                .filter_map(|b| b.as_obj().filter(|o| o.is::<TypeObject>()).cloned())
                .collect();
            Value::Obj(most_derived_metaclass(m, &base_types)?)
        }
        _ => meta,
    };
    let changed =
        bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b));
    let bases_tuple = Value::Obj(TupleObj::new_ref(bases));
    let prepare = intern("__prepare__");
    let ns = match vm.getattr_opt(&meta, &prepare)? {
        Some(p) => {
            let mut pargs = vec![name.clone(), bases_tuple.clone()];
            pargs.extend(kwvalues.iter().cloned());
            vm.call(&p, Args::new(&pargs, &kwnames))?
        }
        None => Value::Obj(DictObj::new_ref()),
    };
    // Any mapping will do (CPython's `PyMapping_Check`): the body's names go through it.
    let ns_ref = match &ns {
        Value::Obj(o) if crate::vm::protocol::slots(&ns).getitem.is_some() => o.clone(),
        other => {
            return Err(exc!(
                type_error,
                "{}.__prepare__() must return a mapping, not {}",
                match meta.downcast::<TypeObject>() {
                    Some(t) => t.name.to_string(),
                    None => "<metaclass>".to_string(),
                },
                other.type_name()
            ))
        }
    };
    let cell = vm.call_class_body(&func, &ns_ref)?;
    if changed {
        let orig = Value::Obj(TupleObj::new_ref(orig_bases));
        vm.setitem(&ns, &Value::Obj(intern("__orig_bases__")), orig)?;
    }
    let mut margs = vec![name, bases_tuple, ns];
    margs.extend(kwvalues);
    let cls = vm.call(&meta, Args::new(&margs, &kwnames))?;
    if let (Some(c), Value::Obj(k)) = (cell.downcast::<CellObj>(), &cls) {
        if k.is::<TypeObject>() && c.value.is_null() {
            drop(c.value.replace(cls.clone()));
        }
    }
    Ok(cls)
}
