//! The awaitable helper objects of coroutines and async generators: `coroutine_wrapper`
//! (`coro.__await__()`), `async_generator_asend` (`agen.__anext__()`, `agen.asend(v)`),
//! `async_generator_athrow` (`agen.athrow(...)`, `agen.aclose()`) and `anext_awaitable`
//! (`anext(ait, default)`). They share one payload, [`AwaitObj`]; what differs is the
//! [`What`] it drives.
//!
//! An async generator's frame yields for two reasons: its own `yield` (a value for the
//! `async for` that drives it) and an `await` inside it passing a value up to the event
//! loop. The frame tells them apart by where it stopped — suspended at a `SEND` means an
//! `await` ([`GenObj::awaiting`]) — which is what CPython's wrapped values
//! (`ASYNC_GEN_WRAP`) encode. An own `yield` ends the `asend` awaitable with
//! `StopIteration(value)`; an `await`'s value passes through it unchanged.
//!
//! States (CPython's `AWAITABLE_STATE_*`): an asend/athrow starts `Init`, runs as `Iter`,
//! and once it has produced its result (or failed) is `Closed`: awaiting it again is
//! "cannot reuse already awaited ...". While one runs, the generator's `running_async` flag
//! (`ag_running`) rejects a second one ("asynchronous generator is already running").

use std::cell::{Cell, RefCell};

use super::{gen_of, send, stop_iteration, Action, GenKind, GenObj, GenStep};
use crate::exc;
use crate::objects::classes::typeobj::{MethodDef, TypeSlots, TypeSpec};
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::strings::str::new_str;
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// What an awaitable drives.
pub enum What {
    /// `coroutine_wrapper`: the coroutine, step for step.
    Wrapper,
    /// `async_generator_asend`: one step of the async generator, first sending this value.
    ASend(RefCell<Value>),
    /// `async_generator_athrow`: throws `throw()`'s arguments in, or GeneratorExit for
    /// `aclose()` (`None`).
    AThrow(Option<Vec<Value>>),
    /// `anext_awaitable`: the awaitable `__anext__()` returned, whose StopAsyncIteration
    /// becomes `StopIteration(default)`.
    ANext(Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

pub struct AwaitObj {
    /// The coroutine or async generator (for `anext_awaitable`, the awaitable).
    target: Value,
    what: What,
    state: Cell<State>,
}

impl AwaitObj {
    fn gen(&self) -> &PyRef {
        self.target.as_obj().expect("an awaitable's generator")
    }
}

/// A new awaitable of type `cls` over `target`.
pub fn new_awaitable(cls: &PyRef, target: Value, what: What) -> Value {
    Value::Obj(PyRef::new(
        cls,
        AwaitObj {
            target,
            what,
            state: Cell::new(State::Init),
        },
    ))
}

fn this<'a>(args: &Args<'a>) -> &'a AwaitObj {
    args.receiver()
        .downcast::<AwaitObj>()
        .expect("checked by the method table")
}

/// An async generator's own `yield` ends the step with StopIteration; what an `await`
/// inside it yields passes through; its end is StopAsyncIteration (CPython's
/// `async_gen_unwrap_value`).
fn unwrap(gen: &GenObj, r: PyResult<GenStep>) -> PyResult<Value> {
    match r {
        Ok(GenStep::Yield(v)) if gen.awaiting() => Ok(v),
        Ok(GenStep::Yield(v)) => {
            gen.running_async.set(false);
            Err(PyErr::with_args(&types().exc.stop_iteration, vec![v]))
        }
        Ok(GenStep::Return(_)) => {
            gen.closed.set(true);
            gen.running_async.set(false);
            Err(PyErr::with_args(&types().exc.stop_async_iteration, vec![]))
        }
        Err(e) => {
            if e.matches(&types().exc.stop_async_iteration)
                || e.matches(&types().exc.generator_exit)
            {
                gen.closed.set(true);
            }
            gen.running_async.set(false);
            Err(e)
        }
    }
}

/// `Yield` as the value, `Return` as StopIteration (a coroutine's step seen from outside).
fn step_value(r: GenStep) -> PyResult<Value> {
    match r {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(r) => Err(stop_iteration(r)),
    }
}

/// `send(arg)` on any of the awaitables: what `await` drives them with.
pub fn await_send(vm: &mut Vm, a: &AwaitObj, arg: Value) -> PyResult<Value> {
    match &a.what {
        What::Wrapper => send(vm, &a.target, arg),
        What::ASend(first) => asend_send(vm, a, first, arg),
        What::AThrow(args) => athrow_send(vm, a, args.as_deref(), arg),
        What::ANext(default) => anext_proxy(vm, a, default, |vm, it| match arg {
            Value::None => vm.call_method(it, "__next__", &[]),
            arg => vm.call_method(it, "send", &[arg]),
        }),
    }
}

fn asend_send(vm: &mut Vm, a: &AwaitObj, first: &RefCell<Value>, arg: Value) -> PyResult<Value> {
    let gen = gen_of(a.gen());
    let mut arg = arg;
    match a.state.get() {
        State::Closed => {
            return Err(exc!(
                runtime_error,
                "cannot reuse already awaited __anext__()/asend()"
            ))
        }
        State::Init => {
            if gen.running_async.get() {
                a.state.set(State::Closed);
                return Err(exc!(
                    runtime_error,
                    "anext(): asynchronous generator is already running"
                ));
            }
            if arg.is_none() {
                arg = first.replace(Value::None);
            }
            a.state.set(State::Iter);
        }
        State::Iter => {}
    }
    gen.running_async.set(true);
    let r = vm.gen_resume(a.gen(), Action::Send(arg));
    let r = unwrap(gen, r);
    if r.is_err() {
        a.state.set(State::Closed);
    }
    r
}

/// The end of an `aclose()` step: the generator yielded a value of its own instead of
/// finishing ("ignored GeneratorExit"), or finished, which ends the awaitable with
/// StopIteration.
fn aclose_result(a: &AwaitObj, gen: &GenObj, r: PyResult<GenStep>) -> PyResult<Value> {
    let done = |e: PyErr| {
        gen.running_async.set(false);
        a.state.set(State::Closed);
        if e.matches(&types().exc.stop_async_iteration) || e.matches(&types().exc.generator_exit) {
            PyErr::with_args(&types().exc.stop_iteration, vec![])
        } else {
            e
        }
    };
    match r {
        Ok(GenStep::Yield(v)) if gen.awaiting() => Ok(v),
        Ok(GenStep::Yield(_)) => {
            gen.running_async.set(false);
            a.state.set(State::Closed);
            Err(exc!(runtime_error, "async generator ignored GeneratorExit"))
        }
        Ok(GenStep::Return(_)) => Err(done(PyErr::with_args(
            &types().exc.stop_async_iteration,
            vec![],
        ))),
        Err(e) => Err(done(e)),
    }
}

fn athrow_send(vm: &mut Vm, a: &AwaitObj, args: Option<&[Value]>, arg: Value) -> PyResult<Value> {
    let gen_ref = a.gen().clone();
    let gen = gen_of(&gen_ref);
    if a.state.get() == State::Closed {
        return Err(exc!(
            runtime_error,
            "cannot reuse already awaited aclose()/athrow()"
        ));
    }
    if gen.finished() {
        a.state.set(State::Closed);
        return Err(PyErr::with_args(&types().exc.stop_iteration, vec![]));
    }
    if a.state.get() == State::Iter {
        let r = vm.gen_resume(&gen_ref, Action::Send(arg));
        return match args {
            Some(_) => unwrap(gen, r),
            None => aclose_result(a, gen, r),
        };
    }
    if gen.running_async.get() {
        a.state.set(State::Closed);
        let what = if args.is_some() { "athrow" } else { "aclose" };
        return Err(exc!(
            runtime_error,
            "{}(): asynchronous generator is already running",
            what
        ));
    }
    if gen.closed.get() {
        a.state.set(State::Closed);
        return Err(PyErr::with_args(&types().exc.stop_async_iteration, vec![]));
    }
    if !arg.is_none() {
        return Err(exc!(
            runtime_error,
            "can't send non-None value to a just-started coroutine"
        ));
    }
    a.state.set(State::Iter);
    gen.running_async.set(true);
    match args {
        None => {
            gen.closed.set(true);
            let exit = Value::Obj(types().exc.generator_exit.clone());
            let r = vm.gen_throw_with(&gen_ref, &[exit], false);
            aclose_result(a, gen, r)
        }
        Some(args) => {
            let r = vm.gen_throw_with(&gen_ref, args, false);
            let r = unwrap(gen, r);
            if r.is_err() {
                a.state.set(State::Closed);
            }
            r
        }
    }
}

/// `throw(...)` on any of the awaitables.
fn await_throw(vm: &mut Vm, a: &AwaitObj, args: &[Value]) -> PyResult<Value> {
    match &a.what {
        What::Wrapper => step_value(vm.gen_throw(a.gen(), args)?),
        What::ASend(_) => {
            if a.state.get() == State::Closed {
                return Err(exc!(
                    runtime_error,
                    "cannot reuse already awaited __anext__()/asend()"
                ));
            }
            let r = vm.gen_throw(a.gen(), args);
            let r = unwrap(gen_of(a.gen()), r);
            if r.is_err() {
                a.state.set(State::Closed);
            }
            r
        }
        What::AThrow(mode) => {
            if a.state.get() == State::Closed {
                return Err(exc!(
                    runtime_error,
                    "cannot reuse already awaited aclose()/athrow()"
                ));
            }
            let gen_ref = a.gen().clone();
            let r = vm.gen_throw(&gen_ref, args);
            match mode {
                Some(_) => unwrap(gen_of(&gen_ref), r),
                None => aclose_result(a, gen_of(&gen_ref), r),
            }
        }
        What::ANext(default) => {
            anext_proxy(vm, a, default, |vm, it| vm.call_method(it, "throw", args))
        }
    }
}

/// `anext_awaitable`: runs `step` on the wrapped awaitable's iterator; its
/// StopAsyncIteration becomes `StopIteration(default)`.
fn anext_proxy(
    vm: &mut Vm,
    a: &AwaitObj,
    default: &Value,
    step: impl FnOnce(&mut Vm, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let it = vm.awaitable_iter(&a.target)?;
    let it = match it.as_obj().filter(|o| gen_of_kind(o, GenKind::Coroutine)) {
        // (a coroutine steps through its `__await__` wrapper)
        Some(_) => new_awaitable(&types().coroutine_wrapper, it.clone(), What::Wrapper),
        None => it,
    };
    match step(vm, &it) {
        Err(e) if e.matches(&types().exc.stop_async_iteration) => Err(PyErr::with_args(
            &types().exc.stop_iteration,
            vec![default.clone()],
        )),
        r => r,
    }
}

/// Whether `o` is a generator object of kind `kind`.
pub fn gen_of_kind(o: &PyRef, kind: GenKind) -> bool {
    o.downcast::<GenObj>().is_some_and(|g| g.kind == kind)
}

fn method_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    await_send(vm, this(&args), args.params()[0].clone())
}

fn method_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    await_send(vm, this(&args), Value::None)
}

fn method_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    await_throw(vm, this(&args), args.params())
}

fn method_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args);
    match &a.what {
        What::Wrapper => vm.gen_close(a.gen()).map(|()| Value::None),
        What::ANext(_) => {
            let it = vm.awaitable_iter(&a.target)?;
            vm.call_method(&it, "close", &[])
        }
        _ => {
            a.state.set(State::Closed);
            Ok(Value::None)
        }
    }
}

fn method_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.receiver().clone())
}

fn await_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

/// The iterator protocol's view: a StopIteration is the end (its value is lost, as for
/// any iterator; `await` and `next()` go through [`await_send`] and keep it).
fn await_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let a = v.downcast::<AwaitObj>().expect("an awaitable");
    match await_send(vm, a, Value::None) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&types().exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `<async_generator_asend object at 0x...>`
fn await_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(format!(
        "<{} object at {:#x}>",
        v.type_name(),
        vm.id(v)
    )))
}

const SLOTS: TypeSlots = TypeSlots {
    repr: Some(await_repr),
    iter: Some(await_iter),
    next: Some(await_next),
    ..TypeSlots::EMPTY
};

/// `async_generator_asend`, `async_generator_athrow`, `anext_awaitable`: awaitable
/// iterators.
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

/// `coroutine_wrapper`: an iterator only (it has no `__await__`).
pub const WRAPPER_SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS.split_at(METHODS.len() - 1).0,
    getsets: &[],
};

/// (`__await__` last: the wrapper's table is the rest)
const METHODS: &[MethodDef] = &[
    crate::method!("send", method_send, One),
    crate::method!("throw", method_throw, Pos(1, 3)),
    crate::method!("close", method_close, NoArgs),
    crate::method!("__next__", method_next, Wrapper(0)),
    crate::method!("__iter__", method_self, Wrapper(0)),
    crate::method!("__await__", method_self, Wrapper(0)),
];

impl crate::objects::trace::Trace for AwaitObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        use crate::objects::trace::visit_values;
        visit_values(std::slice::from_ref(&self.target), visit);
        match &self.what {
            What::ASend(v) => {
                if let Ok(v) = v.try_borrow() {
                    visit_values(std::slice::from_ref(&*v), visit);
                }
            }
            What::AThrow(Some(args)) => visit_values(args, visit),
            What::ANext(d) => visit_values(std::slice::from_ref(d), visit),
            _ => {}
        }
    }
    fn clear(&self) {
        if let What::ASend(v) = &self.what {
            if let Ok(mut v) = v.try_borrow_mut() {
                let old = std::mem::replace(&mut *v, Value::None);
                drop(v);
                drop(old);
            }
        }
    }
}
