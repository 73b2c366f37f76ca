//! A minimal `os` module (and `os.path`, CPython's `posixpath`): the file-system calls that
//! scripts and the file tests need, with CPython's OSError subclasses and messages. Every
//! system call runs with the GIL released. Pure-Python parts (`py/posixpath.py`: `split`,
//! `splitext`, `normpath`, `abspath`, `relpath`, ...; `py/os.py`: `makedirs`, `walk`) are run
//! into the same namespaces.

use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::list::ListObj;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};
use crate::{exc, method};

/// A path argument: str, or bytes taken as UTF-8.
fn path_arg(fname: &str, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = v.downcast::<crate::objects::binary::bytes::BytesObj>() {
        return Ok(String::from_utf8_lossy(&b.bytes).into_owned());
    }
    Err(exc!(
        type_error,
        "{}: path should be string, bytes or os.PathLike, not {}",
        fname,
        v.type_name()
    ))
}

/// Runs `op` on the path (GIL released); errors name the path as CPython's do.
fn on_path<R>(
    v: &Value,
    path: String,
    op: impl FnOnce(&std::path::Path) -> std::io::Result<R> + Send,
) -> PyResult<R>
where
    R: Send,
{
    crate::gil::allow_threads(crate::gil::token(), move || op(std::path::Path::new(&path)))
        .map_err(|e| os_error(&e, Some(v)))
}

/// `os.remove`, `os.unlink`, `os.rmdir`, `os.mkdir`: one path argument, returns None.
macro_rules! path_calls {
    ($($fname:ident, $pyname:literal, $max:literal => $op:expr;)*) => {$(
        fn $fname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_count($pyname, 1, $max)?;
            let v = &args.pos()[0];
            let path = path_arg($pyname, v)?;
            on_path(v, path, |p| $op(p))?;
            Ok(Value::None)
        }
    )*};
}

path_calls! {
    os_remove, "remove", 1 => std::fs::remove_file;
    os_unlink, "unlink", 1 => std::fs::remove_file;
    os_rmdir, "rmdir", 1 => std::fs::remove_dir;
    os_mkdir, "mkdir", 2 => std::fs::create_dir;
}

fn os_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("rename", 2, 2)?;
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    let (from, to) = (path_arg("rename", a)?, path_arg("rename", b)?);
    let r = crate::gil::allow_threads(vm.gil(), move || std::fs::rename(from, to));
    r.map_err(|e| {
        let err = os_error(&e, Some(a));
        crate::objects::exceptions::exception_kinds::set_field(err.exc(), "filename2", b.clone());
        err
    })?;
    Ok(Value::None)
}

fn os_listdir(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("listdir", 0, 1)?;
    let dot = Value::Obj(new_str("."));
    let v = args.pos().first().unwrap_or(&dot);
    let path = path_arg("listdir", v)?;
    let names = on_path(v, path, |p| {
        std::fs::read_dir(p)?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<std::io::Result<Vec<String>>>()
    })?;
    let items = names.into_iter().map(|n| Value::Obj(new_str(n))).collect();
    Ok(Value::Obj(ListObj::new_ref(items)))
}

fn os_getcwd(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let cwd = crate::gil::allow_threads(vm.gil(), std::env::current_dir)
        .map_err(|e| os_error(&e, None))?;
    Ok(Value::Obj(new_str(cwd.display().to_string())))
}

fn os_getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(std::process::id())))
}

fn os_cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

const EXIT: crate::vm::params::Clinic = crate::vm::params::Clinic {
    fname: "_exit",
    names: &["status"],
    posonly: 0,
    minpos: 1,
    maxpos: 1,
};

/// `os._exit(status)`: ends the process at once — no `finally`, no atexit callbacks, no
/// flush of buffered output (CPython's `_exit(2)`).
fn os_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [status] = EXIT.bind(&args)?;
    let status = crate::vm::params::to_c_int(vm, status.expect("required"))?;
    std::process::exit(status)
}

fn os_getenv(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("getenv", 1, 2)?;
    let Some(key) = as_str(&args.pos()[0]) else {
        return Err(exc!(
            type_error,
            "str expected, not {}",
            args.pos()[0].type_name()
        ));
    };
    Ok(match std::env::var(key) {
        Ok(v) => Value::Obj(new_str(v)),
        Err(_) => args.pos().get(1).cloned().unwrap_or(Value::None),
    })
}

const FUNCTIONS: &[MethodDef] = &[
    method!("remove", os_remove),
    method!("unlink", os_unlink),
    method!("rmdir", os_rmdir),
    method!("mkdir", os_mkdir),
    method!("rename", os_rename),
    method!("listdir", os_listdir),
    method!("getcwd", os_getcwd, NoArgs),
    method!("getpid", os_getpid, NoArgs),
    method!("_exit", os_exit),
    method!("getenv", os_getenv),
    method!("cpu_count", os_cpu_count, NoArgs),
];

// -- os.path -------------------------------------------------------------------------------------

/// `exists`, `isfile`, `isdir`: false for anything that is not a path or fails.
macro_rules! path_tests {
    ($($fname:ident, $pyname:literal => $test:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_count($pyname, 1, 1)?;
            let Ok(path) = path_arg($pyname, &args.pos()[0]) else {
                return Ok(Value::Bool(false));
            };
            let test: fn(&std::path::Path) -> bool = $test;
            Ok(Value::Bool(crate::gil::allow_threads(vm.gil(), move || test(std::path::Path::new(&path)))))
        }
    )*};
}

path_tests! {
    path_exists, "exists" => |p| p.exists();
    path_isfile, "isfile" => |p| p.is_file();
    path_isdir, "isdir" => |p| p.is_dir();
}

fn str_args(fname: &str, args: &Args) -> PyResult<Vec<String>> {
    args.pos()
        .iter()
        .map(|v| {
            as_str(v).map(str::to_string).ok_or_else(|| {
                exc!(
                    type_error,
                    "{}() argument must be str, bytes, or os.PathLike object, not '{}'",
                    fname,
                    v.type_name()
                )
            })
        })
        .collect()
}

/// `os.fspath(v)` for a str (what the one-path functions of posixpath start with).
fn fspath(v: &Value) -> PyResult<String> {
    as_str(v).map(str::to_string).ok_or_else(|| {
        exc!(
            type_error,
            "expected str, bytes or os.PathLike object, not {}",
            v.type_name()
        )
    })
}

fn path_join(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(exc!(
            type_error,
            "join() missing 1 required positional argument: 'a'"
        ));
    }
    let mut out = String::new();
    for part in str_args("join", &args)? {
        if part.starts_with('/') {
            out = part;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&part);
        } else {
            out.push('/');
            out.push_str(&part);
        }
    }
    Ok(Value::Obj(new_str(out)))
}

/// posixpath's split: (head with trailing slashes removed unless all slashes, tail).
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

fn path_basename(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("basename", 1, 1)?;
    let p = fspath(&args.pos()[0])?;
    Ok(Value::Obj(new_str(split(&p).1)))
}

fn path_dirname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("dirname", 1, 1)?;
    let p = fspath(&args.pos()[0])?;
    Ok(Value::Obj(new_str(split(&p).0)))
}

fn path_getsize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("getsize", 1, 1)?;
    let v = &args.pos()[0];
    let path = path_arg("stat", v)?;
    let len = on_path(v, path, |p| std::fs::metadata(p).map(|m| m.len()))?;
    Ok(Value::Int(len as i64))
}

const PATH_FUNCTIONS: &[MethodDef] = &[
    method!("exists", path_exists),
    method!("isfile", path_isfile),
    method!("isdir", path_isdir),
    method!("join", path_join),
    method!("basename", path_basename),
    method!("dirname", path_dirname),
    method!("getsize", path_getsize),
];

/// The `os` module; also registers `os.path` (named `posixpath`, as in CPython) in
/// `sys.modules` so `import os.path` finds it.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    // (CPython's C functions of `os` live in `posix`: "posix.getpid() takes no arguments")
    let module = super::new_native_module_in("os", "posix", FUNCTIONS);
    let path = super::new_native_module("posixpath", PATH_FUNCTIONS);
    let strs = [
        ("sep", "/"),
        ("linesep", "\n"),
        ("name", "posix"),
        ("curdir", "."),
    ];
    for (m, consts) in [(&module, &strs[..]), (&path, &strs[..2])] {
        let ns = m.downcast::<ModuleObj>().expect("module").namespace();
        for (k, v) in consts {
            ns.set_str(intern(k), Value::Obj(new_str(*v)));
        }
    }
    let ns = module.downcast::<ModuleObj>().expect("module").namespace();
    ns.set_str(intern("path"), Value::Obj(path.clone()));
    // The parts written in Python: posixpath's string functions, os.makedirs/walk.
    for (m, source, name) in [
        (&path, include_str!("py/posixpath.py"), "<frozen posixpath>"),
        (&module, include_str!("py/os.py"), "<frozen os>"),
    ] {
        let globals = m.downcast::<ModuleObj>().expect("module").dict.clone();
        vm.exec_source(source, name, &globals, false)?;
    }
    if let Some(d) = vm
        .interp
        .modules
        .downcast::<crate::objects::containers::dict::DictObj>()
    {
        d.set_str(intern("os.path"), Value::Obj(path));
    }
    Ok(module)
}
