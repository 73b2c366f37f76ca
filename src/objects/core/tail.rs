//! Variable-size objects: a payload followed, in the same allocation, by a *tail* of items.
//!
//! A payload type opts in through the `payloads!` table (`Instance => InstanceObj [ValueCell]`):
//! its [`PyPayload::Tail`] is the item type and [`PyPayload::tail_len`] the number of items,
//! which the payload records when it is made and never changes — freeing, `box_size` and
//! every tail access read it there, so the payload and its allocation cannot disagree.
//! Fixed-size payloads have the uninhabited [`NoTail`] and a length of 0, and compile to what
//! they were before.
//!
//! The box is `PyBox<P>` (header, payload; `P` is the payload or its `WithDict`), then the
//! items at [`tail_offset`]: the box's size rounded up to the items' alignment. An object is
//! made by [`PyRef::new_var`], which writes the items from a closure, and its tail is reached
//! through [`PyRef::downcast_var`] (a shared slice for as long as the reference lives).
//! Items that hold references say so through [`TailItem`], so the collector traverses and
//! clears them without the payload's help.
//!
//! Instances use it for their attribute and `__slots__` values (`ValueCell`s: one allocation
//! per instance), strs for their text (`u8` items, reached through `text::Text`), tuples for
//! their items (`Value`s, reached through `items::Items`).
//!
//! [`PyPayload::Tail`]: super::PyPayload::Tail
//! [`PyPayload::tail_len`]: super::PyPayload::tail_len
//! [`PyRef::new_var`]: super::PyRef::new_var
//! [`PyRef::downcast_var`]: super::PyRef::downcast_var

use std::alloc::Layout;
use std::cell::UnsafeCell;

use super::{PyBox, PyRef};
use crate::objects::Value;

/// The tail item type of a fixed-size payload: there are none.
pub enum NoTail {}

/// What the collector needs from a tail item type: the references an item holds
/// (`trace_item`) and how to drop them (`clear_item`). Items without references keep the
/// defaults.
pub trait TailItem: 'static {
    /// Whether the items are traversed and released last to first (a tuple's `Value`s, as
    /// CPython's tuple does) rather than first to last.
    const LAST_FIRST: bool = false;
    fn trace_item(&self, _visit: &mut dyn FnMut(&PyRef)) {}
    fn clear_item(&self) {}
}

impl TailItem for NoTail {}
impl TailItem for u8 {}

/// A `Value` that can be read and replaced through a shared reference: the item of an
/// instance's tail. Reads clone the value out; writes hand the old value back for the caller
/// to drop once it holds no borrow (a drop can free objects). Like every object interior it
/// is touched only under the GIL (`Value` is `!Send`, so the cell is too).
#[repr(transparent)]
pub struct ValueCell(UnsafeCell<Value>);

impl ValueCell {
    pub const fn new(v: Value) -> ValueCell {
        ValueCell(UnsafeCell::new(v))
    }

    /// A cell holding `Value::Null` (an unset slot, an unused attribute cell).
    pub const fn null() -> ValueCell {
        ValueCell::new(Value::Null)
    }

    /// The value (a counted copy).
    #[inline(always)]
    pub fn get(&self) -> Value {
        // SAFETY: no reference into the cell outlives a call of `get`, `replace` or
        // `is_null`, and none of them runs code that could reach the cell while its reference
        // lives (cloning a `Value` only increments a count), so this shared read never
        // overlaps a write.
        unsafe { (*self.0.get()).clone() }
    }

    /// Whether the cell holds `Value::Null`.
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        // SAFETY: as in `get`: a momentary read.
        unsafe { (*self.0.get()).is_null() }
    }

    /// Stores `v` and returns the old value (drop it after any borrow ends).
    #[inline(always)]
    #[must_use]
    pub fn replace(&self, v: Value) -> Value {
        // SAFETY: as in `get`: no other reference into the cell exists during the swap, and
        // the old value is moved out, not dropped here.
        unsafe { std::mem::replace(&mut *self.0.get(), v) }
    }

    /// Takes the value out, leaving `Value::Null`.
    #[inline(always)]
    #[must_use]
    pub fn take(&self) -> Value {
        self.replace(Value::Null)
    }
}

impl TailItem for ValueCell {
    fn trace_item(&self, visit: &mut dyn FnMut(&PyRef)) {
        // (a counted copy: the visitor gets a reference that no write to the cell can free)
        if let Value::Obj(o) = self.get() {
            visit(&o);
        }
    }
    fn clear_item(&self) {
        drop(self.take());
    }
}

/// Where the tail of a `PyBox<P>` with items `I` starts: the box's size rounded up to the
/// items' alignment.
pub const fn tail_offset<P, I>() -> usize {
    let size = std::mem::size_of::<PyBox<P>>();
    let align = std::mem::align_of::<I>();
    size.div_ceil(align) * align
}

/// The allocation of a `PyBox<P>` followed by `n` items `I`.
pub fn box_layout<P, I>(n: usize) -> Layout {
    let size = std::mem::size_of::<I>()
        .checked_mul(n)
        .and_then(|items| items.checked_add(tail_offset::<P, I>()))
        .expect("object size overflows");
    let align = std::mem::align_of::<PyBox<P>>().max(std::mem::align_of::<I>());
    Layout::from_size_align(size, align)
        .expect("object size overflows")
        .pad_to_align()
}
