//! The coroutine instructions' work (`GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`,
//! `BEFORE_ASYNC_WITH`) and the `aiter()`/`anext()` builtins, with CPython's messages.
//!
//! The special methods (`__await__`, `__aiter__`, `__anext__`, `__aenter__`, `__aexit__`)
//! are looked up on the type, as CPython's `tp_as_async` slots are: an instance attribute
//! of that name does not count.

use super::{Args, PyResult, Vm};
use crate::bytecode::code::flags;
use crate::exc;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::generator::awaitables::{gen_of_kind, new_awaitable, What};
use crate::objects::callables::generator::coro::asend;
use crate::objects::callables::generator::{GenKind, GenObj};
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::{types, Value};

/// Whether `v` is awaitable as it is: a coroutine, or a generator `types.coroutine` marked.
fn is_coroutine_like(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| match o.downcast::<GenObj>() {
        Some(g) if g.kind == GenKind::Coroutine => true,
        Some(g) if g.kind == GenKind::Generator => g
            .code
            .downcast::<CodeObj>()
            .is_some_and(|c| c.unit.flags & flags::ITERABLE_COROUTINE != 0),
        _ => false,
    })
}

impl Vm {
    /// `type(v).name`, found on the type, if it has one.
    fn type_special(&self, v: &Value, name: &str) -> Option<Value> {
        TypeObject::lookup(v.class(), &crate::objects::strings::str::intern(name))
    }

    /// Calls the special method `name` of `v`'s type on `v`, if the type has one.
    fn call_special(&mut self, v: &Value, name: &str) -> Option<PyResult<Value>> {
        let f = self.type_special(v, name)?;
        Some(self.call_found(f, v, &[]))
    }

    /// The iterator `await v` drives (CPython's `_PyCoro_GetAwaitableIter`): a coroutine as
    /// it is, else what `__await__()` returns, which must be an iterator.
    pub fn awaitable_iter(&mut self, v: &Value) -> PyResult<Value> {
        if is_coroutine_like(v) {
            return Ok(v.clone());
        }
        let Some(r) = self.call_special(v, "__await__") else {
            return Err(exc!(
                type_error,
                "object {} can't be used in 'await' expression",
                v.type_name()
            ));
        };
        let it = r?;
        if is_coroutine_like(&it) {
            return Err(exc!(type_error, "__await__() returned a coroutine"));
        }
        if super::protocol::slots(&it).next.is_none()
            && self.type_special(&it, "__next__").is_none()
        {
            return Err(exc!(
                type_error,
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            ));
        }
        Ok(it)
    }

    /// `GET_AWAITABLE`: `of` is 0 for an `await` expression, 1 and 2 for the results of
    /// `__aenter__` and `__aexit__` (their own messages).
    pub(crate) fn get_awaitable(&mut self, v: &Value, of: usize) -> PyResult<Value> {
        let it = match self.awaitable_iter(v) {
            Ok(it) => it,
            Err(e) if of != 0 && self.type_special(v, "__await__").is_none() => {
                drop(e);
                let which = if of == 1 { "__aenter__" } else { "__aexit__" };
                return Err(exc!(
                    type_error,
                    "'async with' received an object from {} that does not implement __await__: {}",
                    which,
                    v.type_name()
                ));
            }
            Err(e) => return Err(e),
        };
        if it
            .as_obj()
            .and_then(|o| o.downcast::<GenObj>())
            .is_some_and(|g| g.kind == GenKind::Coroutine && g.awaiting())
        {
            return Err(exc!(runtime_error, "coroutine is being awaited already"));
        }
        Ok(it)
    }

    /// `GET_YIELD_FROM_ITER` in a frame of `code`: a generator stays as it is, and so does a
    /// coroutine in a coroutine (a `types.coroutine` generator); anything else is iterated.
    pub(crate) fn yield_from_iter(&mut self, x: Value, code: &CodeObj) -> PyResult<Value> {
        match x
            .as_obj()
            .and_then(|o| o.downcast::<GenObj>())
            .map(|g| g.kind)
        {
            Some(GenKind::Generator) => Ok(x),
            Some(GenKind::Coroutine) => {
                if code.unit.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0 {
                    return Err(exc!(
                        type_error,
                        "cannot 'yield from' a coroutine object in a non-coroutine generator"
                    ));
                }
                Ok(x)
            }
            _ => self.iter(&x),
        }
    }

    /// `GET_AITER`: `v.__aiter__()`, which must have `__anext__`.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(r) = self.call_special(v, "__aiter__") else {
            return Err(exc!(
                type_error,
                "'async for' requires an object with __aiter__ method, got {}",
                v.type_name()
            ));
        };
        let it = r?;
        if self.type_special(&it, "__anext__").is_none() {
            return Err(exc!(
                type_error,
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type_name()
            ));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if aiter
            .as_obj()
            .is_some_and(|o| gen_of_kind(o, GenKind::AsyncGenerator))
        {
            crate::objects::callables::generator::hooks::init_hooks(self, aiter)?;
            return Ok(asend(aiter, Value::None));
        }
        let Some(r) = self.call_special(aiter, "__anext__") else {
            return Err(exc!(
                type_error,
                "'async for' requires an iterator with __anext__ method, got {}",
                aiter.type_name()
            ));
        };
        let next = r?;
        self.awaitable_iter(&next).map_err(|e| {
            exc!(
                type_error,
                "'async for' received an invalid object from __anext__: {}",
                next.type_name()
            )
            .caused_by(e)
        })
    }

    /// `END_ASYNC_FOR`'s test: whether the exception ending an `async for` step is the
    /// loop's normal end.
    pub(crate) fn ends_async_for(&self, exc: &Value) -> bool {
        TypeObject::is_subtype(exc.class(), &types().exc.stop_async_iteration)
    }

    /// `BEFORE_ASYNC_WITH`: `(mgr.__aexit__ bound, mgr.__aenter__())`.
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let missing = |extra: &str| {
            exc!(
                type_error,
                "'{}' object does not support the asynchronous context manager protocol{}",
                mgr.type_name(),
                extra
            )
        };
        let enter = self
            .type_special(mgr, "__aenter__")
            .ok_or_else(|| missing(""))?;
        let exit = self
            .type_special(mgr, "__aexit__")
            .ok_or_else(|| missing(" (missed __aexit__ method)"))?;
        let owner = mgr.class().clone();
        let exit = self.descr_get(exit, Some(mgr), &owner)?;
        let entered = self.call_found(enter, mgr, &[])?;
        Ok((exit, entered))
    }
}

/// `aiter(async_iterable)`
fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let Some(r) = vm.call_special(v, "__aiter__") else {
        return Err(exc!(
            type_error,
            "'{}' object is not an async iterable",
            v.type_name()
        ));
    };
    let it = r?;
    if vm.type_special(&it, "__anext__").is_none() {
        return Err(exc!(
            type_error,
            "aiter() returned not an async iterator of type '{}'",
            it.type_name()
        ));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`
fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let ait = &pos[0];
    if vm.type_special(ait, "__anext__").is_none() {
        return Err(exc!(
            type_error,
            "'{}' object is not an async iterator",
            ait.type_name()
        ));
    }
    let awaitable = vm.call_special(ait, "__anext__").expect("checked")?;
    match pos.get(1) {
        None => Ok(awaitable),
        Some(default) => Ok(new_awaitable(
            &types().anext_awaitable,
            awaitable,
            What::ANext(default.clone()),
        )),
    }
}

pub const FUNCTIONS: &[crate::objects::classes::typeobj::MethodDef] = &[
    crate::method!("aiter", builtin_aiter, One),
    crate::method!("anext", builtin_anext, Pos(1, 2)),
];
