//! The `atexit` module, as CPython's `atexitmodule.c`: `register(func, *args, **kwargs)`,
//! `unregister(func)`, `_run_exitfuncs()`, `_clear()`, `_ncallbacks()`.
//!
//! The callbacks live in one interpreter-wide table (a root: what they refer to stays alive
//! until they ran). `unregister` empties slots without shrinking the table, so
//! `_ncallbacks()` counts them until the table is cleared, as CPython's does. At exit the
//! runner calls [`run_exitfuncs`] once, after the uncaught exception (if any) was reported
//! and before the `__main__` module is torn down: the callbacks run newest first, and what
//! one raises (`SystemExit` included) is reported as "Exception ignored in atexit callback:
//! <func>" with its traceback, the others still running.

use std::cell::RefCell;

use crate::exc;
use crate::method;
use crate::objects::core::GilStatic;
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

/// One registered call: `func(*values[..npos], **dict(zip(kwnames, values[npos..])))`.
struct Callback {
    func: Value,
    values: Vec<Value>,
    kwnames: Vec<Value>,
}

fn table() -> &'static RefCell<Vec<Option<Callback>>> {
    static TABLE: GilStatic<RefCell<Vec<Option<Callback>>>> =
        GilStatic::new(RefCell::new(Vec::new()));
    TABLE.get(crate::gil::token())
}

fn register(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(func) = args.pos().first() else {
        return Err(exc!(
            type_error,
            "register() takes at least 1 argument (0 given)"
        ));
    };
    if !crate::objects::callables::function::is_callable(func) {
        return Err(exc!(type_error, "the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        values: args.values[1..].to_vec(),
        kwnames: args.kwnames.to_vec(),
    };
    table().borrow_mut().push(Some(cb));
    Ok(func.clone())
}

fn unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let func = &args.pos()[0];
    let n = table().borrow().len();
    for i in 0..n {
        // (copied out: the comparison may run Python code that changes the table)
        let Some(f) = table()
            .borrow()
            .get(i)
            .and_then(|c| c.as_ref().map(|c| c.func.clone()))
        else {
            continue;
        };
        if vm.eq(&f, func)? {
            let old = table().borrow_mut().get_mut(i).and_then(Option::take);
            drop(old);
        }
    }
    Ok(Value::None)
}

fn run_exitfuncs_fn(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let old = std::mem::take(&mut *table().borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn ncallbacks(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(table().borrow().len() as i64))
}

/// Calls the registered callbacks, newest first, reporting what they raise, then empties
/// the table (CPython's `atexit_callfuncs`).
pub fn run_exitfuncs(vm: &mut Vm) {
    let n = table().borrow().len();
    for i in (0..n).rev() {
        let call = table().borrow().get(i).and_then(|c| {
            c.as_ref()
                .map(|c| (c.func.clone(), c.values.clone(), c.kwnames.clone()))
        });
        let Some((func, values, kwnames)) = call else {
            continue;
        };
        let handled = vm.handled.take();
        let result = vm.call(&func, Args::new(&values, &kwnames));
        vm.handled = handled;
        if let Err(e) = result {
            let what = vm.repr_string(&func).unwrap_or_default();
            let mut report = format!("Exception ignored in atexit callback: {what}\n");
            vm.format_one(e.exc(), &mut report);
            let _ = crate::modules::sys::write_to_sys_stderr(vm, &report);
        }
        drop((func, values, kwnames));
        vm.run_pending_finalizers();
    }
    let old = std::mem::take(&mut *table().borrow_mut());
    drop(old);
    vm.run_pending_finalizers();
}

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    Ok(super::new_native_module(
        "atexit",
        &[
            method!("register", register),
            method!("unregister", unregister, One),
            method!("_run_exitfuncs", run_exitfuncs_fn, NoArgs),
            method!("_clear", clear, NoArgs),
            method!("_ncallbacks", ncallbacks, NoArgs),
        ],
    ))
}
