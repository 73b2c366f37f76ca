//! The `time` module: the clocks (`time`, `monotonic`, `perf_counter`, `process_time`,
//! `thread_time`, their `_ns` forms, `clock_gettime` and `get_clock_info`), `sleep` (which
//! releases the GIL while it waits), the time zone variables, and the calendar functions
//! (`calendar`: `gmtime`, `localtime`, `mktime`, `strftime`, ...) and `strptime`.
//! Local time comes from the C library (`modules::clib`), which reads the system zone.

mod calendar;
mod strptime;

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::clib;
use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::{as_int, int_value};
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::params::{to_i64, to_index};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Nanoseconds since the Unix epoch.
fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds on the monotonic clock (since its first use in this process).
fn monotonic_ns_now() -> i128 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as i128
}

/// CPU time of the whole process (user + system), in nanoseconds.
fn process_ns_now() -> i128 {
    clib::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID as i64).unwrap_or(0)
}

/// CPU time of the calling thread, in nanoseconds.
fn thread_ns_now() -> i128 {
    clib::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID as i64).unwrap_or(0)
}

/// One function per clock, in seconds (a float) and in nanoseconds (an int).
macro_rules! clocks {
    ($($secs:ident, $ns:ident => $now:expr;)*) => {
        $(
            fn $secs(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
                            Ok(Value::float($now as f64 / 1e9))
            }
            fn $ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
                            Ok(int_value(($now).into()))
            }
        )*
        const CLOCKS: &[MethodDef] = &[
            $(method!(stringify!($secs), $secs, NoArgs), method!(stringify!($ns), $ns, NoArgs),)*
        ];
    };
}

clocks! {
    time, time_ns => wall_ns();
    monotonic, monotonic_ns => monotonic_ns_now();
    perf_counter, perf_counter_ns => monotonic_ns_now();
    process_time, process_time_ns => process_ns_now();
    thread_time, thread_time_ns => thread_ns_now();
}

/// A number of seconds as CPython's `_PyTime_FromSecondsObject` reads it, in nanoseconds.
pub(crate) fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    let too_large = || {
        exc!(
            overflow_error,
            "timestamp too large to convert to C _PyTime_t"
        )
    };
    if let Some(f) = crate::objects::numbers::float::float_of(v) {
        if f.is_nan() {
            return Err(exc!(value_error, "Invalid value NaN (not a number)"));
        }
        let ns = (f * 1e9).round();
        if !(-9.2e18..9.2e18).contains(&ns) {
            return Err(exc!(
                overflow_error,
                "timestamp out of range for platform time_t"
            ));
        }
        return Ok(ns as i128);
    }
    let i = to_index(vm, v)?;
    let secs = as_int(&i).and_then(|i| i.to_i64()).ok_or_else(too_large)?;
    (secs as i128)
        .checked_mul(1_000_000_000)
        .filter(|ns| i64::try_from(*ns).is_ok())
        .ok_or_else(too_large)
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ns = seconds_arg(vm, &args.pos()[0])?;
    if ns < 0 {
        return Err(exc!(value_error, "sleep length must be non-negative"));
    }
    // (in the main thread a signal interrupts it: its handler runs, then the sleep goes on)
    crate::signals::wait::sleep(vm, Duration::from_nanos(ns as u64))?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// POSIX clocks

const CLOCK_IDS: &[(&str, i32)] = &[
    ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
    ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
    ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
    ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
    ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
    ("CLOCK_TAI", libc::CLOCK_TAI),
    ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
];

/// OSError EINVAL, for an unknown clock id.
fn einval() -> PyErr {
    PyErr::new(
        &crate::objects::types().exc.os_error,
        "[Errno 22] Invalid argument",
    )
}

fn clock_arg(vm: &mut Vm, args: &Args, f: fn(i64) -> Option<i128>) -> PyResult<i128> {
    // (a `PyArg_ParseTuple` "i": its own overflow messages)
    let id = to_i64(
        vm,
        &args.pos()[0],
        "Python int too large to convert to C long",
    )?;
    if id > i32::MAX as i64 {
        return Err(exc!(
            overflow_error,
            "signed integer is greater than maximum"
        ));
    }
    if id < i32::MIN as i64 {
        return Err(exc!(overflow_error, "signed integer is less than minimum"));
    }
    f(id).ok_or_else(einval)
}

fn clock_gettime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ns = clock_arg(vm, &args, clib::clock_gettime)?;
    Ok(Value::float(ns as f64 / 1e9))
}

fn clock_gettime_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(int_value(clock_arg(vm, &args, clib::clock_gettime)?.into()))
}

fn clock_getres(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ns = clock_arg(vm, &args, clib::clock_getres)?;
    Ok(Value::float(ns as f64 / 1e9))
}

/// `get_clock_info(name)`: a `types.SimpleNamespace` describing the clock, as CPython on
/// Linux describes it.
fn get_clock_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = as_str(&args.pos()[0]).ok_or_else(|| {
        exc!(
            type_error,
            "get_clock_info() argument 1 must be str, not {}",
            args.pos()[0].type_name()
        )
    })?;
    let (implementation, id, monotonic, adjustable) = match name {
        "time" => ("CLOCK_REALTIME", libc::CLOCK_REALTIME, false, true),
        "monotonic" | "perf_counter" => ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC, true, false),
        "process_time" => (
            "CLOCK_PROCESS_CPUTIME_ID",
            libc::CLOCK_PROCESS_CPUTIME_ID,
            true,
            false,
        ),
        "thread_time" => (
            "CLOCK_THREAD_CPUTIME_ID",
            libc::CLOCK_THREAD_CPUTIME_ID,
            true,
            false,
        ),
        _ => return Err(exc!(value_error, "unknown clock")),
    };
    let resolution = clib::clock_getres(id as i64).unwrap_or(1) as f64 / 1e9;
    let types = vm.import_absolute("types")?;
    let ns = vm.getattr(&types, &intern("SimpleNamespace"))?;
    let values = [
        Value::Obj(new_str(format!("clock_gettime({implementation})"))),
        Value::Bool(monotonic),
        Value::Bool(adjustable),
        Value::float(resolution),
    ];
    let names: Vec<Value> = ["implementation", "monotonic", "adjustable", "resolution"]
        .iter()
        .map(|n| Value::Obj(intern(n)))
        .collect();
    vm.call(&ns, Args::new(&values, &names))
}

// ---------------------------------------------------------------------------------------
// Time zone

/// `(timezone, altzone, daylight, tzname)` from the local time of two probes half a year
/// apart in this year, as CPython's `init_timezone` computes them.
pub(super) fn zone_info() -> (i64, i64, bool, (String, String)) {
    let now = wall_ns().div_euclid(1_000_000_000) as i64;
    // (about the first of January of the current year: near enough for the probe)
    let year_start = now - now.div_euclid(86_400).rem_euclid(365) * 86_400;
    let jan = clib::localtime(year_start).unwrap_or_default();
    let jul = clib::localtime(year_start + 182 * 86_400).unwrap_or_default();
    let (jan_off, jul_off) = (-jan.gmtoff, -jul.gmtoff);
    let daylight = jan_off != jul_off;
    if jan_off < jul_off {
        // Southern hemisphere: daylight saving time in January.
        (jul_off, jan_off, daylight, (jul.zone, jan.zone))
    } else {
        (jan_off, jul_off, daylight, (jan.zone, jul.zone))
    }
}

/// Sets `timezone`, `altzone`, `daylight` and `tzname` in the module's namespace.
fn set_zone_vars(d: &crate::objects::containers::dict::DictObj) {
    let (timezone, altzone, daylight, names) = zone_info();
    d.set_str(intern("timezone"), Value::Int(timezone));
    d.set_str(intern("altzone"), Value::Int(altzone));
    d.set_str(intern("daylight"), Value::Int(daylight as i64));
    let names = tuple_value(vec![
        Value::Obj(new_str(names.0)),
        Value::Obj(new_str(names.1)),
    ]);
    d.set_str(intern("tzname"), names);
}

fn tzset(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    clib::tzset();
    let module = vm.import_absolute("time")?;
    if let Some(m) = module.downcast::<ModuleObj>() {
        set_zone_vars(m.namespace());
    }
    Ok(Value::None)
}

const FUNCTIONS: &[MethodDef] = &[
    method!("sleep", sleep, One),
    method!("gmtime", calendar::gmtime, Varargs(0, 1)),
    method!("localtime", calendar::localtime, Varargs(0, 1)),
    method!("mktime", calendar::mktime, One),
    method!("strftime", calendar::strftime, Varargs(1, 2)),
    method!("strptime", strptime::strptime),
    method!("_strptime_datetime", strptime::strptime_datetime),
    method!("asctime", calendar::asctime, Unpack(0, 1)),
    method!("ctime", calendar::ctime, Varargs(0, 1)),
    method!("clock_gettime", clock_gettime, One),
    method!("clock_gettime_ns", clock_gettime_ns, One),
    method!("clock_getres", clock_getres, One),
    method!("get_clock_info", get_clock_info, One),
    method!("tzset", tzset, NoArgs),
];

/// The `time` module.
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("time", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for f in CLOCKS {
        let func =
            crate::objects::callables::function::BuiltinFunctionObj::function_ref(f, Some("time"));
        d.set_str(intern(f.name), Value::Obj(func));
    }
    d.set_str(
        intern("struct_time"),
        Value::Obj(calendar::struct_time_type().clone()),
    );
    for (name, id) in CLOCK_IDS {
        d.set_str(intern(name), Value::Int(*id as i64));
    }
    d.set_str(intern("_STRUCT_TM_ITEMS"), Value::Int(11));
    set_zone_vars(d);
    Ok(module)
}
