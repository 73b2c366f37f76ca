//! The C library calls of `os` that std does not wrap, and the only `unsafe` code of the
//! module: each wrapper checks its arguments' sizes, turns `-1` into `io::Error` from
//! `errno`, and hands back owned Rust values. Nothing here touches Python objects, so every
//! wrapper may run with the GIL released.

use std::ffi::{CStr, CString};
use std::io::{Error, Result};
use std::os::raw::{c_int, c_void};

/// `-1` (or any negative result) becomes the `errno` error.
fn check<T: Copy + PartialOrd + Default>(r: T) -> Result<T> {
    if r < T::default() {
        Err(Error::last_os_error())
    } else {
        Ok(r)
    }
}

pub fn read(fd: c_int, n: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is a live, writable allocation of exactly `n` bytes.
    let got = check(unsafe { libc::read(fd, buf.as_mut_ptr().cast::<c_void>(), n) })?;
    buf.truncate(got as usize);
    Ok(buf)
}

pub fn write(fd: c_int, data: &[u8]) -> Result<usize> {
    // SAFETY: `data` is a live slice; write only reads `data.len()` bytes from it.
    let n = check(unsafe { libc::write(fd, data.as_ptr().cast::<c_void>(), data.len()) })?;
    Ok(n as usize)
}

pub fn close(fd: c_int) -> Result<()> {
    // SAFETY: closing a descriptor number has no memory effects; a bad one gives EBADF.
    check(unsafe { libc::close(fd) }).map(drop)
}

/// A pipe whose ends are not inherited by child processes (PEP 446).
pub fn pipe() -> Result<(c_int, c_int)> {
    let mut fds = [0 as c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 stores.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

pub fn dup(fd: c_int) -> Result<c_int> {
    // SAFETY: fcntl on a descriptor number has no memory effects.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn dup2(fd: c_int, fd2: c_int, inheritable: bool) -> Result<c_int> {
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    if fd == fd2 {
        // dup3 refuses equal descriptors; dup2 checks `fd` and returns it.
        // SAFETY: no memory effects.
        return check(unsafe { libc::dup2(fd, fd2) });
    }
    // SAFETY: no memory effects.
    check(unsafe { libc::dup3(fd, fd2, flags) })
}

pub fn lseek(fd: c_int, pos: i64, how: c_int) -> Result<i64> {
    // SAFETY: no memory effects.
    check(unsafe { libc::lseek(fd, pos as libc::off_t, how) })
}

pub fn isatty(fd: c_int) -> bool {
    // SAFETY: no memory effects.
    unsafe { libc::isatty(fd) == 1 }
}

pub fn fsync(fd: c_int) -> Result<()> {
    // SAFETY: no memory effects.
    check(unsafe { libc::fsync(fd) }).map(drop)
}

pub fn ftruncate(fd: c_int, len: i64) -> Result<()> {
    // SAFETY: no memory effects.
    check(unsafe { libc::ftruncate(fd, len as libc::off_t) }).map(drop)
}

pub fn get_inheritable(fd: c_int) -> Result<bool> {
    // SAFETY: no memory effects.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    Ok(flags & libc::FD_CLOEXEC == 0)
}

pub fn set_inheritable(fd: c_int, inheritable: bool) -> Result<()> {
    // SAFETY: no memory effects.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let flags = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    // SAFETY: no memory effects.
    check(unsafe { libc::fcntl(fd, libc::F_SETFD, flags) }).map(drop)
}

/// The metadata of an open descriptor, without taking ownership of it.
pub fn fstat(fd: c_int) -> Result<std::fs::Metadata> {
    use std::os::unix::io::FromRawFd;
    if fd < 0 {
        return Err(Error::from_raw_os_error(libc::EBADF));
    }
    // SAFETY: the File is never dropped (ManuallyDrop), so the descriptor it borrows is not
    // closed; fstat on a bad descriptor fails with EBADF.
    let file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.metadata()
}

/// A `File` owning descriptor `fd` (`open(fd)`), or EBADF when `fd` is not open.
pub fn file_from_fd(fd: c_int) -> Result<std::fs::File> {
    use std::os::unix::io::FromRawFd;
    fstat(fd)?;
    // SAFETY: `fd` is an open descriptor; the caller takes over closing it (or leaks it
    // back with `into_raw_fd` when it does not own it).
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// `os.open`: descriptors are not inherited unless asked for (PEP 446).
pub fn open(path: &CStr, flags: c_int, mode: u32) -> Result<c_int> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    check(unsafe { libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
}

pub fn access(path: &CStr, mode: c_int, follow: bool) -> bool {
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated and outlives the call.
    unsafe { libc::faccessat(libc::AT_FDCWD, path.as_ptr(), mode, flags) == 0 }
}

pub fn chmod(path: &CStr, mode: u32) -> Result<()> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    check(unsafe { libc::chmod(path.as_ptr(), mode as libc::mode_t) }).map(drop)
}

/// `utimensat`: `times` is ((atime s, ns), (mtime s, ns)), or None for "now".
pub fn utime(path: &CStr, times: Option<[(i64, i64); 2]>, follow: bool) -> Result<()> {
    let ts = times.map(|t| {
        t.map(|(s, ns)| libc::timespec {
            tv_sec: s as libc::time_t,
            tv_nsec: ns as libc::c_long,
        })
    });
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated; `ptr` is null or points at two timespecs that live
    // until the call returns.
    check(unsafe { libc::utimensat(libc::AT_FDCWD, path.as_ptr(), ptr, flags) }).map(drop)
}

pub fn umask(mask: u32) -> u32 {
    // SAFETY: no memory effects.
    unsafe { libc::umask(mask as libc::mode_t) as u32 }
}

pub fn kill(pid: i32, sig: c_int) -> Result<()> {
    // SAFETY: no memory effects.
    check(unsafe { libc::kill(pid, sig) }).map(drop)
}

/// getuid, geteuid, getgid, getegid, getpgrp, getsid(0).
pub fn ids() -> [i64; 5] {
    // SAFETY: these calls only return numbers.
    unsafe {
        [
            i64::from(libc::getuid()),
            i64::from(libc::geteuid()),
            i64::from(libc::getgid()),
            i64::from(libc::getegid()),
            i64::from(libc::getpgrp()),
        ]
    }
}

/// sysname, nodename, release, version, machine.
pub fn uname() -> Result<[String; 5]> {
    // SAFETY: utsname is plain bytes; all-zero is a valid value.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a live utsname for uname to fill.
    check(unsafe { libc::uname(&mut u) })?;
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok([
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ])
}

/// user, system, children's user, children's system, elapsed — in seconds.
pub fn times() -> Result<[f64; 5]> {
    // SAFETY: tms is plain integers; all-zero is a valid value.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a live tms for times to fill.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == (-1i64) as libc::clock_t {
        return Err(Error::last_os_error());
    }
    // SAFETY: no memory effects.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Ok([
        t.tms_utime as f64 / hz,
        t.tms_stime as f64 / hz,
        t.tms_cutime as f64 / hz,
        t.tms_cstime as f64 / hz,
        elapsed as f64 / hz,
    ])
}

/// (columns, lines) of the terminal on `fd`.
pub fn terminal_size(fd: c_int) -> Result<(u16, u16)> {
    // SAFETY: winsize is plain integers; all-zero is a valid value.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ stores one winsize into the live `w`.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok((w.ws_col, w.ws_row))
}

/// `waitpid`: (pid, status); pid 0 with WNOHANG when the child still runs.
pub fn waitpid(pid: i32, options: c_int) -> Result<(i32, c_int)> {
    let mut status: c_int = 0;
    loop {
        // SAFETY: `status` is a live int for waitpid to fill.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok((r, status));
        }
        let e = Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(e);
        }
    }
}

/// What a child process is started with; everything is converted before the fork, so the
/// child only makes async-signal-safe calls.
pub struct Spawn {
    /// Paths to try in turn (the PATH search already done).
    pub programs: Vec<CString>,
    pub argv: Vec<CString>,
    /// None: inherit the environment.
    pub env: Option<Vec<CString>>,
    pub cwd: Option<CString>,
    /// The child's descriptors 0, 1 and 2 (-1: inherit).
    pub stdio: [c_int; 3],
    pub new_session: bool,
    /// Descriptors to close in the child besides the close-on-exec ones (`close_fds`).
    pub close_from: Option<c_int>,
}

/// Where a child failed before running the program: in `chdir` or in `exec`.
pub enum SpawnError {
    Cwd(Error),
    Exec(Error),
    Fork(Error),
}

/// Forks and execs; the child reports a failure through a close-on-exec pipe (one stage
/// byte and the errno), so the parent raises it as CPython does.
pub fn spawn(s: &Spawn) -> std::result::Result<i32, SpawnError> {
    let (r, w) = pipe().map_err(SpawnError::Fork)?;
    let argv: Vec<*const libc::c_char> = s
        .argv
        .iter()
        .map(|a| a.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect();
    let envp: Option<Vec<*const libc::c_char>> = s.env.as_ref().map(|env| {
        env.iter()
            .map(|a| a.as_ptr())
            .chain(std::iter::once(std::ptr::null()))
            .collect()
    });
    // SAFETY: the child calls only async-signal-safe functions (dup2, close, chdir, setsid,
    // signal, execve, write, _exit) on data prepared before the fork, and never returns.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = Error::last_os_error();
        let _ = close(r);
        let _ = close(w);
        return Err(SpawnError::Fork(e));
    }
    if pid == 0 {
        // SAFETY: see above; this is the child.
        unsafe { child(s, &argv, envp.as_deref(), w) }
    }
    let _ = close(w);
    // The pipe reads nothing when exec succeeded (the child's end closed on exec).
    let report = read_all(r);
    let _ = close(r);
    match report.as_deref() {
        Ok([stage, e0, e1, e2, e3, ..]) => {
            let _ = waitpid(pid, 0);
            let err = Error::from_raw_os_error(i32::from_ne_bytes([*e0, *e1, *e2, *e3]));
            Err(if *stage == b'c' {
                SpawnError::Cwd(err)
            } else {
                SpawnError::Exec(err)
            })
        }
        _ => Ok(pid),
    }
}

fn read_all(fd: c_int) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        match read(fd, 64) {
            Ok(b) if b.is_empty() => return Ok(out),
            Ok(b) => out.extend(b),
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
            Err(e) => return Err(e),
        }
    }
}

/// The child side of [`spawn`].
///
/// # Safety
/// Only to be called in a freshly forked child; `argv`/`envp` are null-terminated arrays of
/// pointers into strings that `s` keeps alive.
unsafe fn child(
    s: &Spawn,
    argv: &[*const libc::c_char],
    envp: Option<&[*const libc::c_char]>,
    report: c_int,
) -> ! {
    let fail = |stage: u8| {
        let e = *libc::__errno_location();
        let b = e.to_ne_bytes();
        let msg = [stage, b[0], b[1], b[2], b[3]];
        libc::write(report, msg.as_ptr().cast::<c_void>(), msg.len());
        libc::_exit(255)
    };
    // Rust ignores SIGPIPE; the program expects the default (CPython's restore_signals).
    libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    if s.new_session {
        libc::setsid();
    }
    // Move the chosen descriptors out of the 0..2 range first, so one dup2 cannot clobber
    // a source another needs.
    let mut src = s.stdio;
    for fd in src.iter_mut() {
        if (0..3).contains(fd) {
            let moved = libc::fcntl(*fd, libc::F_DUPFD_CLOEXEC, 3);
            if moved < 0 {
                fail(b'x');
            }
            *fd = moved;
        }
    }
    for (target, fd) in src.iter().enumerate() {
        if *fd >= 0 && libc::dup2(*fd, target as c_int) < 0 {
            fail(b'x');
        }
    }
    if let Some(from) = s.close_from {
        // close_range(2) in one call (the report pipe is close-on-exec, so it may go too
        // only after a failure is written: keep it by closing around it).
        let closed = if report >= from {
            (report == from || libc::syscall(libc::SYS_close_range, from, report - 1, 0) == 0)
                && libc::syscall(libc::SYS_close_range, report + 1, u32::MAX, 0) == 0
        } else {
            libc::syscall(libc::SYS_close_range, from, u32::MAX, 0) == 0
        };
        if !closed {
            let top = libc::sysconf(libc::_SC_OPEN_MAX).clamp(256, 4096) as c_int;
            for fd in (from..top).filter(|fd| *fd != report) {
                libc::close(fd);
            }
        }
    }
    if let Some(cwd) = &s.cwd {
        if libc::chdir(cwd.as_ptr()) < 0 {
            fail(b'c');
        }
    }
    let mut first_error = 0;
    for prog in &s.programs {
        match envp {
            Some(env) => libc::execve(prog.as_ptr(), argv.as_ptr(), env.as_ptr()),
            None => libc::execv(prog.as_ptr(), argv.as_ptr()),
        };
        let e = *libc::__errno_location();
        // Like execvp: remember the first error other than "not found here".
        if first_error == 0 && e != libc::ENOENT && e != libc::ENOTDIR {
            first_error = e;
        }
    }
    if first_error != 0 {
        *libc::__errno_location() = first_error;
    }
    fail(b'e')
}

/// `Popen.communicate`: writes `input` to `stdin` (then closes it) while reading `stdout`
/// and `stderr` to their ends, all with poll, until done or `timeout` seconds pass.
/// Returns what was read and whether the time ran out.
pub fn communicate(
    stdin: c_int,
    input: &[u8],
    outs: [c_int; 2],
    timeout: Option<f64>,
) -> Result<([Vec<u8>; 2], bool)> {
    let deadline =
        timeout.map(|t| std::time::Instant::now() + std::time::Duration::from_secs_f64(t.max(0.0)));
    let mut got = [Vec::new(), Vec::new()];
    let mut open_out = outs;
    let mut stdin = stdin;
    let mut written = 0;
    if stdin >= 0 && input.is_empty() {
        let _ = close(stdin);
        stdin = -1;
    }
    loop {
        let mut fds = Vec::new();
        if stdin >= 0 {
            fds.push(libc::pollfd {
                fd: stdin,
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for fd in open_out.iter().filter(|fd| **fd >= 0) {
            fds.push(libc::pollfd {
                fd: *fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if fds.is_empty() {
            return Ok((got, false));
        }
        let wait_ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    return Ok((got, true));
                }
                left.as_millis().clamp(1, i32::MAX as u128) as c_int
            }
        };
        // SAFETY: `fds` is a live array of `fds.len()` pollfds.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
        if n < 0 {
            let e = Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(e);
        }
        for p in fds.iter().filter(|p| p.revents != 0) {
            if p.fd == stdin {
                // At most PIPE_BUF bytes, which POLLOUT promises not to block on.
                let end = (written + 512).min(input.len());
                match write(stdin, &input[written..end]) {
                    Ok(k) => written += k,
                    Err(e) if e.raw_os_error() == Some(libc::EPIPE) => written = input.len(),
                    Err(e) => return Err(e),
                }
                if written >= input.len() {
                    let _ = close(stdin);
                    stdin = -1;
                }
            } else if let Some(i) = open_out.iter().position(|fd| *fd == p.fd) {
                let chunk = read(p.fd, 32768)?;
                if chunk.is_empty() {
                    open_out[i] = -1;
                } else {
                    got[i].extend(chunk);
                }
            }
        }
    }
}

/// `statvfs`: (fragment size, blocks, free blocks, blocks free to unprivileged users).
pub fn statvfs(path: &CStr) -> Result<[u64; 4]> {
    // SAFETY: statvfs is plain integers; all-zero is a valid value.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is NUL-terminated; `s` is a live statvfs to fill.
    check(unsafe { libc::statvfs(path.as_ptr(), &mut s) })?;
    Ok([
        s.f_frsize as u64,
        s.f_blocks as u64,
        s.f_bfree as u64,
        s.f_bavail as u64,
    ])
}

/// Waits for events on `fds` (`poll(2)`); the count of entries with events.
pub fn poll(fds: &mut [libc::pollfd], timeout_ms: i32) -> Result<usize> {
    // SAFETY: `fds` is an exclusively borrowed slice of `fds.len()` initialised `pollfd`s,
    // valid for the whole call.
    let n = check(unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) })?;
    Ok(n as usize)
}
