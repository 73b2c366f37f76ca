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
//! in: <function C.__del__ at 0x...>" and the traceback, on stderr) and never propagates.

use std::sync::atomic::Ordering;

use super::Vm;
use crate::objects::core::take_pending_finalizers;
use crate::objects::typeobj::TypeObject;
use crate::objects::{PyRef, Value};

impl Vm {
    /// Handles the eval-breaker's FINALIZE request: finalizes the objects waiting for their
    /// `__del__` and closes the generators freed while suspended.
    pub fn run_pending_finalizers(&mut self) {
        crate::gil::EVAL_BREAKER.fetch_and(!crate::gil::breaker::FINALIZE, Ordering::Relaxed);
        let mut batches: Vec<std::vec::IntoIter<PyRef>> = Vec::new();
        loop {
            let fresh = take_pending_finalizers();
            if !fresh.is_empty() {
                batches.push(fresh.into_iter());
            }
            let Some(top) = batches.last_mut() else { break };
            match top.next() {
                Some(obj) => {
                    self.finalize(&obj);
                    drop(obj);
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

    /// Calls `obj.__del__()`, reporting (not raising) what it raises.
    pub(crate) fn finalize(&mut self, obj: &PyRef) {
        let Some(del) = TypeObject::lookup(obj.class(), crate::interned!("__del__")) else {
            return;
        };
        let this = Value::Obj(obj.clone());
        // A finalizer runs with the interrupted code's handled exception put aside.
        let handled = self.handled.take();
        let result = self.call_found(del.clone(), &this, &[]);
        self.handled = handled;
        if let Err(e) = result {
            let what = self.repr_string(&del).unwrap_or_default();
            let mut report = format!("Exception ignored in: {what}\n");
            self.format_one(e.exc(), &mut report);
            self.interp.write_stderr(&report);
        }
    }
}
