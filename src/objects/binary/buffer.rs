//! The buffer protocol: one way for any object to share its memory (CPython's
//! `Py_buffer`).
//!
//! A type exports by filling its `buffer` slot ([`BufferSlot`]): given an instance it lends
//! an [`Export`] — the bytes (fixed, as a `bytes`'s, or in a `RefCell<Vec<u8>>` that may
//! grow, as a `bytearray`'s or an `array`'s), the export counter of a resizable store, and
//! the item format and size. Consumers never see an `Export` for longer than one call: they
//! take a [`Buffer`], which owns a reference to the exporter and counts as one export while
//! it lives (a `bytearray` or `array` with live exports refuses to change size, with
//! CPython's BufferError), and reach the bytes through [`Buffer::with`] /
//! [`Buffer::with_mut`], closures that cannot run Python code — so no `RefCell` borrow is
//! ever held across a call into Python (DESIGN.md §2). A `memoryview` is a consumer that
//! re-exports: acquiring a buffer from a contiguous view gives the region it shows.
//!
//! [`bytes_like`] is the one helper for "a bytes-like object is required" arguments.
//!
//! [`BufferSlot`]: crate::objects::classes::typeobj::BufferSlot

use std::cell::{Cell, RefCell};

use crate::exc;
use crate::objects::Value;
use crate::vm::PyResult;

/// Where an exporter keeps its bytes.
pub enum Store<'a> {
    /// Immutable bytes (`bytes`): the buffer is read-only.
    Fixed(&'a [u8]),
    /// A growable buffer (`bytearray`, `array.array`): writable, resized only with no exports.
    Resizable(&'a RefCell<Vec<u8>>),
}

/// What the `buffer` slot lends for the duration of one call.
pub struct Export<'a> {
    pub store: Store<'a>,
    /// The live-export counter of a resizable store.
    pub exports: Option<&'a Cell<usize>>,
    /// The struct-module format of one item (`"B"` for bytes).
    pub format: &'static str,
    pub itemsize: usize,
}

/// The error a resizable exporter raises when asked to change size while exported.
pub fn resize_error() -> crate::vm::PyErr {
    exc!(
        buffer_error,
        "Existing exports of data: object cannot be re-sized"
    )
}

/// Fails with [`resize_error`] while `exports` is nonzero.
pub fn check_resizable(exports: &Cell<usize>) -> PyResult<()> {
    if exports.get() > 0 {
        return Err(resize_error());
    }
    Ok(())
}

/// The export `v`'s type lends, if it is an exporter.
pub fn export(v: &Value) -> Option<Export<'_>> {
    crate::vm::protocol::slots(v).buffer.and_then(|f| f(v))
}

/// An acquired buffer: a region of an exporter's memory, kept alive (and, for a
/// resizable exporter, counted as an export so its size cannot change) until dropped.
pub struct Buffer {
    obj: Value,
    /// The region, in bytes, within the exporter's store.
    pub start: usize,
    pub len: usize,
    pub readonly: bool,
    pub format: &'static str,
    pub itemsize: usize,
}

impl Buffer {
    /// The whole buffer of an exporter, or `None` when `v` exports nothing. A memoryview
    /// lends the region it shows (ValueError when released, BufferError when it is not
    /// contiguous).
    pub fn acquire(v: &Value) -> PyResult<Option<Buffer>> {
        if let Some(mv) = v.downcast::<super::memoryview::MemoryViewObj>() {
            return mv.contiguous_buffer().map(Some);
        }
        let Some(e) = export(v) else {
            return Ok(None);
        };
        let (len, readonly) = match e.store {
            Store::Fixed(b) => (b.len(), true),
            Store::Resizable(cell) => (cell.borrow().len(), false),
        };
        if let Some(n) = e.exports {
            n.set(n.get() + 1);
        }
        Ok(Some(Buffer {
            obj: v.clone(),
            start: 0,
            len,
            readonly,
            format: e.format,
            itemsize: e.itemsize,
        }))
    }

    /// Like [`Buffer::acquire`], with CPython's TypeError for a non-exporter.
    pub fn require(v: &Value) -> PyResult<Buffer> {
        Buffer::acquire(v)?.ok_or_else(|| not_bytes_like(v))
    }

    /// A writable buffer (`pack_into`, `readinto`): TypeError "argument must be read-write
    /// bytes-like object, not X" otherwise.
    pub fn require_writable(v: &Value) -> PyResult<Buffer> {
        match Buffer::acquire(v) {
            Ok(Some(b)) if !b.readonly => Ok(b),
            Err(e) if e.matches(&crate::objects::types().exc.value_error) => Err(e),
            _ => Err(exc!(
                type_error,
                "argument must be read-write bytes-like object, not {}",
                v.type_name()
            )),
        }
    }

    /// The exporter.
    pub fn obj(&self) -> &Value {
        &self.obj
    }

    /// A narrower region of the same exporter (one more export).
    pub fn region(&self, start: usize, len: usize, readonly: bool) -> Buffer {
        let mut b = self.clone();
        b.start = start;
        b.len = len;
        b.readonly = readonly;
        b
    }

    /// Calls `f` with the region's bytes (empty if the exporter's store went away).
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        let range = self.start..self.start + self.len;
        match export(&self.obj).map(|e| e.store) {
            Some(Store::Fixed(b)) => f(b.get(range).unwrap_or_default()),
            Some(Store::Resizable(cell)) => f(cell.borrow().get(range).unwrap_or_default()),
            None => f(&[]),
        }
    }

    /// Calls `f` with the region's bytes, writable (a read-only exporter lends nothing:
    /// callers check `readonly` first).
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        let range = self.start..self.start + self.len;
        match export(&self.obj).map(|e| e.store) {
            Some(Store::Resizable(cell)) if !self.readonly => {
                f(cell.borrow_mut().get_mut(range).unwrap_or_default())
            }
            _ => f(&mut []),
        }
    }

    /// A copy of the region's bytes.
    pub fn to_vec(&self) -> Vec<u8> {
        self.with(|b| b.to_vec())
    }

    fn exports(&self) -> Option<&Cell<usize>> {
        export(&self.obj).and_then(|e| e.exports)
    }
}

impl Clone for Buffer {
    fn clone(&self) -> Buffer {
        if let Some(n) = self.exports() {
            n.set(n.get() + 1);
        }
        Buffer {
            obj: self.obj.clone(),
            start: self.start,
            len: self.len,
            readonly: self.readonly,
            format: self.format,
            itemsize: self.itemsize,
        }
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        if let Some(n) = self.exports() {
            n.set(n.get().saturating_sub(1));
        }
    }
}

/// CPython's TypeError for an argument that exports no buffer.
pub fn not_bytes_like(v: &Value) -> crate::vm::PyErr {
    exc!(
        type_error,
        "a bytes-like object is required, not '{}'",
        v.type_name()
    )
}

/// The bytes of a bytes-like argument (anything with a buffer: bytes, bytearray,
/// memoryview, array.array), or CPython's TypeError / BufferError / ValueError.
/// (No Python code runs while a buffer is read, so no `Vm` is needed.)
pub fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = quick(v) {
        return Ok(b);
    }
    Ok(Buffer::require(v)?.to_vec())
}

/// Like [`bytes_like`], but `None` for an object that exports no buffer (the caller has
/// its own message, or another meaning for it).
pub fn try_bytes_like(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = quick(v) {
        return Ok(Some(b));
    }
    Ok(Buffer::acquire(v)?.map(|b| b.to_vec()))
}

/// The bytes of an exporter, or `None` — also for a buffer that cannot be had (a released
/// or non-contiguous memoryview), as the callers that report their own TypeError
/// ("can't concat memoryview to bytes") want.
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    try_bytes_like(v).ok().flatten()
}

/// The bytes `bytes(x)` / `bytearray(x)` copy from an exporter: a non-contiguous
/// memoryview gives its items in order (ValueError once released).
pub fn contents(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(mv) = v.downcast::<super::memoryview::MemoryViewObj>() {
        return mv.tobytes().map(Some);
    }
    try_bytes_like(v)
}

/// Calls `f` with the bytes of an exporter without copying them when it can.
pub fn with_buffer<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = v.downcast::<super::bytes::BytesObj>() {
        return Some(f(&b.bytes));
    }
    let b = Buffer::acquire(v).ok().flatten()?;
    Some(b.with(f))
}

/// The common cases without counting an export.
fn quick(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<super::bytes::BytesObj>() {
        return Some(b.bytes.to_vec());
    }
    v.downcast::<super::bytearray::ByteArrayObj>()
        .map(|b| b.data.borrow().clone())
}
