//! The pattern parser: pattern text (a str's code points, or a bytes pattern's bytes read as
//! Latin-1) to a syntax tree, with `sre_parse`'s grammar, messages and error positions.
//!
//! Like CPython it folds a few shapes as it goes (`a|b|c` becomes the set `[abc]`, a
//! single-member set becomes a literal), which changes no match but makes the common
//! patterns cheap.

use super::chars::{self, Member};
use super::syntax::{
    alt_to_set, category, fix_flags, flag_of, is_identifier, py_repr, simple_escape, width,
};

/// The largest repeat count (`MAXREPEAT`), standing for "unbounded" as a maximum.
pub const MAXREPEAT: u32 = u32::MAX;
const MAXGROUPS: usize = i32::MAX as usize / 2;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Lit(u32),
    NotLit(u32),
    Any,
    Set {
        members: Vec<Member>,
        negate: bool,
    },
    At(At),
    /// A group: capturing (`Some(index)`) or not, with scoped flags turned on and off.
    Group {
        index: Option<usize>,
        add: u32,
        del: u32,
        body: Box<Node>,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        body: Box<Node>,
    },
    GroupRef(usize),
    Assert {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Option<Box<Node>>,
    },
}

/// What the parser can fail with: `re.error(msg, pattern, pos)` or a plain Python exception.
#[derive(Debug)]
pub enum ParseError {
    Re { msg: String, pos: Option<usize> },
    Overflow(String),
    Value(String),
}

type PResult<T> = Result<T, ParseError>;

/// The parsed pattern.
pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    /// Group count including group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// The width range of each group (for look-behind and back references).
    pub widths: Vec<Option<(u64, u64)>>,
}

struct Parser<'a> {
    src: &'a [u32],
    is_text: bool,
    i: usize,
    flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// Groups named by number in conditionals, with where (checked at the end).
    cond_refs: Vec<(usize, usize)>,
}

const SPECIAL: &str = ".\\[{()*+?^$|";

fn is_digit(c: Option<u32>) -> bool {
    matches!(c, Some(c) if (b'0' as u32..=b'9' as u32).contains(&c))
}
fn is_oct(c: Option<u32>) -> bool {
    matches!(c, Some(c) if (b'0' as u32..=b'7' as u32).contains(&c))
}
fn is_hex(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_hexdigit()
}
pub fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}
fn text(s: &[u32]) -> String {
    s.iter().map(|&c| ch(c)).collect()
}

impl<'a> Parser<'a> {
    fn err<T>(&self, msg: impl Into<String>, back: usize) -> PResult<T> {
        let mut msg: String = msg.into();
        if !self.is_text {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect();
        }
        Err(ParseError::Re {
            msg,
            pos: Some(self.i - back),
        })
    }

    /// The next token's first character (`\\` for an escape).
    fn peek(&self) -> Option<u32> {
        self.src.get(self.i).copied()
    }

    /// The next token: one character, or a backslash and the character after it.
    fn next_tok(&mut self) -> PResult<Option<(u32, Option<u32>)>> {
        let Some(c) = self.peek() else {
            return Ok(None);
        };
        if c == '\\' as u32 {
            let Some(&e) = self.src.get(self.i + 1) else {
                return Err(ParseError::Re {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.src.len() - 1),
                });
            };
            self.i += 2;
            return Ok(Some((c, Some(e))));
        }
        self.i += 1;
        Ok(Some((c, None)))
    }

    fn tok_len(t: (u32, Option<u32>)) -> usize {
        if t.1.is_some() {
            2
        } else {
            1
        }
    }

    fn tok_text(t: (u32, Option<u32>)) -> String {
        match t.1 {
            Some(e) => format!("\\{}", ch(e)),
            None => ch(t.0).to_string(),
        }
    }

    /// Consumes the next token if it is the plain character `c`.
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) && c != '\\' {
            self.i += 1;
            return true;
        }
        false
    }

    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn check_group(&self, g: usize) -> bool {
        g < self.groups() && self.widths[g].is_some()
    }

    fn check_lookbehind_group(&self, g: usize, back: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return self.err("cannot refer to an open group", back);
            }
            if g >= lb {
                return self.err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    back,
                );
            }
        }
        Ok(())
    }

    /// Characters up to `term` (consumed), for names.
    fn get_until(&mut self, term: char, what: &str) -> PResult<String> {
        let start = self.i;
        loop {
            let t = self.next_tok()?;
            match t {
                None => {
                    if self.i == start {
                        return self.err(format!("missing {what}"), 0);
                    }
                    let n = self.i - start;
                    return self.err(format!("missing {term}, unterminated name"), n);
                }
                Some((c, None)) if c == term as u32 => {
                    if self.i - 1 == start {
                        return self.err(format!("missing {what}"), 1);
                    }
                    return Ok(text(&self.src[start..self.i - 1]));
                }
                _ => {}
            }
        }
    }

    fn check_group_name(&self, name: &str, back: usize) -> PResult<()> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return self.err(msg, name.chars().count() + back);
        }
        Ok(())
    }

    fn get_digits(&mut self, max: usize, pred: fn(u32) -> bool) -> Vec<u32> {
        let mut out = Vec::new();
        while out.len() < max {
            match self.peek() {
                Some(c) if pred(c) => {
                    out.push(c);
                    self.i += 1;
                }
                _ => break,
            }
        }
        out
    }

    /// `\x..`, `\u....`, `\U........`: the code point, or the "incomplete escape" error.
    fn hex_escape(&mut self, e: u32, n: usize) -> PResult<u32> {
        let digits = self.get_digits(n, is_hex);
        let shown = format!("\\{}{}", ch(e), text(&digits));
        if digits.len() != n {
            return self.err(format!("incomplete escape {shown}"), shown.chars().count());
        }
        let v = u32::from_str_radix(&text(&digits), 16).unwrap_or(u32::MAX);
        if v > 0x10ffff {
            return self.err(format!("bad escape {shown}"), shown.chars().count());
        }
        Ok(v)
    }

    fn named_escape(&mut self) -> PResult<u32> {
        if !self.eat('{') {
            return self.err("missing {", 0);
        }
        let name = self.get_until('}', "character name")?;
        // (pyvm has no Unicode name database yet: a few common names only)
        let known = match name.to_ascii_uppercase().as_str() {
            "SPACE" => Some(0x20),
            "EM DASH" => Some(0x2014),
            "EN DASH" => Some(0x2013),
            "NO-BREAK SPACE" => Some(0xa0),
            "LATIN SMALL LETTER A" => Some(0x61),
            "LATIN CAPITAL LETTER A" => Some(0x41),
            "DIGIT ZERO" => Some(0x30),
            "BULLET" => Some(0x2022),
            "HORIZONTAL ELLIPSIS" => Some(0x2026),
            "SNOWMAN" => Some(0x2603),
            _ => None,
        };
        match known {
            Some(c) => Ok(c),
            None => {
                let n = name.chars().count() + 4;
                self.err(format!("undefined character name {}", py_repr(&name)), n)
            }
        }
    }

    /// An escape inside a set: a literal or a category.
    fn class_escape(&mut self, e: u32) -> PResult<Member> {
        let esc = format!("\\{}", ch(e));
        if let Some(c) = simple_escape(e) {
            return Ok(Member::Lit(c));
        }
        if let Some(cat) = category(e) {
            return Ok(Member::Cat(cat));
        }
        let c = ch(e);
        match c {
            'x' => return self.hex_escape(e, 2).map(Member::Lit),
            'u' if self.is_text => return self.hex_escape(e, 4).map(Member::Lit),
            'U' if self.is_text => return self.hex_escape(e, 8).map(Member::Lit),
            'N' if self.is_text => return self.named_escape().map(Member::Lit),
            '0'..='7' => {
                let digits = self.get_digits(2, |c| is_oct(Some(c)));
                let mut all = vec![e];
                all.extend(digits);
                let v = u32::from_str_radix(&text(&all), 8).unwrap_or(0);
                if v > 0o377 {
                    let shown = format!("\\{}", text(&all));
                    let n = shown.chars().count();
                    return self.err(
                        format!("octal escape value {shown} outside of range 0-0o377"),
                        n,
                    );
                }
                return Ok(Member::Lit(v));
            }
            '8' | '9' => {}
            c if !c.is_ascii_alphabetic() => return Ok(Member::Lit(e)),
            _ => {}
        }
        self.err(format!("bad escape {esc}"), 2)
    }

    /// An escape outside a set.
    fn escape(&mut self, e: u32) -> PResult<Node> {
        let c = ch(e);
        match c {
            'A' => return Ok(Node::At(At::BeginningString)),
            'Z' => return Ok(Node::At(At::EndString)),
            'b' => return Ok(Node::At(At::Boundary)),
            'B' => return Ok(Node::At(At::NonBoundary)),
            _ => {}
        }
        if let Some(cat) = category(e) {
            return Ok(Node::Set {
                members: vec![Member::Cat(cat)],
                negate: false,
            });
        }
        if let Some(v) = simple_escape(e) {
            return Ok(Node::Lit(v));
        }
        match c {
            'x' => return self.hex_escape(e, 2).map(Node::Lit),
            'u' if self.is_text => return self.hex_escape(e, 4).map(Node::Lit),
            'U' if self.is_text => return self.hex_escape(e, 8).map(Node::Lit),
            'N' if self.is_text => return self.named_escape().map(Node::Lit),
            '0' => {
                let digits = self.get_digits(2, |c| is_oct(Some(c)));
                return Ok(Node::Lit(
                    u32::from_str_radix(&format!("0{}", text(&digits)), 8).unwrap_or(0),
                ));
            }
            '1'..='9' => {
                let mut digits = vec![e];
                if is_digit(self.peek()) {
                    let d2 = self.peek().unwrap_or(0);
                    digits.push(d2);
                    self.i += 1;
                    if is_oct(Some(e)) && is_oct(Some(d2)) && is_oct(self.peek()) {
                        digits.push(self.peek().unwrap_or(0));
                        self.i += 1;
                        let v = u32::from_str_radix(&text(&digits), 8).unwrap_or(0);
                        if v > 0o377 {
                            let shown = format!("\\{}", text(&digits));
                            return self.err(
                                format!("octal escape value {shown} outside of range 0-0o377"),
                                4,
                            );
                        }
                        return Ok(Node::Lit(v));
                    }
                }
                let group: usize = text(&digits).parse().unwrap_or(0);
                let n = digits.len() + 1;
                if group < self.groups() {
                    if !self.check_group(group) {
                        return self.err("cannot refer to an open group", n);
                    }
                    self.check_lookbehind_group(group, 0)?;
                    return Ok(Node::GroupRef(group));
                }
                return self.err(format!("invalid group reference {group}"), n - 1);
            }
            c if !c.is_ascii_alphabetic() => return Ok(Node::Lit(e)),
            _ => {}
        }
        self.err(format!("bad escape \\{c}"), 2)
    }

    /// `a|b|c` (`_parse_sub`).
    fn parse_alt(&mut self, verbose: bool, nested: usize) -> PResult<Node> {
        let mut items = Vec::new();
        let mut verbose = verbose;
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_seq(verbose, nested + 1, first)?);
            if !self.eat('|') {
                break;
            }
            if nested == 0 {
                verbose = self.flags & chars::VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().expect("one item"));
        }
        Ok(alt_to_set(items))
    }

    /// A sequence up to `|`, `)` or the end (`_parse`).
    fn parse_seq(&mut self, verbose: bool, nested: usize, first: bool) -> PResult<Node> {
        let mut seq: Vec<Node> = Vec::new();
        let mut verbose = verbose;
        while let Some(c) = self.peek() {
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let tok = self.next_tok()?.expect("peeked");
            let this = tok.0;
            if verbose && tok.1.is_none() {
                if matches!(this, 9..=13 | 32) {
                    continue;
                }
                if this == '#' as u32 {
                    while let Some(t) = self.next_tok()? {
                        if t == ('\n' as u32, None) {
                            break;
                        }
                    }
                    continue;
                }
            }
            if let Some(e) = tok.1 {
                seq.push(self.escape(e)?);
                continue;
            }
            let c = ch(this);
            if !SPECIAL.contains(c) {
                seq.push(Node::Lit(this));
                continue;
            }
            match c {
                '[' => seq.push(self.parse_set()?),
                '?' | '*' | '+' | '{' => {
                    if let Some(done) = self.parse_repeat(c, &mut seq)? {
                        seq.push(done);
                    }
                }
                '.' => seq.push(Node::Any),
                '^' => seq.push(Node::At(At::Beginning)),
                '$' => seq.push(Node::At(At::End)),
                '(' => {
                    let is_first = first && seq.is_empty();
                    match self.parse_group(verbose, nested, is_first)? {
                        GroupResult::Node(n) => seq.push(n),
                        GroupResult::Nothing => {}
                        GroupResult::GlobalFlags => {
                            verbose = self.flags & chars::VERBOSE != 0;
                        }
                    }
                }
                _ => unreachable!("special characters are handled above"),
            }
        }
        // non-capturing groups without flags dissolve into the sequence
        let mut out = Vec::with_capacity(seq.len());
        for n in seq {
            match n {
                Node::Group {
                    index: None,
                    add: 0,
                    del: 0,
                    body,
                } => match *body {
                    Node::Concat(items) => out.extend(items),
                    other => out.push(other),
                },
                other => out.push(other),
            }
        }
        Ok(if out.len() == 1 {
            out.pop().expect("one")
        } else {
            Node::Concat(out)
        })
    }

    fn parse_set(&mut self) -> PResult<Node> {
        let here = self.i - 1;
        let mut members: Vec<Member> = Vec::new();
        let negate = self.eat('^');
        let mut first = true;
        loop {
            let Some(tok) = self.next_tok()? else {
                return self.err("unterminated character set", self.i - here);
            };
            if tok == (']' as u32, None) && !first {
                break;
            }
            first = false;
            let code1 = match tok.1 {
                Some(e) => self.class_escape(e)?,
                None => Member::Lit(tok.0),
            };
            if self.eat('-') {
                let Some(that) = self.next_tok()? else {
                    return self.err("unterminated character set", self.i - here);
                };
                if that == (']' as u32, None) {
                    members.push(code1);
                    members.push(Member::Lit('-' as u32));
                    break;
                }
                let code2 = match that.1 {
                    Some(e) => self.class_escape(e)?,
                    None => Member::Lit(that.0),
                };
                let msg = format!(
                    "bad character range {}-{}",
                    Self::tok_text(tok),
                    Self::tok_text(that)
                );
                let n = Self::tok_len(tok) + 1 + Self::tok_len(that);
                match (code1, code2) {
                    (Member::Lit(lo), Member::Lit(hi)) if hi >= lo => {
                        members.push(Member::Range(lo, hi))
                    }
                    (Member::Lit(_), Member::Lit(_)) => return self.err(msg, n),
                    _ => return self.err(msg, n),
                }
            } else {
                members.push(code1);
            }
        }
        let mut uniq: Vec<Member> = Vec::with_capacity(members.len());
        for m in members {
            if !uniq.contains(&m) {
                uniq.push(m);
            }
        }
        if let [Member::Lit(c)] = uniq[..] {
            return Ok(if negate {
                Node::NotLit(c)
            } else {
                Node::Lit(c)
            });
        }
        Ok(Node::Set {
            members: uniq,
            negate,
        })
    }

    /// A quantifier after the last item of `seq` (or a literal `{` that is not one).
    fn parse_repeat(&mut self, c: char, seq: &mut Vec<Node>) -> PResult<Option<Node>> {
        let here = self.i;
        let (min, max) = match c {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if self.peek() == Some('}' as u32) {
                    return Ok(Some(Node::Lit('{' as u32)));
                }
                let lo = self.get_digits(usize::MAX, |c| is_digit(Some(c)));
                let hi = if self.eat(',') {
                    Some(self.get_digits(usize::MAX, |c| is_digit(Some(c))))
                } else {
                    None
                };
                if !self.eat('}') {
                    self.i = here;
                    return Ok(Some(Node::Lit('{' as u32)));
                }
                let num = |d: &[u32]| -> PResult<Option<u32>> {
                    if d.is_empty() {
                        return Ok(None);
                    }
                    match text(d).parse::<u64>() {
                        Ok(v) if v < MAXREPEAT as u64 => Ok(Some(v as u32)),
                        _ => Err(ParseError::Overflow(
                            "the repetition number is too large".into(),
                        )),
                    }
                };
                let min = num(&lo)?.unwrap_or(0);
                let max = match &hi {
                    None => num(&lo)?.unwrap_or(0),
                    Some(h) => num(h)?.unwrap_or(MAXREPEAT),
                };
                if hi.is_some() && max < min && max != MAXREPEAT {
                    return self.err("min repeat greater than max repeat", self.i - here);
                }
                (min, max)
            }
        };
        let back = self.i - here + 1;
        let item = match seq.pop() {
            None | Some(Node::At(_)) => return self.err("nothing to repeat", back),
            Some(Node::Repeat { .. }) => return self.err("multiple repeat", back),
            Some(n) => n,
        };
        let item = match item {
            Node::Group {
                index: None,
                add: 0,
                del: 0,
                body,
            } => *body,
            other => other,
        };
        let kind = if self.eat('?') {
            RepeatKind::Lazy
        } else if self.eat('+') {
            RepeatKind::Possessive
        } else {
            RepeatKind::Greedy
        };
        Ok(Some(Node::Repeat {
            min,
            max,
            kind,
            body: Box::new(item),
        }))
    }

    fn parse_group(&mut self, verbose: bool, nested: usize, first: bool) -> PResult<GroupResult> {
        let start = self.i - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let (mut add, mut del) = (0, 0);
        if self.eat('?') {
            let Some(t) = self.next_tok()? else {
                return self.err("unexpected end of pattern", 0);
            };
            let c = if t.1.is_some() { '\\' } else { ch(t.0) };
            match c {
                'P' => {
                    if self.eat('<') {
                        let n = self.get_until('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.get_until(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let back = n.chars().count() + 1;
                        let Some(&(_, gid)) = self.names.iter().find(|(k, _)| *k == n) else {
                            return self.err(format!("unknown group name {}", py_repr(&n)), back);
                        };
                        if !self.check_group(gid) {
                            return self.err("cannot refer to an open group", back);
                        }
                        self.check_lookbehind_group(gid, 0)?;
                        return Ok(GroupResult::Node(Node::GroupRef(gid)));
                    } else {
                        let Some(t) = self.next_tok()? else {
                            return self.err("unexpected end of pattern", 0);
                        };
                        let shown = Self::tok_text(t);
                        let n = Self::tok_len(t) + 2;
                        return self.err(format!("unknown extension ?P{shown}"), n);
                    }
                }
                ':' => capture = false,
                '#' => loop {
                    if self.peek().is_none() {
                        return self.err("missing ), unterminated comment", self.i - start);
                    }
                    if self.next_tok()? == Some((')' as u32, None)) {
                        return Ok(GroupResult::Nothing);
                    }
                },
                '=' | '!' | '<' => {
                    let mut kind = c;
                    let behind = c == '<';
                    let saved = self.lookbehind_groups;
                    if behind {
                        let Some(t) = self.next_tok()? else {
                            return self.err("unexpected end of pattern", 0);
                        };
                        if t != ('=' as u32, None) && t != ('!' as u32, None) {
                            let shown = Self::tok_text(t);
                            let n = Self::tok_len(t) + 2;
                            return self.err(format!("unknown extension ?<{shown}"), n);
                        }
                        kind = ch(t.0);
                        if saved.is_none() {
                            self.lookbehind_groups = Some(self.groups());
                        }
                    }
                    let body = self.parse_alt(verbose, nested + 1)?;
                    if behind && saved.is_none() {
                        self.lookbehind_groups = None;
                    }
                    if !self.eat(')') {
                        return self.err("missing ), unterminated subpattern", self.i - start);
                    }
                    return Ok(GroupResult::Node(Node::Assert {
                        behind,
                        negate: kind == '!',
                        body: Box::new(body),
                    }));
                }
                '(' => {
                    return self
                        .parse_cond(verbose, nested, start)
                        .map(GroupResult::Node)
                }
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if flag_of(c).is_some() || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first {
                            return self.err(
                                "global flags not at the start of the expression",
                                self.i - start,
                            );
                        }
                        return Ok(GroupResult::GlobalFlags);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                _ => {
                    let shown = Self::tok_text(t);
                    let n = Self::tok_len(t) + 1;
                    return self.err(format!("unknown extension ?{shown}"), n);
                }
            }
        }
        let index = if capture {
            let gid = self.groups();
            if gid >= MAXGROUPS {
                return Err(ParseError::Re {
                    msg: "too many groups".into(),
                    pos: None,
                });
            }
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    let msg = format!(
                        "redefinition of group name {} as group {gid}; was group {old}",
                        py_repr(n)
                    );
                    return self.err(msg, n.chars().count() + 1);
                }
                self.names.push((n.clone(), gid));
            }
            self.widths.push(None);
            Some(gid)
        } else {
            None
        };
        let sub_verbose = (verbose || add & chars::VERBOSE != 0) && del & chars::VERBOSE == 0;
        let body = self.parse_alt(sub_verbose, nested + 1)?;
        if !self.eat(')') {
            return self.err("missing ), unterminated subpattern", self.i - start);
        }
        if let Some(g) = index {
            self.widths[g] = Some(width(&body, &self.widths));
        }
        if atomic {
            return Ok(GroupResult::Node(Node::Atomic(Box::new(body))));
        }
        Ok(GroupResult::Node(Node::Group {
            index,
            add,
            del,
            body: Box::new(body),
        }))
    }

    fn parse_cond(&mut self, verbose: bool, nested: usize, start: usize) -> PResult<Node> {
        let name = self.get_until(')', "group name")?;
        let back = name.chars().count() + 1;
        let group = if is_identifier(&name) {
            match self.names.iter().find(|(k, _)| *k == name) {
                Some(&(_, g)) => g,
                None => return self.err(format!("unknown group name {}", py_repr(&name)), back),
            }
        } else {
            let g = if name.chars().all(|c| c.is_ascii_digit()) {
                name.parse::<usize>().ok()
            } else {
                None
            };
            let Some(g) = g else {
                let msg = format!("bad character in group name {}", py_repr(&name));
                return self.err(msg, back);
            };
            if g == 0 {
                return self.err("bad group number", back);
            }
            if g >= MAXGROUPS {
                return self.err(format!("invalid group reference {g}"), back);
            }
            if !self.cond_refs.iter().any(|&(x, _)| x == g) {
                self.cond_refs.push((g, self.i - back));
            }
            g
        };
        self.check_lookbehind_group(group, 0)?;
        let yes = self.parse_seq(verbose, nested + 1, false)?;
        let no = if self.eat('|') {
            let no = self.parse_seq(verbose, nested + 1, false)?;
            if self.peek() == Some('|' as u32) {
                return self.err("conditional backref with more than two branches", 0);
            }
            Some(Box::new(no))
        } else {
            None
        };
        if !self.eat(')') {
            return self.err("missing ), unterminated subpattern", self.i - start);
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no,
        })
    }

    /// Inline flags after `(?`: `None` for global flags (`(?i)`), else the scoped ones.
    fn parse_flags(&mut self, first: char) -> PResult<Option<(u32, u32)>> {
        let type_flags = chars::ASCII | chars::LOCALE | chars::UNICODE;
        let mut c = Some(first);
        let (mut add, mut del) = (0u32, 0u32);
        let next_char = |p: &mut Self| -> PResult<Option<(char, usize)>> {
            Ok(p.next_tok()?
                .map(|t| (if t.1.is_some() { '\\' } else { ch(t.0) }, Self::tok_len(t))))
        };
        if first != '-' {
            loop {
                let f = c.and_then(flag_of).expect("a flag letter");
                let letter = c.expect("a flag letter");
                if self.is_text && letter == 'L' {
                    return self.err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    );
                }
                if !self.is_text && letter == 'u' {
                    return self.err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    );
                }
                add |= f;
                if f & type_flags != 0 && add & type_flags != f {
                    return self.err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    );
                }
                let Some((n, len)) = next_char(self)? else {
                    return self.err("missing -, : or )", 0);
                };
                if ")-:".contains(n) {
                    c = Some(n);
                    break;
                }
                if flag_of(n).is_none() {
                    let msg = if n.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return self.err(msg, len);
                }
                c = Some(n);
            }
        }
        if c == Some(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & (chars::DEBUG | chars::TEMPLATE) != 0 {
            return self.err("bad inline flags: cannot turn on global flag", 1);
        }
        if c == Some('-') {
            let Some((n, len)) = next_char(self)? else {
                return self.err("missing flag", 0);
            };
            if flag_of(n).is_none() {
                let msg = if n.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return self.err(msg, len);
            }
            let mut n = n;
            loop {
                let f = flag_of(n).expect("checked");
                if f & type_flags != 0 {
                    return self.err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    );
                }
                del |= f;
                let Some((m, len)) = next_char(self)? else {
                    return self.err("missing :", 0);
                };
                if m == ':' {
                    break;
                }
                if flag_of(m).is_none() {
                    let msg = if m.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return self.err(msg, len);
                }
                n = m;
            }
        }
        if del & (chars::DEBUG | chars::TEMPLATE) != 0 {
            return self.err("bad inline flags: cannot turn off global flag", 1);
        }
        if add & del != 0 {
            return self.err("bad inline flags: flag turned on and off", 1);
        }
        Ok(Some((add, del)))
    }
}

enum GroupResult {
    Node(Node),
    Nothing,
    GlobalFlags,
}

/// Parses `src` (`is_text`: a str pattern) under `flags`.
pub fn parse(src: &[u32], is_text: bool, flags: u32) -> Result<Parsed, ParseError> {
    let mut p = Parser {
        src,
        is_text,
        i: 0,
        flags,
        names: Vec::new(),
        widths: vec![Some((0, 0))],
        lookbehind_groups: None,
        cond_refs: Vec::new(),
    };
    let node = p.parse_alt(flags & chars::VERBOSE != 0, 0)?;
    let flags = fix_flags(is_text, p.flags)?;
    if p.peek().is_some() {
        return p.err("unbalanced parenthesis", 0);
    }
    for &(g, pos) in &p.cond_refs {
        if g >= p.groups() {
            return Err(ParseError::Re {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
            });
        }
    }
    Ok(Parsed {
        node,
        flags,
        groups: p.groups(),
        names: p.names,
        widths: p.widths,
    })
}
