//! What the builtins that look at their caller's frame (`globals()`, `locals()`, `eval`,
//! `exec`, `vars`) need: one [`FrameRecord`] per active Python frame, pushed and popped by
//! `Vm::run_frame`. Builtin functions push none, so the top record is the calling frame.
//!
//! Function calls are the hot path, so a function frame records only where its slots start:
//! its function object (code and globals) sits in the slot just below them, which every
//! caller of `run_frame` with `locals: None` guarantees. Module, class and `exec` frames are
//! rare and record their namespaces outright.

use super::eval::Scope;
use super::Vm;
use crate::objects::cell::CellObj;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::objects::function::FunctionObj;
use crate::objects::{PyRef, Value};

pub enum FrameRecord {
    /// A function frame: slots from `base`, the function object at `base - 1`; `locals` is
    /// the dict `locals()` returned, made by its first call.
    Function { base: usize, locals: Option<PyRef> },
    /// A frame over a namespace dict (module and class bodies, `exec`, `eval`).
    Namespace { globals: PyRef, locals: PyRef },
}

impl FrameRecord {
    #[inline(always)]
    pub fn new(scope: &Scope, base: usize) -> FrameRecord {
        match scope.locals {
            None => FrameRecord::Function { base, locals: None },
            Some(locals) => FrameRecord::Namespace {
                globals: scope.globals.clone(),
                locals: locals.clone(),
            },
        }
    }
}

impl Vm {
    /// The function running in a function frame whose slots start at `base`.
    fn frame_function(&self, base: usize) -> Option<&FunctionObj> {
        self.stack
            .get(base.checked_sub(1)?)?
            .downcast::<FunctionObj>()
    }

    /// The calling frame's globals dict (`None` when no Python frame is running).
    pub fn caller_globals(&self) -> Option<PyRef> {
        match self.frames.last()? {
            FrameRecord::Function { base, .. } => Some(self.frame_function(*base)?.globals.clone()),
            FrameRecord::Namespace { globals, .. } => Some(globals.clone()),
        }
    }

    /// `locals()` of the calling frame: its namespace dict, or in a function a dict holding
    /// the bound fast locals and cells. As in CPython 3.11 a function frame keeps that dict:
    /// each call refreshes it (unbound variables leave it; names stored by `exec` stay).
    pub fn caller_locals(&mut self) -> Option<PyRef> {
        let (base, cached) = match self.frames.last()? {
            FrameRecord::Function { base, locals } => (*base, locals.clone()),
            FrameRecord::Namespace { locals, .. } => return Some(locals.clone()),
        };
        let func = self.frame_function(base)?;
        let code_ref = func.code.clone();
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
        if let Some(FrameRecord::Function { locals, .. }) = self.frames.last_mut() {
            *locals = Some(dict.clone());
        }
        Some(dict)
    }
}
