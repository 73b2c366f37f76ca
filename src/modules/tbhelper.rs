//! `_traceback`: what the embedded `traceback` and `linecache` modules take from the
//! interpreter rather than re-implementing it: the source lines it keeps for tracebacks
//! (`source_line`), where a traceback entry points (`position`) and the marker line its
//! own printer draws (`carets`, the same [`caret_line`](crate::vm::traceback::caret_line)), so
//! the two printers agree.

use crate::ast::Loc;
use crate::exc;
use crate::method;
use crate::objects::exceptions::traceback::TracebackObj;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

fn str_arg<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        exc!(
            type_error,
            "{fname}() argument must be str, not {}",
            v.type_name()
        )
    })
}

fn u32_arg(v: &Value) -> Option<u32> {
    match v {
        Value::Int(i) => u32::try_from(*i).ok(),
        _ => None,
    }
}

/// `source_line(filename, lineno)`: the line (newline removed) or None.
fn source_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [file, line] = crate::vm::params::positional(&args, "source_line", 2, 2)? else {
        unreachable!("checked arity")
    };
    let file = str_arg(file, "source_line")?;
    Ok(u32_arg(line)
        .and_then(|n| vm.interp.source_line(file, n))
        .map_or(Value::None, |s| Value::Obj(new_str(s))))
}

/// `carets(line, lineno, end_lineno, colno, end_colno)`: the marker line (without newline)
/// or None when the interpreter's printer draws none.
fn carets(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::vm::params::positional(&args, "carets", 5, 5)?;
    let line = str_arg(&a[0], "carets")?;
    let nums: Vec<Option<u32>> = a[1..].iter().map(u32_arg).collect();
    let [Some(l), Some(el), Some(c), Some(ec)] = nums[..] else {
        return Ok(Value::None);
    };
    Ok(
        crate::vm::traceback::caret_line(line, Loc::new(l, c, el, ec))
            .map_or(Value::None, |s| Value::Obj(new_str(s))),
    )
}

/// `position(tb)`: `(lineno, end_lineno, colno, end_colno)` of a traceback entry's
/// instruction (`tb_lasti` indexes instructions, not `co_positions()`'s code units).
fn position(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [tb] = crate::vm::params::positional(&args, "position", 1, 1)? else {
        unreachable!("checked arity")
    };
    let Some(t) = tb.downcast::<TracebackObj>() else {
        return Err(exc!(
            type_error,
            "expected a traceback, got '{}'",
            tb.type_name()
        ));
    };
    let code = t.entry.code();
    let mut fields = vec![Value::Int(t.entry.lineno().into())];
    match code.unit.location(t.entry.ip) {
        Some(l) if l.line != 0 => {
            fields.extend([l.end_line, l.col, l.end_col].map(|x| Value::Int(x.into())))
        }
        _ => fields.extend([Value::None, Value::None, Value::None]),
    }
    Ok(crate::objects::containers::tuple::tuple_value(fields))
}

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    Ok(super::new_native_module(
        "_traceback",
        &[
            method!("source_line", source_line),
            method!("carets", carets),
            method!("position", position),
        ],
    ))
}
