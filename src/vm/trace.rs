//! `-X trace-exec` (clox's `DEBUG_TRACE_EXECUTION`): before each instruction it executes,
//! the eval loop writes one line on stderr — the running code's name, the instruction as
//! `--dis` shows it (the specialised form when quickened) and the top of the operand stack —
//! indented by call depth. For people learning how a Python statement runs.
//!
//! The eval loop has a tracing copy (`run::<_, true>`, see `eval`), so the normal loop
//! contains no trace of this. The stack entries are summarised on the Rust side (type name,
//! and the value for the simple built-in types): tracing never runs Python code, so it
//! cannot change what the program does — only what it writes on stderr.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::dis::{float_repr, instr_text, str_repr};
use crate::bytecode::opcode::Instr;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::function::{BuiltinFunctionObj, FunctionObj};
use crate::objects::classes::typeobj::{type_name, TypeObject};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::numbers::int::IntObj;
use crate::objects::strings::str::StrObj;
use crate::objects::{types, Value};

static REQUESTED: AtomicBool = AtomicBool::new(false);
static ENABLED: AtomicBool = AtomicBool::new(false);

/// Asks for tracing (`-X trace-exec`); it starts with the program (see [`start`]).
pub fn request() {
    REQUESTED.store(true, Ordering::Relaxed);
}

/// Turns tracing on if it was asked for: called once the interpreter is set up, so that the
/// trace begins with the user's program, not with the start-up code (`_sitebuiltins`). From
/// now on the eval loop runs its tracing copy.
pub fn start() {
    if REQUESTED.load(Ordering::Relaxed) {
        ENABLED.store(true, Ordering::Relaxed);
    }
}

#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// How many operand-stack entries a line shows (the topmost ones).
const SHOWN: usize = 3;
/// Longest str shown in full; longer ones are cut, with `...`.
const STR_MAX: usize = 24;
/// Width of the instruction column, so the stack column lines up.
const INSTR_WIDTH: usize = 48;

/// The trace line of instruction `at` of `code` (about to run as `instr`), at call depth
/// `depth` (0 for the outermost frame), with `stack` the frame's operand stack, bottom first.
pub fn line(code: &CodeObj, at: usize, instr: Instr, depth: usize, stack: &[Value]) -> String {
    let mut out = String::with_capacity(128);
    for _ in 0..depth {
        out.push_str("  ");
    }
    let u = &code.unit;
    let text = instr_text(u, at, instr.op, instr.arg, 4);
    let _ = write!(out, "{}: {text:<INSTR_WIDTH$} [", u.qualname);
    if stack.len() > SHOWN {
        out.push_str("..., ");
    }
    let top = &stack[stack.len().saturating_sub(SHOWN)..];
    for (i, v) in top.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        summary(v, 2, &mut out);
    }
    out.push_str("]\n");
    out
}

/// A short description of `v` without running Python code: the value of a None, bool, int,
/// float, str or small tuple of those (exact types only: a subclass could print itself
/// differently), else `<type>` (`<function f>`, `<class 'C'>` for functions and classes).
/// `nest` bounds how deep tuples are opened.
fn summary(v: &Value, nest: usize, out: &mut String) {
    let o = match v {
        Value::Null => return out.push_str("NULL"),
        Value::None => return out.push_str("None"),
        Value::Bool(b) => return out.push_str(if *b { "True" } else { "False" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
            return;
        }
        Value::Float(f) => return out.push_str(&float_repr(*f)),
        Value::Obj(o) => o,
    };
    let t = types();
    let class = o.class();
    if class.ptr_eq(&t.str) {
        if let Some(s) = o.downcast::<StrObj>() {
            let s = s.as_str();
            match s.char_indices().nth(STR_MAX) {
                Some((cut, _)) => {
                    let _ = write!(out, "{}...", str_repr(&s[..cut]));
                }
                None => out.push_str(&str_repr(s)),
            }
            return;
        }
    } else if class.ptr_eq(&t.int) {
        if let Some(i) = o.downcast::<IntObj>() {
            let digits = i.value.to_string();
            if digits.len() <= STR_MAX {
                out.push_str(&digits);
            } else {
                let _ = write!(out, "<int of {} digits>", digits.len());
            }
            return;
        }
    } else if class.ptr_eq(&t.tuple) {
        if let Some(tup) = o.downcast::<TupleObj>() {
            let items: &[Value] = &tup.items;
            if nest == 0 || items.len() > SHOWN {
                let _ = write!(out, "<tuple of {}>", items.len());
                return;
            }
            out.push('(');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                summary(x, nest - 1, out);
            }
            out.push_str(if items.len() == 1 { ",)" } else { ")" });
            return;
        }
    } else if let Some(f) = o.downcast::<FunctionObj>() {
        let name = f.qualname.borrow();
        let name = name.downcast::<StrObj>().map_or("?", |s| s.as_str());
        let _ = write!(out, "<function {name}>");
        return;
    } else if let Some(f) = o.downcast::<BuiltinFunctionObj>() {
        let _ = write!(out, "<built-in function {}>", f.name);
        return;
    } else if let Some(c) = o.downcast::<CodeObj>() {
        let _ = write!(out, "<code {}>", c.unit.name);
        return;
    } else if let Some(ty) = o.downcast::<TypeObject>() {
        let _ = write!(out, "<class '{}'>", ty.name);
        return;
    }
    let _ = write!(out, "<{}>", type_name(class));
}
