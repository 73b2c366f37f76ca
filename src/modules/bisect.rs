//! The `bisect` module, as CPython's `_bisectmodule.c`: binary search over any sequence
//! (items fetched with `a[mid]`, compared with `<`), with `lo`/`hi` bounds and a `key`
//! function, and the `insort` functions (`list.insert` for lists, an `insert` method
//! otherwise).

use crate::exc;
use crate::method;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::seq::{compare_bool, index_arg};
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::intern;
use crate::objects::{PyRef, Value};
use crate::operators::CompareKind;
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

/// The bound arguments of every bisect/insort function.
struct Call<'a> {
    a: &'a Value,
    x: &'a Value,
    lo: i64,
    hi: i64,
    key: Option<&'a Value>,
}

fn bind<'a>(args: &Args<'a>, fname: &'static str) -> PyResult<Call<'a>> {
    let spec = Clinic {
        fname,
        names: &["a", "x", "lo", "hi", "key"],
        posonly: 0,
        minpos: 2,
        maxpos: 4,
    };
    let [a, x, lo, hi, key] = spec.bind(args)?;
    let lo = match lo {
        Some(v) => index_arg(v)?,
        None => 0,
    };
    let hi = match hi {
        None | Some(Value::None) => -1,
        Some(v) => index_arg(v)?,
    };
    Ok(Call {
        a: a.expect("required"),
        x: x.expect("required"),
        lo,
        hi,
        key: key.filter(|k| !k.is_none()),
    })
}

/// The insertion point of `item` (already a key) in `c.a[lo:hi]`: before equal items when
/// `left`, after them otherwise.
fn search(vm: &mut Vm, c: &Call, item: &Value, left: bool) -> PyResult<usize> {
    if c.lo < 0 {
        return Err(exc!(value_error, "lo must be non-negative"));
    }
    let mut lo = c.lo as usize;
    let mut hi = if c.hi == -1 {
        vm.len(c.a)?
    } else {
        c.hi.max(0) as usize
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut litem = vm.getitem(c.a, &Value::Int(mid as i64))?;
        if let Some(k) = c.key {
            litem = vm.call(k, Args::positional(std::slice::from_ref(&litem)))?;
        }
        let go_right = if left {
            compare_bool(vm, &litem, item, CompareKind::Lt)?
        } else {
            !compare_bool(vm, item, &litem, CompareKind::Lt)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, args: Args, fname: &'static str, left: bool) -> PyResult<Value> {
    let c = bind(&args, fname)?;
    Ok(Value::Int(search(vm, &c, c.x, left)? as i64))
}

fn insort(vm: &mut Vm, args: Args, fname: &'static str, left: bool) -> PyResult<Value> {
    let c = bind(&args, fname)?;
    let key_x = match c.key {
        Some(k) => vm.call(k, Args::positional(std::slice::from_ref(c.x)))?,
        None => c.x.clone(),
    };
    let i = search(vm, &c, &key_x, left)?;
    let exact_list =
        matches!(c.a, Value::Obj(o) if o.class().ptr_eq(&crate::objects::types().list));
    match c.a.downcast::<ListObj>() {
        Some(l) if exact_list => {
            let mut items = l.items.borrow_mut();
            let i = i.min(items.len());
            items.insert(i, c.x.clone());
        }
        _ => {
            let insert = vm.getattr(c.a, &intern("insert"))?;
            vm.call(
                &insert,
                Args::positional(&[Value::Int(i as i64), c.x.clone()]),
            )?;
        }
    }
    Ok(Value::None)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_left", true)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_right", false)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", true)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", false)
}

/// The `bisect` module (`bisect` and `insort` are the `_right` functions themselves).
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module(
        "bisect",
        &[
            method!("bisect_left", bisect_left),
            method!("bisect_right", bisect_right),
            method!("insort_left", insort_left),
            method!("insort_right", insort_right),
        ],
    );
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let f = d.get_str(&intern(name)).expect("just added");
        d.set_str(intern(alias), f);
    }
    Ok(module)
}
