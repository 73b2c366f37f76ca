//! The native part of `os.path` (CPython's `posixpath`): the file-system tests and the
//! hot string functions; `py/posixpath.py` adds the rest into the same module.

use super::{fspath_opt, unlocked};
use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

/// What a test looks at: a path, or (for the `stat`-based tests) an open descriptor.
enum Target {
    Path(std::path::PathBuf),
    Fd(i32),
}

/// The argument of a test, converted as `os.stat` (or `os.lstat`) would: TypeError for a
/// non-path, None (the test says False) for a path with a NUL byte.
fn test_path(vm: &mut Vm, fname: &str, args: &Args, lstat: bool) -> PyResult<Option<Target>> {
    args.check_count(fname, 1, 1)?;
    let v = &args.pos()[0];
    if let (Value::Int(fd), false) = (v, lstat) {
        return Ok(i32::try_from(*fd).ok().map(Target::Fd));
    }
    let (call, accepted) = if lstat {
        ("lstat", super::PATH)
    } else {
        ("stat", "string, bytes, os.PathLike or integer")
    };
    match super::path_arg(vm, call, v, accepted) {
        Ok(p) => Ok(Some(Target::Path(p.path().to_path_buf()))),
        Err(e) if e.matches(&crate::objects::types().exc.value_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn metadata(t: &Target, follow: bool) -> std::io::Result<std::fs::Metadata> {
    match t {
        Target::Path(p) if follow => std::fs::metadata(p),
        Target::Path(p) => std::fs::symlink_metadata(p),
        Target::Fd(fd) => super::raw::fstat(*fd),
    }
}

/// `exists`, `isfile`, `isdir`, `islink`, `lexists`: false when the path is missing or
/// cannot be looked at.
macro_rules! path_tests {
    ($($fname:ident, $pyname:literal, $lstat:literal => $test:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let Some(target) = test_path(vm, $pyname, &args, $lstat)? else {
                return Ok(Value::Bool(false));
            };
            let test: fn(&std::fs::Metadata) -> bool = $test;
            let r = unlocked(move || metadata(&target, !$lstat).map(|m| test(&m)));
            Ok(Value::Bool(r.unwrap_or(false)))
        }
    )*};
}

path_tests! {
    path_exists, "exists", false => |_| true;
    path_isfile, "isfile", false => |m| m.is_file();
    path_isdir, "isdir", false => |m| m.is_dir();
    path_islink, "islink", true => |m| m.file_type().is_symlink();
    path_lexists, "lexists", true => |_| true;
}

/// `os.fspath(v)` as raw bytes, and whether it was bytes (results are of the same type).
fn raw_path(vm: &mut Vm, v: &Value) -> PyResult<(Vec<u8>, bool)> {
    let p = fspath_opt(vm, v)?;
    match p.as_ref().map(|p| (as_str(p), p)) {
        Some((Some(s), _)) => Ok((s.as_bytes().to_vec(), false)),
        Some((None, p)) => Ok((
            p.downcast::<crate::objects::binary::bytes::BytesObj>()
                .expect("bytes")
                .bytes
                .to_vec(),
            true,
        )),
        None => Err(exc!(
            type_error,
            "expected str, bytes or os.PathLike object, not {}",
            v.type_name()
        )),
    }
}

fn raw_value(raw: &[u8], bytes: bool) -> Value {
    if bytes {
        crate::objects::binary::bytes::bytes_value(raw.to_vec())
    } else {
        Value::Obj(new_str(String::from_utf8_lossy(raw)))
    }
}

fn path_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::objects::binary::bytes::BytesObj;
    if args.pos().is_empty() {
        return Err(exc!(
            type_error,
            "join() missing 1 required positional argument: 'a'"
        ));
    }
    // All parts are str or all are bytes, like the first.
    let mut out: Vec<u8> = Vec::new();
    let mut bytes = None;
    for (i, part) in args.pos().iter().enumerate() {
        let p = fspath_opt(vm, part)?;
        let (raw, is_bytes) = match &p {
            Some(v) => match as_str(v) {
                Some(s) => (s.as_bytes().to_vec(), false),
                None => (
                    v.downcast::<BytesObj>().expect("bytes").bytes.to_vec(),
                    true,
                ),
            },
            None if i == 0 => {
                return Err(exc!(
                    type_error,
                    "expected str, bytes or os.PathLike object, not {}",
                    part.type_name()
                ))
            }
            None => {
                return Err(exc!(
                    type_error,
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    part.type_name()
                ))
            }
        };
        if *bytes.get_or_insert(is_bytes) != is_bytes {
            return Err(exc!(
                type_error,
                "Can't mix strings and bytes in path components"
            ));
        }
        if raw.starts_with(b"/") {
            out = raw;
        } else if out.is_empty() || out.ends_with(b"/") {
            out.extend(raw);
        } else {
            out.push(b'/');
            out.extend(raw);
        }
    }
    Ok(if bytes == Some(true) {
        crate::objects::binary::bytes::bytes_value(out)
    } else {
        Value::Obj(new_str(String::from_utf8(out).expect("joined str parts")))
    })
}

/// posixpath's split: (head with trailing slashes removed unless all slashes, tail).
fn split(p: &[u8]) -> (&[u8], &[u8]) {
    let i = p.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let end = head.iter().rposition(|&c| c != b'/').map_or(0, |i| i + 1);
    (if end == 0 { head } else { &head[..end] }, tail)
}

fn path_basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("basename", 1, 1)?;
    let (p, bytes) = raw_path(vm, &args.pos()[0])?;
    Ok(raw_value(split(&p).1, bytes))
}

fn path_dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("dirname", 1, 1)?;
    let (p, bytes) = raw_path(vm, &args.pos()[0])?;
    Ok(raw_value(split(&p).0, bytes))
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
