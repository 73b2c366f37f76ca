//! The `coroutine` and `async_generator` types: the same [`GenObj`] frame machinery as
//! generators (see the parent module), with the methods of their protocols. A coroutine is
//! not iterable; it is awaited (`__await__`, or `SEND` resuming it directly) and driven with
//! `send`/`throw`/`close`. An async generator is stepped through the awaitables of
//! `awaitables` (`__anext__`, `asend`, `athrow`, `aclose`).

use super::awaitables::{new_awaitable, What};
use super::{method_close, method_send, method_throw, COMMON_SLOTS};
use crate::objects::classes::typeobj::{MethodDef, TypeSpec};
use crate::objects::types;
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

/// `coro.__await__()`: a `coroutine_wrapper` stepping the coroutine.
fn coro_await(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_awaitable(
        &types().coroutine_wrapper,
        args.receiver().clone(),
        What::Wrapper,
    ))
}

/// Getters for the frame attributes, so that `dir()` lists them (the values come from
/// the generator machinery's `attribute`).
macro_rules! frame_getters {
    ($($getter:ident = $short:literal;)*) => {
        $(fn $getter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            Ok(super::attribute(vm, v, $short))
        })*
    };
}

frame_getters! {
    get_running = "running";
    get_suspended = "suspended";
    get_frame = "frame";
    get_code = "code";
    get_await = "await";
    get_origin = "origin";
}

pub const CORO_SPEC: TypeSpec = TypeSpec {
    slots: COMMON_SLOTS,
    methods: CORO_METHODS,
    getsets: &[
        crate::getset!("cr_await", get_await),
        crate::getset!("cr_frame", get_frame),
        crate::getset!("cr_running", get_running),
        crate::getset!("cr_suspended", get_suspended),
        crate::member!("cr_code", get_code),
        crate::getset!("cr_origin", get_origin),
    ],
};

const CORO_METHODS: &[MethodDef] = &[
    crate::method!("send", method_send, One),
    crate::method!("throw", method_throw, Pos(1, 3)),
    crate::method!("close", method_close, NoArgs),
    crate::method!("__await__", coro_await, Wrapper(0)),
];

/// `agen.asend(value)` (and `__anext__`, sending None).
pub fn asend(agen: &Value, value: Value) -> Value {
    new_awaitable(
        &types().async_generator_asend,
        agen.clone(),
        What::ASend(RefCell::new(value)),
    )
}

fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.receiver().clone())
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::hooks::init_hooks(vm, args.receiver())?;
    Ok(asend(args.receiver(), Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::hooks::init_hooks(vm, args.receiver())?;
    Ok(asend(args.receiver(), args.params()[0].clone()))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::hooks::init_hooks(vm, args.receiver())?;
    Ok(new_awaitable(
        &types().async_generator_athrow,
        args.receiver().clone(),
        What::AThrow(Some(args.params().to_vec())),
    ))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::hooks::init_hooks(vm, args.receiver())?;
    Ok(new_awaitable(
        &types().async_generator_athrow,
        args.receiver().clone(),
        What::AThrow(None),
    ))
}

pub const AGEN_SPEC: TypeSpec = TypeSpec {
    slots: COMMON_SLOTS,
    methods: AGEN_METHODS,
    getsets: &[
        crate::getset!("ag_await", get_await),
        crate::getset!("ag_frame", get_frame),
        crate::member!("ag_running", get_running),
        crate::member!("ag_code", get_code),
    ],
};

const AGEN_METHODS: &[MethodDef] = &[
    crate::method!("__aiter__", agen_aiter, Wrapper(0)),
    crate::method!("__anext__", agen_anext, Wrapper(0)),
    crate::method!("asend", agen_asend, One),
    crate::method!("athrow", agen_athrow, Pos(1, 3)),
    crate::method!("aclose", agen_aclose, NoArgs),
];
