//! The thread's frame stack as the VM records it: one [`FrameRecord`] per active Python
//! frame, pushed and popped around each frame's eval (`Vm::run_frame`, a generator's
//! resumption). Builtin functions push none, so the top record is the calling frame. What
//! reads it: the builtins that look at their caller (`globals()`, `locals()`, `eval`,
//! `exec`, `vars`), `sys._getframe`, tracebacks, and frame objects (`objects::frame`) while
//! their frame is live.
//!
//! Function calls are the hot path, so a function frame's record is two plain words: where
//! its slots start (its function object — code and globals — lies in the slot just below
//! them, which every caller of `run_frame` with `locals: None` guarantees), and the
//! instruction the frame below it is executing. Anything more lives in a side stack of
//! [`FrameExtra`]s, used in step with the records that have one (LIFO): the code and
//! namespaces of module, class and `exec` frames, the generator of a resumed generator's
//! frame, and the frame object once something asked for one.
//!
//! Frame objects are made lazily (`sys._getframe`, a traceback entry, `f_back`, `locals()`)
//! and kept in the frame's extra (a generator's, in the generator). When a frame is popped
//! while its object is referenced from elsewhere, the object takes over the frame's
//! variables and links to its caller's frame object (CPython's `take_ownership`): that is
//! how a traceback keeps the locals of the frames it went through alive. An object nobody
//! else holds just goes. A call that never makes a frame object pays nothing for this.
//!
//! Lines: before anything that may run Python code, the eval loop stores where it is in
//! `Vm::next_ip` (the index just past the instruction running: the `ip` it holds anyway);
//! pushing a record saves it there and popping restores it, so the instruction a frame waits
//! at is found in the record above it.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::eval::Scope;
use super::Vm;
use crate::objects::exception::TracebackEntry;
use crate::objects::frame::{sync_locals, FrameObj};
use crate::objects::function::FunctionObj;
use crate::objects::generator::GenObj;
use crate::objects::{PyRef, Value};

/// One active frame: its slots start at `base`; `extra` says it owns an entry of
/// `Vm::frame_extras`.
#[derive(Clone, Copy)]
pub struct FrameRecord {
    base: usize,
    /// `Vm::next_ip` when this frame was pushed (the frame below is executing the
    /// instruction before it).
    back_ip: u32,
    extra: bool,
}

/// What a frame records beyond its base.
pub struct FrameExtra {
    kind: ExtraKind,
    /// The frame object, once one was made (a generator's lives in the generator).
    object: Option<PyRef>,
}

enum ExtraKind {
    /// A function frame (its function at `base - 1`) that has a frame object.
    Function,
    /// Module and class bodies, `exec`, `eval`: the code and the namespaces.
    Namespace {
        code: PyRef,
        globals: PyRef,
        locals: PyRef,
    },
    /// A resumed generator's frame.
    Generator(PyRef),
}

/// Tells the threads' frame stacks apart (a live frame object names its thread by this).
pub fn new_thread_key() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Vm {
    /// Records a frame about to run (see `run_frame`).
    #[inline(always)]
    pub(crate) fn push_frame(&mut self, code: &PyRef, scope: &Scope, base: usize) {
        let extra = match scope.locals {
            None => false,
            Some(locals) => {
                self.frame_extras.push(FrameExtra {
                    kind: ExtraKind::Namespace {
                        code: code.clone(),
                        globals: scope.globals.clone(),
                        locals: locals.clone(),
                    },
                    object: None,
                });
                true
            }
        };
        self.frames.push(FrameRecord {
            base,
            back_ip: self.next_ip as u32,
            extra,
        });
    }

    /// Records a resumed generator's frame; returns its record index. Pop it with
    /// [`Vm::pop_generator_frame`].
    pub(crate) fn push_generator_frame(&mut self, gen: &PyRef, base: usize) -> usize {
        self.frame_extras.push(FrameExtra {
            kind: ExtraKind::Generator(gen.clone()),
            object: None,
        });
        self.frames.push(FrameRecord {
            base,
            back_ip: self.next_ip as u32,
            extra: true,
        });
        self.frames.len() - 1
    }

    /// Pops the top frame (pushed by [`Vm::push_frame`]) before its slots leave the stack: a
    /// frame object still referenced elsewhere takes them over.
    #[inline(always)]
    pub(crate) fn pop_frame(&mut self) {
        let Some(record) = self.frames.pop() else {
            return;
        };
        let ip = std::mem::replace(&mut self.next_ip, record.back_ip as usize).wrapping_sub(1);
        if record.extra {
            self.pop_extra(record.base, ip);
        }
    }

    /// Pops a generator's frame; returns the instruction it stopped at (the generator keeps
    /// its own frame object).
    pub(crate) fn pop_generator_frame(&mut self) -> usize {
        let Some(record) = self.frames.pop() else {
            return 0;
        };
        if record.extra {
            drop(self.frame_extras.pop());
        }
        std::mem::replace(&mut self.next_ip, record.back_ip as usize).wrapping_sub(1)
    }

    #[cold]
    fn pop_extra(&mut self, base: usize, ip: usize) {
        let Some(FrameExtra { kind, object }) = self.frame_extras.pop() else {
            return;
        };
        if let Some(obj) = object {
            self.leave_frame_object(obj, base, ip);
        }
        drop(kind);
    }

    /// A frame whose object exists is leaving the stack at instruction `ip`: if anything
    /// else holds the object, it takes the frame's slots and its caller's frame object.
    fn leave_frame_object(&mut self, obj: PyRef, base: usize, ip: usize) {
        if obj.refcount() == 1 {
            return;
        }
        let f = obj.downcast::<FrameObj>().expect("a frame");
        let n = f.code_obj().unit.nslots();
        let end = (base + n).min(self.stack.len());
        let values: Vec<Value> = self.stack.drain(base.min(end)..end).collect();
        let back = self
            .frames
            .len()
            .checked_sub(1)
            .map(|i| self.frame_object(i));
        f.detach(values, ip, back);
        FrameObj::own_values(&obj);
    }

    /// The index in `frame_extras` of record `index`'s extra, if it has one.
    fn extra_index(&self, index: usize) -> Option<usize> {
        if !self.frames[index].extra {
            return None;
        }
        // The extras run in step with the records that have one.
        let above = self.frames[index + 1..].iter().filter(|r| r.extra).count();
        self.frame_extras.len().checked_sub(above + 1)
    }

    /// Record `index`'s extra, made (for a function frame) if it has none yet.
    fn ensure_extra(&mut self, index: usize) -> usize {
        if let Some(x) = self.extra_index(index) {
            return x;
        }
        let above = self.frames[index + 1..].iter().filter(|r| r.extra).count();
        let at = self.frame_extras.len() - above;
        self.frame_extras.insert(
            at,
            FrameExtra {
                kind: ExtraKind::Function,
                object: None,
            },
        );
        self.frames[index].extra = true;
        at
    }

    /// The function running in a function frame whose slots start at `base`.
    fn frame_function(&self, base: usize) -> Option<&FunctionObj> {
        self.stack
            .get(base.checked_sub(1)?)?
            .downcast::<FunctionObj>()
    }

    /// The frame object of record `index` (made on first request).
    pub(crate) fn frame_object(&mut self, index: usize) -> PyRef {
        let x = self.ensure_extra(index);
        let (code, globals, namespace) = match &self.frame_extras[x] {
            FrameExtra {
                object: Some(o), ..
            } => return o.clone(),
            FrameExtra {
                kind: ExtraKind::Generator(g),
                ..
            } => {
                let g = g.clone();
                return crate::objects::generator::frame_object(&g, Some((self.thread_key, index)))
                    .expect("a running generator has a frame");
            }
            FrameExtra {
                kind:
                    ExtraKind::Namespace {
                        code,
                        globals,
                        locals,
                    },
                ..
            } => (code.clone(), globals.clone(), Some(locals.clone())),
            FrameExtra {
                kind: ExtraKind::Function,
                ..
            } => {
                let f = self
                    .frame_function(self.frames[index].base)
                    .expect("a function frame has its function below its slots");
                (f.code.clone(), f.globals.clone(), None)
            }
        };
        let obj = FrameObj::new_live(code, globals, namespace, self.thread_key, index);
        self.frame_extras[x].object = Some(obj.clone());
        obj
    }

    /// `gi_frame`: the generator's frame object (live if its frame is on this thread's
    /// stack).
    pub fn generator_frame(&mut self, gen: &PyRef) -> Option<PyRef> {
        // (a generator is on the stack at most once: "generator already executing")
        let mut x = self.frame_extras.len();
        let mut live_at = None;
        for (index, record) in self.frames.iter().enumerate().rev() {
            if !record.extra {
                continue;
            }
            x -= 1;
            if matches!(&self.frame_extras[x].kind, ExtraKind::Generator(g) if g.ptr_eq(gen)) {
                live_at = Some((self.thread_key, index));
                break;
            }
        }
        crate::objects::generator::frame_object(gen, live_at)
    }

    /// `sys._getframe(depth)`: the frame object `depth` frames below the top.
    pub fn frame_at_depth(&mut self, depth: usize) -> Option<PyRef> {
        let at = self.frames.len().checked_sub(depth.checked_add(1)?)?;
        Some(self.frame_object(at))
    }

    /// Where the innermost frame is, as a traceback entry (what an exception reported as
    /// unraisable without a traceback of its own is shown in, as CPython does).
    pub(crate) fn current_traceback_entry(&mut self) -> Option<TracebackEntry> {
        let top = self.frames.len().checked_sub(1)?;
        Some(TracebackEntry {
            frame: self.frame_object(top),
            ip: self.next_ip.wrapping_sub(1),
        })
    }

    /// The instruction record `index`'s frame is executing.
    fn record_ip(&self, index: usize) -> usize {
        let next = match self.frames.get(index + 1) {
            Some(above) => above.back_ip as usize,
            None => self.next_ip,
        };
        next.wrapping_sub(1)
    }

    /// The record index of a frame object live on this thread's stack.
    fn local_index(&self, f: &FrameObj) -> Option<usize> {
        match f.live_at() {
            Some((thread, index)) if thread == self.thread_key && index < self.frames.len() => {
                Some(index)
            }
            _ => None,
        }
    }

    /// The instruction a frame is at (`None`: live on another thread).
    pub fn frame_ip(&self, f: &FrameObj) -> Option<usize> {
        match f.detached_ip() {
            Some(ip) => Some(ip),
            None => self.local_index(f).map(|i| self.record_ip(i)),
        }
    }

    /// `f_lineno`.
    pub fn frame_lineno(&self, f: &FrameObj) -> u32 {
        let unit = &f.code_obj().unit;
        self.frame_ip(f)
            .map_or(unit.firstlineno, |ip| unit.line_of(ip))
    }

    /// `f_back`: while live, the frame object of the record below (for a generator's frame,
    /// whoever resumed it); once exited, the caller it recorded (None for a generator's).
    pub fn frame_back(&mut self, f: &FrameObj) -> Option<PyRef> {
        if f.live_at().is_none() {
            return f.back();
        }
        let index = self.local_index(f)?;
        index.checked_sub(1).map(|below| self.frame_object(below))
    }

    /// `f_locals`: the namespace of a module, class or `exec` frame; for a function-like
    /// frame its dict, refreshed from the variables.
    pub fn frame_locals(&mut self, frame: &PyRef) -> PyRef {
        let f = frame.downcast::<FrameObj>().expect("a frame");
        if let Some(ns) = &f.namespace {
            return ns.clone();
        }
        let n = f.code_obj().unit.nslots();
        let values: Option<Vec<Value>> = match self.local_index(f) {
            Some(i) => {
                let base = self.frames[i].base.min(self.stack.len());
                let end = (base + n).min(self.stack.len());
                Some(self.stack[base..end].to_vec())
            }
            // (live on another thread: the dict as last refreshed)
            None if f.live_at().is_some() => None,
            None => Some(f.with_values(|v| v[..n.min(v.len())].to_vec())),
        };
        let dict = f.locals_dict();
        if let Some(values) = values {
            sync_locals(&dict, f.code_obj(), &values);
        }
        dict
    }

    /// The calling frame's globals dict (`None` when no Python frame is running).
    pub fn caller_globals(&self) -> Option<PyRef> {
        self.frame_globals(0)
    }

    /// The globals of the frame `depth` records below the top (0: the calling frame), as
    /// `sys._getframe(depth).f_globals`.
    pub fn frame_globals(&self, depth: usize) -> Option<PyRef> {
        let at = self.frames.len().checked_sub(depth.checked_add(1)?)?;
        if let Some(x) = self.extra_index(at) {
            match &self.frame_extras[x].kind {
                ExtraKind::Namespace { globals, .. } => return Some(globals.clone()),
                ExtraKind::Generator(g) => {
                    return g.downcast::<GenObj>().map(|g| g.globals.clone());
                }
                ExtraKind::Function => {}
            }
        }
        Some(self.frame_function(self.frames[at].base)?.globals.clone())
    }

    /// `locals()` of the calling frame: its namespace dict, or in a function-like frame its
    /// `f_locals` dict brought up to date (kept by the frame, as CPython 3.11's: unbound
    /// variables leave it; names stored by `exec` stay).
    pub fn caller_locals(&mut self) -> Option<PyRef> {
        let top = self.frames.len().checked_sub(1)?;
        if let Some(x) = self.extra_index(top) {
            if let ExtraKind::Namespace { locals, .. } = &self.frame_extras[x].kind {
                return Some(locals.clone());
            }
        }
        let frame = self.frame_object(top);
        Some(self.frame_locals(&frame))
    }
}
