//! The `sys` module: argv, exit, path, modules, the standard streams, the recursion limit,
//! version information, the frames (`_getframe`), the hooks for uncaught and unraisable
//! exceptions.

use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{types, PyRef, Value};
use crate::vm::systrace::Hook;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::{exc, method};

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // (`sys.exit(None)` raises `SystemExit()`, as CPython's PyErr_SetObject with None)
    let args = args
        .pos()
        .iter()
        .filter(|a| !a.is_none())
        .cloned()
        .collect();
    Err(PyErr::with_args(&types().exc.system_exit, args))
}

fn getswitchinterval(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(crate::gil::switch_interval()))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seconds = crate::vm::params::to_f64(vm, &args.pos()[0])?;
    if seconds.is_nan() || seconds <= 0.0 {
        return Err(exc!(
            value_error,
            "switch interval must be strictly positive"
        ));
    }
    crate::gil::set_switch_interval(seconds);
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos()[0] {
        Value::Int(n) if n >= 1 => {
            if (n as usize) <= vm.depth() {
                return Err(exc!(
                    recursion_error,
                    "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                    n,
                    vm.depth()
                ));
            }
            vm.interp.recursion_limit.set(n as usize);
            Ok(Value::None)
        }
        Value::Int(_) => Err(exc!(
            value_error,
            "recursion limit must be greater or equal than 1"
        )),
        ref v => Err(exc!(
            type_error,
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )),
    }
}

fn intern_fn(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match &args.pos()[0] {
        // (a str subclass instance cannot stand for the str in the table)
        Value::Obj(o) if o.is::<crate::objects::strings::str::StrObj>() => {
            if !o.class().ptr_eq(&crate::objects::types().str) {
                return Err(exc!(
                    type_error,
                    "can't intern {}",
                    args.pos()[0].type_name()
                ));
            }
            Ok(Value::Obj(crate::objects::strings::str::intern_ref(o)))
        }
        v => Err(exc!(
            type_error,
            "intern() argument must be str, not {}",
            v.type_name()
        )),
    }
}

fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match &args.pos()[0] {
        Value::Obj(o) => o.refcount() as i64,
        _ => 1 << 30,
    }))
}

/// `sys.getsizeof(object, default=<none>)`: see `objects::sizeof`. `default` replaces a
/// TypeError only, as in CPython.
fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: crate::vm::params::Clinic = crate::vm::params::Clinic {
        fname: "getsizeof",
        names: &["object", "default"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let [obj, default] = SIG.bind(&args)?;
    let obj = obj.expect("required");
    match crate::objects::sizeof::getsizeof(vm, obj) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => match default {
            Some(d) if e.matches(&types().exc.type_error) => Ok(d.clone()),
            _ => Err(e),
        },
    }
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let items = match &vm.handled {
        Some(e) => vec![
            Value::Obj(e.class().clone()),
            Value::Obj(e.exc().clone()),
            e.payload()
                .traceback_object()
                .map_or(Value::None, Value::Obj),
        ],
        None => vec![Value::None, Value::None, Value::None],
    };
    Ok(Value::Obj(TupleObj::new_ref(items)))
}

/// `sys._getframe([depth])`: the frame object `depth` calls below the caller's (a negative
/// depth counts as 0).
fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.pos() {
        [d] => crate::vm::params::to_c_int(vm, d)?,
        _ => 0,
    };
    vm.frame_at_depth(depth.max(0) as usize)
        .map(Value::Obj)
        .ok_or_else(|| exc!(value_error, "call stack is not deep enough"))
}

fn settrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.set_hook(Hook::Trace, args.pos()[0].clone());
    Ok(Value::None)
}

fn gettrace(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.get_hook(Hook::Trace))
}

fn setprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.set_hook(Hook::Profile, args.pos()[0].clone());
    Ok(Value::None)
}

fn getprofile(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.get_hook(Hook::Profile))
}

/// `sys.UnraisableHookArgs`: what `sys.unraisablehook` receives.
fn unraisable_args_type() -> &'static PyRef {
    static TYPE: crate::objects::core::GilStatic<std::cell::OnceCell<PyRef>> =
        crate::objects::core::GilStatic::new(std::cell::OnceCell::new());
    const FIELDS: [&str; 5] = [
        "exc_type",
        "exc_value",
        "exc_traceback",
        "err_msg",
        "object",
    ];
    TYPE.get(crate::gil::token())
        .get_or_init(|| super::structseq::new_type("sys", "UnraisableHookArgs", &FIELDS, true))
}

/// The argument of `sys.unraisablehook` for exception `e` ignored in `obj`.
pub fn unraisable_args(e: &PyErr, obj: Value) -> Value {
    let tb = e
        .payload()
        .traceback_object()
        .map_or(Value::None, Value::Obj);
    let items = vec![
        Value::Obj(e.class().clone()),
        Value::Obj(e.exc().clone()),
        tb,
        Value::None,
        obj,
    ];
    super::structseq::new(unraisable_args_type(), items)
}

/// `sys.unraisablehook(unraisable)` (and `sys.__unraisablehook__`): the standard report,
/// "Exception ignored in: {object!r}" and the traceback.
fn unraisablehook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = &args.pos()[0];
    let fields = arg
        .downcast::<TupleObj>()
        .filter(|_| arg.class().ptr_eq(unraisable_args_type()))
        .map(|t| t.items.to_vec())
        .ok_or_else(|| {
            exc!(
                type_error,
                "sys.unraisablehook argument type must be UnraisableHookArgs"
            )
        })?;
    let [_, value, _, msg, obj] = &fields[..] else {
        return Ok(Value::None);
    };
    let msg = crate::objects::strings::str::as_str(msg).map(str::to_string);
    if let Some(e) = value
        .as_obj()
        .filter(|o| o.is::<crate::objects::exceptions::exception::ExceptionObj>())
    {
        vm.write_unraisable(msg.as_deref(), obj, &PyErr::from_instance(e.clone()));
    }
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: prints the report an uncaught exception gets.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, value, tb] = args.pos() else {
        return Err(exc!(
            type_error,
            "excepthook expected 3 arguments, got {}",
            args.pos().len()
        ));
    };
    let report = match value {
        Value::Obj(o) => {
            match o.downcast::<crate::objects::exceptions::exception::ExceptionObj>() {
                Some(e) => {
                    if e.traceback_entries().is_empty() {
                        let _ = e.set_traceback(tb);
                    }
                    vm.format_exception(o)
                }
                None => String::new(),
            }
        }
        _ => String::new(),
    };
    let report = if report.is_empty() {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            value.type_name()
        )
    } else {
        report
    };
    write_to_sys_stderr(vm, &report)
}

/// Writes `text` through `sys.stderr` (which a script may have replaced), as CPython's
/// reports do (and flushes it): nothing when it is None (CPython's reports are silenced
/// so), straight to the process's stderr when it is gone.
pub fn write_to_sys_stderr(vm: &mut Vm, text: &str) -> PyResult<Value> {
    write_report(vm, text, false)
}

/// [`write_to_sys_stderr`] for a SystemExit's message, which CPython writes to the
/// process's stderr when `sys.stderr` is None.
pub fn write_exit_message(vm: &mut Vm, text: &str) -> PyResult<Value> {
    write_report(vm, text, true)
}

fn write_report(vm: &mut Vm, text: &str, none_writes: bool) -> PyResult<Value> {
    let stream = vm.sys_attr(crate::interned!("stderr"));
    match stream {
        Some(s) if s.is_none() && !none_writes => Ok(Value::None),
        Some(s) if s.is_none() => {
            vm.interp.write_stderr(text);
            Ok(Value::None)
        }
        Some(s) => {
            vm.call_method(&s, "write", &[Value::Obj(new_str(text))])?;
            // (then `flush()`, whatever it raises ignored, as CPython's reports end)
            if s.downcast::<crate::objects::io::stream::StreamObj>()
                .is_none()
            {
                let _ = vm.call_method(&s, "flush", &[]);
            }
            Ok(Value::None)
        }
        None => {
            vm.interp.write_stderr(text);
            Ok(Value::None)
        }
    }
}

/// `sys.flags`: the command line's options, CPython's named fields.
pub fn flags(config: &crate::runner::Config) -> Value {
    static TYPE: crate::objects::core::GilStatic<std::cell::OnceCell<PyRef>> =
        crate::objects::core::GilStatic::new(std::cell::OnceCell::new());
    const FIELDS: [&str; 18] = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let ty = TYPE
        .get(crate::gil::token())
        .get_or_init(|| super::structseq::new_type("sys", "flags", &FIELDS, true));
    let n = |v: bool| Value::Int(v as i64);
    let items = vec![
        n(false),
        n(config.inspect),
        n(config.inspect),
        Value::Int(config.optimize.into()),
        n(config.dont_write_bytecode),
        n(config.no_user_site || config.isolated),
        n(config.no_site),
        n(config.ignore_environment || config.isolated),
        Value::Int(config.verbose.into()),
        Value::Int(config.bytes_warning.into()),
        n(config.quiet),
        n(true),
        n(config.isolated),
        Value::Bool(false),
        n(false),
        n(false),
        Value::Bool(config.safe_path),
        Value::Int(-1),
    ];
    super::structseq::new(ty, items)
}

/// `sys.displayhook(value)` (and `sys.__displayhook__`): what the prompt does with the value
/// of an expression statement: unless it is None, its repr and a newline go to
/// `sys.stdout`, and it becomes `builtins._` (set to None first, so that the repr does not
/// see the previous value).
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let value = &args.pos()[0];
    if value.is_none() {
        return Ok(Value::None);
    }
    let builtins = vm.builtins_module();
    vm.setattr(&builtins, &intern("_"), Some(Value::None))?;
    let text = vm.repr_string(value)?;
    let out = vm
        .sys_attr(crate::interned!("stdout"))
        .filter(|o| !o.is_none())
        .ok_or_else(|| exc!(runtime_error, "lost sys.stdout"))?;
    vm.call_method(&out, "write", &[Value::Obj(new_str(text))])?;
    vm.call_method(&out, "write", &[Value::Obj(new_str("\n"))])?;
    vm.setattr(&builtins, &intern("_"), Some(value.clone()))?;
    Ok(Value::None)
}

/// `PRINT_EXPR`: the interactive echo of `value` through `sys.displayhook` (RuntimeError
/// "lost sys.displayhook" if a script deleted it).
pub fn call_displayhook(vm: &mut Vm, value: Value) -> PyResult<()> {
    let hook = vm
        .sys_attr(crate::interned!("displayhook"))
        .filter(|h| !h.is_none())
        .ok_or_else(|| exc!(runtime_error, "lost sys.displayhook"))?;
    vm.call(&hook, Args::positional(&[value]))?;
    Ok(())
}

/// The smallest nonzero `sys.set_int_max_str_digits` limit (CPython's
/// `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`) and the default one.
const STR_DIGITS_THRESHOLD: i64 = 640;
const DEFAULT_MAX_STR_DIGITS: i64 = 4300;

const SET_INT_MAX_STR_DIGITS: crate::vm::params::Clinic = crate::vm::params::Clinic {
    fname: "set_int_max_str_digits",
    names: &["maxdigits"],
    posonly: 0,
    minpos: 1,
    maxpos: 1,
};

/// `sys.set_int_max_str_digits(maxdigits)`: the limit on digits of decimal int<->str
/// conversions (0: none).
fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n] = SET_INT_MAX_STR_DIGITS.bind(&args)?;
    let n = i64::from(crate::vm::params::to_c_int(vm, n.expect("required"))?);
    if n != 0 && n < STR_DIGITS_THRESHOLD {
        return Err(exc!(
            value_error,
            "maxdigits must be 0 or larger than {}",
            STR_DIGITS_THRESHOLD
        ));
    }
    crate::objects::numbers::int::INT_MAX_STR_DIGITS
        .store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

/// `sys.get_int_max_str_digits()`.
fn get_int_max_str_digits(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let n =
        crate::objects::numbers::int::INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    Ok(Value::Int(n as i64))
}

/// `sys.int_info`: how ints are stored (as CPython's 30-bit digits) and the str-digits limits.
fn int_info() -> Value {
    let ty = super::structseq::new_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        true,
    );
    let items = [30, 4, DEFAULT_MAX_STR_DIGITS, STR_DIGITS_THRESHOLD];
    super::structseq::new(&ty, items.into_iter().map(Value::Int).collect())
}

const FUNCTIONS: &[MethodDef] = &[
    method!("set_int_max_str_digits", set_int_max_str_digits),
    method!("get_int_max_str_digits", get_int_max_str_digits, NoArgs),
    method!("displayhook", displayhook, One),
    method!("excepthook", excepthook),
    method!("exit", sys_exit, Pos(0, 1)),
    method!("getrecursionlimit", getrecursionlimit),
    method!("getswitchinterval", getswitchinterval, NoArgs),
    method!("setswitchinterval", setswitchinterval, One),
    method!("setrecursionlimit", setrecursionlimit, One),
    method!("intern", intern_fn, One),
    method!("getrefcount", getrefcount, One),
    method!("getsizeof", getsizeof),
    method!("exc_info", exc_info),
    method!("_getframe", getframe, Pos(0, 1)),
    method!("settrace", settrace, One),
    method!("gettrace", gettrace, NoArgs),
    method!("setprofile", setprofile, One),
    method!("getprofile", getprofile, NoArgs),
    method!("unraisablehook", unraisablehook, One),
    method!(
        "set_asyncgen_hooks",
        crate::objects::callables::generator::hooks::set_asyncgen_hooks
    ),
    method!(
        "get_asyncgen_hooks",
        crate::objects::callables::generator::hooks::get_asyncgen_hooks,
        NoArgs
    ),
];

/// `sys.hexversion` for the 3.11.0 that `sys.version_info` reports (major, minor, micro,
/// release level 0xF = final, serial), one byte each.
const HEXVERSION: i64 = 0x030B_00F0;

/// `sys.version_info`: a struct sequence, so `.major` etc. work beside tuple comparisons.
fn version_info() -> Value {
    let ty = super::structseq::new_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        true,
    );
    let items = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        Value::Obj(new_str("final")),
        Value::Int(0),
    ];
    super::structseq::new(&ty, items)
}

/// `sys.implementation` (PEP 421), the fields CPython 3.11 reports: pyvm runs CPython's
/// language and library behaviour, and scripts pick code paths by this name.
fn implementation(version_info: Value) -> Value {
    let mut attrs = vec![
        ("name", Value::Obj(new_str("cpython"))),
        ("cache_tag", Value::Obj(new_str("cpython-311"))),
        ("version", version_info),
        ("hexversion", Value::Int(HEXVERSION)),
    ];
    if cfg!(target_os = "linux") {
        let multiarch = format!("{}-linux-gnu", std::env::consts::ARCH);
        attrs.push(("_multiarch", Value::Obj(new_str(multiarch))));
    }
    super::namespace::new_namespace(attrs)
}

/// The `sys` module for a new interpreter.
pub fn create(vm: &mut Vm) -> PyRef {
    let module = super::new_native_module("sys", FUNCTIONS);
    let m = module.downcast::<ModuleObj>().expect("module");
    let d: &DictObj = m.namespace();
    d.set_str(intern("modules"), Value::Obj(vm.interp.modules.clone()));
    if let Some(hook) = d.get_str(&intern("excepthook")) {
        d.set_str(intern("__excepthook__"), hook);
    }
    if let Some(hook) = d.get_str(&intern("unraisablehook")) {
        d.set_str(intern("__unraisablehook__"), hook);
    }
    if let Some(hook) = d.get_str(&intern("displayhook")) {
        d.set_str(intern("__displayhook__"), hook);
    }
    d.set_str(intern("argv"), Value::Obj(ListObj::new_ref(vec![])));
    d.set_str(intern("path"), Value::Obj(ListObj::new_ref(vec![])));
    d.set_str(intern("maxsize"), Value::Int(i64::MAX));
    d.set_str(intern("int_info"), int_info());
    // (a new interpreter starts from the default limit: `-X leakcheck` runs a script again)
    crate::objects::numbers::int::INT_MAX_STR_DIGITS.store(
        DEFAULT_MAX_STR_DIGITS as usize,
        std::sync::atomic::Ordering::Relaxed,
    );
    d.set_str(
        intern("platform"),
        Value::Obj(new_str(std::env::consts::OS)),
    );
    d.set_str(intern("byteorder"), Value::Obj(new_str("little")));
    d.set_str(
        intern("version"),
        Value::Obj(new_str(concat!(
            "3.11.0 (pyvm ",
            env!("CARGO_PKG_VERSION"),
            ")"
        ))),
    );
    let version_info = version_info();
    d.set_str(intern("version_info"), version_info.clone());
    d.set_str(intern("hexversion"), Value::Int(HEXVERSION));
    d.set_str(intern("implementation"), implementation(version_info));
    super::sys_info::add(d);
    // The streams, also as `sys.__stdin__` etc. (what scripts restore after replacing them).
    for (fd, name, original) in [
        (0, "stdin", "__stdin__"),
        (1, "stdout", "__stdout__"),
        (2, "stderr", "__stderr__"),
    ] {
        let stream = Value::Obj(crate::builtins::core::stream(fd, vm.interp.stdout_is_tty));
        d.set_str(intern(name), stream.clone());
        d.set_str(intern(original), stream);
    }
    module
}

/// Sets `sys.argv`.
pub fn set_argv(vm: &mut Vm, argv: &[String]) {
    let modules = vm.interp.modules.clone();
    let Some(sys) = modules
        .downcast::<DictObj>()
        .and_then(|d| d.get_str(&intern("sys")))
    else {
        return;
    };
    let Some(m) = sys.downcast::<ModuleObj>() else {
        return;
    };
    let list = argv
        .iter()
        .map(|a| Value::Obj(new_str(a.as_str())))
        .collect();
    m.namespace()
        .set_str(intern("argv"), Value::Obj(ListObj::new_ref(list)));
}
