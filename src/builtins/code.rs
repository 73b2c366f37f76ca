//! Builtins that compile and run code or look at the calling frame: `compile`, `exec`,
//! `eval`, `globals`, `locals`, `vars`, `__import__`.
//!
//! The calling frame is the top of `Vm::frames` (builtins push no record). `exec` and `eval`
//! run their code as a module-level frame over the given namespaces, so names go through
//! `LOAD_NAME`/`STORE_NAME` into the locals dict. In a function `locals()` is a snapshot, so
//! `exec("x = 1")` there does not change the function's variables (as in CPython 3.11).
//!
//! `compile(..., "single")` compiles one interactive statement: expression values go to
//! `sys.displayhook`, as at the prompt.

use crate::compiler::Mode;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::function::FunctionObj;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::dict::DictObj;
use crate::objects::strings::str::{as_str, intern};
use crate::objects::{PyRef, Value};
use crate::vm::compile::compile_code;
use crate::vm::{Args, PyResult, Vm};
use crate::{exc, method};

/// The text of a `compile`/`exec`/`eval` source argument (str, or UTF-8 bytes).
fn source_text(v: &Value) -> Option<PyResult<String>> {
    let text = source_text_any(v)?;
    Some(text.and_then(|t| {
        if t.contains('\0') {
            Err(exc!(
                syntax_error,
                "source code string cannot contain null bytes"
            ))
        } else {
            Ok(t)
        }
    }))
}

/// The text of a source argument: a str, or UTF-8 from bytes or any other buffer
/// (bytearray, memoryview, ...), as CPython's `source_as_string`.
fn source_text_any(v: &Value) -> Option<PyResult<String>> {
    if let Some(s) = as_str(v) {
        return Some(Ok(s.to_string()));
    }
    // An exporter that fails (a released memoryview) is no source either, as in CPython.
    let bytes = crate::objects::binary::buffer::try_bytes_like(v).ok()??;
    Some(String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        exc!(
            syntax_error,
            "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
            e.as_bytes()[at],
            at
        )
    }))
}

fn compile(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let a = crate::objects::callables::bind::bind(&args, "compile", names, 3)?;
    let (source, filename, mode) = (a[0].unwrap(), a[1].unwrap(), a[2].unwrap());
    let filename = match as_str(filename) {
        Some(f) => f.to_string(),
        None => match filename.downcast::<BytesObj>() {
            Some(b) => String::from_utf8_lossy(&b.bytes).into_owned(),
            None => {
                return Err(exc!(
                    type_error,
                    "expected str, bytes or os.PathLike object, not {}",
                    filename.type_name()
                ))
            }
        },
    };
    let Some(mode) = as_str(mode) else {
        return Err(exc!(
            type_error,
            "compile() argument 'mode' must be str, not {}",
            mode.type_name()
        ));
    };
    let Some(text) = source_text(source) else {
        return Err(exc!(
            type_error,
            "compile() arg 1 must be a string, bytes or AST object"
        ));
    };
    let text = text?;
    let Some(mode) = Mode::from_name(mode) else {
        return Err(exc!(
            value_error,
            "compile() mode must be 'exec', 'eval' or 'single'"
        ));
    };
    Ok(Value::Obj(compile_code(&text, &filename, mode)?))
}

/// Which of `exec` and `eval` is running (their messages and source handling differ).
#[derive(Clone, Copy, PartialEq)]
enum RunKind {
    Exec,
    Eval,
}

impl RunKind {
    fn name(self) -> &'static str {
        match self {
            RunKind::Exec => "exec",
            RunKind::Eval => "eval",
        }
    }
}

/// Shared body of `exec` and `eval`: namespaces, compilation, the run.
fn run_code(vm: &mut Vm, args: Args, kind: RunKind) -> PyResult<Value> {
    let fname = kind.name();
    if kind == RunKind::Eval {
        args.no_kwargs("eval")?;
    } else if let Some((k, _)) = args.kwargs().find(|(k, _)| *k != "closure") {
        return Err(exc!(
            type_error,
            "exec() got an unexpected keyword argument '{}'",
            k
        ));
    }
    let pos = args.pos();
    match (pos.len(), kind) {
        (0, RunKind::Eval) => args.check_count("eval", 1, 3)?,
        (0, RunKind::Exec) => {
            return Err(exc!(
                type_error,
                "exec() takes at least 1 positional argument (0 given)"
            ))
        }
        (n, RunKind::Eval) if n > 3 => args.check_count("eval", 1, 3)?,
        (n, RunKind::Exec) if n > 3 => {
            return Err(exc!(
                type_error,
                "exec() takes at most 3 positional arguments ({} given)",
                n
            ))
        }
        _ => {}
    }
    let globals = pos.get(1).filter(|g| !g.is_none()).cloned();
    let locals = pos.get(2).filter(|l| !l.is_none()).cloned();
    if let Some(g) = &globals {
        if g.downcast::<DictObj>().is_none() {
            return Err(match kind {
                RunKind::Exec => exc!(
                    type_error,
                    "exec() globals must be a dict, not {}",
                    g.type_name()
                ),
                RunKind::Eval if crate::vm::protocol::slots(g).getitem.is_some() => exc!(
                    type_error,
                    "globals must be a real dict; try eval(expr, {{}}, mapping)"
                ),
                RunKind::Eval => exc!(type_error, "globals must be a dict"),
            });
        }
    }
    if let Some(l) = &locals {
        // Any mapping (CPython's `PyMapping_Check`): names then go through its methods.
        if crate::vm::protocol::slots(l).getitem.is_none() {
            return Err(match kind {
                RunKind::Exec => exc!(
                    type_error,
                    "locals must be a mapping or None, not {}",
                    l.type_name()
                ),
                RunKind::Eval => exc!(type_error, "locals must be a mapping"),
            });
        }
    }
    let (globals, locals) = match (globals, locals) {
        (Some(Value::Obj(g)), l) => {
            let l = match l {
                Some(Value::Obj(l)) => l,
                _ => g.clone(),
            };
            (g, l)
        }
        (_, l) => {
            let g = vm
                .caller_globals()
                .ok_or_else(|| exc!(system_error, "{}(): no current frame", fname))?;
            let l = match l {
                Some(Value::Obj(l)) => l,
                _ => vm.caller_locals().unwrap_or_else(|| g.clone()),
            };
            (g, l)
        }
    };
    let gdict = globals.downcast::<DictObj>().expect("checked above");
    let key = intern("__builtins__");
    if gdict.get_str(&key).is_none() {
        gdict.set_str(key, Value::Obj(vm.interp.builtins.clone()));
    }
    let source = &pos[0];
    let code = if source.downcast::<CodeObj>().is_some() {
        source.as_obj().expect("a code object").clone()
    } else {
        let text = match source_text(source) {
            Some(t) => t?,
            None => {
                return Err(exc!(
                    type_error,
                    "{}() arg 1 must be a string, bytes or code object",
                    fname
                ))
            }
        };
        match kind {
            // eval ignores leading spaces and tabs, as CPython does.
            RunKind::Eval => {
                compile_code(text.trim_start_matches([' ', '\t']), "<string>", Mode::Eval)?
            }
            RunKind::Exec => compile_code(&text, "<string>", Mode::Exec)?,
        }
    };
    let unit = code
        .downcast::<CodeObj>()
        .expect("a code object")
        .unit
        .clone();
    if !unit.freevars.is_empty() {
        return Err(exc!(
            type_error,
            "code object requires a closure of exactly length {}",
            unit.freevars.len()
        ));
    }
    if unit.flags & crate::bytecode::code::flags::NEWLOCALS != 0 {
        return run_function_code(vm, &code, &globals, kind);
    }
    // (a class body's `__class__` cell, or fast locals `replace()` left in module code,
    // are made by `run_code`)
    let r = vm.run_code(&code, &globals, &locals, None)?;
    Ok(match kind {
        RunKind::Exec => Value::None,
        RunKind::Eval => r,
    })
}

/// `exec(f.__code__)`: a function's code runs as a call with no arguments (so CPython's
/// missing-argument errors) and fresh fast locals; the locals mapping is not used.
fn run_function_code(vm: &mut Vm, code: &PyRef, globals: &PyRef, kind: RunKind) -> PyResult<Value> {
    let func = PyRef::new(
        &crate::objects::types().function,
        FunctionObj::new(code.clone(), globals.clone(), None),
    );
    let r = vm.call_function(&func, Args::positional(&[]))?;
    Ok(match kind {
        RunKind::Exec => Value::None,
        RunKind::Eval => r,
    })
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_code(vm, args, RunKind::Exec)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_code(vm, args, RunKind::Eval)
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.caller_globals()
        .map(Value::Obj)
        .ok_or_else(|| exc!(system_error, "globals(): no current frame"))
}

pub(crate) fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.caller_locals()
        .map(Value::Obj)
        .ok_or_else(|| exc!(system_error, "locals(): no current frame"))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(obj) = args.pos().first() else {
        return locals(vm, args);
    };
    match vm.getattr(obj, &intern("__dict__")) {
        Err(e) if e.matches(&crate::objects::types().exc.attribute_error) => Err(exc!(
            type_error,
            "vars() argument must have __dict__ attribute"
        )),
        r => r,
    }
}

pub const FUNCTIONS: &[MethodDef] = &[
    method!("compile", compile),
    method!("exec", exec),
    method!("eval", eval),
    method!("globals", globals, NoArgs),
    method!("locals", locals, NoArgs),
    method!("vars", vars, Pos(0, 1)),
    method!("__import__", crate::vm::import::builtin_import),
];
