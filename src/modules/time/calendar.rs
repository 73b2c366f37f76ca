//! `time`'s calendar functions: `struct_time`, `gmtime` (computed here), `localtime` and
//! `mktime` (the C library, which knows the system time zone), `asctime`/`ctime`, and
//! `strftime` through the C library's, after CPython's checks of the time tuple.

use std::cell::OnceCell;

use super::wall_ns;
use crate::exc;
use crate::modules::clib::{self, Tm};
use crate::modules::structseq;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::GilStatic;
use crate::objects::numbers::int::as_int;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::params::to_index;
use crate::vm::{Args, PyResult, Vm};

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

pub(super) fn struct_time_type() -> &'static PyRef {
    static TYPE: GilStatic<OnceCell<PyRef>> = GilStatic::new(OnceCell::new());
    TYPE.get(crate::gil::token()).get_or_init(|| {
        let ty = structseq::new_type("time", "struct_time", &FIELDS, true);
        structseq::set_extra_fields(&ty, &["tm_zone", "tm_gmtoff"]);
        ty
    })
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

pub(super) fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days before the first of each month in a common year.
pub(super) const CUM_DAYS: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// The nine `struct_time` fields of a UTC timestamp in whole seconds.
fn utc_fields(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let yday = CUM_DAYS[(m - 1) as usize] + d + (m > 2 && is_leap(y)) as i64;
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

pub(super) fn new_struct_time(fields: [i64; 9]) -> Value {
    structseq::new(
        struct_time_type(),
        fields.into_iter().map(Value::Int).collect(),
    )
}

/// A `struct_time` with its zone abbreviation and offset east of UTC in seconds.
fn zoned_struct_time(fields: [i64; 9], zone: &str, gmtoff: i64) -> Value {
    structseq::new_with_extras(
        struct_time_type(),
        fields.into_iter().map(Value::Int).collect(),
        &[
            ("tm_zone", Value::Obj(new_str(zone))),
            ("tm_gmtoff", Value::Int(gmtoff)),
        ],
    )
}

/// The whole seconds of an optional timestamp argument (`None`: now), floored.
fn timestamp_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(wall_ns().div_euclid(1_000_000_000) as i64);
    };
    if let Some(f) = crate::objects::numbers::float::float_of(v) {
        if f.is_nan() {
            return Err(exc!(value_error, "Invalid value NaN (not a number)"));
        }
        if !(-9.223_372_036_854_775e18..9.223_372_036_854_775e18).contains(&f) {
            return Err(out_of_range());
        }
        return Ok(f.floor() as i64);
    }
    let i = to_index(vm, v)?;
    as_int(&i).and_then(|i| i.to_i64()).ok_or_else(out_of_range)
}

/// OSError EOVERFLOW: a year the C library's `int` cannot hold.
fn too_large() -> crate::vm::PyErr {
    crate::vm::PyErr::new(
        &crate::objects::types().exc.os_error,
        "[Errno 75] Value too large for defined data type",
    )
}

fn out_of_range() -> crate::vm::PyErr {
    exc!(overflow_error, "timestamp out of range for platform time_t")
}

pub(super) fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = timestamp_arg(vm, args.pos().first())?;
    let fields = utc_fields(secs);
    if i32::try_from(fields[0] - 1900).is_err() {
        return Err(too_large());
    }
    Ok(zoned_struct_time(fields, "GMT", 0))
}

/// The C library's local time of `secs`: OSError EOVERFLOW when it cannot represent it.
fn local_tm(secs: i64) -> PyResult<Tm> {
    clib::localtime(secs).ok_or_else(too_large)
}

/// A C `struct tm` as the nine `struct_time` fields.
fn tm_fields(t: &Tm) -> [i64; 9] {
    [
        t.year as i64 + 1900,
        t.mon as i64 + 1,
        t.mday as i64,
        t.hour as i64,
        t.min as i64,
        t.sec as i64,
        (t.wday as i64 + 6) % 7,
        t.yday as i64 + 1,
        t.isdst as i64,
    ]
}

pub(super) fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = timestamp_arg(vm, args.pos().first())?;
    let tm = local_tm(secs)?;
    Ok(zoned_struct_time(tm_fields(&tm), &tm.zone, tm.gmtoff))
}

/// A time tuple argument as a C `struct tm` (CPython's `gettmarg`): nine C ints, converted
/// to C's conventions.
fn tuple_tm(v: &Value, fname: &str) -> PyResult<Tm> {
    let items = v
        .downcast::<TupleObj>()
        .map(|t| t.items.to_vec())
        .ok_or_else(|| exc!(type_error, "Tuple or struct_time argument required"))?;
    if items.len() != 9 {
        return Err(exc!(type_error, "{}(): illegal time tuple argument", fname));
    }
    let mut f = [0i32; 9];
    for (o, item) in f.iter_mut().zip(&items) {
        let Some(i) = as_int(item) else {
            return Err(exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                item.type_name()
            ));
        };
        let n = i
            .to_i64()
            .ok_or_else(|| exc!(overflow_error, "Python int too large to convert to C long"))?;
        *o = i32::try_from(n).map_err(|_| {
            if n > 0 {
                exc!(overflow_error, "signed integer is greater than maximum")
            } else {
                exc!(overflow_error, "signed integer is less than minimum")
            }
        })?;
    }
    Ok(Tm {
        year: f[0].wrapping_sub(1900),
        mon: f[1].wrapping_sub(1),
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6].wrapping_add(1) % 7,
        yday: f[7].wrapping_sub(1),
        isdst: f[8],
        gmtoff: 0,
        zone: String::new(),
    })
}

/// CPython's `checktm`: zeros where a field counts from one become the first value; other
/// out-of-range fields are a ValueError.
fn check_tm(t: &mut Tm) -> PyResult<()> {
    if t.mon == -1 {
        t.mon = 0;
    } else if !(0..=11).contains(&t.mon) {
        return Err(exc!(value_error, "month out of range"));
    }
    if t.mday == 0 {
        t.mday = 1;
    } else if !(0..=31).contains(&t.mday) {
        return Err(exc!(value_error, "day of month out of range"));
    }
    let checks = [
        (t.hour, 23, "hour out of range"),
        (t.min, 59, "minute out of range"),
        (t.sec, 61, "seconds out of range"),
    ];
    for (v, max, msg) in checks {
        if !(0..=max).contains(&v) {
            return Err(exc!(value_error, "{}", msg));
        }
    }
    if t.wday < 0 {
        return Err(exc!(value_error, "day of week out of range"));
    }
    if t.yday == -1 {
        t.yday = 0;
    } else if !(0..=365).contains(&t.yday) {
        return Err(exc!(value_error, "day of year out of range"));
    }
    Ok(())
}

/// The time tuple argument at `i` of `fname`, or the current local time when absent.
fn tm_or_now(args: &Args, i: usize, fname: &str) -> PyResult<Tm> {
    match args.pos().get(i) {
        Some(v) => {
            let mut t = tuple_tm(v, fname)?;
            check_tm(&mut t)?;
            Ok(t)
        }
        None => local_tm(wall_ns().div_euclid(1_000_000_000) as i64),
    }
}

pub(super) fn mktime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_tm(&args.pos()[0], "mktime")?;
    let (secs, _) =
        clib::mktime(&t).ok_or_else(|| exc!(overflow_error, "mktime argument out of range"))?;
    Ok(Value::float(secs as f64))
}

const DAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// CPython's own `asctime` format: "Thu Feb 29 13:05:09 2024".
fn format_asctime(t: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAY_ABBR[t.wday.rem_euclid(7) as usize],
        MON_ABBR[t.mon.clamp(0, 11) as usize],
        t.mday,
        t.hour,
        t.min,
        t.sec,
        t.year as i64 + 1900
    )
}

pub(super) fn asctime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tm_or_now(&args, 0, "asctime")?;
    Ok(Value::Obj(new_str(format_asctime(&t))))
}

pub(super) fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = timestamp_arg(vm, args.pos().first())?;
    Ok(Value::Obj(new_str(format_asctime(&local_tm(secs)?))))
}

pub(super) fn strftime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let fmt = as_str(&p[0]).ok_or_else(|| {
        exc!(
            type_error,
            "strftime() argument 1 must be str, not {}",
            p[0].type_name()
        )
    })?;
    let mut t = tm_or_now(&args, 1, "strftime")?;
    t.isdst = t.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(exc!(value_error, "embedded null character"));
    }
    if p.len() > 1 {
        // (a plain tuple has no zone: the C library then names the local one)
        t.zone.clear();
    }
    Ok(Value::Obj(new_str(clib::strftime(fmt, &t))))
}
