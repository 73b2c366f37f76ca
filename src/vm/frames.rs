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
use crate::objects::cell::CellObj;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::objects::{PyRef, Value};

/// One active frame.
pub(crate) struct Frame {
    pub code: PyRef,
    pub globals: PyRef,
    /// The namespace of module and class bodies, `exec` and `eval`; `None` in a function.
    pub locals: Option<PyRef>,
    /// The dict `locals()` returned in a function frame (kept and refreshed, as CPython's).
    pub locals_dict: Option<PyRef>,
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
            std::ptr::addr_of_mut!((*slot).locals_dict).write(None);
            std::ptr::addr_of_mut!((*slot).cursor).write(cursor);
            std::ptr::addr_of_mut!((*slot).ip).write(0);
            std::ptr::addr_of_mut!((*slot).block_base).write(block_base);
            std::ptr::addr_of_mut!((*slot).mark).write(mark);
            std::ptr::addr_of_mut!((*slot).entry).write(false);
            std::ptr::addr_of_mut!((*slot).init_self).write(None);
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

impl Frame {
    /// The code object's payload.
    #[inline(always)]
    pub fn code(&self) -> &CodeObj {
        self.code.downcast::<CodeObj>().expect("a code object")
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

    /// `locals()` of the calling frame: its namespace dict, or in a function a dict holding
    /// the bound fast locals and cells. As in CPython 3.11 a function frame keeps that dict:
    /// each call refreshes it (unbound variables leave it; names stored by `exec` stay).
    pub fn caller_locals(&mut self) -> Option<PyRef> {
        let frame = self.frames.last()?;
        if let Some(ns) = &frame.locals {
            return Some(ns.clone());
        }
        let code = frame.code();
        let dict = frame.locals_dict.clone().unwrap_or_else(DictObj::new_ref);
        let d = dict.downcast::<DictObj>().expect("a dict");
        let nvars = code.varnames.len();
        let u = &code.unit;
        let slots = frame.cursor.slots(u.nslots());
        // Cells come after the fast locals: a parameter that is also a cell variable takes
        // its cell's value (its fast slot keeps the stale argument) at the parameter's place.
        let cell_names = u.cellvars.iter().chain(&u.freevars);
        let names = code
            .varnames
            .iter()
            .cloned()
            .chain(cell_names.map(|n| crate::objects::str::intern(n)));
        let mut old = Vec::new();
        for (i, name) in names.enumerate() {
            let slot = &slots[i];
            let value = if i < nvars {
                slot.clone()
            } else {
                slot.downcast::<CellObj>()
                    .map_or(Value::Null, |c| c.value.borrow().clone())
            };
            let is_cell_param = i < nvars && u.cell2arg.contains(&Some(i as u32));
            if is_cell_param {
                if d.get_str(&name).is_none() {
                    old.extend(d.set_str(name, Value::None));
                }
            } else if value.is_null() {
                old.extend(d.del_str(&name));
            } else {
                old.extend(d.set_str(name, value));
            }
        }
        drop(old);
        if let Some(top) = self.frames.last_mut() {
            top.locals_dict = Some(dict.clone());
        }
        Some(dict)
    }
}
