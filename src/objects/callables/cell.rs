//! Cells: the boxes that closures share variables through.

use crate::objects::classes::typeobj::TypeSlots;
use crate::objects::classes::typeobj::TypeSpec;
use crate::objects::core::tail::ValueCell;
use crate::objects::core::PyRef;
use crate::objects::strings::str::as_str;
use crate::objects::trace::{visit_value, Trace};
use crate::objects::{types, Value};
use crate::vm::{PyResult, Vm};

pub struct CellObj {
    /// `Value::Null` while empty. (A `ValueCell`, not a `RefCell`: `LOAD_DEREF` reads it
    /// without a borrow flag to check and count.)
    pub value: ValueCell,
}

impl Trace for CellObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit_value(&self.value.get(), visit);
    }
    fn clear(&self) {
        drop(self.value.take());
    }
}

impl CellObj {
    pub fn new_ref(value: Value) -> PyRef {
        PyRef::new(
            &types().cell,
            CellObj {
                value: ValueCell::new(value),
            },
        )
    }
}

/// `cell.cell_contents`: the value, ValueError while the cell is empty.
fn cell_getattr(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let Some(c) = v.downcast::<CellObj>() else {
        return Ok(None);
    };
    if as_str(&Value::Obj(name.clone())) != Some("cell_contents") {
        return Ok(None);
    }
    let value = c.value.get();
    if value.is_null() {
        return Err(crate::exc!(value_error, "Cell is empty"));
    }
    Ok(Some(value))
}

pub const SLOTS: TypeSlots = TypeSlots {
    getattr: Some(cell_getattr),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: &[],
    getsets: &[],
};
