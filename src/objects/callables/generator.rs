//! Generator objects: a Python frame that can suspend at `yield` and resume later.
//!
//! Calling a function whose code has the GENERATOR flag binds the arguments into a frame
//! region that the [`GenObj`] owns (`vm::stack::OwnedFrame`) instead of running it.
//! Resuming (`next`, `send`, `throw`, `close`, `yield from`) runs the eval loop *in place*
//! over that region — nothing is copied — starting at the saved instruction with the saved
//! block stack (a [`Resume`]); `YIELD_VALUE` returns to us with the position, and the region
//! records how many values it holds. The frame state is only borrowed to read or record it,
//! never while Python code runs; a running generator is marked [`Status::Running`], which is
//! how "generator already executing" is detected (and while it runs, its region belongs to
//! the eval loop: nothing here touches the values).
//!
//! The exception being handled (`sys.exc_info()`): the VM keeps one "currently handled"
//! exception, and each `except` block saves the one it replaced. A generator that yields
//! inside an `except` block keeps that exception as its own while suspended; on resumption
//! its outermost handler's saved exception is re-pointed at the resumer's, so leaving the
//! handler restores the right one (CPython's per-generator `gi_exc_state`, in one field).
//!
//! `yield from` delegates from the `YIELD_FROM` instruction, which re-executes itself while
//! the sub-iterator yields; a generator suspended there is *delegating* and forwards
//! `throw()` and `close()` to its sub-iterator first, as CPython's `_gen_throw` does.
//!
//! Finalization (CPython's `_PyGen_Finalize`): a generator freed while suspended inside a
//! `try` (whose `finally` or `except` would observe the close) is closed. A drop has no VM
//! at hand, so the frame moves into a fresh generator object queued per process, and
//! [`gil::breaker::FINALIZE`](crate::gil::breaker::FINALIZE) asks the next safepoint to
//! close it; the runner drains the queue too when the main module ends. A generator found
//! in cyclic garbage is closed by the collector (PEP 442: its type has
//! [`flag::GC_FINALIZER`]) before the cycle is cleared, whether or not it is in a `try`:
//! closing drops the frame's variables, which usually frees the whole cycle. Each frame is
//! finalized at most once; what `close()` raises is reported as unraisable.
//!
//! Frame objects (`gi_frame`, `sys._getframe()` inside, a traceback through it): made on
//! demand and kept with the frame's state; it is live while the frame runs and reads the
//! generator's region while it is suspended (`objects::callables::frame`). When the generator finishes
//! (or is freed) it lets the object go, handing it the variables if something else still
//! holds it.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::{Cell, RefCell};

use crate::bytecode::opcode::Op;
use crate::exc;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::frame::FrameObj;
use crate::objects::classes::typeobj::{MethodDef, TypeObject, TypeSlots};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::{flag, PyRef};
use crate::objects::exceptions::exception::{PyErr, TracebackEntry};
use crate::objects::{types, Value};
use crate::vm::eval::{Block, Blocks};
use crate::vm::stack::OwnedFrame;
use crate::vm::{Args, PyResult, Vm};

mod attrs;
pub mod awaitables;
pub mod coro;
mod finalize;
pub mod hooks;
mod throw;

pub(crate) use attrs::{attribute, COMMON_SLOTS};

/// Which kind of suspendable frame a [`GenObj`] runs (its code's flags decide).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    /// An `async def` without `yield`.
    Coroutine,
    /// An `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use (`"coroutine already executing"`).
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// Where a generator frame resumes, and how it stopped (the eval loop's view of it).
#[derive(Default)]
pub(crate) struct Resume {
    /// The next instruction.
    pub ip: usize,
    pub blocks: Blocks,
    /// An exception to raise at `ip` (`throw()`), as if the instruction before it raised.
    pub throw: Option<PyErr>,
    /// Set when the frame suspended at a yield (rather than returning or raising).
    pub yielded: bool,
    /// Where the eval loop left the frame's operand stack at that yield.
    pub cursor: Option<crate::vm::stack::Cursor>,
}

/// The traceback position of a frame that raised before running any instruction (a
/// generator thrown into before it started): shown as the `def` line.
pub const FRAME_START: usize = usize::MAX;

pub struct GenObj {
    pub kind: GenKind,
    /// Async generators: an `asend`/`athrow` awaitable is driving it (`ag_running`).
    pub(crate) running_async: Cell<bool>,
    /// Async generators: closed by `aclose()` or finished by StopAsyncIteration/GeneratorExit.
    pub(crate) closed: Cell<bool>,
    pub code: PyRef,
    pub globals: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    frame: RefCell<Frame>,
    /// Already closed or queued for closing once (see the module docs).
    finalized: Cell<bool>,
    /// Async generators: the asyncgen hooks were looked at (see `hooks`).
    hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook to call instead of closing it when it is freed.
    finalizer: RefCell<Option<Value>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Status {
    /// Not started: the slots hold the arguments, `ip` is 0.
    Created,
    Suspended,
    Running,
    Finished,
}

struct Frame {
    status: Status,
    /// The frame's region: slots and operand stack (the values in it belong to the eval loop
    /// while the status is `Running`).
    values: OwnedFrame,
    /// Where it resumes (`throw` and `yielded` unused here).
    at: Resume,
    /// The exception its innermost active `except` block handles, while suspended there.
    handled: Option<PyErr>,
    /// The frame object, once made (see the module docs).
    object: Option<PyRef>,
}

impl Frame {
    fn new(status: Status, values: OwnedFrame) -> Frame {
        Frame {
            status,
            values,
            at: Resume::default(),
            handled: None,
            object: None,
        }
    }
}

/// How a generator step ended.
pub(crate) enum GenStep {
    Yield(Value),
    /// The frame returned this value (StopIteration's `value`).
    Return(Value),
}

/// What to resume a generator with.
pub(crate) enum Action {
    Send(Value),
    Throw(PyErr),
}

impl GenObj {
    /// A not-yet-started generator over the frame whose slots are `values`.
    pub(crate) fn new_ref(
        code: PyRef,
        globals: PyRef,
        name: PyRef,
        qualname: PyRef,
        values: OwnedFrame,
    ) -> PyRef {
        let frame = Frame::new(Status::Created, values);
        let kind = kind_of(&code);
        PyRef::new(
            type_of(kind),
            GenObj {
                kind,
                running_async: Cell::new(false),
                closed: Cell::new(false),
                code,
                globals,
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                frame: RefCell::new(frame),
                finalized: Cell::new(false),
                hooks_inited: Cell::new(false),
                finalizer: RefCell::new(None),
            },
        )
    }

    /// Whether the frame is suspended inside an `await` (a `SEND` delegating to an
    /// awaitable), rather than at its own `yield`.
    pub(crate) fn awaiting(&self) -> bool {
        self.delegate().is_some()
    }

    /// Whether the frame has ended.
    pub(crate) fn finished(&self) -> bool {
        self.status() == Status::Finished
    }

    fn status(&self) -> Status {
        self.frame.borrow().status
    }

    fn set_status(&self, status: Status) {
        self.frame.borrow_mut().status = status;
    }

    /// The frame object, if one was made.
    fn frame_obj(&self) -> Option<PyRef> {
        self.frame.borrow().object.clone()
    }

    /// Whether the next instruction is a `YIELD_FROM` (the frame is delegating).
    fn at_yield_from(&self, ip: usize) -> bool {
        let code = self.code.downcast::<CodeObj>().expect("a code object");
        code.unit
            .code
            .get(ip)
            .is_some_and(|i| matches!(i.op, Op::YieldFrom | Op::Send))
    }

    /// The instruction a frame off the stack stopped at: its yield ([`FRAME_START`] before
    /// it started).
    fn stopped_at(&self) -> usize {
        let (status, ip) = {
            let f = self.frame.borrow();
            (f.status, f.at.ip)
        };
        match status {
            Status::Created => FRAME_START,
            // (a `YIELD_FROM` runs again on resumption: `ip` is still on it)
            _ if self.at_yield_from(ip) => ip,
            _ => ip.saturating_sub(1),
        }
    }

    /// The sub-iterator of a `yield from` this generator is suspended in.
    fn delegate(&self) -> Option<Value> {
        let (status, ip) = {
            let f = self.frame.borrow();
            (f.status, f.at.ip)
        };
        if status != Status::Suspended || !self.at_yield_from(ip) {
            return None;
        }
        self.frame.borrow().values.values().last().cloned()
    }

    /// Leaves a `yield from`: drops the sub-iterator and moves past the `YIELD_FROM`, so the
    /// frame continues (or raises) as if the instruction had finished.
    fn end_delegation(&self) {
        let sub = self.frame.borrow_mut().values.pop();
        self.frame.borrow_mut().at.ip += 1;
        drop(sub);
    }
}

/// The generator's frame object (`gi_frame`), made on first request: live while the frame
/// runs (`live_at`: on this thread's stack, at that record), holding its values while it is
/// suspended or not started; `None` once finished.
///
/// A generator running on another thread gets an object holding nothing until the frame
/// suspends (the values are on that thread's stack); found there by its own thread, it
/// becomes live.
pub fn frame_object(g: &PyRef, live_at: Option<(usize, usize)>) -> Option<PyRef> {
    let gen = gen_of(g);
    if let Some(o) = gen.frame_obj() {
        if let Some((thread, index)) = live_at {
            let f = frame_of(&o);
            if f.live_at().is_none() {
                f.attach(thread, index);
            }
        }
        return Some(o);
    }
    let status = gen.status();
    let (code, globals) = (gen.code.clone(), gen.globals.clone());
    let obj = match (status, live_at) {
        (Status::Finished, _) => return None,
        (_, Some((thread, index))) => FrameObj::new_live(code, globals, None, thread, index),
        // Not started, suspended, or busy with its sub-iterator: off the stack.
        _ => FrameObj::new_suspended(code, globals, g, gen.stopped_at()),
    };
    if live_at.is_some() {
        // (a live generator frame's object reads the generator's region once it suspends)
        let slot = crate::objects::core::weak::WeakSlot::new(
            g,
            false,
            crate::objects::core::weak::Basic::No,
        );
        crate::objects::core::weak::register_internal(&slot);
        frame_of(&obj).link_generator(slot);
    }
    gen.frame.borrow_mut().object = Some(obj.clone());
    Some(obj)
}

/// The frame object of generator `g`, if one was made.
pub fn current_frame_object(g: &PyRef) -> Option<PyRef> {
    gen_of(g).frame_obj()
}

/// A copy of a generator's frame values while it is off the stack (none while it runs).
pub fn suspended_values(g: &PyRef) -> Vec<Value> {
    match gen_of(g).frame.try_borrow() {
        Ok(f) if f.status != Status::Running => f.values.values().to_vec(),
        _ => Vec::new(),
    }
}

impl GenObj {
    /// How this generator refers to `to`, for `-X gc-explain` (`.gi_frame`, and the
    /// variables of its suspended frame).
    pub fn reference_paths(&self, to: &PyRef, out: &mut Vec<String>) {
        let frame = match self.kind {
            GenKind::Generator => ".gi_frame",
            GenKind::Coroutine => ".cr_frame",
            GenKind::AsyncGenerator => ".ag_frame",
        };
        if self.globals.ptr_eq(to) {
            out.push(format!("{frame}.f_globals"));
        }
        let Ok(f) = self.frame.try_borrow() else {
            return;
        };
        if f.handled.as_ref().is_some_and(|h| h.exc().ptr_eq(to)) {
            out.push(" (its handled exception)".into());
        }
        if let Some(o) = &f.object {
            if o.ptr_eq(to) {
                out.push(frame.into());
            }
            let fo = frame_of(o);
            if fo.is_generator() {
                fo.variable_paths(to, frame, out);
            }
        }
        let code = self.code.downcast::<CodeObj>().expect("a code object");
        crate::objects::callables::frame::variable_paths(code, f.values.values(), to, frame, out);
    }
}

fn frame_of(o: &PyRef) -> &FrameObj {
    o.downcast::<FrameObj>().expect("a frame")
}

pub(crate) fn gen_of(v: &PyRef) -> &GenObj {
    v.downcast::<GenObj>().expect("a generator")
}

/// `StopIteration(value)`, or a bare `StopIteration()` for None (as CPython raises).
pub(crate) fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() { vec![] } else { vec![value] };
    PyErr::with_args(&types().exc.stop_iteration, args)
}

/// The `value` of a StopIteration: its first argument, or None.
pub(crate) fn stop_value(e: &PyErr) -> Value {
    let args = e.payload().args.borrow().clone();
    args.downcast::<TupleObj>()
        .and_then(|t| t.items.first().cloned())
        .unwrap_or(Value::None)
}

/// The kind of frame calling a function with this code makes.
fn kind_of(code: &PyRef) -> GenKind {
    use crate::bytecode::code::flags;
    let f = code.downcast::<CodeObj>().map_or(0, |c| c.unit.flags);
    if f & flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if f & flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    }
}

/// The Python type of a kind's objects.
fn type_of(kind: GenKind) -> &'static PyRef {
    match kind {
        GenKind::Generator => &types().generator,
        GenKind::Coroutine => &types().coroutine,
        GenKind::AsyncGenerator => &types().async_generator,
    }
}

/// PEP 479: a StopIteration leaving a generator frame becomes a RuntimeError caused by it
/// (and a StopAsyncIteration leaving an async generator's).
fn stop_iteration_to_runtime_error(kind: GenKind, e: PyErr) -> PyErr {
    if e.matches(&types().exc.stop_iteration) {
        return exc!(runtime_error, "{} raised StopIteration", kind.noun()).caused_by(e);
    }
    if kind == GenKind::AsyncGenerator && e.matches(&types().exc.stop_async_iteration) {
        return exc!(runtime_error, "async generator raised StopAsyncIteration").caused_by(e);
    }
    e
}

/// Marks an exception coming out of a generator as chained already (see `flag::CONTEXT_SET`).
fn left_generator(e: PyErr) -> PyErr {
    e.exc().set_flag(flag::CONTEXT_SET);
    e
}

/// Whether `v` (a class or an instance, as given to `throw`) is a GeneratorExit.
fn is_generator_exit(v: &Value) -> bool {
    let cls = v.as_obj().filter(|o| o.is::<TypeObject>());
    TypeObject::is_subtype(
        cls.unwrap_or_else(|| v.class()),
        &types().exc.generator_exit,
    )
}

impl Vm {
    /// Runs the generator until it yields, returns or raises.
    pub(crate) fn gen_resume(&mut self, gen_ref: &PyRef, action: Action) -> PyResult<GenStep> {
        let gen = gen_of(gen_ref);
        let status = gen.status();
        let noun = gen.kind.noun();
        match (status, action) {
            (Status::Running, _) => Err(exc!(value_error, "{} already executing", noun)),
            (Status::Finished, Action::Send(_)) if gen.kind == GenKind::Coroutine => Err(exc!(
                runtime_error,
                "cannot reuse already awaited coroutine"
            )),
            (Status::Finished, Action::Send(_)) => Ok(GenStep::Return(Value::None)),
            (Status::Finished, Action::Throw(e)) => Err(left_generator(e)),
            (Status::Created, Action::Send(v)) if !v.is_none() => Err(exc!(
                type_error,
                "can't send non-None value to a just-started {}",
                noun
            )),
            (Status::Created, Action::Throw(e)) => {
                // The frame raises before its first instruction: nothing can catch it. Its
                // object (the traceback's) keeps the arguments, as an exited frame's does.
                let frame =
                    frame_object(gen_ref, None).expect("a generator not started has a frame");
                let (held, values) = {
                    let mut f = gen.frame.borrow_mut();
                    f.status = Status::Finished;
                    (f.object.take(), f.values.take_values())
                };
                FrameObj::own_values(&frame);
                frame_of(&frame).detach(values, FRAME_START, None);
                drop(held);
                e.payload().push_traceback(TracebackEntry {
                    frame,
                    ip: FRAME_START,
                });
                Err(left_generator(stop_iteration_to_runtime_error(gen.kind, e)))
            }
            (_, action) => self.gen_run(gen_ref, status == Status::Suspended, action),
        }
    }

    /// Resumes a created or suspended generator: runs its frame in place.
    fn gen_run(&mut self, gen_ref: &PyRef, started: bool, action: Action) -> PyResult<GenStep> {
        let gen = gen_of(gen_ref);
        if let Err(e) = self.check_recursion() {
            // CPython's frame was entered (and raised): it was awaited, no warning is due.
            if gen.kind == GenKind::Coroutine && !started {
                gen.finalized.set(true);
            }
            return Err(e);
        }
        let nslots = gen
            .code
            .downcast::<CodeObj>()
            .expect("a code")
            .unit
            .nslots();
        // (the record pushed below)
        let index = self.frames.len();
        let (mut cursor, mut at, own) = {
            let mut frame = gen.frame.borrow_mut();
            frame.status = Status::Running;
            if let Some(o) = &frame.object {
                frame_of(o).attach(self.thread_key, index);
            }
            (
                frame.values.cursor(nslots),
                std::mem::take(&mut frame.at),
                frame.handled.take(),
            )
        };
        // The resumer's handled exception is what the frame's outermost `except` restores.
        let caller = self.handled.clone();
        let outermost_handler = at
            .blocks
            .iter_mut()
            .find(|b| matches!(b, Block::ExceptHandler { .. }));
        let in_handler = outermost_handler.is_some();
        if let Some(Block::ExceptHandler { prev }) = outermost_handler {
            let old = std::mem::replace(prev, caller.clone());
            drop(old);
            self.handled = own;
        }
        if let Action::Throw(e) = &action {
            // A thrown exception's context is the generator's own handled exception only
            // (CPython's `_PyErr_ChainStackItem`), never the resumer's: settle it here.
            e.exc().clear_flag(flag::CONTEXT_SET);
            if in_handler {
                self.chain_context(e);
            }
            e.exc().set_flag(flag::CONTEXT_SET);
        }
        match action {
            Action::Send(v) if started => cursor.push(v),
            Action::Send(_) => {}
            Action::Throw(e) => at.throw = Some(e),
        }
        // `gen_ref` keeps the generator, hence its code, globals and region, alive meanwhile.
        // The frame is recorded like any other, so `globals()`/`locals()`/`eval` inside see it.
        self.push_frame_record(gen.code.clone(), gen.globals.clone(), None, cursor, None);
        let top = self.frames.last_mut().expect("the generator's frame");
        top.ip = at.ip;
        top.generator = Some(gen_ref.clone());
        self.blocks.append(&mut at.blocks);
        let result = self.run_entry(Some(&mut at));
        let own = std::mem::replace(&mut self.handled, caller);
        match result {
            Ok(v) if at.yielded => {
                at.yielded = false;
                let cursor = at.cursor.take().expect("where the frame yielded");
                let in_handler = at
                    .blocks
                    .iter()
                    .any(|b| matches!(b, Block::ExceptHandler { .. }));
                let own = if in_handler { own } else { None };
                let mut frame = gen.frame.borrow_mut();
                frame.values.suspended(&cursor, nslots);
                frame.status = Status::Suspended;
                frame.at = at;
                frame.handled = own;
                let stopped = frame.at.ip;
                if let Some(o) = &frame.object {
                    let ip = if gen.at_yield_from(stopped) {
                        stopped
                    } else {
                        stopped.saturating_sub(1)
                    };
                    frame_of(o).suspend(ip);
                }
                Ok(GenStep::Yield(v))
            }
            result => {
                // The eval loop dropped the frame's values, or handed them to the frame
                // object (see `leave_generator_frame_object`); the generator lets it go.
                let obj = finished(gen);
                drop((obj, at, own));
                match result {
                    Ok(v) => Ok(GenStep::Return(v)),
                    Err(e) => Err(left_generator(stop_iteration_to_runtime_error(gen.kind, e))),
                }
            }
        }
    }

    /// `FOR_ITER` over a generator, resumed *inside* the running eval loop (no native call,
    /// no Rust recursion): pushes the generator's frame record over its region, as
    /// `gen_run` does, when the simple case holds — the generator is not started or
    /// suspended, has no frame object, and is not suspended inside an `except` block (whose
    /// handled-exception bookkeeping `gen_run` does). Returns false otherwise (the caller
    /// resumes it the ordinary way). The frame yields back with [`Vm::suspend_inline`] and
    /// ends with [`Vm::finish_inline`].
    pub(crate) fn enter_inline(&mut self, gen_ref: &PyRef) -> bool {
        let gen = gen_of(gen_ref);
        if self.check_recursion().is_err() {
            return false;
        }
        let (cursor, at) = {
            let Ok(mut frame) = gen.frame.try_borrow_mut() else {
                return false;
            };
            let started = match frame.status {
                Status::Suspended => true,
                Status::Created => false,
                _ => return false,
            };
            let in_handler = frame
                .at
                .blocks
                .iter()
                .any(|b| matches!(b, Block::ExceptHandler { .. }));
            if frame.object.is_some() || in_handler {
                return false;
            }
            frame.status = Status::Running;
            let nslots = gen
                .code
                .downcast::<CodeObj>()
                .expect("a code")
                .unit
                .nslots();
            let mut cursor = frame.values.cursor(nslots);
            if started {
                cursor.push(Value::None);
            }
            (cursor, std::mem::take(&mut frame.at))
        };
        self.push_frame_record(gen.code.clone(), gen.globals.clone(), None, cursor, None);
        let top = self.frames.last_mut().expect("the generator's frame");
        top.ip = at.ip;
        top.generator = Some(gen_ref.clone());
        let mut at = at;
        self.blocks.append(&mut at.blocks);
        true
    }

    /// An inline-resumed generator's frame (just popped: its registers `cursor`, next
    /// instruction `ip`, blocks `blocks`) yields: the generator is suspended there. If the
    /// frame yields inside an `except` block, the exception it handles becomes the
    /// generator's own and the resumer's comes back (as `gen_run` does).
    pub(crate) fn suspend_inline(
        &mut self,
        gen_ref: &PyRef,
        ip: usize,
        cursor: &crate::vm::stack::Cursor,
        blocks: Blocks,
    ) {
        let gen = gen_of(gen_ref);
        let caller = blocks.iter().find_map(|b| match b {
            Block::ExceptHandler { prev } => Some(prev.clone()),
            _ => None,
        });
        let own = match caller {
            Some(caller) => std::mem::replace(&mut self.handled, caller),
            None => None,
        };
        let nslots = gen
            .code
            .downcast::<CodeObj>()
            .expect("a code")
            .unit
            .nslots();
        let mut frame = gen.frame.borrow_mut();
        frame.values.suspended(cursor, nslots);
        frame.status = Status::Suspended;
        frame.at = Resume {
            ip,
            blocks,
            ..Resume::default()
        };
        frame.handled = own;
        if let Some(o) = &frame.object {
            let at = if gen.at_yield_from(ip) {
                ip
            } else {
                ip.saturating_sub(1)
            };
            frame_of(o).suspend(at);
        }
    }

    /// An inline-resumed generator's frame ended (returned, or raised `err`): the generator is
    /// finished. Returns what the exception becomes on its way out of a generator (PEP 479).
    pub(crate) fn finish_inline(&mut self, gen_ref: &PyRef, err: Option<PyErr>) -> Option<PyErr> {
        let gen = gen_of(gen_ref);
        drop(finished(gen));
        err.map(|e| left_generator(stop_iteration_to_runtime_error(gen.kind, e)))
    }

    /// A generator's frame is ending (its registers `cur`, stopped at `ip`): if its frame
    /// object is held by more than the generator, the object takes the variables.
    pub(crate) fn leave_generator_frame_object(
        &mut self,
        obj: PyRef,
        cur: &mut crate::vm::stack::Cursor,
        ip: usize,
    ) {
        // (the generator holds one reference, `obj` another)
        if obj.refcount() <= 2 {
            return;
        }
        let f = frame_of(&obj);
        let values = cur.take_slots(f.code_obj().unit.nslots());
        f.detach(values, ip, None);
    }

    /// Raises `e` inside the generator where it is suspended (ending a delegation first).
    fn gen_throw_here(&mut self, gen_ref: &PyRef, e: PyErr) -> PyResult<GenStep> {
        let gen = gen_of(gen_ref);
        if gen.delegate().is_some() {
            gen.end_delegation();
        }
        self.gen_resume(gen_ref, Action::Throw(e))
    }

    /// Runs `f` with the generator marked as running (while it works on its sub-iterator).
    fn gen_busy<T>(&mut self, gen: &GenObj, f: impl FnOnce(&mut Vm) -> T) -> T {
        gen.set_status(Status::Running);
        let r = f(self);
        gen.set_status(Status::Suspended);
        r
    }

    /// `gen.throw(*args)`, delegating to a `yield from`'s sub-iterator first (CPython's
    /// `_gen_throw`).
    pub(crate) fn gen_throw(&mut self, gen_ref: &PyRef, args: &[Value]) -> PyResult<GenStep> {
        self.gen_throw_with(gen_ref, args, true)
    }

    /// `gen_throw`; without `close_on_exit` a GeneratorExit is thrown into the sub-iterator
    /// rather than closing it, so that an async generator being closed (`athrow`/`aclose`)
    /// can still await in its cleanup (CPython's `close_on_genexit`).
    pub(crate) fn gen_throw_with(
        &mut self,
        gen_ref: &PyRef,
        args: &[Value],
        close_on_exit: bool,
    ) -> PyResult<GenStep> {
        let gen = gen_of(gen_ref);
        if gen.kind == GenKind::Coroutine && gen.status() == Status::Finished {
            return Err(exc!(
                runtime_error,
                "cannot reuse already awaited coroutine"
            ));
        }
        let Some(sub) = gen.delegate() else {
            let e = self.thrown_exception(args)?;
            return self.gen_resume(gen_ref, Action::Throw(e));
        };
        if close_on_exit && is_generator_exit(&args[0]) {
            // Closing: close the sub-iterator, then raise in this frame.
            return match self.gen_busy(gen, |vm| vm.close_iter(&sub)) {
                Ok(()) => {
                    let e = self.thrown_exception(args)?;
                    self.gen_throw_here(gen_ref, e)
                }
                Err(e) => self.gen_throw_here(gen_ref, e),
            };
        }
        let ret = if let Some(s) = sub.as_obj().filter(|o| o.is::<GenObj>()) {
            self.gen_busy(gen, |vm| vm.gen_throw_with(s, args, close_on_exit))
        } else {
            let meth = match self.getattr(&sub, &crate::objects::strings::str::intern("throw")) {
                Ok(m) => m,
                Err(e) if e.matches(&types().exc.attribute_error) => {
                    let e = self.thrown_exception(args)?;
                    return self.gen_throw_here(gen_ref, e);
                }
                Err(e) => return Err(e),
            };
            self.gen_busy(gen, |vm| vm.call(&meth, Args::positional(args)))
                .map(GenStep::Yield)
        };
        match ret {
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(v)) => {
                gen.end_delegation();
                self.gen_resume(gen_ref, Action::Send(v))
            }
            Err(e) if e.matches(&types().exc.stop_iteration) => {
                gen.end_delegation();
                self.gen_resume(gen_ref, Action::Send(stop_value(&e)))
            }
            Err(e) => self.gen_throw_here(gen_ref, e),
        }
    }

    /// `gen.close()`.
    pub(crate) fn gen_close(&mut self, gen_ref: &PyRef) -> PyResult<()> {
        let gen = gen_of(gen_ref);
        let closed_sub = match gen.delegate() {
            Some(sub) => self.gen_busy(gen, |vm| vm.close_iter(&sub)),
            None => Ok(()),
        };
        let e = match closed_sub {
            Ok(()) => PyErr::with_args(&types().exc.generator_exit, vec![]),
            Err(e) => e,
        };
        match self.gen_throw_here(gen_ref, e) {
            Ok(GenStep::Yield(_)) => Err(exc!(
                runtime_error,
                "{} ignored GeneratorExit",
                gen.kind.noun()
            )),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e)
                if e.matches(&types().exc.stop_iteration)
                    || e.matches(&types().exc.generator_exit) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Closes a `yield from` sub-iterator: `close()` if it has one.
    fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        if let Some(g) = sub.as_obj().filter(|o| o.is::<GenObj>()) {
            return self.gen_close(g);
        }
        match self.getattr(sub, &crate::objects::strings::str::intern("close")) {
            Ok(m) => self.call(&m, Args::positional(&[])).map(drop),
            Err(e) if e.matches(&types().exc.attribute_error) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// One step of `yield from` (`YIELD_FROM`, with the sub-iterator `sub` on top of the
    /// stack): sends `v` and returns `Ok(what the sub-iterator yields)`, or, once it is done,
    /// `Err(its return value)` (which replaces it on the stack). A generator is resumed
    /// directly; other iterators get `next()` for None and `send(v)` otherwise. (A class's
    /// `__next__` is called directly, as its `next` slot drops the value of the
    /// StopIteration it raises.)
    pub(crate) fn yield_from_step(
        &mut self,
        sub: &Value,
        v: Value,
    ) -> PyResult<Result<Value, Value>> {
        let is_class = || sub.class().downcast::<TypeObject>().is_some_and(|t| t.heap);
        let step = if let Some(g) = sub.as_obj().filter(|o| o.is::<GenObj>()) {
            self.gen_resume(g, Action::Send(v))
        } else if let Some(a) = sub.downcast::<awaitables::AwaitObj>() {
            // (not through the iterator protocol, which drops a StopIteration's value)
            awaitables::await_send(self, a, v).map(GenStep::Yield)
        } else if v.is_none() && is_class() {
            self.call_method(sub, "__next__", &[]).map(GenStep::Yield)
        } else if v.is_none() {
            self.next(sub)
                .map(|x| x.map_or(GenStep::Return(Value::None), GenStep::Yield))
        } else {
            self.call_method(sub, "send", &[v]).map(GenStep::Yield)
        };
        match step {
            Ok(GenStep::Yield(x)) => Ok(Ok(x)),
            Ok(GenStep::Return(r)) => Ok(Err(r)),
            Err(e) if e.matches(&types().exc.stop_iteration) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        }
    }
}

/// `gen.send(v)` as Python sees it: the yielded value, or StopIteration carrying the
/// returned one. Also what `next(gen)` does, so `next()` reports a return value. `gen` is
/// a generator.
pub fn send(vm: &mut Vm, gen: &Value, v: Value) -> PyResult<Value> {
    // (both callers checked the receiver: the method table, and `next()`)
    let g = gen
        .as_obj()
        .filter(|o| o.is::<GenObj>())
        .expect("a generator");
    match vm.gen_resume(g, Action::Send(v))? {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(r) => Err(stop_iteration(r)),
    }
}

/// The generator a method was called on (the table checked the receiver).
fn this<'a>(args: &Args<'a>) -> &'a PyRef {
    args.receiver()
        .as_obj()
        .expect("checked by the method table")
}

pub(crate) fn method_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    send(vm, args.receiver(), args.params()[0].clone())
}

fn method_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    send(vm, args.receiver(), Value::None)
}

pub(crate) fn method_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(&args).clone();
    match vm.gen_throw(&g, args.params())? {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(r) => Err(stop_iteration(r)),
    }
}

pub(crate) fn method_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(&args).clone();
    vm.gen_close(&g).map(|()| Value::None)
}

fn method_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.receiver().clone())
}

fn gen_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn gen_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let g = v.as_obj().expect("a generator");
    Ok(match vm.gen_resume(g, Action::Send(Value::None))? {
        GenStep::Yield(x) => Some(x),
        GenStep::Return(_) => None,
    })
}

pub const SLOTS: TypeSlots = TypeSlots {
    iter: Some(gen_iter),
    next: Some(gen_next),
    ..COMMON_SLOTS
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

pub const METHODS: &[MethodDef] = &[
    crate::method!("send", method_send, One),
    crate::method!("throw", method_throw, Pos(1, 3)),
    crate::method!("close", method_close, NoArgs),
    crate::method!("__next__", method_next, Wrapper(0)),
    crate::method!("__iter__", method_iter, Wrapper(0)),
];

impl crate::objects::trace::Trace for GenObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.globals);
        if let Ok(Some(Value::Obj(f))) = self.finalizer.try_borrow().as_deref() {
            visit(f);
        }
        // (a running generator's frame is on the value stack, not here)
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(o) = &f.object {
                visit(o);
                // (the variables our frame's object holds are ours, see `frame`)
                let fo = frame_of(o);
                if fo.is_generator() {
                    fo.trace_variables(visit);
                }
            }
            if f.status != Status::Running {
                crate::objects::trace::visit_values(f.values.values(), visit);
            }
            if let Some(h) = &f.handled {
                visit(h.exc());
            }
            if let Some(t) = &f.at.throw {
                visit(t.exc());
            }
        }
    }
    fn clear(&self) {
        // A suspended frame's values go; the generator is finished from then on (and is not
        // closed: the collector has already run the finalizers it was going to run).
        let old = match self.frame.try_borrow_mut() {
            Ok(mut f) if f.status != Status::Running => {
                self.finalized.set(true);
                std::mem::replace(&mut *f, Frame::new(Status::Finished, OwnedFrame::default()))
            }
            _ => return,
        };
        if let Some(o) = &old.object {
            FrameObj::own_values(o);
        }
        drop(old);
    }
}

/// Marks a generator whose frame has ended finished: the eval loop dropped the frame's
/// values or handed them to the frame object (see `leave_generator_frame_object`), which
/// then owns them. Returns the frame object, for the caller to drop once it holds no borrow.
fn finished(gen: &GenObj) -> Option<PyRef> {
    let obj = {
        let mut frame = gen.frame.borrow_mut();
        frame.values.cleared();
        frame.status = Status::Finished;
        frame.object.take()
    };
    if let Some(o) = &obj {
        FrameObj::own_values(o);
    }
    obj
}
