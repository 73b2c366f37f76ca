//! `_collections._tuplegetter(index, doc)`: the field descriptors of namedtuple classes.
//! `p.x` reads item `index` of the tuple without a Python call; the fields are read-only
//! ("can't set attribute", as CPython's).

use std::cell::RefCell;

use crate::exc;
use crate::objects::callables::native::{native, new_native, this, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{GetSetDef, TypeSlots, TypeSpec};
use crate::objects::containers::seq::index_arg;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::new_str;
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

pub struct TupleGetter {
    index: usize,
    /// `__doc__`, a writable member (namedtuple's field docs are meant to be edited).
    doc: RefCell<Value>,
}

impl NativeData for TupleGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.doc.borrow());
    }
}

fn getter_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("_tuplegetter")?;
    let [index, doc] = args.pos() else {
        return Err(crate::vm::sig::count_error(
            "_tuplegetter",
            2,
            2,
            args.pos().len(),
        ));
    };
    let index = usize::try_from(index_arg(index)?)
        .map_err(|_| exc!(index_error, "tuple index out of range"))?;
    Ok(new_native(
        cls,
        TupleGetter {
            index,
            doc: RefCell::new(doc.clone()),
        },
    ))
}

fn getter_get(_vm: &mut Vm, d: &Value, obj: Option<&Value>, _owner: &PyRef) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    let g = this::<TupleGetter>(d);
    let Some(t) = obj.downcast::<TupleObj>() else {
        return Err(exc!(
            type_error,
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            obj.type_name()
        ));
    };
    t.items
        .get(g.index)
        .cloned()
        .ok_or_else(|| exc!(index_error, "tuple index out of range"))
}

fn getter_set(_vm: &mut Vm, _d: &Value, _obj: &Value, value: Option<Value>) -> PyResult<()> {
    Err(match value {
        Some(_) => exc!(attribute_error, "can't set attribute"),
        None => exc!(attribute_error, "can't delete attribute"),
    })
}

fn get_doc(_vm: &mut Vm, d: &Value) -> PyResult<Value> {
    Ok(this::<TupleGetter>(d).doc.borrow().clone())
}

/// Sets `__doc__` (deleting it leaves None, as a `T_OBJECT` member; the old value is
/// dropped after the borrow ends).
fn set_doc(_vm: &mut Vm, d: &Value, value: Option<Value>) -> PyResult<()> {
    let old = this::<TupleGetter>(d)
        .doc
        .replace(value.unwrap_or(Value::None));
    drop(old);
    Ok(())
}

fn getter_repr(vm: &mut Vm, d: &Value) -> PyResult<PyRef> {
    let g = native::<TupleGetter>(d).expect("a _tuplegetter");
    let doc = g.doc.borrow().clone();
    let doc = vm.repr_string(&doc)?;
    Ok(new_str(format!("_tuplegetter({}, {})", g.index, doc)))
}

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(getter_new),
    repr: Some(getter_repr),
    descr_get: Some(getter_get),
    descr_set: Some(getter_set),
    ..PLAIN_SLOTS
};

pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: &[],
    getsets: &[GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: Some(set_doc),
        member: true,
    }],
};
