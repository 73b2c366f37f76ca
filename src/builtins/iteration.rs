//! Builtins that consume iterables: `len`, `min`, `max`, `sum`, `sorted`, `any`, `all`,
//! `iter`, `next`. (`enumerate`, `zip`, `map`, `filter` and `reversed` are types, with `new`
//! slots in `objects::iter`; `list`, `tuple`, `dict`, `set`, `frozenset` and `range` are
//! types too.)

use crate::bytecode::opcode::CompareKind;
use crate::exc;
use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::list::{list_value, sort_kwargs, sort_list};
use crate::objects::seq::{self, compare_bool};
use crate::objects::str::StrObj;
use crate::objects::typeobj::MethodDef;
use crate::objects::{types, Value};
use crate::vm::protocol::slots;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("len")?;
    args.check_count("len", 1, 1)?;
    let n = vm.len(&args.pos()[0])?;
    Ok(Value::Int(n as i64))
}

/// `min`/`max`: `op` is `Lt` for min, `Gt` for max (CPython compares `item op best`).
fn min_max(vm: &mut Vm, args: Args, op: CompareKind) -> PyResult<Value> {
    let name = if op == CompareKind::Lt { "min" } else { "max" };
    let pos = args.pos();
    if pos.is_empty() {
        return Err(crate::vm::args::arg_count_error(name, 1, usize::MAX, 0));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for {}()",
                    k,
                    name
                ))
            }
        }
    }
    let several = pos.len() > 1;
    if several && default.is_some() {
        return Err(exc!(
            type_error,
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        ));
    }
    let mut best: Option<(Value, Value)> = None; // (item, its key)
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => compare_bool(vm, &k, best_key, op)?,
        };
        if better {
            best = Some((item, k));
        }
        Ok(())
    };
    if several {
        for item in pos {
            consider(vm, item.clone())?;
        }
    } else {
        let it = vm.iter(&pos[0])?;
        while let Some(item) = vm.next(&it)? {
            consider(vm, item)?;
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => default.ok_or_else(|| exc!(value_error, "{}() arg is an empty sequence", name)),
    }
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, CompareKind::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, CompareKind::Gt)
}

/// `sum(iterable, /, start=0)` with CPython's int and float fast paths (3.11: plain float
/// addition, no compensated summation).
fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut start = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if k != "start" {
            return Err(exc!(
                type_error,
                "sum() got an unexpected keyword argument '{}'",
                k
            ));
        }
        start = Some(v.clone());
    }
    if pos.is_empty() {
        return Err(exc!(
            type_error,
            "sum() takes at least 1 positional argument (0 given)"
        ));
    }
    if pos.len() > 2 {
        return Err(exc!(
            type_error,
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        ));
    }
    let mut result = start.unwrap_or(Value::Int(0));
    if result.downcast::<StrObj>().is_some() {
        return Err(exc!(
            type_error,
            "sum() can't sum strings [use ''.join(seq) instead]"
        ));
    }
    match result.type_name().as_str() {
        "bytes" => {
            return Err(exc!(
                type_error,
                "sum() can't sum bytes [use b''.join(seq) instead]"
            ))
        }
        "bytearray" => {
            return Err(exc!(
                type_error,
                "sum() can't sum bytearray [use b''.join(seq) instead]"
            ))
        }
        _ => {}
    }
    let it = vm.iter(&pos[0])?;
    // The int loop: exact ints accumulate in an i64 until one overflows or a non-int comes.
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = vm.next(&it)? else {
                return Ok(Value::Int(acc));
            };
            let b = match item {
                Value::Int(b) => Some(b),
                Value::Bool(b) => Some(b as i64),
                _ => None,
            };
            if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                acc = s;
                continue;
            }
            result = vm.binary_op(crate::ast::BinOp::Add, &Value::Int(acc), &item, false)?;
            break;
        }
    }
    // The float loop.
    if let Value::Float(mut acc) = result {
        loop {
            let Some(item) = vm.next(&it)? else {
                return Ok(Value::Float(acc));
            };
            match item {
                Value::Float(x) => acc += x,
                Value::Int(i) => acc += i as f64,
                Value::Bool(b) => acc += b as i64 as f64,
                _ => {
                    result =
                        vm.binary_op(crate::ast::BinOp::Add, &Value::Float(acc), &item, false)?;
                    break;
                }
            }
        }
    }
    while let Some(item) = vm.next(&it)? {
        result = vm.binary_op(crate::ast::BinOp::Add, &result, &item, false)?;
    }
    Ok(result)
}

fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(crate::vm::args::arg_count_error("sorted", 1, 1, pos.len()));
    }
    let items = seq::collect_fast(vm, &pos[0])?;
    let (key, reverse) = sort_kwargs(vm, &args, "sort")?;
    let list = list_value(items);
    sort_list(vm, &list, key.as_ref(), reverse)?;
    Ok(list)
}

fn any_all(vm: &mut Vm, args: Args, name: &str, want: bool) -> PyResult<Value> {
    args.no_kwargs(name)?;
    args.check_count(name, 1, 1)?;
    let it = vm.iter(&args.pos()[0])?;
    while let Some(item) = vm.next(&it)? {
        if vm.truthy(&item)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

/// Whether `v` can be called.
pub fn is_callable(v: &Value) -> bool {
    v.downcast::<BuiltinFunctionObj>().is_some()
        || v.downcast::<BoundMethodObj>().is_some()
        || v.downcast::<FunctionObj>().is_some()
        || slots(v).call.is_some()
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("iter")?;
    args.check_count("iter", 1, 2)?;
    match args.pos() {
        [v] => vm.iter(v),
        [f, sentinel] => {
            if !is_callable(f) {
                return Err(exc!(type_error, "iter(v, w): v must be callable"));
            }
            Ok(crate::objects::iter::new_callable_iter(
                f.clone(),
                sentinel.clone(),
            ))
        }
        _ => unreachable!("count checked"),
    }
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("next")?;
    args.check_count("next", 1, 2)?;
    let pos = args.pos();
    match vm.next(&pos[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::with_args(&types().exc.stop_iteration, vec![])),
        },
        Err(e) if pos.len() == 2 && e.matches(&types().exc.stop_iteration) => Ok(pos[1].clone()),
        Err(e) => Err(e),
    }
}

pub const FUNCTIONS: &[MethodDef] = &[
    crate::method!("len", builtin_len),
    crate::method!("min", builtin_min),
    crate::method!("max", builtin_max),
    crate::method!("sum", builtin_sum),
    crate::method!("sorted", builtin_sorted),
    crate::method!("any", builtin_any),
    crate::method!("all", builtin_all),
    crate::method!("iter", builtin_iter),
    crate::method!("next", builtin_next),
];
