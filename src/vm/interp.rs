//! Interpreter-wide state shared by every thread: the module table, the builtins, `sys`
//! settings and the buffered standard streams. Reached only while holding the GIL.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::objects::containers::dict::DictObj;
use crate::objects::core::AssertUngil;
use crate::objects::PyRef;

pub struct Interp {
    /// `sys.modules`: a dict object.
    pub modules: PyRef,
    /// The `builtins` module's dict.
    pub builtins: PyRef,
    /// The `sys` module, as made at start-up: where `print` and the error reports find
    /// `sys.stdout`, `sys.stderr` and the hooks even if `sys.modules['sys']` was replaced.
    pub sys: RefCell<Option<PyRef>>,
    pub recursion_limit: Cell<usize>,
    /// Buffered stdout; flushed at exit, before anything goes to stderr, and per line when
    /// stdout is a terminal.
    pub stdout: RefCell<Vec<u8>>,
    /// What `sys.stdout.buffer.write` buffered: CPython's binary layer under the text one,
    /// so it goes out before the text buffered above it (see [`Interp::flush_stdout`]).
    pub stdout_bin: RefCell<Vec<u8>>,
    pub stdout_is_tty: bool,
    /// Text written out at each newline (a terminal, or `reconfigure(line_buffering=True)`).
    pub stdout_line_buffered: Cell<bool>,
    /// Source text by file name, for the lines tracebacks show.
    pub sources: RefCell<HashMap<String, Rc<str>>>,
    /// Modules whose body is running (an `import` of them is in progress), for the
    /// "partially initialized module" message of a circular `from m import x`.
    pub initializing: RefCell<Vec<PyRef>>,
    /// The types objects had before `__class__` assignment, kept alive until shutdown (see
    /// "The type" in `objects::core`).
    pub parked_types: crate::objects::core::ParkedTypes,
    /// What is left of the instruction budget, when one is set (see
    /// `Vm::set_instruction_budget`).
    pub budget: Cell<Option<u64>>,
    /// Drop everything written to stdout and stderr (the fuzzing harness runs programs
    /// whose output nobody reads).
    pub discard_output: Cell<bool>,
}

impl Interp {
    pub fn new() -> Interp {
        Interp {
            modules: DictObj::new_ref(),
            builtins: DictObj::new_ref(),
            sys: RefCell::new(None),
            recursion_limit: Cell::new(1000),
            stdout: RefCell::new(Vec::with_capacity(8192)),
            stdout_bin: RefCell::new(Vec::new()),
            stdout_is_tty: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            stdout_line_buffered: Cell::new(std::io::IsTerminal::is_terminal(&std::io::stdout())),
            sources: RefCell::new(HashMap::new()),
            initializing: RefCell::new(Vec::new()),
            parked_types: Default::default(),
            budget: Cell::new(None),
            discard_output: Cell::new(false),
        }
    }

    /// Appends to the stdout buffer, writing it out when full (per line on a terminal, at
    /// once when unbuffered). A failed write-out (a closed pipe: BrokenPipeError) drops what
    /// was buffered, as CPython's buffered writer does when a write overflows its buffer: a
    /// script that catches the error does not meet the same text again at exit.
    pub fn write_stdout(&self, text: &str) -> std::io::Result<()> {
        self.write_stdout_encoded(text.as_bytes())
    }

    /// [`Interp::write_stdout`] for text already encoded (a stdout reconfigured to another
    /// encoding).
    pub fn write_stdout_encoded(&self, text: &[u8]) -> std::io::Result<()> {
        if self.discard_output.get() {
            return Ok(());
        }
        let mut buf = self.stdout.borrow_mut();
        buf.extend_from_slice(text);
        if buf.len() >= 8192
            || unbuffered()
            || (self.stdout_line_buffered.get() && text.contains(&b'\n'))
        {
            drop(buf);
            if let Err(e) = self.flush_stdout() {
                self.stdout.borrow_mut().clear();
                return Err(e);
            }
        }
        Ok(())
    }

    /// Writes the buffer out with the GIL released. The stream's lock is taken before the
    /// buffer is emptied, under the GIL, so text from two threads reaches the stream in the
    /// order it was buffered (its holder never waits for the GIL: no deadlock). On failure
    /// the part not written stays buffered (an explicit `flush()` that failed fails again
    /// at exit, as in CPython).
    pub fn flush_stdout(&self) -> std::io::Result<()> {
        self.flush_stdout_layers(true)
    }

    /// `sys.stdout.buffer.write(data)`: buffered below the text layer (written out when
    /// full, or at once when unbuffered).
    pub fn write_stdout_binary(&self, data: &[u8]) -> std::io::Result<()> {
        if self.discard_output.get() {
            return Ok(());
        }
        let mut bin = self.stdout_bin.borrow_mut();
        bin.extend_from_slice(data);
        if bin.len() >= 8192 || unbuffered() {
            drop(bin);
            if let Err(e) = self.flush_stdout_layers(false) {
                self.stdout_bin.borrow_mut().clear();
                return Err(e);
            }
        }
        Ok(())
    }

    /// `sys.stdout.buffer.flush()`: writes out the binary layer only, as CPython's
    /// `BufferedWriter.flush` leaves the text layer's pending text alone.
    pub fn flush_stdout_binary(&self) -> std::io::Result<()> {
        self.flush_stdout_layers(false)
    }

    /// Writes out the binary layer, then (with `text`) the text layer after it.
    fn flush_stdout_layers(&self, text: bool) -> std::io::Result<()> {
        if self.stdout_bin.borrow().is_empty() && (!text || self.stdout.borrow().is_empty()) {
            return Ok(());
        }
        let gil = crate::gil::token();
        // SAFETY: the stdout lock is `!Send` only because it must be unlocked on the thread
        // that locked it, and `allow_threads` runs the closure on this thread. It holds no
        // reference and touches no state the GIL guards.
        let lock = unsafe { AssertUngil::new(std::io::stdout().lock()) };
        let mut out = std::mem::take(&mut *self.stdout_bin.borrow_mut());
        if text {
            out.extend_from_slice(&std::mem::take(&mut *self.stdout.borrow_mut()));
        }
        let (result, rest) = crate::gil::allow_threads(gil, move || {
            let lock = lock.into_inner();
            let (result, written) = write_fd(&lock, &out);
            drop(lock);
            (result, out[written..].to_vec())
        });
        if result.is_err() {
            let mut buf = self.stdout.borrow_mut();
            // (text another thread buffered meanwhile goes after what is left of ours)
            let later = std::mem::replace(&mut *buf, rest);
            buf.extend_from_slice(&later);
        }
        result
    }

    /// Writes to stderr (unbuffered, like CPython's), after flushing stdout. For the
    /// interpreter's own reports: a failure is ignored (there is nowhere left to report it).
    pub fn write_stderr(&self, text: &str) {
        let _ = self.write_stderr_checked(text);
    }

    /// `sys.stderr.write`: as [`Interp::write_stderr`], but a failure (a closed pipe) is
    /// returned to become the Python exception. A stdout that cannot be flushed keeps its
    /// text for the exit's flush to report.
    pub fn write_stderr_checked(&self, text: &str) -> std::io::Result<()> {
        self.write_stderr_bytes(text.as_bytes())
    }

    /// [`Interp::write_stderr_checked`] for encoded text or `sys.stderr.buffer.write`.
    pub fn write_stderr_bytes(&self, data: &[u8]) -> std::io::Result<()> {
        if self.discard_output.get() {
            return Ok(());
        }
        let _ = self.flush_stdout();
        crate::gil::allow_threads(crate::gil::token(), || std::io::stderr().write_all(data))
    }

    /// `write_stderr` without releasing the GIL: for the collector's debug output, written
    /// while a collection holds its garbage (no other thread may run meanwhile).
    pub fn write_stderr_holding_gil(&self, text: &str) {
        if self.discard_output.get() {
            return;
        }
        let _ = self.flush_stdout_holding_gil();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    /// `flush_stdout` without releasing the GIL.
    fn flush_stdout_holding_gil(&self) -> std::io::Result<()> {
        let mut out = std::mem::take(&mut *self.stdout_bin.borrow_mut());
        out.extend_from_slice(&std::mem::take(&mut *self.stdout.borrow_mut()));
        let lock = std::io::stdout().lock();
        let (result, written) = write_fd(&lock, &out);
        if result.is_err() {
            self.stdout
                .borrow_mut()
                .splice(0..0, out[written..].iter().copied());
        }
        result
    }

    /// The source line `line` (1-based) of `filename`, if known.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        // `<string>`, `<frozen NAME>`, `<stdin>`: no file to read the line from, and CPython
        // shows none.
        if filename.starts_with('<') {
            return None;
        }
        let mut sources = self.sources.borrow_mut();
        let text = match sources.get(filename) {
            Some(t) => t.clone(),
            None => {
                let t: Rc<str> = std::fs::read_to_string(filename).ok()?.into();
                sources.insert(filename.to_string(), t.clone());
                t
            }
        };
        text.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }
}

/// `-u` / `PYTHONUNBUFFERED`: stdout written out at every write.
static UNBUFFERED: AtomicBool = AtomicBool::new(false);

/// Makes stdout unbuffered (`-u`); set before the first interpreter starts.
pub fn set_unbuffered(on: bool) {
    UNBUFFERED.store(on, Ordering::Relaxed);
}

pub fn unbuffered() -> bool {
    UNBUFFERED.load(Ordering::Relaxed)
}

/// Writes `out` to file descriptor 1 itself, under the held lock of Rust's `Stdout` (so
/// nothing else in the process writes meanwhile) but past its buffer: a failed write must
/// leave no text buffered where pyvm cannot see or drop it. The descriptor is duplicated
/// for each write-out so that a script's `os.dup2(f, 1)` redirects what comes after it.
/// Returns the result and how many bytes were written.
fn write_fd(_lock: &std::io::StdoutLock<'_>, out: &[u8]) -> (std::io::Result<()>, usize) {
    use std::os::fd::AsFd;
    let mut file = match std::io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => std::fs::File::from(fd),
        Err(e) => return (Err(e), 0),
    };
    let mut written = 0;
    while written < out.len() {
        match file.write(&out[written..]) {
            Ok(0) => return (Err(std::io::ErrorKind::WriteZero.into()), written),
            Ok(n) => written += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return (Err(e), written),
        }
    }
    (Ok(()), written)
}

impl Default for Interp {
    fn default() -> Self {
        Self::new()
    }
}
