//! `array.array`'s methods and attributes: the list-like mutators, searching, byte and
//! unicode conversion, files, `byteswap`, `buffer_info`.

use crate::exc;
use crate::objects::binary::buffer::Buffer;
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::callables::native::{native, receiver};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef};
use crate::objects::containers::list::{list_value, ListObj};
use crate::objects::containers::seq::{index_args, normalize_index};
use crate::objects::containers::tuple::tuple_value;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::{getset, method};

use super::codes::{char_of, Kind};
use super::{arr, array_of, encode_all, unicode_bytes, ArrayObj};

/// Appends another array's items (same type code only).
pub(super) fn extend_from_array(a: &ArrayObj, b: &ArrayObj) -> PyResult<()> {
    if !std::ptr::eq(a.code, b.code) {
        return Err(exc!(type_error, "can only extend with array of same kind"));
    }
    let more = b.data.borrow().clone();
    a.push_bytes(&more)
}

/// The text of a `u` array.
pub(super) fn unicode_of(a: &ArrayObj) -> PyResult<String> {
    let data = a.data.borrow().clone();
    data.chunks_exact(4)
        .map(|c| char_of(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])))
        .collect()
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let b = a.code.encode(vm, &args.params()[0])?;
    a.push_bytes(&b)?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let src = &args.params()[0];
    if let Some(b) = native::<ArrayObj>(src) {
        extend_from_array(a, b)?;
        return Ok(Value::None);
    }
    // Item by item, as CPython: the items before a bad one stay appended.
    let it = vm.iter(src)?;
    while let Some(v) = crate::objects::containers::iter::next_item(vm, &it)? {
        let b = a.code.encode(vm, &v)?;
        a.push_bytes(&b)?;
    }
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let p = args.params();
    let i = crate::vm::params::to_index(vm, &p[0])?;
    let i = crate::objects::numbers::int::to_ssize_arg(&i)?;
    let b = a.code.encode(vm, &p[1])?;
    let n = a.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize * a.code.size;
    a.splice(at, at, &b)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let i = match args.params().first() {
        Some(v) => {
            let i = crate::vm::params::to_index(vm, v)?;
            crate::objects::numbers::int::to_ssize_arg(&i)?
        }
        None => -1,
    };
    if a.len() == 0 {
        return Err(exc!(index_error, "pop from empty array"));
    }
    let Some(j) = normalize_index(i, a.len()) else {
        return Err(exc!(index_error, "pop index out of range"));
    };
    let v = a.item(j)?;
    let n = a.code.size;
    a.splice(j * n, (j + 1) * n, &[])?;
    Ok(v)
}

/// The first index in `start..stop` whose item equals `x`. The length is read at each
/// step: an `__eq__` may shrink the array.
fn find(
    vm: &mut Vm,
    a: &ArrayObj,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(a.len()) {
        let v = a.item(i)?;
        if vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let Some(i) = find(vm, a, &args.params()[0], 0, usize::MAX)? else {
        return Err(exc!(value_error, "array.remove(x): x not in array"));
    };
    // (an `__eq__` that shrank the array may leave `i` past its end: nothing to remove then,
    // as CPython's clamped slice deletion)
    if i < a.len() {
        let n = a.code.size;
        a.splice(i * n, (i + 1) * n, &[])?;
    }
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let (x, start, stop) = index_args(vm, args.params(), "index", a.len())?;
    match find(vm, a, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(exc!(value_error, "array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let x = &args.params()[0];
    let (mut n, mut i) = (0, 0);
    while i < a.len() {
        let v = a.item(i)?;
        if vm.eq(&v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let n = a.code.size;
    let mut data = a.data.borrow_mut();
    let items: Vec<Vec<u8>> = data.chunks_exact(n).rev().map(<[u8]>::to_vec).collect();
    *data = items.concat();
    Ok(Value::None)
}

fn byteswap(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let n = a.code.size;
    a.data
        .borrow_mut()
        .chunks_exact_mut(n)
        .for_each(<[u8]>::reverse);
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let address = a.data.borrow().as_ptr() as i64;
    let address = if address == 1 {
        vm.id(args.receiver())
    } else {
        address
    };
    Ok(tuple_value(vec![
        Value::Int(address),
        Value::Int(a.len() as i64),
    ]))
}

fn tobytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(bytes_value(
        receiver::<ArrayObj>(&args).data.borrow().clone(),
    ))
}

fn frombytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let buf = Buffer::require(&args.params()[0])?;
    // (as CPython: a buffer of wider items is refused, with this shorter message)
    if buf.itemsize != 1 {
        return Err(exc!(type_error, "a bytes-like object is required"));
    }
    let b = buf.to_vec();
    drop(buf);
    if b.len() % a.code.size != 0 {
        return Err(exc!(
            value_error,
            "bytes length not a multiple of item size"
        ));
    }
    a.push_bytes(&b)?;
    Ok(Value::None)
}

fn tolist(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(list_value(receiver::<ArrayObj>(&args).values()?))
}

fn fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let Some(list) = args.params()[0].downcast::<ListObj>() else {
        return Err(exc!(type_error, "arg must be list"));
    };
    let items = list.items.borrow().clone();
    // All or nothing, as CPython.
    let b = encode_all(vm, a.code, &items)?;
    a.push_bytes(&b)?;
    Ok(Value::None)
}

fn tounicode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    if a.code.kind != Kind::Unicode {
        return Err(exc!(
            value_error,
            "tounicode() may only be called on unicode type arrays"
        ));
    }
    Ok(Value::Obj(new_str(unicode_of(a)?)))
}

fn fromunicode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let v = &args.params()[0];
    let Some(s) = as_str(v) else {
        return Err(exc!(
            type_error,
            "fromunicode() argument must be str, not {}",
            v.type_name()
        ));
    };
    if a.code.kind != Kind::Unicode {
        return Err(exc!(
            value_error,
            "fromunicode() may only be called on unicode type arrays"
        ));
    }
    a.push_bytes(&unicode_bytes(s))?;
    Ok(Value::None)
}

fn tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = receiver::<ArrayObj>(&args).data.borrow().clone();
    let f = &args.params()[0];
    // In blocks of 64 KiB, as CPython (an empty array writes nothing).
    for block in data.chunks(64 * 1024) {
        vm.call_method(f, "write", &[bytes_value(block.to_vec())])?;
    }
    Ok(Value::None)
}

fn fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let p = args.params();
    let n = crate::vm::params::to_index(vm, &p[1])?;
    let n = crate::objects::numbers::int::to_ssize_arg(&n)?;
    if n < 0 {
        return Err(exc!(value_error, "negative count"));
    }
    let size = a.code.size;
    let want = (n as usize)
        .checked_mul(size)
        .ok_or_else(|| exc!(memory_error, ""))?;
    let got = vm.call_method(&p[0], "read", &[Value::Int(want as i64)])?;
    let Some(b) = got.downcast::<BytesObj>() else {
        return Err(exc!(type_error, "read() didn't return bytes"));
    };
    let whole = b.bytes.len() / size * size;
    a.push_bytes(&b.bytes[..whole.min(want)])?;
    if b.bytes.len() < want {
        return Err(exc!(eof_error, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let data = a.data.borrow().clone();
    Ok(array_of(a.code, data))
}

fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = receiver::<ArrayObj>(&args);
    let cls = Value::Obj(args.receiver().class().clone());
    let code = Value::Obj(new_str(a.code.code.to_string()));
    let items = if a.code.kind == Kind::Unicode {
        Value::Obj(new_str(unicode_of(a)?))
    } else {
        list_value(a.values()?)
    };
    let dict = vm
        .getattr(
            args.receiver(),
            &crate::objects::strings::str::intern("__dict__"),
        )
        .unwrap_or(Value::None);
    Ok(tuple_value(vec![cls, tuple_value(vec![code, items]), dict]))
}

pub const METHODS: &[MethodDef] = &[
    method!("append", append, One),
    method!("extend", extend, One),
    method!("insert", insert, Varargs(2, 2)),
    method!("pop", pop, Varargs(0, 1)),
    method!("remove", remove, One),
    method!("index", index),
    method!("count", count, One),
    method!("reverse", reverse, NoArgs),
    method!("byteswap", byteswap, NoArgs),
    method!("buffer_info", buffer_info, NoArgs),
    method!("tobytes", tobytes, NoArgs),
    method!("frombytes", frombytes, One),
    method!("tolist", tolist, NoArgs),
    method!("fromlist", fromlist, One),
    method!("tounicode", tounicode, NoArgs),
    method!("fromunicode", fromunicode, One),
    method!("tofile", tofile, One),
    method!("fromfile", fromfile, Varargs(2, 2)),
    method!("__copy__", copy, NoArgs),
    method!("__deepcopy__", copy, One),
    method!("__reduce_ex__", reduce_ex, One),
];

fn typecode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(arr(v).code.code.to_string())))
}

fn itemsize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(arr(v).code.size as i64))
}

pub const GETSETS: &[GetSetDef] = &[getset!("typecode", typecode), getset!("itemsize", itemsize)];
