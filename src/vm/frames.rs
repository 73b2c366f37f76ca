//! What the builtins that look at their caller's frame (`globals()`, `locals()`, `eval`,
//! `exec`, `vars`) need: one [`FrameRecord`] per active Python frame, pushed and popped by
//! `Vm::run_frame`. Builtin functions push none, so the top record is the calling frame.
//!
//! Function calls are the hot path, so a function frame's record is two plain words: where
//! its slots start, its function object (code and globals) being in the slot just below
//! them, which every caller of `run_frame` with `locals: None` guarantees. Anything more lives
//! in a side stack of [`FrameExtra`]s, used in step with the records (LIFO): the namespaces
//! of module, class and `exec` frames, the code and globals of a frame whose function is not
//! on the stack (a resumed generator: push it with [`Vm::push_code_frame`]), and the dict a
//! function's `locals()` returned.

use super::eval::Scope;
use super::Vm;
use crate::objects::cell::CellObj;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::objects::function::FunctionObj;
use crate::objects::{PyRef, Value};

/// One active frame: its slots start at `base`; `extra` says it owns the top of
/// `Vm::frame_extras`.
#[derive(Clone, Copy)]
pub struct FrameRecord {
    base: usize,
    extra: bool,
}

/// What a frame records beyond its base.
pub enum FrameExtra {
    /// Module and class bodies, `exec`, `eval`: the namespaces.
    Namespace { globals: PyRef, locals: PyRef },
    /// A function-like frame whose function is not at `base - 1`; `locals` as below.
    Code {
        code: PyRef,
        globals: PyRef,
        locals: Option<PyRef>,
    },
    /// The dict `locals()` returned in a function frame (kept and refreshed, as CPython's).
    Locals(PyRef),
}

impl Vm {
    /// Records a frame about to run (see `run_frame`).
    #[inline(always)]
    pub(crate) fn push_frame(&mut self, scope: &Scope, base: usize) {
        let extra = match scope.locals {
            None => false,
            Some(locals) => {
                self.frame_extras.push(FrameExtra::Namespace {
                    globals: scope.globals.clone(),
                    locals: locals.clone(),
                });
                true
            }
        };
        self.frames.push(FrameRecord { base, extra });
    }

    /// Records a function-like frame whose function is not on the stack; pop it with
    /// [`Vm::pop_frame`].
    pub fn push_code_frame(&mut self, code: &PyRef, globals: &PyRef, base: usize) {
        self.frame_extras.push(FrameExtra::Code {
            code: code.clone(),
            globals: globals.clone(),
            locals: None,
        });
        self.frames.push(FrameRecord { base, extra: true });
    }

    #[inline(always)]
    pub(crate) fn pop_frame(&mut self) {
        if let Some(FrameRecord { extra: true, .. }) = self.frames.pop() {
            self.frame_extras.pop();
        }
    }

    /// The top frame's extra, if it has one.
    fn top_extra(&self) -> Option<&FrameExtra> {
        match self.frames.last()? {
            FrameRecord { extra: true, .. } => self.frame_extras.last(),
            _ => None,
        }
    }

    /// `func.__code__` was just replaced by another code: frames of this thread running
    /// `func` go on with `old` (their eval loop holds it), so record it for `locals()`.
    /// (Another thread's frames running `func` are not found: their `locals()` would read
    /// names from the new code.)
    pub(crate) fn keep_running_code(&mut self, func: &PyRef, old: &PyRef) {
        let globals = &func.downcast::<FunctionObj>().expect("a function").globals;
        let pinned = |locals| FrameExtra::Code {
            code: old.clone(),
            globals: globals.clone(),
            locals,
        };
        let mut extra_at = 0;
        for i in 0..self.frames.len() {
            let FrameRecord { base, extra } = self.frames[i];
            let runs_func = base
                .checked_sub(1)
                .and_then(|b| self.stack.get(b))
                .and_then(Value::as_obj)
                .is_some_and(|f| f.ptr_eq(func));
            if !extra {
                if runs_func {
                    self.frame_extras.insert(extra_at, pinned(None));
                    self.frames[i].extra = true;
                    extra_at += 1;
                }
                continue;
            }
            if let (true, FrameExtra::Locals(d)) = (runs_func, &self.frame_extras[extra_at]) {
                self.frame_extras[extra_at] = pinned(Some(d.clone()));
            }
            extra_at += 1;
        }
    }

    /// The function running in a function frame whose slots start at `base`.
    fn frame_function(&self, base: usize) -> Option<&FunctionObj> {
        self.stack
            .get(base.checked_sub(1)?)?
            .downcast::<FunctionObj>()
    }

    /// The calling frame's globals dict (`None` when no Python frame is running).
    pub fn caller_globals(&self) -> Option<PyRef> {
        self.frame_globals(0)
    }

    /// The globals of the frame `depth` records below the top (0: the calling frame), as
    /// `sys._getframe(depth).f_globals`.
    pub fn frame_globals(&self, depth: usize) -> Option<PyRef> {
        let at = self.frames.len().checked_sub(depth + 1)?;
        let record = self.frames[at];
        if record.extra {
            // The extras run in step with the records that have one.
            let above = self.frames[at + 1..].iter().filter(|r| r.extra).count();
            let index = self.frame_extras.len().checked_sub(above + 1)?;
            match &self.frame_extras[index] {
                FrameExtra::Namespace { globals, .. } | FrameExtra::Code { globals, .. } => {
                    return Some(globals.clone())
                }
                FrameExtra::Locals(_) => {}
            }
        }
        Some(self.frame_function(record.base)?.globals.clone())
    }

    /// `locals()` of the calling frame: its namespace dict, or in a function a dict holding
    /// the bound fast locals and cells. As in CPython 3.11 a function frame keeps that dict:
    /// each call refreshes it (unbound variables leave it; names stored by `exec` stay).
    pub fn caller_locals(&mut self) -> Option<PyRef> {
        let base = self.frames.last()?.base;
        let (code_ref, cached) = match self.top_extra() {
            Some(FrameExtra::Namespace { locals, .. }) => return Some(locals.clone()),
            Some(FrameExtra::Code { code, locals, .. }) => (code.clone(), locals.clone()),
            Some(FrameExtra::Locals(d)) => (self.frame_function(base)?.code(), Some(d.clone())),
            None => (self.frame_function(base)?.code(), None),
        };
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let dict = cached.unwrap_or_else(DictObj::new_ref);
        let d = dict.downcast::<DictObj>().expect("a dict");
        let nvars = code.varnames.len();
        let u = &code.unit;
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
            let slot = self.stack.get(base + i);
            let value = if i < nvars {
                slot.cloned().unwrap_or(Value::Null)
            } else {
                slot.and_then(|c| c.downcast::<CellObj>())
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
        self.keep_locals(&dict);
        Some(dict)
    }

    /// Remembers the dict `locals()` made for the top frame.
    fn keep_locals(&mut self, dict: &PyRef) {
        let Some(top) = self.frames.last_mut() else {
            return;
        };
        if !top.extra {
            top.extra = true;
            self.frame_extras.push(FrameExtra::Locals(dict.clone()));
            return;
        }
        if let Some(FrameExtra::Code { locals, .. }) = self.frame_extras.last_mut() {
            *locals = Some(dict.clone());
        }
    }
}
