//! `_dis`: what the `dis` module (`py/dis.py`) reads of pyvm's bytecode — the instructions
//! of a code object with their meaning, the `--dis` listing (`bytecode::dis`, shared), and
//! the opcode table.

use crate::bytecode::dis::{arg_repr, disassemble, disassemble_one, jump_targets, line_starts};
use crate::bytecode::opcode::{ArgKind, Op};
use crate::exc;
use crate::method;
use crate::objects::callables::code::CodeObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::new_str;
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

fn code_arg(v: &Value) -> PyResult<&CodeObj> {
    v.downcast::<CodeObj>()
        .ok_or_else(|| exc!(type_error, "expected a code object, not {}", v.type_name()))
}

/// `_dis.instructions(code)`: `(opname, opcode, arg, argval, argrepr, offset, starts_line,
/// is_jump_target)` for each instruction (unquickened; offsets are instruction indexes).
fn instructions(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = code_arg(&args.pos()[0])?;
    let u = &code.unit;
    let targets = jump_targets(u);
    let starts = line_starts(u);
    let items = u
        .code
        .iter()
        .enumerate()
        .map(|(i, ins)| {
            let a = ins.arg as usize;
            let kind = ins.op.arg_kind();
            let (arg, argval) = match kind {
                ArgKind::None => (Value::None, Value::None),
                ArgKind::Const => (
                    Value::Int(a as i64),
                    code.consts.get(a).cloned().unwrap_or(Value::None),
                ),
                ArgKind::Name => (
                    Value::Int(a as i64),
                    code.names
                        .get(a)
                        .map_or(Value::None, |n| Value::Obj(n.clone())),
                ),
                ArgKind::Local => (
                    Value::Int(a as i64),
                    code.varnames
                        .get(a)
                        .map_or(Value::None, |n| Value::Obj(n.clone())),
                ),
                ArgKind::Deref => (
                    Value::Int(a as i64),
                    u.cellvars
                        .iter()
                        .chain(&u.freevars)
                        .nth(a)
                        .map_or(Value::None, |n| Value::Obj(new_str(n.as_str()))),
                ),
                ArgKind::Compare => (
                    Value::Int(a as i64),
                    Value::Obj(new_str(arg_repr(u, ins.op, ins.arg))),
                ),
                _ => (Value::Int(a as i64), Value::Int(a as i64)),
            };
            let line = if starts[i] {
                Value::Int(u.line_of(i) as i64)
            } else {
                Value::None
            };
            Value::Obj(TupleObj::new_ref(vec![
                Value::Obj(new_str(ins.op.name())),
                Value::Int(ins.op as u8 as i64),
                arg,
                argval,
                Value::Obj(new_str(arg_repr(u, ins.op, ins.arg))),
                Value::Int(i as i64),
                line,
                Value::Bool(targets[i]),
            ]))
        })
        .collect();
    Ok(Value::Obj(ListObj::new_ref(items)))
}

/// `_dis.listing(code, recursive)`: the `--dis` text of `code` (and of its nested code).
fn listing(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = code_arg(&args.pos()[0])?;
    let text = if matches!(args.pos()[1], Value::Bool(true)) {
        disassemble(&code.unit)
    } else {
        let mut out = String::new();
        disassemble_one(&code.unit, &mut out);
        out
    };
    Ok(Value::Obj(new_str(&text)))
}

/// `_dis.opcodes()`: `(name, number)` of every generic instruction (the specialised forms
/// are the eval loop's business, as in CPython's `opmap`).
fn opcodes(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let items = Op::ALL
        .iter()
        .filter(|op| op.generic() == **op)
        .map(|op| {
            Value::Obj(TupleObj::new_ref(vec![
                Value::Obj(new_str(op.name())),
                Value::Int(*op as u8 as i64),
            ]))
        })
        .collect();
    Ok(Value::Obj(ListObj::new_ref(items)))
}

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    Ok(super::new_native_module(
        "_dis",
        &[
            method!("instructions", instructions, One),
            method!("listing", listing, Pos(2, 2)),
            method!("opcodes", opcodes, NoArgs),
        ],
    ))
}
