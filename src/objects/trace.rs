//! What the cycle collector needs from every payload type (`objects::core::gc`): which
//! objects are containers (`is_gc`), the references each owns (`trace`, CPython's
//! `tp_traverse`) and how to drop them (`clear`, `tp_clear`).
//!
//! A missing `trace` edge is a silent leak (the referent looks referenced from outside), never
//! a crash: the collector only frees what refcounting frees once `clear` broke the cycles.
//! Both run while no Python code runs; a `RefCell` that is borrowed elsewhere (a dict in the
//! middle of an operation that called `gc.collect()`) is skipped, which is conservative.
//!
//! Types that can hold no references keep the defaults (not containers). Instances
//! (`InstanceObj`) implement theirs next to their private layout, in `instance`; the items
//! of a variable-size object's tail are traced by the object core (`core::tail`).

use super::module::ModuleObj;
use super::{PyRef, Value};
use crate::objects::bytes::bytearray::ByteArrayObj;
use crate::objects::bytes::bytes::{BytesIterObj, BytesObj};
use crate::objects::callables::cell::CellObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::descr::{FuncWrapperObj, MemberDescrObj, PropertyObj, SuperObj};
use crate::objects::callables::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::classes::generic_alias::GenericAliasObj;
use crate::objects::classes::singleton::SingletonObj;
use crate::objects::classes::slotdefs::SlotWrapperObj;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::dictview::DictViewObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::range::RangeObj;
use crate::objects::containers::set::SetObj;
use crate::objects::containers::slice::SliceObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::exceptions::exception::ExceptionObj;
use crate::objects::io::file::FileObj;
use crate::objects::io::stream::StreamObj;
use crate::objects::numbers::float::FloatObj;
use crate::objects::numbers::int::IntObj;
use crate::objects::strings::str::StrObj;

pub trait Trace {
    /// Whether objects of this payload are tracked by the collector.
    fn is_gc(&self) -> bool {
        false
    }

    /// Visits every reference the payload owns.
    fn trace(&self, _visit: &mut dyn FnMut(&PyRef)) {}

    /// Drops the references that can be dropped (the collector breaks cycles with this).
    fn clear(&self) {}
}

/// Visits `v` if it is a heap object.
#[inline]
pub fn visit_value(v: &Value, visit: &mut dyn FnMut(&PyRef)) {
    if let Value::Obj(o) = v {
        visit(o);
    }
}

/// Visits every value of `values`.
pub fn visit_values(values: &[Value], visit: &mut dyn FnMut(&PyRef)) {
    values.iter().for_each(|v| visit_value(v, visit));
}

/// Takes the value out of `cell` (if it is not borrowed) and drops it after the borrow.
fn take_value(cell: &std::cell::RefCell<Value>) {
    if let Ok(mut v) = cell.try_borrow_mut() {
        let old = std::mem::replace(&mut *v, Value::None);
        drop(v);
        drop(old);
    }
}

/// Empties `__slots__` values (back to unset) and drops them after the borrow.
fn take_slots(slots: &std::cell::RefCell<Vec<Value>>) {
    if let Ok(mut s) = slots.try_borrow_mut() {
        let old: Vec<Value> = s
            .iter_mut()
            .map(|v| std::mem::replace(v, Value::Null))
            .collect();
        drop(s);
        drop(old);
    }
}

fn take_option(cell: &std::cell::RefCell<Option<PyRef>>) {
    if let Ok(mut v) = cell.try_borrow_mut() {
        let old = v.take();
        drop(v);
        drop(old);
    }
}

fn visit_option(cell: &std::cell::RefCell<Option<PyRef>>, visit: &mut dyn FnMut(&PyRef)) {
    if let Ok(v) = cell.try_borrow() {
        v.iter().for_each(visit);
    }
}

fn visit_cell(cell: &std::cell::RefCell<Value>, visit: &mut dyn FnMut(&PyRef)) {
    if let Ok(v) = cell.try_borrow() {
        visit_value(&v, visit);
    }
}

// Never containers.
impl Trace for StrObj {}
impl Trace for IntObj {}
impl Trace for BytesObj {}
impl Trace for BytesIterObj {}
impl Trace for ByteArrayObj {}
impl Trace for RangeObj {}
impl Trace for CodeObj {}
impl Trace for SingletonObj {}
impl Trace for StreamObj {}
impl Trace for SlotWrapperObj {}
impl Trace for FileObj {}
// (slices are not tracked in CPython either: they hold their bounds, rarely a container)
impl Trace for SliceObj {}

impl Trace for MemberDescrObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

impl Trace for TypeObject {
    fn is_gc(&self) -> bool {
        self.heap
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.trace_all(visit);
    }
    fn clear(&self) {
        self.clear_all();
    }
}

impl Trace for ListObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(items) = self.items.try_borrow() {
            // (last first, as CPython's traverse: the collector's order of survivors)
            items.iter().rev().for_each(|v| visit_value(v, visit));
        }
    }
    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let old = std::mem::take(&mut *items);
            drop(items);
            crate::objects::containers::seq::drop_reversed(old);
        }
    }
}

impl Trace for TupleObj {
    fn is_gc(&self) -> bool {
        true
    }
    // (the items are the object's tail, which the core traverses, last first as CPython)
}

impl Trace for DictObj {
    fn is_gc(&self) -> bool {
        !self.tracks_itself_later()
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.trace_entries(visit);
    }
    fn clear(&self) {
        self.clear_entries();
    }
}

impl Trace for SetObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.trace_keys(visit);
    }
    fn clear(&self) {
        self.clear_keys();
    }
}

impl Trace for FunctionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.globals);
        visit_option(&self.defaults, visit);
        visit_option(&self.kwdefaults, visit);
        self.closure.iter().for_each(&mut *visit);
        visit_cell(&self.doc, visit);
        visit_cell(&self.module, visit);
        visit_option(&self.dict, visit);
        visit_option(&self.annotations, visit);
    }
    fn clear(&self) {
        take_option(&self.defaults);
        take_option(&self.kwdefaults);
        take_option(&self.dict);
        take_option(&self.annotations);
        take_value(&self.doc);
        take_value(&self.module);
    }
}

impl Trace for BuiltinFunctionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(b) = &self.bound {
            visit_value(b, visit);
        }
    }
}

impl Trace for BoundMethodObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit_value(&self.func, visit);
        visit_value(&self.self_, visit);
    }
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

impl Trace for ModuleObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
    }
}

impl Trace for ExceptionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        visit_option(&self.traceback, visit);
        visit_cell(&self.cause, visit);
        visit_cell(&self.context, visit);
        visit_option(&self.dict, visit);
    }
    fn clear(&self) {
        take_option(&self.traceback);
        take_value(&self.cause);
        take_value(&self.context);
        take_option(&self.dict);
    }
}

impl Trace for FloatObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(s) = self.slots.try_borrow() {
            visit_values(&s, visit);
        }
    }
    // (a float subclass's `__slots__` values can make a cycle: `f.x = f`)
    fn clear(&self) {
        take_slots(&self.slots);
    }
}

impl Trace for DictViewObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
    }
}

impl Trace for FuncWrapperObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit_value(&self.func, visit);
        visit_option(&self.dict, visit);
    }
    fn clear(&self) {
        take_option(&self.dict);
    }
}

impl Trace for PropertyObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        for v in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            visit_value(v, visit);
        }
        visit_cell(&self.name, visit);
    }
}

impl Trace for SuperObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.start);
        if let Some(o) = &self.obj {
            visit_value(o, visit);
        }
        self.obj_type.iter().for_each(visit);
    }
}

impl Trace for GenericAliasObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit_value(&self.origin, visit);
        visit(&self.args);
    }
}
