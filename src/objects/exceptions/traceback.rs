//! Traceback objects: what `e.__traceback__` and `sys.exc_info()[2]` show.
//!
//! As in CPython, each frame an exception passes through puts a traceback object on top of
//! its chain ([`ExceptionObj::push_traceback`]): a [`TracebackEntry`] (the frame object and
//! the instruction index) and the chain below. `e.__traceback__` is the outermost entry,
//! `tb_next` goes inwards. The frame object is the frame's own (`tb_frame is
//! sys._getframe()` inside it): while the traceback lives, so do the frame's variables, which
//! the frame object takes over when the frame exits (see `objects::callables::frame`); the collector
//! sees the whole chain (a frame holding its own exception is a cycle).

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::RefCell;

use crate::exc;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::frame::FrameObj;
use crate::objects::classes::typeobj::TypeSlots;
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::ExceptionObj;
use crate::objects::{types, Value};
use crate::vm::{PyResult, Vm};

/// One frame an exception passed through.
#[derive(Clone)]
pub struct TracebackEntry {
    /// The frame object.
    pub frame: PyRef,
    /// The instruction index that was executing (`generator::FRAME_START` before the first).
    pub ip: usize,
}

impl TracebackEntry {
    pub fn frame_obj(&self) -> &FrameObj {
        self.frame.downcast::<FrameObj>().expect("a frame")
    }

    pub fn code(&self) -> &CodeObj {
        self.frame_obj().code_obj()
    }

    pub fn lineno(&self) -> u32 {
        self.code().unit.line_of(self.ip)
    }
}

/// A `traceback` object. (Freed inner entries first, as CPython's.)
pub struct TracebackObj {
    /// The next (inner) traceback object, if any.
    pub next: RefCell<Option<PyRef>>,
    pub entry: TracebackEntry,
}

impl ExceptionObj {
    /// `e.__traceback__`.
    pub fn traceback_object(&self) -> Option<PyRef> {
        self.traceback.borrow().clone()
    }

    /// Records that the exception passed through a frame: a traceback object for `entry` on
    /// top of the chain (CPython's `PyTraceBack_Here`).
    pub fn push_traceback(&self, entry: TracebackEntry) {
        let next = self.traceback.borrow_mut().take();
        let tb = PyRef::new(
            &types().traceback,
            TracebackObj {
                next: RefCell::new(next),
                entry,
            },
        );
        *self.traceback.borrow_mut() = Some(tb);
    }

    /// Sets `e.__traceback__` (`tb` is a traceback object or None).
    pub fn set_traceback(&self, tb: &Value) -> PyResult<()> {
        let new = match tb {
            Value::None => None,
            Value::Obj(o) if o.is::<TracebackObj>() => Some(o.clone()),
            _ => {
                return Err(exc!(
                    type_error,
                    "__traceback__ must be a traceback or None"
                ))
            }
        };
        let old = std::mem::replace(&mut *self.traceback.borrow_mut(), new);
        // Dropped after the borrow ends: freeing may run arbitrary code.
        drop(old);
        Ok(())
    }

    /// The traceback's entries, outermost first (what the printer shows).
    pub fn traceback_entries(&self) -> Vec<TracebackEntry> {
        let mut out = Vec::new();
        let mut cur = self.traceback.borrow().clone();
        while let Some(tb) = cur {
            let t = tb.downcast::<TracebackObj>().expect("a traceback");
            out.push(t.entry.clone());
            cur = t.next.borrow().clone();
        }
        out
    }
}

fn tb_payload(v: &Value) -> &TracebackObj {
    v.downcast::<TracebackObj>().expect("a traceback")
}

fn attr_name(name: &PyRef) -> &str {
    name.downcast::<crate::objects::strings::str::StrObj>()
        .map_or("", |s| s.as_str())
}

fn tb_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let t = tb_payload(v);
    Ok(Some(match attr_name(name) {
        "tb_next" => t.next.borrow().clone().map_or(Value::None, Value::Obj),
        "tb_lineno" => Value::Int(t.entry.lineno() as i64),
        "tb_lasti" => Value::Int(crate::objects::callables::frame::lasti(t.entry.ip)),
        "tb_frame" => Value::Obj(t.entry.frame.clone()),
        _ => return Ok(None),
    }))
}

fn tb_setattr(vm: &mut Vm, v: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let t = tb_payload(v);
    let n = attr_name(name);
    match (n, value) {
        ("tb_next", Some(value)) => {
            let new = match &value {
                Value::None => None,
                Value::Obj(o) if o.is::<TracebackObj>() => Some(o.clone()),
                _ => {
                    return Err(exc!(
                        type_error,
                        "expected traceback object, got '{}'",
                        value.type_name()
                    ))
                }
            };
            // The new chain must not lead back to this object.
            let mut cur = new.clone();
            while let Some(c) = cur {
                if v.as_obj().is_some_and(|o| o.ptr_eq(&c)) {
                    return Err(exc!(value_error, "traceback loop detected"));
                }
                cur = c
                    .downcast::<TracebackObj>()
                    .and_then(|t| t.next.borrow().clone());
            }
            let old = std::mem::replace(&mut *t.next.borrow_mut(), new);
            drop(old);
            Ok(())
        }
        ("tb_next", None) => Err(exc!(type_error, "can't delete tb_next attribute")),
        ("tb_lineno", _) => Err(exc!(
            attribute_error,
            "attribute 'tb_lineno' of 'traceback' objects is not writable"
        )),
        ("tb_frame" | "tb_lasti", _) => Err(exc!(attribute_error, "readonly attribute")),
        (_, value) => crate::vm::attr::generic_setattr(vm, v, name, value),
    }
}

/// Traceback, frame and code objects are made by the VM only (CPython's constructors take
/// a frame or 16 arguments; not supported here).
pub fn no_new(_vm: &mut Vm, cls: &PyRef, _args: crate::vm::Args) -> PyResult<Value> {
    Err(exc!(
        type_error,
        "cannot create '{}' instances",
        crate::objects::classes::typeobj::type_name(cls)
    ))
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(no_new),
    getattr: Some(tb_getattr),
    setattr: Some(tb_setattr),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: &[],
    getsets: &[],
};

impl crate::objects::trace::Trace for TracebackObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.entry.frame);
        if let Ok(n) = self.next.try_borrow() {
            n.iter().for_each(&mut *visit);
        }
    }
    fn clear(&self) {
        if let Ok(mut n) = self.next.try_borrow_mut() {
            let old = n.take();
            drop(n);
            drop(old);
        }
    }
}
