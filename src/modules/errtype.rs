//! Exception classes that native modules define (`binascii.Error`, `zlib.error`, ...): each
//! is a plain subclass made once per process, the first time its module needs it.

use std::cell::OnceCell;

use crate::objects::callables::native::new_native_type;
use crate::objects::classes::typeobj::{TypeSlots, TypeSpec};
use crate::objects::core::GilStatic;
use crate::objects::{Kind, PyRef};

/// The cell an exception class lives in (a `static` per class).
pub type ErrCell = GilStatic<OnceCell<PyRef>>;

/// The class `module.name` deriving from `base`, made on first use and kept in `cell`.
pub fn exception_type(
    cell: &'static ErrCell,
    module: &str,
    name: &str,
    base: &PyRef,
) -> &'static PyRef {
    cell.get(crate::gil::token()).get_or_init(|| {
        new_native_type(
            module,
            name,
            Some(base),
            Kind::Exception,
            TypeSpec::slots(TypeSlots::EMPTY),
        )
    })
}
