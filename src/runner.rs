//! Running a program: source → AST → bytecode → a `__main__` module run on a fresh VM, with
//! CPython's reporting of syntax errors, uncaught exceptions and `SystemExit`, and its exit
//! statuses (0, 1, the `sys.exit` code, 120 when the exit's flush of stdout fails).
//!
//! [`run`] is the whole life of the process's interpreter, as CPython's `Py_RunMain`: `sys`
//! set up from the command line ([`Config`]), the program ([`Program`]: source text, `-m`
//! module, or none), the interactive prompt after it (`-i`) or instead of it, then the exit
//! sequence (threads joined, `atexit`, module teardown, the final flush of stdout).

use crate::modules::sys::write_to_sys_stderr;
use crate::objects::callables::code::CodeObj;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{types, PyRef, Value};
use crate::vm::{PyErr, Vm};

/// Compiles `source` as module `filename`, or returns CPython's SyntaxError report.
pub fn compile(source: &str, filename: &str) -> Result<crate::bytecode::CodeUnit, String> {
    crate::compiler::compile_source(source, filename, crate::compiler::Mode::Exec)
        .map_err(|e| e.error.render(filename, source))
}

/// What the command line set besides the program: `sys.flags`, `sys.warnoptions`, and
/// whether the prompt follows the program.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `-i`: the prompt after the program, even after an uncaught exception or SystemExit.
    pub inspect: bool,
    /// `-O` / `-OO`.
    pub optimize: u8,
    /// `-B` / `PYTHONDONTWRITEBYTECODE` (pyvm writes no bytecode anyway).
    pub dont_write_bytecode: bool,
    /// `-s`.
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-E`: the `PYTHON*` variables are ignored.
    pub ignore_environment: bool,
    /// `-q`: no banner.
    pub quiet: bool,
    /// `-I`: `-E`, `-s` and `-P` together.
    pub isolated: bool,
    /// `-P`: no script directory (or current directory) at the front of `sys.path`.
    pub safe_path: bool,
    /// `-b` (count).
    pub bytes_warning: u8,
    /// `-v` (count).
    pub verbose: u8,
    /// `-W` options (after `PYTHONWARNINGS`'): `sys.warnoptions`.
    pub warnoptions: Vec<String>,
}

/// What the interpreter runs.
pub enum Program {
    /// Source text (a file, `-c`, a script read from stdin) and the file name tracebacks show.
    Source { source: String, filename: String },
    /// `-m NAME`: a module found on `sys.path` run as `__main__`.
    Module(String),
    /// Nothing: the interactive prompt.
    Prompt,
}

/// How a program ended.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ending {
    /// The exit status (before the OS keeps its low 8 bits).
    pub status: i32,
    /// An uncaught KeyboardInterrupt ended it.
    pub interrupted: bool,
}

impl Ending {
    pub fn status(status: i32) -> Ending {
        Ending {
            status,
            interrupted: false,
        }
    }
}

/// Runs `program` with `argv` as `sys.argv` and returns the process exit status (0..=255).
pub fn run(program: Program, argv: &[String], config: &Config) -> i32 {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    crate::modules::sys::set_argv(&mut vm, argv);
    configure_sys(&mut vm, config);
    let path0 = match &program {
        Program::Source { filename, .. } if !filename.starts_with('<') => script_dir(filename),
        Program::Module(_) => std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    set_sys_path(&mut vm, (!config.safe_path).then_some(path0), config);
    crate::vm::trace::start();
    let mut ending = match &program {
        Program::Source { source, filename } => {
            keep_source(&vm, source, filename);
            run_source(&mut vm, source, filename, config.inspect)
        }
        Program::Module(name) => run_module_as_main(&mut vm, name, config.inspect),
        Program::Prompt => Ending::default(),
    };
    if config.inspect || matches!(program, Program::Prompt) {
        // (`-i` after a program: no banner, as CPython)
        let banner = matches!(program, Program::Prompt) && !config.quiet;
        ending = crate::repl::run(&mut vm, banner);
    }
    if !finalize(&mut vm) {
        ending.status = 120;
    }
    finish(&mut vm, ending)
}

/// Runs `source` as the `__main__` module and returns the process exit status.
/// `argv` becomes `sys.argv`.
pub fn run_main(source: &str, filename: &str, argv: &[String]) -> i32 {
    let program = Program::Source {
        source: source.to_string(),
        filename: filename.to_string(),
    };
    run(program, argv, &Config::default())
}

/// The end of every run: the final flush of stdout (a failure is reported as CPython's
/// `flush_std_files` does, and the status becomes 120), the `-X` reports, the exit status.
fn finish(vm: &mut Vm, ending: Ending) -> i32 {
    let mut status = ending.status;
    if let Err(e) = vm.interp.flush_stdout() {
        let stdout = Value::Obj(crate::builtins::core::stream(1, false));
        let err = crate::objects::exceptions::exception_kinds::os_error(&e, None);
        vm.write_unraisable(None, &stdout, &err);
        status = 120;
    }
    write_gil_reports(vm);
    if crate::vm::opstats::enabled() {
        vm.interp.write_stderr(&crate::vm::opstats::report());
    }
    // `-X showrefcount`, as CPython's debug build reports at exit.
    if let Some((refs, blocks)) = crate::objects::core::refs_and_blocks() {
        vm.interp
            .write_stderr(&format!("[{refs} refs, {blocks} blocks]\n"));
    }
    if ending.interrupted && status != 120 {
        // CPython kills itself with SIGINT (status 130 in a shell).
        crate::signals::die_of_sigint();
        return 130;
    }
    status & 0xff
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
    configure_sys(&mut vm, &Config::default());
    let path0 = if filename.starts_with('<') {
        String::new()
    } else {
        script_dir(filename)
    };
    set_sys_path(&mut vm, Some(path0), &Config::default());
    keep_source(&vm, source, filename);
    vm
}

/// Registers the program's text for the source lines of tracebacks. Of real files only:
/// CPython cannot read `<string>` (`-c`) or `<stdin>` back, so it prints none for them,
/// and neither do we.
fn keep_source(vm: &Vm, source: &str, filename: &str) {
    if !filename.starts_with('<') {
        vm.interp
            .sources
            .borrow_mut()
            .insert(filename.to_string(), source.into());
    }
}

/// Compiles and runs the script as a fresh `__main__`, reports an uncaught exception, and
/// shuts the module down as at exit; returns the exit status.
pub(crate) fn run_once(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let ending = run_source(vm, source, filename, false);
    finalize(vm);
    ending.status
}

/// Compiles and runs `source` as a fresh `__main__` and reports an uncaught exception (with
/// `inspect`, a SystemExit too, as the prompt follows).
fn run_source(vm: &mut Vm, source: &str, filename: &str, inspect: bool) -> Ending {
    match compile(source, filename) {
        Err(report) => {
            vm.interp.write_stderr(&report);
            Ending::status(1)
        }
        Ok(unit) => {
            let result = run_module(vm, unit, filename);
            crate::objects::io::stream::flush_io(vm);
            // Objects freed by the module's last instructions (or by the unwinding of an
            // uncaught exception) are finalized before the report, as in CPython.
            vm.run_pending_finalizers();
            match result {
                Ok(()) => Ending::default(),
                Err(e) => report_uncaught(vm, e, inspect),
            }
        }
    }
}

/// `-m NAME`: runpy's `_run_module_as_main`: the module (a package's `__main__`) found as
/// `import` finds it, run as `__main__` with its file as `sys.argv[0]`. What stops it before
/// it runs is one line on stderr, `EXECUTABLE: No module named NAME`, and status 1.
fn run_module_as_main(vm: &mut Vm, name: &str, inspect: bool) -> Ending {
    let found = match vm.find_main_module(name) {
        Ok(found) => found,
        Err(e) => return report_uncaught(vm, e, inspect),
    };
    let main = match found {
        Ok(main) => main,
        Err(msg) => {
            let exe = executable();
            vm.interp.write_stderr(&format!("{exe}: {msg}\n"));
            return Ending::status(1);
        }
    };
    if let Some(argv) = vm
        .sys_module("sys")
        .and_then(|sys| vm.getattr(&sys, &intern("argv")).ok())
    {
        if let Some(l) = argv.downcast::<ListObj>() {
            let mut items = l.to_vec();
            if let Some(first) = items.first_mut() {
                *first = Value::Obj(new_str(main.filename.as_str()));
            }
            l.set_items(items);
        }
    }
    keep_source(vm, &main.source, &main.filename);
    let result = match compile(&main.source, &main.filename) {
        Err(report) => {
            vm.interp.write_stderr(&report);
            return Ending::status(1);
        }
        Ok(unit) => run_main_code(vm, unit, &main.filename, Some(&main.package)),
    };
    vm.run_pending_finalizers();
    match result {
        Ok(()) => Ending::default(),
        Err(e) => report_uncaught(vm, e, inspect),
    }
}

/// The interpreter's path, as `sys.executable`.
fn executable() -> String {
    std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "pyvm".to_string())
}

/// At exit, in CPython's order: non-daemon threads joined, the atexit callbacks, a flush of
/// replaced standard streams, then the modules' teardown. False when that flush failed.
fn finalize(vm: &mut Vm) -> bool {
    wait_for_threads(vm);
    crate::modules::atexit::run_exitfuncs(vm);
    let flushed = crate::objects::io::stream::flush_std_files(vm);
    shut_down(vm);
    vm.gc_shutdown_stats();
    flushed
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
            rearm_modules(&mut vm);
            clear_typing_caches(&mut vm);
        }
        if let Some((items, list)) = &path {
            if let Some(l) = list.downcast::<ListObj>() {
                l.set_items(items.clone());
            }
        }
        status = run_once(&mut vm, source, filename);
        crate::gil::end_finalizing();
        crate::objects::classes::typeobj::invalidate_lookup_cache();
        vm.collect_generation(2);
        vm.run_pending_finalizers();
        counts.push(crate::objects::core::live_objects());
    }
    let _ = vm.interp.flush_stdout();
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

/// Before a `-X leakcheck` run other than the first: `typing`'s subscription caches hold
/// the last run's classes by design (`Box[int] is Box[int]`); CPython's leak hunts empty
/// them through `typing._cleanups` too.
fn clear_typing_caches(vm: &mut Vm) {
    let Some(typing) = vm.sys_module("typing") else {
        return;
    };
    let Ok(cleanups) = vm.getattr(&typing, &intern("_cleanups")) else {
        return;
    };
    let fns = cleanups
        .downcast::<ListObj>()
        .map(|l| l.to_vec())
        .unwrap_or_default();
    for f in fns {
        if let Err(e) = vm.call(&f, crate::vm::Args::positional(&[])) {
            let mut report = String::from("Exception ignored in typing._cleanups:\n");
            vm.format_one(e.exc(), &mut report);
            vm.interp.write_stderr(&report);
        }
    }
}

/// Before a `-X leakcheck` run other than the first, each loaded module's `_rerun()`:
/// `threading`'s undoes the last exit's `threading._shutdown()` switches (no more
/// `_register_atexit`, executors refusing work); `contextvars`' forgets the threads' current
/// contexts (which hold the last run's variables). Each run then sees them as a fresh process.
fn rearm_modules(vm: &mut Vm) {
    for name in ["threading", "contextvars"] {
        let Some(module) = vm.sys_module(name) else {
            continue;
        };
        if let Err(e) = vm.call_method(&module, "_rerun", &[]) {
            let mut report = format!("Exception ignored in {name}._rerun:\n");
            vm.format_one(e.exc(), &mut report);
            vm.interp.write_stderr(&report);
        }
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
            .downcast::<crate::objects::strings::str::StrObj>()
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

/// The directory of the script `filename` (symlinks resolved, as CPython does).
fn script_dir(filename: &str) -> String {
    let path = std::path::Path::new(filename);
    let dir = path.parent().unwrap_or(std::path::Path::new(""));
    std::fs::canonicalize(dir)
        .map(|d| d.display().to_string())
        .unwrap_or_else(|_| dir.display().to_string())
}

/// `sys.path`: `first` (the script's directory, `''` for `-c`, stdin and the prompt, the
/// current directory for `-m`; none with `-P`/`-I`), then the `PYTHONPATH` entries (unless
/// `-E`/`-I`).
fn set_sys_path(vm: &mut Vm, first: Option<String>, config: &Config) {
    let mut entries: Vec<String> = first.into_iter().collect();
    if !config.ignore_environment {
        if let Ok(extra) = std::env::var("PYTHONPATH") {
            entries.extend(extra.split(':').filter(|e| !e.is_empty()).map(String::from));
        }
    }
    let Some(sys) = vm.sys_module("sys") else {
        return;
    };
    let list = entries
        .into_iter()
        .map(|e| Value::Obj(new_str(e)))
        .collect();
    let list = Value::Obj(crate::objects::containers::list::ListObj::new_ref(list));
    let _ = vm.setattr(&sys, &intern("path"), Some(list));
}

/// `sys.flags`, `sys.warnoptions`, `sys.executable`, `sys.dont_write_bytecode` from the
/// command line.
fn configure_sys(vm: &mut Vm, config: &Config) {
    let Some(sys) = vm.sys_module("sys") else {
        return;
    };
    let flags = crate::modules::sys::flags(config);
    let warnoptions = config
        .warnoptions
        .iter()
        .map(|w| Value::Obj(new_str(w.as_str())))
        .collect();
    let attrs = [
        ("flags", flags),
        ("warnoptions", Value::Obj(ListObj::new_ref(warnoptions))),
        ("executable", Value::Obj(new_str(executable()))),
        (
            "dont_write_bytecode",
            Value::Bool(config.dont_write_bytecode),
        ),
    ];
    for (name, value) in attrs {
        let _ = vm.setattr(&sys, &intern(name), Some(value));
    }
    // `-W`/`PYTHONWARNINGS` take effect at start-up, as CPython imports `warnings` then.
    if !config.warnoptions.is_empty() {
        if let Err(e) = vm.import_absolute("warnings") {
            print_exception(vm, &e);
        }
    }
    // What CPython's `site` adds to builtins: `exit()`, `quit()`, `help`, ... (not with -S).
    if !config.no_site {
        if let Err(e) = vm.import_absolute("_sitebuiltins") {
            print_exception(vm, &e);
        }
    }
}

/// Runs compiled module code as `__main__`.
pub fn run_module(
    vm: &mut Vm,
    unit: crate::bytecode::CodeUnit,
    filename: &str,
) -> Result<(), PyErr> {
    run_main_code(vm, unit, filename, None)
}

/// Runs compiled module code as `__main__` (`package`: its `__package__`, for `-m`).
fn run_main_code(
    vm: &mut Vm,
    unit: crate::bytecode::CodeUnit,
    filename: &str,
    package: Option<&str>,
) -> Result<(), PyErr> {
    let code = CodeObj::from_unit(&std::rc::Rc::new(unit));
    let globals = new_main_module(vm, Some(filename), package);
    vm.run_code(&code, &globals, &globals, None)?;
    Ok(())
}

/// A fresh `__main__` module in `sys.modules`; returns its dict. `filename` becomes
/// `__file__` (a real file's, or `<stdin>` for a script read from stdin, as CPython sets).
pub fn new_main_module(vm: &mut Vm, filename: Option<&str>, package: Option<&str>) -> PyRef {
    let module = ModuleObj::new_ref("__main__");
    let m = module.downcast::<ModuleObj>().expect("module");
    let g = m.namespace();
    if let Some(f) = filename.filter(|f| !f.starts_with('<') || *f == "<stdin>") {
        g.set_str(intern("__file__"), Value::Obj(new_str(f)));
    }
    let package = package.map_or(Value::None, |p| Value::Obj(new_str(p)));
    g.set_str(intern("__package__"), package);
    g.set_str(intern("__loader__"), Value::None);
    g.set_str(intern("__spec__"), Value::None);
    g.set_str(intern("__builtins__"), vm.builtins_module());
    if let Some(mods) = vm.interp.modules.downcast::<DictObj>() {
        mods.set_str(intern("__main__"), Value::Obj(module.clone()));
    }
    // (the program's objects come after the interpreter's, as in CPython's generations)
    crate::objects::core::gc::with_state(|s| s.age_all());
    m.dict.clone()
}

/// Reports an exception that ended the program; returns how it ended. With `inspect` (the
/// prompt follows) a SystemExit is reported as any other exception, as CPython does.
pub(crate) fn report_uncaught(vm: &mut Vm, e: PyErr, inspect: bool) -> Ending {
    if !inspect && e.matches(&types().exc.system_exit) {
        return Ending::status(system_exit_status(vm, &e));
    }
    print_exception(vm, &e);
    Ending {
        status: 1,
        interrupted: e.matches(&types().exc.keyboard_interrupt),
    }
}

/// The exit status a SystemExit asks for, as CPython's `_Py_HandleSystemExit`: its `code`
/// None → 0; an int → that int (one beyond a C long → -1); anything else is printed to
/// `sys.stderr` (str() of it; nothing if that fails) and the status is 1.
pub(crate) fn system_exit_status(vm: &mut Vm, e: &PyErr) -> i32 {
    let code = vm
        .getattr(&Value::Obj(e.exc().clone()), &intern("code"))
        .unwrap_or(Value::None);
    if code.is_none() {
        return 0;
    }
    if let Some(n) = crate::objects::numbers::int::as_int(&code) {
        // (C's `(int)` of the long, then the OS keeps the low 8 bits)
        return n.to_i64().map_or(-1, |n| n as i32);
    }
    let text = vm.str_string(&code).unwrap_or_default();
    let _ = crate::modules::sys::write_exit_message(vm, &format!("{text}\n"));
    1
}

/// Prints an uncaught exception as CPython's `PyErr_Print`: through `sys.excepthook` (a
/// script may have replaced it, or `sys.stderr` that the default hook writes to).
pub(crate) fn print_exception(vm: &mut Vm, e: &PyErr) {
    let exc = Value::Obj(e.exc().clone());
    let hook = vm.sys_attr(&intern("excepthook"));
    let Some(hook) = hook.filter(|h| !h.is_none()) else {
        let report = vm.format_exception(e.exc());
        let _ = write_to_sys_stderr(vm, &format!("sys.excepthook is missing\n{report}"));
        return;
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
}
