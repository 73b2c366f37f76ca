//! `memoryview`: a typed, shaped window on another object's memory (`buffer.rs`).
//!
//! A view owns a [`Buffer`] acquired from the exporter (so a `bytearray` under a view cannot
//! be resized) and a [`Layout`]: where item 0 sits, the shape and strides in bytes, the
//! item format. Slicing makes a new view over the same buffer; `memoryview(view)` copies
//! the view, so `obj` is always the original exporter. `release()` (or leaving a `with`
//! block) drops the buffer; every operation on a released view then raises CPython's
//! ValueError.
//!
//! Re-entrancy (DESIGN.md §2): operations take a snapshot of the view (`MemoryViewObj::get`:
//! a clone of the buffer and layout) and release the `RefCell` borrow before converting
//! anything, so an `__index__` that releases the view cannot pull memory from under a
//! write.

use std::cell::{Cell, RefCell};

use super::buffer::Buffer;
use super::items;
use crate::objects::callables::bind::bind;
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::list::list_value;
use crate::objects::containers::seq::{normalize_index, Sequence};
use crate::objects::containers::slice::SliceObj;
use crate::objects::containers::tuple::{tuple_value, TupleObj};
use crate::objects::core::PyRef;
use crate::objects::numbers::int::{as_int, not_implemented};
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::trace::Trace;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};
use crate::{exc, getset, method};

/// Where a view's items are, in bytes, within its buffer.
#[derive(Clone)]
pub struct Layout {
    /// The byte offset of the first item.
    offset: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    format: &'static str,
    itemsize: usize,
    readonly: bool,
}

impl Layout {
    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    /// C order (the last index varies fastest) with no gaps.
    fn c_contiguous(&self) -> bool {
        self.contiguous_in(self.shape.iter().zip(&self.strides).rev())
    }

    fn f_contiguous(&self) -> bool {
        self.contiguous_in(self.shape.iter().zip(&self.strides))
    }

    /// CPython's flags: a 1-D view is contiguous when its one stride is the item size (or
    /// it has one item), even when empty; an N-D view when empty or without gaps.
    fn contiguous_in<'a>(&self, dims: impl Iterator<Item = (&'a usize, &'a isize)>) -> bool {
        if let ([n], [s]) = (&self.shape[..], &self.strides[..]) {
            return *n == 1 || *s == self.itemsize as isize;
        }
        if self.shape.contains(&0) {
            return true;
        }
        let mut expected = self.itemsize as isize;
        for (&n, &s) in dims {
            if n > 1 && s != expected {
                return false;
            }
            expected *= n as isize;
        }
        true
    }

    /// The byte offset of every item, in C order (or Fortran order with `fortran`).
    fn positions(&self, fortran: bool) -> Vec<usize> {
        let mut out = vec![self.offset as isize];
        let dims: Vec<usize> = if fortran {
            (0..self.shape.len()).rev().collect()
        } else {
            (0..self.shape.len()).collect()
        };
        for d in dims {
            out = out
                .iter()
                .flat_map(|&p| (0..self.shape[d]).map(move |k| (p, k)))
                .map(|(p, k)| p + k as isize * self.strides[d])
                .collect();
        }
        out.into_iter().map(|p| p as usize).collect()
    }
}

/// A view's buffer and layout.
#[derive(Clone)]
pub struct View {
    buf: Buffer,
    layout: Layout,
}

impl View {
    fn item_bytes(&self, at: usize) -> Vec<u8> {
        let n = self.layout.itemsize;
        self.buf
            .with(|b| b.get(at..at + n).map(<[u8]>::to_vec))
            .unwrap_or_else(|| vec![0; n])
    }

    fn item(&self, at: usize) -> PyResult<Value> {
        items::unpack(self.layout.format, &self.item_bytes(at))
    }

    fn tobytes(&self, fortran: bool) -> Vec<u8> {
        let n = self.layout.itemsize;
        let positions = self.layout.positions(fortran);
        self.buf.with(|b| {
            let mut out = Vec::with_capacity(positions.len() * n);
            for p in positions {
                out.extend_from_slice(b.get(p..p + n).unwrap_or(&[]));
            }
            out
        })
    }

    fn tolist(&self) -> PyResult<Value> {
        items::check_supported(self.layout.format)?;
        let flat = self
            .layout
            .positions(false)
            .into_iter()
            .map(|p| self.item(p))
            .collect::<PyResult<Vec<Value>>>()?;
        if self.layout.shape.is_empty() {
            return Ok(flat.into_iter().next().unwrap_or(Value::None));
        }
        Ok(nest(&flat, &self.layout.shape))
    }

    fn write(&self, at: usize, bytes: &[u8]) {
        self.buf.with_mut(|b| {
            if let Some(dest) = b.get_mut(at..at + bytes.len()) {
                dest.copy_from_slice(bytes);
            }
        });
    }
}

/// Nested lists of `flat` in the given shape.
fn nest(flat: &[Value], shape: &[usize]) -> Value {
    match shape {
        [] | [_] => list_value(flat.to_vec()),
        [n, rest @ ..] => {
            let step = rest.iter().product::<usize>();
            list_value(
                (0..*n)
                    .map(|k| nest(&flat[k * step..(k + 1) * step], rest))
                    .collect(),
            )
        }
    }
}

pub struct MemoryViewObj {
    /// `None` once released.
    view: RefCell<Option<View>>,
    hash: Cell<Option<i64>>,
}

impl Trace for MemoryViewObj {
    fn is_gc(&self) -> bool {
        true
    }

    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(v) = self.view.try_borrow() {
            if let Some(Value::Obj(o)) = v.as_ref().map(|v| v.buf.obj()) {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        if let Ok(mut v) = self.view.try_borrow_mut() {
            let old = v.take();
            drop(v);
            drop(old);
        }
    }
}

fn released() -> crate::vm::PyErr {
    exc!(
        value_error,
        "operation forbidden on released memoryview object"
    )
}

impl MemoryViewObj {
    /// A snapshot of the view (ValueError once released).
    pub fn get(&self) -> PyResult<View> {
        self.view.borrow().clone().ok_or_else(released)
    }

    fn is_released(&self) -> bool {
        self.view.borrow().is_none()
    }

    /// The bytes the view shows, in C order.
    pub fn tobytes(&self) -> PyResult<Vec<u8>> {
        Ok(self.get()?.tobytes(false))
    }

    /// The region a C-contiguous view shows, as a buffer of its own (the buffer protocol's
    /// answer for a memoryview).
    pub fn contiguous_buffer(&self) -> PyResult<Buffer> {
        let v = self.get()?;
        if !v.layout.c_contiguous() {
            return Err(exc!(
                buffer_error,
                "memoryview: underlying buffer is not C-contiguous"
            ));
        }
        let mut b = v
            .buf
            .region(v.layout.offset, v.layout.nbytes(), v.layout.readonly);
        b.format = v.layout.format;
        b.itemsize = v.layout.itemsize;
        Ok(b)
    }
}

fn new_view(view: View) -> Value {
    Value::Obj(PyRef::new(
        &types().memoryview,
        MemoryViewObj {
            view: RefCell::new(Some(view)),
            hash: Cell::new(None),
        },
    ))
}

fn this(v: &Value) -> &MemoryViewObj {
    v.downcast::<MemoryViewObj>().expect("a memoryview")
}

/// A view of all of `v`'s memory (`memoryview(v)`).
pub fn memoryview_of(v: &Value) -> PyResult<Value> {
    if let Some(mv) = v.downcast::<MemoryViewObj>() {
        return Ok(new_view(mv.get()?));
    }
    let Some(buf) = Buffer::acquire(v)? else {
        return Err(exc!(
            type_error,
            "memoryview: a bytes-like object is required, not '{}'",
            v.type_name()
        ));
    };
    let itemsize = buf.itemsize.max(1);
    let layout = Layout {
        offset: 0,
        shape: vec![buf.len / itemsize],
        strides: vec![itemsize as isize],
        format: buf.format,
        itemsize,
        readonly: buf.readonly,
    };
    Ok(new_view(View { buf, layout }))
}

// ---------------------------------------------------------------------------------------
// Slots

fn mv_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    // (Argument Clinic reports the missing argument before an unknown keyword)
    if args.pos().is_empty() && args.kw("object").is_none() && args.values.len() <= 1 {
        return Err(exc!(
            type_error,
            "memoryview() missing required argument 'object' (pos 1)"
        ));
    }
    let [obj] = bind(&args, "memoryview", ["object"], 1)?;
    memoryview_of(obj.expect("required"))
}

fn mv_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let state = if this(v).is_released() {
        "released "
    } else {
        ""
    };
    Ok(new_str(format!("<{state}memory at {:#x}>", vm.id(v))))
}

fn mv_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    // (CPython 3.11 counts a 0-dim view as one item)
    Ok(this(v).get()?.layout.shape.first().copied().unwrap_or(1))
}

/// What a subscript selects.
enum Key {
    /// One item at this byte offset.
    Item(usize),
    /// A view of the first dimension.
    Slice(Layout),
    /// `m[...]`: the view itself.
    Whole,
}

/// Resolves a subscript of `layout` (Python code may run: `__index__`).
fn resolve(vm: &mut Vm, layout: &Layout, key: &Value) -> PyResult<Key> {
    if layout.shape.is_empty() {
        if matches!(key, Value::Obj(o) if o.ptr_eq(&types().ellipsis)) {
            return Ok(Key::Whole);
        }
        let empty = key.downcast::<TupleObj>().is_some_and(|t| t.is_empty());
        if empty {
            return Ok(Key::Item(layout.offset));
        }
        return Err(exc!(type_error, "invalid indexing of 0-dim memory"));
    }
    if let Some(s) = key.downcast::<SliceObj>() {
        let (start, _, step, n) = s.indices_vm(vm, layout.shape[0])?;
        let mut l = layout.clone();
        l.offset = (layout.offset as isize + start * layout.strides[0]) as usize;
        l.shape[0] = n;
        l.strides[0] = layout.strides[0] * step;
        return Ok(Key::Slice(l));
    }
    if let Some(t) = key.downcast::<TupleObj>() {
        let keys: Vec<Value> = (0..t.len()).filter_map(|i| t.seq_get(i)).collect();
        return resolve_tuple(vm, layout, &keys);
    }
    if layout.shape.len() != 1 {
        if as_int(key).is_some() {
            return Err(exc!(
                not_implemented_error,
                "multi-dimensional sub-views are not implemented"
            ));
        }
        return Err(exc!(type_error, "memoryview: invalid slice key"));
    }
    let i = index_of(vm, key)?;
    Ok(Key::Item(item_offset(layout, 0, i)?))
}

/// An integer subscript (`__index__` allowed), as CPython's `PyNumber_AsSsize_t`.
fn index_of(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    let i = crate::vm::params::to_index(vm, key).map_err(|e| {
        if e.matches(&types().exc.type_error) {
            exc!(type_error, "memoryview: invalid slice key")
        } else {
            e
        }
    })?;
    as_int(&i).and_then(|i| i.to_i64()).ok_or_else(|| {
        exc!(
            index_error,
            "cannot fit '{}' into an index-sized integer",
            key.type_name()
        )
    })
}

/// The byte offset of index `i` along dimension `dim`, from `layout.offset`.
fn item_offset(layout: &Layout, dim: usize, i: i64) -> PyResult<usize> {
    let Some(k) = normalize_index(i, layout.shape[dim]) else {
        return Err(exc!(
            index_error,
            "index out of bounds on dimension {}",
            dim + 1
        ));
    };
    Ok((layout.offset as isize + k as isize * layout.strides[dim]) as usize)
}

fn resolve_tuple(vm: &mut Vm, layout: &Layout, keys: &[Value]) -> PyResult<Key> {
    if keys.iter().any(|k| k.downcast::<SliceObj>().is_some()) {
        if keys.iter().all(|k| k.downcast::<SliceObj>().is_some()) {
            return Err(exc!(
                not_implemented_error,
                "multi-dimensional slicing is not implemented"
            ));
        }
        return Err(exc!(type_error, "memoryview: invalid slice key"));
    }
    let ndim = layout.shape.len();
    if keys.len() > ndim {
        return Err(exc!(
            type_error,
            "cannot index {}-dimension view with {}-element tuple",
            ndim,
            keys.len()
        ));
    }
    if keys.len() < ndim {
        return Err(exc!(not_implemented_error, "sub-views are not implemented"));
    }
    let mut at = layout.offset as isize;
    for (dim, k) in keys.iter().enumerate() {
        let i = index_of(vm, k)?;
        let mut l = layout.clone();
        l.offset = 0;
        at += item_offset(&l, dim, i)? as isize;
    }
    Ok(Key::Item(at as usize))
}

fn mv_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let view = this(v).get()?;
    match resolve(vm, &view.layout, key)? {
        Key::Whole => Ok(v.clone()),
        Key::Item(at) => view.item(at),
        Key::Slice(layout) => Ok(new_view(View {
            buf: view.buf.clone(),
            layout,
        })),
    }
}

fn mv_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let view = this(v).get()?;
    if view.layout.readonly {
        return Err(exc!(type_error, "cannot modify read-only memory"));
    }
    let target = match resolve(vm, &view.layout, key)? {
        Key::Whole => Key::Item(view.layout.offset),
        k => k,
    };
    // (the key's `__index__` may have released the view)
    this(v).get()?;
    match target {
        Key::Item(at) => {
            let bytes = items::encode(vm, view.layout.format, &value)?;
            this(v).get()?;
            view.write(at, &bytes);
            Ok(())
        }
        Key::Slice(dest) => {
            if dest.shape.len() != 1 {
                return Err(exc!(
                    not_implemented_error,
                    "memoryview slice assignments are currently restricted to ndim = 1"
                ));
            }
            let (format, shape, src) = source_of(&value)?;
            if items::bare(format) != items::bare(dest.format) || shape != dest.shape {
                return Err(exc!(
                    value_error,
                    "memoryview assignment: lvalue and rvalue have different structures"
                ));
            }
            let n = dest.itemsize;
            let target = View {
                buf: view.buf.clone(),
                layout: dest,
            };
            for (p, item) in target.layout.positions(false).iter().zip(src.chunks(n)) {
                target.write(*p, item);
            }
            Ok(())
        }
        Key::Whole => unreachable!("mapped to an item above"),
    }
}

/// The format, shape and bytes (a copy: source and target may overlap) of the right-hand
/// side of a slice assignment.
fn source_of(value: &Value) -> PyResult<(&'static str, Vec<usize>, Vec<u8>)> {
    if let Some(mv) = value.downcast::<MemoryViewObj>() {
        let v = mv.get()?;
        return Ok((v.layout.format, v.layout.shape.clone(), v.tobytes(false)));
    }
    let buf = Buffer::require(value)?;
    let n = buf.itemsize.max(1);
    Ok((buf.format, vec![buf.len / n], buf.to_vec()))
}

fn mv_delitem(_vm: &mut Vm, v: &Value, _key: &Value) -> PyResult<()> {
    if this(v).get()?.layout.readonly {
        return Err(exc!(type_error, "cannot modify read-only memory"));
    }
    Err(exc!(type_error, "cannot delete memory"))
}

fn mv_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let view = this(v).get()?;
    match view.layout.shape.len() {
        0 => return Err(exc!(type_error, "invalid indexing of 0-dim memory")),
        1 => {}
        _ => {
            return Err(exc!(
                not_implemented_error,
                "multi-dimensional sub-views are not implemented"
            ))
        }
    }
    items::check_supported(view.layout.format)?;
    // Item by item through `m[i]`, so writes made while iterating are seen.
    Ok(crate::objects::containers::iter::new_seq_iter(
        &types().memory_iterator,
        v.clone(),
    ))
}

fn mv_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let mv = this(v);
    if let Some(h) = mv.hash.get() {
        return Ok(h);
    }
    let view = mv.get()?;
    if !view.layout.readonly {
        return Err(exc!(value_error, "cannot hash writable memoryview object"));
    }
    if !is_byte_format(view.layout.format) {
        return Err(exc!(
            value_error,
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"
        ));
    }
    // (as CPython: the exporter must be hashable too — a read-only view of a bytearray is not)
    vm.hash(view.buf.obj())?;
    let h = super::bytes::hash_bytes(&view.tobytes(false));
    mv.hash.set(Some(h));
    Ok(h)
}

/// The items of a view or another exporter, for `==`: shape and values.
fn compared(v: &Value) -> PyResult<Option<(Vec<usize>, Vec<Value>)>> {
    let view = match v.downcast::<MemoryViewObj>() {
        Some(mv) => mv.get()?,
        None => match Buffer::acquire(v)? {
            Some(b) => {
                let m = memoryview_of(b.obj())?;
                let view = this(&m).get()?;
                drop(m);
                view
            }
            None => return Ok(None),
        },
    };
    let values = view
        .layout
        .positions(false)
        .into_iter()
        .map(|p| view.item(p))
        .collect::<PyResult<Vec<Value>>>()?;
    Ok(Some((view.layout.shape.clone(), values)))
}

fn mv_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(not_implemented());
    }
    let same = |eq: bool| Ok(Value::Bool(eq == (op == CompareKind::Eq)));
    if a.is(b) {
        return same(true);
    }
    let released = |v: &Value| {
        v.downcast::<MemoryViewObj>()
            .is_some_and(|m| m.is_released())
    };
    if released(a) || released(b) {
        return same(false);
    }
    let (Some(x), Some(y)) = (compared(a)?, compared(b)?) else {
        return Ok(not_implemented());
    };
    if x.0 != y.0 {
        return same(false);
    }
    for (p, q) in x.1.iter().zip(&y.1) {
        if !vm.eq(p, q)? {
            return same(false);
        }
    }
    same(true)
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(mv_repr),
    hash: Some(mv_hash),
    richcompare: Some(mv_richcompare),
    len: Some(mv_len),
    iter: Some(mv_iter),
    getitem: Some(mv_getitem),
    setitem: Some(mv_setitem),
    delitem: Some(mv_delitem),
    new: Some(mv_new),
    ..TypeSlots::EMPTY
};

/// The `memoryview` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};

// ---------------------------------------------------------------------------------------
// Methods

fn view_of(args: &Args) -> PyResult<View> {
    args.receiver_as::<MemoryViewObj>().get()
}

fn mv_tobytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::objects::callables::bind::after_self(&args);
    let [order] = bind(&rest, "tobytes", ["order"], 0)?;
    let view = view_of(&args)?;
    let fortran = match order.filter(|o| !matches!(o, Value::None)) {
        None => false,
        Some(o) => match as_str(o) {
            Some("C") | Some("A") => false,
            Some("F") => true,
            _ => {
                return Err(exc!(value_error, "order must be 'C', 'F' or 'A'"));
            }
        },
    };
    Ok(super::bytes::bytes_value(view.tobytes(fortran)))
}

fn mv_tolist(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_of(&args)?.tolist()
}

fn mv_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::objects::callables::bind::after_self(&args);
    let [sep, per] = bind(&rest, "hex", ["sep", "bytes_per_sep"], 0)?;
    let data = view_of(&args)?.tobytes(false);
    Ok(Value::Obj(new_str(super::bytes::hex_string(
        &data, sep, per,
    )?)))
}

fn mv_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = args.receiver_as::<MemoryViewObj>();
    let old = mv.view.borrow_mut().take();
    drop(old);
    Ok(Value::None)
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_of(&args)?;
    Ok(args.receiver().clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mv_release(vm, args)
}

fn mv_toreadonly(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut view = view_of(&args)?;
    view.layout.readonly = true;
    view.buf.readonly = true;
    Ok(new_view(view))
}

fn is_byte_format(f: &str) -> bool {
    matches!(items::bare(f), "B" | "b" | "c")
}

fn mv_cast(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::objects::callables::bind::after_self(&args);
    let [format, shape] = bind(&rest, "cast", ["format", "shape"], 1)?;
    let format = format.expect("required");
    let Some(format) = as_str(format) else {
        return Err(exc!(
            type_error,
            "cast() argument 'format' must be str, not {}",
            format.type_name()
        ));
    };
    let view = view_of(&args)?;
    let src = &view.layout;
    if !src.c_contiguous() {
        return Err(exc!(
            type_error,
            "memoryview: casts are restricted to C-contiguous views"
        ));
    }
    if (shape.is_some() || src.shape.len() != 1) && src.shape.contains(&0) {
        return Err(exc!(
            type_error,
            "memoryview: cannot cast view with zeros in shape or strides"
        ));
    }
    let dims = match shape {
        None => None,
        Some(s) => {
            let items = crate::objects::containers::seq::exact_items(s)
                .ok_or_else(|| exc!(type_error, "shape must be a list or a tuple"))?;
            if items.len() > 64 {
                return Err(exc!(
                    value_error,
                    "memoryview: number of dimensions must not exceed 64"
                ));
            }
            if src.shape.len() != 1 && items.len() != 1 {
                return Err(exc!(
                    type_error,
                    "memoryview: cast must be 1D -> ND or ND -> 1D"
                ));
            }
            Some(items)
        }
    };
    let Some((fmt, itemsize)) = items::native_format(format) else {
        return Err(exc!(
            value_error,
            "memoryview: destination format must be a native single character format \
             prefixed with an optional '@'"
        ));
    };
    if !is_byte_format(src.format) && !is_byte_format(fmt) {
        return Err(exc!(
            type_error,
            "memoryview: cannot cast between two non-byte formats"
        ));
    }
    let nbytes = src.nbytes();
    if nbytes % itemsize != 0 {
        return Err(exc!(
            type_error,
            "memoryview: length is not a multiple of itemsize"
        ));
    }
    let shape = match dims {
        None => vec![nbytes / itemsize],
        Some(items) => shape_of(&items, itemsize, nbytes)?,
    };
    let mut strides = vec![itemsize as isize; shape.len()];
    for k in (0..shape.len().saturating_sub(1)).rev() {
        strides[k] = strides[k + 1] * shape[k + 1] as isize;
    }
    let layout = Layout {
        offset: src.offset,
        shape,
        strides,
        format: fmt,
        itemsize,
        readonly: src.readonly,
    };
    Ok(new_view(View {
        buf: view.buf.clone(),
        layout,
    }))
}

/// The dimensions of `cast(..., shape)`, with CPython's checks.
fn shape_of(items: &[Value], itemsize: usize, nbytes: usize) -> PyResult<Vec<usize>> {
    let mut shape = Vec::with_capacity(items.len());
    for it in items {
        let n = as_int(it).ok_or_else(|| {
            exc!(
                type_error,
                "memoryview.cast(): elements of shape must be integers"
            )
        })?;
        match n.to_i64() {
            Some(n) if n > 0 => shape.push(n as usize),
            None => {
                return Err(exc!(
                    overflow_error,
                    "Python int too large to convert to C ssize_t"
                ))
            }
            _ => {
                return Err(exc!(
                    value_error,
                    "memoryview.cast(): elements of shape must be integers > 0"
                ))
            }
        }
    }
    let total = shape
        .iter()
        .try_fold(itemsize, |acc: usize, &n| acc.checked_mul(n))
        .filter(|&n| n <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(exc!(
            value_error,
            "memoryview.cast(): product(shape) > SSIZE_MAX"
        ));
    };
    if total != nbytes {
        return Err(exc!(
            type_error,
            "memoryview: product(shape) * itemsize != buffer size"
        ));
    }
    Ok(shape)
}

/// Views are not picklable (CPython's two messages).
fn mv_reduce(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(exc!(type_error, "cannot pickle 'memoryview' object"))
}

fn mv_reduce_ex(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(exc!(type_error, "cannot pickle memoryview objects"))
}

pub const METHODS: &[MethodDef] = &[
    method!("__reduce__", mv_reduce, NoArgs),
    method!("__reduce_ex__", mv_reduce_ex, One),
    method!("tobytes", mv_tobytes),
    method!("tolist", mv_tolist, NoArgs),
    method!("hex", mv_hex),
    method!("release", mv_release, NoArgs),
    method!("toreadonly", mv_toreadonly, NoArgs),
    method!("cast", mv_cast),
    method!("__enter__", mv_enter, NoArgs),
    method!("__exit__", mv_exit),
];

// ---------------------------------------------------------------------------------------
// Attributes

fn layout_of(v: &Value) -> PyResult<Layout> {
    Ok(this(v).get()?.layout)
}

fn ints(values: impl Iterator<Item = i64>) -> Value {
    tuple_value(values.map(Value::Int).collect())
}

fn mv_obj(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v).get()?.buf.obj().clone())
}

fn mv_nbytes(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(layout_of(v)?.nbytes() as i64))
}

fn mv_readonly(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(layout_of(v)?.readonly))
}

fn mv_itemsize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(layout_of(v)?.itemsize as i64))
}

fn mv_format(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(layout_of(v)?.format)))
}

fn mv_ndim(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(layout_of(v)?.shape.len() as i64))
}

fn mv_shape(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(ints(layout_of(v)?.shape.iter().map(|&n| n as i64)))
}

fn mv_strides(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(ints(layout_of(v)?.strides.iter().map(|&n| n as i64)))
}

fn mv_suboffsets(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    layout_of(v)?;
    Ok(tuple_value(Vec::new()))
}

fn mv_c_contiguous(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(layout_of(v)?.c_contiguous()))
}

fn mv_f_contiguous(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(layout_of(v)?.f_contiguous()))
}

fn mv_contiguous(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let l = layout_of(v)?;
    Ok(Value::Bool(l.c_contiguous() || l.f_contiguous()))
}

pub const GETSETS: &[GetSetDef] = &[
    getset!("obj", mv_obj),
    getset!("nbytes", mv_nbytes),
    getset!("readonly", mv_readonly),
    getset!("itemsize", mv_itemsize),
    getset!("format", mv_format),
    getset!("ndim", mv_ndim),
    getset!("shape", mv_shape),
    getset!("strides", mv_strides),
    getset!("suboffsets", mv_suboffsets),
    getset!("c_contiguous", mv_c_contiguous),
    getset!("f_contiguous", mv_f_contiguous),
    getset!("contiguous", mv_contiguous),
];
