//! Exception objects (instances of `BaseException` and its subclasses) and [`PyErr`], the
//! Rust-side error that carries one through `PyResult`.

use std::cell::{Cell, RefCell};

use super::core::PyRef;
use super::str::new_str;
use super::tuple::TupleObj;
use super::typeobj::{MethodDef, TypeSlots};
use super::Value;

/// One traceback entry: where the exception passed through (innermost last).
#[derive(Clone)]
pub struct TracebackEntry {
    /// The code object.
    pub code: PyRef,
    /// The instruction index that was executing.
    pub ip: usize,
}

pub struct ExceptionObj {
    /// A tuple.
    pub args: RefCell<PyRef>,
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Other attributes (`e.code` for SystemExit, user attributes), created on demand.
    pub dict: RefCell<Option<PyRef>>,
}

impl ExceptionObj {
    pub fn new(args: Vec<Value>) -> ExceptionObj {
        ExceptionObj {
            args: RefCell::new(TupleObj::new_ref(args)),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
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
        PyErr(PyRef::new(cls, ExceptionObj::new(args)))
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
        super::typeobj::TypeObject::is_subtype(self.0.class(), cls)
    }

    pub fn payload(&self) -> &ExceptionObj {
        self.0
            .downcast::<ExceptionObj>()
            .expect("PyErr always holds an exception instance")
    }
}

/// `Err(PyErr)` of a builtin exception class with a formatted message:
/// `return Err(exc!(type_error, "bad operand type for abs(): '{}'", name))`.
#[macro_export]
macro_rules! exc {
    ($cls:ident, $($fmt:tt)*) => {
        $crate::objects::exception::PyErr::new(&$crate::objects::types().exc.$cls, format!($($fmt)*))
    };
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
pub const METHODS: &[MethodDef] = &[];
