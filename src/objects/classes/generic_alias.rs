//! `list[int]`, `dict[str, int]`: the parameterized builtin types annotations write
//! (`types.GenericAlias`). They print as written, call their origin, and expose `__origin__`
//! and `__args__`.

use crate::objects::classes::typeobj::{TypeObject, TypeSlots, TypeSpec};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, ref_str};
use crate::objects::trace::{visit_value, Trace};
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

pub struct GenericAliasObj {
    pub origin: Value,
    /// A tuple.
    pub args: PyRef,
}

impl Trace for GenericAliasObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit_value(&self.origin, visit);
        visit(&self.args);
    }
}

/// `cls[item]` for a builtin class: a generic alias.
pub fn class_getitem(origin: &Value, item: &Value) -> Value {
    new_alias(&types().generic_alias, origin, item)
}

/// A generic alias of class `cls` (a subclass's with its instance dict); `item` is the
/// arguments' tuple, or the one argument.
fn new_alias(cls: &PyRef, origin: &Value, item: &Value) -> Value {
    let args = match item.downcast::<TupleObj>() {
        Some(_) => item.as_obj().expect("a tuple").clone(),
        None => TupleObj::new_ref(vec![item.clone()]),
    };
    Value::Obj(crate::objects::classes::class::alloc(
        cls,
        GenericAliasObj {
            origin: origin.clone(),
            args,
        },
    ))
}

/// `types.GenericAlias(origin, args)`.
fn alias_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if cls.ptr_eq(&types().generic_alias) {
        args.no_kwargs("GenericAlias")?;
    }
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(crate::exc!(
            type_error,
            "GenericAlias expected 2 arguments, got {}",
            pos.len()
        ));
    }
    Ok(new_alias(cls, &pos[0], &pos[1]))
}

fn this(v: &Value) -> &GenericAliasObj {
    v.downcast::<GenericAliasObj>().expect("a generic alias")
}

/// How an argument prints inside the brackets (and in a union): `...` as is, aliases by
/// their repr, classes and functions by qualified name (without `builtins.`), the rest by
/// repr (`~T`).
pub(crate) fn arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if let Some(t) = o.downcast::<TypeObject>() {
            let module = t.module.borrow();
            return Ok(if module.as_str() == "builtins" {
                t.qualname.to_string()
            } else {
                format!("{}.{}", module, t.qualname)
            });
        }
        if o.ptr_eq(&types().ellipsis) {
            return Ok("...".to_string());
        }
    }
    if vm.getattr_opt(v, crate::interned!("__origin__"))?.is_some()
        && vm.getattr_opt(v, crate::interned!("__args__"))?.is_some()
    {
        return vm.repr_string(v);
    }
    let qualname = vm.getattr_opt(v, crate::interned!("__qualname__"))?;
    let module = vm.getattr_opt(v, crate::interned!("__module__"))?;
    match (qualname, module) {
        (Some(q), Some(m)) if !m.is_none() => {
            let q = vm.str_string(&q)?;
            let m = vm.str_string(&m)?;
            Ok(if m == "builtins" {
                q
            } else {
                format!("{m}.{q}")
            })
        }
        _ => vm.repr_string(v),
    }
}

/// The type parameters among `args`, in order of first appearance: the arguments with a
/// `__typing_subst__` (type variables), and those of the arguments' own `__parameters__`.
pub(crate) fn parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut found: Vec<Value> = Vec::new();
    let add = |p: Value, found: &mut Vec<Value>| {
        if !found.iter().any(|f| f.is(&p)) {
            found.push(p);
        }
    };
    for a in args {
        if a.as_obj().is_some_and(|o| o.is::<TypeObject>()) {
            continue;
        }
        if vm
            .getattr_opt(a, crate::interned!("__typing_subst__"))?
            .is_some()
        {
            add(a.clone(), &mut found);
        } else if let Some(ps) = vm.getattr_opt(a, crate::interned!("__parameters__"))? {
            if let Some(t) = ps.downcast::<TupleObj>() {
                for p in t.items.iter() {
                    add(p.clone(), &mut found);
                }
            }
        }
    }
    Ok(Value::Obj(TupleObj::new_ref(found)))
}

/// `alias[item]` on an alias (or union) with type parameters: its arguments with each
/// parameter replaced by the matching item (checked by the parameter's `__typing_subst__`),
/// and nested generic arguments subscripted in turn.
pub(crate) fn substitute(
    vm: &mut Vm,
    alias: &Value,
    args: &[Value],
    item: &Value,
) -> PyResult<Vec<Value>> {
    let params_v = parameters(vm, args)?;
    let params = params_v
        .downcast::<TupleObj>()
        .map_or_else(Vec::new, |t| t.items.to_vec());
    if params.is_empty() {
        let r = vm.repr_string(alias)?;
        return Err(crate::exc!(type_error, "{} is not a generic class", r));
    }
    let items = match item.downcast::<TupleObj>() {
        Some(t) => t.items.to_vec(),
        None => vec![item.clone()],
    };
    if items.len() != params.len() {
        let r = vm.repr_string(alias)?;
        return Err(crate::exc!(
            type_error,
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            r,
            items.len(),
            params.len()
        ));
    }
    let mut checked = Vec::with_capacity(items.len());
    for (p, it) in params.iter().zip(&items) {
        let subst = vm.getattr(p, crate::interned!("__typing_subst__"))?;
        checked.push(vm.call(&subst, Args::positional(std::slice::from_ref(it)))?);
    }
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        if let Some(i) = params.iter().position(|p| p.is(a)) {
            out.push(checked[i].clone());
            continue;
        }
        let inner = match a.as_obj() {
            Some(o) if o.is::<TypeObject>() => None,
            _ => vm.getattr_opt(a, crate::interned!("__parameters__"))?,
        };
        let inner_params = inner
            .as_ref()
            .and_then(|v| v.downcast::<TupleObj>())
            .map_or_else(Vec::new, |t| t.items.to_vec());
        if inner_params.is_empty() {
            out.push(a.clone());
            continue;
        }
        let sub: Vec<Value> = inner_params
            .iter()
            .map(|ip| {
                params
                    .iter()
                    .position(|p| p.is(ip))
                    .map_or_else(|| ip.clone(), |i| checked[i].clone())
            })
            .collect();
        let key = Value::Obj(TupleObj::new_ref(sub));
        out.push(vm.getitem(a, &key)?);
    }
    Ok(out)
}

fn alias_args(v: &Value) -> Vec<Value> {
    this(v)
        .args
        .downcast::<TupleObj>()
        .map_or_else(Vec::new, |t| t.items.to_vec())
}

/// `list[T][int]`.
fn alias_getitem(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<Value> {
    let args = alias_args(v);
    let new_args = substitute(vm, v, &args, item)?;
    let origin = this(v).origin.clone();
    let tuple = Value::Obj(TupleObj::new_ref(new_args));
    Ok(new_alias(v.class(), &origin, &tuple))
}

fn alias_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let a = this(v);
    let origin = arg_repr(vm, &a.origin.clone())?;
    let items: Vec<Value> = a
        .args
        .downcast::<TupleObj>()
        .map_or_else(Vec::new, |t| t.items.to_vec());
    let mut parts = Vec::with_capacity(items.len());
    for item in &items {
        parts.push(arg_repr(vm, item)?);
    }
    let inner = if parts.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    Ok(new_str(format!("{origin}[{inner}]")))
}

fn alias_call(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let origin = this(v).origin.clone();
    vm.call(&origin, args)
}

/// The alias's own attributes; other plain names and the naming dunders come from the
/// origin (`list[int].__name__`, `list[int].append`), as CPython forwards them.
fn alias_getattr(vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let a = this(v);
    match ref_str(name) {
        Some("__origin__") => Ok(Some(a.origin.clone())),
        Some("__args__") => Ok(Some(Value::Obj(a.args.clone()))),
        Some("__parameters__") => {
            let args = alias_args(v);
            Ok(Some(parameters(vm, &args)?))
        }
        Some("__name__" | "__qualname__" | "__module__" | "__doc__") => {
            let origin = a.origin.clone();
            vm.getattr_opt(&origin, name)
        }
        // (the origin's AttributeError, as CPython's: "type object 'list' has no ...")
        Some(n) if !n.starts_with("__") => {
            let origin = a.origin.clone();
            vm.getattr(&origin, name).map(Some)
        }
        _ => Ok(None),
    }
}

/// `class C(list[int])` derives from `list`.
fn alias_mro_entries(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = this(args.receiver()).origin.clone();
    Ok(Value::Obj(TupleObj::new_ref(vec![origin])))
}

fn alias_instancecheck(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(crate::exc!(
        type_error,
        "isinstance() argument 2 cannot be a parameterized generic"
    ))
}

fn alias_subclasscheck(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(crate::exc!(
        type_error,
        "issubclass() argument 2 cannot be a parameterized generic"
    ))
}

const METHODS: &[crate::objects::classes::typeobj::MethodDef] = &[
    crate::method!("__mro_entries__", alias_mro_entries, One),
    crate::method!("__instancecheck__", alias_instancecheck, One),
    crate::method!("__subclasscheck__", alias_subclasscheck, One),
];

fn alias_eq(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::operators::CompareKind,
) -> PyResult<Value> {
    use crate::operators::CompareKind;
    let Some(other) = b.downcast::<GenericAliasObj>() else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    let me = this(a);
    let same = me.origin.is(&other.origin)
        && vm.eq(
            &Value::Obj(me.args.clone()),
            &Value::Obj(other.args.clone()),
        )?;
    match op {
        CompareKind::Eq => Ok(Value::Bool(same)),
        CompareKind::Ne => Ok(Value::Bool(!same)),
        _ => Ok(Value::Obj(types().not_implemented.clone())),
    }
}

fn alias_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let a = this(v);
    let h1 = vm.hash(&a.origin.clone())?;
    let h2 = vm.hash(&Value::Obj(a.args.clone()))?;
    Ok(h1 ^ h2)
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(alias_new),
    repr: Some(alias_repr),
    call: Some(alias_call),
    getattr: Some(alias_getattr),
    richcompare: Some(alias_eq),
    hash: Some(alias_hash),
    binary: Some(crate::objects::classes::union::or_slot),
    getitem: Some(alias_getitem),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};
