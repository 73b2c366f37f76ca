//! The `array` module: `array.array`, a compact sequence of C numbers (or `u` characters).
//!
//! The items live as raw native-order bytes in one `RefCell<Vec<u8>>` — exactly what the
//! buffer protocol exports (`objects::binary::buffer`), so a memoryview or
//! `struct.pack_into` works on the array's own memory. While exported, any change of size
//! raises CPython's BufferError.
//!
//! Re-entrancy (DESIGN.md §2): values are converted to item bytes (which may run
//! `__index__`/`__float__`) before the data is borrowed; comparisons and searches read the
//! items out first.

mod codes;
mod methods;

use std::cell::{Cell, RefCell};

use crate::exc;
use crate::native_types;
use crate::objects::binary::buffer::{Export, Store};
use crate::objects::callables::native::{
    iter_slots, native, new_native, this, NativeData, NativeIter, PLAIN_SLOTS,
};
use crate::objects::classes::typeobj::{TypeSlots, TypeSpec};
use crate::objects::containers::seq::normalize_index;
use crate::objects::containers::slice::SliceObj;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::{as_int, not_implemented, ordering_matches};
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{PyRef, Value};
use crate::operators::{BinOp, CompareKind};
use crate::vm::{Args, PyResult, Vm};

use codes::{Kind, TypeCode};

native_types! { pub struct Types in "array" {
    array = "array", TypeSpec { slots: ARRAY_SLOTS, methods: methods::METHODS, getsets: methods::GETSETS };
    iter = "arrayiterator", TypeSpec { slots: iter_slots::<ArrayIter>(), methods: &[], getsets: &[] };
} }

pub struct ArrayObj {
    code: &'static TypeCode,
    data: RefCell<Vec<u8>>,
    /// Live buffer exports: the size is frozen while nonzero.
    exports: Cell<usize>,
}

/// Holds no references: a subclass instance's dict and `__slots__` values live in the
/// `NativeObj` around it.
impl NativeData for ArrayObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

impl ArrayObj {
    fn len(&self) -> usize {
        self.data.borrow().len() / self.code.size
    }

    fn item(&self, i: usize) -> PyResult<Value> {
        let n = self.code.size;
        let bytes = self
            .data
            .borrow()
            .get(i * n..(i + 1) * n)
            .map(<[u8]>::to_vec);
        match bytes {
            Some(b) => self.code.decode(&b),
            None => Err(exc!(index_error, "array index out of range")),
        }
    }

    /// Every item's value.
    fn values(&self) -> PyResult<Vec<Value>> {
        let data = self.data.borrow().clone();
        data.chunks_exact(self.code.size)
            .map(|c| self.code.decode(c))
            .collect()
    }

    /// BufferError while exported (before any change of size).
    fn resizable(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(exc!(
                buffer_error,
                "cannot resize an array that is exporting buffers"
            ));
        }
        Ok(())
    }

    /// Replaces the byte range `a..z` with `new`, checking exports if the size changes.
    fn splice(&self, a: usize, z: usize, new: &[u8]) -> PyResult<()> {
        if new.len() != z - a {
            self.resizable()?;
        }
        self.data.borrow_mut().splice(a..z, new.iter().copied());
        Ok(())
    }

    /// Appends raw item bytes.
    fn push_bytes(&self, b: &[u8]) -> PyResult<()> {
        if !b.is_empty() {
            self.resizable()?;
        }
        self.data.borrow_mut().extend_from_slice(b);
        Ok(())
    }
}

/// A new `array.array` (or subclass: with its dict or `__slots__`) of `code` holding
/// `data`.
fn new_array(cls: &PyRef, code: &'static TypeCode, data: Vec<u8>) -> Value {
    let payload = ArrayObj {
        code,
        data: RefCell::new(data),
        exports: Cell::new(0),
    };
    new_native(cls, payload)
}

fn array_of(code: &'static TypeCode, data: Vec<u8>) -> Value {
    new_array(&Types::get().array, code, data)
}

fn arr(v: &Value) -> &ArrayObj {
    this::<ArrayObj>(v)
}

/// The item bytes of every value of an iterable, converted in order (fails at the first
/// bad one, converting nothing into the array yet).
fn encode_all(vm: &mut Vm, code: &TypeCode, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * code.size);
    for v in items {
        out.extend(code.encode(vm, v)?);
    }
    Ok(out)
}

fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
}

// ---------------------------------------------------------------------------------------
// Slots

fn array_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(exc!(type_error, "array.array() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.is_empty() {
        return Err(exc!(
            type_error,
            "array() takes at least 1 argument (0 given)"
        ));
    }
    if pos.len() > 2 {
        return Err(exc!(
            type_error,
            "array() takes at most 2 arguments ({} given)",
            pos.len()
        ));
    }
    let code = match as_str(&pos[0]).filter(|s| s.chars().count() == 1) {
        Some(s) => s.chars().next().unwrap_or(' '),
        None => {
            return Err(exc!(
                type_error,
                "array() argument 1 must be a unicode character, not {}",
                pos[0].type_name()
            ))
        }
    };
    let Some(code) = codes::lookup(code) else {
        return Err(exc!(
            value_error,
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"
        ));
    };
    let data = match pos.get(1) {
        None => Vec::new(),
        Some(init) => initial_data(vm, code, init)?,
    };
    Ok(new_array(cls, code, data))
}

/// The items `array(code, init)` starts with.
fn initial_data(vm: &mut Vm, code: &'static TypeCode, init: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(init) {
        if code.kind != Kind::Unicode {
            return Err(exc!(
                type_error,
                "cannot use a str to initialize an array with typecode '{}'",
                code.code
            ));
        }
        return Ok(unicode_bytes(s));
    }
    if let Some(src) = native::<ArrayObj>(init) {
        if src.code.kind == Kind::Unicode && code.kind != Kind::Unicode {
            return Err(exc!(
                type_error,
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code.code
            ));
        }
        if std::ptr::eq(src.code, code) {
            return Ok(src.data.borrow().clone());
        }
        let values = src.values()?;
        return encode_all(vm, code, &values);
    }
    let exact_bytes = init
        .downcast::<crate::objects::binary::bytes::BytesObj>()
        .is_some()
        || init
            .downcast::<crate::objects::binary::bytearray::ByteArrayObj>()
            .is_some();
    if exact_bytes {
        let b = crate::objects::binary::buffer::bytes_like(init)?;
        if b.len() % code.size != 0 {
            return Err(exc!(
                value_error,
                "bytes length not a multiple of item size"
            ));
        }
        return Ok(b);
    }
    let it = vm.iter(init)?;
    let items = crate::objects::containers::seq::collect_unsized(vm, &it)?;
    encode_all(vm, code, &items)
}

fn array_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let a = arr(v);
    let name = crate::objects::classes::typeobj::type_name(v.class());
    let name = name.rsplit('.').next().unwrap_or("array").to_string();
    if a.len() == 0 {
        return Ok(new_str(format!("{name}('{}')", a.code.code)));
    }
    let body = if a.code.kind == Kind::Unicode {
        let s = Value::Obj(new_str(methods::unicode_of(a)?));
        vm.repr_string(&s)?
    } else {
        let mut parts = Vec::new();
        for x in a.values()? {
            parts.push(vm.repr_string(&x)?);
        }
        format!("[{}]", parts.join(", "))
    };
    Ok(new_str(format!("{name}('{}', {body})", a.code.code)))
}

fn array_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(arr(v).len())
}

/// An integer subscript: CPython's "array indices must be integers" otherwise.
fn index_key(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    let is_index = as_int(key).is_some()
        || crate::objects::strings::str::is_heap_class(key)
            && crate::objects::classes::typeobj::TypeObject::lookup(
                key.class(),
                crate::interned!("__index__"),
            )
            .is_some();
    if !is_index {
        return Err(exc!(type_error, "array indices must be integers"));
    }
    let i = crate::vm::params::to_index(vm, key)?;
    as_int(&i).and_then(|i| i.to_i64()).ok_or_else(|| {
        exc!(
            index_error,
            "cannot fit '{}' into an index-sized integer",
            key.type_name()
        )
    })
}

/// The item indices a slice selects: `(start, step, count)`.
fn slice_of(vm: &mut Vm, s: &SliceObj, len: usize) -> PyResult<(isize, isize, usize)> {
    let (start, _, step, n) = s.indices_vm(vm, len)?;
    Ok((start, step, n))
}

fn array_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let a = arr(v);
    if let Some(s) = key.downcast::<SliceObj>() {
        let (start, step, n) = slice_of(vm, s, a.len())?;
        let size = a.code.size;
        let data = a.data.borrow();
        let mut out = Vec::with_capacity(n * size);
        for k in 0..n {
            let i = (start + k as isize * step) as usize;
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        drop(data);
        return Ok(array_of(a.code, out));
    }
    let i = index_key(vm, key)?;
    match normalize_index(i, a.len()) {
        Some(j) => a.item(j),
        None => Err(exc!(index_error, "array index out of range")),
    }
}

fn array_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    let a = arr(v);
    let size = a.code.size;
    if let Some(s) = key.downcast::<SliceObj>() {
        let Some(src) = native::<ArrayObj>(&value) else {
            return Err(exc!(
                type_error,
                "can only assign array (not \"{}\") to array slice",
                value.type_name()
            ));
        };
        if !std::ptr::eq(src.code, a.code) {
            return Err(exc!(type_error, "bad argument type for built-in operation"));
        }
        let new = src.data.borrow().clone();
        let (start, step, n) = slice_of(vm, s, a.len())?;
        if step == 1 {
            let at = start as usize * size;
            return a.splice(at, at + n * size, &new);
        }
        if new.len() / size != n {
            return Err(exc!(
                value_error,
                "attempt to assign array of size {} to extended slice of size {}",
                new.len() / size,
                n
            ));
        }
        let mut data = a.data.borrow_mut();
        for (k, item) in new.chunks_exact(size).enumerate() {
            let i = (start + k as isize * step) as usize;
            data[i * size..(i + 1) * size].copy_from_slice(item);
        }
        return Ok(());
    }
    let i = index_key(vm, key)?;
    let Some(j) = normalize_index(i, a.len()) else {
        return Err(exc!(index_error, "array assignment index out of range"));
    };
    let bytes = a.code.encode(vm, &value)?;
    // (the conversion may have shrunk the array: the store is then dropped, as CPython's
    // observable behaviour)
    if let Some(dest) = a.data.borrow_mut().get_mut(j * size..(j + 1) * size) {
        dest.copy_from_slice(&bytes);
    }
    Ok(())
}

fn array_delitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<()> {
    let a = arr(v);
    let size = a.code.size;
    if let Some(s) = key.downcast::<SliceObj>() {
        let (start, step, n) = slice_of(vm, s, a.len())?;
        if n == 0 {
            return Ok(());
        }
        a.resizable()?;
        let mut drop_at: Vec<usize> = (0..n)
            .map(|k| (start + k as isize * step) as usize)
            .collect();
        drop_at.sort_unstable();
        let mut data = a.data.borrow_mut();
        for i in drop_at.into_iter().rev() {
            data.drain(i * size..(i + 1) * size);
        }
        return Ok(());
    }
    let i = index_key(vm, key)?;
    let Some(j) = normalize_index(i, a.len()) else {
        return Err(exc!(index_error, "array assignment index out of range"));
    };
    a.splice(j * size, (j + 1) * size, &[])
}

fn array_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let a = arr(v);
    let mut i = 0;
    // (the length is read at each step: an `__eq__` may shrink the array)
    while i < a.len() {
        if vm.eq(&a.item(i)?, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn array_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (native::<ArrayObj>(a), native::<ArrayObj>(b)) else {
        return Ok(not_implemented());
    };
    if x.len() != y.len() && matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(Value::Bool(op == CompareKind::Ne));
    }
    let (xs, ys) = (x.values()?, y.values()?);
    for (p, q) in xs.iter().zip(&ys) {
        if !vm.eq(p, q)? {
            return match op {
                CompareKind::Eq => Ok(Value::Bool(false)),
                CompareKind::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(p, q, op),
            };
        }
    }
    Ok(Value::Bool(ordering_matches(xs.len().cmp(&ys.len()), op)))
}

/// The repeat count of `a * n`, or `None` for a non-int (NotImplemented for a Python
/// class, which gets its `__rmul__` turn).
fn repeat_count(n: &Value) -> PyResult<Option<i64>> {
    if as_int(n).is_none() {
        if crate::objects::strings::str::is_heap_class(n) {
            return Ok(None);
        }
        return Err(crate::objects::strings::str::non_int_repeat(n));
    }
    Ok(Some(crate::objects::numbers::int::to_isize(n)?))
}

/// `count` copies of `data`: MemoryError (as CPython) when that cannot be allocated.
fn repeated(data: &[u8], count: i64) -> PyResult<Vec<u8>> {
    if count <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    let total = data
        .len()
        .checked_mul(count as usize)
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| exc!(memory_error, ""))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| exc!(memory_error, ""))?;
    for _ in 0..count {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn array_binary(_vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let Some(x) = native::<ArrayObj>(a) else {
                return Ok(not_implemented());
            };
            let Some(y) = native::<ArrayObj>(b) else {
                return Err(exc!(
                    type_error,
                    "can only append array (not \"{}\") to array",
                    b.type_name()
                ));
            };
            if !std::ptr::eq(x.code, y.code) {
                return Err(exc!(type_error, "bad argument type for built-in operation"));
            }
            let out = [x.data.borrow().as_slice(), y.data.borrow().as_slice()].concat();
            Ok(array_of(x.code, out))
        }
        BinOp::Mult => {
            let (x, n) = match (native::<ArrayObj>(a), native::<ArrayObj>(b)) {
                (Some(x), _) => (x, b),
                (None, Some(x)) => (x, a),
                _ => return Ok(not_implemented()),
            };
            let Some(count) = repeat_count(n)? else {
                return Ok(not_implemented());
            };
            let data = x.data.borrow().clone();
            Ok(array_of(x.code, repeated(&data, count)?))
        }
        _ => Ok(not_implemented()),
    }
}

fn array_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let x = arr(a);
    match op {
        BinOp::Add => {
            let Some(y) = native::<ArrayObj>(b) else {
                return Err(exc!(
                    type_error,
                    "can only extend array with array (not \"{}\")",
                    b.type_name()
                ));
            };
            methods::extend_from_array(x, y)?;
            Ok(a.clone())
        }
        BinOp::Mult => {
            let Some(count) = repeat_count(b)? else {
                return array_binary(vm, op, a, b);
            };
            let data = x.data.borrow().clone();
            let new = repeated(&data, count)?;
            x.splice(0, data.len(), &new)?;
            Ok(a.clone())
        }
        _ => Ok(not_implemented()),
    }
}

fn array_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_native(
        &Types::get().iter,
        ArrayIter {
            array: v.clone(),
            pos: Cell::new(0),
        },
    ))
}

fn array_buffer(v: &Value) -> Option<Export<'_>> {
    let a = native::<ArrayObj>(v)?;
    Some(Export {
        store: Store::Resizable(&a.data),
        exports: Some(&a.exports),
        format: a.code.format,
        itemsize: a.code.size,
    })
}

const ARRAY_SLOTS: TypeSlots = TypeSlots {
    new: Some(array_new),
    repr: Some(array_repr),
    hash: None,
    richcompare: Some(array_richcompare),
    binary: Some(array_binary),
    inplace: Some(array_inplace),
    len: Some(array_len),
    contains: Some(array_contains),
    getitem: Some(array_getitem),
    setitem: Some(array_setitem),
    delitem: Some(array_delitem),
    iter: Some(array_iter),
    buffer: Some(array_buffer),
    ..PLAIN_SLOTS
};

/// `iter(array)`: reads the array's current length at each step, as CPython's does.
struct ArrayIter {
    array: Value,
    pos: Cell<usize>,
}

impl NativeData for ArrayIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.array);
    }
}

impl NativeIter for ArrayIter {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let a = arr(&self.array);
        let i = self.pos.get();
        if i >= a.len() {
            self.pos.set(usize::MAX / 2);
            return Ok(None);
        }
        self.pos.set(i + 1);
        a.item(i).map(Some)
    }
}

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("array", &[]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = Types::get();
    d.set_str(intern("array"), Value::Obj(t.array.clone()));
    d.set_str(intern("ArrayType"), Value::Obj(t.array.clone()));
    d.set_str(intern("typecodes"), Value::Obj(new_str(codes::TYPECODES)));
    Ok(module)
}
