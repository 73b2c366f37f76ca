//! Objects of the types that native modules define (`itertools.count`, `functools.partial`,
//! `random.Random`, ...).
//!
//! They all share one payload, [`NativeObj`], which holds the module's own Rust state behind
//! a [`NativeData`] trait object: a module adds a type without growing the payload table, and
//! finds its state again with [`native`] (a checked downcast through `Any`). The Python type
//! (`itertools.count`) is the object's class, made once per process by a module's
//! `native_types!` table.
//!
//! Invariants (DESIGN.md §2): the state is reached only through `&self`; what changes lives
//! in `Cell`s and `RefCell`s of the state struct, and no `RefCell` borrow is held across a
//! call that may run Python code (a key function, an `__eq__`, a decrement that frees).

use std::any::Any;
use std::cell::RefCell;

use crate::exc;
use crate::objects::classes::typeobj::{
    add_getsets, new_builtin_type, TypeObject, TypeSlots, TypeSpec,
};
use crate::objects::containers::dict::DictObj;
use crate::objects::core::{Kind, PyRef};
use crate::objects::strings::str::new_str;
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// The Rust state of a native object.
pub trait NativeData: Any {
    /// Visits every reference the object holds (for the cycle collector).
    fn traverse(&self, visit: &mut dyn FnMut(&Value));

    /// Drops the references that can be dropped, when the collector breaks a cycle (never
    /// while a borrow of the state is held elsewhere: use `try_borrow_mut`).
    fn clear(&self) {}
}

/// The payload of every native-module object.
pub struct NativeObj {
    data: Box<dyn NativeData>,
    /// The `__slots__` values of an instance of a Python subclass that declares some
    /// (`class D(deque): __slots__ = ('a',)`); `None` for every other object.
    slots: Option<Box<RefCell<Vec<Value>>>>,
}

impl NativeObj {
    pub fn new<T: NativeData>(data: T) -> NativeObj {
        NativeObj {
            data: Box::new(data),
            slots: None,
        }
    }

    /// A payload for an instance of the class `t`, with room for its `__slots__` values.
    fn for_class<T: NativeData>(t: &TypeObject, data: T) -> NativeObj {
        NativeObj {
            data: Box::new(data),
            slots: (t.nslots > 0).then(|| Box::new(RefCell::new(vec![Value::Null; t.nslots]))),
        }
    }

    /// The state, if it is a `T`.
    pub fn get<T: NativeData>(&self) -> Option<&T> {
        let any: &dyn Any = &*self.data;
        any.downcast_ref::<T>()
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.data.traverse(visit);
    }

    pub fn slots(&self) -> Option<&RefCell<Vec<Value>>> {
        self.slots.as_deref()
    }
}

/// A new object of native type `cls` holding `data`; when `cls` is a Python subclass of the
/// native type, the object also gets its instance dict and `__slots__` values.
pub fn new_native<T: NativeData>(cls: &PyRef, data: T) -> Value {
    match cls.downcast::<TypeObject>().filter(|t| t.heap) {
        Some(t) if t.instance_dict => Value::Obj(PyRef::new_with_dict(
            cls,
            NativeObj::for_class(t, data),
            Some(DictObj::new_ref()),
        )),
        Some(t) => Value::Obj(PyRef::new(cls, NativeObj::for_class(t, data))),
        // (the native type itself: no dict, no slots)
        None => Value::Obj(PyRef::new(cls, NativeObj::new(data))),
    }
}

/// A new object of native type `cls` holding `data`, always with an instance dict (a type
/// whose instances have a `__dict__` of their own, like `types.SimpleNamespace`).
pub fn new_native_with_dict<T: NativeData>(cls: &PyRef, data: T) -> Value {
    let payload = match cls.downcast::<TypeObject>() {
        Some(t) => NativeObj::for_class(t, data),
        None => NativeObj::new(data),
    };
    Value::Obj(PyRef::new_with_dict(cls, payload, Some(DictObj::new_ref())))
}

/// The state of `v`, if it is a native object holding a `T`.
#[inline]
pub fn native<T: NativeData>(v: &Value) -> Option<&T> {
    v.downcast::<NativeObj>()?.get::<T>()
}

/// The state of `v`, which a slot of `T`'s own type received (so it must be one).
#[inline]
pub fn this<T: NativeData>(v: &Value) -> &T {
    native::<T>(v).expect("a slot receives an instance of its own type")
}

/// The receiver's state, in a method of `T`'s type (its table entry checked the receiver,
/// and a subclass instance holds the same state).
#[inline]
pub fn receiver<'a, T: NativeData>(args: &Args<'a>) -> &'a T {
    this::<T>(args.receiver())
}

/// A native iterator: its type gets [`iter_slots`].
pub trait NativeIter: NativeData {
    /// The next item, or `None` when exhausted.
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>>;
}

/// A native object with a custom `repr`; `cls` is the object's class (a subclass's repr
/// names it, as CPython's reprs name `Py_TYPE(self)`).
pub trait NativeRepr: NativeData {
    fn repr(&self, vm: &mut Vm, cls: &PyRef) -> PyResult<String>;
}

/// A native callable object.
pub trait NativeCall: NativeData {
    fn call(&self, vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value>;
}

fn iter_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn next_slot<T: NativeIter>(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    this::<T>(v).next(vm)
}

/// `repr` of a native type with its own.
pub fn repr_slot<T: NativeRepr>(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(this::<T>(v).repr(vm, v.class())?))
}

/// `<itertools.chain object at 0x...>`: the default repr names the module, like CPython's.
fn default_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(format!(
        "<{} object at {:#x}>",
        v.type_name(),
        vm.id(v)
    )))
}

/// The `new` slot of a native type that Python code cannot instantiate (its objects come
/// from functions, like `itertools._grouper`): CPython's error, rather than an `object`.
fn no_new(_vm: &mut Vm, cls: &PyRef, _args: Args) -> PyResult<Value> {
    Err(exc!(
        type_error,
        "cannot create '{}' instances",
        crate::objects::classes::typeobj::type_name(cls)
    ))
}

/// Hash by identity (CPython's `_Py_HashPointer`: the address rotated by 4 bits).
fn identity_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let h = (vm.id(v) as u64).rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn call_slot<T: NativeCall>(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    this::<T>(v).call(vm, v, args)
}

/// The slots of a native type with nothing special.
pub const PLAIN_SLOTS: TypeSlots = TypeSlots {
    repr: Some(default_repr),
    hash: Some(identity_hash),
    new: Some(no_new),
    ..TypeSlots::EMPTY
};

/// The slots of a native iterator type (`iter` returns itself, `next` is `T::next`).
pub const fn iter_slots<T: NativeIter>() -> TypeSlots {
    TypeSlots {
        iter: Some(iter_self),
        next: Some(next_slot::<T>),
        ..PLAIN_SLOTS
    }
}

/// The slots of a native callable type.
pub const fn call_slots<T: NativeCall>() -> TypeSlots {
    TypeSlots {
        call: Some(call_slot::<T>),
        ..PLAIN_SLOTS
    }
}

/// A native type `module.name` (a subclass of `base`, `object` by default) whose instances
/// have the `layout` payload (`Native` except for tuple-like types), with the slots, methods
/// and special attributes (`getset_descriptor`s and members) of `spec`. Like a CPython
/// static type, its name is `module.name` (what error messages show); `__name__` and
/// `__module__` are its two parts.
pub fn new_native_type(
    module: &str,
    name: &str,
    base: Option<&PyRef>,
    layout: Kind,
    spec: TypeSpec,
) -> PyRef {
    let t = types();
    let ty = new_builtin_type(
        &t.type_,
        &format!("{module}.{name}"),
        Some(base.unwrap_or(&t.object)),
        layout,
        spec.slots,
        spec.methods,
    );
    add_getsets(&ty, spec.getsets);
    crate::objects::classes::slotdefs::add_slot_wrappers(&ty);
    ty
}

/// A module's table of native types, created on first use and immortal (like the builtin
/// types). Each line: field, Python name, the type's [`TypeSpec`] (slots, methods, getsets).
///
/// ```ignore
/// native_types! { pub struct Types in "itertools" {
///     count = "count", TypeSpec::slots(COUNT_SLOTS);
///     deque = "deque", DEQUE_SPEC;
/// } }
/// Types::get().count
/// ```
#[macro_export]
macro_rules! native_types {
    ($vis:vis struct $table:ident in $module:literal {
        $($field:ident = $name:literal, $spec:expr;)*
    }) => {
        $vis struct $table { $(pub $field: $crate::objects::PyRef,)* }

        impl $table {
            /// The types (created by the first call, under the GIL).
            pub fn get() -> &'static $table {
                static CELL: $crate::objects::core::GilStatic<std::cell::OnceCell<$table>> =
                    $crate::objects::core::GilStatic::new(std::cell::OnceCell::new());
                CELL.get($crate::gil::token()).get_or_init(|| $table {
                    $($field: $crate::objects::callables::native::new_native_type(
                        $module, $name, None, $crate::objects::Kind::Native, $spec,
                    ),)*
                })
            }
        }
    };
}

impl crate::objects::trace::Trace for NativeObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(slots) = self.slots() {
            if let Ok(slots) = slots.try_borrow() {
                slots
                    .iter()
                    .for_each(|v| crate::objects::trace::visit_value(v, visit));
            }
        }
        self.data
            .traverse(&mut |v| crate::objects::trace::visit_value(v, visit));
    }
    fn clear(&self) {
        if let Some(slots) = self.slots() {
            let old = slots.try_borrow_mut().map(|mut s| std::mem::take(&mut *s));
            drop(old);
        }
        self.data.clear();
    }
}
