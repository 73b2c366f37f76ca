//! Functions: Python functions (code + globals + defaults + closure), builtin functions
//! (a Rust `NativeFn`, optionally bound to `self`), and bound methods.
//!
//! A function's code can be replaced (`f.__code__ = g.__code__`): each call reads the
//! function's current code and its frame keeps its own reference to it, so a running call
//! finishes the body it started (`locals()` reads the code of the frame's record).
//! Assigning `__code__`, `__defaults__` or `__kwdefaults__` changes the function's
//! *version* (CPython's `func_version`), which call-site caches can guard on.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, Ordering};

use super::cell::CellObj;
use super::code::CodeObj;
use crate::exc;
use crate::objects::classes::typeobj::{NativeFn, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::StrObj;
use crate::objects::trace::{
    take_option, take_value, visit_cell, visit_option, visit_value, Trace,
};
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

pub struct FunctionObj {
    /// The code the next call runs (read it with [`FunctionObj::code`]).
    code: RefCell<PyRef>,
    /// See [`FunctionObj::version`]; 0 until asked for.
    version: Cell<u32>,
    /// The version is the function's own, not its code's (see [`FunctionObj::version`]).
    own_version: Cell<bool>,
    pub globals: PyRef,
    /// Positional defaults (a tuple), if any.
    pub defaults: RefCell<Option<PyRef>>,
    /// Keyword-only defaults (a dict), if any.
    pub kwdefaults: RefCell<Option<PyRef>>,
    /// A tuple of cells for the code's free variables.
    pub closure: Option<PyRef>,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__dict__`, created on first attribute assignment.
    pub dict: RefCell<Option<PyRef>>,
    pub annotations: RefCell<Option<PyRef>>,
}

impl Trace for FunctionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.globals);
        visit_option(&self.defaults, visit);
        visit_option(&self.kwdefaults, visit);
        self.closure.iter().for_each(&mut *visit);
        visit_cell(&self.doc, visit);
        visit_cell(&self.module, visit);
        visit_option(&self.dict, visit);
        visit_option(&self.annotations, visit);
    }
    fn clear(&self) {
        take_option(&self.defaults);
        take_option(&self.kwdefaults);
        take_option(&self.dict);
        take_option(&self.annotations);
        take_value(&self.doc);
        take_value(&self.module);
    }
}

/// The next function version to hand out; 0 once all have been.
static NEXT_VERSION: AtomicU32 = AtomicU32::new(1);

/// A new function version, never handed out before (0 once they ran out).
pub fn next_version() -> u32 {
    NEXT_VERSION
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| v.checked_add(1))
        .unwrap_or(0)
}

impl FunctionObj {
    /// A function running `code` in `globals`, named after the code, with its docstring,
    /// `__module__` from `globals["__name__"]`, and nothing else yet.
    pub fn new(code: PyRef, globals: PyRef, closure: Option<PyRef>) -> FunctionObj {
        let c = code.downcast::<CodeObj>().expect("a code object");
        let doc = c.unit.doc.as_deref().map_or(Value::None, |d| {
            Value::Obj(crate::objects::strings::str::new_str(d))
        });
        let module = globals
            .downcast::<DictObj>()
            .and_then(|g| g.get_str(&crate::objects::strings::str::intern("__name__")))
            .unwrap_or(Value::None);
        FunctionObj {
            name: RefCell::new(c.name.clone()),
            qualname: RefCell::new(c.qualname.clone()),
            code: RefCell::new(code),
            version: Cell::new(0),
            own_version: Cell::new(false),
            globals,
            defaults: RefCell::new(None),
            kwdefaults: RefCell::new(None),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            dict: RefCell::new(None),
            annotations: RefCell::new(None),
        }
    }

    /// The code object the next call runs.
    #[inline]
    pub fn code(&self) -> PyRef {
        self.code.borrow().clone()
    }

    /// The version as it stands, without handing one out (0: none, so no cache matches).
    #[inline(always)]
    pub fn current_version(&self) -> u32 {
        self.version.get()
    }

    /// The function's version (CPython's `func_version`), what call-site caches guard on:
    /// equal versions mean the same code, so the same parameters. A function starts with its
    /// code object's version — every closure a `def` makes shares it (CPython 3.13's rule),
    /// so a call site that sees a fresh closure each time stays specialised — and gets a
    /// number of its own, never reused, once `__code__`, `__defaults__` or `__kwdefaults__` is
    /// assigned. 0 means the numbers ran out (2**32 - 1 of them): never specialise on it.
    pub fn version(&self) -> u32 {
        if self.version.get() == 0 {
            let v = match self.own_version.get() {
                false => self
                    .code
                    .borrow()
                    .downcast::<CodeObj>()
                    .map_or(0, |c| c.func_version()),
                true => next_version(),
            };
            self.version.set(v);
        }
        self.version.get()
    }

    /// Something the version covers changed: the next `version()` is a new number.
    fn new_version(&self) {
        self.own_version.set(true);
        self.version.set(0);
    }

    fn closure_len(&self) -> usize {
        self.closure
            .as_ref()
            .and_then(|c| c.downcast::<TupleObj>())
            .map_or(0, TupleObj::len)
    }
}

/// `f.__code__ = code`: CPython's checks, then the swap. Frames running `f` keep running
/// the code they started with.
fn set_code(func: &PyRef, value: Option<&Value>) -> PyResult<()> {
    let f = func.downcast::<FunctionObj>().expect("a function");
    let Some(code) = value.and_then(Value::as_obj).filter(|c| c.is::<CodeObj>()) else {
        return Err(exc!(type_error, "__code__ must be set to a code object"));
    };
    let nfree = code
        .downcast::<CodeObj>()
        .expect("a code object")
        .unit
        .freevars
        .len();
    if nfree != f.closure_len() {
        let name = f.name.borrow().clone();
        return Err(exc!(
            value_error,
            "{}() requires a code object with {} free vars, not {}",
            name.downcast::<StrObj>().map_or("?", |s| s.as_str()),
            f.closure_len(),
            nfree
        ));
    }
    let old = f.code.replace(code.clone());
    f.new_version();
    drop(old);
    Ok(())
}

/// The writable special attributes of functions (`__code__`, `__defaults__`, `__name__`,
/// ...): `None` for ordinary attributes, which go to the function's `__dict__`.
pub fn setattr_special(func: &PyRef, name: &str, value: &Option<Value>) -> Option<PyResult<()>> {
    let f = func.downcast::<FunctionObj>().expect("a function");
    match (name, value) {
        ("__code__", v) => Some(set_code(func, v.as_ref())),
        ("__name__" | "__qualname__", Some(Value::Obj(s))) if s.is::<StrObj>() => {
            let slot = if name == "__name__" {
                &f.name
            } else {
                &f.qualname
            };
            drop(slot.replace(s.clone()));
            Some(Ok(()))
        }
        ("__name__" | "__qualname__", _) => Some(Err(exc!(
            type_error,
            "{} must be set to a string object",
            name
        ))),
        ("__doc__", v) => {
            drop(f.doc.replace(v.clone().unwrap_or(Value::None)));
            Some(Ok(()))
        }
        ("__module__", v) => {
            drop(f.module.replace(v.clone().unwrap_or(Value::None)));
            Some(Ok(()))
        }
        ("__defaults__" | "__kwdefaults__", v) => {
            let (slot, kind, ok) = if name == "__defaults__" {
                let ok = v
                    .as_ref()
                    .is_some_and(|v| v.downcast::<TupleObj>().is_some());
                (&f.defaults, "tuple", ok)
            } else {
                let ok = v
                    .as_ref()
                    .is_some_and(|v| v.downcast::<DictObj>().is_some());
                (&f.kwdefaults, "dict", ok)
            };
            let old = match v {
                None | Some(Value::None) => slot.replace(None),
                Some(Value::Obj(o)) if ok => slot.replace(Some(o.clone())),
                Some(_) => {
                    return Some(Err(exc!(
                        type_error,
                        "{} must be set to a {} object",
                        name,
                        kind
                    )))
                }
            };
            f.new_version();
            drop(old);
            Some(Ok(()))
        }
        ("__annotations__", Some(Value::Obj(d))) if d.is::<DictObj>() => {
            drop(f.annotations.replace(Some(d.clone())));
            Some(Ok(()))
        }
        _ => None,
    }
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let [code, globals, name, argdefs, closure] =
        super::bind::bind(&args, "function", names, 2)?.map(|a| a.filter(|v| !v.is_none()));
    let (code, globals) = (code.expect("required"), globals.expect("required"));
    let bad = |field: &str, want: &str, v: &Value| {
        exc!(
            type_error,
            "function() argument '{}' must be {}, not {}",
            field,
            want,
            v.type_name()
        )
    };
    let Some(c) = code.downcast::<CodeObj>() else {
        return Err(bad("code", "code", code));
    };
    if globals.downcast::<DictObj>().is_none() {
        return Err(bad("globals", "dict", globals));
    }
    if name.is_some_and(|n| n.downcast::<StrObj>().is_none()) {
        return Err(exc!(type_error, "arg 3 (name) must be None or string"));
    }
    if argdefs.is_some_and(|d| d.downcast::<TupleObj>().is_none()) {
        return Err(exc!(type_error, "arg 4 (defaults) must be None or tuple"));
    }
    let nfree = c.unit.freevars.len();
    let cells = match closure {
        None if nfree > 0 => return Err(exc!(type_error, "arg 5 (closure) must be tuple")),
        None => &[][..],
        Some(t) => match t.downcast::<TupleObj>() {
            Some(t) => &t.items[..],
            None => return Err(exc!(type_error, "arg 5 (closure) must be None or tuple")),
        },
    };
    if cells.len() != nfree {
        return Err(exc!(
            value_error,
            "{} requires closure of length {}, not {}",
            c.name.downcast::<StrObj>().map_or("?", |s| s.as_str()),
            nfree,
            cells.len()
        ));
    }
    if let Some(v) = cells
        .iter()
        .find(|v| !v.as_obj().is_some_and(|o| o.is::<CellObj>()))
    {
        return Err(exc!(
            type_error,
            "arg 5 (closure) expected cell, found {}",
            v.type_name()
        ));
    }
    let closure = closure
        .filter(|_| nfree > 0)
        .and_then(Value::as_obj)
        .cloned();
    let globals = globals.as_obj().expect("a dict").clone();
    let f = FunctionObj::new(
        code.as_obj().expect("a code object").clone(),
        globals,
        closure,
    );
    if let Some(Value::Obj(n)) = name {
        *f.name.borrow_mut() = n.clone();
    }
    *f.defaults.borrow_mut() = argdefs.and_then(Value::as_obj).cloned();
    Ok(Value::Obj(PyRef::new(&types().function, f)))
}

pub struct BuiltinFunctionObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// `self` for a method bound to an object (`[].append`), or the module for functions.
    pub bound: Option<Value>,
    /// Whether a call counts a level against the recursion limit (see [`counts_a_level`]).
    pub counted: bool,
}

impl Trace for BuiltinFunctionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(b) = &self.bound {
            visit_value(b, visit);
        }
    }
}

impl BuiltinFunctionObj {
    pub fn new_ref(name: &'static str, func: NativeFn, bound: Option<Value>) -> PyRef {
        let counted = bound.is_none() && counts_a_level(name);
        PyRef::new(
            &types().builtin_function,
            BuiltinFunctionObj {
                name,
                func,
                bound,
                counted,
            },
        )
    }
}

/// Whether CPython 3.11 counts a call of the builtin function `name` as a level of
/// recursion (" while calling a Python object"): it does for the calling conventions its
/// specialised calls still check — one argument (`METH_O`), none, or a tuple
/// (`METH_VARARGS`) — and not for the "fast" ones (`getattr`, `iter`, `len`, `format`...),
/// so a `__repr__` calling `repr(self)` fails with CPython's message at the same depth.
fn counts_a_level(name: &str) -> bool {
    matches!(
        name,
        "abs"
            | "aiter"
            | "all"
            | "any"
            | "ascii"
            | "bin"
            | "callable"
            | "chr"
            | "dir"
            | "globals"
            | "hash"
            | "hex"
            | "id"
            | "locals"
            | "max"
            | "min"
            | "oct"
            | "ord"
            | "repr"
            | "vars"
            | "__import__"
    )
}

pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
}

impl Trace for BoundMethodObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit_value(&self.func, visit);
        visit_value(&self.self_, visit);
    }
}

/// `<function f at 0x...>`.
fn function_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let f = v.downcast::<FunctionObj>().expect("a function");
    let name = f.qualname.borrow().clone();
    let name = name
        .downcast::<crate::objects::strings::str::StrObj>()
        .map_or("?", |s| s.as_str())
        .to_string();
    Ok(crate::objects::strings::str::new_str(format!(
        "<function {} at {:#x}>",
        name,
        vm.id(v)
    )))
}

/// `<built-in function len>`, or `<built-in method append of list object at 0x...>`.
fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let b = v
        .downcast::<BuiltinFunctionObj>()
        .expect("a builtin function");
    let text = match &b.bound {
        None => format!("<built-in function {}>", b.name),
        Some(m) if m.downcast::<crate::objects::module::ModuleObj>().is_some() => {
            format!("<built-in function {}>", b.name)
        }
        Some(this) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            this.type_name(),
            vm.id(this)
        ),
    };
    Ok(crate::objects::strings::str::new_str(text))
}

/// The `call` slot of the function types. `Vm::call` recognises functions before it looks
/// at slots, so this is reached only through the slot itself (`type(f).__call__(f, ...)`);
/// having it makes `__call__` visible on the types, as ABCs and `callable` expect.
fn call_through(vm: &mut Vm, f: &Value, args: Args) -> PyResult<Value> {
    vm.call(f, args)
}

pub const FUNCTION_SLOTS: TypeSlots = TypeSlots {
    new: Some(function_new),
    repr: Some(function_repr),
    call: Some(call_through),
    ..TypeSlots::EMPTY
};
pub const BUILTIN_SLOTS: TypeSlots = TypeSlots {
    repr: Some(builtin_repr),
    call: Some(call_through),
    ..TypeSlots::EMPTY
};
/// Whether `v` can be called.
pub fn is_callable(v: &Value) -> bool {
    v.downcast::<BuiltinFunctionObj>().is_some()
        || v.downcast::<BoundMethodObj>().is_some()
        || v.downcast::<FunctionObj>().is_some()
        || crate::vm::protocol::slots(v).call.is_some()
}

/// `types.MethodType(function, instance)`.
fn method_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    args.no_kwargs("method")?;
    let [func, instance] = args.pos() else {
        return Err(crate::exc!(
            type_error,
            "method expected 2 arguments, got {}",
            args.pos().len()
        ));
    };
    if !is_callable(func) {
        return Err(crate::exc!(type_error, "first argument must be callable"));
    }
    if instance.is_none() {
        return Err(crate::exc!(type_error, "instance must not be None"));
    }
    Ok(Value::Obj(PyRef::new(
        &types().method,
        BoundMethodObj {
            func: func.clone(),
            self_: instance.clone(),
        },
    )))
}

/// Bound methods are equal when they bind the same object (identity) to equal functions.
fn method_richcompare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::operators::CompareKind,
) -> PyResult<Value> {
    use crate::operators::CompareKind;
    let (Some(x), Some(y)) = (
        a.downcast::<BoundMethodObj>(),
        b.downcast::<BoundMethodObj>(),
    ) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let (fx, fy) = (x.func.clone(), y.func.clone());
    let eq = x.self_.is(&y.self_) && vm.eq(&fx, &fy)?;
    Ok(Value::Bool(eq == (op == CompareKind::Eq)))
}

/// CPython's `method_hash`: the bound object's identity hash mixed with the function's.
fn method_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let m = v.downcast::<BoundMethodObj>().expect("a method");
    let (this, func) = (m.self_.clone(), m.func.clone());
    let x = (vm.id(&this) as u64).rotate_right(4) as i64;
    let y = vm.hash(&func)?;
    let h = x ^ y;
    Ok(if h == -1 { -2 } else { h })
}

pub const METHOD_SLOTS: TypeSlots = TypeSlots {
    new: Some(method_new),
    richcompare: Some(method_richcompare),
    hash: Some(method_hash),
    call: Some(call_through),
    ..TypeSlots::EMPTY
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::strings::str::intern;

    /// A function's version stays put across calls and reads, and changes with each
    /// assignment to `__code__`, `__defaults__` or `__kwdefaults__` (even of equal values).
    #[test]
    fn version_changes_with_code_and_defaults() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let globals = DictObj::new_ref();
        let source = "def f(a=1, *, b=2): return a + b\ndef g(a=1, *, b=2): return a * b\n";
        vm.exec_source(source, "<test>", &globals, false)
            .expect("runs");
        let get = |name: &str| {
            let d = globals.downcast::<DictObj>().expect("a dict");
            d.get_str(&intern(name)).expect("defined")
        };
        let (f, g) = (get("f"), get("g"));
        let func = f.downcast::<FunctionObj>().expect("a function");
        let v0 = func.version();
        assert_ne!(v0, 0);
        vm.call(&f, Args::positional(&[])).expect("calls");
        let _ = vm.getattr(&f, &intern("__code__")).expect("reads");
        assert_eq!(func.version(), v0, "reads and calls keep the version");
        let mut seen = vec![v0];
        let assignments = [
            (
                "__code__",
                vm.getattr(&g, &intern("__code__")).expect("g's code"),
            ),
            ("__defaults__", Value::None),
            ("__defaults__", Value::None),
            ("__kwdefaults__", Value::Obj(DictObj::new_ref())),
            (
                "__code__",
                vm.getattr(&f, &intern("__code__")).expect("own code"),
            ),
        ];
        for (name, value) in assignments {
            vm.setattr(&f, &intern(name), Some(value)).expect("assigns");
            let v = func.version();
            assert!(!seen.contains(&v), "{name}: version {v} reused");
            seen.push(v);
        }
        vm.setattr(&f, &intern("__name__"), Some(Value::Obj(intern("h"))))
            .expect("assigns");
        assert_eq!(
            func.version(),
            *seen.last().expect("some"),
            "names are not versioned"
        );
        let bad = vm.setattr(&f, &intern("__code__"), Some(Value::Int(1)));
        assert!(bad.is_err());
        assert_eq!(
            func.version(),
            *seen.last().expect("some"),
            "a refused assignment"
        );
    }
}
