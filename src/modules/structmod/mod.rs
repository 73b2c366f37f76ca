//! The `struct` module (CPython's `_struct` with the `struct` wrapper): packing values into
//! bytes and back by a format string. `format` compiles a format into a layout (cached per
//! format string, as CPython caches its `Struct` objects), `codec` packs and unpacks one
//! field; this file has the module functions, the `Struct` type, the `iter_unpack`
//! iterator and `struct.error`.
//!
//! Buffers are `bytes` and `bytearray` (the only buffer objects so far). `pack_into` packs
//! into a scratch vector first (packing may run `__index__`/`__bool__`), then copies it in
//! with one borrow of the bytearray.

pub(crate) mod codec;
pub(crate) mod format;

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use format::Layout;

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::binary::buffer::Buffer;
use crate::objects::binary::bytes::{bytes_value, encode, BytesObj};
use crate::objects::binary::bytes_methods::with_buffer;
use crate::objects::callables::native::{
    iter_slots, new_native, new_native_type, receiver, this, NativeData, NativeIter, PLAIN_SLOTS,
};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::tuple::tuple_value;
use crate::objects::core::GilStatic;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::to_ssize_arg;
use crate::objects::strings::str::{intern, new_str, StrObj};
use crate::objects::{types, Kind, PyRef, Value};
use crate::vm::params::{self, Clinic};
use crate::vm::{Args, PyErr, PyResult, Vm};

native_types! { pub struct Types in "_struct" {
    struct_ = "Struct", TypeSpec { slots: STRUCT_SLOTS, methods: STRUCT_METHODS, getsets: STRUCT_GETSETS };
    unpack_iterator = "unpack_iterator", TypeSpec {
        slots: iter_slots::<UnpackIter>(),
        methods: ITER_METHODS,
        getsets: &[],
    };
} }

/// `struct.error` (a plain subclass of `Exception`, made once per process).
fn error_type() -> &'static PyRef {
    static CELL: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    CELL.get(crate::gil::token()).get_or_init(|| {
        new_native_type(
            "struct",
            "error",
            Some(&types().exc.exception),
            Kind::Exception,
            TypeSpec::slots(TypeSlots::EMPTY),
        )
    })
}

/// A `struct.error` with `msg`.
pub(crate) fn struct_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(error_type(), msg)
}

/// How many compiled formats the module functions keep (CPython's `MAXCACHE`).
const MAX_CACHE: usize = 100;

/// Compiled layouts by format bytes.
type Cache = HashMap<Vec<u8>, Rc<Layout>>;

/// The compiled formats of the module-level functions.
static CACHE: GilStatic<RefCell<Option<Cache>>> = GilStatic::new(RefCell::new(None));

/// The bytes of a format argument: a str (ASCII only) or bytes.
fn format_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<StrObj>() {
        return encode(s.as_str(), "ascii", "strict");
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok(b.bytes.to_vec());
    }
    Err(exc!(
        type_error,
        "Struct() argument 1 must be a str or bytes object, not {}",
        v.type_name()
    ))
}

/// The compiled layout of a format argument, from the cache when it was seen before.
fn cached_layout(vm: &mut Vm, v: &Value) -> PyResult<Rc<Layout>> {
    if v.downcast::<StrObj>().is_none() && v.downcast::<BytesObj>().is_none() {
        // (CPython looks the format up in its cache dict first: "unhashable type")
        vm.hash(v)?;
    }
    let key = format_bytes(v)?;
    let cache = CACHE.get(crate::gil::token());
    if let Some(l) = cache.borrow().as_ref().and_then(|c| c.get(&key)) {
        return Ok(l.clone());
    }
    let layout = Rc::new(Layout::parse(&key)?);
    let mut cache = cache.borrow_mut();
    let map = cache.get_or_insert_with(HashMap::new);
    if map.len() >= MAX_CACHE {
        map.clear();
    }
    map.insert(key, layout.clone());
    Ok(layout)
}

/// The values packed by `layout`, as bytes; `fname` names the caller in the count error.
fn pack_values(vm: &mut Vm, layout: &Layout, fname: &str, values: &[Value]) -> PyResult<Vec<u8>> {
    if values.len() != layout.len {
        return Err(struct_error(format!(
            "{} expected {} items for packing (got {})",
            fname,
            layout.len,
            values.len()
        )));
    }
    // A huge repeat count ("1000000000000s") is a MemoryError, as in CPython, not an abort.
    let mut out = Vec::new();
    crate::objects::containers::seq::push_n(&mut out, 0u8, layout.size)?;
    let mut values = values.iter();
    for run in &layout.runs {
        for off in run.offsets() {
            let v = values.next().expect("counted above");
            codec::pack(vm, layout.mode, run.code, v, &mut out[off..off + run.size])?;
        }
    }
    Ok(out)
}

/// The values `layout` reads from `buf` (exactly `layout.size` bytes).
fn unpack_values(layout: &Layout, buf: &[u8]) -> Value {
    let mut items = Vec::with_capacity(layout.len);
    for run in &layout.runs {
        for off in run.offsets() {
            items.push(codec::unpack(
                layout.mode,
                run.code,
                &buf[off..off + run.size],
            ));
        }
    }
    tuple_value(items)
}

/// Runs `f` over the contents of a readable buffer argument.
fn read_buffer<R>(v: &Value, f: impl FnOnce(&[u8]) -> PyResult<R>) -> PyResult<R> {
    if let Some(b) = v.downcast::<crate::objects::binary::bytes::BytesObj>() {
        return f(&b.bytes);
    }
    Buffer::require(v)?.with(f)
}

fn unpack_with(layout: &Layout, buf: &Value) -> PyResult<Value> {
    read_buffer(buf, |b| {
        if b.len() != layout.size {
            return Err(struct_error(format!(
                "unpack requires a buffer of {} bytes",
                layout.size
            )));
        }
        Ok(unpack_values(layout, b))
    })
}

fn unpack_from_with(layout: &Layout, buf: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let offset = match offset {
        Some(v) => to_ssize_arg(v)?,
        None => 0,
    };
    let size = layout.size as i64;
    read_buffer(buf, |b| {
        let len = b.len() as i64;
        let mut start = offset;
        if start < 0 {
            if start + size > 0 {
                return Err(struct_error(format!(
                    "not enough data to unpack {size} bytes at offset {start}"
                )));
            }
            if start + len < 0 {
                return Err(struct_error(format!(
                    "offset {start} out of range for {len}-byte buffer"
                )));
            }
            start += len;
        }
        if len - start < size {
            return Err(struct_error(format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at \
                 offset {} (actual buffer size is {})",
                size + start,
                size,
                start,
                len
            )));
        }
        let start = start as usize;
        Ok(unpack_values(layout, &b[start..start + layout.size]))
    })
}

/// `pack_into(buffer, offset, *values)` after the format.
fn pack_into_with(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    let (buf, offset, values) = match args {
        [] => return Err(struct_error("pack_into expected buffer argument")),
        [_] => return Err(struct_error("pack_into expected offset argument")),
        [buf, offset, values @ ..] => (buf, offset, values),
    };
    if values.len() != layout.len {
        return Err(struct_error(format!(
            "pack_into expected {} items for packing (got {})",
            layout.len,
            values.len()
        )));
    }
    // Held until the end: the target cannot change size while `__index__` runs.
    let target = Buffer::require_writable(buf)?;
    let mut start = crate::vm::params::to_index(vm, offset)
        .and_then(|i| to_ssize_arg(&i))
        .map_err(|e| {
            if e.matches(&types().exc.overflow_error) {
                exc!(index_error, "cannot fit 'int' into an index-sized integer")
            } else {
                e
            }
        })?;
    let size = layout.size as i64;
    let len = target.len as i64;
    if start < 0 {
        if start + size > 0 {
            return Err(struct_error(format!(
                "no space to pack {size} bytes at offset {start}"
            )));
        }
        if start + len < 0 {
            return Err(struct_error(format!(
                "offset {start} out of range for {len}-byte buffer"
            )));
        }
        start += len;
    }
    if len - start < size {
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} \
             (actual buffer size is {})",
            size + start,
            size,
            start,
            len
        )));
    }
    let packed = pack_values(vm, layout, "pack_into", values)?;
    let start = start as usize;
    target.with_mut(|data| {
        if let Some(dest) = data.get_mut(start..start + packed.len()) {
            dest.copy_from_slice(&packed);
        }
    });
    Ok(Value::None)
}

fn iter_unpack_with(layout: Rc<Layout>, buf: &Value) -> PyResult<Value> {
    if layout.size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    read_buffer(buf, |b| {
        if b.len() % layout.size != 0 {
            return Err(struct_error(format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            )));
        }
        Ok(())
    })?;
    Ok(new_native(
        &Types::get().unpack_iterator,
        UnpackIter {
            layout,
            buffer: RefCell::new(Some(buf.clone())),
            pos: Cell::new(0),
        },
    ))
}

// ---------------------------------------------------------------------------------------
// Module functions

/// The format argument of `pack`/`pack_into`, which take any number of values after it.
fn leading_format<'a>(args: &Args<'a>, fname: &str) -> PyResult<(&'a Value, &'a [Value])> {
    args.no_kwargs(fname)?;
    args.pos()
        .split_first()
        .ok_or_else(|| exc!(type_error, "missing format argument"))
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fmt, values) = leading_format(&args, "_struct.pack")?;
    let layout = cached_layout(vm, fmt)?;
    Ok(bytes_value(pack_values(vm, &layout, "pack", values)?))
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fmt, rest) = leading_format(&args, "_struct.pack_into")?;
    let layout = cached_layout(vm, fmt)?;
    pack_into_with(vm, &layout, rest)
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params::positional(&args, "_struct.unpack", 2, 2)?;
    unpack_with(&*cached_layout(vm, &p[0])?, &p[1])
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "unpack_from",
        names: &["format", "buffer", "offset"],
        posonly: 1,
        minpos: 2,
        maxpos: 3,
    };
    let [fmt, buf, offset] = SPEC.bind(&args)?;
    let layout = cached_layout(vm, fmt.expect("required"))?;
    unpack_from_with(&layout, buf.expect("required"), offset)
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params::positional(&args, "_struct.iter_unpack", 2, 2)?;
    iter_unpack_with(cached_layout(vm, &p[0])?, &p[1])
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(cached_layout(vm, &args.pos()[0])?.size as i64))
}

fn clearcache(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    *CACHE.get(crate::gil::token()).borrow_mut() = None;
    Ok(Value::None)
}

const FUNCTIONS: &[MethodDef] = &[
    method!("_clearcache", clearcache, NoArgs),
    method!("calcsize", calcsize, One),
    method!("iter_unpack", iter_unpack),
    method!("pack", pack),
    method!("pack_into", pack_into),
    method!("unpack", unpack),
    method!("unpack_from", unpack_from),
];

/// `struct` and `_struct` (one module object each, over the same types and cache).
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module_in("struct", "_struct", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    d.set_str(intern("Struct"), Value::Obj(Types::get().struct_.clone()));
    d.set_str(intern("error"), Value::Obj(error_type().clone()));
    Ok(module)
}

pub fn create_private(vm: &mut Vm) -> PyResult<PyRef> {
    let module = create(vm)?;
    let m = module.downcast::<ModuleObj>().expect("module");
    m.namespace()
        .set_str(intern("__name__"), Value::Obj(intern("_struct")));
    Ok(module)
}

// ---------------------------------------------------------------------------------------
// The `Struct` type

struct StructObj {
    /// (`__init__` may compile another format into the same object)
    layout: RefCell<Rc<Layout>>,
}

impl StructObj {
    fn layout(&self) -> Rc<Layout> {
        self.layout.borrow().clone()
    }
}

impl NativeData for StructObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

/// The layout of `Struct(format)`'s arguments.
fn struct_layout(args: &Args) -> PyResult<Rc<Layout>> {
    const SPEC: Clinic = Clinic {
        fname: "Struct",
        names: &["format"],
        posonly: 0,
        minpos: 1,
        maxpos: 1,
    };
    let [fmt] = SPEC.bind(args)?;
    Ok(Rc::new(Layout::parse(&format_bytes(
        fmt.expect("required"),
    )?)?))
}

/// `Struct(format)`. A subclass's instance starts with the empty format: its `__init__`
/// gets the arguments, as CPython's `Struct.__new__` leaves them to `Struct.__init__`.
fn struct_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let layout = if cls.ptr_eq(&Types::get().struct_) {
        struct_layout(&args)?
    } else {
        Rc::new(Layout::parse(b"")?)
    };
    let layout = RefCell::new(layout);
    Ok(new_native(cls, StructObj { layout }))
}

/// `Struct.__init__(format)`: compiles `format` again into this object.
fn struct_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args::new(&args.values[1..], args.kwnames);
    let layout = struct_layout(&rest)?;
    *receiver::<StructObj>(&args).layout.borrow_mut() = layout;
    Ok(Value::None)
}

const STRUCT_SLOTS: TypeSlots = TypeSlots {
    new: Some(struct_new),
    ..PLAIN_SLOTS
};

fn s_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("Struct.pack")?;
    let s = receiver::<StructObj>(&args);
    Ok(bytes_value(pack_values(
        vm,
        &s.layout(),
        "pack",
        args.params(),
    )?))
}

fn s_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("Struct.pack_into")?;
    let s = receiver::<StructObj>(&args);
    pack_into_with(vm, &s.layout(), args.params())
}

fn s_unpack(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack_with(&receiver::<StructObj>(&args).layout(), &args.params()[0])
}

fn s_unpack_from(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "unpack_from",
        names: &["buffer", "offset"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [buf, offset] = SPEC.bind(&rest)?;
    let s = receiver::<StructObj>(&args);
    unpack_from_with(&s.layout(), buf.expect("required"), offset)
}

fn s_iter_unpack(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver::<StructObj>(&args);
    iter_unpack_with(s.layout(), &args.params()[0])
}

fn s_format(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(&this::<StructObj>(v).layout().format)))
}

fn s_size(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this::<StructObj>(v).layout().size as i64))
}

const STRUCT_METHODS: &[MethodDef] = &[
    method!("__init__", struct_init),
    method!("iter_unpack", s_iter_unpack, One),
    method!("pack", s_pack),
    method!("pack_into", s_pack_into),
    method!("unpack", s_unpack, One),
    method!("unpack_from", s_unpack_from),
];

const STRUCT_GETSETS: &[GetSetDef] = &[
    crate::getset!("format", s_format),
    crate::getset!("size", s_size),
];

// ---------------------------------------------------------------------------------------
// `iter_unpack`'s iterator

struct UnpackIter {
    layout: Rc<Layout>,
    /// The buffer, until the iterator is exhausted.
    buffer: RefCell<Option<Value>>,
    pos: Cell<usize>,
}

impl NativeData for UnpackIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(b) = self.buffer.borrow().as_ref() {
            visit(b);
        }
    }

    fn clear(&self) {
        if let Ok(mut b) = self.buffer.try_borrow_mut() {
            b.take();
        }
    }
}

impl UnpackIter {
    /// How many records are left.
    fn remaining(&self) -> usize {
        let buf = self.buffer.borrow();
        let len = buf.as_ref().and_then(|b| with_buffer(b, |b| b.len()));
        len.map_or(0, |len| {
            len.saturating_sub(self.pos.get()) / self.layout.size
        })
    }
}

impl NativeIter for UnpackIter {
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let buf = self.buffer.borrow().clone();
        let Some(buf) = buf else { return Ok(None) };
        let pos = self.pos.get();
        let size = self.layout.size;
        let item = with_buffer(&buf, |b| {
            b.get(pos..pos + size)
                .map(|rec| unpack_values(&self.layout, rec))
        })
        .flatten();
        match item {
            Some(v) => {
                self.pos.set(pos + size);
                Ok(Some(v))
            }
            None => {
                // (dropped outside the borrow: the decrement may free the buffer)
                let old = self.buffer.borrow_mut().take();
                drop(old);
                Ok(None)
            }
        }
    }
}

fn length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(receiver::<UnpackIter>(&args).remaining() as i64))
}

const ITER_METHODS: &[MethodDef] = &[method!("__length_hint__", length_hint, NoArgs)];
