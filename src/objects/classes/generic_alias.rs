//! `list[int]`, `dict[str, int]`: the parameterized builtin types annotations write
//! (`types.GenericAlias`). They print as written, call their origin, and expose `__origin__`
//! and `__args__`.

use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::classes::typeobj::{TypeObject, TypeSlots};
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

/// How an argument prints inside the brackets: classes by qualified name, `...` as is.
fn arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
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
    vm.repr_string(v)
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

fn alias_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let a = this(v);
    Ok(match ref_str(name) {
        Some("__origin__") => Some(a.origin.clone()),
        Some("__args__") => Some(Value::Obj(a.args.clone())),
        _ => None,
    })
}

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
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: &[],
    getsets: &[],
};
