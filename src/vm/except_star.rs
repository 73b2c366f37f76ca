//! `except*` (PEP 654) at run time: `CHECK_EG_MATCH` splits what is still unhandled by each
//! clause's type, and `PREP_RERAISE_STAR` works out what leaves the statement: the
//! exceptions the handlers raised, plus the unhandled rest and whatever the handlers
//! re-raised as one projection of the original group (as CPython's `_PyExc_PrepReraiseStar`).

use crate::objects::classes::typeobj::TypeObject;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::ExceptionObj;
use crate::objects::exceptions::exception_group::{
    exceptions_of, is_group, new_group, split, Matcher,
};
use crate::objects::strings::str::new_str;
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// The classes an `except*` clause names: exception classes, and no exception groups.
fn check_star_type(ty: &Value) -> PyResult<()> {
    let t = &types().exc;
    let items = match ty.downcast::<TupleObj>() {
        Some(tuple) => tuple.items.to_vec(),
        None => vec![ty.clone()],
    };
    let classes: Vec<&PyRef> = items
        .iter()
        .filter_map(|c| c.as_obj().filter(|o| o.is::<TypeObject>()))
        .filter(|c| TypeObject::is_subtype(c, &t.base_exception))
        .collect();
    if classes.len() != items.len() {
        return Err(crate::exc!(
            type_error,
            "catching classes that do not inherit from BaseException is not allowed"
        ));
    }
    if classes
        .iter()
        .any(|c| TypeObject::is_subtype(c, &t.base_exception_group))
    {
        return Err(crate::exc!(
            type_error,
            "catching ExceptionGroup with except* is not allowed. Use except instead."
        ));
    }
    Ok(())
}

/// A group of `excs` (a tuple or a list, which its `args` show) with an empty message
/// (`ExceptionGroup` when all are `Exception`s).
fn new_anonymous_group(vm: &mut Vm, excs: PyRef) -> PyResult<Value> {
    let cls = types().exc.base_exception_group.clone();
    let pair = [Value::Obj(new_str("")), Value::Obj(excs)];
    new_group(vm, &cls, Args::positional(&pair))
}

/// `(rest, match)` for one `except* ty` clause, or `None` when nothing of `rest` (None
/// once all is handled) matches.
pub fn check_eg_match(vm: &mut Vm, rest: &Value, ty: &Value) -> PyResult<Option<(Value, Value)>> {
    check_star_type(ty)?;
    if rest.is_none() {
        return Ok(None);
    }
    let m = Matcher::Types(ty.clone());
    if !is_group(rest) {
        if split(vm, rest, &m, false)?.0.is_none() {
            return Ok(None);
        }
        // A naked exception is matched as a group of one, with its traceback.
        let wrapped = new_anonymous_group(vm, TupleObj::new_ref(vec![rest.clone()]))?;
        let tb = rest
            .downcast::<ExceptionObj>()
            .and_then(|e| e.traceback_object());
        if let Some(tb) = tb {
            let w = wrapped.downcast::<ExceptionObj>().expect("an exception");
            w.set_traceback(&Value::Obj(tb))?;
        }
        return Ok(Some((Value::None, wrapped)));
    }
    let pair = vm.call_method(rest, "split", std::slice::from_ref(ty))?;
    let items = pair
        .downcast::<TupleObj>()
        .map(|t| t.items.to_vec())
        .filter(|items| items.len() == 2);
    let Some(items) = items else {
        return Err(crate::exc!(type_error, "split must return a 2-tuple"));
    };
    if items[0].is_none() {
        return Ok(None);
    }
    Ok(Some((items[1].clone(), items[0].clone())))
}

/// Whether `e` is `orig` re-raised (a part of it split off): same traceback, cause and
/// context.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (
        e.downcast::<ExceptionObj>(),
        orig.downcast::<ExceptionObj>(),
    ) else {
        return false;
    };
    let same = |x: &Value, y: &Value| match (x, y) {
        (Value::Obj(p), Value::Obj(q)) => p.ptr_eq(q),
        _ => x.is_none() && y.is_none(),
    };
    let tb_same = match (a.traceback_object(), b.traceback_object()) {
        (Some(p), Some(q)) => p.ptr_eq(&q),
        (None, None) => true,
        _ => false,
    };
    tb_same
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

/// The leaves (non-group exceptions) of `e`.
fn leaves(e: &Value, out: &mut Vec<PyRef>) {
    if is_group(e) {
        for sub in exceptions_of(e) {
            leaves(&sub, out);
        }
    } else if let Some(o) = e.as_obj() {
        out.push(o.clone());
    }
}

/// What leaves the `except*` statement: `None` when everything was handled.
pub fn prep_reraise_star(
    vm: &mut Vm,
    orig: &Value,
    raised: &Value,
    rest: Value,
) -> PyResult<Option<Value>> {
    let mut excs = raised
        .downcast::<ListObj>()
        .map(|l| l.items.borrow().clone())
        .unwrap_or_default();
    excs.push(rest);
    excs.retain(|e| !e.is_none());
    if excs.is_empty() {
        return Ok(None);
    }
    if !is_group(orig) {
        // A naked exception ran at most one clause: one exception leaves.
        return Ok(excs.into_iter().next());
    }
    let (reraised, mut new): (Vec<Value>, Vec<Value>) =
        excs.into_iter().partition(|e| same_metadata(e, orig));
    let mut ids = Vec::new();
    for e in &reraised {
        leaves(e, &mut ids);
    }
    let projection = if ids.is_empty() {
        None
    } else {
        split(vm, orig, &Matcher::Instances(ids), false)?.0
    };
    if new.is_empty() {
        return Ok(projection);
    }
    new.extend(projection);
    if new.len() == 1 {
        return Ok(new.pop());
    }
    new_anonymous_group(vm, ListObj::new_ref(new)).map(Some)
}
