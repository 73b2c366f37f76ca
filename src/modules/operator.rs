//! The `operator` module: the operators as functions (going through the VM's protocol
//! operations, so every type's slots and reflected fallbacks apply), their dunder aliases
//! (`operator.__add__ is operator.add`), and the `itemgetter`, `attrgetter` and
//! `methodcaller` callable types. Messages follow CPython's `_operator` C module.

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::callables::native::{
    call_slots, new_native, repr_slot, NativeCall, NativeData, NativeRepr,
};
use crate::objects::classes::typeobj::{MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::seq::rich_eq;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::as_int;
use crate::objects::strings::str::{as_str, intern, StrObj};
use crate::objects::{PyRef, Value};
use crate::operators::CompareKind;
use crate::operators::{BinOp, UnaryOp};
use crate::vm::params;
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "operator" {
    itemgetter = "itemgetter", TypeSpec::slots(ITEMGETTER_SLOTS);
    attrgetter = "attrgetter", TypeSpec::slots(ATTRGETTER_SLOTS);
    methodcaller = "methodcaller", TypeSpec::slots(METHODCALLER_SLOTS);
} }

/// The two operands of a `Pos(2, 2)` operator function.
fn two<'a>(args: &Args<'a>) -> (&'a Value, &'a Value) {
    let p = args.pos();
    (&p[0], &p[1])
}

/// The operand of a `One` operator function.
fn one<'a>(args: &Args<'a>) -> &'a Value {
    &args.pos()[0]
}

/// One function per binary operator and one for its in-place form: the Rust names, the
/// Python names, the operator.
macro_rules! binary_operators {
    ($($name:ident, $iname:ident = $py:literal, $ipy:literal => $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(&args);
                vm.binary_op(BinOp::$op, a, b, false)
            }
            fn $iname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(&args);
                vm.binary_op(BinOp::$op, a, b, true)
            }
        )*
        const BINARY: &[MethodDef] =
            &[$(method!($py, $name, Pos(2, 2)), method!($ipy, $iname, Pos(2, 2)),)*];
    };
}

binary_operators! {
    add, iadd = "add", "iadd" => Add;
    sub, isub = "sub", "isub" => Sub;
    mul, imul = "mul", "imul" => Mult;
    matmul, imatmul = "matmul", "imatmul" => MatMult;
    truediv, itruediv = "truediv", "itruediv" => Div;
    floordiv, ifloordiv = "floordiv", "ifloordiv" => FloorDiv;
    mod_, imod = "mod", "imod" => Mod;
    pow, ipow = "pow", "ipow" => Pow;
    lshift, ilshift = "lshift", "ilshift" => LShift;
    rshift, irshift = "rshift", "irshift" => RShift;
    and_, iand = "and_", "iand" => BitAnd;
    or_, ior = "or_", "ior" => BitOr;
    xor, ixor = "xor", "ixor" => BitXor;
}

macro_rules! comparisons {
    ($($name:ident => $kind:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (a, b) = two(&args);
            vm.compare(a, b, CompareKind::$kind)
        })*
        const COMPARISONS: &[MethodDef] =
            &[$(method!(stringify!($name), $name, Pos(2, 2)),)*];
    };
}

comparisons! {
    lt => Lt;
    le => Le;
    eq => Eq;
    ne => Ne;
    gt => Gt;
    ge => Ge;
}

macro_rules! unary_operators {
    ($($name:ident => $op:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = one(&args);
            vm.unary_op(UnaryOp::$op, a)
        })*
    };
}

unary_operators! {
    neg => USub;
    pos => UAdd;
    invert => Invert;
    inv => Invert;
}

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(&args);
    Ok(Value::Bool(!vm.truthy(a)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(&args);
    Ok(Value::Bool(vm.truthy(a)?))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(&args);
    params::to_index(vm, a)
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(&args);
    let f = vm
        .interp
        .builtins
        .downcast::<DictObj>()
        .and_then(|d| d.get_str(&intern("abs")))
        .ok_or_else(|| exc!(runtime_error, "lost builtins.abs"))?;
    vm.call(&f, Args::positional(std::slice::from_ref(a)))
}

fn is_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args);
    Ok(Value::Bool(a.is(b)))
}

fn is_not(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args);
    Ok(Value::Bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args);
    Ok(Value::Bool(vm.contains(a, b)?))
}

fn count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args);
    let it = vm.iter(a)?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        if rich_eq(vm, &item, b)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args);
    let it = vm.iter(a)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if rich_eq(vm, &item, b)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(exc!(value_error, "sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args);
    vm.getitem(a, b)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    vm.setitem(&p[0], &p[1], p[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args);
    vm.delitem(a, b)?;
    Ok(Value::None)
}

/// `concat`/`iconcat`: `+` for sequences only.
fn concat_impl(vm: &mut Vm, args: Args, inplace: bool) -> PyResult<Value> {
    let (a, b) = two(&args);
    let is_sequence =
        crate::vm::protocol::slots(a).getitem.is_some() && a.downcast::<DictObj>().is_none();
    if !is_sequence {
        return Err(exc!(
            type_error,
            "'{}' object can't be concatenated",
            a.type_name()
        ));
    }
    vm.binary_op(BinOp::Add, a, b, inplace)
}

fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_impl(vm, args, false)
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_impl(vm, args, true)
}

/// `length_hint(obj, default=0)`: CPython's `PyObject_LengthHint` (`Vm::length_hint`), with
/// `default` (any int) when the object gives no hint.
fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let default = match p.get(1) {
        Some(d) => as_int(d).and_then(|i| i.to_i64()).ok_or_else(|| {
            exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                d.type_name()
            )
        })?,
        None => 0,
    };
    // (no hint can reach usize::MAX: it stands for "use the default")
    match vm.length_hint(&p[0], usize::MAX)? {
        usize::MAX => Ok(Value::Int(default)),
        n => Ok(Value::Int(n as i64)),
    }
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((f, _)) = args.pos().split_first() else {
        return Err(crate::vm::sig::count_error("call", 1, usize::MAX, 0));
    };
    vm.call(f, Args::new(&args.values[1..], args.kwnames))
}

const OTHER: &[MethodDef] = &[
    method!("neg", neg, One),
    method!("pos", pos, One),
    method!("invert", invert, One),
    method!("inv", inv, One),
    method!("not_", not_, One),
    method!("truth", truth, One),
    method!("index", index, One),
    method!("abs", abs, One),
    method!("is_", is_, Pos(2, 2)),
    method!("is_not", is_not, Pos(2, 2)),
    method!("contains", contains, Pos(2, 2)),
    method!("countOf", count_of, Pos(2, 2)),
    method!("indexOf", index_of, Pos(2, 2)),
    method!("getitem", getitem, Pos(2, 2)),
    method!("setitem", setitem, Pos(3, 3)),
    method!("delitem", delitem, Pos(2, 2)),
    method!("concat", concat, Pos(2, 2)),
    method!("iconcat", iconcat, Pos(2, 2)),
    method!("length_hint", length_hint, Pos(1, 2)),
    method!("call", call),
];

// ---------------------------------------------------------------------------------------
// itemgetter, attrgetter, methodcaller

/// Joins the reprs of `items` with ", ".
fn reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for v in items {
        parts.push(vm.repr_string(v)?);
    }
    Ok(parts.join(", "))
}

/// The object a getter is called on: exactly one positional argument.
fn getter_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&params::positional(args, name, 1, 1)?[0])
}

/// The non-empty, keyword-free arguments of a getter's constructor.
fn getter_items<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    params::no_kwargs(args, name)?;
    if args.pos().is_empty() {
        return Err(crate::vm::sig::count_error(name, 1, 1, 0));
    }
    Ok(args.pos())
}

struct ItemGetter {
    items: Vec<Value>,
}

impl NativeData for ItemGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
}

impl NativeCall for ItemGetter {
    fn call(&self, vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
        let obj = getter_arg(&args, "itemgetter")?;
        if let [item] = self.items.as_slice() {
            return vm.getitem(obj, item);
        }
        let mut out = Vec::with_capacity(self.items.len());
        for item in &self.items {
            out.push(vm.getitem(obj, item)?);
        }
        Ok(tuple_value(out))
    }
}

impl NativeRepr for ItemGetter {
    fn repr(&self, vm: &mut Vm, _cls: &PyRef) -> PyResult<String> {
        Ok(format!("operator.itemgetter({})", reprs(vm, &self.items)?))
    }
}

fn itemgetter_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let items = getter_items(&args, "itemgetter")?.to_vec();
    Ok(new_native(cls, ItemGetter { items }))
}

const ITEMGETTER_SLOTS: TypeSlots = TypeSlots {
    new: Some(itemgetter_new),
    repr: Some(repr_slot::<ItemGetter>),
    ..call_slots::<ItemGetter>()
};

struct AttrGetter {
    /// The names as given (for the repr) and split at the dots.
    names: Vec<Value>,
    paths: Vec<Vec<PyRef>>,
}

impl NativeData for AttrGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.names.iter().for_each(visit);
    }
}

impl NativeCall for AttrGetter {
    fn call(&self, vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
        let obj = getter_arg(&args, "attrgetter")?;
        let mut out = Vec::with_capacity(self.paths.len());
        for path in &self.paths {
            let mut v = obj.clone();
            for name in path {
                v = vm.getattr(&v, name)?;
            }
            out.push(v);
        }
        Ok(if out.len() == 1 {
            out.pop().expect("one")
        } else {
            tuple_value(out)
        })
    }
}

impl NativeRepr for AttrGetter {
    fn repr(&self, vm: &mut Vm, _cls: &PyRef) -> PyResult<String> {
        Ok(format!("operator.attrgetter({})", reprs(vm, &self.names)?))
    }
}

fn attrgetter_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let names = getter_items(&args, "attrgetter")?.to_vec();
    let mut paths = Vec::with_capacity(names.len());
    for n in &names {
        let s = as_str(n).ok_or_else(|| exc!(type_error, "attribute name must be a string"))?;
        paths.push(s.split('.').map(intern).collect());
    }
    Ok(new_native(cls, AttrGetter { names, paths }))
}

const ATTRGETTER_SLOTS: TypeSlots = TypeSlots {
    new: Some(attrgetter_new),
    repr: Some(repr_slot::<AttrGetter>),
    ..call_slots::<AttrGetter>()
};

struct MethodCaller {
    name: PyRef,
    /// Positional arguments, then keyword values (named by `kwnames`).
    values: Vec<Value>,
    kwnames: Vec<Value>,
}

impl NativeData for MethodCaller {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Obj(self.name.clone()));
        self.values.iter().for_each(&mut *visit);
        self.kwnames.iter().for_each(visit);
    }
}

impl NativeCall for MethodCaller {
    fn call(&self, vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
        let obj = getter_arg(&args, "methodcaller")?;
        let m = vm.getattr(obj, &self.name)?;
        vm.call(&m, Args::new(&self.values, &self.kwnames))
    }
}

impl NativeRepr for MethodCaller {
    fn repr(&self, vm: &mut Vm, _cls: &PyRef) -> PyResult<String> {
        let mut parts = vec![vm.repr_string(&Value::Obj(self.name.clone()))?];
        let npos = self.values.len() - self.kwnames.len();
        for v in &self.values[..npos] {
            parts.push(vm.repr_string(v)?);
        }
        for (k, v) in self.kwnames.iter().zip(&self.values[npos..]) {
            parts.push(format!(
                "{}={}",
                as_str(k).unwrap_or(""),
                vm.repr_string(v)?
            ));
        }
        Ok(format!("operator.methodcaller({})", parts.join(", ")))
    }
}

fn methodcaller_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let Some((name, _)) = args.pos().split_first() else {
        return Err(exc!(
            type_error,
            "methodcaller needs at least one argument, the method name"
        ));
    };
    let name = match name {
        Value::Obj(o) if o.is::<StrObj>() => o.clone(),
        _ => return Err(exc!(type_error, "method name must be a string")),
    };
    Ok(new_native(
        cls,
        MethodCaller {
            name,
            values: args.values[1..].to_vec(),
            kwnames: args.kwnames.to_vec(),
        },
    ))
}

const METHODCALLER_SLOTS: TypeSlots = TypeSlots {
    new: Some(methodcaller_new),
    repr: Some(repr_slot::<MethodCaller>),
    ..call_slots::<MethodCaller>()
};

/// The `operator` module.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module_in("operator", "_operator", OTHER);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let add = |f: &MethodDef| {
        let func = Value::Obj(BuiltinFunctionObj::function_ref(f, Some("_operator")));
        d.set_str(intern(f.name), func);
    };
    for f in BINARY.iter().chain(COMPARISONS) {
        add(f);
    }
    // The dunder aliases are the same function objects: `__add__ = add`, `__and__ = and_`.
    let mut names: Vec<&str> = BINARY
        .iter()
        .chain(COMPARISONS)
        .chain(OTHER)
        .map(|f| f.name)
        .collect();
    names.retain(|n| {
        !matches!(
            *n,
            "countOf" | "indexOf" | "is_" | "is_not" | "length_hint" | "truth"
        )
    });
    for name in names {
        let f = d.get_str(&intern(name)).expect("just added");
        let alias = format!("__{}__", name.trim_end_matches('_'));
        d.set_str(intern(&alias), f);
    }
    let t = Types::get();
    for (name, ty) in [
        ("itemgetter", &t.itemgetter),
        ("attrgetter", &t.attrgetter),
        ("methodcaller", &t.methodcaller),
    ] {
        d.set_str(intern(name), Value::Obj(ty.clone()));
    }
    // (operator.py's `from builtins import abs as _abs`)
    let builtins = vm.interp.builtins.clone();
    if let Some(abs) = builtins
        .downcast::<crate::objects::containers::dict::DictObj>()
        .and_then(|b| b.get_str(&intern("abs")))
    {
        d.set_str(intern("_abs"), abs);
    }
    Ok(module)
}
