//! The methods of `str` (`'a,b'.split(',')`, `s.upper()`, `s.format(...)`...), with
//! CPython's semantics and messages. Each receives `self` as `args[0]`.
//!
//! Families share one implementation: the `is*` predicates are a table over
//! [`unicode`](super::unicode) property masks, the case conversions one [`convert_case`],
//! `find`/`rfind`/`index`/`rindex`/`count` one [`search`], the `strip`s one [`strip`], the
//! paddings one [`pad`]. Positions are code points; ASCII strings index bytes directly.

use super::bind::{after_self, bind, opt_str};
use super::int::{as_int, to_isize, IntRef};
use super::str::{as_str, byte_offset, char_index, intern, new_str, StrObj};
use super::tuple::TupleObj;
use super::typeobj::MethodDef;
use super::unicode::{self as uc, Case};
use super::Value;
use crate::exc;
use crate::method;
use crate::vm::{Args, PyResult, Vm};

/// `self` of a str method.
fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a StrObj> {
    match args.pos().first() {
        Some(v) => v.downcast::<StrObj>().ok_or_else(|| {
            exc!(
                type_error,
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name,
                v.type_name()
            )
        }),
        None => Err(exc!(
            type_error,
            "unbound method str.{}() needs an argument",
            name
        )),
    }
}

fn str_value(s: impl Into<Box<str>>) -> Value {
    Value::Obj(new_str(s))
}

/// Returns `self` unchanged when it is an exact str, else a copy (as CPython does for
/// operations that change nothing).
fn same_or_new(args: &Args, s: &StrObj) -> Value {
    match args.pos().first() {
        Some(v @ Value::Obj(o)) if o.class().ptr_eq(&super::types().str) => v.clone(),
        _ => str_value(s.as_str()),
    }
}

/// A required str argument: TypeError "must be str, not int".
fn str_arg(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| exc!(type_error, "must be str, not {}", v.type_name()))
}

/// Positional-only argument count check with the method's name.
fn count(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    args.no_kwargs(name)?;
    let rest = after_self(args);
    rest.check_count(name, min, max)
}

/// The older `PyArg_ParseTuple` wording the search methods use:
/// `find() takes at least 1 argument (0 given)`.
fn count_old(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    args.no_kwargs(name)?;
    let n = args.pos().len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    if n < min {
        return Err(exc!(
            type_error,
            "{}() takes at least {} {} ({} given)",
            name,
            min,
            plural(min),
            n
        ));
    }
    if n > max {
        return Err(exc!(
            type_error,
            "{}() takes at most {} {} ({} given)",
            name,
            max,
            plural(max),
            n
        ));
    }
    Ok(())
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(&format!("str.{name}"))?;
    let n = args.pos().len().saturating_sub(1);
    if n > 0 {
        return Err(exc!(
            type_error,
            "str.{}() takes no arguments ({} given)",
            name,
            n
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Predicates

/// `str.isX()`: `mask` must hold for every character (`any_of`: one of the bits suffices).
fn predicate(args: Args, name: &str, mask: u16, empty: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    no_args(&args, name)?;
    let t = s.as_str();
    if t.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(t.chars().all(|c| uc::props(c) & mask != 0)))
}

macro_rules! predicates {
    ($($fname:ident = $name:literal, $mask:expr, $empty:expr;)*) => {
        $(fn $fname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            predicate(args, $name, $mask, $empty)
        })*
    };
}

predicates! {
    str_isalpha = "isalpha", uc::ALPHA, false;
    str_isdecimal = "isdecimal", uc::DECIMAL, false;
    str_isdigit = "isdigit", uc::DIGIT, false;
    str_isnumeric = "isnumeric", uc::NUMERIC, false;
    str_isalnum = "isalnum", uc::ALPHA | uc::DECIMAL | uc::DIGIT | uc::NUMERIC, false;
    str_isspace = "isspace", uc::SPACE, false;
    str_isprintable = "isprintable", uc::PRINTABLE, true;
}

fn str_isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "isascii")?;
    no_args(&args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

/// `isupper` / `islower`: no character of the opposite case (or title case) and at least
/// one cased character.
fn cased_predicate(args: Args, name: &str, want: u16, other: u16) -> PyResult<Value> {
    let s = this(&args, name)?;
    no_args(&args, name)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        let p = uc::props(c);
        if p & (other | uc::TITLE) != 0 {
            return Ok(Value::Bool(false));
        }
        cased |= p & want != 0;
    }
    Ok(Value::Bool(cased))
}

fn str_isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased_predicate(args, "isupper", uc::UPPER, uc::LOWER)
}

fn str_islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased_predicate(args, "islower", uc::LOWER, uc::UPPER)
}

fn str_istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "istitle")?;
    no_args(&args, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.as_str().chars() {
        let p = uc::props(c);
        if p & (uc::UPPER | uc::TITLE) != 0 {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if p & uc::LOWER != 0 {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// Whether `s` is a valid identifier (XID_Start or `_`, then XID_Continue).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || uc::has(c, uc::XID_START) => {}
        _ => return false,
    }
    it.all(|c| uc::has(c, uc::XID_CONTINUE))
}

fn str_isidentifier(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "isidentifier")?;
    no_args(&args, "isidentifier")?;
    Ok(Value::Bool(is_identifier(s.as_str())))
}

// ---------------------------------------------------------------------------------------
// Case conversion

/// Which conversion `convert_case` performs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CaseOp {
    Upper,
    Lower,
    Casefold,
    Swap,
    Title,
    Capitalize,
}

/// Whether the capital sigma at char index `i` ends a word (CPython's `handle_capital_sigma`):
/// preceded by a cased letter and not followed by one, skipping case-ignorable characters.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let cased = |c: char| uc::has(c, uc::CASED);
    let ignorable = |c: char| uc::has(c, uc::CASE_IGNORABLE);
    let before = chars[..i].iter().rev().find(|&&c| !ignorable(c));
    let after = chars[i + 1..].iter().find(|&&c| !ignorable(c));
    before.is_some_and(|&c| cased(c)) && !after.is_some_and(|&c| cased(c))
}

/// Lower-cases `chars[i]` into `out`, with the final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        uc::push_case(out, chars[i], Case::Lower);
    }
}

fn convert_case(s: &str, op: CaseOp) -> String {
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, b) in s.bytes().enumerate() {
            let c = b as char;
            out.push(match op {
                CaseOp::Upper => c.to_ascii_uppercase(),
                CaseOp::Lower | CaseOp::Casefold => c.to_ascii_lowercase(),
                CaseOp::Swap if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                CaseOp::Swap => c.to_ascii_uppercase(),
                CaseOp::Capitalize if i == 0 => c.to_ascii_uppercase(),
                CaseOp::Capitalize => c.to_ascii_lowercase(),
                CaseOp::Title if prev_cased => c.to_ascii_lowercase(),
                CaseOp::Title => c.to_ascii_uppercase(),
            });
            prev_cased = c.is_ascii_alphabetic();
        }
        return out;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        match op {
            CaseOp::Upper => uc::push_case(&mut out, c, Case::Upper),
            CaseOp::Lower => push_lower(&mut out, &chars, i),
            CaseOp::Casefold => uc::push_case(&mut out, c, Case::Fold),
            CaseOp::Swap => {
                let p = uc::props(c);
                if p & uc::UPPER != 0 {
                    push_lower(&mut out, &chars, i);
                } else if p & uc::LOWER != 0 {
                    uc::push_case(&mut out, c, Case::Upper);
                } else {
                    out.push(c);
                }
            }
            CaseOp::Capitalize => {
                if i == 0 {
                    uc::push_case(&mut out, c, Case::Title);
                } else {
                    push_lower(&mut out, &chars, i);
                }
            }
            CaseOp::Title => {
                if prev_cased {
                    push_lower(&mut out, &chars, i);
                } else {
                    uc::push_case(&mut out, c, Case::Title);
                }
                prev_cased = uc::has(c, uc::CASED);
            }
        }
    }
    out
}

macro_rules! case_methods {
    ($($fname:ident = $name:literal, $op:expr;)*) => {
        $(fn $fname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = this(&args, $name)?;
            no_args(&args, $name)?;
            Ok(str_value(convert_case(s.as_str(), $op)))
        })*
    };
}

case_methods! {
    str_upper = "upper", CaseOp::Upper;
    str_lower = "lower", CaseOp::Lower;
    str_casefold = "casefold", CaseOp::Casefold;
    str_swapcase = "swapcase", CaseOp::Swap;
    str_title = "title", CaseOp::Title;
    str_capitalize = "capitalize", CaseOp::Capitalize;
}

// ---------------------------------------------------------------------------------------
// Searching

/// A `start`/`end` argument: None or an int (saturated), as slice bounds.
fn slice_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            None => Err(exc!(
                type_error,
                "slice indices must be integers or None or have an __index__ method"
            )),
        },
    }
}

/// Normalises `start`/`end` against `len` code points as slices do; `None` when start > len
/// (nothing can match, not even the empty string).
fn search_range(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let len_i = len as i64;
    let norm = |v: i64| -> i64 {
        if v < 0 {
            (v.saturating_add(len_i)).max(0)
        } else {
            v
        }
    };
    let s = start.map_or(0, norm);
    let e = end.map_or(len_i, norm).min(len_i);
    if s > len_i {
        return None;
    }
    Some((s as usize, e.max(s) as usize))
}

/// The searched region of `s` as a str slice, and its char offset.
fn region(s: &StrObj, a: usize, b: usize) -> (&str, usize) {
    let (ba, bb) = (byte_offset(s, a), byte_offset(s, b));
    (&s.as_str()[ba..bb], ba)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn search(args: Args, name: &str, kind: Search) -> PyResult<Value> {
    let s = this(&args, name)?;
    count_old(&args, name, 1, 3)?;
    let pos = &args.pos()[1..];
    let sub = str_arg(&pos[0])?;
    let (start, end) = (slice_bound(pos.get(1))?, slice_bound(pos.get(2))?);
    let found = match search_range(s.char_len(), start, end) {
        None => None,
        Some((a, b)) => {
            let (hay, base) = region(s, a, b);
            if b - a < sub.chars().count() {
                None
            } else {
                match kind {
                    Search::Count => {
                        let n = if sub.is_empty() {
                            b - a + 1
                        } else {
                            hay.matches(sub).count()
                        };
                        return Ok(Value::Int(n as i64));
                    }
                    Search::Find | Search::Index => hay.find(sub),
                    Search::RFind | Search::RIndex => hay.rfind(sub),
                }
                .map(|off| char_index(s, base + off) as i64)
            }
        }
    };
    match (found, kind) {
        (Some(i), _) => Ok(Value::Int(i)),
        (None, Search::Count) => Ok(Value::Int(0)),
        (None, Search::Index | Search::RIndex) => Err(exc!(value_error, "substring not found")),
        (None, _) => Ok(Value::Int(-1)),
    }
}

macro_rules! search_methods {
    ($($fname:ident = $name:literal, $kind:expr;)*) => {
        $(fn $fname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            search(args, $name, $kind)
        })*
    };
}

search_methods! {
    str_find = "find", Search::Find;
    str_rfind = "rfind", Search::RFind;
    str_index = "index", Search::Index;
    str_rindex = "rindex", Search::RIndex;
    str_count = "count", Search::Count;
}

/// `startswith` / `endswith`.
fn affix(args: Args, name: &str, end: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    count_old(&args, name, 1, 3)?;
    let pos = &args.pos()[1..];
    let (start, stop) = (slice_bound(pos.get(1))?, slice_bound(pos.get(2))?);
    let range = search_range(s.char_len(), start, stop);
    let check = |p: &str| -> bool {
        match range {
            None => false,
            Some((a, b)) => {
                let (hay, _) = region(s, a, b);
                if end {
                    hay.ends_with(p)
                } else {
                    hay.starts_with(p)
                }
            }
        }
    };
    if let Some(t) = pos[0].downcast::<TupleObj>() {
        for item in t.items.iter() {
            let p = as_str(item).ok_or_else(|| {
                exc!(
                    type_error,
                    "tuple for {} must only contain str, not {}",
                    name,
                    item.type_name()
                )
            })?;
            if check(p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let p = as_str(&pos[0]).ok_or_else(|| {
        exc!(
            type_error,
            "{} first arg must be str or a tuple of str, not {}",
            name,
            pos[0].type_name()
        )
    })?;
    Ok(Value::Bool(check(p)))
}

fn str_startswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "startswith", false)
}

fn str_endswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "endswith", true)
}

// ---------------------------------------------------------------------------------------
// Splitting and joining

fn list_of(items: Vec<Value>) -> Value {
    Value::Obj(super::list::ListObj::new_ref(items))
}

/// `split` / `rsplit`.
fn split_impl(args: Args, name: &str, right: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    let rest = after_self(&args);
    let [sep, maxsplit] = bind(&rest, name, ["sep", "maxsplit"], 0)?;
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => to_isize(v)?,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let text = s.as_str();
    let mut parts: Vec<&str> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            // Runs of whitespace separate; leading/trailing whitespace is dropped.
            let is_ws = |c: char| uc::is_space(c);
            if right {
                let mut rest = text.trim_end_matches(is_ws);
                while !rest.is_empty() {
                    if parts.len() == limit {
                        parts.push(rest);
                        break;
                    }
                    match rest.rfind(is_ws) {
                        Some(i) => {
                            let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                            parts.push(&rest[i + w..]);
                            rest = rest[..i].trim_end_matches(is_ws);
                        }
                        None => {
                            parts.push(rest);
                            break;
                        }
                    }
                }
                parts.reverse();
            } else {
                let mut rest = text.trim_start_matches(is_ws);
                while !rest.is_empty() {
                    if parts.len() == limit {
                        parts.push(rest);
                        break;
                    }
                    match rest.find(is_ws) {
                        Some(i) => {
                            parts.push(&rest[..i]);
                            rest = rest[i..].trim_start_matches(is_ws);
                        }
                        None => {
                            parts.push(rest);
                            break;
                        }
                    }
                }
            }
        }
        Some(v) => {
            let sep = as_str(v)
                .ok_or_else(|| exc!(type_error, "must be str or None, not {}", v.type_name()))?;
            if sep.is_empty() {
                return Err(exc!(value_error, "empty separator"));
            }
            if right {
                let mut it = text
                    .rsplitn(limit.saturating_add(1), sep)
                    .collect::<Vec<_>>();
                it.reverse();
                parts = it;
            } else {
                parts = text.splitn(limit.saturating_add(1), sep).collect();
            }
        }
    }
    Ok(list_of(parts.into_iter().map(str_value).collect()))
}

fn str_split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(args, "split", false)
}

fn str_rsplit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(args, "rsplit", true)
}

/// Whether `c` ends a line for `splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "splitlines")?;
    let rest = after_self(&args);
    let [keepends] = bind(&rest, "splitlines", ["keepends"], 0)?;
    let keep = match keepends {
        None => false,
        Some(v) => as_int(v).is_some_and(|i| !i.is_zero()),
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(str_value(if keep {
            &text[start..end]
        } else {
            &text[start..i]
        }));
        start = end;
    }
    if start < text.len() {
        out.push(str_value(&text[start..]));
    }
    Ok(list_of(out))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "join")?;
    count(&args, "join", 1, 1)?;
    let iterable = &args.pos()[1];
    let items = match iterable.downcast::<super::list::ListObj>() {
        Some(l) => l.items.borrow().clone(),
        None => match iterable.downcast::<TupleObj>() {
            Some(t) => t.items.to_vec(),
            None => vm.collect(iterable).map_err(|e| {
                if e.matches(&super::types().exc.type_error)
                    && crate::vm::protocol::slots(iterable).iter.is_none()
                {
                    exc!(type_error, "can only join an iterable")
                } else {
                    e
                }
            })?,
        },
    };
    let sep = s.as_str();
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        match as_str(it) {
            Some(t) => total = total.saturating_add(t.len()),
            None => {
                return Err(exc!(
                    type_error,
                    "sequence item {}: expected str instance, {} found",
                    i,
                    it.type_name()
                ))
            }
        }
    }
    if items.len() == 1 {
        if let Value::Obj(o) = &items[0] {
            if o.class().ptr_eq(&super::types().str) {
                return Ok(items[0].clone());
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(it).unwrap_or(""));
    }
    Ok(str_value(out))
}

/// `partition` / `rpartition`.
fn partition(args: Args, name: &str, right: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    count(&args, name, 1, 1)?;
    let sep = str_arg(&args.pos()[1])?;
    if sep.is_empty() {
        return Err(exc!(value_error, "empty separator"));
    }
    let text = s.as_str();
    let found = if right {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match found {
        Some(i) => [
            str_value(&text[..i]),
            str_value(sep),
            str_value(&text[i + sep.len()..]),
        ],
        None if right => [
            Value::Obj(intern("")),
            Value::Obj(intern("")),
            same_or_new(&args, s),
        ],
        None => [
            same_or_new(&args, s),
            Value::Obj(intern("")),
            Value::Obj(intern("")),
        ],
    };
    Ok(Value::Obj(TupleObj::new_ref(parts.to_vec())))
}

fn str_partition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(args, "partition", false)
}

fn str_rpartition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(args, "rpartition", true)
}

// ---------------------------------------------------------------------------------------
// Stripping, padding, replacing

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip(args: Args, name: &str, side: Side) -> PyResult<Value> {
    let s = this(&args, name)?;
    count(&args, name, 0, 1)?;
    let text = s.as_str();
    let out = match args.pos().get(1) {
        None | Some(Value::None) => {
            let f = |c: char| uc::is_space(c);
            match side {
                Side::Left => text.trim_start_matches(f),
                Side::Right => text.trim_end_matches(f),
                Side::Both => text.trim_matches(f),
            }
        }
        Some(v) => {
            let chars =
                as_str(v).ok_or_else(|| exc!(type_error, "{} arg must be None or str", name))?;
            let f = |c: char| chars.contains(c);
            match side {
                Side::Left => text.trim_start_matches(f),
                Side::Right => text.trim_end_matches(f),
                Side::Both => text.trim_matches(f),
            }
        }
    };
    if out.len() == text.len() {
        return Ok(same_or_new(&args, s));
    }
    Ok(str_value(out))
}

fn str_strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(args, "strip", Side::Both)
}

fn str_lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(args, "lstrip", Side::Left)
}

fn str_rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(args, "rstrip", Side::Right)
}

/// `center` / `ljust` / `rjust`.
fn pad(args: Args, name: &str, side: Side) -> PyResult<Value> {
    let s = this(&args, name)?;
    count(&args, name, 1, 2)?;
    let width = to_isize(&args.pos()[1])?;
    let fill = match args.pos().get(2) {
        None => ' ',
        Some(v) => {
            let f = as_str(v).ok_or_else(|| {
                exc!(
                    type_error,
                    "The fill character must be a unicode character, not {}",
                    v.type_name()
                )
            })?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(exc!(
                        type_error,
                        "The fill character must be exactly one character long"
                    ))
                }
            }
        }
    };
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_new(&args, s));
    }
    let marg = (width - len) as usize;
    super::str::repeat_checked(fill.len_utf8(), marg as i64)?;
    let (left, right) = match side {
        Side::Left => (0, marg),
        Side::Right => (marg, 0),
        // CPython: left = marg / 2 + (marg & width & 1).
        Side::Both => {
            let l = marg / 2 + (marg & width as usize & 1);
            (l, marg - l)
        }
    };
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(str_value(out))
}

fn str_center(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(args, "center", Side::Both)
}

fn str_ljust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(args, "ljust", Side::Left)
}

fn str_rjust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(args, "rjust", Side::Right)
}

fn str_zfill(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "zfill")?;
    args.no_kwargs("str.zfill")?;
    if args.pos().len() != 2 {
        return Err(exc!(
            type_error,
            "str.zfill() takes exactly one argument ({} given)",
            args.pos().len().saturating_sub(1)
        ));
    }
    let width = to_isize(&args.pos()[1])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_new(&args, s));
    }
    let fill = (width - len) as usize;
    super::str::repeat_checked(1, fill as i64)?;
    let text = s.as_str();
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    Ok(str_value(format!("{sign}{}{rest}", "0".repeat(fill))))
}

fn str_replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "replace")?;
    count(&args, "replace", 2, 3)?;
    let pos = &args.pos()[1..];
    let arg = |i: usize| -> PyResult<&str> {
        as_str(&pos[i]).ok_or_else(|| {
            exc!(
                type_error,
                "replace() argument {} must be str, not {}",
                i + 1,
                pos[i].type_name()
            )
        })
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let n = match pos.get(2) {
        None => -1,
        Some(v) => to_isize(v)?,
    };
    let limit = if n < 0 { usize::MAX } else { n as usize };
    let text = s.as_str();
    if limit == 0 || (!old.is_empty() && !text.contains(old)) {
        return Ok(same_or_new(&args, s));
    }
    let mut out = String::new();
    if old.is_empty() {
        // Insert `new` before every character and at the end, up to `limit` times.
        let mut k = 0;
        for c in text.chars() {
            if k < limit {
                out.push_str(new);
                k += 1;
            }
            out.push(c);
            if out.len() > super::str::MAX_STR_BYTES {
                return Err(exc!(overflow_error, "replace string is too long"));
            }
        }
        if k < limit {
            out.push_str(new);
        }
        return Ok(str_value(out));
    }
    let matches = text.matches(old).count().min(limit);
    let size = (text.len() as u128) + (matches as u128) * (new.len() as u128);
    if size > super::str::MAX_STR_BYTES as u128 {
        return Err(exc!(overflow_error, "replace string is too long"));
    }
    Ok(str_value(text.replacen(old, new, limit)))
}

fn str_expandtabs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "expandtabs")?;
    let rest = after_self(&args);
    let [tabsize] = bind(&rest, "expandtabs", ["tabsize"], 0)?;
    let tab = match tabsize {
        None => 8,
        Some(v) => to_isize(v)?,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: usize = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    if out.len().saturating_add(n) > super::str::MAX_STR_BYTES {
                        return Err(exc!(overflow_error, "new string is too long"));
                    }
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(str_value(out))
}

/// `removeprefix` / `removesuffix`.
fn remove_affix(args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    count(&args, name, 1, 1)?;
    let a = as_str(&args.pos()[1]).ok_or_else(|| {
        exc!(
            type_error,
            "{}() argument must be str, not {}",
            name,
            args.pos()[1].type_name()
        )
    })?;
    let text = s.as_str();
    let out = if suffix {
        text.strip_suffix(a)
    } else {
        text.strip_prefix(a)
    };
    match out {
        Some(o) if !a.is_empty() => Ok(str_value(o)),
        _ => Ok(same_or_new(&args, s)),
    }
}

fn str_removeprefix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(args, "removeprefix", false)
}

fn str_removesuffix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(args, "removesuffix", true)
}

// ---------------------------------------------------------------------------------------
// Encoding, formatting, translation

fn str_encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "encode")?;
    let rest = after_self(&args);
    let [enc, err] = bind(&rest, "encode", ["encoding", "errors"], 0)?;
    let enc = opt_str(enc, "encode", "encoding")?.unwrap_or("utf-8");
    let err = opt_str(err, "encode", "errors")?.unwrap_or("strict");
    Ok(super::bytes::bytes_value(super::bytes::encode(
        s.as_str(),
        enc,
        err,
    )?))
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "format")?;
    let text = s.as_str().to_string();
    let rest = after_self(&args);
    Ok(str_value(super::format::format_template(vm, &text, rest)?))
}

fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__format__")?;
    count(&args, "__format__", 1, 1)?;
    let spec = as_str(&args.pos()[1]).ok_or_else(|| {
        exc!(
            type_error,
            "__format__() argument must be str, not {}",
            args.pos()[1].type_name()
        )
    })?;
    super::format::format_value(vm, &args.pos()[0], spec).map(Value::Obj)
}

fn d_set(vm: &mut Vm, d: &super::core::PyRef, k: Value, v: Value) -> PyResult<()> {
    match d.downcast::<super::dict::DictObj>() {
        Some(d) => d.set_item(vm, k, v),
        None => Ok(()),
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Reached unbound (`str.maketrans(...)`) or bound to a str instance: with 1-3 args
    // after an optional leading str whose role is ambiguous, prefer the unbound reading.
    let pos = args.pos();
    let pos = if pos.len() == 4 { &pos[1..] } else { pos };
    let d = super::dict::DictObj::new_ref();
    let dv = Value::Obj(d.clone());
    match pos {
        [x] => {
            let Some(src) = x.downcast::<super::dict::DictObj>() else {
                return Err(exc!(
                    type_error,
                    "if you give only one argument to maketrans it must be a dict"
                ));
            };
            for (k, v) in src.items() {
                let key = if let Some(t) = as_str(&k) {
                    let mut it = t.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(exc!(
                                value_error,
                                "string keys in translate table must be of length 1"
                            ))
                        }
                    }
                } else if as_int(&k).is_some() {
                    k.clone()
                } else {
                    return Err(exc!(
                        type_error,
                        "keys in translate table must be strings or integers"
                    ));
                };
                d_set(vm, &d, key, v)?;
            }
        }
        [x, y] | [x, y, _] => {
            let (xs, ys) = (str_arg(x)?, str_arg(y)?);
            if xs.chars().count() != ys.chars().count() {
                return Err(exc!(
                    value_error,
                    "the first two maketrans arguments must have equal length"
                ));
            }
            for (a, b) in xs.chars().zip(ys.chars()) {
                d_set(vm, &d, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let [_, _, z] = pos {
                for c in str_arg(z)?.chars() {
                    d_set(vm, &d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => {
            return Err(exc!(
                type_error,
                "maketrans() takes at most 3 arguments ({} given)",
                pos.len()
            ))
        }
    }
    Ok(dv)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "translate")?;
    count(&args, "translate", 1, 1)?;
    let table = args.pos()[1].clone();
    let text = s.as_str().to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match super::str_printf::lookup(vm, &table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(v) => {
                if let Some(t) = as_str(&v) {
                    out.push_str(t);
                } else if let Some(i) = as_int(&v) {
                    let ch = i
                        .to_i64()
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            exc!(value_error, "character mapping must be in range(0x110000)")
                        })?;
                    out.push(ch);
                } else {
                    return Err(exc!(
                        type_error,
                        "character mapping must return integer, None or str"
                    ));
                }
            }
            Err(e) if e.matches(&super::types().exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(str_value(out))
}

fn str_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__getnewargs__")?;
    Ok(Value::Obj(TupleObj::new_ref(vec![str_value(s.as_str())])))
}

/// The `str` type's method table.
pub const METHODS: &[MethodDef] = &[
    method!("isalpha", str_isalpha),
    method!("isdecimal", str_isdecimal),
    method!("isdigit", str_isdigit),
    method!("isnumeric", str_isnumeric),
    method!("isalnum", str_isalnum),
    method!("isspace", str_isspace),
    method!("isprintable", str_isprintable),
    method!("isascii", str_isascii),
    method!("isupper", str_isupper),
    method!("islower", str_islower),
    method!("istitle", str_istitle),
    method!("isidentifier", str_isidentifier),
    method!("upper", str_upper),
    method!("lower", str_lower),
    method!("casefold", str_casefold),
    method!("swapcase", str_swapcase),
    method!("title", str_title),
    method!("capitalize", str_capitalize),
    method!("find", str_find),
    method!("rfind", str_rfind),
    method!("index", str_index),
    method!("rindex", str_rindex),
    method!("count", str_count),
    method!("startswith", str_startswith),
    method!("endswith", str_endswith),
    method!("split", str_split),
    method!("rsplit", str_rsplit),
    method!("splitlines", str_splitlines),
    method!("join", str_join),
    method!("partition", str_partition),
    method!("rpartition", str_rpartition),
    method!("strip", str_strip),
    method!("lstrip", str_lstrip),
    method!("rstrip", str_rstrip),
    method!("center", str_center),
    method!("ljust", str_ljust),
    method!("rjust", str_rjust),
    method!("zfill", str_zfill),
    method!("replace", str_replace),
    method!("expandtabs", str_expandtabs),
    method!("removeprefix", str_removeprefix),
    method!("removesuffix", str_removesuffix),
    method!("encode", str_encode),
    method!("format", str_format),
    method!("__format__", str_dunder_format),
    method!("maketrans", str_maketrans),
    method!("translate", str_translate),
    method!("__getnewargs__", str_getnewargs),
];
