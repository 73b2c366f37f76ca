//! PEP 525's async generator hooks: `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks`
//! (per thread, kept in the [`Vm`]), `firstiter` called with an async generator the first
//! time one of its `__anext__`/`asend`/`athrow`/`aclose` is made, and the `finalizer` of that
//! moment remembered by the generator, called instead of closing it when it is freed
//! unfinished (an event loop uses them to close generators with `await`s in `finally`).

use super::{gen_of, GenKind, Status};
use crate::exc;
use crate::objects::callables::function::is_callable;
use crate::objects::classes::typeobj::type_name;
use std::cell::RefCell;

use crate::objects::core::{GilStatic, PyRef};
use crate::objects::Value;
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument left out keeps its hook.
pub fn set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = Clinic {
        fname: "set_asyncgen_hooks",
        names: &["firstiter", "finalizer"],
        posonly: 0,
        minpos: 0,
        maxpos: 2,
    };
    let [firstiter, finalizer] = SIG.bind(&args)?;
    // (both are checked before either is set, as CPython does)
    for (name, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v {
            if !v.is_none() && !is_callable(v) {
                return Err(exc!(
                    type_error,
                    "callable {} expected, got {}",
                    name,
                    type_name(v.class())
                ));
            }
        }
    }
    let hook = |v: Value| (!v.is_none()).then_some(v);
    if let Some(f) = finalizer {
        let old = std::mem::replace(&mut vm.asyncgen_hooks.1, hook(f.clone()));
        drop(old);
    }
    if let Some(f) = firstiter {
        let old = std::mem::replace(&mut vm.asyncgen_hooks.0, hook(f.clone()));
        drop(old);
    }
    Ok(Value::None)
}

static HOOKS_TYPE: GilStatic<RefCell<Option<PyRef>>> = GilStatic::new(RefCell::new(None));

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
pub fn get_asyncgen_hooks(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // (one type for the process: a type made per call would outlive its instances)
    let ty = HOOKS_TYPE
        .get(vm.gil())
        .borrow_mut()
        .get_or_insert_with(|| {
            crate::modules::structseq::new_type(
                "sys",
                "asyncgen_hooks",
                &["firstiter", "finalizer"],
                false,
            )
        })
        .clone();
    let (first, fin) = &vm.asyncgen_hooks;
    let items = [first, fin].map(|h| h.clone().unwrap_or(Value::None));
    Ok(crate::modules::structseq::new(
        &ty,
        items.into_iter().collect(),
    ))
}

/// Before an async generator's first awaitable is made: remembers the finalizer hook and
/// calls the firstiter hook with it (once per generator).
pub fn init_hooks(vm: &mut Vm, agen: &Value) -> PyResult<()> {
    let Some(g) = agen.as_obj() else {
        return Ok(());
    };
    let gen = gen_of(g);
    if gen.kind != GenKind::AsyncGenerator || gen.hooks_inited.replace(true) {
        return Ok(());
    }
    if let Some(fin) = vm.asyncgen_hooks.1.clone() {
        *gen.finalizer.borrow_mut() = Some(fin);
    }
    if let Some(first) = vm.asyncgen_hooks.0.clone() {
        let argv = [agen.clone()];
        vm.call(&first, Args::new(&argv, &[]))?;
    }
    Ok(())
}

/// The finalizer to call for an async generator being freed or collected unfinished.
pub(super) fn pending_finalizer(g: &PyRef) -> Option<Value> {
    let gen = gen_of(g);
    if gen.closed.get() || !matches!(gen.status(), Status::Created | Status::Suspended) {
        return None;
    }
    gen.finalizer.borrow_mut().take()
}
