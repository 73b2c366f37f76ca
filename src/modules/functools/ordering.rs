//! `functools.total_ordering`: fills in a class's missing rich comparisons from the one it
//! defines (the first of `__lt__`, `__le__`, `__gt__`, `__ge__`), with the formulas of
//! CPython's `functools.py`. Each derived method calls the root through the instance's type
//! and passes `NotImplemented` on; its `and`/`or` return operands, as Python's do.

use crate::exc;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::classes::typeobj::{NativeFn, TypeObject};
use crate::objects::strings::str::intern;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

/// How a derived comparison combines the root's result `r` with `==`/`!=`.
#[derive(Clone, Copy)]
enum Formula {
    /// `not r and self != other`
    NotAndNe,
    /// `r or self == other`
    OrEq,
    /// `not r`
    Not,
    /// `not r or self == other`
    NotOrEq,
    /// `r and self != other`
    AndNe,
}

fn derived(vm: &mut Vm, args: Args, root: &str, formula: Formula) -> PyResult<Value> {
    let [this, other] = args.pos() else {
        return Err(exc!(
            type_error,
            "comparison expected 2 arguments, got {}",
            args.pos().len()
        ));
    };
    let cls = Value::Obj(this.class().clone());
    let method = vm.getattr(&cls, &intern(root))?;
    let r = vm.call(&method, Args::positional(&[this.clone(), other.clone()]))?;
    if matches!(&r, Value::Obj(o) if o.ptr_eq(&types().not_implemented)) {
        return Ok(r);
    }
    let truth = vm.truthy(&r)?;
    let compare = |vm: &mut Vm, op| vm.compare(this, other, op);
    Ok(match formula {
        Formula::NotAndNe if truth => Value::Bool(false),
        Formula::NotAndNe => compare(vm, CompareKind::Ne)?,
        Formula::OrEq if truth => r,
        Formula::OrEq => compare(vm, CompareKind::Eq)?,
        Formula::Not => Value::Bool(!truth),
        Formula::NotOrEq if !truth => Value::Bool(true),
        Formula::NotOrEq => compare(vm, CompareKind::Eq)?,
        Formula::AndNe if !truth => r,
        Formula::AndNe => compare(vm, CompareKind::Ne)?,
    })
}

/// The table of `functools._convert`: for each root, the three methods derived from it.
macro_rules! conversions {
    ($($root:literal => [$($fn_name:ident: $name:literal = $formula:ident),*];)*) => {
        $($(
            fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                derived(vm, args, $root, Formula::$formula)
            }
        )*)*
        const CONVERT: &[(&str, [(&str, NativeFn); 3])] = &[
            $(($root, [$(($name, $fn_name as NativeFn)),*]),)*
        ];
    };
}

conversions! {
    "__lt__" => [gt_from_lt: "__gt__" = NotAndNe, le_from_lt: "__le__" = OrEq, ge_from_lt: "__ge__" = Not];
    "__le__" => [ge_from_le: "__ge__" = NotOrEq, lt_from_le: "__lt__" = AndNe, gt_from_le: "__gt__" = Not];
    "__gt__" => [lt_from_gt: "__lt__" = NotAndNe, ge_from_gt: "__ge__" = OrEq, le_from_gt: "__le__" = Not];
    "__ge__" => [le_from_ge: "__le__" = NotOrEq, gt_from_ge: "__gt__" = AndNe, lt_from_ge: "__lt__" = Not];
}

/// `total_ordering(cls)`.
pub fn total_ordering(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: super::PyDef = super::PyDef {
        qualname: "total_ordering",
        params: &["cls"],
        required: 1,
        kwonly: &[],
        method: false,
    };
    let [cls] = SPEC.bind(&args)?;
    let cls = cls.expect("required");
    let object = Value::Obj(types().object.clone());
    // The comparisons the class defines itself (not inherited from object).
    let mut roots = Vec::new();
    for (root, _) in CONVERT {
        let name = intern(root);
        let mine = vm.getattr(cls, &name).ok();
        let base = vm.getattr(&object, &name).ok();
        let same = match (&mine, &base) {
            (Some(a), Some(b)) => a.is(b),
            (None, None) => true,
            _ => false,
        };
        if !same {
            roots.push(*root);
        }
    }
    // CONVERT lists the roots in order of preference (max() of the names in CPython).
    let Some(root) = roots.first() else {
        return Err(exc!(
            value_error,
            "must define at least one ordering operation: < > <= >="
        ));
    };
    let (_, derived) = CONVERT.iter().find(|(r, _)| r == root).expect("a root");
    for (name, func) in derived {
        if !roots.contains(name) {
            // (a method of the class, so that it binds to instances)
            let f = match cls.as_obj().filter(|c| c.is::<TypeObject>()) {
                Some(t) => BuiltinFunctionObj::method_of(name, *func, t),
                None => BuiltinFunctionObj::new_ref(name, *func, None),
            };
            let f = Value::Obj(f);
            vm.setattr(cls, &intern(name), Some(f))?;
        }
    }
    Ok(cls.clone())
}
