//! `os` functions on paths: stat, listdir, scandir, mkdir/rmdir/remove, rename, links,
//! chmod, utime, access, chdir/getcwd, truncate, umask.

use std::os::unix::fs::{DirBuilderExt, MetadataExt};

use super::{call_helper, path_arg, raw, unlocked, PathArg, PATH};
use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::exceptions::exception_kinds::{os_error, set_field};
use crate::objects::strings::str::new_str;
use crate::objects::Value;
use crate::vm::params::{to_c_int, to_i64, Clinic};
use crate::vm::{Args, PyResult, Vm};

/// A Clinic signature in one line: `sig!("name", ["a", "b"], min, maxpos)`.
macro_rules! sig {
    ($f:literal, [$($n:literal),*], $min:literal, $max:literal) => {
        Clinic { fname: $f, names: &[$($n),*], posonly: 0, minpos: $min, maxpos: $max }
    };
}
pub(super) use sig;

/// `follow_symlinks=` and other flags.
fn flag(vm: &mut Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    v.map_or(Ok(default), |v| vm.truthy(v))
}

fn unsupported_dir_fd(fname: &str, v: Option<&Value>) -> PyResult<()> {
    match v {
        Some(v) if !v.is_none() => Err(exc!(
            not_implemented_error,
            "{}: dir_fd unavailable on this platform",
            fname
        )),
        _ => Ok(()),
    }
}

/// The 19 values of a `stat_result`, made by the Python class in `py/os.py`.
pub(super) fn stat_value(vm: &mut Vm, m: &std::fs::Metadata) -> PyResult<Value> {
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut items = vec![
        Value::Int(i64::from(m.mode())),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(i64::from(m.uid())),
        Value::Int(i64::from(m.gid())),
        Value::Int(m.size() as i64),
    ];
    items.extend(times.iter().map(|(s, _)| Value::Int(*s)));
    items.extend(
        times
            .iter()
            .map(|(s, ns)| Value::float(*s as f64 + *ns as f64 * 1e-9)),
    );
    items.extend(
        times
            .iter()
            .map(|(s, ns)| Value::Int(s.saturating_mul(1_000_000_000).saturating_add(*ns))),
    );
    items.extend([
        Value::Int(m.blksize() as i64),
        Value::Int(m.blocks() as i64),
        Value::Int(m.rdev() as i64),
    ]);
    call_helper(vm, "stat_result", &[Value::Obj(TupleObj::new_ref(items))])
}

fn metadata(p: &PathArg, follow: bool) -> PyResult<std::fs::Metadata> {
    let path = p.path().to_path_buf();
    unlocked(move || {
        if follow {
            std::fs::metadata(path)
        } else {
            std::fs::symlink_metadata(path)
        }
    })
    .map_err(|e| p.error(&e))
}

/// `os.stat(path, *, dir_fd=None, follow_symlinks=True)`; an int path is a descriptor.
fn os_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("stat", ["path", "dir_fd", "follow_symlinks"], 1, 1);
    let [path, dir_fd, follow] = SIG.bind(&args)?;
    unsupported_dir_fd("stat", dir_fd)?;
    let path = path.expect("required");
    if let Value::Int(fd) = path {
        let fd = *fd as i32;
        let m = unlocked(move || raw::fstat(fd)).map_err(|e| os_error(&e, Some(path)))?;
        return stat_value(vm, &m);
    }
    let p = path_arg(vm, "stat", path, "string, bytes, os.PathLike or integer")?;
    let follow = flag(vm, follow, true)?;
    let m = metadata(&p, follow)?;
    stat_value(vm, &m)
}

fn os_lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("lstat", ["path", "dir_fd"], 1, 1);
    let [path, dir_fd] = SIG.bind(&args)?;
    unsupported_dir_fd("lstat", dir_fd)?;
    let p = path_arg(vm, "lstat", path.expect("required"), PATH)?;
    let m = metadata(&p, false)?;
    stat_value(vm, &m)
}

fn os_fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("fstat", ["fd"], 1, 1);
    let [fd] = SIG.bind(&args)?;
    let fd = to_c_int(vm, fd.expect("required"))?;
    let m = unlocked(move || raw::fstat(fd)).map_err(|e| os_error(&e, None))?;
    stat_value(vm, &m)
}

/// The entries of a directory: (name, kind, inode), kind 'd', 'f', 'l' or '?'.
fn read_dir(p: &PathArg) -> PyResult<Vec<(Vec<u8>, u8, u64)>> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::DirEntryExt;
    let path = p.path().to_path_buf();
    unlocked(move || {
        std::fs::read_dir(path)?
            .map(|e| {
                let e = e?;
                let kind = match e.file_type() {
                    Ok(t) if t.is_symlink() => b'l',
                    Ok(t) if t.is_dir() => b'd',
                    Ok(t) if t.is_file() => b'f',
                    _ => b'?',
                };
                Ok((e.file_name().as_bytes().to_vec(), kind, e.ino()))
            })
            .collect::<std::io::Result<Vec<_>>>()
    })
    .map_err(|e| p.error(&e))
}

/// The path argument of listdir/scandir: None or missing means ".".
fn dir_arg(vm: &mut Vm, fname: &str, v: Option<&Value>) -> PyResult<PathArg> {
    match v {
        Some(v) if !v.is_none() => {
            path_arg(vm, fname, v, "string, bytes, os.PathLike, integer or None")
        }
        _ => path_arg(vm, fname, &Value::Obj(new_str(".")), PATH),
    }
}

fn os_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("listdir", ["path"], 0, 1);
    let [path] = SIG.bind(&args)?;
    let p = dir_arg(vm, "listdir", path)?;
    let items = read_dir(&p)?.iter().map(|(n, _, _)| p.name(n)).collect();
    Ok(Value::Obj(ListObj::new_ref(items)))
}

/// `os.scandir(path='.')`: the entries are read at once; `py/os.py` wraps them in
/// `ScandirIterator` and `DirEntry` objects.
fn os_scandir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("scandir", ["path"], 0, 1);
    let [path] = SIG.bind(&args)?;
    let p = dir_arg(vm, "scandir", path)?;
    let entries = read_dir(&p)?
        .iter()
        .map(|(n, kind, ino)| {
            let kind = Value::Obj(new_str((*kind as char).to_string()));
            Value::Obj(TupleObj::new_ref(vec![
                p.name(n),
                kind,
                Value::Int(*ino as i64),
            ]))
        })
        .collect();
    call_helper(
        vm,
        "ScandirIterator",
        &[p.value.clone(), Value::Obj(ListObj::new_ref(entries))],
    )
}

/// `remove`, `unlink`, `rmdir`: one path (and an unsupported `dir_fd`).
fn one_path(
    vm: &mut Vm,
    args: &Args,
    sig: &Clinic,
    op: fn(&std::path::Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let [path, dir_fd] = sig.bind(args)?;
    unsupported_dir_fd(sig.fname, dir_fd)?;
    let p = path_arg(vm, sig.fname, path.expect("required"), PATH)?;
    let path = p.path().to_path_buf();
    unlocked(move || op(&path)).map_err(|e| p.error(&e))?;
    Ok(Value::None)
}

fn os_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, &args, &sig!("remove", ["path", "dir_fd"], 1, 1), |p| {
        std::fs::remove_file(p)
    })
}

fn os_unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, &args, &sig!("unlink", ["path", "dir_fd"], 1, 1), |p| {
        std::fs::remove_file(p)
    })
}

fn os_rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, &args, &sig!("rmdir", ["path", "dir_fd"], 1, 1), |p| {
        std::fs::remove_dir(p)
    })
}

fn os_mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("mkdir", ["path", "mode", "dir_fd"], 1, 2);
    let [path, mode, dir_fd] = SIG.bind(&args)?;
    unsupported_dir_fd("mkdir", dir_fd)?;
    let p = path_arg(vm, "mkdir", path.expect("required"), PATH)?;
    let mode = match mode {
        Some(m) => to_c_int(vm, m)? as u32,
        None => 0o777,
    };
    let path = p.path().to_path_buf();
    unlocked(move || std::fs::DirBuilder::new().mode(mode).create(path))
        .map_err(|e| p.error(&e))?;
    Ok(Value::None)
}

/// `rename`, `replace`, `link`, `symlink`: two paths; errors name both ("'a' -> 'b'").
fn two_paths(
    vm: &mut Vm,
    args: &Args,
    sig: &Clinic,
    op: fn(&std::path::Path, &std::path::Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let [src, dst, _, _] = sig.bind(args)?;
    let a = path_arg(vm, sig.fname, src.expect("required"), PATH)?;
    let b = path_arg(vm, sig.fname, dst.expect("required"), PATH)?;
    let (from, to) = (a.path().to_path_buf(), b.path().to_path_buf());
    unlocked(move || op(&from, &to)).map_err(|e| {
        let err = a.error(&e);
        set_field(err.exc(), "filename2", b.value.clone());
        err
    })?;
    Ok(Value::None)
}

fn os_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = sig!("rename", ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2);
    two_paths(vm, &args, &sig, |a, b| std::fs::rename(a, b))
}

fn os_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = sig!("replace", ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2);
    two_paths(vm, &args, &sig, |a, b| std::fs::rename(a, b))
}

fn os_link(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = sig!("link", ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2);
    two_paths(vm, &args, &sig, |a, b| std::fs::hard_link(a, b))
}

fn os_symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = sig!(
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        2,
        3
    );
    two_paths(vm, &args, &sig, |a, b| std::os::unix::fs::symlink(a, b))
}

fn os_readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    const SIG: Clinic = sig!("readlink", ["path", "dir_fd"], 1, 1);
    let [path, dir_fd] = SIG.bind(&args)?;
    unsupported_dir_fd("readlink", dir_fd)?;
    let p = path_arg(vm, "readlink", path.expect("required"), PATH)?;
    let path = p.path().to_path_buf();
    let target = unlocked(move || std::fs::read_link(path)).map_err(|e| p.error(&e))?;
    Ok(p.name(target.as_os_str().as_bytes()))
}

fn os_chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("chdir", ["path"], 1, 1);
    let [path] = SIG.bind(&args)?;
    let p = path_arg(vm, "chdir", path.expect("required"), PATH)?;
    let path = p.path().to_path_buf();
    unlocked(move || std::env::set_current_dir(path)).map_err(|e| p.error(&e))?;
    Ok(Value::None)
}

fn os_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::params::none(&args, "getcwd")?;
    let cwd = crate::gil::allow_threads(vm.gil(), std::env::current_dir)
        .map_err(|e| os_error(&e, None))?;
    Ok(Value::Obj(new_str(cwd.to_string_lossy())))
}

fn os_getcwdb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    crate::vm::params::none(&args, "getcwdb")?;
    let cwd = crate::gil::allow_threads(vm.gil(), std::env::current_dir)
        .map_err(|e| os_error(&e, None))?;
    Ok(crate::objects::binary::bytes::bytes_value(
        cwd.as_os_str().as_bytes().to_vec(),
    ))
}

fn os_chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, 2);
    let [path, mode, dir_fd, _] = SIG.bind(&args)?;
    unsupported_dir_fd("chmod", dir_fd)?;
    let p = path_arg(vm, "chmod", path.expect("required"), PATH)?;
    let mode = to_c_int(vm, mode.expect("required"))? as u32;
    let c = p.c.clone();
    unlocked(move || raw::chmod(&c, mode)).map_err(|e| p.error(&e))?;
    Ok(Value::None)
}

/// A (seconds, nanoseconds) pair from a number of seconds, as CPython rounds (half even).
fn split_seconds(vm: &mut Vm, v: &Value) -> PyResult<(i64, i64)> {
    let is_int = matches!(v, Value::Int(_) | Value::Bool(_));
    if let Some(f) = crate::objects::numbers::float::as_f64(v)?.filter(|_| !is_int) {
        let total = (f * 1e9).round_ties_even();
        return Ok(((total / 1e9).floor() as i64, (total.rem_euclid(1e9)) as i64));
    }
    Ok((
        to_i64(vm, v, "timestamp out of range for platform time_t")?,
        0,
    ))
}

fn pair(v: &Value) -> Option<[Value; 2]> {
    let t = v.downcast::<TupleObj>()?;
    match &t.items[..] {
        [a, b] => Some([a.clone(), b.clone()]),
        _ => None,
    }
}

/// `os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn os_utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!(
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
        2
    );
    let [path, times, ns, dir_fd, follow] = SIG.bind(&args)?;
    unsupported_dir_fd("utime", dir_fd)?;
    let p = path_arg(vm, "utime", path.expect("required"), PATH)?;
    let times = times.filter(|t| !t.is_none());
    let stamps = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(exc!(
                value_error,
                "utime: you may specify either 'times' or 'ns' but not both"
            ))
        }
        (Some(t), None) => {
            let [a, m] = pair(t).ok_or_else(|| {
                exc!(
                    type_error,
                    "utime: 'times' must be either a tuple of two ints or None"
                )
            })?;
            Some([split_seconds(vm, &a)?, split_seconds(vm, &m)?])
        }
        (None, Some(n)) => {
            let [a, m] = pair(n)
                .ok_or_else(|| exc!(type_error, "utime: 'ns' must be a tuple of two ints"))?;
            let mut out = [(0, 0); 2];
            for (slot, v) in out.iter_mut().zip([a, m]) {
                let n = to_i64(vm, &v, "timestamp out of range for platform time_t")?;
                *slot = (n.div_euclid(1_000_000_000), n.rem_euclid(1_000_000_000));
            }
            Some(out)
        }
        (None, None) => None,
    };
    let follow = flag(vm, follow, true)?;
    let c = p.c.clone();
    // CPython 3.11's utime names no file in its errors.
    unlocked(move || raw::utime(&c, stamps, follow)).map_err(|e| os_error(&e, None))?;
    Ok(Value::None)
}

fn os_access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!(
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        2
    );
    let [path, mode, dir_fd, _, follow] = SIG.bind(&args)?;
    unsupported_dir_fd("access", dir_fd)?;
    let p = path_arg(vm, "access", path.expect("required"), PATH)?;
    let mode = to_c_int(vm, mode.expect("required"))?;
    let follow = flag(vm, follow, true)?;
    let c = p.c.clone();
    Ok(Value::Bool(unlocked(move || raw::access(&c, mode, follow))))
}

fn os_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("truncate", ["path", "length"], 2, 2);
    let [path, length] = SIG.bind(&args)?;
    let p = path_arg(vm, "truncate", path.expect("required"), PATH)?;
    let len = to_i64(
        vm,
        length.expect("required"),
        "Python int too large to convert to C long",
    )?;
    let path = p.path().to_path_buf();
    unlocked(move || {
        std::fs::OpenOptions::new()
            .write(true)
            .open(path)?
            .set_len(len.max(0) as u64)
    })
    .map_err(|e| p.error(&e))?;
    Ok(Value::None)
}

fn os_umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Clinic = sig!("umask", ["mask"], 1, 1);
    let [mask] = SIG.bind(&args)?;
    let mask = to_c_int(vm, mask.expect("required"))?;
    Ok(Value::Int(i64::from(raw::umask(mask as u32))))
}

/// `os._statvfs(path)` -> (frsize, blocks, bfree, bavail), for `shutil.disk_usage`.
fn os_statvfs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = crate::vm::params::one(&args, "_statvfs")?;
    let p = path_arg(vm, "statvfs", path, PATH)?;
    let c = p.c.clone();
    let r = unlocked(move || raw::statvfs(&c)).map_err(|e| p.error(&e))?;
    let items = r.iter().map(|n| Value::Int(*n as i64)).collect();
    Ok(Value::Obj(TupleObj::new_ref(items)))
}

pub(super) const FUNCTIONS: &[MethodDef] = &[
    method!("stat", os_stat),
    method!("lstat", os_lstat),
    method!("fstat", os_fstat),
    method!("listdir", os_listdir),
    method!("scandir", os_scandir),
    method!("remove", os_remove),
    method!("unlink", os_unlink),
    method!("rmdir", os_rmdir),
    method!("mkdir", os_mkdir),
    method!("rename", os_rename),
    method!("replace", os_replace),
    method!("link", os_link),
    method!("symlink", os_symlink),
    method!("readlink", os_readlink),
    method!("chdir", os_chdir),
    method!("getcwd", os_getcwd),
    method!("getcwdb", os_getcwdb),
    method!("chmod", os_chmod),
    method!("utime", os_utime),
    method!("access", os_access),
    method!("truncate", os_truncate),
    method!("umask", os_umask),
    method!("_statvfs", os_statvfs),
];
