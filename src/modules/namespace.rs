//! `types.SimpleNamespace`, as CPython's `namespaceobject.c`: an object whose attributes are
//! its keyword arguments. Native (module `_types`, which `types.py` reads) so that its type is
//! named `types.SimpleNamespace` in error messages while `__name__` is `SimpleNamespace`.
//!
//! Every instance carries an instance dict (allocated with the object, as CPython's
//! `tp_dictoffset`), so attribute get/set/delete and `__dict__` are the generic ones. `repr`
//! and `==` read that dict: `namespace(a=1, b=2)`, `namespace(...)` when recursive.

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::native::{new_native_with_dict, NativeData, PLAIN_SLOTS};
use crate::objects::classes::instance::dict_cell;
use crate::objects::classes::typeobj::{type_name, MethodDef, TypeObject, TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::seq;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{PyRef, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "types" {
    namespace = "SimpleNamespace", TypeSpec {
        slots: NAMESPACE_SLOTS,
        methods: NAMESPACE_METHODS,
        getsets: &[crate::member!("__dict__", namespace_dict)],
    };
} }

/// The (empty) native state: everything is in the instance dict.
struct Namespace;

impl NativeData for Namespace {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

/// `SimpleNamespace(**kwargs)`. A subclass's instance is made empty: its `__init__` gets
/// the arguments (calling a builtin type runs only its `new` slot).
fn namespace_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let ns = new_native_with_dict(cls, Namespace);
    if cls.ptr_eq(&Types::get().namespace) {
        fill(vm, &ns, args)?;
    }
    Ok(ns)
}

/// The instance dict of a namespace (every one has one).
fn dict_of(v: &Value) -> PyRef {
    let cell = dict_cell(v).expect("a namespace has an instance dict");
    let mut d = cell.borrow_mut();
    d.get_or_insert_with(DictObj::new_ref).clone()
}

/// `ns.__dict__`: a read-only member, as CPython's (the dict itself stays mutable).
fn namespace_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = dict_of(v);
    // Handed out, the dict is an object of its own for the collector.
    DictObj::escape(&d);
    Ok(Value::Obj(d))
}

/// `SimpleNamespace.__init__(self, /, **kwargs)`: the keywords become attributes.
fn namespace_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fill(
        vm,
        args.receiver(),
        Args::new(&args.values[1..], args.kwnames),
    )?;
    Ok(Value::None)
}

/// Stores the keyword arguments `args` as attributes of `ns`.
fn fill(vm: &mut Vm, ns: &Value, args: Args) -> PyResult<()> {
    if !args.pos().is_empty() {
        return Err(exc!(type_error, "no positional arguments expected"));
    }
    let d = dict_of(ns);
    let dict = d.downcast::<DictObj>().expect("a dict");
    for (name, value) in args.kwnames.iter().zip(args.values) {
        dict.set_item(vm, name.clone(), value.clone())?;
    }
    Ok(())
}

/// `namespace(a=1, b=2)` (a subclass shows its own name); `namespace(...)` inside itself.
fn namespace_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let cls = v.class();
    let name = if cls.ptr_eq(&Types::get().namespace) {
        "namespace".to_string()
    } else {
        type_name(cls)
    };
    let Some(_guard) = seq::repr_enter(v.as_obj().expect("a namespace")) else {
        return Ok(new_str(format!("{name}(...)")));
    };
    let d = dict_of(v);
    let items = d.downcast::<DictObj>().expect("a dict").items();
    let mut parts = Vec::with_capacity(items.len());
    for (k, value) in items {
        // (as CPython: only non-empty str keys are shown)
        let Some(key) = as_str(&k).filter(|s| !s.is_empty()).map(str::to_string) else {
            continue;
        };
        parts.push(format!("{key}={}", vm.repr_string(&value)?));
    }
    Ok(new_str(format!("{name}({})", parts.join(", "))))
}

/// Two namespaces compare as their attribute dicts (so only `==`/`!=` work); anything
/// else is NotImplemented.
fn namespace_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let ns = &Types::get().namespace;
    let both = [a, b].iter().all(|v| TypeObject::is_subtype(v.class(), ns));
    if !both {
        return Ok(Value::Obj(crate::objects::types().not_implemented.clone()));
    }
    vm.compare(&Value::Obj(dict_of(a)), &Value::Obj(dict_of(b)), op)
}

/// `__reduce__`: `(type(self), (), self.__dict__)`, so `copy` and `pickle` rebuild it.
fn namespace_reduce(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.receiver();
    Ok(tuple_value(vec![
        Value::Obj(v.class().clone()),
        tuple_value(vec![]),
        Value::Obj(dict_of(v)),
    ]))
}

const NAMESPACE_SLOTS: TypeSlots = TypeSlots {
    new: Some(namespace_new),
    repr: Some(namespace_repr),
    richcompare: Some(namespace_richcompare),
    // (defines `==`, so instances are unhashable)
    hash: None,
    ..PLAIN_SLOTS
};

const NAMESPACE_METHODS: &[MethodDef] = &[
    method!("__init__", namespace_init, WrapperAny),
    method!("__reduce__", namespace_reduce, NoArgs),
];

/// A `types.SimpleNamespace` holding `attrs` in order (for namespaces the runtime itself
/// hands out, such as `sys.implementation`).
pub fn new_namespace(attrs: Vec<(&str, Value)>) -> Value {
    let ns = new_native_with_dict(&Types::get().namespace, Namespace);
    let d = dict_of(&ns);
    let dict = d.downcast::<DictObj>().expect("a dict");
    for (name, value) in attrs {
        dict.set_str(intern(name), value);
    }
    ns
}

/// The `_types` module: the native parts of `types`.
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("_types", &[]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    d.set_str(
        intern("SimpleNamespace"),
        Value::Obj(Types::get().namespace.clone()),
    );
    Ok(module)
}
