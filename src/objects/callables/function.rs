//! Functions: Python functions (code + globals + defaults + closure), builtin functions
//! (a Rust `NativeFn`, optionally bound to `self`), and bound methods.
//!
//! A function's code can be replaced (`f.__code__ = g.__code__`): each call reads the
//! function's current code and its frame keeps its own reference to it, so a running call
//! finishes the body it started (`locals()` reads the code of the frame's record).
//! Assigning `__code__`, `__defaults__` or `__kwdefaults__` changes the function's
//! *version* (CPython's `func_version`), which call-site caches can guard on.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::exc;
use crate::objects::callables::cell::CellObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::classes::typeobj::{MethodDef, MethodKind};
use crate::objects::classes::typeobj::{NativeFn, TypeSlots};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::strings::str::StrObj;
use crate::objects::trace::{
    take_option, take_value, visit_cell, visit_option, visit_value, Trace,
};
use crate::objects::{types, Value};
use crate::vm::sig::{self, Owner, Sig};
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

    /// `f.__defaults__ = v` (`kw`: `__kwdefaults__`); `ok` says whether `v` has the right
    /// type, `name` and `kind` name the attribute and that type for the error.
    pub(super) fn set_defaults(
        &self,
        kw: bool,
        v: Option<Value>,
        ok: bool,
        name: &str,
        kind: &str,
    ) -> PyResult<()> {
        let slot = if kw { &self.kwdefaults } else { &self.defaults };
        let old = match v {
            None | Some(Value::None) => slot.replace(None),
            Some(Value::Obj(o)) if ok => slot.replace(Some(o)),
            Some(_) => {
                return Err(exc!(
                    type_error,
                    "{} must be set to a {} object",
                    name,
                    kind
                ))
            }
        };
        self.new_version();
        drop(old);
        Ok(())
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
pub(super) fn set_code(func: &PyRef, value: Option<&Value>) -> PyResult<()> {
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

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(_vm: &mut Vm, _cls: &PyRef, args: Args) -> PyResult<Value> {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let [code, globals, name, argdefs, closure] =
        crate::objects::callables::bind::bind(&args, "function", names, 2)?
            .map(|a| a.filter(|v| !v.is_none()));
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
    /// What the call machinery checks before `func` runs (see `vm::sig`).
    pub sig: Sig,
    /// The type of a method (its receiver must be an instance), or a function's module.
    pub home: Home,
    /// `self` for a method bound to an object (`[].append`).
    pub bound: Option<Value>,
    /// Whether a call counts a level against the recursion limit (see [`counts_a_level`]).
    pub counted: bool,
}

/// What a builtin belongs to.
#[derive(Clone)]
pub enum Home {
    /// A function of `builtins`, or one made on the fly (a `partial`'s helper).
    Builtins,
    /// A method of this type (the entries of a type's method table).
    Type(PyRef),
    /// A class method of this type (`dict.fromkeys`): the first argument is a subclass.
    Class(PyRef),
    /// A function of this native module (`math`).
    Module(&'static str),
}

impl Trace for BuiltinFunctionObj {
    fn is_gc(&self) -> bool {
        true
    }
    fn trace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(b) = &self.bound {
            visit_value(b, visit);
        }
        if let Home::Type(t) | Home::Class(t) = &self.home {
            visit(t);
        }
    }
}

impl BuiltinFunctionObj {
    /// A builtin function that checks its own arguments.
    pub fn new_ref(name: &'static str, func: NativeFn, bound: Option<Value>) -> PyRef {
        Self::alloc(name, func, Sig::Any, Home::Builtins, bound)
    }

    /// A method made on the fly for class `cls` (binds to its instances like a table's).
    pub fn method_of(name: &'static str, func: NativeFn, cls: &PyRef) -> PyRef {
        Self::alloc(name, func, Sig::Any, Home::Type(cls.clone()), None)
    }

    /// Whether this binds to an instance when found on its class: an unbound method of a
    /// type, not a plain function (CPython's builtin functions are not descriptors, so
    /// `converter = time.gmtime` in a class body stays unbound).
    pub fn binds(&self) -> bool {
        self.bound.is_none() && matches!(self.home, Home::Type(_) | Home::Class(_))
    }

    /// A function of a table: `builtins`' own or a native module's (`module`).
    pub fn function_ref(def: &MethodDef, module: Option<&'static str>) -> PyRef {
        let home = module.map_or(Home::Builtins, Home::Module);
        Self::alloc(def.name, def.func, def.sig, home, None)
    }

    /// A method of `ty`'s table (unbound: the receiver comes first in the arguments).
    pub fn method_ref(def: &MethodDef, ty: &PyRef) -> PyRef {
        let home = match def.kind {
            MethodKind::Instance => Home::Type(ty.clone()),
            MethodKind::Static => Home::Builtins,
            MethodKind::Class => Home::Class(ty.clone()),
        };
        Self::alloc(def.name, def.func, def.sig, home, None)
    }

    /// This method bound to `this` (`[].append`), or to a class (a builtin classmethod).
    pub fn bind(&self, this: Value) -> PyRef {
        Self::alloc(
            self.name,
            self.func,
            self.sig,
            self.home.clone(),
            Some(this),
        )
    }

    fn alloc(
        name: &'static str,
        func: NativeFn,
        sig: Sig,
        home: Home,
        bound: Option<Value>,
    ) -> PyRef {
        let counted = bound.is_none() && matches!(home, Home::Builtins) && counts_a_level(name);
        // (an unbound method of a type's table is a `method_descriptor`, as in CPython)
        let t = types();
        let cls = match (&home, &bound) {
            (Home::Type(_), None) => &t.method_descriptor,
            _ => &t.builtin_function,
        };
        PyRef::new(
            cls,
            BuiltinFunctionObj {
                name,
                func,
                sig,
                home,
                bound,
                counted,
            },
        )
    }

    /// Checks the receiver and the arguments against the declared convention, before
    /// `func` runs (`args` starts with the receiver for a method, bound or not).
    #[inline(always)]
    pub fn check(&self, args: &Args) -> PyResult<()> {
        // The fast path: no keywords, the receiver's type is exactly the method's, and the
        // count fits (every call of a correct program that is not a subclass's).
        if args.kwnames.is_empty() {
            let n = args.values.len();
            let ok = match &self.home {
                Home::Type(t) => {
                    n > 0 && args.values[0].class().ptr_eq(t) && self.sig.accepts(n - 1)
                }
                Home::Builtins | Home::Module(_) => self.sig.accepts(n),
                Home::Class(_) => false,
            };
            if ok {
                return Ok(());
            }
        }
        self.check_slow(args)
    }

    /// [`BuiltinFunctionObj::check`] for the rest: subclass receivers, keywords, errors.
    #[inline(never)]
    fn check_slow(&self, args: &Args) -> PyResult<()> {
        let owner = match &self.home {
            Home::Builtins => Owner::None,
            Home::Type(t) => Owner::Type(t),
            Home::Class(t) => Owner::Class(t),
            Home::Module(m) => Owner::Module(m),
        };
        if self.sig == Sig::Any && !matches!(owner, Owner::Type(_) | Owner::Class(_)) {
            return Ok(());
        }
        sig::check(self.sig, self.name, owner, self.bound.as_ref(), args)
    }

    /// `__qualname__`: `list.append` for a method, the name for a function.
    pub fn qualname(&self) -> String {
        match &self.home {
            Home::Type(t) | Home::Class(t) => format!(
                "{}.{}",
                crate::objects::classes::typeobj::type_name(t),
                self.name
            ),
            _ => self.name.to_string(),
        }
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
        None => match &b.home {
            Home::Type(t) => format!(
                "<method '{}' of '{}' objects>",
                b.name,
                crate::objects::classes::typeobj::type_name(t)
            ),
            _ => format!("<built-in function {}>", b.name),
        },
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

/// `method_descriptor.__get__(obj, type)`: the method bound to `obj` (checked to be an
/// instance of the method's type), or the descriptor itself through the class.
fn method_descr_get(
    _vm: &mut Vm,
    d: &Value,
    obj: Option<&Value>,
    _owner: &PyRef,
) -> PyResult<Value> {
    let b = d
        .downcast::<BuiltinFunctionObj>()
        .expect("a method descriptor");
    let (Some(this), Home::Type(t)) = (obj, &b.home) else {
        return Ok(d.clone());
    };
    if !crate::objects::classes::typeobj::TypeObject::is_subtype(this.class(), t) {
        return Err(sig::wrong_receiver(b.name, t, this));
    }
    Ok(Value::Obj(b.bind(this.clone())))
}

pub const METHOD_DESCRIPTOR_SLOTS: TypeSlots = TypeSlots {
    repr: Some(builtin_repr),
    call: Some(call_through),
    descr_get: Some(method_descr_get),
    ..TypeSlots::EMPTY
};

/// The `method_descriptor` type's declaration: the unbound methods of builtin types
/// (`list.append`).
pub const METHOD_DESCRIPTOR_SPEC: TypeSpec = TypeSpec {
    slots: METHOD_DESCRIPTOR_SLOTS,
    methods: &[],
    getsets: crate::objects::callables::function_attrs::METHOD_DESCRIPTOR_GETSETS,
};

/// The `call` slot of the function types. `Vm::call` recognises functions before it looks
/// at slots, so this is reached only through the slot itself (`type(f).__call__(f, ...)`);
/// having it makes `__call__` visible on the types, as ABCs and `callable` expect.
fn call_through(vm: &mut Vm, f: &Value, args: Args) -> PyResult<Value> {
    vm.call(f, args)
}

/// `function.__get__(obj, type)`: a method bound to `obj`, or the function itself through
/// the class. Attribute look-up binds functions before it reaches slots; this slot makes
/// functions visible as descriptors (`hasattr(f, '__get__')`, `type(f).__get__`).
fn function_descr_get(
    vm: &mut Vm,
    f: &Value,
    obj: Option<&Value>,
    _owner: &PyRef,
) -> PyResult<Value> {
    Ok(match obj {
        Some(this) if !this.is_none() => vm.bound_method(f, this),
        _ => f.clone(),
    })
}

pub const FUNCTION_SLOTS: TypeSlots = TypeSlots {
    new: Some(function_new),
    repr: Some(function_repr),
    call: Some(call_through),
    descr_get: Some(function_descr_get),
    ..TypeSlots::EMPTY
};

/// The `FUNCTION_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const FUNCTION_SPEC: TypeSpec = TypeSpec {
    slots: FUNCTION_SLOTS,
    methods: &[],
    getsets: crate::objects::callables::function_attrs::FUNCTION_GETSETS,
};
pub const BUILTIN_SLOTS: TypeSlots = TypeSlots {
    repr: Some(builtin_repr),
    call: Some(call_through),
    ..TypeSlots::EMPTY
};

/// The `BUILTIN_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const BUILTIN_SPEC: TypeSpec = TypeSpec {
    slots: BUILTIN_SLOTS,
    methods: &[],
    getsets: crate::objects::callables::function_attrs::BUILTIN_GETSETS,
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
        return Err(crate::vm::sig::count_error(
            "method",
            2,
            2,
            args.pos().len(),
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
    getattr: Some(crate::objects::callables::function_attrs::method_getattr),
    ..TypeSlots::EMPTY
};

/// The `METHOD_SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const METHOD_SPEC: TypeSpec = TypeSpec {
    slots: METHOD_SLOTS,
    methods: &[],
    getsets: crate::objects::callables::function_attrs::METHOD_GETSETS,
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
