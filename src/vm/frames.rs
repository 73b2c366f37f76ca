//! The thread's active Python frames: one [`Frame`] record per frame, innermost last.
//!
//! A record holds what a frame needs beyond the eval loop's registers: its code and globals
//! (counted, so a frame keeps running its code even if `f.__code__` is reassigned), the
//! namespace of module, class and `exec` frames, where its region starts in the data stack
//! (see `stack`), and — while another frame runs above it — its saved instruction pointer
//! and operand-stack top. Python-to-Python calls push and pop records inside one `run` of
//! the eval loop; `entry` marks the frame whose return ends that `run` (the frame a native
//! caller — `Vm::call`, a generator's `send`, the runner — pushed).
//!
//! The builtins that look at their caller's frame (`globals()`, `locals()`, `eval`, `exec`,
//! `vars`, `sys._getframe`) read the top record: builtin functions push none.

use std::mem::MaybeUninit;

use super::stack::{Cursor, Mark};
use super::Vm;
use crate::objects::callables::frame::{sync_locals, FrameObj};
use crate::objects::exceptions::exception::TracebackEntry;
use crate::objects::{PyRef, Value};

/// One active frame.
pub(crate) struct Frame {
    pub code: PyRef,
    pub globals: PyRef,
    /// The namespace of module and class bodies, `exec` and `eval`; `None` in a function.
    pub locals: Option<PyRef>,
    /// The frame's region: slots, then operands. Saved `sp` while a callee runs.
    pub cursor: Cursor,
    /// The next instruction, saved while a callee runs.
    pub ip: usize,
    /// This frame's first entry in `Vm::blocks`.
    pub block_base: usize,
    /// What gives the region back; `None` for a generator's frame (the generator owns it).
    pub mark: Option<Mark>,
    /// The `run` that pushed this frame returns when it ends.
    pub entry: bool,
    /// The instance an `__init__` frame initialises, when the eval loop made it for a class
    /// call (`CALL_FUNCTION_CLASS`): the call's result, once `__init__` has returned None.
    pub init_self: Option<PyRef>,
    /// The frame object, once one was made (see "Frame objects" below).
    pub object: Option<PyRef>,
    /// The generator whose frame this is (which keeps the frame object).
    pub generator: Option<PyRef>,
}

/// The frame records, innermost last. A `Vec` would build each record on the Rust stack and
/// copy it in; calls are the hot path, so [`FrameStack::push`] writes the fields straight
/// into their slot (and slots are kept for reuse).
pub(crate) struct FrameStack {
    slots: Vec<MaybeUninit<Frame>>,
    /// Records in use: `slots[..len]` are initialised.
    len: usize,
}

impl FrameStack {
    pub fn with_capacity(n: usize) -> FrameStack {
        FrameStack {
            slots: (0..n).map(|_| MaybeUninit::uninit()).collect(),
            len: 0,
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&Frame> {
        // SAFETY: slots below `len` are initialised.
        (i < self.len).then(|| unsafe { self.slots[i].assume_init_ref() })
    }

    #[inline(always)]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Frame> {
        // SAFETY: as `get`.
        (i < self.len).then(|| unsafe { self.slots[i].assume_init_mut() })
    }

    #[inline(always)]
    pub fn last(&self) -> Option<&Frame> {
        self.get(self.len.wrapping_sub(1))
    }

    #[inline(always)]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.get_mut(self.len.wrapping_sub(1))
    }

    /// Pushes a record, writing each field in place.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub fn push(
        &mut self,
        code: PyRef,
        globals: PyRef,
        locals: Option<PyRef>,
        cursor: Cursor,
        block_base: usize,
        mark: Option<Mark>,
    ) {
        if self.len == self.slots.len() {
            self.slots.push(MaybeUninit::uninit());
        }
        let slot = self.slots[self.len].as_mut_ptr();
        // SAFETY: `slot` is a free slot (at `len`); every field is written before `len`
        // counts it as initialised.
        unsafe {
            std::ptr::addr_of_mut!((*slot).code).write(code);
            std::ptr::addr_of_mut!((*slot).globals).write(globals);
            std::ptr::addr_of_mut!((*slot).locals).write(locals);
            std::ptr::addr_of_mut!((*slot).cursor).write(cursor);
            std::ptr::addr_of_mut!((*slot).ip).write(0);
            std::ptr::addr_of_mut!((*slot).block_base).write(block_base);
            std::ptr::addr_of_mut!((*slot).mark).write(mark);
            std::ptr::addr_of_mut!((*slot).entry).write(false);
            std::ptr::addr_of_mut!((*slot).init_self).write(None);
            std::ptr::addr_of_mut!((*slot).object).write(None);
            std::ptr::addr_of_mut!((*slot).generator).write(None);
        }
        self.len += 1;
    }

    /// Removes the innermost record.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Frame> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the slot was initialised and is now outside `len`: read exactly once.
        Some(unsafe { self.slots[self.len].assume_init_read() })
    }
}

impl std::ops::Index<usize> for FrameStack {
    type Output = Frame;
    fn index(&self, i: usize) -> &Frame {
        self.get(i).expect("a frame index in range")
    }
}

impl std::ops::IndexMut<usize> for FrameStack {
    fn index_mut(&mut self, i: usize) -> &mut Frame {
        self.get_mut(i).expect("a frame index in range")
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        while let Some(f) = self.pop() {
            drop(f);
        }
    }
}

impl Vm {
    /// Active Python frames (what the recursion limit counts).
    pub fn depth(&self) -> usize {
        self.frames.len()
    }

    /// Pushes the record of a frame whose region is ready (slots initialised, operand stack
    /// empty or, for a resumed generator, as it was).
    #[inline(always)]
    pub(crate) fn push_frame_record(
        &mut self,
        code: PyRef,
        globals: PyRef,
        locals: Option<PyRef>,
        cursor: Cursor,
        mark: Option<Mark>,
    ) {
        let block_base = self.blocks.len();
        self.frames
            .push(code, globals, locals, cursor, block_base, mark);
    }

    /// The calling frame's globals dict (`None` when no Python frame is running).
    pub fn caller_globals(&self) -> Option<PyRef> {
        self.frame_globals(0)
    }

    /// The globals of the frame `depth` records below the top (0: the calling frame), as
    /// `sys._getframe(depth).f_globals`.
    pub fn frame_globals(&self, depth: usize) -> Option<PyRef> {
        let at = self.frames.len().checked_sub(depth + 1)?;
        Some(self.frames[at].globals.clone())
    }

    /// `locals()` of the calling frame: its namespace dict, or in a function-like frame its
    /// `f_locals` dict brought up to date (kept by the frame, as CPython 3.11's: unbound
    /// variables leave it; names stored by `exec` stay).
    pub fn caller_locals(&mut self) -> Option<PyRef> {
        let top = self.frames.len().checked_sub(1)?;
        if let Some(ns) = &self.frames[top].locals {
            return Some(ns.clone());
        }
        let frame = self.frame_object(top);
        Some(self.frame_locals(&frame))
    }
}

// ---- Frame objects (see `objects::callables::frame`) ----
//
// A frame's object is made on first request and kept in its record (a generator's frame's,
// in the generator: it outlives the record). While the frame is on the stack the object is
// *live* at (thread, record index) and reads the frame's slots through the record; when
// the frame ends while its object is referenced from elsewhere (a traceback, a saved
// frame), the object takes the frame's variables and its caller's frame object (CPython's
// `take_ownership`): that is what keeps the locals of the frames an exception went through
// alive until the exception dies.
//
// Lines: before anything that may run Python code the eval loop stores where it is in
// `Vm::next_ip` (the `ip` it holds anyway); a frame that calls another inline saves its
// `ip` in its record, and a native entry (a builtin calling back into Python) copies
// `next_ip` into the caller's record, so every record below the top knows its instruction.

/// Tells the threads' frame stacks apart (a live frame object names its thread by this).
pub fn new_thread_key() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Vm {
    /// The frame object of record `index` (made on first request).
    pub(crate) fn frame_object(&mut self, index: usize) -> PyRef {
        let thread = self.thread_key;
        let frame = &mut self.frames[index];
        if let Some(o) = &frame.object {
            return o.clone();
        }
        if let Some(g) = frame.generator.clone() {
            return crate::objects::callables::generator::frame_object(&g, Some((thread, index)))
                .expect("a running generator has a frame");
        }
        let obj = FrameObj::new_live(
            frame.code.clone(),
            frame.globals.clone(),
            frame.locals.clone(),
            thread,
            index,
        );
        frame.object = Some(obj.clone());
        obj
    }

    /// `gi_frame`: the generator's frame object (live if its frame is on this thread's
    /// stack).
    pub fn generator_frame(&mut self, gen: &PyRef) -> Option<PyRef> {
        // (a generator is on the stack at most once: "generator already executing")
        let live_at = (0..self.frames.len()).rev().find(|&i| {
            self.frames[i]
                .generator
                .as_ref()
                .is_some_and(|g| g.ptr_eq(gen))
        });
        crate::objects::callables::generator::frame_object(
            gen,
            live_at.map(|i| (self.thread_key, i)),
        )
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
        let next = if index + 1 == self.frames.len() {
            self.next_ip
        } else {
            self.frames[index].ip
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
            Some(i) => Some(self.frames[i].cursor.slots(n).to_vec()),
            // (live on another thread: the dict as last refreshed)
            None if f.live_at().is_some() => None,
            None => {
                let mut v = f.values();
                v.truncate(n);
                Some(v)
            }
        };
        let dict = f.locals_dict();
        if let Some(values) = values {
            sync_locals(&dict, f.code_obj(), &values);
        }
        dict
    }

    /// A frame whose record was just popped (its registers `cur`, stopped at `ip`) leaves
    /// its object, if one was made and is held elsewhere, its variables and its caller's
    /// frame object.
    #[cold]
    pub(crate) fn leave_frame_object(&mut self, obj: PyRef, cur: &mut Cursor, ip: usize) {
        if obj.refcount() == 1 {
            return;
        }
        let f = obj.downcast::<FrameObj>().expect("a frame");
        let values = cur.take_slots(f.code_obj().unit.nslots());
        let back = self
            .frames
            .len()
            .checked_sub(1)
            .map(|i| self.frame_object(i));
        f.detach(values, ip, back);
        FrameObj::own_values(&obj);
    }
}
