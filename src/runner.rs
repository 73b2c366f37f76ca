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
            // Generators freed by the module's last instructions (or by the unwinding of an
            // uncaught exception) close before the report, as in CPython.
            vm.close_dropped_generators();
            match result {
                Ok(()) => 0,
                Err(e) => report_uncaught(&mut vm, e),
            }
        }
    };
    vm.interp.flush_stdout();
    status
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
    g.set_str(intern("__file__"), Value::Obj(new_str(filename)));
    let builtins_module = vm
        .interp
        .modules
        .downcast::<DictObj>()
        .and_then(|d| d.get_str(&intern("builtins")))
        .unwrap_or(Value::None);
    g.set_str(intern("__builtins__"), builtins_module);
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
