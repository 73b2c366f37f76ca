//! Frame objects (`sys._getframe()`, `tb_frame`, `gi_frame`, `f_back`): the Python view of
//! one activation of a code object.
//!
//! A frame object is made lazily, only when something asks for one (`vm::frames`); a call
//! that never makes one pays nothing for it. The payload is small — the code, the globals
//! and a [`State`]:
//! - `Live`: the frame is on a thread's frame stack, at record `index` (running, or waiting
//!   on the call it made); its variables are read from that thread's value stack.
//! - `Suspended`: a generator's frame off the stack (not started, or suspended at a
//!   `yield`): its values stay in the generator's own frame region, which the object reads
//!   through a weak link to its generator (it must not keep the generator alive: the
//!   generator holds the object).
//! - `Detached`: the frame exited while its object was referenced from elsewhere, and the
//!   object owns its values — CPython's `take_ownership`: a traceback or a saved frame keeps
//!   the frame's locals alive, and `f_back` then holds the caller's frame object. (A
//!   generator freed while its frame object lives hands its values over the same way.)
//!
//! This maps onto a contiguous per-thread frame stack: "live" is a (thread, index) pair, and
//! the values move into the object when the frame leaves the stack.
//!
//! `f_locals` of a function-like frame is one dict per frame, refreshed from the variables
//! on each read (CPython 3.11's `PyFrame_FastToLocals` snapshot); it is also what `locals()`
//! returns in that frame. Module, class and `exec` frames answer their namespace.
//!
//! A live frame read from another thread shows what it can without that thread's stack:
//! `f_locals` as last refreshed, the first line of its code, no `f_back`.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::{Cell, RefCell};

use crate::exc;
use crate::objects::callables::cell::CellObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{intern, new_str, StrObj};
use crate::objects::{types, Value};
use std::rc::Rc;

use crate::objects::callables::generator::FRAME_START;
use crate::objects::core::weak::{self, Basic, WeakSlot};
use crate::vm::{Args, PyResult, Vm};

/// (Fields in CPython's order of release: the locals dict, the variables, then `f_back`.)
pub struct FrameObj {
    /// The `f_locals` dict of a function-like frame, made on first read.
    locals: RefCell<Option<PyRef>>,
    state: RefCell<State>,
    /// `f_back` once the frame has exited (while it is live, the stack says).
    back: RefCell<Option<PyRef>>,
    pub code: PyRef,
    pub globals: PyRef,
    /// The namespace of a module, class or `exec` frame (its `f_locals`).
    pub namespace: Option<PyRef>,
    /// `f_trace` and its two switches (see `vm::systrace`).
    trace: RefCell<Value>,
    trace_lines: Cell<bool>,
    trace_opcodes: Cell<bool>,
    /// The generator of a frame that has not finished (a weak link: see the module docs):
    /// `clear()` closes it, and the frame's values and locals dict are the generator's —
    /// the collector sees them as the generator's references, not the frame object's
    /// (CPython keeps them in the generator: holding `gi_frame` does not make them
    /// reachable).
    generator: RefCell<Option<Rc<WeakSlot>>>,
}

impl Drop for FrameObj {
    fn drop(&mut self) {
        if let Some(slot) = self.generator.get_mut().take() {
            weak::unregister(&slot);
        }
    }
}

/// Where a frame's values are.
pub enum State {
    /// On the frame stack of the thread with key `thread`, at record `index`.
    Live { thread: usize, index: usize },
    /// A generator's frame off the stack, stopped at instruction `ip` ([`FRAME_START`]
    /// before the first): the values are in the generator.
    Suspended { ip: usize },
    /// Off the stack: the values (slots first), and the instruction it stopped at
    /// ([`FRAME_START`] before the first).
    Detached { values: Vec<Value>, ip: usize },
}

impl FrameObj {
    /// (Tracked from the start, unlike CPython's live frame objects: a container that may
    /// hold one decides whether to track itself by whether its items are tracked.)
    fn new_ref(code: PyRef, globals: PyRef, namespace: Option<PyRef>, state: State) -> PyRef {
        PyRef::new(
            &types().frame,
            FrameObj {
                code,
                globals,
                namespace,
                state: RefCell::new(state),
                back: RefCell::new(None),
                locals: RefCell::new(None),
                trace: RefCell::new(Value::None),
                trace_lines: Cell::new(true),
                trace_opcodes: Cell::new(false),
                generator: RefCell::new(None),
            },
        )
    }

    /// `f_trace`.
    pub fn trace_fn(&self) -> Value {
        self.trace.borrow().clone()
    }

    pub fn set_trace_fn(&self, f: Value) {
        drop(self.trace.replace(f));
    }

    /// `f_trace_lines`.
    pub fn traces_lines(&self) -> bool {
        self.trace_lines.get()
    }

    /// `f_trace_opcodes`.
    pub fn traces_opcodes(&self) -> bool {
        self.trace_opcodes.get()
    }

    /// The object of a frame running on thread `thread`'s stack at record `index`.
    pub fn new_live(
        code: PyRef,
        globals: PyRef,
        namespace: Option<PyRef>,
        thread: usize,
        index: usize,
    ) -> PyRef {
        FrameObj::new_ref(code, globals, namespace, State::Live { thread, index })
    }

    /// The object of generator `gen`'s frame, off the stack (suspended, or not started) at
    /// instruction `ip`.
    pub fn new_suspended(code: PyRef, globals: PyRef, gen: &PyRef, ip: usize) -> PyRef {
        let f = FrameObj::new_ref(code, globals, None, State::Suspended { ip });
        let slot = WeakSlot::new(gen, false, Basic::No);
        weak::register_internal(&slot);
        *f.downcast::<FrameObj>()
            .expect("a frame")
            .generator
            .borrow_mut() = Some(slot);
        f
    }

    pub fn code_obj(&self) -> &CodeObj {
        self.code.downcast::<CodeObj>().expect("a code object")
    }

    /// `(thread, index)` while the frame is on a stack.
    pub fn live_at(&self) -> Option<(usize, usize)> {
        match &*self.state.borrow() {
            State::Live { thread, index } => Some((*thread, *index)),
            _ => None,
        }
    }

    /// The instruction a frame off the stack stopped at.
    pub fn detached_ip(&self) -> Option<usize> {
        match &*self.state.borrow() {
            State::Detached { ip, .. } | State::Suspended { ip } => Some(*ip),
            State::Live { .. } => None,
        }
    }

    /// The frame leaves the stack: the object takes `values` (and `back`, its caller's frame
    /// object: None for a generator's frame).
    pub fn detach(&self, values: Vec<Value>, ip: usize, back: Option<PyRef>) {
        let old = std::mem::replace(
            &mut *self.state.borrow_mut(),
            State::Detached { values, ip },
        );
        let old_back = std::mem::replace(&mut *self.back.borrow_mut(), back);
        // Dropped after the borrows end: freeing may run arbitrary code.
        drop((old, old_back));
    }

    /// A generator's frame goes (back) on the stack at `index` of thread `thread`.
    pub fn attach(&self, thread: usize, index: usize) {
        let old = std::mem::replace(&mut *self.state.borrow_mut(), State::Live { thread, index });
        drop(old);
    }

    /// A generator's frame leaves the stack, suspended at `ip`.
    pub fn suspend(&self, ip: usize) {
        let old = std::mem::replace(&mut *self.state.borrow_mut(), State::Suspended { ip });
        drop(old);
    }

    /// A copy of the values of a frame off the stack (slots, then operands): its own, or
    /// its generator's; none while it is live (they are on its thread's stack).
    pub fn values(&self) -> Vec<Value> {
        match &*self.state.borrow() {
            State::Detached { values, .. } => values.clone(),
            State::Suspended { .. } => self
                .generator
                .borrow()
                .as_ref()
                .and_then(|slot| slot.get())
                .map(|g| crate::objects::callables::generator::suspended_values(&g))
                .unwrap_or_default(),
            State::Live { .. } => Vec::new(),
        }
    }

    /// Takes the values a frame off the stack owns (none of a generator's).
    fn take_values(&self) -> Vec<Value> {
        match &mut *self.state.borrow_mut() {
            State::Detached { values, .. } => std::mem::take(values),
            _ => Vec::new(),
        }
    }

    /// `f_back` of a frame off the stack.
    pub fn back(&self) -> Option<PyRef> {
        self.back.borrow().clone()
    }

    /// Links the object of a running generator's frame to its generator.
    pub fn link_generator(&self, slot: Rc<WeakSlot>) {
        let old = self.generator.borrow_mut().replace(slot);
        if let Some(old) = old {
            weak::unregister(&old);
        }
    }

    pub fn is_generator(&self) -> bool {
        self.generator.borrow().is_some()
    }

    /// The frame object `this` is on its own from now on (its frame exited, or its generator
    /// finished or went): it owns what it holds.
    pub fn own_values(this: &PyRef) {
        if let Some(f) = this.downcast::<FrameObj>() {
            if let Some(slot) = f.generator.borrow_mut().take() {
                weak::unregister(&slot);
            }
        }
    }

    /// The `f_locals` dict of a function-like frame (made empty on first use).
    pub fn locals_dict(&self) -> PyRef {
        self.locals
            .borrow_mut()
            .get_or_insert_with(DictObj::new_ref)
            .clone()
    }

    /// Drops what the frame owns (`frame.clear()` on an exited frame, and the collector's
    /// `clear`): its values and `f_trace`; with `all`, also `f_back` and the locals dict.
    fn clear_owned(&self, all: bool) {
        let values = self.take_values();
        let trace = std::mem::replace(&mut *self.trace.borrow_mut(), Value::None);
        let (back, locals) = if all {
            (
                self.back.borrow_mut().take(),
                self.locals.borrow_mut().take(),
            )
        } else {
            (None, None)
        };
        drop((values, trace, back, locals));
    }

    /// How this frame refers to `to`, for `-X gc-explain` (`.f_back`, `.f_locals['x']`),
    /// once per reference its traversal reports.
    pub fn reference_paths(&self, to: &PyRef, out: &mut Vec<String>) {
        let is = |o: &Option<PyRef>| o.as_ref().is_some_and(|o| o.ptr_eq(to));
        if self.globals.ptr_eq(to) {
            out.push(".f_globals".into());
        }
        if is(&self.namespace) {
            out.push(".f_locals".into());
        }
        if self.back.try_borrow().is_ok_and(|b| is(&b)) {
            out.push(".f_back".into());
        }
        if self
            .trace
            .try_borrow()
            .is_ok_and(|t| matches!(&*t, Value::Obj(o) if o.ptr_eq(to)))
        {
            out.push(".f_trace".into());
        }
        if !self.is_generator() {
            self.variable_paths(to, "", out);
        }
    }

    /// The paths of what [`FrameObj::trace_variables`] visits, after `prefix`.
    pub fn variable_paths(&self, to: &PyRef, prefix: &str, out: &mut Vec<String>) {
        if self
            .locals
            .try_borrow()
            .is_ok_and(|l| l.as_ref().is_some_and(|l| l.ptr_eq(to)))
        {
            out.push(format!("{prefix}.f_locals"));
        }
        if let Ok(s) = self.state.try_borrow() {
            if let State::Detached { values, .. } = &*s {
                variable_paths(self.code_obj(), values, to, prefix, out);
            }
        }
    }

    /// Visits the frame's variables — the values of a frame off the stack, and the locals
    /// dict: its own references, or for a generator's frame, the generator's.
    pub fn trace_variables(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(s) = self.state.try_borrow() {
            if let State::Detached { values, .. } = &*s {
                crate::objects::trace::visit_values(values, visit);
            }
        }
        if let Ok(o) = self.locals.try_borrow() {
            o.iter().for_each(&mut *visit);
        }
    }
}

/// Brings `dict` up to date with a function-like frame's variables `values` (its slots:
/// locals, then cells, then free variables; missing ones count as unbound): bound names
/// are set, unbound ones removed, other keys left alone (CPython 3.11's
/// `PyFrame_FastToLocals`).
pub fn sync_locals(dict: &PyRef, code: &CodeObj, values: &[Value]) {
    let d = dict.downcast::<DictObj>().expect("a dict");
    let nvars = code.varnames.len();
    let u = &code.unit;
    // Cells come after the fast locals: a parameter that is also a cell variable takes its
    // cell's value (its fast slot keeps the stale argument) at the parameter's place.
    let cell_names = u.cellvars.iter().chain(&u.freevars);
    let names = code
        .varnames
        .iter()
        .cloned()
        .chain(cell_names.map(|n| intern(n)));
    let mut old = Vec::new();
    for (i, name) in names.enumerate() {
        let slot = values.get(i);
        let value = if i < nvars {
            slot.cloned().unwrap_or(Value::Null)
        } else {
            slot.and_then(|c| c.downcast::<CellObj>())
                .map_or(Value::Null, |c| c.value.get())
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
}

/// The names under which a frame's `values` (slots, then operand stack) hold `to`:
/// `{prefix}.f_locals['x']` (a cell: `... (cell)`), or a place on its value stack.
pub fn variable_paths(
    code: &CodeObj,
    values: &[Value],
    to: &PyRef,
    prefix: &str,
    out: &mut Vec<String>,
) {
    let u = &code.unit;
    let names: Vec<&str> = code
        .varnames
        .iter()
        .map(|n| n.downcast::<StrObj>().map_or("?", |s| s.as_str()))
        .chain(u.cellvars.iter().chain(&u.freevars).map(|n| n.as_ref()))
        .collect();
    for (i, v) in values.iter().enumerate() {
        if !matches!(v, Value::Obj(o) if o.ptr_eq(to)) {
            continue;
        }
        out.push(match names.get(i) {
            Some(name) if i < code.varnames.len() => format!("{prefix}.f_locals['{name}']"),
            Some(name) => format!("{prefix}.f_locals['{name}'] (cell)"),
            None => format!("{prefix} (value stack [{}])", i - names.len()),
        });
    }
}

fn payload(v: &Value) -> &FrameObj {
    v.downcast::<FrameObj>().expect("a frame")
}

/// CPython's `f_lasti`: the offset in bytes of the instruction (two per instruction in
/// CPython's wordcode); 0 before the first.
pub fn lasti(ip: usize) -> i64 {
    if ip == FRAME_START {
        0
    } else {
        ip as i64 * 2
    }
}

// The frame's fields: getsets (two bool members) as in CPython; the rest of the
// attributes are read-only ("attribute 'f_code' of 'frame' objects is not writable").

fn get_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(payload(v).code.clone()))
}

fn get_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(payload(v).globals.clone()))
}

fn get_builtins(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.interp.builtins.clone()))
}

fn get_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(vm.frame_lineno(payload(v)) as i64))
}

/// Only a trace function may jump, which pyvm's tracing does not support from the
/// `call` event of a new frame.
fn set_lineno(_vm: &mut Vm, _v: &Value, value: Option<Value>) -> PyResult<()> {
    match value {
        None => Err(exc!(attribute_error, "cannot delete attribute")),
        Some(v)
            if matches!(v, Value::Int(_))
                || v.downcast::<crate::objects::numbers::int::IntObj>()
                    .is_some() =>
        {
            Err(exc!(
                value_error,
                "can't jump from the 'call' trace event of a new frame"
            ))
        }
        Some(_) => Err(exc!(value_error, "lineno must be an integer")),
    }
}

fn get_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(vm.frame_ip(payload(v)).map_or(-1, lasti)))
}

fn get_back(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.frame_back(payload(v)).map_or(Value::None, Value::Obj))
}

fn get_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.frame_locals(v.as_obj().expect("a frame"))))
}

fn get_trace(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload(v).trace.borrow().clone())
}

/// Deleting the trace function sets it to None.
fn set_trace(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let old = std::mem::replace(
        &mut *payload(v).trace.borrow_mut(),
        value.unwrap_or(Value::None),
    );
    drop(old);
    Ok(())
}

fn get_trace_lines(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(payload(v).trace_lines.get()))
}

fn set_trace_lines(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    crate::objects::callables::getset::set_bool_member(&payload(v).trace_lines, value)
}

fn get_trace_opcodes(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(payload(v).trace_opcodes.get()))
}

fn set_trace_opcodes(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    crate::objects::callables::getset::set_bool_member(&payload(v).trace_opcodes, value)
}

pub const GETSETS: &[GetSetDef] = &[
    crate::getset!("f_back", get_back),
    crate::getset!("f_locals", get_locals),
    crate::getset!("f_lineno", get_lineno, set_lineno),
    crate::getset!("f_trace", get_trace, set_trace),
    crate::getset!("f_lasti", get_lasti),
    crate::getset!("f_globals", get_globals),
    crate::getset!("f_builtins", get_builtins),
    crate::getset!("f_code", get_code),
    GetSetDef {
        name: "f_trace_lines",
        get: get_trace_lines,
        set: Some(set_trace_lines),
        member: true,
    },
    GetSetDef {
        name: "f_trace_opcodes",
        get: get_trace_opcodes,
        set: Some(set_trace_opcodes),
        member: true,
    },
];

/// `<frame at 0x..., file 'x.py', line 3, code f>`
fn frame_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let f = payload(v);
    let code = f.code_obj();
    Ok(new_str(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.as_obj().map_or(0, |o| o.addr()),
        code.unit.filename,
        vm.frame_lineno(f),
        code.unit.name
    )))
}

/// `frame.clear()`: drops the variables of an exited frame; closes the generator of a
/// suspended generator's frame; RuntimeError for a frame that is running.
fn method_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args
        .receiver()
        .as_obj()
        .expect("checked by the method table");
    let f = args.receiver_as::<FrameObj>();
    if f.live_at().is_some() {
        return Err(exc!(runtime_error, "cannot clear an executing frame"));
    }
    if f.is_generator() {
        vm.finalize_generator_of_frame(this);
    } else {
        f.clear_owned(false);
    }
    Ok(Value::None)
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(crate::objects::exceptions::traceback::no_new),
    repr: Some(frame_repr),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};

pub const METHODS: &[MethodDef] = &[crate::method!("clear", method_clear, NoArgs)];

impl crate::objects::trace::Trace for FrameObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.globals);
        self.namespace.iter().for_each(&mut *visit);
        if !self.is_generator() {
            self.trace_variables(visit);
        }
        if let Ok(o) = self.back.try_borrow() {
            o.iter().for_each(&mut *visit);
        }
        if let Ok(t) = self.trace.try_borrow() {
            crate::objects::trace::visit_value(&t, visit);
        }
    }
    fn clear(&self) {
        if self.state.try_borrow_mut().is_ok() {
            self.clear_owned(true);
        }
    }
}
