//! What the cycle collector needs from every payload type (`objects::core::gc`): which
//! objects are containers (`is_gc`), the references each owns (`trace`, CPython's
//! `tp_traverse`) and how to drop them (`clear`, `tp_clear`).
//!
//! A missing `trace` edge is a silent leak (the referent looks referenced from outside), never
//! a crash: the collector only frees what refcounting frees once `clear` broke the cycles.
//! Both run while no Python code runs; a `RefCell` that is borrowed elsewhere (a dict in the
//! middle of an operation that called `gc.collect()`) is skipped, which is conservative.
//!
//! This file holds only the trait and the helpers the implementations share. Every payload
//! implements `Trace` in its own file, right after its struct, so whoever adds a field sees
//! the traverse to update; `Trace` is a supertrait of `PyPayload`, so a payload type cannot
//! exist without saying what it traces. Types that can hold no references keep the defaults
//! (not containers) with an empty `impl`. The items of a variable-size object's tail are
//! traced by the object core (`core::tail`).

use super::{PyRef, Value};

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
pub fn take_value(cell: &std::cell::RefCell<Value>) {
    if let Ok(mut v) = cell.try_borrow_mut() {
        let old = std::mem::replace(&mut *v, Value::None);
        drop(v);
        drop(old);
    }
}

/// Empties `__slots__` values (back to unset) and drops them after the borrow.
pub fn take_slots(slots: &std::cell::RefCell<Vec<Value>>) {
    if let Ok(mut s) = slots.try_borrow_mut() {
        let old: Vec<Value> = s
            .iter_mut()
            .map(|v| std::mem::replace(v, Value::Null))
            .collect();
        drop(s);
        drop(old);
    }
}

/// Takes the reference out of `cell` (if it is not borrowed) and drops it after the borrow.
pub fn take_option(cell: &std::cell::RefCell<Option<PyRef>>) {
    if let Ok(mut v) = cell.try_borrow_mut() {
        let old = v.take();
        drop(v);
        drop(old);
    }
}

/// Visits the reference in `cell`, if any (skipped while the cell is borrowed mutably).
pub fn visit_option(cell: &std::cell::RefCell<Option<PyRef>>, visit: &mut dyn FnMut(&PyRef)) {
    if let Ok(v) = cell.try_borrow() {
        v.iter().for_each(visit);
    }
}

/// Visits the value in `cell` (skipped while the cell is borrowed mutably).
pub fn visit_cell(cell: &std::cell::RefCell<Value>, visit: &mut dyn FnMut(&PyRef)) {
    if let Ok(v) = cell.try_borrow() {
        visit_value(&v, visit);
    }
}
