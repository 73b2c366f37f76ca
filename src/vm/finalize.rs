//! Running `__del__`: the objects the object core queued when their last reference went
//! (`objects::core::take_pending_finalizers`) are finalized here, at the eval loop's next
//! instruction boundary, and then released.
//!
//! Order: CPython runs a finalizer inside the decrement, so the objects freed by one
//! finalized object (its attributes, say) are finalized before the next object queued
//! alongside it. The drain keeps that order with a stack of batches: whatever releasing one
//! object queues is finalized before the rest of its own batch.
//!
//! An exception escaping `__del__` is reported as CPython reports it ("Exception ignored
//! in: <function C.__del__ at 0x...>" and the traceback, on stderr) and never propagates
//! ([`Vm::report_unraisable`]).

use std::sync::atomic::Ordering;

use super::{PyErr, Vm};
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::core::take_pending_finalizers;
use crate::objects::core::weak::take_pending_callbacks;
use crate::objects::{PyRef, Value};

/// One step of the drain.
enum Due {
    /// An object waiting for its `__del__`.
    Del(PyRef),
    /// A weakref whose referent died, waiting for its callback.
    Callback(PyRef),
}

impl Vm {
    /// Handles the eval-breaker's FINALIZE request: finalizes the objects waiting for their
    /// `__del__` and closes the generators freed while suspended.
    pub fn run_pending_finalizers(&mut self) {
        crate::gil::EVAL_BREAKER.fetch_and(!crate::gil::breaker::FINALIZE, Ordering::Relaxed);
        // (a weakref whose referent died is queued like an object waiting for `__del__`:
        // `Due::Callback`; what one step frees is handled before the rest of its batch)
        let mut batches: Vec<std::vec::IntoIter<Due>> = Vec::new();
        loop {
            let mut fresh: Vec<Due> = take_pending_finalizers()
                .into_iter()
                .map(Due::Del)
                .collect();
            fresh.extend(take_pending_callbacks().into_iter().map(Due::Callback));
            if !fresh.is_empty() {
                batches.push(fresh.into_iter());
            }
            let Some(top) = batches.last_mut() else { break };
            match top.next() {
                Some(Due::Del(obj)) => {
                    self.finalize(&obj);
                    drop(obj);
                }
                Some(Due::Callback(wr)) => {
                    self.weakref_callback(&wr);
                    drop(wr);
                }
                None => {
                    batches.pop();
                }
            }
        }
        self.close_dropped_generators();
        // Closing a generator can free objects with finalizers: their turn is the next
        // instruction boundary (the breaker bit was raised again by the core).
    }

    /// Calls the callback of a weakref whose referent died, reporting what it raises as
    /// CPython does ("Exception ignored in: <the callback>").
    fn weakref_callback(&mut self, wr: &PyRef) {
        let handled = self.handled.take();
        let failed = crate::modules::weakref::run_weakref_callback(self, wr);
        self.handled = handled;
        if let Some((cb, e)) = failed {
            self.report_unraisable(&cb, e);
        }
    }

    /// Reports an exception nobody can catch (in `obj`), as CPython's
    /// `PyErr_WriteUnraisable`: through `sys.unraisablehook`, whose default writes
    /// "Exception ignored in: {repr(obj)}" and the traceback. An exception without a
    /// traceback of its own gets the innermost frame's current line.
    pub(crate) fn report_unraisable(&mut self, obj: &Value, e: PyErr) {
        self.add_current_frame(&e);
        let hook = self
            .sys_attr(crate::interned!("unraisablehook"))
            .filter(|h| !h.is_none());
        let Some(hook) = hook else {
            return self.write_unraisable(None, obj, &e);
        };
        let args = crate::modules::sys::unraisable_args(&e, obj.clone());
        drop(e);
        let handled = self.handled.take();
        let result = self.call(&hook, super::Args::positional(&[args]));
        self.handled = handled;
        if let Err(failed) = result {
            self.add_current_frame(&failed);
            self.write_unraisable(
                Some("Exception ignored in sys.unraisablehook"),
                &hook,
                &failed,
            );
        }
    }

    /// Gives a traceback-less exception the innermost frame's current line.
    fn add_current_frame(&mut self, e: &PyErr) {
        let p = e.payload();
        if p.traceback_object().is_none() {
            if let Some(entry) = self.current_traceback_entry() {
                p.push_traceback(entry);
            }
        }
    }

    /// The default unraisable report: "`msg`: {repr(obj)}" (`msg` defaults to "Exception
    /// ignored in"), then the traceback and the exception.
    pub(crate) fn write_unraisable(&mut self, msg: Option<&str>, obj: &Value, e: &PyErr) {
        let what = self
            .repr_string(obj)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        let msg = msg.unwrap_or("Exception ignored in");
        let mut report = format!("{msg}: {what}\n");
        self.format_one(e.exc(), &mut report);
        // (through `sys.stderr`, which a script may have replaced)
        let _ = crate::modules::sys::write_to_sys_stderr(self, &report);
    }

    /// Finalizes `obj` (PEP 442): calls `obj.__del__()`, or closes a generator, reporting
    /// (not raising) what that raises.
    pub(crate) fn finalize(&mut self, obj: &PyRef) {
        if obj.is::<crate::objects::callables::generator::GenObj>() {
            return self.finalize_generator(obj);
        }
        let Some(del) = TypeObject::lookup(obj.class(), crate::interned!("__del__")) else {
            return;
        };
        let this = Value::Obj(obj.clone());
        // A finalizer runs with the interrupted code's handled exception put aside.
        let handled = self.handled.take();
        let result = self.call_found(del.clone(), &this, &[]);
        self.handled = handled;
        if let Err(e) = result {
            self.report_unraisable(&del, e);
        }
    }
}
