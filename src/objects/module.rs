//! Module objects: a name and a globals dict.

use super::core::PyRef;
use super::typeobj::TypeSlots;

pub struct ModuleObj {
    pub name: PyRef,
    /// The module's namespace (a dict object): its functions' globals.
    pub dict: PyRef,
}

pub const SLOTS: TypeSlots = TypeSlots::EMPTY;
