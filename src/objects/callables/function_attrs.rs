//! The special attributes of functions, builtin functions and bound methods (`f.__name__`,
//! `f.__code__`, `len.__self__`, `m.__func__`), declared as getset tables. Each is a data
//! descriptor in its type's dict, so it wins over the function's `__dict__` as in CPython
//! (`f.__dict__['__name__'] = 'x'` leaves `f.__name__` alone).
//!
//! A getter receives an instance of its type (the descriptor checked it), so the downcasts
//! below cannot fail.

use crate::exc;
use crate::objects::callables::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj, Home};
use crate::objects::classes::typeobj::GetSetDef;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};
use crate::{getset, member};

fn func(v: &Value) -> &FunctionObj {
    v.downcast::<FunctionObj>()
        .expect("checked by the descriptor")
}

fn builtin(v: &Value) -> &BuiltinFunctionObj {
    v.downcast::<BuiltinFunctionObj>()
        .expect("checked by the descriptor")
}

fn method(v: &Value) -> &BoundMethodObj {
    v.downcast::<BoundMethodObj>()
        .expect("checked by the descriptor")
}

/// `function`'s special attributes.
pub const FUNCTION_GETSETS: &[GetSetDef] = &[
    getset!("__code__", get_code, set_code),
    getset!("__defaults__", get_defaults, set_defaults),
    getset!("__kwdefaults__", get_kwdefaults, set_kwdefaults),
    getset!("__annotations__", get_annotations, set_annotations),
    getset!("__name__", get_name, set_name),
    getset!("__qualname__", get_qualname, set_qualname),
    getset!("__doc__", get_doc, set_doc),
    getset!("__module__", get_module, set_module),
    member!("__globals__", get_globals),
    member!("__closure__", get_closure),
    member!("__builtins__", get_builtins),
];

fn get_code(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(f).code()))
}

fn set_code(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let o = f.as_obj().expect("a function");
    crate::objects::callables::function::set_code(o, v.as_ref())
}

fn opt(r: &std::cell::RefCell<Option<PyRef>>) -> Value {
    r.borrow().clone().map_or(Value::None, Value::Obj)
}

fn get_defaults(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(opt(&func(f).defaults))
}

fn get_kwdefaults(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(opt(&func(f).kwdefaults))
}

fn set_defaults(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let ok = v
        .as_ref()
        .is_some_and(|v| v.downcast::<TupleObj>().is_some());
    func(f).set_defaults(false, v, ok, "__defaults__", "tuple")
}

fn set_kwdefaults(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let ok = v
        .as_ref()
        .is_some_and(|v| v.downcast::<DictObj>().is_some());
    func(f).set_defaults(true, v, ok, "__kwdefaults__", "dict")
}

fn get_annotations(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    let mut a = func(f).annotations.borrow_mut();
    let d = annotations_dict(a.take());
    *a = Some(d.clone());
    Ok(Value::Obj(d))
}

/// The annotations as a dict: the compiler stores them as a flat tuple of name/value pairs,
/// turned into a dict on first use.
fn annotations_dict(a: Option<PyRef>) -> PyRef {
    match a {
        Some(d) if d.is::<DictObj>() => d,
        Some(t) if t.is::<TupleObj>() => {
            let d = DictObj::new_ref();
            let dd = d.downcast::<DictObj>().expect("a dict");
            let items = t.downcast::<TupleObj>().expect("a tuple").items.to_vec();
            for pair in items.chunks(2) {
                if let [Value::Obj(k), v] = pair {
                    dd.set_str(k.clone(), v.clone());
                }
            }
            d
        }
        _ => DictObj::new_ref(),
    }
}

fn set_annotations(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let new = match v {
        None | Some(Value::None) => None,
        Some(Value::Obj(d)) if d.is::<DictObj>() => Some(d),
        Some(_) => {
            return Err(exc!(
                type_error,
                "__annotations__ must be set to a dict object"
            ))
        }
    };
    drop(func(f).annotations.replace(new));
    Ok(())
}

fn get_name(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(f).name.borrow().clone()))
}

fn get_qualname(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(f).qualname.borrow().clone()))
}

/// The new value of `__name__`/`__qualname__`: a str, never deleted.
fn name_value(v: Option<Value>, attr: &str) -> PyResult<PyRef> {
    match v {
        Some(Value::Obj(s)) if s.is::<StrObj>() => Ok(s),
        _ => Err(exc!(type_error, "{} must be set to a string object", attr)),
    }
}

fn set_name(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let s = name_value(v, "__name__")?;
    drop(func(f).name.replace(s));
    Ok(())
}

fn set_qualname(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    let s = name_value(v, "__qualname__")?;
    drop(func(f).qualname.replace(s));
    Ok(())
}

fn get_doc(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(func(f).doc.borrow().clone())
}

fn set_doc(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    drop(func(f).doc.replace(v.unwrap_or(Value::None)));
    Ok(())
}

fn get_module(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(func(f).module.borrow().clone())
}

fn set_module(_vm: &mut Vm, f: &Value, v: Option<Value>) -> PyResult<()> {
    drop(func(f).module.replace(v.unwrap_or(Value::None)));
    Ok(())
}

fn get_globals(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(f).globals.clone()))
}

fn get_closure(_vm: &mut Vm, f: &Value) -> PyResult<Value> {
    Ok(func(f).closure.clone().map_or(Value::None, Value::Obj))
}

/// `f.__builtins__`: the builtins namespace the function's globals name (or the
/// interpreter's).
fn get_builtins(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    let globals = func(f).globals.clone();
    let found = globals
        .downcast::<DictObj>()
        .and_then(|d| d.get_str(crate::interned!("__builtins__")));
    Ok(match found {
        Some(Value::Obj(m)) if m.is::<crate::objects::module::ModuleObj>() => {
            let d = m
                .downcast::<crate::objects::module::ModuleObj>()
                .expect("a module");
            Value::Obj(d.dict.clone())
        }
        Some(v) => v,
        None => Value::Obj(vm.interp.builtins.clone()),
    })
}

/// `builtin_function_or_method`'s special attributes.
pub const BUILTIN_GETSETS: &[GetSetDef] = &[
    getset!("__name__", builtin_name),
    getset!("__qualname__", builtin_qualname),
    getset!("__doc__", builtin_doc),
    member!("__self__", builtin_self),
    member!("__module__", builtin_module),
];

fn builtin_name(_vm: &mut Vm, b: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(builtin(b).name)))
}

fn builtin_qualname(_vm: &mut Vm, b: &Value) -> PyResult<Value> {
    Ok(Value::Obj(new_str(builtin(b).qualname())))
}

/// (pyvm keeps no docstrings for builtins)
fn builtin_doc(_vm: &mut Vm, _b: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

fn builtin_self(_vm: &mut Vm, b: &Value) -> PyResult<Value> {
    Ok(builtin(b).bound.clone().unwrap_or(Value::None))
}

fn builtin_module(_vm: &mut Vm, b: &Value) -> PyResult<Value> {
    Ok(match builtin(b).home {
        Home::Builtins => Value::Obj(new_str("builtins")),
        Home::Module(m) => Value::Obj(new_str(m)),
        Home::Type(_) | Home::Class(_) => Value::None,
    })
}

/// `method_descriptor`'s special attributes (`list.append.__objclass__`).
pub const METHOD_DESCRIPTOR_GETSETS: &[GetSetDef] = &[
    getset!("__name__", builtin_name),
    getset!("__qualname__", builtin_qualname),
    getset!("__doc__", builtin_doc),
    member!("__objclass__", builtin_objclass),
];

fn builtin_objclass(_vm: &mut Vm, b: &Value) -> PyResult<Value> {
    Ok(match &builtin(b).home {
        Home::Type(t) => Value::Obj(t.clone()),
        _ => Value::None,
    })
}

/// `method`'s own attributes; the others are the function's (see `method_getattr`).
pub const METHOD_GETSETS: &[GetSetDef] = &[
    member!("__self__", method_self),
    member!("__func__", method_func),
    getset!("__doc__", method_doc),
];

fn method_self(_vm: &mut Vm, m: &Value) -> PyResult<Value> {
    Ok(method(m).self_.clone())
}

fn method_func(_vm: &mut Vm, m: &Value) -> PyResult<Value> {
    Ok(method(m).func.clone())
}

fn method_doc(vm: &mut Vm, m: &Value) -> PyResult<Value> {
    let f = method(m).func.clone();
    vm.getattr(&f, crate::interned!("__doc__"))
}

/// `method`'s `getattr` slot (CPython's `method_getattro`): what the `method` type has
/// itself goes the generic way; any other name is looked up on the function
/// (`m.__name__`, `m.__qualname__`, `m.__module__`, attributes set on the function).
pub fn method_getattr(vm: &mut Vm, m: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let own = name
        .downcast::<StrObj>()
        .is_some_and(|s| s.as_str() == "__class__");
    if own || crate::objects::classes::typeobj::TypeObject::lookup(m.class(), name).is_some() {
        return Ok(None);
    }
    let f = method(m).func.clone();
    // (a missing name is the function's AttributeError, as in CPython)
    vm.getattr(&f, name).map(Some)
}
