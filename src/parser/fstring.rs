//! String literal atoms: concatenation of adjacent literals, bytes/str mixing rules, and
//! f-strings (Python 3.11 semantics: the literal is one token; its `{...}` fields are cut
//! out here and each expression is parsed by a recursive call into the parser, located at
//! its real position in the source).
//!
//! Errors about the literal as a whole are placed where CPython 3.11 places them: one past
//! the end of the concatenated literal.

use crate::ast::{Constant, Expr, ExprKind, Loc};
use crate::lexer::strings::{decode_bytes, decode_str};
use crate::lexer::{Pos, StrTok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

use super::helpers::{error_at, loc};

type PResult<T> = Result<T, SyntaxError>;

/// Builds the node for one or more adjacent string literal tokens spanning `l..r`.
// The literals arrive boxed because that is how the tokens carry them.
#[allow(clippy::vec_box)]
pub fn strings(parts: Vec<Box<StrTok>>, l: Pos, r: Pos) -> PResult<Expr> {
    let whole = loc(l, r);
    let at_end = |msg: &str| SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, r.line, r.col + 1);
    let any_bytes = parts.iter().any(|p| p.bytes);
    if any_bytes && parts.iter().any(|p| !p.bytes) {
        return Err(at_end("cannot mix bytes and nonbytes literals"));
    }
    if any_bytes {
        let mut out = Vec::new();
        for p in &parts {
            if !p.body.is_ascii() {
                return Err(error_at(
                    "bytes can only contain ASCII literal characters",
                    p.start,
                    r,
                ));
            }
            out.extend(decode_bytes(&p.body, p.raw).map_err(|m| at_end(&m))?);
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Bytes(out)),
            loc: whole,
        });
    }
    if !parts.iter().any(|p| p.fstring) {
        let mut out = String::new();
        for p in &parts {
            out.push_str(&decode_str(&p.body, p.raw).map_err(|m| at_end(&m))?);
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Str(out)),
            loc: whole,
        });
    }
    let mut acc = Joined {
        lit: String::new(),
        values: Vec::new(),
        whole,
    };
    for p in &parts {
        if p.fstring {
            let mut fp = FParser {
                src: &p.body,
                i: 0,
                raw: p.raw,
                body_pos: p.body_pos,
                end: r,
            };
            fp.parts(0, &mut acc)?;
        } else {
            acc.lit
                .push_str(&decode_str(&p.body, p.raw).map_err(|m| at_end(&m))?);
        }
    }
    Ok(acc.finish())
}

/// The values of a `JoinedStr` being built: pending literal text and finished parts.
struct Joined {
    lit: String,
    values: Vec<Expr>,
    whole: Loc,
}

impl Joined {
    fn flush(&mut self) {
        if !self.lit.is_empty() {
            let s = std::mem::take(&mut self.lit);
            self.values.push(Expr {
                kind: ExprKind::Constant(Constant::Str(s)),
                loc: self.whole,
            });
        }
    }

    fn finish(mut self) -> Expr {
        self.flush();
        Expr {
            kind: ExprKind::JoinedStr(self.values),
            loc: self.whole,
        }
    }
}

/// A cursor over one f-string body.
struct FParser<'a> {
    src: &'a str,
    i: usize,
    raw: bool,
    body_pos: Pos,
    /// The end of the whole literal atom, where CPython reports f-string errors.
    end: Pos,
}

impl FParser<'_> {
    fn error(&self, msg: &str) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.end.line,
            self.end.col + 1,
        )
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<u8> {
        self.src.as_bytes().get(self.i + k).copied()
    }

    /// The source position of byte `at` of the body.
    fn pos_of(&self, at: usize) -> Pos {
        let mut p = self.body_pos;
        for c in self.src[..at].chars() {
            if c == '\n' {
                p.line += 1;
                p.col = 0;
            } else {
                p.col += 1;
            }
        }
        p
    }

    /// Literal text and fields until the end of the body (depth 0) or the `}` that ends a
    /// format spec (depth > 0, not consumed).
    fn parts(&mut self, depth: u32, acc: &mut Joined) -> PResult<()> {
        loop {
            let mut seg = String::new();
            let start = self.i;
            let mut seg_start = start;
            loop {
                match self.peek() {
                    None => break,
                    Some(b'{') => {
                        if depth == 0 && self.peek_at(1) == Some(b'{') {
                            seg.push_str(&self.src[seg_start..self.i + 1]);
                            self.i += 2;
                            seg_start = self.i;
                            continue;
                        }
                        break;
                    }
                    Some(b'}') => {
                        if depth > 0 {
                            break;
                        }
                        if self.peek_at(1) == Some(b'}') {
                            seg.push_str(&self.src[seg_start..self.i + 1]);
                            self.i += 2;
                            seg_start = self.i;
                            continue;
                        }
                        return Err(self.error("f-string: single '}' is not allowed"));
                    }
                    Some(b'\\') if !self.raw => {
                        // Keep escapes whole; `\N{...}` braces are not fields.
                        if self.peek_at(1) == Some(b'N') && self.peek_at(2) == Some(b'{') {
                            match self.src[self.i..].find('}') {
                                Some(k) => self.i += k + 1,
                                None => self.i = self.src.len(),
                            }
                        } else {
                            self.i += 1;
                            self.skip_char();
                        }
                    }
                    Some(_) => self.skip_char(),
                }
            }
            seg.push_str(&self.src[seg_start..self.i]);
            if !seg.is_empty() {
                let decoded = decode_str(&seg, self.raw).map_err(|m| self.error(&m))?;
                acc.lit.push_str(&decoded);
            }
            match self.peek() {
                Some(b'{') => {
                    self.i += 1;
                    self.field(depth, acc)?;
                }
                _ => return Ok(()),
            }
        }
    }

    fn skip_char(&mut self) {
        if let Some(c) = self.src[self.i..].chars().next() {
            self.i += c.len_utf8();
        }
    }

    /// One `{expr[=][!c][:spec]}` field; `self.i` is just past the `{`.
    fn field(&mut self, depth: u32, acc: &mut Joined) -> PResult<()> {
        if depth >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let expr_start = self.i;
        let expr_end = self.scan_expression()?;
        let text = &self.src[expr_start..expr_end];
        if text.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let value = super::parse_fstring_expr(text, self.pos_of(expr_start))?;
        let mut debug_text = None;
        if self.peek() == Some(b'=') {
            self.i += 1;
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\x0C' | b'\r')) {
                self.i += 1;
            }
            debug_text = Some(self.src[expr_start..self.i].to_string());
        }
        let mut conversion = None;
        if self.peek() == Some(b'!') {
            self.i += 1;
            match self.peek() {
                None => return Err(self.error("f-string: expecting '}'")),
                Some(c @ (b's' | b'r' | b'a')) => {
                    conversion = Some(c as char);
                    self.i += 1;
                }
                Some(_) => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            }
            if !matches!(self.peek(), Some(b':' | b'}')) {
                return Err(self.error("f-string: expecting '}'"));
            }
        }
        let mut format_spec = None;
        if self.peek() == Some(b':') {
            self.i += 1;
            let mut spec = Joined {
                lit: String::new(),
                values: Vec::new(),
                whole: acc.whole,
            };
            self.parts(depth + 1, &mut spec)?;
            format_spec = Some(Box::new(spec.finish()));
        }
        if self.peek() != Some(b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.i += 1;
        if let Some(t) = debug_text {
            acc.lit.push_str(&t);
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        acc.flush();
        acc.values.push(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            loc: acc.whole,
        });
        Ok(())
    }

    /// Finds the end of a field's expression: the first `=`, `!`, `:` or `}` outside
    /// brackets and nested strings. Rejects what 3.11 rejects inside the expression.
    fn scan_expression(&mut self) -> PResult<usize> {
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        loop {
            let Some(c) = self.peek() else {
                if quote.is_some() {
                    return Err(self.error("f-string: unterminated string"));
                }
                return Err(self.error("f-string: expecting '}'"));
            };
            if let Some((q, triple)) = quote {
                if c == b'\\' {
                    return Err(self.error("f-string expression part cannot include a backslash"));
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q) {
                        quote = None;
                        self.i += 2;
                    }
                }
                self.skip_char();
                continue;
            }
            match c {
                b'\\' => {
                    return Err(self.error("f-string expression part cannot include a backslash"))
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    let triple = self.peek_at(1) == Some(c) && self.peek_at(2) == Some(c);
                    quote = Some((c, triple));
                    self.i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => brackets.push(c),
                b')' | b']' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        if c == b'}' {
                            return Ok(self.i);
                        }
                        return Err(self.error(&format!("f-string: unmatched '{}'", c as char)));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(self.error(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                b'!' if brackets.is_empty() => {
                    if self.peek_at(1) == Some(b'=') {
                        self.i += 2;
                        continue;
                    }
                    return Ok(self.i);
                }
                b':' if brackets.is_empty() => return Ok(self.i),
                b'=' if brackets.is_empty() => {
                    if self.peek_at(1) == Some(b'=') {
                        self.i += 2;
                        continue;
                    }
                    let prev = self.i.checked_sub(1).map(|k| self.src.as_bytes()[k]);
                    if !matches!(prev, Some(b'=' | b'!' | b'<' | b'>')) {
                        return Ok(self.i);
                    }
                }
                _ => {}
            }
            self.skip_char();
        }
    }
}
