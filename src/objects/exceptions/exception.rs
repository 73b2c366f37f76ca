//! Exception objects (instances of `BaseException` and its subclasses) and [`PyErr`], the
//! Rust-side error that carries one through `PyResult`.

use std::cell::{Cell, RefCell};

use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeObject, TypeSlots};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::new_str;
use crate::objects::strings::str::StrObj;
use crate::objects::trace::{take_option, take_value, visit_cell, visit_option, Trace};
use crate::objects::types;
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

pub use crate::objects::exceptions::traceback::TracebackEntry;

pub struct ExceptionObj {
    /// A tuple.
    pub args: RefCell<PyRef>,
    /// `__traceback__`: the chain of the frames passed through (see `objects::exceptions::traceback`).
    pub traceback: RefCell<Option<PyRef>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The attributes set on the instance, created on demand.
    pub dict: RefCell<Option<PyRef>>,
    /// The values of the members of the subclasses with fields (`SystemExit.code`,
    /// `OSError.errno`...; see `exception_kinds`), by their index in the class's table;
    /// `None` is CPython's NULL (never set, or deleted), read as None.
    pub fields: RefCell<Vec<Option<Value>>>,
    /// A `NameError`'s "Did you mean" hint, worked out where the VM raised it.
    pub name_hint: RefCell<Option<String>>,
}

impl Trace for ExceptionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        visit_option(&self.traceback, visit);
        visit_cell(&self.cause, visit);
        visit_cell(&self.context, visit);
        visit_option(&self.dict, visit);
        if let Ok(fields) = self.fields.try_borrow() {
            for v in fields.iter().flatten() {
                if let Value::Obj(o) = v {
                    visit(o);
                }
            }
        }
    }
    fn clear(&self) {
        take_option(&self.traceback);
        take_value(&self.cause);
        take_value(&self.context);
        take_option(&self.dict);
        let fields = std::mem::take(&mut *self.fields.borrow_mut());
        drop(fields);
    }
}

impl ExceptionObj {
    pub fn new(args: Vec<Value>) -> ExceptionObj {
        ExceptionObj {
            args: RefCell::new(TupleObj::new_ref(args)),
            traceback: RefCell::new(None),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
            fields: RefCell::new(Vec::new()),
            name_hint: RefCell::new(None),
        }
    }
}

/// A raised Python exception: an owned reference to the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(PyRef);

impl PyErr {
    /// `cls(msg)`, for a builtin exception class.
    pub fn new(cls: &PyRef, msg: impl Into<String>) -> PyErr {
        Self::with_args(cls, vec![Value::Obj(new_str(msg.into()))])
    }

    /// `cls(*args)`, for a builtin exception class.
    pub fn with_args(cls: &PyRef, args: Vec<Value>) -> PyErr {
        let exc = PyRef::new(cls, ExceptionObj::new(args));
        // (what the class's `__init__` would set)
        crate::objects::exceptions::exception_kinds::init_fields(
            cls,
            exc.downcast::<ExceptionObj>().expect("an exception"),
        );
        PyErr(exc)
    }

    /// Wraps an existing exception instance.
    pub fn from_instance(exc: PyRef) -> PyErr {
        PyErr(exc)
    }

    /// The exception instance.
    pub fn exc(&self) -> &PyRef {
        &self.0
    }

    pub fn into_exc(self) -> PyRef {
        self.0
    }

    pub fn class(&self) -> &PyRef {
        self.0.class()
    }

    /// Whether the exception is an instance of `cls` (or a subclass).
    pub fn matches(&self, cls: &PyRef) -> bool {
        crate::objects::classes::typeobj::TypeObject::is_subtype(self.0.class(), cls)
    }

    pub fn payload(&self) -> &ExceptionObj {
        self.0
            .downcast::<ExceptionObj>()
            .expect("PyErr always holds an exception instance")
    }

    /// This exception raised "from" `cause` (CPython's `_PyErr_FormatFromCause`): `cause`
    /// becomes both its `__cause__` and its `__context__`.
    pub fn caused_by(self, cause: PyErr) -> PyErr {
        let p = self.payload();
        *p.cause.borrow_mut() = Value::Obj(cause.exc().clone());
        *p.context.borrow_mut() = Value::Obj(cause.into_exc());
        p.suppress_context.set(true);
        self
    }
}

/// `Err(PyErr)` of a builtin exception class with a formatted message:
/// `return Err(exc!(type_error, "bad operand type for abs(): '{}'", name))`.
#[macro_export]
macro_rules! exc {
    ($cls:ident, $($fmt:tt)*) => {
        $crate::objects::exceptions::exception::PyErr::new(&$crate::objects::types().exc.$cls, format!($($fmt)*))
    };
}

/// The "Did you mean" hint recorded on a `NameError`.
pub fn name_suggestion(exc: &PyRef) -> Option<String> {
    exc.downcast::<ExceptionObj>()?.name_hint.borrow().clone()
}

fn payload(v: &Value) -> &ExceptionObj {
    v.downcast::<ExceptionObj>().expect("an exception")
}

fn args_of(v: &Value) -> Vec<Value> {
    payload(v)
        .args
        .borrow()
        .downcast::<TupleObj>()
        .map_or_else(Vec::new, |t| t.items.to_vec())
}

fn exc_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if let Some(v) = crate::objects::exceptions::exception_kinds::new_special(vm, cls, args)? {
        return Ok(v);
    }
    if args.has_kwargs()
        && TypeObject::lookup(cls, crate::interned!("__init__")).is_some_and(|f| {
            f.downcast::<crate::objects::callables::function::BuiltinFunctionObj>()
                .is_some()
        })
    {
        return Err(crate::vm::sig::no_keywords(
            &crate::objects::classes::typeobj::type_name(cls),
        ));
    }
    let obj = PyRef::new(cls, ExceptionObj::new(args.pos().to_vec()));
    // Calling a builtin class runs no `__init__` (a subclass's call does).
    if cls.downcast::<TypeObject>().is_some_and(|t| !t.heap) {
        crate::objects::exceptions::exception_kinds::init_fields(
            cls,
            obj.downcast::<ExceptionObj>().expect("an exception"),
        );
    }
    Ok(Value::Obj(obj))
}

fn exc_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let args = args_of(v);
    let name = v.type_name();
    let inner = if args.len() == 1 {
        vm.repr_string(&args[0])?
    } else {
        let t = Value::Obj(TupleObj::new_ref(args));
        let r = vm.repr_string(&t)?;
        r[1..r.len() - 1].trim_end_matches(',').to_string()
    };
    Ok(new_str(format!("{name}({inner})")))
}

fn exc_str(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    if let Some(s) = crate::objects::exceptions::exception_kinds::str_special(vm, v)? {
        return Ok(s);
    }
    let args = args_of(v);
    let is_key_error = TypeObject::is_subtype(v.class(), &types().exc.key_error);
    match args.len() {
        0 => Ok(new_str("")),
        1 if is_key_error => vm.repr(&args[0]),
        1 => vm.str(&args[0]),
        _ => vm.repr(&Value::Obj(TupleObj::new_ref(args))),
    }
}

// `BaseException`'s fields, getsets (and a member) as in CPython: data descriptors, so an
// instance dict entry of the same name does not shadow them.

fn get_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(payload(v).args.borrow().clone()))
}

fn set_args(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(crate::exc!(type_error, "args may not be deleted"));
    };
    let items = vm.collect(&value)?;
    let old = std::mem::replace(&mut *payload(v).args.borrow_mut(), TupleObj::new_ref(items));
    drop(old);
    Ok(())
}

fn get_traceback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload(v)
        .traceback_object()
        .map_or(Value::None, Value::Obj))
}

fn set_traceback(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(crate::exc!(type_error, "__traceback__ may not be deleted"));
    };
    payload(v).set_traceback(&value)
}

/// A cause or context is an exception or None; neither may be deleted.
fn chain_link(value: Option<Value>, what: &str) -> PyResult<Value> {
    match value {
        None => Err(crate::exc!(type_error, "__{}__ may not be deleted", what)),
        Some(v) if v.is_none() || v.downcast::<ExceptionObj>().is_some() => Ok(v),
        Some(_) => Err(crate::exc!(
            type_error,
            "exception {} must be None or derive from BaseException",
            what
        )),
    }
}

fn get_cause(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload(v).cause.borrow().clone())
}

/// Setting a cause also suppresses the context (`raise ... from ...`).
fn set_cause(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let value = chain_link(value, "cause")?;
    let p = payload(v);
    let old = std::mem::replace(&mut *p.cause.borrow_mut(), value);
    p.suppress_context.set(true);
    drop(old);
    Ok(())
}

fn get_context(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload(v).context.borrow().clone())
}

fn set_context(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let value = chain_link(value, "context")?;
    drop(std::mem::replace(
        &mut *payload(v).context.borrow_mut(),
        value,
    ));
    Ok(())
}

fn get_suppress_context(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(payload(v).suppress_context.get()))
}

fn set_suppress_context(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    crate::objects::callables::getset::set_bool_member(&payload(v).suppress_context, value)
}

pub const GETSETS: &[GetSetDef] = &[
    crate::getset!("args", get_args, set_args),
    crate::getset!("__traceback__", get_traceback, set_traceback),
    crate::getset!("__cause__", get_cause, set_cause),
    crate::getset!("__context__", get_context, set_context),
    GetSetDef {
        name: "__suppress_context__",
        get: get_suppress_context,
        set: Some(set_suppress_context),
        member: true,
    },
];

/// `BaseException.__init__(self, *args)`: replaces `args`.
fn exc_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(crate::vm::sig::no_keywords(&args.receiver().type_name()));
    }
    let p = args.receiver_as::<ExceptionObj>();
    let items = args.params().to_vec();
    let old = std::mem::replace(&mut *p.args.borrow_mut(), TupleObj::new_ref(items));
    drop(old);
    crate::objects::exceptions::exception_kinds::init_fields(args.receiver().class(), p);
    Ok(Value::None)
}

/// `e.with_traceback(tb)`: sets `e.__traceback__` and returns `e`.
fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.receiver_as::<ExceptionObj>()
        .set_traceback(&args.params()[0])?;
    Ok(args.receiver().clone())
}

/// `e.add_note(note)` (PEP 678): appends to `e.__notes__`, a list made on first use.
fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.receiver().clone();
    let note = &args.params()[0];
    if note.downcast::<StrObj>().is_none() {
        return Err(crate::exc!(
            type_error,
            "note must be a str, not '{}'",
            note.type_name()
        ));
    }
    let key = crate::interned!("__notes__");
    let notes = match vm.getattr_opt(&this, key)? {
        Some(n) => n,
        None => {
            let list = Value::Obj(crate::objects::containers::list::ListObj::new_ref(
                Vec::new(),
            ));
            vm.setattr(&this, key, Some(list))?;
            vm.getattr(&this, key)?
        }
    };
    let Some(list) = notes.downcast::<crate::objects::containers::list::ListObj>() else {
        return Err(crate::exc!(
            type_error,
            "Cannot add note: __notes__ is not a list"
        ));
    };
    list.items.borrow_mut().push(note.clone());
    Ok(Value::None)
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(exc_new),
    repr: Some(exc_repr),
    str: Some(exc_str),
    ..TypeSlots::EMPTY
};
pub const METHODS: &[MethodDef] = &[
    crate::method!("__init__", exc_init, WrapperAny),
    crate::method!("with_traceback", exc_with_traceback, One),
    crate::method!("add_note", exc_add_note, One),
];
