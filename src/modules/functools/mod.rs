//! The `functools` module: `reduce`, `partial`, `cmp_to_key`, `update_wrapper`/`wraps`,
//! `lru_cache`/`cache` (in `lru`) and `total_ordering` (in `ordering`); `py/functools.py`
//! adds `partialmethod`, `cached_property` and `singledispatch`. Behaviour and
//! messages follow CPython's `_functoolsmodule.c` and `functools.py`.
//!
//! `partial` and `KeyWrapper` objects are native objects (`objects::callables::native`). A partial keeps
//! its keywords in a dict object (what `p.keywords` shows); calling it copies its arguments
//! out before calling the function, so nothing is borrowed while Python code runs.

mod lru;
mod ordering;

use std::cell::RefCell;

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::function::is_callable;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::callables::native::{
    call_slots, native, new_native, repr_slot, this, NativeCall, NativeData, NativeRepr,
    PLAIN_SLOTS,
};
use crate::objects::classes::typeobj::{GetSetDef, TypeObject, TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str, StrObj};
use crate::objects::{PyRef, Value};
use crate::operators::CompareKind;
use crate::vm::params::{Clinic, PyDef};
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "functools" {
    partial = "partial", PARTIAL_SPEC;
    key_wrapper = "KeyWrapper", KEY_SPEC;
    lru_wrapper = "_lru_cache_wrapper", TypeSpec {
        slots: lru::WRAPPER_SLOTS,
        methods: lru::WRAPPER_METHODS,
        getsets: &[],
    };
    kwd_mark = "_kwd_mark", TypeSpec::slots(PLAIN_SLOTS);
} }

/// An object's attribute dict, made on first assignment (for `partial` and the
/// `lru_cache` wrapper, which `update_wrapper` gives `__name__`, `__doc__`, ...).
#[derive(Default)]
pub struct AttrDict(RefCell<Option<PyRef>>);

impl AttrDict {
    fn get(&self, name: &PyRef) -> Option<Value> {
        let d = self.0.borrow().clone()?;
        d.downcast::<DictObj>()?.get_str(name)
    }

    /// The dict itself (`__dict__`), made if needed.
    fn dict(&self) -> PyRef {
        self.0
            .borrow_mut()
            .get_or_insert_with(DictObj::new_ref)
            .clone()
    }

    fn is_empty(&self) -> bool {
        self.0
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast::<DictObj>().map(DictObj::is_empty))
            .unwrap_or(true)
    }

    /// `obj.name = value` (`None` deletes); `false` if there was nothing to delete.
    fn set(&self, name: &PyRef, value: Option<Value>) -> bool {
        let d = self.dict();
        let dict = d.downcast::<DictObj>().expect("a dict");
        let old = match value {
            Some(v) => {
                dict.set_str(name.clone(), v);
                return true;
            }
            None => dict.del_str(name),
        };
        let found = old.is_some();
        drop(old);
        found
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(d) = &*self.0.borrow() {
            visit(&Value::Obj(d.clone()));
        }
    }
}

/// The `getattr`/`setattr` slots of a type whose state has an [`AttrDict`].
pub trait HasAttrDict: NativeData {
    fn attrs(&self) -> &AttrDict;
}

/// The type's data descriptor `name` (`partial.func`): it wins over the instance dict.
fn type_data_descr(v: &Value, name: &PyRef) -> bool {
    TypeObject::lookup(v.class(), name).is_some_and(|d| {
        matches!(d, Value::Obj(_)) && crate::vm::protocol::slots(&d).descr_set.is_some()
    })
}

fn attr_getattr<T: HasAttrDict>(_vm: &mut Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let s = this::<T>(v);
    let n = name.downcast::<StrObj>().map_or("", |s| s.as_str());
    if n == "__dict__" {
        return Ok(Some(Value::Obj(s.attrs().dict())));
    }
    if type_data_descr(v, name) {
        return Ok(None);
    }
    Ok(s.attrs().get(name))
}

fn attr_setattr<T: HasAttrDict>(
    vm: &mut Vm,
    v: &Value,
    name: &PyRef,
    value: Option<Value>,
) -> PyResult<()> {
    let s = this::<T>(v);
    let n = name.downcast::<StrObj>().map_or("", |s| s.as_str());
    if n == "__dict__" {
        return Err(exc!(attribute_error, "readonly attribute"));
    }
    if type_data_descr(v, name) {
        return crate::vm::attr::generic_setattr(vm, v, name, value);
    }
    if !s.attrs().set(name, value) {
        return Err(vm.attribute_error(v, name));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// reduce

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let it = vm
        .iter(&p[1])
        .map_err(|_| exc!(type_error, "reduce() arg 2 must support iteration"))?;
    let mut acc = p.get(2).cloned();
    while let Some(item) = vm.next(&it)? {
        acc = Some(match acc {
            None => item,
            Some(a) => vm.call(&p[0], Args::positional(&[a, item]))?,
        });
    }
    acc.ok_or_else(|| {
        exc!(
            type_error,
            "reduce() of empty iterable with no initial value"
        )
    })
}

// ---------------------------------------------------------------------------------------
// partial

pub struct Partial {
    func: Value,
    args: Vec<Value>,
    /// A dict object.
    keywords: PyRef,
    attrs: AttrDict,
}

impl NativeData for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        self.args.iter().for_each(&mut *visit);
        visit(&Value::Obj(self.keywords.clone()));
        self.attrs.traverse(visit);
    }
}

impl HasAttrDict for Partial {
    fn attrs(&self) -> &AttrDict {
        &self.attrs
    }
}

fn partial_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this::<Partial>(v).func.clone())
}

fn partial_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple_value(this::<Partial>(v).args.clone()))
}

fn partial_keywords(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(this::<Partial>(v).keywords.clone()))
}

impl Partial {
    fn keyword_items(&self) -> Vec<(Value, Value)> {
        self.keywords
            .downcast::<DictObj>()
            .map_or_else(Vec::new, DictObj::items)
    }
}

impl NativeCall for Partial {
    fn call(&self, vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
        let mut values: Vec<Value> = self.args.iter().chain(args.pos()).cloned().collect();
        let mut kw = self.keyword_items();
        for (k, v) in args.kwargs() {
            match kw
                .iter_mut()
                .find(|(name, _)| crate::objects::strings::str::as_str(name) == Some(k))
            {
                Some(slot) => slot.1 = v.clone(),
                None => kw.push((Value::Obj(new_str(k)), v.clone())),
            }
        }
        let (names, kw_values): (Vec<Value>, Vec<Value>) = kw.into_iter().unzip();
        values.extend(kw_values);
        let func = self.func.clone();
        vm.call(&func, Args::new(&values, &names))
    }
}

impl NativeRepr for Partial {
    fn repr(&self, vm: &mut Vm, cls: &PyRef) -> PyResult<String> {
        let mut out = format!(
            "{}({}",
            crate::objects::classes::typeobj::type_name(cls),
            vm.repr_string(&self.func)?
        );
        for a in &self.args {
            out.push_str(", ");
            out.push_str(&vm.repr_string(a)?);
        }
        for (k, v) in self.keyword_items() {
            let k = vm.str_string(&k)?;
            out.push_str(&format!(", {}={}", k, vm.repr_string(&v)?));
        }
        out.push(')');
        Ok(out)
    }
}

/// A new partial object of type `cls`; a plain partial `func` is flattened into it.
fn make_partial(
    vm: &mut Vm,
    cls: &PyRef,
    func: &Value,
    args: &[Value],
    kwargs: &[(&str, &Value)],
) -> PyResult<Value> {
    let keywords = DictObj::new_ref();
    let kd = keywords.downcast::<DictObj>().expect("a dict");
    let (func, args) = match native::<Partial>(func).filter(|p| p.attrs.is_empty()) {
        Some(inner) => {
            for (k, v) in inner.keyword_items() {
                kd.set_item(vm, k, v)?;
            }
            let all: Vec<Value> = inner.args.iter().chain(args).cloned().collect();
            (inner.func.clone(), all)
        }
        None => (func.clone(), args.to_vec()),
    };
    for (k, v) in kwargs {
        kd.set_item(vm, Value::Obj(new_str(*k)), (*v).clone())?;
    }
    Ok(new_native(
        cls,
        Partial {
            func,
            args,
            keywords,
            attrs: AttrDict::default(),
        },
    ))
}

fn partial_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let Some((func, rest)) = args.pos().split_first() else {
        return Err(exc!(
            type_error,
            "type 'partial' takes at least one argument"
        ));
    };
    if !is_callable(func) {
        return Err(exc!(type_error, "the first argument must be callable"));
    }
    let kwargs: Vec<(&str, &Value)> = args.kwargs().collect();
    make_partial(vm, cls, func, rest, &kwargs)
}

/// `partial`: `func`, `args` and `keywords` are read-only members, as CPython's.
const PARTIAL_SPEC: TypeSpec = TypeSpec {
    slots: TypeSlots {
        new: Some(partial_new),
        repr: Some(repr_slot::<Partial>),
        getattr: Some(attr_getattr::<Partial>),
        setattr: Some(attr_setattr::<Partial>),
        ..call_slots::<Partial>()
    },
    methods: &[],
    getsets: &[
        crate::member!("func", partial_func),
        crate::member!("args", partial_args),
        crate::member!("keywords", partial_keywords),
    ],
};

// ---------------------------------------------------------------------------------------
// cmp_to_key

struct KeyWrapper {
    cmp: Value,
    /// `obj`, a writable member.
    obj: RefCell<Option<Value>>,
}

impl NativeData for KeyWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cmp);
        self.obj.borrow().iter().for_each(visit);
    }
}

impl NativeCall for KeyWrapper {
    fn call(&self, _vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
        const K: Clinic = Clinic {
            fname: "K",
            names: &["obj"],
            posonly: 0,
            minpos: 1,
            maxpos: 1,
        };
        let [obj] = K.bind(&args)?;
        Ok(new_native(
            &Types::get().key_wrapper,
            KeyWrapper {
                cmp: self.cmp.clone(),
                obj: RefCell::new(obj.cloned()),
            },
        ))
    }
}

fn key_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let Some(other) = native::<KeyWrapper>(b) else {
        return Err(exc!(type_error, "other argument must be K instance"));
    };
    let me = this::<KeyWrapper>(a);
    let (x, y) = (
        me.obj.borrow().clone().unwrap_or(Value::None),
        other.obj.borrow().clone().unwrap_or(Value::None),
    );
    let r = vm.call(&me.cmp, Args::positional(&[x, y]))?;
    vm.compare(&r, &Value::Int(0), op)
}

/// `K(x).obj`: a member (None when unset, as a `T_OBJECT` member reads NULL).
fn key_obj(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this::<KeyWrapper>(v)
        .obj
        .borrow()
        .clone()
        .unwrap_or(Value::None))
}

/// Sets or deletes `obj` (the old value is dropped after the borrow ends).
fn set_key_obj(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let old = this::<KeyWrapper>(v).obj.replace(value);
    drop(old);
    Ok(())
}

/// Comparable but unhashable, as CPython's `KeyWrapper`.
const KEY_SPEC: TypeSpec = TypeSpec {
    slots: TypeSlots {
        richcompare: Some(key_richcompare),
        hash: None,
        ..call_slots::<KeyWrapper>()
    },
    methods: &[],
    getsets: &[GetSetDef {
        name: "obj",
        get: key_obj,
        set: Some(set_key_obj),
        member: true,
    }],
};

const CMP_TO_KEY: Clinic = Clinic {
    fname: "cmp_to_key",
    names: &["mycmp"],
    posonly: 0,
    minpos: 1,
    maxpos: 1,
};

fn cmp_to_key(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cmp] = CMP_TO_KEY.bind(&args)?;
    Ok(new_native(
        &Types::get().key_wrapper,
        KeyWrapper {
            cmp: cmp.expect("required").clone(),
            obj: RefCell::new(None),
        },
    ))
}

// ---------------------------------------------------------------------------------------
// update_wrapper, wraps

const ASSIGNMENTS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

fn str_tuple(names: &[&str]) -> Value {
    tuple_value(names.iter().map(|n| Value::Obj(new_str(*n))).collect())
}

/// An attribute name from `assigned`/`updated`.
fn attr_name(v: &Value) -> PyResult<PyRef> {
    match v {
        Value::Obj(o) if o.is::<StrObj>() => Ok(o.clone()),
        _ => Err(exc!(
            type_error,
            "attribute name must be string, not '{}'",
            v.type_name()
        )),
    }
}

const UPDATE_WRAPPER: PyDef = PyDef {
    qualname: "update_wrapper",
    params: &["wrapper", "wrapped", "assigned", "updated"],
    required: 2,
    kwonly: &[],
    method: false,
};

/// `update_wrapper(wrapper, wrapped, assigned=..., updated=...)`, as in `functools.py`.
pub fn update_wrapper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [wrapper, wrapped, assigned, updated] = UPDATE_WRAPPER.bind(&args)?;
    let (wrapper, wrapped) = (wrapper.expect("required"), wrapped.expect("required"));
    let assigned = match assigned {
        Some(a) => vm.collect(a)?,
        None => ASSIGNMENTS
            .iter()
            .map(|n| Value::Obj(new_str(*n)))
            .collect(),
    };
    for name in &assigned {
        let name = attr_name(name)?;
        match vm.getattr(wrapped, &name) {
            Ok(value) => vm.setattr(wrapper, &name, Some(value))?,
            Err(e) if e.matches(&crate::objects::types().exc.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    let updated = match updated {
        Some(u) => vm.collect(u)?,
        None => vec![Value::Obj(new_str("__dict__"))],
    };
    for name in &updated {
        let name = attr_name(name)?;
        let target = vm.getattr(wrapper, &name)?;
        let source = match vm.getattr(wrapped, &name) {
            Ok(v) => v,
            Err(e) if e.matches(&crate::objects::types().exc.attribute_error) => {
                Value::Obj(DictObj::new_ref())
            }
            Err(e) => return Err(e),
        };
        let update = vm.getattr(&target, &intern("update"))?;
        vm.call(&update, Args::positional(&[source]))?;
    }
    vm.setattr(wrapper, &intern("__wrapped__"), Some(wrapped.clone()))?;
    Ok(wrapper.clone())
}

const WRAPS: PyDef = PyDef {
    qualname: "wraps",
    params: &["wrapped", "assigned", "updated"],
    required: 1,
    kwonly: &[],
    method: false,
};

/// `wraps(wrapped, ...)`: `partial(update_wrapper, wrapped=wrapped, ...)`.
fn wraps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [wrapped, assigned, updated] = WRAPS.bind(&args)?;
    let assigned = assigned.cloned().unwrap_or_else(|| str_tuple(&ASSIGNMENTS));
    let updated = updated.cloned().unwrap_or_else(|| str_tuple(&["__dict__"]));
    let func = Value::Obj(BuiltinFunctionObj::new_ref(
        "update_wrapper",
        update_wrapper,
        None,
    ));
    let kwargs = [
        ("wrapped", wrapped.expect("required")),
        ("assigned", &assigned),
        ("updated", &updated),
    ];
    make_partial(vm, &Types::get().partial, &func, &[], &kwargs)
}

/// The `functools` module.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module(
        "functools",
        &[
            method!("reduce", reduce, Unpack(2, 3)),
            method!("cmp_to_key", cmp_to_key),
            method!("update_wrapper", update_wrapper),
            method!("wraps", wraps),
            method!("lru_cache", lru::lru_cache),
            method!("cache", lru::cache),
            method!("total_ordering", ordering::total_ordering),
        ],
    );
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let t = Types::get();
    d.set_str(intern("partial"), Value::Obj(t.partial.clone()));
    d.set_str(
        intern("_lru_cache_wrapper"),
        Value::Obj(t.lru_wrapper.clone()),
    );
    d.set_str(intern("WRAPPER_ASSIGNMENTS"), str_tuple(&ASSIGNMENTS));
    d.set_str(intern("WRAPPER_UPDATES"), str_tuple(&["__dict__"]));
    d.set_str(
        intern("_CacheInfo"),
        Value::Obj(lru::cache_info_type().clone()),
    );
    // The parts written in Python: partialmethod, cached_property, singledispatch, ...
    let globals = module.downcast::<ModuleObj>().expect("module").dict.clone();
    vm.exec_source(
        include_str!("../py/functools.py"),
        "<frozen functools>",
        &globals,
        false,
    )?;
    Ok(module)
}
