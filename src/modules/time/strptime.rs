//! `time.strptime`, after CPython's `_strptime`: each directive matches what its regular
//! expression there matches (alternatives tried in the same order, with backtracking, case
//! insensitive, whitespace in the format matching any run of whitespace), then the fields
//! are combined as `_strptime` combines them (defaults 1900-01-01, `%I` with `%p`, the day
//! of the year from `%U`/`%W` and a weekday or from `%G`/`%V` and a weekday, date
//! validation). The C locale's names and formats are used.

use super::calendar::{is_leap, new_struct_time, CUM_DAYS};
use crate::exc;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The alternatives of a numeric directive, in `_strptime`'s order, in a small pattern
/// language: a digit stands for itself, `d` for any digit, `[xy]` for the digits x to y,
/// a space for a space.
fn numeric(dir: char) -> Option<&'static [&'static str]> {
    Some(match dir {
        'd' => &["3[01]", "[12]d", "0[19]", "[19]", " [19]"],
        'H' => &["2[03]", "[01]d", "d"],
        'I' => &["1[02]", "0[19]", "[19]"],
        'j' => &[
            "36[06]", "3[05]d", "[12]dd", "0[19]d", "00[19]", "[19]d", "0[19]", "[19]",
        ],
        'm' => &["1[02]", "0[19]", "[19]"],
        'M' => &["[05]d", "d"],
        'S' => &["6[01]", "[05]d", "d"],
        'U' | 'W' => &["5[03]", "[04]d", "d"],
        'w' => &["[06]"],
        'u' => &["[17]"],
        'y' => &["dd"],
        'Y' | 'G' => &["dddd"],
        'V' => &["5[03]", "0[19]", "[14]d", "d"],
        'f' => &["dddddd", "ddddd", "dddd", "ddd", "dd", "d"],
        _ => return None,
    })
}

/// The end of `alt` matched at `pos` in `s`, if it matches.
fn match_alt(alt: &str, s: &[char], mut pos: usize) -> Option<usize> {
    let p: Vec<char> = alt.chars().collect();
    let mut i = 0;
    while i < p.len() {
        let c = *s.get(pos)?;
        let ok = match p[i] {
            'd' => c.is_ascii_digit(),
            '[' => {
                let (lo, hi) = (p[i + 1], p[i + 2]);
                i += 3;
                (lo..=hi).contains(&c)
            }
            lit => c == lit,
        };
        if !ok {
            return None;
        }
        pos += 1;
        i += 1;
    }
    Some(pos)
}

/// One piece of the compiled format.
#[derive(Clone, Copy)]
enum Item {
    Lit(char),
    Space,
    Dir(char),
}

/// The names a text directive matches (lower case), longest first as `_strptime` orders
/// them (a stable sort, so equal lengths keep their order).
fn names(dir: char, zones: &[String]) -> Vec<String> {
    let mut v: Vec<String> = match dir {
        'A' => WEEKDAYS.iter().map(|s| s.to_string()).collect(),
        'a' => WEEKDAYS.iter().map(|s| s[..3].to_string()).collect(),
        'B' => MONTHS.iter().map(|s| s.to_string()).collect(),
        'b' => MONTHS.iter().map(|s| s[..3].to_string()).collect(),
        'p' => vec!["am".into(), "pm".into()],
        'Z' => zones.to_vec(),
        _ => Vec::new(),
    };
    v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    v
}

/// The ends at which directive `dir` can match at `pos`, in order of preference.
fn directive_ends(dir: char, s: &[char], pos: usize, zones: &[String]) -> Vec<usize> {
    if let Some(alts) = numeric(dir) {
        return alts.iter().filter_map(|a| match_alt(a, s, pos)).collect();
    }
    match dir {
        '%' => (s.get(pos) == Some(&'%'))
            .then_some(pos + 1)
            .into_iter()
            .collect(),
        'z' => z_ends(s, pos),
        _ => names(dir, zones)
            .iter()
            .filter(|n| !n.is_empty())
            .filter_map(|n| {
                let len = n.chars().count();
                let got: String = s.get(pos..pos + len)?.iter().collect();
                (got.to_lowercase() == *n).then_some(pos + len)
            })
            .collect(),
    }
}

/// `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z`, greedy.
fn z_ends(s: &[char], pos: usize) -> Vec<usize> {
    if s.get(pos) == Some(&'Z') {
        return vec![pos + 1];
    }
    let digit = |i: usize| s.get(i).is_some_and(char::is_ascii_digit);
    let upto5 = |i: usize| s.get(i).is_some_and(|c| ('0'..='5').contains(c));
    if !matches!(s.get(pos), Some('+' | '-')) || !digit(pos + 1) || !digit(pos + 2) {
        return Vec::new();
    }
    let mut ends = Vec::new();
    for colon in [true, false] {
        let mut p = pos + 3;
        if colon {
            if s.get(p) != Some(&':') {
                continue;
            }
            p += 1;
        }
        if !(upto5(p) && digit(p + 1)) {
            continue;
        }
        let minutes_end = p + 2;
        for colon2 in [true, false] {
            let mut q = minutes_end;
            if colon2 {
                if s.get(q) != Some(&':') {
                    continue;
                }
                q += 1;
            }
            if upto5(q) && digit(q + 1) {
                let secs_end = q + 2;
                if s.get(secs_end) == Some(&'.') && digit(secs_end + 1) {
                    let mut e = secs_end + 1;
                    while e < secs_end + 7 && digit(e) {
                        e += 1;
                    }
                    ends.push(e);
                }
                ends.push(secs_end);
            }
        }
        ends.push(minutes_end);
    }
    ends
}

/// The items of `fmt`, with `%c`, `%x` and `%X` expanded to the C locale's formats.
fn compile(fmt: &str) -> PyResult<Vec<Item>> {
    let mut items = Vec::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            if !matches!(items.last(), Some(Item::Space)) {
                items.push(Item::Space);
            }
            continue;
        }
        if c != '%' {
            items.push(Item::Lit(c));
            continue;
        }
        let Some(d) = chars.next() else {
            return Err(exc!(value_error, "stray % in format '{}'", fmt));
        };
        let expanded = match d {
            'c' => Some("%a %b %d %H:%M:%S %Y"),
            'x' => Some("%m/%d/%y"),
            'X' => Some("%H:%M:%S"),
            _ => None,
        };
        if let Some(e) = expanded {
            items.extend(compile(e)?);
        } else if numeric(d).is_some() || "%zAaBbpZ".contains(d) {
            items.push(Item::Dir(d));
        } else {
            return Err(exc!(
                value_error,
                "'{}' is a bad directive in format '{}'",
                d,
                fmt
            ));
        }
    }
    Ok(items)
}

/// Matches `items` from `pos`, recording each directive's text; the end of the match.
fn search(
    items: &[Item],
    s: &[char],
    pos: usize,
    zones: &[String],
    found: &mut Vec<(char, String)>,
) -> Option<usize> {
    let Some((first, rest)) = items.split_first() else {
        return Some(pos);
    };
    let ends: Vec<usize> = match *first {
        Item::Lit(c) => {
            let same = s
                .get(pos)
                .is_some_and(|&x| x == c || x.to_lowercase().eq(c.to_lowercase()));
            same.then_some(pos + 1).into_iter().collect()
        }
        Item::Space => {
            let n = s[pos.min(s.len())..]
                .iter()
                .take_while(|c| c.is_whitespace())
                .count();
            (1..=n).rev().map(|k| pos + k).collect()
        }
        Item::Dir(d) => directive_ends(d, s, pos, zones),
    };
    for end in ends {
        if let Item::Dir(d) = *first {
            found.push((d, s[pos..end].iter().collect()));
        }
        if let Some(e) = search(rest, s, end, zones, found) {
            return Some(e);
        }
        if matches!(first, Item::Dir(_)) {
            found.pop();
        }
    }
    None
}

/// Days from 0001-01-01 (day 1) to the date, as `date.toordinal`.
fn ordinal(y: i64, m: i64, d: i64) -> i64 {
    let py = y - 1;
    py * 365 + py / 4 - py / 100
        + py / 400
        + CUM_DAYS[(m - 1) as usize]
        + (m > 2 && is_leap(y)) as i64
        + d
}

fn days_in_month(y: i64, m: i64) -> i64 {
    const DAYS: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    DAYS[(m - 1) as usize] + (m == 2 && is_leap(y)) as i64
}

/// The date of an ordinal (the inverse of [`ordinal`]).
fn from_ordinal(n: i64) -> (i64, i64, i64) {
    let mut y = (n - 1) * 400 / 146_097 + 1;
    while ordinal(y + 1, 1, 1) <= n {
        y += 1;
    }
    while ordinal(y, 1, 1) > n {
        y -= 1;
    }
    let mut m = 1;
    while m < 12 && ordinal(y, m + 1, 1) <= n {
        m += 1;
    }
    (y, m, n - ordinal(y, m, 1) + 1)
}

/// `datetime.date`'s validation of a year, month and day.
fn check_date(y: i64, m: i64, d: i64) -> PyResult<()> {
    if !(1..=9999).contains(&y) {
        return Err(exc!(value_error, "year {} is out of range", y));
    }
    if !(1..=days_in_month(y, m)).contains(&d) {
        return Err(exc!(value_error, "day is out of range for month"));
    }
    Ok(())
}

fn str_arg(v: &Value, i: usize) -> PyResult<&str> {
    as_str(v).ok_or_else(|| {
        exc!(
            type_error,
            "strptime() argument {} must be str, not <class '{}'>",
            i,
            v.type_name()
        )
    })
}

fn no_match(data: &str, fmt: &str) -> PyErr {
    let r = |s: &str| crate::objects::strings::str::repr_str(s);
    exc!(
        value_error,
        "time data {} does not match format {}",
        r(data),
        r(fmt)
    )
}

/// What one `strptime` parse found: the nine `struct_time` fields, plus what only
/// `datetime.strptime` uses (`%f` microseconds, the `%z` offset, the `%Z` text).
struct Parsed {
    fields: [i64; 9],
    micros: i64,
    gmtoff: Option<(i64, i64)>,
    zone: Option<String>,
}

/// Checks the argument count as CPython's `_strptime` function `name` does.
fn check_args<'a>(args: &'a Args, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let p = args.pos();
    match p.len() {
        0 => Err(exc!(
            type_error,
            "{}() missing 1 required positional argument: 'data_string'",
            name
        )),
        1 | 2 => Ok(p),
        n => Err(exc!(
            type_error,
            "{}() takes from 1 to 2 positional arguments but {} were given",
            name,
            n
        )),
    }
}

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`: CPython passes the arguments
/// on to `_strptime._strptime_time`, whose messages a wrong count gets.
pub(super) fn strptime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args(&args, "_strptime_time")?;
    Ok(new_struct_time(parse(p)?.fields))
}

/// `time._strptime_datetime(string, format)`, for `datetime.strptime`: `(year, month, day,
/// hour, minute, second, microsecond, offset, zone)`, the offset `(seconds, microseconds)`
/// or None, the zone the `%Z` text or None.
pub(super) fn strptime_datetime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args(&args, "_strptime_datetime")?;
    let r = parse(p)?;
    let mut items: Vec<Value> = r.fields[..6].iter().map(|&v| Value::Int(v)).collect();
    items.push(Value::Int(r.micros));
    items.push(r.gmtoff.map_or(Value::None, |(s, us)| {
        tuple_value(vec![Value::Int(s), Value::Int(us)])
    }));
    items.push(r.zone.map_or(Value::None, |z| Value::Obj(new_str(z))));
    Ok(tuple_value(items))
}

fn parse(p: &[Value]) -> PyResult<Parsed> {
    let data = str_arg(&p[0], 0)?;
    let fmt = match p.get(1) {
        Some(f) => str_arg(f, 1)?,
        None => "%a %b %d %H:%M:%S %Y",
    };
    let items = compile(fmt)?;
    let (_, _, daylight, (tz0, tz1)) = super::zone_info();
    let (tz0, tz1) = (tz0.to_lowercase(), tz1.to_lowercase());
    let mut zones = vec!["utc".to_string(), "gmt".to_string()];
    if !zones.contains(&tz0) {
        zones.push(tz0.clone());
    }
    if daylight && !zones.contains(&tz1) {
        zones.push(tz1.clone());
    }
    let s: Vec<char> = data.chars().collect();
    let mut found = Vec::new();
    let end = search(&items, &s, 0, &zones, &mut found).ok_or_else(|| no_match(data, fmt))?;
    if end != s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(exc!(value_error, "unconverted data remains: {}", rest));
    }
    let (mut year, mut month, mut day) = (None, 1, 1);
    let (mut hour, mut minute, mut second) = (0, 0, 0);
    let (mut weekday, mut julian, mut week) = (None::<i64>, None::<i64>, None::<(i64, bool)>);
    let (mut iso_year, mut iso_week) = (None::<i64>, None::<i64>);
    let mut tz = -1;
    let (mut micros, mut gmtoff, mut zone) = (0, None, None);
    let mut ampm = None;
    let mut hour12 = None;
    let num = |t: &str| t.trim().parse::<i64>().unwrap_or(0);
    let index_of = |list: &[&str], t: &str, short: bool| {
        let t = t.to_lowercase();
        list.iter()
            .position(|n| if short { n[..3] == t } else { *n == t })
            .unwrap_or(0) as i64
    };
    for (d, t) in &found {
        match d {
            'y' => {
                let y = num(t);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(num(t)),
            'm' => month = num(t),
            'B' => month = index_of(&MONTHS, t, false) + 1,
            'b' => month = index_of(&MONTHS, t, true) + 1,
            'd' => day = num(t),
            'H' => hour = num(t),
            'I' => hour12 = Some(num(t)),
            'p' => ampm = Some(t.to_lowercase()),
            'M' => minute = num(t),
            'S' => second = num(t),
            'A' => weekday = Some(index_of(&WEEKDAYS, t, false)),
            'a' => weekday = Some(index_of(&WEEKDAYS, t, true)),
            'w' => weekday = Some((num(t) + 6) % 7),
            'u' => weekday = Some(num(t) - 1),
            'j' => julian = Some(num(t)),
            'G' => iso_year = Some(num(t)),
            'V' => iso_week = Some(num(t)),
            'U' => week = Some((num(t), false)),
            'W' => week = Some((num(t), true)),
            'f' => micros = num(&format!("{:0<6}", t)),
            'z' if t.len() > 6 && t.as_bytes()[3] == b':' && t.as_bytes()[6] != b':' => {
                return Err(exc!(value_error, "Inconsistent use of : in {}", t));
            }
            'z' => gmtoff = Some(z_offset(t)),
            'Z' => {
                zone = Some(t.clone());
                let z = t.to_lowercase();
                if tz0 == tz1 && daylight && z != "utc" && z != "gmt" {
                    tz = -1;
                } else if z == "utc" || z == "gmt" || z == tz0 {
                    tz = 0;
                } else if z == tz1 {
                    tz = 1;
                }
            }
            _ => {}
        }
    }
    if let Some(h) = hour12 {
        hour = match ampm.as_deref() {
            Some("pm") if h != 12 => h + 12,
            Some("am") if h == 12 => 0,
            _ => h,
        };
    }
    check_iso(year, iso_year, iso_week, weekday, julian, week)?;
    let mut leap_fix = false;
    let mut year = match year {
        Some(y) => y,
        None if month == 2 && day == 29 => {
            leap_fix = true;
            1904
        }
        None => 1900,
    };
    if julian.is_none() {
        if let (Some(wd), Some((w, monday))) = (weekday, week) {
            // The weekday of January 1, counted from the week's first day.
            let first = (ordinal(year, 1, 1) + 6) % 7;
            let first = if monday { first } else { (first + 1) % 7 };
            let wd = if monday { wd } else { (wd + 1) % 7 };
            let mut j = if w == 0 {
                1 + wd - first
            } else {
                let week_0_len = (7 - first) % 7;
                1 + week_0_len + 7 * (w - 1) + wd
            };
            if j <= 0 {
                year -= 1;
                j += if is_leap(year) { 366 } else { 365 };
            }
            julian = Some(j);
        } else if let (Some(wd), Some(iy), Some(iw)) = (weekday, iso_year, iso_week) {
            // Days from January 1 of the ISO year (Monday of week 1 is the Monday on or
            // before January 4); as in `_strptime`, past December 31 stays in that year.
            let correction = (ordinal(iy, 1, 4) + 6) % 7 + 4;
            let mut day = iw * 7 + wd + 1 - correction;
            year = iy;
            if day < 1 {
                year = iy - 1;
                day += ordinal(iy, 1, 1) - ordinal(year, 1, 1);
            }
            julian = Some(day);
        }
    }
    let julian = match julian {
        None => {
            check_date(year, month, day)?;
            ordinal(year, month, day) - ordinal(year, 1, 1) + 1
        }
        Some(j) => {
            check_date(year, 1, 1)?;
            let (y, m, d) = from_ordinal(j - 1 + ordinal(year, 1, 1));
            if !(1..=9999).contains(&y) {
                return Err(exc!(value_error, "year {} is out of range", y));
            }
            (year, month, day) = (y, m, d);
            j
        }
    };
    let weekday = weekday.unwrap_or_else(|| (ordinal(year, month, day) + 6) % 7);
    if leap_fix {
        year = 1900;
    }
    Ok(Parsed {
        fields: [year, month, day, hour, minute, second, weekday, julian, tz],
        micros,
        gmtoff,
        zone,
    })
}

/// `_strptime`'s rules for the ISO directives: `%G` needs `%V` and a weekday (and no `%j`),
/// `%V` needs `%G` and a weekday (3.11.7's messages).
fn check_iso(
    year: Option<i64>,
    iso_year: Option<i64>,
    iso_week: Option<i64>,
    weekday: Option<i64>,
    julian: Option<i64>,
    week: Option<(i64, bool)>,
) -> PyResult<()> {
    const WEEKDAYS: &str = "a weekday directive ('%A', '%a', '%w', or '%u').";
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(exc!(
                value_error,
                "ISO year directive '%G' must be used with the ISO week directive '%V' and {}",
                WEEKDAYS
            ));
        }
        if julian.is_some() {
            return Err(exc!(
                value_error,
                "Day of the year directive '%j' is not compatible with ISO year directive \
                 '%G'. Use '%Y' instead."
            ));
        }
    } else if week.is_none() && iso_week.is_some() {
        if weekday.is_none() {
            return Err(exc!(
                value_error,
                "ISO week directive '%V' must be used with the ISO year directive '%G' and {}",
                WEEKDAYS
            ));
        }
        return Err(exc!(
            value_error,
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the \
             ISO year '%G' instead."
        ));
    }
    Ok(())
}

/// A `%z` match (`Z`, `+HHMM`, `-HH:MM:SS.ffffff`, ...) as `(seconds, microseconds)` east.
fn z_offset(t: &str) -> (i64, i64) {
    if t == "Z" {
        return (0, 0);
    }
    let digits: String = t[1..].chars().filter(|c| *c != ':').collect();
    let (whole, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let field = |i: usize| {
        whole
            .get(i..i + 2)
            .map_or(0, |d| d.parse::<i64>().unwrap_or(0))
    };
    let secs = field(0) * 3600 + field(2) * 60 + field(4);
    let us = format!("{:0<6}", frac).parse::<i64>().unwrap_or(0);
    if t.starts_with('-') {
        (-secs, -us)
    } else {
        (secs, us)
    }
}
