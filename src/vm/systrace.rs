//! `sys.settrace` and `sys.setprofile`: CPython 3.11's trace and profile events.
//!
//! While a trace or profile function is set, the eval loop runs its tracing copy
//! (`run::<_, true>`, see `eval`), which calls [`Vm::trace_step`] before each instruction,
//! [`Vm::trace_exit`] when a frame returns or yields and [`Vm::trace_exception`] when an
//! exception is raised in a frame. The normal loop has none of this: setting a hook sets
//! the eval breaker's `TRACING` bit, and the normal loop, at its next safepoint, hands the
//! frame over to the tracing copy (and back once both hooks are unset).
//!
//! A new frame is noticed at its first instruction: [`Hooks::seen`] parallels the frame
//! records, each entry naming the frame it saw there, so a record that names another frame
//! is a new one (a `call` event). The frames already running when the hook was set are
//! entered as seen (no `call` for them, as in CPython).
//!
//! As in CPython, the global trace function gets the `call` events, and its result becomes
//! the frame's `f_trace`, which gets the frame's other events (a non-None result replaces
//! it); the hooks are off while a hook runs; a hook that raises is unset, and its exception
//! propagates from the traced frame.

use crate::bytecode::opcode::Op;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::frame::FrameObj;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::classes::slotdefs::Wrap;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::intern;
use crate::objects::{PyRef, Value};
use crate::vm::stack::Cursor;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The thread's hooks; `Vm::hooks` is `None` when neither is set.
pub(crate) struct Hooks {
    pub trace: Value,
    pub profile: Value,
    /// Per frame record: what was seen there (see the module docs).
    seen: Vec<Seen>,
    /// A hook is running: no events.
    busy: bool,
}

struct Seen {
    /// The frame's generator, else its frame object; `None` for a frame running before
    /// the hooks were set (it matches whatever is there).
    key: Option<PyRef>,
    /// The line and instruction traced last in the frame.
    last_line: Option<u32>,
    last_ip: usize,
    /// The built-in function the frame's last instruction called, for the profile's
    /// `c_return` (at the next instruction) or `c_exception` (when it raised).
    c_call: Option<Value>,
}

/// Which hook a [`Vm::set_hook`] sets.
#[derive(Clone, Copy, PartialEq)]
pub enum Hook {
    Trace,
    Profile,
}

impl Vm {
    /// `sys.settrace(f)` / `sys.setprofile(f)` (None unsets).
    pub fn set_hook(&mut self, which: Hook, f: Value) {
        let n = self.frames.len();
        let hooks = self.hooks.get_or_insert_with(|| {
            let seen = (0..n)
                .map(|_| Seen {
                    key: None,
                    last_line: None,
                    last_ip: usize::MAX,
                    c_call: None,
                })
                .collect();
            Box::new(Hooks {
                trace: Value::None,
                profile: Value::None,
                seen,
                busy: false,
            })
        });
        let old = match which {
            Hook::Trace => std::mem::replace(&mut hooks.trace, f),
            Hook::Profile => std::mem::replace(&mut hooks.profile, f),
        };
        let off = hooks.trace.is_none() && hooks.profile.is_none() && !hooks.busy;
        if off {
            self.hooks = None;
        }
        set_breaker(self.hooks.is_some());
        drop(old);
    }

    /// The hook set (`sys.gettrace()` / `sys.getprofile()`).
    pub fn get_hook(&self, which: Hook) -> Value {
        match (&self.hooks, which) {
            (Some(h), Hook::Trace) => h.trace.clone(),
            (Some(h), Hook::Profile) => h.profile.clone(),
            _ => Value::None,
        }
    }

    /// The top frame's object if it has one (a frame without one has no `f_trace`).
    fn traced_frame(&mut self) -> Option<PyRef> {
        let top = self.frames.len() - 1;
        let rec = &self.frames[top];
        match (&rec.object, &rec.generator) {
            (Some(o), _) => Some(o.clone()),
            (None, Some(_)) => Some(self.frame_object(top)),
            (None, None) => None,
        }
    }

    /// What identifies the frame of record `index` across its suspensions.
    fn frame_key(&mut self, index: usize) -> PyRef {
        match &self.frames[index].generator {
            Some(g) => g.clone(),
            None => self.frame_object(index),
        }
    }

    /// Before instruction `at` of the top frame (`next_ip` just past it): the `call` event
    /// of a new frame, the profile's `c_return`/`c_call`, then `line` and `opcode` events.
    pub(crate) fn trace_step(&mut self, at: usize, cur: &Cursor) -> PyResult<()> {
        match &self.hooks {
            Some(h) if !h.busy => {}
            _ => return Ok(()),
        }
        self.trace_enter(at)?;
        self.profile_c_calls(at, cur)?;
        let top = self.frames.len() - 1;
        // Line and opcode events go to the frame's own trace function.
        let Some(frame) = self.traced_frame() else {
            self.note_step(top, at, None);
            return Ok(());
        };
        let f = frame.downcast::<FrameObj>().expect("a frame");
        let code = f.code_obj();
        let line = code.unit.line_of(at);
        // A loop's jump back to its header, on the header's line, belongs to the line
        // before it (CPython's loops have no such instruction: no event for it).
        let instr = code.instrs[at].get();
        if instr.op == Op::Jump
            && (instr.arg as usize) < at
            && code.unit.line_of(instr.arg as usize) == line
        {
            self.note_step(top, at, None);
            return Ok(());
        }
        let (last_line, last_ip) = self.note_step(top, at, Some(line));
        if f.trace_fn().is_none() {
            return Ok(());
        }
        // (a frame running before the hook was set continues the line it is on)
        let fresh = last_ip == usize::MAX;
        let last_line = match (fresh, at) {
            (true, 1..) => Some(code.unit.line_of(at - 1)),
            _ => last_line,
        };
        if f.traces_lines() && (last_line != Some(line) || (at < last_ip && !fresh)) {
            self.fire_local(&frame, "line", Value::None)?;
        }
        if f.traces_opcodes() {
            self.fire_local(&frame, "opcode", Value::None)?;
        }
        Ok(())
    }

    /// The `call` event if the top frame (about to run `at`) is new here: a call, or a
    /// generator resumed (see the module docs).
    pub(crate) fn trace_enter(&mut self, at: usize) -> PyResult<()> {
        let n = self.frames.len();
        let top = n - 1;
        let Some(hooks) = self.hooks.as_mut().filter(|h| !h.busy) else {
            return Ok(());
        };
        hooks.seen.truncate(n);
        let known = hooks.seen.len() == n && {
            let s = &hooks.seen[top];
            match &s.key {
                None => true,
                Some(k) => match &self.frames[top].generator {
                    Some(g) => g.ptr_eq(k),
                    None => self.frames[top]
                        .object
                        .as_ref()
                        .is_some_and(|o| o.ptr_eq(k)),
                },
            }
        };
        if known {
            return Ok(());
        }
        hooks.seen.truncate(top);
        let key = self.frame_key(top);
        // (a resumed generator continues the line it yielded on)
        let last_line = match (at, self.frames[top].code.downcast::<CodeObj>()) {
            (1.., Some(c)) => Some(c.unit.line_of(at - 1)),
            _ => None,
        };
        let hooks = self.hooks.as_mut().expect("hooks");
        while hooks.seen.len() < top {
            hooks.seen.push(Seen {
                key: None,
                last_line: None,
                last_ip: usize::MAX,
                c_call: None,
            });
        }
        hooks.seen.push(Seen {
            key: Some(key),
            last_line,
            last_ip: at,
            c_call: None,
        });
        let frame = self.frame_object(top);
        // (`f_lineno` in the call event: the `def` line, as CPython's RESUME)
        let saved = self.next_ip;
        if at == 0 {
            self.next_ip = usize::MAX;
        }
        let r = self.fire_global(&frame, "call", Value::None);
        self.next_ip = saved;
        r
    }

    /// The profile's `c_return` of the built-in function the previous instruction called,
    /// and its `c_call` if instruction `at` calls one.
    fn profile_c_calls(&mut self, at: usize, cur: &Cursor) -> PyResult<()> {
        let top = self.frames.len() - 1;
        let profile = self.get_hook(Hook::Profile);
        let done = self
            .hooks
            .as_mut()
            .and_then(|h| h.seen.get_mut(top))
            .and_then(|s| s.c_call.take());
        if profile.is_none() {
            return Ok(());
        }
        if let Some(func) = done {
            let frame = self.frame_object(top);
            self.fire_profile(&frame, "c_return", func)?;
        }
        let code = self.frames[top].code.clone();
        let Some(code) = code.downcast::<CodeObj>() else {
            return Ok(());
        };
        let instr = code.instrs[at].get();
        let arg = instr.arg as usize;
        let callee = match instr.op.generic() {
            Op::CallFunction => cur.peek(arg + 1),
            Op::CallMethod if cur.peek(arg + 2).is_null() => cur.peek(arg + 1),
            Op::CallMethod => cur.peek(arg + 2),
            Op::CallFunctionEx => cur.peek(2 + (arg & 1)),
            _ => return Ok(()),
        };
        // (a dunder with a type slot is a slot wrapper in CPython, which gets no events)
        match callee.downcast::<BuiltinFunctionObj>() {
            Some(f) if !is_slot_wrapper(f.name) => {}
            _ => return Ok(()),
        }
        let func = callee.clone();
        let frame = self.frame_object(top);
        self.fire_profile(&frame, "c_call", func.clone())?;
        if let Some(s) = self.hooks.as_mut().and_then(|h| h.seen.get_mut(top)) {
            s.c_call = Some(func);
        }
        Ok(())
    }

    /// Records instruction `at` (on `line`) as the top frame's last; gives the previous.
    fn note_step(&mut self, top: usize, at: usize, line: Option<u32>) -> (Option<u32>, usize) {
        match self.hooks.as_mut().and_then(|h| h.seen.get_mut(top)) {
            Some(s) => {
                let prev = (s.last_line, s.last_ip);
                if line.is_some() {
                    s.last_line = line;
                }
                s.last_ip = at;
                prev
            }
            None => (None, usize::MAX),
        }
    }

    /// The top frame returns `value` (None when an exception leaves it) or yields it: the
    /// `return` events.
    pub(crate) fn trace_exit(&mut self, value: &Value) -> PyResult<()> {
        let top = self.frames.len() - 1;
        match &self.hooks {
            Some(h) if !h.busy => {}
            _ => return Ok(()),
        }
        let frame = self.frame_object(top);
        if let Some(h) = self.hooks.as_mut() {
            h.seen.truncate(top);
        }
        self.fire_local(&frame, "return", value.clone())?;
        self.fire_profile(&frame, "return", value.clone())
    }

    /// An exception raised in the top frame (its traceback entry recorded): the
    /// `exception` event, with `(type, value, traceback)`.
    pub(crate) fn trace_exception(&mut self, err: &PyErr) -> PyResult<()> {
        match &self.hooks {
            Some(h) if !h.busy => {}
            _ => return Ok(()),
        }
        let top = self.frames.len() - 1;
        let failed = self
            .hooks
            .as_mut()
            .and_then(|h| h.seen.get_mut(top))
            .and_then(|s| s.c_call.take());
        if let Some(func) = failed {
            let frame = self.frame_object(top);
            self.fire_profile(&frame, "c_exception", func)?;
        }
        let Some(frame) = self.traced_frame() else {
            return Ok(());
        };
        if frame
            .downcast::<FrameObj>()
            .is_none_or(|f| f.trace_fn().is_none())
        {
            return Ok(());
        }
        let tb = err
            .payload()
            .traceback_object()
            .map_or(Value::None, Value::Obj);
        let arg = TupleObj::new_ref(vec![
            Value::Obj(err.class().clone()),
            Value::Obj(err.exc().clone()),
            tb,
        ]);
        self.fire_local(&frame, "exception", Value::Obj(arg))
    }

    /// The global trace function's `call` event (its result becomes `f_trace`), then the
    /// profile function's.
    fn fire_global(&mut self, frame: &PyRef, event: &str, arg: Value) -> PyResult<()> {
        let f = self.get_hook(Hook::Trace);
        if !f.is_none() {
            let r = self.run_hook(Hook::Trace, &f, frame, event, arg.clone())?;
            set_local(frame, r);
        }
        self.fire_profile(frame, event, arg)
    }

    /// An event for the frame's own trace function (a non-None result replaces it).
    fn fire_local(&mut self, frame: &PyRef, event: &str, arg: Value) -> PyResult<()> {
        let Some(f) = frame.downcast::<FrameObj>().map(|f| f.trace_fn()) else {
            return Ok(());
        };
        if f.is_none() || self.hooks.is_none() {
            return Ok(());
        }
        let r = self.run_hook(Hook::Trace, &f, frame, event, arg)?;
        set_local(frame, r);
        Ok(())
    }

    fn fire_profile(&mut self, frame: &PyRef, event: &str, arg: Value) -> PyResult<()> {
        let f = self.get_hook(Hook::Profile);
        if !f.is_none() {
            self.run_hook(Hook::Profile, &f, frame, event, arg)?;
        }
        Ok(())
    }

    /// Calls hook `f` with the hooks off; one that raises is unset (and, for tracing, the
    /// frame's `f_trace` too).
    fn run_hook(
        &mut self,
        which: Hook,
        f: &Value,
        frame: &PyRef,
        event: &str,
        arg: Value,
    ) -> PyResult<Value> {
        if let Some(h) = self.hooks.as_mut() {
            h.busy = true;
        }
        let args = [Value::Obj(frame.clone()), Value::Obj(intern(event)), arg];
        let r = self.call(f, Args::positional(&args));
        if let Some(h) = self.hooks.as_mut() {
            h.busy = false;
            if h.trace.is_none() && h.profile.is_none() {
                self.hooks = None;
                set_breaker(false);
            }
        }
        if r.is_err() {
            self.set_hook(which, Value::None);
            if which == Hook::Trace {
                if let Some(fr) = frame.downcast::<FrameObj>() {
                    fr.set_trace_fn(Value::None);
                }
            }
        }
        r
    }
}

/// A hook's result for a frame: a non-None one becomes its `f_trace`.
fn set_local(frame: &PyRef, r: Value) {
    if !r.is_none() {
        if let Some(f) = frame.downcast::<FrameObj>() {
            f.set_trace_fn(r);
        }
    }
}

/// Whether CPython makes method `name` of a built-in type a slot wrapper (`__new__` is
/// a built-in function there).
fn is_slot_wrapper(name: &str) -> bool {
    name == "__init__" || (name != "__new__" && Wrap::from_name(name).is_some())
}

fn set_breaker(on: bool) {
    use crate::gil::{breaker::TRACING, EVAL_BREAKER};
    use std::sync::atomic::Ordering;
    if on {
        EVAL_BREAKER.fetch_or(TRACING, Ordering::Relaxed);
    } else {
        EVAL_BREAKER.fetch_and(!TRACING, Ordering::Relaxed);
    }
}
