//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction (`__new__` checks the
//! exceptions and picks `ExceptionGroup` when every one is an `Exception`), `str()`, and the
//! `split` / `subgroup` / `derive` methods, plus the splitting helpers that `except*` runs
//! (`vm/except_star.rs`).
//!
//! `message` and `exceptions` are read-only members kept in `ExceptionObj::fields` (0 and 1,
//! see `exception_kinds::EXCEPTION_GROUP_MEMBERS`); `args` stays what the call passed.

use crate::objects::classes::typeobj::{type_name, MethodDef, TypeObject};
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::ExceptionObj;
use crate::objects::exceptions::exception_kinds::{field, set_field};
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// Whether `v` is an exception group (an instance of `BaseExceptionGroup`).
pub fn is_group(v: &Value) -> bool {
    TypeObject::is_subtype(v.class(), &types().exc.base_exception_group)
}

/// The sub-exceptions of a group (its `exceptions` tuple).
pub fn exceptions_of(v: &Value) -> Vec<Value> {
    let Some(obj) = v.as_obj() else {
        return Vec::new();
    };
    field(obj, "exceptions")
        .downcast::<TupleObj>()
        .map_or_else(Vec::new, |t| t.items.to_vec())
}

fn is_exception(v: &Value) -> bool {
    v.downcast::<ExceptionObj>().is_some()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub fn new_group(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs(&type_name(cls))?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(crate::exc!(
            type_error,
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        ));
    }
    if pos[0].downcast::<StrObj>().is_none() {
        return Err(crate::exc!(
            type_error,
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            pos[0].type_name()
        ));
    }
    if !vm.is_sequence(&pos[1]) {
        return Err(crate::exc!(
            type_error,
            "second argument (exceptions) must be a sequence"
        ));
    }
    let excs = vm.collect(&pos[1])?;
    if excs.is_empty() {
        return Err(crate::exc!(
            value_error,
            "second argument (exceptions) must be a non-empty sequence"
        ));
    }
    if let Some(i) = excs.iter().position(|e| !is_exception(e)) {
        return Err(crate::exc!(
            value_error,
            "Item {} of second argument (exceptions) is not an exception",
            i
        ));
    }
    let t = &types().exc;
    let nests_base = excs
        .iter()
        .any(|e| !TypeObject::is_subtype(e.class(), &t.exception));
    let mut cls = cls.clone();
    if cls.ptr_eq(&t.base_exception_group) {
        if !nests_base {
            cls = t.exception_group.clone();
        }
    } else if cls.ptr_eq(&t.exception_group) {
        if nests_base {
            return Err(crate::exc!(
                type_error,
                "Cannot nest BaseExceptions in an ExceptionGroup"
            ));
        }
    } else if nests_base && TypeObject::is_subtype(&cls, &t.exception) {
        return Err(crate::exc!(
            type_error,
            "Cannot nest BaseExceptions in '{}'",
            type_name(&cls)
        ));
    }
    let obj = PyRef::new(&cls, ExceptionObj::new(pos.to_vec()));
    set_field(&obj, "message", pos[0].clone());
    set_field(&obj, "exceptions", Value::Obj(TupleObj::new_ref(excs)));
    Ok(Value::Obj(obj))
}

/// `str(eg)`: `message (N sub-exception[s])`.
pub fn group_str(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let obj = v.as_obj().expect("an exception group");
    let msg = vm.str_string(&field(obj, "message"))?;
    let n = exceptions_of(v).len();
    let plural = if n > 1 { "s" } else { "" };
    Ok(new_str(format!("{msg} ({n} sub-exception{plural})")))
}

/// What selects the leaves of a group: exception classes (`split(ValueError)`, `except*`),
/// a predicate (`split(lambda e: ...)`), or the very instances (re-raising in `except*`).
pub enum Matcher {
    Types(Value),
    Predicate(Value),
    Instances(Vec<PyRef>),
}

impl Matcher {
    /// The matcher for `split`/`subgroup`'s argument.
    pub fn from_condition(v: &Value) -> PyResult<Matcher> {
        let is_exc_class = |c: &Value| {
            c.as_obj().is_some_and(|o| {
                o.is::<TypeObject>() && TypeObject::is_subtype(o, &types().exc.base_exception)
            })
        };
        if crate::objects::callables::function::is_callable(v)
            && v.as_obj().is_none_or(|o| !o.is::<TypeObject>())
        {
            return Ok(Matcher::Predicate(v.clone()));
        }
        if is_exc_class(v) {
            return Ok(Matcher::Types(v.clone()));
        }
        if v.class().ptr_eq(&types().tuple) {
            let t = v.downcast::<TupleObj>().expect("a tuple");
            if t.items.iter().all(is_exc_class) {
                return Ok(Matcher::Types(v.clone()));
            }
        }
        Err(crate::exc!(
            type_error,
            "expected a function, exception type or tuple of exception types"
        ))
    }

    fn matches(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => Ok(class_matches(e, t)),
            Matcher::Predicate(f) => {
                let r = vm.call(f, Args::positional(std::slice::from_ref(e)))?;
                vm.truthy(&r)
            }
            Matcher::Instances(ids) => Ok(e
                .as_obj()
                .is_some_and(|o| !is_group(e) && ids.iter().any(|i| i.ptr_eq(o)))),
        }
    }
}

/// Whether `e` is an instance of the class `t` or of one in the tuple `t`.
fn class_matches(e: &Value, t: &Value) -> bool {
    let one = |c: &Value| {
        c.as_obj()
            .is_some_and(|c| TypeObject::is_subtype(e.class(), c))
    };
    match t.downcast::<TupleObj>() {
        Some(items) => items.items.iter().any(one),
        None => one(t),
    }
}

/// The matching part and (with `with_rest`) the rest of `e`: a group is split leaf by leaf,
/// each part rebuilt with `derive` and given the original's cause, context, traceback and
/// notes.
pub fn split(
    vm: &mut Vm,
    e: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(e) {
        return Ok((None, with_rest.then(|| e.clone())));
    }
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for sub in exceptions_of(e) {
        let (a, b) = split(vm, &sub, m, with_rest)?;
        yes.extend(a);
        no.extend(b);
    }
    let yes = derive_part(vm, e, yes)?;
    let no = if with_rest {
        derive_part(vm, e, no)?
    } else {
        None
    };
    Ok((yes, no))
}

/// `eg.derive(excs)` with `eg`'s chain, traceback and notes copied over (None for no excs).
fn derive_part(vm: &mut Vm, eg: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = Value::Obj(ListObj::new_ref(excs));
    let part = vm.call_method(eg, "derive", &[list])?;
    if !is_group(&part) {
        return Err(crate::exc!(
            type_error,
            "derive must return an instance of BaseExceptionGroup"
        ));
    }
    let (src, dst) = (
        eg.downcast::<ExceptionObj>().expect("an exception"),
        part.downcast::<ExceptionObj>().expect("an exception"),
    );
    let cause = src.cause.borrow().clone();
    let context = src.context.borrow().clone();
    let old = (
        std::mem::replace(&mut *dst.cause.borrow_mut(), cause),
        std::mem::replace(&mut *dst.context.borrow_mut(), context),
    );
    drop(old);
    dst.suppress_context.set(src.suppress_context.get());
    if let Some(tb) = src.traceback_object() {
        dst.set_traceback(&Value::Obj(tb))?;
    }
    let notes_key = crate::interned!("__notes__");
    if let Some(notes) = vm.getattr_opt(eg, notes_key)? {
        if vm.is_sequence(&notes) {
            let copy = Value::Obj(ListObj::new_ref(vm.collect(&notes)?));
            vm.setattr(&part, notes_key, Some(copy))?;
        }
    }
    Ok(Some(part))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = Matcher::from_condition(&args.params()[0])?;
    let (a, b) = split(vm, args.receiver(), &m, true)?;
    let items = vec![a.unwrap_or(Value::None), b.unwrap_or(Value::None)];
    Ok(Value::Obj(TupleObj::new_ref(items)))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = Matcher::from_condition(&args.params()[0])?;
    Ok(split(vm, args.receiver(), &m, false)?
        .0
        .unwrap_or(Value::None))
}

/// `eg.derive(excs)`: a new group with the same message (the base class picks its type).
fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.receiver().as_obj().expect("an exception group");
    let msg = field(obj, "message");
    let cls = types().exc.base_exception_group.clone();
    let pair = [msg, args.params()[0].clone()];
    new_group(vm, &cls, Args::positional(&pair))
}

pub const METHODS: &[MethodDef] = &[
    crate::method!("split", eg_split, One),
    crate::method!("subgroup", eg_subgroup, One),
    crate::method!("derive", eg_derive, One),
];
