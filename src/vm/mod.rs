//! The virtual machine: a thread's interpreter state ([`Vm`]), the eval loop (`eval`), calls
//! (`call`), attribute access (`attr`), the protocol operations every type goes through
//! (`protocol`), tracebacks, and the interpreter-wide state shared by threads (`interp`).

pub mod args;
pub mod attr;
pub mod awaiting;
pub mod call;
pub mod codecache;
pub mod compile;
pub mod eval;
pub mod except_star;
pub mod finalize;
pub mod frames;
pub mod import;
pub mod interp;
mod namespace;
pub mod opstats;
pub mod params;
mod pattern;
pub mod protocol;
pub mod quicken;
pub mod sig;
pub(crate) mod stack;
pub mod suggestions;
pub mod systrace;
pub mod trace;
pub mod traceback;
mod unpack;
pub mod warnings;
mod wide_chars;

use std::rc::Rc;

pub use self::args::Args;
pub use self::interp::Interp;
pub use crate::objects::exceptions::exception::PyErr;

pub type PyResult<T> = Result<T, PyErr>;

/// One thread's interpreter state. Created for a thread holding the GIL; all object access
/// goes through it.
pub struct Vm {
    pub interp: Rc<Interp>,
    /// Where active frames keep their slots and operands (see `stack`).
    pub(crate) data: stack::DataStack,
    /// Active Python frames, innermost last (see `frames`).
    pub(crate) frames: frames::FrameStack,
    /// The block stacks of the active frames, one after the other (see `eval`).
    pub(crate) blocks: Vec<eval::Block>,
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub handled: Option<PyErr>,
    /// Just past the instruction the innermost frame is executing, as of its last
    /// instruction that may run Python code (see `frames`).
    pub(crate) next_ip: usize,
    /// Names this thread's frame stack to the frame objects living on it.
    pub(crate) thread_key: usize,
    /// Levels of native recursion (`repr`, `str`, comparisons of nested containers) now
    /// running: they count against the recursion limit with the Python frames, as
    /// CPython's `Py_EnterRecursiveCall` (see `protocol`).
    pub(crate) native_depth: usize,
    /// Below this Rust stack address native recursion stops with a RecursionError, whatever
    /// the recursion limit (see `objects::core::stack`).
    pub(crate) stack_limit: usize,
    /// `sys.set_asyncgen_hooks`: this thread's (firstiter, finalizer).
    pub(crate) asyncgen_hooks: (Option<crate::objects::Value>, Option<crate::objects::Value>),
    /// The proof that this thread holds the GIL, taken when the thread state was made (see
    /// [`Vm::gil`]).
    gil: crate::gil::Gil<'static>,
    /// The `sys.settrace`/`setprofile` hooks, when set (see `systrace`).
    pub(crate) hooks: Option<Box<systrace::Hooks>>,
    /// Set when `run` returns to switch between its plain and tracing copies.
    pub(crate) switch_loop: bool,
}

impl Vm {
    /// A thread state for the current thread, which must hold the GIL, with a fresh
    /// interpreter (builtins and `sys` set up).
    pub fn new() -> Vm {
        debug_assert!(crate::gil::held_by_this_thread());
        let mut vm = Vm::for_thread(Rc::new(Interp::new()));
        crate::modules::install(&mut vm);
        vm
    }

    /// A thread state for a new thread of `interp` (the current thread holds the GIL).
    pub fn for_thread(interp: Rc<Interp>) -> Vm {
        let gil = crate::gil::token();
        Vm {
            interp,
            data: stack::DataStack::new(),
            frames: frames::FrameStack::with_capacity(64),
            blocks: Vec::with_capacity(64),
            handled: None,
            next_ip: 0,
            thread_key: frames::new_thread_key(),
            native_depth: 0,
            stack_limit: crate::objects::core::stack::stack_limit(),
            asyncgen_hooks: (None, None),
            gil,
            hooks: None,
            switch_loop: false,
        }
    }

    /// The GIL token, free: a `Vm` is made on a thread holding the GIL (checked by
    /// `for_thread`) and never leaves it (`Vm` is `!Send`), and the GIL is let go only where
    /// the `Vm` cannot be used — inside `allow_threads` (its closure is `Send`, the `Vm` is
    /// not `Sync`) and during a safepoint's hand-over, which retakes the GIL before it returns
    /// to the eval loop (`gil::yield_gil`).
    #[inline(always)]
    pub fn gil(&self) -> crate::gil::Gil<'_> {
        self.gil
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
