//! The `unicodedata` module. Character properties, numeric values, decompositions and names
//! come from tables generated from CPython 3.11's own module (`tools/gen_unicodedata.py`,
//! Unicode 14.0.0, so answers agree exactly); Hangul syllable names are computed, and names
//! made of a prefix and the code point ("CJK UNIFIED IDEOGRAPH-4E00") are kept as runs.
//! Normalization uses the `unicode-normalization` crate, whose data is a newer Unicode
//! version: only characters assigned after 14.0 can normalize differently. Name aliases
//! and named sequences are not looked up.

mod tables;

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use crate::exc;
use crate::method;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::PyErr;
use crate::vm::{Args, PyResult, Vm};

/// The character argument of a property function: "category() argument must be a unicode
/// character, not str" (`nth` is " 1" for the functions with a default).
fn char_arg(v: &Value, fname: &str, nth: &str) -> PyResult<char> {
    let bad = || {
        exc!(
            type_error,
            "{}() argument{} must be a unicode character, not {}",
            fname,
            nth,
            v.type_name()
        )
    };
    let s = as_str(v).ok_or_else(bad)?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(bad()),
    }
}

/// The properties of `c`: indices into the tables.
fn props(c: char) -> (u8, u8, u8, u8, u8) {
    let cp = c as u32;
    let i = tables::PROP_RUNS.partition_point(|&(start, _)| start <= cp) - 1;
    tables::PROPS[tables::PROP_RUNS[i].1 as usize]
}

fn one_char(args: &Args, fname: &str) -> PyResult<char> {
    char_arg(&args.pos()[0], fname, "")
}

fn category(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one_char(&args, "category")?;
    Ok(Value::Obj(intern(tables::CATEGORIES[props(c).0 as usize])))
}

fn bidirectional(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one_char(&args, "bidirectional")?;
    Ok(Value::Obj(intern(
        tables::BIDIRECTIONAL[props(c).1 as usize],
    )))
}

fn combining(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one_char(&args, "combining")?;
    Ok(Value::Int(props(c).2 as i64))
}

fn east_asian_width(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one_char(&args, "east_asian_width")?;
    Ok(Value::Obj(intern(
        tables::EAST_ASIAN_WIDTHS[props(c).3 as usize],
    )))
}

fn mirrored(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one_char(&args, "mirrored")?;
    Ok(Value::Int(props(c).4 as i64))
}

fn decomposition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one_char(&args, "decomposition")? as u32;
    let d = tables::DECOMPOSITION
        .binary_search_by_key(&c, |&(cp, _)| cp)
        .map_or("", |i| tables::DECOMPOSITION[i].1);
    Ok(Value::Obj(new_str(d)))
}

/// `decimal`, `digit` and `numeric`: the value picked by `pick` (`None` when the character
/// has none), else the default, else ValueError `missing`.
fn number(
    args: &Args,
    fname: &str,
    missing: &str,
    pick: fn(i8, i8, f64) -> Option<Value>,
) -> PyResult<Value> {
    let p = args.pos();
    let c = char_arg(&p[0], fname, " 1")? as u32;
    let found = tables::NUMERIC
        .binary_search_by_key(&c, |&(cp, ..)| cp)
        .ok()
        .and_then(|i| {
            let (_, dec, dig, num) = tables::NUMERIC[i];
            pick(dec, dig, num)
        });
    match (found, p.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(exc!(value_error, "{}", missing)),
    }
}

fn decimal(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    number(&args, "decimal", "not a decimal", |dec, _, _| {
        (dec >= 0).then_some(Value::Int(dec as i64))
    })
}

fn digit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    number(&args, "digit", "not a digit", |_, dig, _| {
        (dig >= 0).then_some(Value::Int(dig as i64))
    })
}

fn numeric(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    number(&args, "numeric", "not a numeric character", |_, _, num| {
        Some(Value::float(num))
    })
}

// ---------------------------------------------------------------------------------------
// Names

const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];
const HANGUL_FIRST: u32 = 0xAC00;
const HANGUL_LAST: u32 = 0xD7A3;

fn hangul_name(cp: u32) -> String {
    let s = cp - HANGUL_FIRST;
    format!(
        "HANGUL SYLLABLE {}{}{}",
        JAMO_L[(s / (21 * 28)) as usize],
        JAMO_V[(s % (21 * 28) / 28) as usize],
        JAMO_T[(s % 28) as usize]
    )
}

/// The names stored in `names.bin` (word numbers into `words.txt`), both ways.
struct NameDb {
    by_cp: HashMap<u32, String>,
    by_name: HashMap<String, u32>,
}

/// The names, decoded on first use (a `OnceLock`: the lexer's `\N{...}` may ask too).
fn name_db() -> &'static NameDb {
    static DB: OnceLock<NameDb> = OnceLock::new();
    DB.get_or_init(|| {
        let words: Vec<&str> = include_str!("words.txt").split('\n').collect();
        let blob: &[u8] = include_bytes!("names.bin");
        let mut by_cp = HashMap::new();
        let mut by_name = HashMap::new();
        let mut i = 0;
        while i + 4 <= blob.len() {
            let cp = u32::from_le_bytes([blob[i], blob[i + 1], blob[i + 2], 0]);
            let n = blob[i + 3] as usize;
            i += 4;
            let name = (0..n)
                .map(|k| {
                    let w = u16::from_le_bytes([blob[i + 2 * k], blob[i + 2 * k + 1]]);
                    words[w as usize]
                })
                .collect::<Vec<_>>()
                .join(" ");
            i += 2 * n;
            by_name.insert(name.clone(), cp);
            by_cp.insert(cp, name);
        }
        NameDb { by_cp, by_name }
    })
}

/// The name of `cp`, if it has one.
pub fn char_name(cp: u32) -> Option<String> {
    if (HANGUL_FIRST..=HANGUL_LAST).contains(&cp) {
        return Some(hangul_name(cp));
    }
    let runs = tables::HEX_RUNS;
    let i = runs.partition_point(|&(first, ..)| first <= cp);
    if i > 0 && cp <= runs[i - 1].1 {
        return Some(format!(
            "{}{:04X}",
            tables::HEX_PREFIXES[runs[i - 1].2 as usize],
            cp
        ));
    }
    name_db().by_cp.get(&cp).cloned()
}

/// The character called `name`. As in CPython, Hangul syllables and unified ideographs are
/// matched as given (upper case only), the stored names in any case.
fn find_name(name: &str) -> Option<u32> {
    if let Some(rest) = name.strip_prefix("HANGUL SYLLABLE ") {
        // Each part is the longest jamo name that fits, as CPython's `find_syllable`.
        let mut rest = rest;
        let mut part = |table: &[&str]| -> usize {
            let (i, len) = table
                .iter()
                .enumerate()
                .filter(|(_, j)| rest.starts_with(**j))
                .map(|(i, j)| (i, j.len()))
                .max_by_key(|&(_, len)| len)
                .unwrap_or((usize::MAX, 0));
            rest = &rest[len..];
            i
        };
        let (l, v, t) = (part(&JAMO_L), part(&JAMO_V), part(&JAMO_T));
        if !rest.is_empty() || l == usize::MAX || v == usize::MAX || t == usize::MAX {
            return None;
        }
        return Some(HANGUL_FIRST + ((l * 21 + v) * 28 + t) as u32);
    }
    let upper = name.to_uppercase();
    for (k, prefix) in tables::HEX_PREFIXES.iter().enumerate() {
        let name = if prefix.starts_with("CJK UNIFIED") {
            name
        } else {
            upper.as_str()
        };
        if let Some(hex) = name.strip_prefix(prefix) {
            let cp = u32::from_str_radix(hex, 16).ok()?;
            let known = tables::HEX_RUNS
                .iter()
                .any(|&(a, b, p)| p as usize == k && (a..=b).contains(&cp));
            return (known && char_name(cp).as_deref() == Some(name)).then_some(cp);
        }
    }
    name_db().by_name.get(&upper).copied()
}

fn name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let c = char_arg(&p[0], "name", " 1")?;
    match (char_name(c as u32), p.get(1)) {
        (Some(n), _) => Ok(Value::Obj(new_str(n))),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(exc!(value_error, "no such name")),
    }
}

/// The character called `name`, for `\N{name}` escapes.
pub fn char_named(name: &str) -> Option<char> {
    if name.len() > 256 {
        return None;
    }
    find_name(name).and_then(char::from_u32)
}

fn lookup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let query = as_str(v).ok_or_else(|| {
        exc!(
            type_error,
            "a bytes-like object is required, not '{}'",
            v.type_name()
        )
    })?;
    let key_error = |msg: String| PyErr::new(&crate::objects::types().exc.key_error, msg);
    if query.len() > 256 {
        return Err(key_error("name too long".into()));
    }
    let cp =
        find_name(query).ok_or_else(|| key_error(format!("undefined character name '{query}'")))?;
    let c = char::from_u32(cp).expect("a named code point is a char");
    Ok(Value::Obj(new_str(c.to_string())))
}

// ---------------------------------------------------------------------------------------
// Normalization

/// The form and string arguments of `normalize`/`is_normalized`, and `s` in that form.
fn normalized(args: &Args, fname: &str) -> PyResult<(String, String)> {
    let p = args.pos();
    let form = as_str(&p[0]).ok_or_else(|| {
        exc!(
            type_error,
            "{}() argument 1 must be str, not {}",
            fname,
            p[0].type_name()
        )
    })?;
    let s = as_str(&p[1]).ok_or_else(|| {
        exc!(
            type_error,
            "{}() argument 2 must be str, not {}",
            fname,
            p[1].type_name()
        )
    })?;
    let out: String = match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        "NFKD" => s.nfkd().collect(),
        _ => return Err(exc!(value_error, "invalid normalization form")),
    };
    Ok((s.to_string(), out))
}

fn normalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, out) = normalized(&args, "normalize")?;
    if s == out {
        // (CPython returns the argument itself when nothing changes)
        return Ok(args.pos()[1].clone());
    }
    Ok(Value::Obj(new_str(out)))
}

fn is_normalized(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, out) = normalized(&args, "is_normalized")?;
    Ok(Value::Bool(s == out))
}

const FUNCTIONS: &[MethodDef] = &[
    method!("bidirectional", bidirectional, One),
    method!("category", category, One),
    method!("combining", combining, One),
    method!("decimal", decimal, Unpack(1, 2)),
    method!("decomposition", decomposition, One),
    method!("digit", digit, Unpack(1, 2)),
    method!("east_asian_width", east_asian_width, One),
    method!("is_normalized", is_normalized, Unpack(2, 2)),
    method!("lookup", lookup, One),
    method!("mirrored", mirrored, One),
    method!("name", name, Unpack(1, 2)),
    method!("normalize", normalize, Unpack(2, 2)),
    method!("numeric", numeric, Unpack(1, 2)),
];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("unicodedata", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    d.set_str(
        intern("unidata_version"),
        Value::Obj(new_str(tables::UNIDATA_VERSION)),
    );
    Ok(module)
}
