//! `lru_cache` and `cache`: the `_lru_cache_wrapper` type, following CPython's C version.
//!
//! The cache is a dict from keys (built like CPython's `_make_key`: the lone int or str
//! argument itself, else a tuple of the arguments, a keyword marker and the keyword items,
//! plus their types when `typed`) to results. Its insertion order is the recency order: a hit
//! moves the entry to the end, and a full cache evicts the first entry — true LRU. The
//! wrapped function may call the wrapper again (recursion) or change the cache; nothing is
//! borrowed across the call, and the key is looked up again afterwards, as in CPython.

use std::cell::{Cell, OnceCell};

use super::super::structseq;
use super::{attr_getattr, attr_setattr, update_wrapper, AttrDict, HasAttrDict, Types};
use crate::exc;
use crate::method;
use crate::objects::callables::function::is_callable;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::callables::native::{call_slots, new_native, receiver, NativeCall, NativeData};
use crate::objects::classes::typeobj::{MethodDef, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::{tuple_value, TupleObj};
use crate::objects::core::GilStatic;
use crate::objects::numbers::int::{as_int, IntObj};
use crate::objects::strings::str::{intern, new_str, StrObj};
use crate::objects::{types, PyRef, Value};
use crate::vm::params::PyDef;
use crate::vm::{Args, PyResult, Vm};

/// The `CacheInfo(hits, misses, maxsize, currsize)` named tuple type.
pub fn cache_info_type() -> &'static PyRef {
    static TYPE: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    TYPE.get(crate::gil::token()).get_or_init(|| {
        structseq::new_type(
            "functools",
            "CacheInfo",
            &["hits", "misses", "maxsize", "currsize"],
            false,
        )
    })
}

pub struct LruWrapper {
    func: Value,
    /// `None`: unbounded; `Some(0)`: no caching at all.
    maxsize: Option<i64>,
    typed: bool,
    cache: DictObj,
    hits: Cell<u64>,
    misses: Cell<u64>,
    /// Separates positional from keyword arguments in keys.
    kwd_mark: Value,
    attrs: AttrDict,
}

impl NativeData for LruWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.kwd_mark);
        for (k, v) in self.cache.items() {
            visit(&k);
            visit(&v);
        }
        self.attrs.traverse(visit);
    }

    fn clear(&self) {
        // (the cached results are what usually closes a cycle through a cached function)
        self.cache.clear_entries();
    }
}

impl HasAttrDict for LruWrapper {
    fn attrs(&self) -> &AttrDict {
        &self.attrs
    }
}

/// The keyword marker: an object equal only to itself.
struct KwdMark;

impl NativeData for KwdMark {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

/// Whether `v` is exactly an `int` or a `str` (such a lone argument is its own key).
fn is_exact_scalar(v: &Value) -> bool {
    let t = types();
    match v {
        Value::Int(_) => true,
        Value::Obj(o) => {
            (o.is::<IntObj>() && o.class().ptr_eq(&t.int))
                || (o.is::<StrObj>() && o.class().ptr_eq(&t.str))
        }
        _ => false,
    }
}

impl LruWrapper {
    fn make_key(&self, args: &Args) -> Value {
        let pos = args.pos();
        if !self.typed && !args.has_kwargs() {
            if let [x] = pos {
                if is_exact_scalar(x) {
                    return x.clone();
                }
            }
            return tuple_value(pos.to_vec());
        }
        let mut items = pos.to_vec();
        if args.has_kwargs() {
            items.push(self.kwd_mark.clone());
            for (k, v) in args.kwargs() {
                items.push(Value::Obj(new_str(k)));
                items.push(v.clone());
            }
        }
        if self.typed {
            let values = pos.iter().chain(args.kwargs().map(|(_, v)| v));
            let classes: Vec<Value> = values.map(|v| Value::Obj(v.class().clone())).collect();
            items.extend(classes);
        }
        tuple_value(items)
    }

    fn bump(counter: &Cell<u64>) {
        counter.set(counter.get() + 1);
    }
}

impl NativeCall for LruWrapper {
    fn call(&self, vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
        let func = self.func.clone();
        if self.maxsize == Some(0) {
            Self::bump(&self.misses);
            return vm.call(&func, args);
        }
        let key = self.make_key(&args);
        let h = vm.hash(&key)?;
        if let Some(result) = self.cache.get_item_hashed(vm, &key, h)? {
            Self::bump(&self.hits);
            if self.maxsize.is_some() {
                // Most recently used: move to the end of the order.
                if let Some(r) = self.cache.pop_item(vm, &key)? {
                    self.cache.set_item_hashed(vm, key, h, r)?;
                }
            }
            return Ok(result);
        }
        Self::bump(&self.misses);
        let result = vm.call(&func, args)?;
        let Some(maxsize) = self.maxsize else {
            self.cache.set_item_hashed(vm, key, h, result.clone())?;
            return Ok(result);
        };
        if self.cache.get_item_hashed(vm, &key, h)?.is_some() {
            // The call itself cached this key (recursion): keep that entry.
            return Ok(result);
        }
        if self.cache.len() as i64 >= maxsize {
            if let Some((_, oldest, _)) = self.cache.next_entry(0) {
                let evicted = self.cache.pop_item(vm, &oldest)?;
                drop(evicted);
            }
        }
        self.cache.set_item_hashed(vm, key, h, result.clone())?;
        Ok(result)
    }
}

fn cache_info(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = receiver::<LruWrapper>(&args);
    let maxsize = w.maxsize.map_or(Value::None, Value::Int);
    Ok(structseq::new(
        cache_info_type(),
        vec![
            Value::Int(w.hits.get() as i64),
            Value::Int(w.misses.get() as i64),
            maxsize,
            Value::Int(w.cache.len() as i64),
        ],
    ))
}

fn cache_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = receiver::<LruWrapper>(&args);
    w.hits.set(0);
    w.misses.set(0);
    w.cache.clear();
    Ok(Value::None)
}

/// Like a function, the wrapper binds as a method when found on a class through an instance.
fn lru_descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _owner: &PyRef) -> PyResult<Value> {
    match obj {
        Some(o) if !o.is_none() => Ok(vm.bound_method(d, o)),
        _ => Ok(d.clone()),
    }
}

pub const WRAPPER_SLOTS: TypeSlots = TypeSlots {
    descr_get: Some(lru_descr_get),
    getattr: Some(attr_getattr::<LruWrapper>),
    setattr: Some(attr_setattr::<LruWrapper>),
    ..call_slots::<LruWrapper>()
};

pub const WRAPPER_METHODS: &[MethodDef] = &[
    method!("cache_info", cache_info, NoArgs),
    method!("cache_clear", cache_clear, NoArgs),
];

/// `cache_parameters()`: bound to the `(maxsize, typed)` tuple it reports.
fn cache_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = args.pos().first().and_then(|v| v.downcast::<TupleObj>());
    let d = DictObj::new_ref();
    if let Some(p) = params {
        let dict = d.downcast::<DictObj>().expect("a dict");
        dict.set_item(vm, Value::Obj(new_str("maxsize")), p.items[0].clone())?;
        dict.set_item(vm, Value::Obj(new_str("typed")), p.items[1].clone())?;
    }
    Ok(Value::Obj(d))
}

/// Wraps `user_function`: the `_lru_cache_wrapper`, with `cache_parameters` and the
/// attributes `update_wrapper` copies.
fn wrap(vm: &mut Vm, user_function: &Value, maxsize: &Value, typed: &Value) -> PyResult<Value> {
    if !is_callable(user_function) {
        return Err(exc!(type_error, "the first argument must be callable"));
    }
    let limit = as_int(maxsize).map(|i| i.to_i64().unwrap_or(i64::MAX).max(0));
    let kwd_mark = new_native(&Types::get().kwd_mark, KwdMark);
    let wrapper = new_native(
        &Types::get().lru_wrapper,
        LruWrapper {
            func: user_function.clone(),
            maxsize: limit,
            typed: vm.truthy(typed)?,
            cache: DictObj::new(),
            hits: Cell::new(0),
            misses: Cell::new(0),
            kwd_mark,
            attrs: AttrDict::default(),
        },
    );
    let reported = tuple_value(vec![maxsize.clone(), typed.clone()]);
    let getter = BuiltinFunctionObj::new_ref("cache_parameters", cache_parameters, Some(reported));
    vm.setattr(
        &wrapper,
        &intern("cache_parameters"),
        Some(Value::Obj(getter)),
    )?;
    update_wrapper(vm, Args::positional(&[wrapper, user_function.clone()]))
}

const DECORATING: PyDef = PyDef {
    qualname: "lru_cache.<locals>.decorating_function",
    params: &["user_function"],
    required: 1,
    kwonly: &[],
    method: false,
};

/// The decorator `lru_cache(maxsize, typed)` returns: bound to `(maxsize, typed)`.
fn decorating_function(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (settings, rest) = args.values.split_first().expect("bound");
    let [user_function] = DECORATING.bind(&Args::new(rest, args.kwnames))?;
    let s = settings.downcast::<TupleObj>().expect("a settings tuple");
    wrap(
        vm,
        user_function.expect("required"),
        &s.items[0],
        &s.items[1],
    )
}

const LRU_CACHE: PyDef = PyDef {
    qualname: "lru_cache",
    params: &["maxsize", "typed"],
    required: 0,
    kwonly: &[],
    method: false,
};

/// `lru_cache(maxsize=128, typed=False)`, also usable bare as `@lru_cache`.
pub fn lru_cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [maxsize, typed] = LRU_CACHE.bind(&args)?;
    let mut maxsize = maxsize.cloned().unwrap_or(Value::Int(128));
    let typed = typed.cloned().unwrap_or(Value::Bool(false));
    if let Some(i) = as_int(&maxsize) {
        if i.is_negative() {
            maxsize = Value::Int(0);
        }
    } else if is_callable(&maxsize) && matches!(typed, Value::Bool(_)) {
        return wrap(vm, &maxsize, &Value::Int(128), &typed);
    } else if !maxsize.is_none() {
        return Err(exc!(
            type_error,
            "Expected first argument to be an integer, a callable, or None"
        ));
    }
    let settings = tuple_value(vec![maxsize, typed]);
    Ok(Value::Obj(BuiltinFunctionObj::new_ref(
        "decorating_function",
        decorating_function,
        Some(settings),
    )))
}

const CACHE: PyDef = PyDef {
    qualname: "cache",
    params: &["user_function"],
    required: 1,
    kwonly: &[],
    method: false,
};

/// `cache(user_function)`: `lru_cache(maxsize=None)(user_function)`.
pub fn cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f] = CACHE.bind(&args)?;
    wrap(vm, f.expect("required"), &Value::None, &Value::Bool(false))
}
