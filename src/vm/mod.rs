//! The virtual machine: a thread's interpreter state ([`Vm`]), the eval loop (`eval`), calls
//! (`call`), the protocol operations every type goes through (`protocol`), and the
//! interpreter-wide state shared by threads (`interp`).

pub mod args;
pub mod protocol;

pub use self::args::Args;
pub use crate::objects::exception::PyErr;

pub type PyResult<T> = Result<T, PyErr>;

/// One thread's interpreter state. Created for a thread holding the GIL; all object access
/// goes through it.
pub struct Vm {
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub handled: Option<PyErr>,
}

impl Vm {
    /// A thread state for the current thread, which must hold the GIL.
    pub fn new() -> Vm {
        debug_assert!(crate::gil::held_by_this_thread());
        Vm { handled: None }
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
