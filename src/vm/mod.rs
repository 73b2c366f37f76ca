//! The virtual machine: a thread's interpreter state ([`Vm`]), the eval loop (`eval`), calls
//! (`call`), attribute access (`attr`), the protocol operations every type goes through
//! (`protocol`), tracebacks, and the interpreter-wide state shared by threads (`interp`).

pub mod args;
pub mod attr;
pub mod call;
pub mod eval;
pub mod finalize;
pub mod frames;
pub mod import;
pub mod interp;
mod pattern;
pub mod protocol;
pub mod suggestions;
pub mod traceback;
mod wide_chars;

use std::rc::Rc;

pub use self::args::Args;
pub use self::interp::Interp;
pub use crate::objects::exception::PyErr;
use crate::objects::Value;

pub type PyResult<T> = Result<T, PyErr>;

/// One thread's interpreter state. Created for a thread holding the GIL; all object access
/// goes through it.
pub struct Vm {
    pub interp: Rc<Interp>,
    /// The value stack: every active frame's slots and operands.
    pub(crate) stack: Vec<Value>,
    /// Active Python frames (for the recursion limit).
    pub(crate) depth: usize,
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub handled: Option<PyErr>,
    /// Where each active Python frame resolves names (`globals()`, `locals()`, `eval`).
    pub(crate) frames: Vec<frames::FrameRecord>,
    /// What frames record beyond their base (see `frames`).
    pub(crate) frame_extras: Vec<frames::FrameExtra>,
    /// Just past the instruction the innermost frame is executing (see `frames`).
    pub(crate) next_ip: usize,
    /// Names this thread's frame stack to the frame objects living on it.
    pub(crate) thread_key: usize,
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
        debug_assert!(crate::gil::held_by_this_thread());
        Vm {
            interp,
            stack: Vec::with_capacity(1024),
            depth: 0,
            handled: None,
            frames: Vec::with_capacity(64),
            frame_extras: Vec::new(),
            next_ip: 0,
            thread_key: frames::new_thread_key(),
        }
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
