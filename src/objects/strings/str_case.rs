//! The `is*` predicates and case conversions of `str` (`isalpha`, `istitle`, `upper`,
//! `title`, `casefold`...), as CPython 3.11 defines them: predicates test
//! [`unicode`](crate::objects::strings::unicode) property masks, conversions use the full case mappings
//! (`'ß'.upper() == 'SS'`) and the final-sigma rule of `lower`.

use crate::objects::strings::str::StrObj;
use crate::objects::strings::str_methods::str_value;
use crate::objects::strings::unicode::{self as uc, Case};
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

// ---------------------------------------------------------------------------------------
// Predicates

/// `str.isX()`: every character has one of the property bits in `mask`; `empty` is the
/// answer for the empty string.
pub(super) fn predicate(args: Args, mask: u16, empty: bool) -> PyResult<Value> {
    let s = args.receiver_as::<StrObj>();
    let t = s.as_str();
    if t.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(t.chars().all(|c| uc::props(c) & mask != 0)))
}

pub(super) fn str_isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver_as::<StrObj>();
    Ok(Value::Bool(s.is_ascii()))
}

/// `isupper` / `islower`: no character of the opposite case (or title case) and at least
/// one cased character.
pub(super) fn cased_predicate(args: Args, want: u16, other: u16) -> PyResult<Value> {
    let s = args.receiver_as::<StrObj>();
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

pub(super) fn str_istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver_as::<StrObj>();
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

pub(super) fn str_isidentifier(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.receiver_as::<StrObj>();
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
        return convert_ascii(s, op);
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

/// `convert_case` of an ASCII text: byte-wise, the result ASCII and of the same length.
fn convert_ascii(s: &str, op: CaseOp) -> String {
    match op {
        CaseOp::Upper => s.to_ascii_uppercase(),
        CaseOp::Lower | CaseOp::Casefold => s.to_ascii_lowercase(),
        CaseOp::Capitalize => {
            let mut out = s.to_ascii_lowercase();
            if let Some(first) = out.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            out
        }
        CaseOp::Swap | CaseOp::Title => {
            let mut prev_cased = false;
            let bytes = s
                .bytes()
                .map(|b| {
                    let upper = match op {
                        CaseOp::Swap => b.is_ascii_lowercase(),
                        _ => !prev_cased,
                    };
                    prev_cased = b.is_ascii_alphabetic();
                    if upper {
                        b.to_ascii_uppercase()
                    } else {
                        b.to_ascii_lowercase()
                    }
                })
                .collect();
            String::from_utf8(bytes).expect("ASCII stays ASCII")
        }
    }
}

macro_rules! case_methods {
    ($($fname:ident = $op:expr;)*) => {
        $(pub(super) fn $fname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            let s = args.receiver_as::<StrObj>();
            let out = convert_case(s.as_str(), $op);
            if s.is_ascii() {
                let n = out.len();
                return Ok(Value::Obj(crate::objects::strings::str::new_str_counted(out, n)));
            }
            Ok(str_value(out))
        })*
    };
}

case_methods! {
    str_upper = CaseOp::Upper;
    str_lower = CaseOp::Lower;
    str_casefold = CaseOp::Casefold;
    str_swapcase = CaseOp::Swap;
    str_title = CaseOp::Title;
    str_capitalize = CaseOp::Capitalize;
}
