//! The C library calls of the native modules, and their only `unsafe` code: local time
//! (`localtime_r`, `mktime`, `tzset`), `strftime`, the POSIX clocks, and `erf`/`erfc` (CPython
//! 3.11 takes these from libm, whose results differ from portable ports in the last bit).
//! Each wrapper is safe: it owns the buffers it passes and checks the results.

use std::ffi::{CStr, CString};

extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "tzset"]
    fn c_tzset();
}

pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { c_erf(x) }
}

pub fn erfc(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { c_erfc(x) }
}

/// Re-reads the `TZ` environment variable into the C library's time zone state.
pub fn tzset() {
    // SAFETY: no arguments; pyvm's threads only read the zone state under the GIL.
    unsafe { c_tzset() }
}

/// A broken-down time: the C `struct tm` fields pyvm uses, in C's conventions (months from
/// 0, years from 1900, Sunday = 0), with the zone's name and UTC offset.
#[derive(Clone, Debug, Default)]
pub struct Tm {
    pub sec: i32,
    pub min: i32,
    pub hour: i32,
    pub mday: i32,
    pub mon: i32,
    pub year: i32,
    pub wday: i32,
    pub yday: i32,
    pub isdst: i32,
    pub gmtoff: i64,
    pub zone: String,
}

fn zeroed_tm() -> libc::tm {
    libc::tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

fn from_c(t: &libc::tm) -> Tm {
    let zone = if t.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null `tm_zone` from the C library points to a NUL-terminated name
        // that lives as long as the zone state (it is copied at once).
        unsafe { CStr::from_ptr(t.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Tm {
        sec: t.tm_sec,
        min: t.tm_min,
        hour: t.tm_hour,
        mday: t.tm_mday,
        mon: t.tm_mon,
        year: t.tm_year,
        wday: t.tm_wday,
        yday: t.tm_yday,
        isdst: t.tm_isdst,
        gmtoff: t.tm_gmtoff,
        zone,
    }
}

/// `t` as a C `struct tm` whose zone name points into `zone` (which must outlive it), or is
/// null when `t` names no zone.
fn to_c(t: &Tm, zone: &CString) -> libc::tm {
    libc::tm {
        tm_sec: t.sec,
        tm_min: t.min,
        tm_hour: t.hour,
        tm_mday: t.mday,
        tm_mon: t.mon,
        tm_year: t.year,
        tm_wday: t.wday,
        tm_yday: t.yday,
        tm_isdst: t.isdst,
        tm_gmtoff: t.gmtoff,
        tm_zone: if t.zone.is_empty() {
            std::ptr::null()
        } else {
            zone.as_ptr()
        },
    }
}

/// The local time of a timestamp, or `None` when the C library cannot represent it.
pub fn localtime(secs: i64) -> Option<Tm> {
    let t: libc::time_t = secs;
    let mut out = zeroed_tm();
    // SAFETY: both pointers are to live locals of the right types.
    let r = unsafe { libc::localtime_r(&t, &mut out) };
    (!r.is_null()).then(|| from_c(&out))
}

/// `mktime`: the timestamp of a local broken-down time (fields may be out of range and are
/// normalised), with the normalised fields; `None` for an unrepresentable time.
pub fn mktime(t: &Tm) -> Option<(i64, Tm)> {
    let zone = CString::default();
    let mut c = to_c(t, &zone);
    // (the C library leaves tm_wday alone on failure: a sentinel tells -1 from an error)
    c.tm_wday = -1;
    // SAFETY: `c` is a live, fully initialised struct tm; its zone pointer is `zone`, alive.
    let r = unsafe { libc::mktime(&mut c) };
    if r == -1 && c.tm_wday == -1 {
        return None;
    }
    let mut out = from_c_fields(&c);
    out.zone = localtime(r).map(|l| l.zone).unwrap_or_default();
    Some((r, out))
}

/// The fields of `c` without reading its zone pointer.
fn from_c_fields(c: &libc::tm) -> Tm {
    Tm {
        sec: c.tm_sec,
        min: c.tm_min,
        hour: c.tm_hour,
        mday: c.tm_mday,
        mon: c.tm_mon,
        year: c.tm_year,
        wday: c.tm_wday,
        yday: c.tm_yday,
        isdst: c.tm_isdst,
        gmtoff: c.tm_gmtoff,
        zone: String::new(),
    }
}

/// C's `strftime` of `t` (the format must hold no NUL), growing the buffer as CPython does.
pub fn strftime(fmt: &str, t: &Tm) -> String {
    let Ok(cfmt) = CString::new(fmt) else {
        return String::new();
    };
    let zone = CString::new(t.zone.clone()).unwrap_or_default();
    let c = to_c(t, &zone);
    let mut size = 1024usize.max(fmt.len() * 256);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `cfmt` is NUL-terminated; `c` is a live
        // struct tm whose zone pointer (`zone`) outlives the call.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr().cast::<libc::c_char>(),
                size,
                cfmt.as_ptr(),
                &c,
            )
        };
        // (0 is also a correct result for an empty output: give up at a generous size)
        if n > 0 || size >= 256 * fmt.len().max(1) * 16 {
            buf.truncate(n);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        size *= 4;
    }
}

/// A POSIX clock's time in nanoseconds, `None` for an invalid clock.
pub fn clock_gettime(id: i64) -> Option<i128> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live timespec.
    let r = unsafe { libc::clock_gettime(id as libc::clockid_t, &mut ts) };
    (r == 0).then(|| ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

/// A POSIX clock's resolution in nanoseconds, `None` for an invalid clock.
pub fn clock_getres(id: i64) -> Option<i128> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live timespec.
    let r = unsafe { libc::clock_getres(id as libc::clockid_t, &mut ts) };
    (r == 0).then(|| ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}
