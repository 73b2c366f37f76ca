//! Running a program: source → AST → bytecode → a `__main__` module run on a fresh VM, with
//! CPython's reporting of syntax errors, uncaught exceptions and `SystemExit`, and its exit
//! statuses (0, 1, or the `sys.exit` code).

use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::objects::module::ModuleObj;
use crate::objects::str::{intern, new_str};
use crate::objects::{types, Value};
use crate::vm::eval::Scope;
use crate::vm::{PyErr, Vm};

/// Compiles `source` as module `filename`, or returns CPython's SyntaxError report.
pub fn compile(source: &str, filename: &str) -> Result<crate::bytecode::CodeUnit, String> {
    let module = crate::parser::parse_module(source).map_err(|e| e.render(filename, source))?;
    crate::compiler::compile_module(&module, filename).map_err(|e| e.render(filename, source))
}

/// Runs `source` as the `__main__` module and returns the process exit status.
/// `argv` becomes `sys.argv`.
pub fn run_main(source: &str, filename: &str, argv: &[String]) -> i32 {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    crate::modules::sys::set_argv(&mut vm, argv);
    set_sys_path(&mut vm, filename);
    // Tracebacks show source lines of real files only: CPython cannot read `<string>`
    // (`-c`) back, so it prints none for it, and neither do we.
    if !filename.starts_with('<') {
        vm.interp
            .sources
            .borrow_mut()
            .insert(filename.to_string(), source.into());
    }
    let status = match compile(source, filename) {
        Err(report) => {
            vm.interp.write_stderr(&report);
            1
        }
        Ok(unit) => {
            let result = run_module(&mut vm, unit, filename);
            // Objects freed by the module's last instructions (or by the unwinding of an
            // uncaught exception) are finalized before the report, as in CPython.
            vm.run_pending_finalizers();
            let status = match result {
                Ok(()) => 0,
                Err(e) => report_uncaught(&mut vm, e),
            };
            clear_main_module(&mut vm);
            status
        }
    };
    vm.interp.flush_stdout();
    status
}

/// At exit, the objects `__main__` still holds are released (and finalized) name by name in
/// the dict's order (all but `__builtins__`), by rebinding each to None, as CPython's module
/// clearing does.
///
/// (CPython's cycle collector also runs at shutdown and finalizes the objects that only
/// containers hold in its own order first; pyvm's collector is not written yet.)
fn clear_main_module(vm: &mut Vm) {
    let Some(main) = vm.sys_module("__main__") else {
        return;
    };
    let Some(m) = main.downcast::<ModuleObj>() else {
        return;
    };
    let globals = m.namespace();
    for k in globals.keys() {
        let Value::Obj(key) = &k else { continue };
        if key
            .downcast::<crate::objects::str::StrObj>()
            .is_some_and(|s| s.as_str() == "__builtins__")
        {
            continue;
        }
        let old = globals.get_str(key);
        if old.as_ref().is_some_and(|v| !v.is_none()) {
            globals.set_str(key.clone(), Value::None);
            drop(old);
            vm.run_pending_finalizers();
        }
    }
}

/// `sys.path`: the script's directory (symlinks resolved, as CPython does), or `''` for `-c`,
/// then the `PYTHONPATH` entries.
fn set_sys_path(vm: &mut Vm, filename: &str) {
    let first = if filename.starts_with('<') {
        String::new()
    } else {
        let path = std::path::Path::new(filename);
        let dir = path.parent().unwrap_or(std::path::Path::new(""));
        std::fs::canonicalize(dir)
            .map(|d| d.display().to_string())
            .unwrap_or_else(|_| dir.display().to_string())
    };
    let mut entries = vec![first];
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        entries.extend(extra.split(':').filter(|e| !e.is_empty()).map(String::from));
    }
    let Some(sys) = vm.sys_module("sys") else {
        return;
    };
    let list = entries
        .into_iter()
        .map(|e| Value::Obj(new_str(e)))
        .collect();
    let list = Value::Obj(crate::objects::list::ListObj::new_ref(list));
    let _ = vm.setattr(&sys, &intern("path"), Some(list));
}

/// Runs compiled module code as `__main__`.
pub fn run_module(
    vm: &mut Vm,
    unit: crate::bytecode::CodeUnit,
    filename: &str,
) -> Result<(), PyErr> {
    let code = CodeObj::from_unit(&std::rc::Rc::new(unit));
    let module = ModuleObj::new_ref("__main__");
    let m = module.downcast::<ModuleObj>().expect("module");
    let globals = m.dict.clone();
    let g = m.namespace();
    if !filename.starts_with('<') {
        g.set_str(intern("__file__"), Value::Obj(new_str(filename)));
    }
    g.set_str(intern("__package__"), Value::None);
    g.set_str(intern("__loader__"), Value::None);
    g.set_str(intern("__spec__"), Value::None);
    g.set_str(intern("__builtins__"), vm.builtins_module());
    if let Some(mods) = vm.interp.modules.downcast::<DictObj>() {
        mods.set_str(intern("__main__"), Value::Obj(module.clone()));
    }
    let base = vm.stack.len();
    vm.run_frame(
        &code,
        Scope {
            globals: &globals,
            locals: Some(&globals),
        },
        base,
    )?;
    Ok(())
}

/// Reports an exception that ended the program; returns the exit status.
fn report_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    if e.matches(&types().exc.system_exit) {
        let code = vm
            .getattr(&Value::Obj(e.exc().clone()), &intern("code"))
            .unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = vm.str_string(&other).unwrap_or_default();
                vm.interp.write_stderr(&format!("{text}\n"));
                1
            }
        };
    }
    let report = vm.format_exception(e.exc());
    vm.interp.write_stderr(&report);
    1
}
