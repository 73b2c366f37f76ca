//! `object`'s own slots and methods: the defaults every class inherits (`repr`, `hash`,
//! `==`, `__new__`, `__init__`, `__format__`, `__dir__`, ...).

use super::super::slotdefs::Wrap;
use super::super::typeobj::{type_name, MethodDef, TypeObject, TypeSlots};
use crate::exc;
use crate::objects::containers::dict::DictObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

use super::{instance_dict, new_instance};

/// `<__main__.Foo object at 0x...>`.
pub fn object_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let cls = v.class();
    let t = cls.downcast::<TypeObject>().expect("a type");
    let module = t.module.borrow().clone();
    let id = vm.id(v);
    // (CPython's `tp_name`, `__name__`, where no module is shown)
    Ok(new_str(if module == "builtins" {
        format!("<{} object at {:#x}>", t.name, id)
    } else {
        format!("<{}.{} object at {:#x}>", module, t.qualname, id)
    }))
}

fn object_str(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    vm.repr(v)
}

/// Hashed by identity, as CPython's `_Py_HashPointer` (the address rotated by 4 bits).
pub fn object_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok((vm.id(v) as u64).rotate_right(4) as i64)
}

/// `==` is identity, `!=` the negation of the type's `==`, orderings unsupported.
fn object_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let ni = || Value::Obj(types().not_implemented.clone());
    match op {
        CompareKind::Eq => Ok(if a.is(b) { Value::Bool(true) } else { ni() }),
        CompareKind::Ne => {
            let eq = match crate::vm::protocol::slots(a).richcompare {
                Some(f) => f(vm, a, b, CompareKind::Eq)?,
                None => ni(),
            };
            match eq {
                Value::Obj(o) if o.ptr_eq(&types().not_implemented) => Ok(ni()),
                r => Ok(Value::Bool(!vm.truthy(&r)?)),
            }
        }
        _ => Ok(ni()),
    }
}

/// Whether `cls`'s `name` resolves to `object`'s own entry.
fn inherits_object(cls: &PyRef, name: &PyRef) -> bool {
    let mine = TypeObject::lookup(cls, name);
    let objects = types()
        .object
        .downcast::<TypeObject>()
        .and_then(|o| o.dict.get_str(name));
    match (mine, objects) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

fn excess_args(args: &Args) -> bool {
    !args.values.is_empty()
}

/// `object.__new__(cls)`.
fn object_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    // A builtin type whose instances are not plain objects and that has no `__new__` of its
    // own (functions, descriptors, iterators, code, frames) cannot be called: what
    // `object.__new__` makes would lack the payload its methods expect.
    if cls
        .downcast::<TypeObject>()
        .is_some_and(|t| !t.heap && t.layout != crate::objects::core::Kind::Instance)
    {
        return Err(exc!(
            type_error,
            "cannot create '{}' instances",
            type_name(cls)
        ));
    }
    if excess_args(&args) {
        if !inherits_object(cls, Wrap::New.interned()) {
            return Err(exc!(
                type_error,
                "object.__new__() takes exactly one argument (the type to instantiate)"
            ));
        }
        if inherits_object(cls, crate::interned!("__init__")) {
            return Err(crate::vm::sig::takes_no_arguments(&format!(
                "{}()",
                type_name(cls)
            )));
        }
    }
    abstract_check(cls)?;
    Ok(Value::Obj(new_instance(cls)))
}

/// TypeError for a class whose `__abstractmethods__` (set by `abc.ABCMeta`) is not empty.
fn abstract_check(cls: &PyRef) -> PyResult<()> {
    let Some(methods) = TypeObject::lookup(cls, crate::interned!("__abstractmethods__")) else {
        return Ok(());
    };
    let Some(set) = methods.downcast::<crate::objects::containers::set::SetObj>() else {
        return Ok(());
    };
    let mut names: Vec<String> = set
        .keys()
        .iter()
        .map(|v| {
            v.downcast::<StrObj>()
                .map_or(String::new(), |s| s.as_str().to_string())
        })
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(exc!(
        type_error,
        "Can't instantiate abstract class {} with abstract method{} {}",
        type_name(cls),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// `object.__init__(self)`.
fn object_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.receiver();
    if args.values.len() > 1 {
        let cls = this.class();
        if !inherits_object(cls, crate::interned!("__init__")) {
            return Err(exc!(
                type_error,
                "object.__init__() takes exactly one argument (the instance to initialize)"
            ));
        }
        if inherits_object(cls, Wrap::New.interned()) {
            return Err(crate::vm::sig::takes_no_arguments(&format!(
                "{}()",
                type_name(cls)
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, spec) = (args.receiver(), &args.params()[0]);
    let Some(s) = spec.downcast::<StrObj>() else {
        return Err(exc!(
            type_error,
            "__format__() argument must be str, not {}",
            spec.type_name()
        ));
    };
    if !s.as_str().is_empty() {
        return Err(exc!(
            type_error,
            "unsupported format string passed to {}.__format__",
            this.type_name()
        ));
    }
    Ok(Value::Obj(vm.str(this)?))
}

/// `object.__dir__(self)`: the instance dict's keys and every name along the class's MRO.
pub fn object_dir(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.receiver();
    let mut names: Vec<Value> = Vec::new();
    // (as CPython's, through `__dict__`: an instance's is made and handed out)
    if let Some(d) = instance_dict(this) {
        DictObj::escape(&d);
        names.extend(d.downcast::<DictObj>().expect("a dict").keys());
    }
    let cls = this.class().clone();
    names.extend(class_attr_names(&cls));
    Ok(Value::Obj(
        crate::objects::containers::list::ListObj::new_ref(names),
    ))
}

/// Every attribute name along a class's MRO (with repeats).
pub fn class_attr_names(cls: &PyRef) -> Vec<Value> {
    let t = cls.downcast::<TypeObject>().expect("a type");
    let mut names = t.dict.keys();
    for b in t.mro().iter() {
        if let Some(bt) = b.downcast::<TypeObject>() {
            names.extend(bt.dict.keys());
        }
    }
    names
}

fn object_reduce_ex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Err(exc!(
        type_error,
        "cannot pickle '{}' object",
        args.receiver().type_name()
    ))
}

pub const OBJECT_SLOTS: TypeSlots = TypeSlots {
    repr: Some(object_repr),
    str: Some(object_str),
    hash: Some(object_hash),
    richcompare: Some(object_richcompare),
    setattr: Some(crate::vm::attr::generic_setattr),
    new: Some(object_new),
    ..TypeSlots::EMPTY
};

pub const OBJECT_METHODS: &[MethodDef] = &[
    crate::method!("__init__", object_init, WrapperAny),
    crate::method!("__format__", object_format, One),
    crate::method!("__dir__", object_dir, NoArgs),
    crate::method!("__reduce_ex__", object_reduce_ex, One),
    crate::method!("__sizeof__", crate::objects::sizeof::object_sizeof),
    crate::class_method!(
        "__init_subclass__",
        super::super::class::object_init_subclass,
        NoArgs
    ),
];
