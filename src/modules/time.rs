//! The `time` module: the clocks (`time`, `monotonic`, `perf_counter`, `process_time` and
//! their `_ns` forms), `sleep` (which releases the GIL while it waits), and UTC calendar
//! support: `gmtime`, `struct_time` and `strftime`/`asctime` of an explicit time tuple.
//! Local time needs the system time zone database, which pyvm does not read, so
//! `localtime`, `mktime` and the no-argument forms of `strftime`/`asctime` are absent.

use std::cell::OnceCell;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::structseq;
use crate::exc;
use crate::method;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::GilStatic;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::{as_int, int_value};
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::params::to_index;
use crate::vm::{Args, PyResult, Vm};

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

/// CPU time of the whole process, from `/proc/self/stat` (user + system, in clock ticks of
/// 1/100 s); 0 where that file does not exist.
fn process_ns_now() -> i128 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|s| s.parse::<i128>().ok()).unwrap_or(0);
    (ticks(11) + ticks(12)) * 10_000_000
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
        const CLOCKS: &[crate::objects::classes::typeobj::MethodDef] = &[
            $(method!(stringify!($secs), $secs, NoArgs), method!(stringify!($ns), $ns, NoArgs),)*
        ];
    };
}

clocks! {
    time, time_ns => wall_ns();
    monotonic, monotonic_ns => monotonic_ns_now();
    perf_counter, perf_counter_ns => monotonic_ns_now();
    process_time, process_time_ns => process_ns_now();
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
// UTC calendar

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn struct_time_type() -> &'static PyRef {
    static TYPE: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    TYPE.get(crate::gil::token())
        .get_or_init(|| structseq::new_type("time", "struct_time", &FIELDS, true))
}

/// The civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    (y, m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The nine `struct_time` fields of a UTC timestamp in whole seconds.
fn utc_fields(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    const CUM: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = CUM[(m - 1) as usize] + d + (m > 2 && is_leap(y)) as i64;
    let wday = (days + 3).rem_euclid(7);
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let secs = match p.first() {
        None | Some(Value::None) => wall_ns().div_euclid(1_000_000_000) as i64,
        Some(Value::Float(f)) if !f.is_nan() => {
            if f.abs() > 1e17 {
                return Err(exc!(
                    overflow_error,
                    "timestamp out of range for platform time_t"
                ));
            }
            f.floor() as i64
        }
        Some(v) => (seconds_arg(vm, v)?).div_euclid(1_000_000_000) as i64,
    };
    if !(-62_135_596_800..=253_402_300_799).contains(&secs) {
        return Err(exc!(
            overflow_error,
            "timestamp out of range for platform time_t"
        ));
    }
    let items = utc_fields(secs).into_iter().map(Value::Int).collect();
    Ok(structseq::new(struct_time_type(), items))
}

/// The nine fields of a time tuple argument.
fn tuple_fields(v: &Value, fname: &str) -> PyResult<[i64; 9]> {
    let items = v
        .downcast::<TupleObj>()
        .map(|t| t.items.to_vec())
        .ok_or_else(|| exc!(type_error, "Tuple or struct_time argument required"))?;
    if items.len() != 9 {
        return Err(exc!(type_error, "{}(): illegal time tuple argument", fname));
    }
    let mut out = [0i64; 9];
    for (o, item) in out.iter_mut().zip(&items) {
        *o = as_int(item).and_then(|i| i.to_i64()).ok_or_else(|| {
            exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                item.type_name()
            )
        })?;
    }
    Ok(out)
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `strftime` in the C locale, for the common directives.
fn format_time(fmt: &str, t: &[i64; 9]) -> PyResult<String> {
    let [y, mon, d, h, mi, s, wday, yday, _] = *t;
    let day = DAYS[wday.rem_euclid(7) as usize];
    let month = MONTHS[(mon - 1).clamp(0, 11) as usize];
    let hour12 = if h % 12 == 0 { 12 } else { h % 12 };
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(code) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match code {
            'Y' => y.to_string(),
            'y' => format!("{:02}", y.rem_euclid(100)),
            'm' => format!("{mon:02}"),
            'd' => format!("{d:02}"),
            'e' => format!("{d:2}"),
            'H' => format!("{h:02}"),
            'I' => format!("{hour12:02}"),
            'M' => format!("{mi:02}"),
            'S' => format!("{s:02}"),
            'p' => (if h < 12 { "AM" } else { "PM" }).to_string(),
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => month[..3].to_string(),
            'B' => month.to_string(),
            'j' => format!("{yday:03}"),
            'w' => ((wday + 1) % 7).to_string(),
            'u' => (wday + 1).to_string(),
            'c' => format!(
                "{} {} {:2} {:02}:{:02}:{:02} {}",
                &day[..3],
                &month[..3],
                d,
                h,
                mi,
                s,
                y
            ),
            'x' => format!("{:02}/{:02}/{:02}", mon, d, y.rem_euclid(100)),
            'X' | 'T' => format!("{h:02}:{mi:02}:{s:02}"),
            'D' => format!("{:02}/{:02}/{:02}", mon, d, y.rem_euclid(100)),
            'F' => format!("{y}-{mon:02}-{d:02}"),
            'R' => format!("{h:02}:{mi:02}"),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    Ok(out)
}

fn strftime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let fmt = as_str(&p[0]).ok_or_else(|| {
        exc!(
            type_error,
            "strftime() argument 1 must be str, not {}",
            p[0].type_name()
        )
    })?;
    let t = tuple_fields(&p[1], "strftime")?;
    Ok(Value::Obj(new_str(format_time(fmt, &t)?)))
}

fn asctime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // (CPython's `asctime()` without a tuple formats the local time, which this module
    // lacks: that form is refused as if the tuple were required)
    let Some(t) = args.pos().first() else {
        return Err(crate::vm::sig::count_error("asctime", 1, 1, 0));
    };
    let t = tuple_fields(t, "asctime")?;
    Ok(Value::Obj(new_str(format_time("%c", &t)?)))
}

/// The `time` module.
pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module(
        "time",
        &[
            method!("sleep", sleep, One),
            method!("gmtime", gmtime, Varargs(0, 1)),
            method!("strftime", strftime, Varargs(2, 2)),
            method!("asctime", asctime, Unpack(0, 1)),
        ],
    );
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for f in CLOCKS {
        let func =
            crate::objects::callables::function::BuiltinFunctionObj::function_ref(f, Some("time"));
        d.set_str(intern(f.name), Value::Obj(func));
    }
    d.set_str(
        intern("struct_time"),
        Value::Obj(struct_time_type().clone()),
    );
    Ok(module)
}
