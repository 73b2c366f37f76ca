//! Helpers of the pattern parser: inline flag letters and the flag checks, the simple
//! escapes and categories, sre's folding of `a|b|c` into a set, and the width of a subpattern
//! (for look-behind, which must be fixed-width).

use super::chars::{self, Cat, Member};
use super::parser::{ch, Node, ParseError, MAXREPEAT};

/// The flag an inline letter stands for.
pub fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => chars::IGNORECASE,
        'L' => chars::LOCALE,
        'm' => chars::MULTILINE,
        's' => chars::DOTALL,
        'x' => chars::VERBOSE,
        'a' => chars::ASCII,
        't' => chars::TEMPLATE,
        'u' => chars::UNICODE,
        _ => return None,
    })
}

/// `\a \f \n \r \t \v \\`.
pub fn simple_escape(e: u32) -> Option<u32> {
    Some(match ch(e) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

pub fn category(e: u32) -> Option<Cat> {
    Some(match ch(e) {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

/// `a|b|c` as a set when every branch is one literal or one positive set (sre's folding).
pub fn alt_to_set(items: Vec<Node>) -> Node {
    let mut members = Vec::new();
    for it in &items {
        match it {
            Node::Lit(c) => members.push(Member::Lit(*c)),
            Node::Set {
                members: m,
                negate: false,
            } => members.extend(m.iter().cloned()),
            _ => return Node::Alt(items),
        }
    }
    let mut uniq: Vec<Member> = Vec::new();
    for m in members {
        if !uniq.contains(&m) {
            uniq.push(m);
        }
    }
    Node::Set {
        members: uniq,
        negate: false,
    }
}

/// The (min, max) width of what `n` matches (`u64::MAX` for unbounded).
pub fn width(n: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    const INF: u64 = u64::MAX;
    let add = |a: u64, b: u64| a.saturating_add(b);
    match n {
        Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Set { .. } => (1, 1),
        Node::At(_) | Node::Assert { .. } => (0, 0),
        Node::Group { body, .. } | Node::Atomic(body) => width(body, groups),
        Node::Concat(items) => items.iter().fold((0, 0), |(lo, hi), it| {
            let (a, b) = width(it, groups);
            (add(lo, a), add(hi, b))
        }),
        Node::Alt(items) => {
            let mut lo = INF;
            let mut hi = 0;
            for it in items {
                let (a, b) = width(it, groups);
                lo = lo.min(a);
                hi = hi.max(b);
            }
            (lo, hi)
        }
        Node::Repeat { min, max, body, .. } => {
            let (a, b) = width(body, groups);
            let hi = if *max == MAXREPEAT && b > 0 {
                INF
            } else {
                b.saturating_mul(*max as u64)
            };
            (a.saturating_mul(*min as u64), hi)
        }
        Node::GroupRef(g) => groups.get(*g).copied().flatten().unwrap_or((0, INF)),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes, groups);
            let (c, d) = match no {
                Some(no) => width(no, groups),
                None => (0, 0),
            };
            (a.min(c), b.max(d))
        }
    }
}

/// Checks the flags against the pattern's type and adds UNICODE to a str pattern's.
pub fn fix_flags(is_text: bool, mut flags: u32) -> Result<u32, ParseError> {
    let v = |m: &str| Err(ParseError::Value(m.into()));
    if is_text {
        if flags & chars::LOCALE != 0 {
            return v("cannot use LOCALE flag with a str pattern");
        }
        if flags & chars::ASCII == 0 {
            flags |= chars::UNICODE;
        } else if flags & chars::UNICODE != 0 {
            return v("ASCII and UNICODE flags are incompatible");
        }
    } else {
        if flags & chars::UNICODE != 0 {
            return v("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & chars::LOCALE != 0 && flags & chars::ASCII != 0 {
            return v("ASCII and LOCALE flags are incompatible");
        }
    }
    Ok(flags)
}

/// Python's `repr` of a str (for group names in messages).
pub fn py_repr(s: &str) -> String {
    crate::objects::strings::str::repr_str(s)
}

/// Whether `s` is a Python identifier.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    it.all(unicode_ident::is_xid_continue)
}
