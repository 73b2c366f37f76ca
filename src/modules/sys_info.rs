//! The descriptive parts of `sys` (split from `sys.rs`): `float_info`, `hash_info`,
//! `thread_info` and the other constants, and the small
//! functions scripts touch (`getdefaultencoding`, `is_finalizing`, `call_tracing`, `audit`,
//! `addaudithook`).

use crate::method;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

use super::structseq;

fn s(text: &str) -> Value {
    Value::Obj(new_str(text))
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(s("utf-8"))
}

fn getfilesystemencodeerrors(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(s("surrogateescape"))
}

fn is_finalizing(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(crate::gil::is_finalizing()))
}

/// `sys.call_tracing(func, args)`: `func(*args)` (tracing stays as it is).
fn call_tracing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f, a] = args.pos() else { unreachable!() };
    let items = a
        .downcast::<TupleObj>()
        .map(|t| t.items.to_vec())
        .ok_or_else(|| {
            crate::exc!(
                type_error,
                "call_tracing() argument 2 must be tuple, not {}",
                if a.is_none() {
                    "None".to_string()
                } else {
                    a.type_name()
                }
            )
        })?;
    vm.call(f, Args::positional(&items))
}

/// The audit hooks, in the order added (`sys.addaudithook`).
fn hooks() -> &'static PyRef {
    static HOOKS: crate::objects::core::GilStatic<std::cell::OnceCell<PyRef>> =
        crate::objects::core::GilStatic::new(std::cell::OnceCell::new());
    HOOKS
        .get(crate::gil::token())
        .get_or_init(|| ListObj::new_ref(vec![]))
}

fn addaudithook(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(l) = hooks().downcast::<ListObj>() {
        l.push(args.pos()[0].clone());
    }
    Ok(Value::None)
}

/// `sys.audit(event, *args)`: calls each hook with `(event, args)` (pyvm raises no audit
/// events of its own).
fn audit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(event) = pos.first() else {
        return Err(crate::exc!(
            type_error,
            "audit() missing 1 required positional argument: 'event'"
        ));
    };
    let list = hooks()
        .downcast::<ListObj>()
        .map(|l| l.to_vec())
        .unwrap_or_default();
    // (without hooks, nothing is checked: CPython returns at once)
    if list.is_empty() {
        return Ok(Value::None);
    }
    if crate::objects::strings::str::as_str(event).is_none() {
        return Err(crate::exc!(
            type_error,
            "expected str for argument 'event', not {}",
            event.type_name()
        ));
    }
    let rest = Value::Obj(TupleObj::new_ref(pos[1..].to_vec()));
    for h in list {
        vm.call(&h, Args::positional(&[event.clone(), rest.clone()]))?;
    }
    Ok(Value::None)
}

const FUNCTIONS: &[MethodDef] = &[
    method!("getdefaultencoding", getdefaultencoding, NoArgs),
    method!("getfilesystemencoding", getdefaultencoding, NoArgs),
    method!(
        "getfilesystemencodeerrors",
        getfilesystemencodeerrors,
        NoArgs
    ),
    method!("is_finalizing", is_finalizing, NoArgs),
    method!("call_tracing", call_tracing, Pos(2, 2)),
    method!("addaudithook", addaudithook, One),
    method!("audit", audit),
];

fn float_info() -> Value {
    let ty = structseq::new_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        true,
    );
    let items = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    structseq::new(&ty, items)
}

fn hash_info() -> Value {
    let ty = structseq::new_type(
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        true,
    );
    let items = vec![
        Value::Int(64),
        Value::Int((1 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        s("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    structseq::new(&ty, items)
}

fn thread_info() -> Value {
    let ty = structseq::new_type("sys", "thread_info", &["name", "lock", "version"], true);
    structseq::new(&ty, vec![s("pthread"), s("semaphore"), Value::None])
}

/// Adds the above to the new `sys` module's dict.
pub fn add(d: &DictObj) {
    for def in FUNCTIONS {
        d.set_str(
            intern(def.name),
            Value::Obj(BuiltinFunctionObj::function_ref(def, Some("sys"))),
        );
    }
    d.set_str(intern("float_info"), float_info());
    d.set_str(intern("hash_info"), hash_info());
    d.set_str(intern("thread_info"), thread_info());
    d.set_str(intern("maxunicode"), Value::Int(0x10FFFF));
    d.set_str(intern("float_repr_style"), s("short"));
    d.set_str(intern("api_version"), Value::Int(1013));
    d.set_str(intern("abiflags"), s(""));
    d.set_str(intern("platlibdir"), s("lib"));
    d.set_str(intern("pycache_prefix"), Value::None);
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        d.set_str(intern(name), s("/usr"));
    }
}
