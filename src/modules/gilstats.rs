//! `gilstats`: the GIL's statistics, read while the script runs — the same numbers
//! `-X gil-stats` prints at exit (see `gil` for how they are counted).
//!
//! ```python
//! import gilstats
//! s = gilstats.snapshot()
//! s["switches"], s["switch_interval"]
//! for t in s["threads"]:
//!     print(t["name"], t["acquisitions"], t["hold_time"], t["longest_wait"])
//! print(gilstats.report())      # the table -X gil-stats prints
//! ```

use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::numbers::int::int_value;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::{Args, PyResult, Vm};

fn secs(ns: u64) -> Value {
    Value::float(ns as f64 / 1e9)
}

fn count(n: u64) -> Value {
    int_value(n.into())
}

/// A dict of `pairs`, in order.
fn dict_of(pairs: Vec<(&str, Value)>) -> Value {
    let d = DictObj::new_ref();
    let dict = d.downcast::<DictObj>().expect("a dict");
    for (k, v) in pairs {
        dict.set_str(intern(k), v);
    }
    Value::Obj(d)
}

/// `snapshot()`: a dict — `switch_interval` (s), `elapsed` (s since the first thread took
/// the GIL), `switches` (hand-overs between threads), `drop_requests`, `handovers` (drop
/// requests answered) with `handover_mean`/`handover_max` (s from request to release), and
/// `threads`: a list
/// with a dict per thread that ever held the GIL (`ident`, `name`, `alive`, `acquisitions`,
/// `requests_made`, `requests_received`, `hold_time`, `wait_time`, `longest_wait`).
fn snapshot(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let r = crate::gil::recording();
    let threads: Vec<Value> = r
        .threads
        .iter()
        .map(|t| {
            dict_of(vec![
                ("ident", count(t.ident)),
                ("name", Value::Obj(new_str(t.name.clone()))),
                ("alive", Value::Bool(t.end_ns.is_none())),
                ("acquisitions", count(t.acquisitions)),
                ("requests_made", count(t.requests_made)),
                ("requests_received", count(t.requests_received)),
                ("hold_time", secs(t.hold_ns)),
                ("wait_time", secs(t.wait_ns)),
                ("longest_wait", secs(t.longest_wait_ns)),
            ])
        })
        .collect();
    let requests: u64 = r.threads.iter().map(|t| t.requests_made).sum();
    Ok(dict_of(vec![
        ("switch_interval", secs(r.switch_interval_ns)),
        ("elapsed", secs(r.wall_ns)),
        ("switches", count(r.switches)),
        ("drop_requests", count(requests)),
        ("handovers", count(r.handover.count)),
        (
            "handover_mean",
            secs(
                r.handover
                    .total_ns
                    .checked_div(r.handover.count)
                    .unwrap_or(0),
            ),
        ),
        ("handover_max", secs(r.handover.max_ns)),
        ("threads", Value::Obj(ListObj::new_ref(threads))),
    ]))
}

/// `report()`: the table `-X gil-stats` prints at exit, as a string.
fn report(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let text = crate::gil::report::format_stats(&crate::gil::recording());
    Ok(Value::Obj(new_str(text)))
}

const FUNCTIONS: &[MethodDef] = &[
    method!("snapshot", snapshot, NoArgs),
    method!("report", report, NoArgs),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    Ok(super::new_native_module("gilstats", FUNCTIONS))
}
