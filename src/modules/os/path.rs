//! The native part of `os.path` (CPython's `posixpath`): the file-system tests and the
//! hot string functions; `py/posixpath.py` adds the rest into the same module.

use super::{fspath_opt, unlocked};
use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

/// The path a test looks at, or None when the argument is no path (tests then say False).
fn test_path(vm: &mut Vm, fname: &str, args: &Args) -> PyResult<Option<std::path::PathBuf>> {
    args.check_count(fname, 1, 1)?;
    let Some(p) = fspath_opt(vm, &args.pos()[0])? else {
        return Ok(None);
    };
    let raw = match as_str(&p) {
        Some(s) => s.as_bytes().to_vec(),
        None => p
            .downcast::<crate::objects::binary::bytes::BytesObj>()
            .expect("bytes")
            .bytes
            .to_vec(),
    };
    if raw.contains(&0) {
        return Ok(None);
    }
    use std::os::unix::ffi::OsStringExt;
    Ok(Some(std::ffi::OsString::from_vec(raw).into()))
}

/// `exists`, `isfile`, `isdir`, `islink`, `lexists`: false for anything that is not a path
/// or fails.
macro_rules! path_tests {
    ($($fname:ident, $pyname:literal => $test:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let Some(path) = test_path(vm, $pyname, &args)? else {
                return Ok(Value::Bool(false));
            };
            let test: fn(&std::path::Path) -> bool = $test;
            Ok(Value::Bool(unlocked(move || test(&path))))
        }
    )*};
}

path_tests! {
    path_exists, "exists" => |p| p.exists();
    path_isfile, "isfile" => |p| p.is_file();
    path_isdir, "isdir" => |p| p.is_dir();
    path_islink, "islink" => |p| p.is_symlink();
    path_lexists, "lexists" => |p| p.symlink_metadata().is_ok();
}

/// `os.fspath(v)` for a str: the one-path string functions take str only here (bytes
/// paths go to the Python versions' TypeError).
fn str_path(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let p = fspath_opt(vm, v)?;
    p.as_ref()
        .and_then(as_str)
        .map(str::to_string)
        .ok_or_else(|| {
            exc!(
                type_error,
                "expected str, bytes or os.PathLike object, not {}",
                v.type_name()
            )
        })
}

fn path_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(exc!(
            type_error,
            "join() missing 1 required positional argument: 'a'"
        ));
    }
    let mut out = String::new();
    for part in args.pos() {
        let p = fspath_opt(vm, part)?;
        let Some(part) = p.as_ref().and_then(as_str) else {
            return Err(exc!(
                type_error,
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                part.type_name()
            ));
        };
        if part.starts_with('/') {
            out = part.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(part);
        } else {
            out.push('/');
            out.push_str(part);
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

fn path_basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("basename", 1, 1)?;
    let p = str_path(vm, &args.pos()[0])?;
    Ok(Value::Obj(new_str(split(&p).1)))
}

fn path_dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("dirname", 1, 1)?;
    let p = str_path(vm, &args.pos()[0])?;
    Ok(Value::Obj(new_str(split(&p).0)))
}

const PATH_FUNCTIONS: &[MethodDef] = &[
    method!("exists", path_exists),
    method!("isfile", path_isfile),
    method!("isdir", path_isdir),
    method!("islink", path_islink),
    method!("lexists", path_lexists),
    method!("join", path_join),
    method!("basename", path_basename),
    method!("dirname", path_dirname),
];

/// The `posixpath` module with its native functions.
pub(super) fn create() -> PyRef {
    crate::modules::new_native_module("posixpath", PATH_FUNCTIONS)
}
