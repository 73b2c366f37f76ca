//! The `gc` module: the cycle collector's controls and views (the policy in `gc/mod.rs`
//! runs it, `objects::core::gc` holds its lists).

use crate::exc;
use crate::gc::{
    policy, DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE,
};
use crate::method;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::core::gc::{self as core_gc, with_state};
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::as_int;
use crate::objects::strings::str::intern;
use crate::objects::{PyRef, Value};
use crate::vm::params::{self, to_index, Clinic};
use crate::vm::{Args, PyResult, Vm};

const COLLECT: Clinic = Clinic {
    fname: "collect",
    names: &["generation"],
    posonly: 0,
    minpos: 0,
    maxpos: 1,
};

fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = COLLECT.bind(&args)?;
    let g = match generation {
        None => 2,
        Some(v) => {
            let g = as_int(&to_index(vm, v)?)
                .and_then(|i| i.to_i64())
                .unwrap_or(-1);
            if !(0..=2).contains(&g) {
                return Err(exc!(value_error, "invalid generation"));
            }
            g as usize
        }
    };
    // (objects freed just before, whose finalizers wait for the next instruction, first)
    vm.run_pending_finalizers();
    Ok(Value::Int(vm.collect_generation(g) as i64))
}

fn enable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    with_state(|s| s.enabled = true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    with_state(|s| s.enabled = false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(with_state(|s| s.enabled)))
}

fn ints(values: &[isize]) -> Value {
    tuple_value(values.iter().map(|&v| Value::Int(v as i64)).collect())
}

fn get_threshold(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(ints(&with_state(|s| s.threshold)))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut values = Vec::new();
    for v in pos {
        let i = params::to_i64(vm, v, "Python int too large to convert to C int")?;
        values.push(i as isize);
    }
    with_state(|s| {
        for (i, v) in values.into_iter().enumerate() {
            s.threshold[i] = v;
        }
    });
    Ok(Value::None)
}

fn get_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(ints(&with_state(|s| s.count)))
}

fn get_stats(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let stats = policy().borrow().stats;
    let items = stats
        .iter()
        .map(|st| {
            let d = DictObj::new_ref();
            let dict = d.downcast::<DictObj>().expect("dict");
            dict.set_str(intern("collections"), Value::Int(st.collections as i64));
            dict.set_str(intern("collected"), Value::Int(st.collected as i64));
            dict.set_str(intern("uncollectable"), Value::Int(st.uncollectable as i64));
            Value::Obj(d)
        })
        .collect();
    Ok(Value::Obj(ListObj::new_ref(items)))
}

const GET_OBJECTS: Clinic = Clinic {
    fname: "get_objects",
    names: &["generation"],
    posonly: 0,
    minpos: 0,
    maxpos: 1,
};

fn get_objects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = GET_OBJECTS.bind(&args)?;
    let g = match generation {
        None | Some(Value::None) => 2,
        Some(v) => {
            let g = params::to_i64(vm, v, "Python int too large to convert to C ssize_t")?;
            if g >= 3 {
                return Err(exc!(value_error, "generation parameter must be less than the number of available generations (3)"));
            }
            if g < 0 {
                return Err(exc!(value_error, "generation parameter cannot be negative"));
            }
            g as usize
        }
    };
    let objs = core_gc::objects(g).into_iter().map(Value::Obj).collect();
    Ok(Value::Obj(ListObj::new_ref(objs)))
}

fn get_referents(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    params::no_kwargs(&args, "get_referents")?;
    let mut out = Vec::new();
    for v in args.pos() {
        if let Value::Obj(o) = v {
            referents_of(o, &mut out);
        }
    }
    Ok(Value::Obj(ListObj::new_ref(out)))
}

/// What CPython's traverse of `o` visits, in its order: every item of a tuple or list (ints,
/// floats and `None` included; last first) and of a dict (the values only while every key
/// is a str, else each value then its key), even when the container is untracked; for
/// other tracked objects, the references the collector traverses.
fn referents_of(o: &PyRef, out: &mut Vec<Value>) {
    if let Some(t) = o.downcast::<crate::objects::containers::tuple::TupleObj>() {
        out.extend(t.items.iter().rev().cloned());
    } else if let Some(l) = o.downcast::<ListObj>() {
        out.extend(l.to_vec().into_iter().rev());
    } else if let Some(d) = o.downcast::<DictObj>() {
        let items = d.items();
        let str_keys = items.iter().all(|(k, _)| {
            k.downcast::<crate::objects::strings::str::StrObj>()
                .is_some()
        });
        for (k, v) in items {
            out.push(v);
            if !str_keys {
                out.push(k);
            }
        }
    } else if core_gc::is_tracked(o) {
        out.extend(core_gc::referents(o).into_iter().map(Value::Obj));
    }
}

fn get_referrers(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    params::no_kwargs(&args, "get_referrers")?;
    let targets: Vec<PyRef> = args
        .pos()
        .iter()
        .filter_map(|v| v.as_obj().cloned())
        .collect();
    let mut out = Vec::new();
    for obj in core_gc::objects(2) {
        let refers = core_gc::referents(&obj)
            .iter()
            .any(|r| targets.iter().any(|t| t.ptr_eq(r)));
        if refers {
            out.push(Value::Obj(obj));
        }
    }
    Ok(Value::Obj(ListObj::new_ref(out)))
}

fn is_tracked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    Ok(Value::Bool(
        matches!(v, Value::Obj(o) if core_gc::is_tracked(o)),
    ))
}

fn is_finalized(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    Ok(Value::Bool(matches!(
        v,
        Value::Obj(o) if o.flags() & crate::objects::core::flag::FINALIZED != 0
    )))
}

fn set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let flags = params::to_i64(vm, v, "Python int too large to convert to C int")?;
    policy().borrow_mut().debug = flags;
    Ok(Value::None)
}

fn get_debug(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(policy().borrow().debug))
}

fn freeze_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(with_state(|s| s.frozen_count()) as i64))
}

fn freeze(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    with_state(|s| s.freeze());
    Ok(Value::None)
}

fn unfreeze(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    with_state(|s| s.unfreeze());
    Ok(Value::None)
}

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = crate::modules::new_native_module(
        "gc",
        &[
            method!("collect", collect),
            method!("enable", enable, NoArgs),
            method!("disable", disable, NoArgs),
            method!("isenabled", isenabled, NoArgs),
            method!("get_threshold", get_threshold, NoArgs),
            method!("set_threshold", set_threshold, Varargs(1, 3)),
            method!("get_count", get_count, NoArgs),
            method!("get_stats", get_stats, NoArgs),
            method!("get_objects", get_objects),
            method!("get_referents", get_referents),
            method!("get_referrers", get_referrers),
            method!("is_tracked", is_tracked, One),
            method!("is_finalized", is_finalized, One),
            method!("set_debug", set_debug, One),
            method!("get_debug", get_debug, NoArgs),
            method!("get_freeze_count", freeze_count, NoArgs),
            method!("freeze", freeze, NoArgs),
            method!("unfreeze", unfreeze, NoArgs),
        ],
    );
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let p = policy().borrow();
    d.set_str(intern("garbage"), Value::Obj(p.garbage.clone()));
    d.set_str(intern("callbacks"), Value::Obj(p.callbacks.clone()));
    for (name, value) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        d.set_str(intern(name), Value::Int(value));
    }
    Ok(module)
}
