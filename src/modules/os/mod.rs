//! The `os` module (CPython's C half, `posix`) and `os.path` (CPython's `posixpath`). The
//! native functions are thin system calls with CPython's argument checks and OSError
//! subclasses; every call that can block runs with the GIL released. `py/os.py` (environ,
//! makedirs, walk, scandir's DirEntry, stat_result, fdopen, ...) and `py/posixpath.py` (the
//! string functions) are run into the same namespaces. Native results that are Python-defined
//! types (`stat_result`, scandir's iterator) are made by calling those classes, found in the
//! namespace kept in [`os_namespace`].
//!
//! Files: `fs.rs` (paths: stat, listdir, scandir, links, chmod, ...), `fd.rs` (descriptors),
//! `process.rs` (ids, environment, signals, spawning for `subprocess`), `path.rs` (the native
//! part of `os.path`), `raw.rs` (the C library calls, the only `unsafe` code).

mod fd;
mod fs;
mod path;
mod process;
pub(crate) mod raw;

use std::cell::OnceCell;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

use crate::objects::binary::bytes::BytesObj;
use crate::objects::classes::typeobj::{MethodDef, TypeObject};
use crate::objects::core::GilStatic;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::exceptions::exception_kinds::os_error;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};
use crate::{exc, method};

/// The `os` module's dict, for native functions that build Python-defined results.
fn os_namespace() -> &'static OnceCell<PyRef> {
    static NS: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    NS.get(crate::gil::token())
}

/// Calls the `os`-level Python helper `name` (a class such as `stat_result`).
fn call_helper(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let ns = os_namespace().get().expect("os initialised").clone();
    let d = ns
        .downcast::<crate::objects::containers::dict::DictObj>()
        .expect("dict");
    let f = d
        .get_str(&intern(name))
        .ok_or_else(|| exc!(runtime_error, "os.{} is missing", name))?;
    vm.call(&f, Args::positional(args))
}

/// `os.fspath(v)` without the type check: the str or bytes `v` stands for, or None when it
/// is neither and has no `__fspath__`.
pub fn fspath_opt(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if as_str(v).is_some() || v.downcast::<BytesObj>().is_some() {
        return Ok(Some(v.clone()));
    }
    let Some(f) = TypeObject::lookup(v.class(), &intern("__fspath__")) else {
        return Ok(None);
    };
    let r = vm.call_found(f, v, &[])?;
    if as_str(&r).is_some() || r.downcast::<BytesObj>().is_some() {
        return Ok(Some(r));
    }
    Err(exc!(
        type_error,
        "expected {}.__fspath__() to return str or bytes, not {}",
        v.type_name(),
        r.type_name()
    ))
}

/// `os.fspath(path)`.
fn os_fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: crate::vm::params::Clinic = crate::vm::params::Clinic {
        fname: "fspath",
        names: &["path"],
        posonly: 0,
        minpos: 1,
        maxpos: 1,
    };
    let [v] = SIG.bind(&args)?;
    let v = v.expect("required");
    fspath_opt(vm, v)?.ok_or_else(|| {
        exc!(
            type_error,
            "expected str, bytes or os.PathLike object, not {}",
            v.type_name()
        )
    })
}

/// A path argument converted for a system call.
pub(super) struct PathArg {
    pub c: CString,
    /// Given as bytes: names derived from it (listdir, readlink) are bytes too.
    pub bytes: bool,
    /// The str or bytes the error messages name.
    pub value: Value,
}

impl PathArg {
    pub fn path(&self) -> &std::path::Path {
        std::path::Path::new(std::ffi::OsStr::from_bytes(self.c.as_bytes()))
    }

    /// The OSError for a failure on this path.
    pub fn error(&self, e: &std::io::Error) -> PyErr {
        os_error(e, Some(&self.value))
    }

    /// A name read from the file system, as str or bytes like the path given.
    pub fn name(&self, raw: &[u8]) -> Value {
        if self.bytes {
            crate::objects::binary::bytes::bytes_value(raw.to_vec())
        } else {
            Value::Obj(new_str(String::from_utf8_lossy(raw)))
        }
    }
}

/// Converts a path argument as CPython's `path_converter`: str, bytes or os.PathLike, else
/// TypeError "`fname`: path should be `accepted`, not T".
pub(super) fn path_arg(vm: &mut Vm, fname: &str, v: &Value, accepted: &str) -> PyResult<PathArg> {
    let bad = || {
        exc!(
            type_error,
            "{}: path should be {}, not {}",
            fname,
            accepted,
            v.type_name()
        )
    };
    let value = if TypeObject::lookup(v.class(), &intern("__fspath__")).is_some()
        || as_str(v).is_some()
        || v.downcast::<BytesObj>().is_some()
    {
        fspath_opt(vm, v)?.ok_or_else(bad)?
    } else {
        return Err(bad());
    };
    let (raw, bytes) = match as_str(&value) {
        Some(s) => (s.as_bytes().to_vec(), false),
        None => (
            value.downcast::<BytesObj>().expect("bytes").bytes.to_vec(),
            true,
        ),
    };
    let c = CString::new(raw).map_err(|_| exc!(value_error, "embedded null byte"))?;
    Ok(PathArg { c, bytes, value })
}

/// The usual wording: "string, bytes or os.PathLike".
pub(super) const PATH: &str = "string, bytes or os.PathLike";

/// Runs `op` with the GIL released.
pub(super) fn unlocked<R: Send>(op: impl FnOnce() -> R + Send) -> R {
    crate::gil::allow_threads(crate::gil::token(), op)
}

fn int_consts() -> Vec<(&'static str, i64)> {
    vec![
        ("O_RDONLY", libc::O_RDONLY.into()),
        ("O_WRONLY", libc::O_WRONLY.into()),
        ("O_RDWR", libc::O_RDWR.into()),
        ("O_APPEND", libc::O_APPEND.into()),
        ("O_CREAT", libc::O_CREAT.into()),
        ("O_EXCL", libc::O_EXCL.into()),
        ("O_TRUNC", libc::O_TRUNC.into()),
        ("O_NONBLOCK", libc::O_NONBLOCK.into()),
        ("O_CLOEXEC", libc::O_CLOEXEC.into()),
        ("O_DIRECTORY", libc::O_DIRECTORY.into()),
        ("O_NOFOLLOW", libc::O_NOFOLLOW.into()),
        ("O_SYNC", libc::O_SYNC.into()),
        ("O_NOCTTY", libc::O_NOCTTY.into()),
        ("O_ACCMODE", libc::O_ACCMODE.into()),
        ("F_OK", libc::F_OK.into()),
        ("R_OK", libc::R_OK.into()),
        ("W_OK", libc::W_OK.into()),
        ("X_OK", libc::X_OK.into()),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("WNOHANG", libc::WNOHANG.into()),
        ("EX_OK", 0),
    ]
}

/// `os` functions defined here rather than in a submodule.
const FUNCTIONS: &[MethodDef] = &[method!("fspath", os_fspath)];

/// The `os` module; also registers `os.path` (named `posixpath`, as in CPython) in
/// `sys.modules` so `import os.path` finds it.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    // (CPython's C functions of `os` live in `posix`: "posix.getpid() takes no arguments")
    let module = super::new_native_module_in("os", "posix", FUNCTIONS);
    let ns = module.downcast::<ModuleObj>().expect("module").namespace();
    for table in [fs::FUNCTIONS, fd::FUNCTIONS, process::FUNCTIONS] {
        for f in table {
            let func = crate::objects::callables::function::BuiltinFunctionObj::function_ref(
                f,
                Some("posix"),
            );
            ns.set_str(intern(f.name), Value::Obj(func));
        }
    }
    for (k, v) in int_consts() {
        ns.set_str(intern(k), Value::Int(v));
    }
    let path = path::create();
    for (m, consts) in [(&module, 4), (&path, 2)] {
        let strs = [
            ("sep", "/"),
            ("linesep", "\n"),
            ("name", "posix"),
            ("curdir", "."),
        ];
        let ns = m.downcast::<ModuleObj>().expect("module").namespace();
        for (k, v) in &strs[..consts] {
            ns.set_str(intern(k), Value::Obj(new_str(*v)));
        }
    }
    ns.set_str(intern("path"), Value::Obj(path.clone()));
    ns.set_str(
        intern("terminal_size"),
        Value::Obj(fd::terminal_size_type().clone()),
    );
    let _ = os_namespace().set(module.downcast::<ModuleObj>().expect("module").dict.clone());
    if let Some(d) = vm
        .interp
        .modules
        .downcast::<crate::objects::containers::dict::DictObj>()
    {
        d.set_str(intern("os.path"), Value::Obj(path.clone()));
        d.set_str(intern("posixpath"), Value::Obj(path.clone()));
    }
    // The parts written in Python: posixpath's string functions, os's environ, walk, ...
    for (m, name, source) in [
        (&path, "posixpath", include_str!("../py/posixpath.py")),
        (&module, "os", include_str!("../py/os.py")),
    ] {
        let globals = m.downcast::<ModuleObj>().expect("module").dict.clone();
        vm.exec_embedded(name, source, &format!("<frozen {name}>"), &globals)?;
    }
    Ok(module)
}

/// `import posixpath` before `os`: the module `os` makes as `os.path`.
pub fn create_posixpath(vm: &mut Vm) -> PyResult<PyRef> {
    let os = vm.import_absolute("os")?;
    match vm.getattr(&os, &intern("path"))? {
        Value::Obj(m) => Ok(m),
        _ => Err(exc!(import_error, "os.path is not a module")),
    }
}
