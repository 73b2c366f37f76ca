//! Running a program: source → AST → bytecode → a `__main__` module run on a fresh VM, with
//! CPython's reporting of syntax errors, uncaught exceptions and `SystemExit`, and its exit
//! statuses (0, 1, or the `sys.exit` code).

use crate::modules::sys::write_to_sys_stderr;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::objects::list::ListObj;
use crate::objects::module::ModuleObj;
use crate::objects::str::{intern, new_str};
use crate::objects::{types, Value};
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
    let mut vm = new_main_vm(source, filename, argv);
    let status = run_once(&mut vm, source, filename);
    vm.interp.flush_stdout();
    write_gil_reports(&vm);
    if crate::vm::opstats::enabled() {
        vm.interp.write_stderr(&crate::vm::opstats::report());
    }
    // `-X showrefcount`, as CPython's debug build reports at exit.
    if let Some((refs, blocks)) = crate::objects::core::refs_and_blocks() {
        vm.interp
            .write_stderr(&format!("[{refs} refs, {blocks} blocks]\n"));
    }
    status
}

/// What `-X gil-stats` and `-X gil-trace=OUT` asked for.
static GIL_REPORTS: std::sync::Mutex<(bool, Option<String>)> = std::sync::Mutex::new((false, None));

/// `-X gil-stats` (the table on stderr at exit) and `-X gil-trace=OUT` (a Chrome trace, or
/// an SVG timeline when OUT ends in `.svg`).
pub fn request_gil_reports(stats: bool, trace: Option<String>) {
    let mut r = GIL_REPORTS.lock().unwrap_or_else(|e| e.into_inner());
    r.0 |= stats;
    if trace.is_some() {
        crate::gil::enable_tracing();
        r.1 = trace;
    }
}

fn write_gil_reports(vm: &Vm) {
    let (stats, trace) = GIL_REPORTS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    if !stats && trace.is_none() {
        return;
    }
    let rec = crate::gil::recording();
    if stats {
        vm.interp
            .write_stderr(&crate::gil::report::format_stats(&rec));
    }
    if let Some(path) = trace {
        let written = std::fs::File::create(&path).and_then(|f| {
            let mut out = std::io::BufWriter::new(f);
            if path.ends_with(".svg") {
                crate::gil::report::write_svg(&rec, &mut out)?;
            } else {
                crate::gil::report::write_chrome_trace(&rec, &mut out)?;
            }
            std::io::Write::flush(&mut out)
        });
        if let Err(e) = written {
            vm.interp.write_stderr(&format!(
                "pyvm: cannot write the GIL trace to {path}: {e}\n"
            ));
        }
    }
}

/// An interpreter set up to run `filename` with `argv` as `sys.argv`.
pub(crate) fn new_main_vm(source: &str, filename: &str, argv: &[String]) -> Vm {
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
    vm
}

/// Compiles and runs the script as a fresh `__main__`, reports an uncaught exception, and
/// shuts the module down as at exit; returns the exit status.
pub(crate) fn run_once(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    match compile(source, filename) {
        Err(report) => {
            vm.interp.write_stderr(&report);
            1
        }
        Ok(unit) => {
            let result = run_module(vm, unit, filename);
            // Objects freed by the module's last instructions (or by the unwinding of an
            // uncaught exception) are finalized before the report, as in CPython.
            vm.run_pending_finalizers();
            let status = match result {
                Ok(()) => 0,
                Err(e) => report_uncaught(vm, e),
            };
            // CPython's order: non-daemon threads joined, the atexit callbacks, then
            // finalization.
            wait_for_threads(vm);
            crate::modules::atexit::run_exitfuncs(vm);
            shut_down(vm);
            vm.gc_shutdown_stats();
            status
        }
    }
}

/// `-X leakcheck`: runs the script `runs` times (at least 2) in one interpreter, each time as
/// a fresh `__main__` shut down as at exit, and counts the live heap objects after each run
/// (after a full collection, with the attribute lookup cache emptied). The first run warms
/// what lives on by design — imported modules, interned strings, native type tables — so
/// any growth between later runs is a leak: reported on stderr, exit status 1. Otherwise
/// the status is the last run's.
pub fn run_leak_check(source: &str, filename: &str, argv: &[String], runs: usize) -> i32 {
    let _gil = crate::gil::acquire();
    let mut vm = new_main_vm(source, filename, argv);
    let mut counts = Vec::new();
    let mut status = 0;
    // Scripts may grow `sys.path` (a legitimate change of state, not a leak): each run
    // starts from the same one.
    let path = vm.sys_module("sys").and_then(|sys| {
        let p = vm.getattr(&sys, &intern("path")).ok()?;
        p.downcast::<ListObj>().map(|l| (l.to_vec(), p.clone()))
    });
    for run in 0..runs.max(2) {
        if run > 0 {
            rearm_threading(&mut vm);
        }
        if let Some((items, list)) = &path {
            if let Some(l) = list.downcast::<ListObj>() {
                l.set_items(items.clone());
            }
        }
        status = run_once(&mut vm, source, filename);
        crate::gil::end_finalizing();
        crate::objects::typeobj::invalidate_lookup_cache();
        vm.collect_generation(2);
        vm.run_pending_finalizers();
        counts.push(crate::objects::core::live_objects());
    }
    vm.interp.flush_stdout();
    let growth = counts[counts.len() - 1] - counts[1];
    let shown: Vec<String> = counts.iter().map(|c| c.to_string()).collect();
    vm.interp.write_stderr(&format!(
        "leakcheck: live objects after each run: {}\n",
        shown.join(" ")
    ));
    if growth > 0 {
        vm.interp.write_stderr(&format!(
            "leakcheck: {growth} objects leaked after the first run\n"
        ));
        return 1;
    }
    status
}

/// Before a `-X leakcheck` run other than the first: the last run's exit called
/// `threading._shutdown()`, whose switches (no more `_register_atexit`, executors refusing
/// work) `threading._rerun()` undoes, so that each run sees threading as a fresh process does.
fn rearm_threading(vm: &mut Vm) {
    let Some(threading) = vm.sys_module("threading") else {
        return;
    };
    if let Err(e) = vm.call_method(&threading, "_rerun", &[]) {
        let mut report = String::from("Exception ignored in threading._rerun:\n");
        vm.format_one(e.exc(), &mut report);
        vm.interp.write_stderr(&report);
    }
}

/// At exit, before anything is torn down, as CPython does: if `threading` was imported,
/// `threading._shutdown()` waits for every non-daemon thread to finish.
fn wait_for_threads(vm: &mut Vm) {
    let Some(threading) = vm.sys_module("threading") else {
        return;
    };
    if let Err(e) = vm.call_method(&threading, "_shutdown", &[]) {
        let mut report = String::from("Exception ignored on threading shutdown:\n");
        vm.format_one(e.exc(), &mut report);
        vm.interp.write_stderr(&report);
    }
}

/// At exit, as CPython's `finalize_modules`: `sys.modules` forgets `__main__` (whose
/// dict then lives on only through the cycles its functions and classes make with it), a
/// full collection finalizes and frees what that left unreachable (gc.callbacks see it), and
/// if the dict is still alive (something reachable holds it) its names are rebound to None
/// one by one in the dict's order, releasing their objects.
fn shut_down(vm: &mut Vm) {
    // Daemon threads still running stop at their next reach for the GIL.
    crate::gil::begin_finalizing();
    // No Rust code below us, and none on another thread that will ever run again, can hold
    // a type borrowed from an object.
    vm.interp.parked_types.release();
    let main_dict = vm
        .sys_module("__main__")
        .and_then(|m| m.downcast::<ModuleObj>().map(|m| m.dict.addr()));
    // CPython's `PyGC_Collect()` before `finalize_modules` (skipped while the collector is
    // disabled): it frees the garbage left, and files the survivors in the order the
    // collection after the next step finalizes them.
    if crate::objects::core::gc::with_state(|s| s.enabled) {
        vm.run_pending_finalizers();
        vm.collect_generation(2);
        vm.run_pending_finalizers();
    }
    if let Some(mods) = vm.interp.modules.downcast::<DictObj>() {
        mods.set_str(intern("__main__"), Value::None);
    }
    vm.run_pending_finalizers();
    vm.collect_generation(2);
    vm.run_pending_finalizers();
    let Some(addr) = main_dict else { return };
    // (found by address among the live containers: holding it would keep it alive)
    let Some(globals) = crate::objects::core::gc::objects(2)
        .into_iter()
        .find(|o| o.addr() == addr && o.is::<DictObj>())
    else {
        return;
    };
    let g = globals.downcast::<DictObj>().expect("a dict");
    for k in g.keys() {
        let Value::Obj(key) = &k else { continue };
        if key
            .downcast::<crate::objects::str::StrObj>()
            .is_some_and(|s| s.as_str() == "__builtins__")
        {
            continue;
        }
        let old = g.get_str(key);
        if old.as_ref().is_some_and(|v| !v.is_none()) {
            g.set_str(key.clone(), Value::None);
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
    vm.run_code(&code, &globals, &globals, None)?;
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
    // As CPython's `PyErr_Print`: the report goes through `sys.excepthook` (a script may
    // have replaced it, or `sys.stderr` that the default hook writes to).
    let exc = Value::Obj(e.exc().clone());
    let hook = vm.sys_attr(&intern("excepthook"));
    let Some(hook) = hook.filter(|h| !h.is_none()) else {
        let report = vm.format_exception(e.exc());
        let _ = write_to_sys_stderr(vm, &format!("sys.excepthook is missing\n{report}"));
        return 1;
    };
    let tb = e
        .payload()
        .traceback_object()
        .map_or(Value::None, Value::Obj);
    let args = [Value::Obj(e.class().clone()), exc, tb];
    if let Err(failed) = vm.call(&hook, crate::vm::Args::positional(&args)) {
        let hook_report = vm.format_exception(failed.exc());
        let report = vm.format_exception(e.exc());
        let text =
            format!("Error in sys.excepthook:\n{hook_report}\nOriginal exception was:\n{report}");
        let _ = write_to_sys_stderr(vm, &text);
    }
    1
}
