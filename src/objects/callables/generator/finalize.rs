//! Finalizing generators (see the parent module's docs): the queue of generators freed while
//! suspended in a `try`, closed at the next safepoint; the collector's finalization of the
//! generators it finds in cyclic garbage; `frame.clear()` on a suspended generator's frame.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::atomic::Ordering;

use super::super::frame::FrameObj;
use super::{gen_of, Frame, GenKind, GenObj, Status};
use crate::objects::core::{GilStatic, PyRef};
use crate::objects::{types, Value};
use crate::vm::eval::Block;
use crate::vm::stack::OwnedFrame;
use crate::vm::Vm;

/// Freed generators waiting to be closed, oldest first (one queue for the process).
static TO_CLOSE: GilStatic<RefCell<VecDeque<PyRef>>> =
    GilStatic::new(RefCell::new(VecDeque::new()));

/// Coroutines freed before they started, waiting for their "never awaited" warning.
static UNAWAITED: GilStatic<RefCell<VecDeque<String>>> =
    GilStatic::new(RefCell::new(VecDeque::new()));

impl Drop for GenObj {
    fn drop(&mut self) {
        if self.kind == GenKind::Coroutine
            && self.frame.get_mut().status == Status::Created
            && !self.finalized.get()
        {
            // (warned at the next safepoint: the frame running then is the one that
            // dropped it, as CPython's warning location)
            let q = self.qualname.borrow();
            let name = q
                .downcast::<crate::objects::strings::str::StrObj>()
                .map_or_else(String::new, |s| s.as_str().to_string());
            UNAWAITED
                .get(crate::gil::token())
                .borrow_mut()
                .push_back(name);
            crate::gil::EVAL_BREAKER.fetch_or(crate::gil::breaker::FINALIZE, Ordering::Relaxed);
        }
        let frame = self.frame.get_mut();
        let in_try = frame
            .at
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Try { .. }));
        // (an async generator with a finalizer hook is handed to it, see `hooks`)
        let hooked = self.finalizer.get_mut().is_some()
            && !self.closed.get()
            && matches!(frame.status, Status::Created | Status::Suspended);
        if (frame.status != Status::Suspended || !in_try || self.finalized.get()) && !hooked {
            // A frame object held elsewhere takes the variables, as an exited frame's does.
            if let Some(o) = frame.object.take() {
                FrameObj::own_values(&o);
                if o.refcount() > 1 && frame.status != Status::Finished {
                    let values = frame.values.take_values();
                    let ip = o.downcast::<FrameObj>().and_then(|f| f.detached_ip());
                    if let Some(f) = o.downcast::<FrameObj>() {
                        f.detach(values, ip.unwrap_or(super::FRAME_START), None);
                    }
                }
            }
            return;
        }
        let frame = std::mem::replace(frame, Frame::new(Status::Finished, OwnedFrame::default()));
        let heir = GenObj {
            kind: self.kind,
            running_async: Cell::new(false),
            closed: Cell::new(self.closed.get()),
            code: self.code.clone(),
            globals: self.globals.clone(),
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            frame: RefCell::new(frame),
            finalized: Cell::new(true),
            hooks_inited: Cell::new(true),
            finalizer: RefCell::new(self.finalizer.get_mut().take()),
        };
        let heir = PyRef::new(super::type_of(self.kind), heir);
        TO_CLOSE
            .get(crate::gil::token())
            .borrow_mut()
            .push_back(heir);
        crate::gil::EVAL_BREAKER.fetch_or(crate::gil::breaker::FINALIZE, Ordering::Relaxed);
    }
}

impl Vm {
    /// CPython's `_PyErr_WarnUnawaitedCoroutine`: "coroutine 'f' was never awaited".
    fn warn_unawaited(&mut self, qualname: &str) {
        let msg = format!("coroutine '{qualname}' was never awaited");
        let category = types().exc.runtime_warning.clone();
        if let Err(e) = self.warn_with_source_hint(&category, &msg) {
            // (CPython reports it against the coroutine, which is already gone here)
            self.report_unraisable(&Value::None, e);
        }
    }

    /// Closes the generators freed while suspended (see the module docs); an exception from
    /// one is reported as "Exception ignored in: ..." on stderr, as CPython does.
    pub fn close_dropped_generators(&mut self) {
        loop {
            let next = UNAWAITED.get(self.gil()).borrow_mut().pop_front();
            let Some(name) = next else { break };
            self.warn_unawaited(&name);
        }
        loop {
            // (the queue is not borrowed while one closes: closing frees more generators)
            let next = TO_CLOSE.get(self.gil()).borrow_mut().pop_front();
            let Some(g) = next else { break };
            if let Some(fin) = super::hooks::pending_finalizer(&g) {
                let argv = [Value::Obj(g.clone())];
                if let Err(e) = self.call(&fin, crate::vm::Args::new(&argv, &[])) {
                    self.report_unraisable(&fin, e);
                }
                continue;
            }
            if let Err(e) = self.gen_close(&g) {
                self.report_unraisable(&Value::Obj(g.clone()), e);
            }
        }
    }

    /// PEP 442 finalization of a generator (by the collector, or `frame.clear()` on its
    /// frame): closes it if it is suspended or not started, reporting what that raises.
    pub(crate) fn finalize_generator(&mut self, g: &PyRef) {
        let gen = gen_of(g);
        if !matches!(gen.status(), Status::Created | Status::Suspended) {
            return;
        }
        gen.finalized.set(true);
        if let Some(fin) = super::hooks::pending_finalizer(g) {
            let argv = [Value::Obj(g.clone())];
            if let Err(e) = self.call(&fin, crate::vm::Args::new(&argv, &[])) {
                self.report_unraisable(&fin, e);
            }
            return;
        }
        if gen.kind == GenKind::Coroutine && gen.status() == Status::Created {
            let name = gen.qualname.borrow().clone();
            let name = name
                .downcast::<crate::objects::strings::str::StrObj>()
                .map_or_else(String::new, |s| s.as_str().to_string());
            return self.warn_unawaited(&name);
        }
        if let Err(e) = self.gen_close(g) {
            self.report_unraisable(&Value::Obj(g.clone()), e);
        }
    }

    /// `frame.clear()` on a suspended generator's frame: finalizes that generator (found
    /// among the collector's objects: a frame object does not point back at its generator).
    pub(crate) fn finalize_generator_of_frame(&mut self, frame: &PyRef) {
        let owns = |o: &PyRef| {
            o.downcast::<GenObj>().is_some_and(|g| {
                g.frame
                    .try_borrow()
                    .is_ok_and(|f| f.object.as_ref().is_some_and(|f| f.ptr_eq(frame)))
            })
        };
        for g in crate::objects::core::gc::objects_where(owns) {
            self.finalize_generator(&g);
        }
    }
}
