//! Interpreter-wide state shared by every thread: the module table, the builtins, `sys`
//! settings and the buffered standard streams. Reached only while holding the GIL.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::objects::dict::DictObj;
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
    pub stdout_is_tty: bool,
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
            stdout_is_tty: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            sources: RefCell::new(HashMap::new()),
            initializing: RefCell::new(Vec::new()),
            parked_types: Default::default(),
            budget: Cell::new(None),
            discard_output: Cell::new(false),
        }
    }

    /// Appends to the stdout buffer, writing it out when full (or per line on a terminal).
    pub fn write_stdout(&self, text: &str) {
        if self.discard_output.get() {
            return;
        }
        let mut buf = self.stdout.borrow_mut();
        buf.extend_from_slice(text.as_bytes());
        if buf.len() >= 8192 || (self.stdout_is_tty && text.contains('\n')) {
            drop(buf);
            self.flush_stdout();
        }
    }

    /// Writes the buffer out with the GIL released. The stream's lock is taken before the
    /// buffer is emptied, under the GIL, so text from two threads reaches the stream in the
    /// order it was buffered (its holder never waits for the GIL: no deadlock).
    pub fn flush_stdout(&self) {
        if self.stdout.borrow().is_empty() {
            return;
        }
        let mut lock = std::io::stdout().lock();
        let out = std::mem::take(&mut *self.stdout.borrow_mut());
        crate::gil::allow_threads(move || {
            let _ = lock.write_all(&out);
            let _ = lock.flush();
        });
    }

    /// Writes to stderr (unbuffered, like CPython's), after flushing stdout.
    pub fn write_stderr(&self, text: &str) {
        if self.discard_output.get() {
            return;
        }
        self.flush_stdout();
        crate::gil::allow_threads(|| {
            let _ = std::io::stderr().write_all(text.as_bytes());
        });
    }

    /// `write_stderr` without releasing the GIL: for the collector's debug output, written
    /// while a collection holds its garbage (no other thread may run meanwhile).
    pub fn write_stderr_holding_gil(&self, text: &str) {
        if self.discard_output.get() {
            return;
        }
        let out = std::mem::take(&mut *self.stdout.borrow_mut());
        let mut lock = std::io::stdout().lock();
        let _ = lock.write_all(&out);
        let _ = lock.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
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

impl Default for Interp {
    fn default() -> Self {
        Self::new()
    }
}
