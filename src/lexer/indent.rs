//! The lexer driver: walks the `logos` tokens and produces the parser's token stream.
//!
//! It owns everything that depends on more than one lexeme, as CPython's tokenizer does:
//! - positions: a forward-only cursor turns byte offsets into (line, column in code points);
//! - logical lines: NEWLINE only ends a line that had a token, outside brackets and not
//!   after a backslash continuation; blank and comment-only lines produce nothing;
//! - indentation: an indent stack of (column with tabs to multiples of 8, column with tabs
//!   as 1) pairs; the two must agree in order (else `TabError`), a dedent must land on an
//!   outer level (else `IndentationError`);
//! - brackets: a stack used for implicit line joining and for CPython's bracket errors;
//! - end of input: a final NEWLINE when the last line had content, then one DEDENT per level.

use logos::Logos;

use super::tokens::{NumScan, RawTok, StrEnd, StrTok, Tok};
use super::{Lexed, Mode, Pos, Spanned};
use crate::ast::Constant;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

pub(super) struct Driver<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, RawTok>,
    mode: Mode,
    /// Cursor: `byte` in the source is at `line`/`col`.
    byte: usize,
    line: u32,
    col: u32,
    tokens: Vec<Spanned>,
    /// Indentation levels: (column with tab stops of 8, column counting a tab as 1).
    indents: Vec<(u32, u32)>,
    /// Open brackets and where they are.
    brackets: Vec<(char, Pos)>,
    at_bol: bool,
    line_has_content: bool,
    /// Nesting operators seen since the last comma, per open bracket (index 0: none open):
    /// how many, and how many levels of CPython's parser they cost.
    chain: Vec<Depth>,
    chain_total: Depth,
    /// The compiler's RecursionError, once an expression nests too deeply: reported when the
    /// whole source is read, unless the parser's MemoryError comes first (as in CPython).
    too_deep: Option<SyntaxError>,
}

type LexResult<T> = Result<T, SyntaxError>;

/// CPython's tokenizer limit on bracket nesting (`MAXLEVEL`); it also bounds the depth of
/// the trees later passes recurse over.
const MAX_NESTING: usize = 200;

/// CPython's limit on indentation levels (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// How many operators may nest inside one expression. Each binary or unary operator,
/// attribute, call, subscript, `lambda` or conditional can add a level to the tree; CPython
/// gives up near 3000 levels (with the default recursion limit) with "RecursionError:
/// maximum recursion depth exceeded during compilation". Stopping here keeps every
/// recursive pass over the AST (and its `Drop`) within the stack.
const MAX_EXPR_DEPTH: u32 = 2993;

/// CPython's parser gives up (a bare MemoryError) past this many levels of its own stack,
/// which prefix operators, `**` and `lambda` fill before the compiler's limit is reached.
const MAX_PARSER_DEPTH: u32 = 5975;

/// Operators nesting in an expression (see [`MAX_EXPR_DEPTH`] and [`MAX_PARSER_DEPTH`]).
#[derive(Clone, Copy, Default)]
struct Depth {
    ops: u32,
    parser: u32,
}

impl Depth {
    fn add(&mut self, d: Depth) {
        self.ops += d.ops;
        self.parser += d.parser;
    }

    fn sub(&mut self, d: Depth) {
        self.ops -= d.ops;
        self.parser -= d.parser;
    }
}

fn err(msg: impl Into<String>, pos: Pos) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, pos.line, pos.col + 1)
}

impl<'s> Driver<'s> {
    pub(super) fn new(src: &'s str, mode: Mode) -> Self {
        let start = match mode {
            Mode::FString(pos) => pos,
            _ => Pos::new(1, 0),
        };
        Driver {
            src,
            raw: RawTok::lexer(src),
            mode,
            byte: 0,
            line: start.line,
            col: start.col,
            tokens: Vec::with_capacity(src.len() / 4 + 4),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_bol: true,
            line_has_content: false,
            chain: vec![Depth::default()],
            chain_total: Depth::default(),
            too_deep: None,
        }
    }

    pub(super) fn run(mut self) -> Lexed {
        let error = self.lex_all().err();
        mark_with_parens(&mut self.tokens);
        mark_soft_keywords(&mut self.tokens);
        Lexed {
            tokens: self.tokens,
            error,
        }
    }

    /// The position of byte offset `to`, which must not be before the previous query.
    fn pos(&mut self, to: usize) -> Pos {
        let bytes = self.src.as_bytes();
        let to = to.min(bytes.len());
        for &b in &bytes[self.byte.min(to)..to] {
            if b == b'\n' {
                self.line += 1;
                self.col = 0;
            } else if (b & 0xC0) != 0x80 {
                self.col += 1;
            }
        }
        self.byte = self.byte.max(to);
        Pos::new(self.line, self.col)
    }

    fn push(&mut self, start: Pos, tok: Tok, end: Pos) {
        self.tokens.push((start, tok, end));
    }

    fn lex_all(&mut self) -> LexResult<()> {
        let joins_lines = matches!(self.mode, Mode::FString(_));
        loop {
            if self.at_bol {
                self.at_bol = false;
                if self.mode == Mode::Module && self.brackets.is_empty() {
                    self.line_start()?;
                }
            }
            let Some(res) = self.raw.next() else { break };
            let span = self.raw.span();
            let start = self.pos(span.start);
            let raw = match res {
                Ok(raw) => raw,
                Err(()) => {
                    let c = self.src[span.start..].chars().next().unwrap_or('\0');
                    self.invalid_char(c, start)?;
                    let end = self.pos(span.end);
                    self.line_has_content = true;
                    self.push(start, Tok::ErrorTok(c), end);
                    continue;
                }
            };
            let tok = match raw {
                RawTok::Whitespace | RawTok::Comment => continue,
                RawTok::Newline => {
                    if self.brackets.is_empty() && !joins_lines {
                        if self.line_has_content {
                            let end = Pos::new(start.line, start.col + 1);
                            self.push(start, Tok::Newline, end);
                            self.line_has_content = false;
                        }
                        self.chain_total = Depth::default();
                        self.chain[0] = Depth::default();
                        self.at_bol = true;
                    }
                    continue;
                }
                RawTok::Continuation => {
                    if span.end >= self.src.len() {
                        return Err(continuation_eof(start));
                    }
                    continue;
                }
                RawTok::StrayBackslash => {
                    if span.end >= self.src.len() {
                        return Err(continuation_eof(start));
                    }
                    let mut e = err(
                        "unexpected character after line continuation character",
                        start,
                    );
                    e.col += 1;
                    e.end_col = e.col + 1;
                    return Err(e);
                }
                RawTok::Name => self.name(span.start, span.end, start)?,
                RawTok::Number(scan) => self.number(scan, span.start, span.end, start)?,
                RawTok::Str(scan) => {
                    if scan.end != StrEnd::Closed {
                        let detected = if scan.end == StrEnd::Unterminated {
                            start.line
                        } else {
                            // The end of input: the last line of the source.
                            let here = self.pos(self.src.len());
                            here.line - u32::from(self.src.ends_with('\n'))
                        };
                        let what = if scan.triple {
                            "unterminated triple-quoted string literal"
                        } else {
                            "unterminated string literal"
                        };
                        return Err(err(format!("{what} (detected at line {detected})"), start));
                    }
                    let text = &self.src[span.start..span.end];
                    let prefix = &text[..scan.prefix_len as usize];
                    let q = if scan.triple { 3 } else { 1 };
                    let body_start = span.start + prefix.len() + q;
                    let body_end = span.end - q;
                    let body_pos = self.pos(body_start);
                    let lower = prefix.to_ascii_lowercase();
                    Tok::Str(Box::new(StrTok {
                        raw: lower.contains('r'),
                        bytes: lower.contains('b'),
                        fstring: lower.contains('f'),
                        triple: scan.triple,
                        body: self.src[body_start..body_end].to_string(),
                        start,
                        body_pos,
                    }))
                }
                RawTok::LPar | RawTok::LSqb | RawTok::LBrace => {
                    if self.brackets.len() >= MAX_NESTING {
                        return Err(err("too many nested parentheses", start));
                    }
                    let c = self.src.as_bytes()[span.start] as char;
                    self.brackets.push((c, start));
                    punct(&raw)
                }
                RawTok::RPar | RawTok::RSqb | RawTok::RBrace => {
                    let c = self.src.as_bytes()[span.start] as char;
                    self.close_bracket(c, start)?;
                    punct(&raw)
                }
                other => punct(&other),
            };
            self.track_depth(&tok, start)?;
            let end = self.pos(span.end);
            self.line_has_content = true;
            self.push(start, tok, end);
        }
        self.finish()?;
        self.too_deep.take().map_or(Ok(()), Err)
    }

    /// Bounds how deeply operators can nest (see [`MAX_EXPR_DEPTH`]).
    fn track_depth(&mut self, tok: &Tok, pos: Pos) -> LexResult<()> {
        let nests = tok.is_arithmetic_op()
            || matches!(
                tok,
                Tok::Tilde
                    | Tok::Not
                    | Tok::If
                    | Tok::Lambda
                    | Tok::Await
                    | Tok::Yield
                    | Tok::Dot
                    | Tok::ColonEqual
                    | Tok::LPar
                    | Tok::LSqb
                    | Tok::LBrace
            );
        let level = self.chain.len() - 1;
        if nests {
            // Levels of CPython's parser: prefix operators, conditionals, `**` and `lambda`
            // recurse in it; binary operators, attributes, calls and subscripts loop.
            let after_operand = matches!(
                self.tokens.last(),
                Some((
                    _,
                    Tok::Name(_)
                        | Tok::Int(_)
                        | Tok::Float(_)
                        | Tok::Imaginary(_)
                        | Tok::Str(_)
                        | Tok::RPar
                        | Tok::RSqb
                        | Tok::RBrace
                        | Tok::None
                        | Tok::True
                        | Tok::False,
                    _
                ))
            );
            let weight = match tok {
                Tok::DoubleStar | Tok::Lambda => 2,
                Tok::Plus | Tok::Minus | Tok::Tilde => u32::from(!after_operand),
                Tok::Not | Tok::Await | Tok::If | Tok::Yield => 1,
                _ => 0,
            };
            let add = Depth {
                ops: 1,
                parser: weight,
            };
            self.chain[level].add(add);
            self.chain_total.add(add);
            if self.chain_total.parser > MAX_PARSER_DEPTH {
                // CPython's parser runs out of its stack first: a bare MemoryError.
                return Err(SyntaxError::new(
                    SyntaxErrorKind::MemoryError,
                    "",
                    pos.line,
                    1,
                ));
            }
            if self.chain_total.ops > MAX_EXPR_DEPTH && self.too_deep.is_none() {
                self.too_deep = Some(SyntaxError::new(
                    SyntaxErrorKind::RecursionError,
                    "maximum recursion depth exceeded during compilation",
                    pos.line,
                    1,
                ));
            }
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => self.chain.push(Depth::default()),
            Tok::RPar | Tok::RSqb | Tok::RBrace if level > 0 => {
                let inner = self.chain.pop().unwrap_or_default();
                self.chain_total.sub(inner);
            }
            Tok::Comma | Tok::Semi => {
                self.chain_total.sub(self.chain[level]);
                self.chain[level] = Depth::default();
            }
            _ => {}
        }
        Ok(())
    }

    /// Indentation at the start of a physical line that begins a logical line.
    fn line_start(&mut self) -> LexResult<()> {
        let bytes = self.src.as_bytes();
        let from = self.raw.span().end;
        let (mut col, mut altcol, mut i) = (0u32, 0u32, from);
        while i < bytes.len() {
            match bytes[i] {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0C' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            i += 1;
        }
        if matches!(bytes.get(i), None | Some(b'#' | b'\n' | b'\\')) {
            // Blank or comment-only line (or a continuation line): no indentation change.
            return Ok(());
        }
        let pos = self.pos(i);
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        let tab_error = || {
            SyntaxError::new(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                pos.line,
                1,
            )
        };
        if col == top {
            if altcol != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if altcol <= top_alt {
                return Err(tab_error());
            }
            // (the base level is in `indents` too: CPython allows 99 levels)
            if self.indents.len() >= MAX_INDENT {
                return Err(SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    pos.line,
                    pos.col + 1,
                ));
            }
            self.indents.push((col, altcol));
            self.push(pos, Tok::Indent, pos);
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.push(pos, Tok::Dedent, pos);
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                // CPython puts the caret at the end of the offending line.
                let line_len = self.src[i..]
                    .split('\n')
                    .next()
                    .unwrap_or("")
                    .chars()
                    .count();
                return Err(SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    pos.line,
                    pos.col + line_len as u32 + 1,
                ));
            }
            if altcol != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn invalid_char(&mut self, c: char, pos: Pos) -> LexResult<()> {
        if c == '\0' {
            return Err(err("source code cannot contain null bytes", pos));
        }
        if c.is_ascii_graphic() {
            // `$`, `?`, `!`, backtick: CPython's ERRORTOKEN, reported by the parser.
            return Ok(());
        }
        Err(invalid_character(c, pos))
    }

    fn name(&mut self, from: usize, to: usize, start: Pos) -> LexResult<Tok> {
        let text = &self.src[from..to];
        if !text.is_ascii() {
            for (k, (i, c)) in text.char_indices().enumerate() {
                let ok = if i == 0 {
                    c == '_' || unicode_ident::is_xid_start(c)
                } else {
                    unicode_ident::is_xid_continue(c)
                };
                if !ok {
                    let pos = Pos::new(start.line, start.col + k as u32);
                    return Err(invalid_character(c, pos));
                }
            }
        }
        Ok(Tok::keyword(text).unwrap_or_else(|| Tok::Name(text.to_string())))
    }

    fn number(&mut self, scan: NumScan, from: usize, to: usize, start: Pos) -> LexResult<Tok> {
        let text = &self.src[from..to];
        let clean: String = text.chars().filter(|&c| c != '_').collect();
        match scan {
            NumScan::Int { radix } => {
                let digits = if radix == 10 { &clean[..] } else { &clean[2..] };
                Ok(Tok::Int(int_constant(digits, radix)))
            }
            NumScan::Float => Ok(Tok::Float(clean.parse().unwrap_or(f64::INFINITY))),
            NumScan::Imaginary => Ok(Tok::Imaginary(
                clean[..clean.len() - 1].parse().unwrap_or(f64::INFINITY),
            )),
            NumScan::Error { msg, consumed } => {
                let mut e = err(msg, start);
                e.col = start.col + consumed as u32;
                e.end_col = e.col + 1;
                Err(e)
            }
            NumScan::LeadingZeros => {
                // CPython's caret covers the zeros (and underscores) before the first
                // non-zero digit.
                let zeros = text.find(|c: char| c != '0' && c != '_').unwrap_or(1) as u32;
                Err(err(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                    start,
                )
                .with_end(start.col + 1 + zeros))
            }
        }
    }

    fn close_bracket(&mut self, c: char, pos: Pos) -> LexResult<()> {
        let Some((open, open_pos)) = self.brackets.pop() else {
            return Err(err(format!("unmatched '{c}'"), pos));
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if c != expected {
            let msg = if open_pos.line != pos.line {
                format!(
                    "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {}",
                    open_pos.line
                )
            } else {
                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
            };
            return Err(err(msg, pos));
        }
        Ok(())
    }

    fn finish(&mut self) -> LexResult<()> {
        if let Some(&(c, pos)) = self.brackets.last() {
            if !matches!(self.mode, Mode::FString(_)) {
                return Err(err(format!("'{c}' was never closed"), pos));
            }
        }
        if matches!(self.mode, Mode::FString(_)) {
            return Ok(());
        }
        let end = self.pos(self.src.len());
        if self.line_has_content {
            self.push(end, Tok::Newline, Pos::new(end.line, end.col + 1));
            self.line_has_content = false;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(end, Tok::Dedent, end);
        }
        Ok(())
    }
}

fn continuation_eof(backslash: Pos) -> SyntaxError {
    let mut e = err("unexpected EOF while parsing", backslash);
    e.col += 1;
    e.end_col = e.col + 1;
    e
}

fn invalid_character(c: char, pos: Pos) -> SyntaxError {
    let printable = !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'));
    let msg = if printable {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    err(msg, pos)
}

/// The value of an integer literal's digits (no prefix, no underscores).
pub fn int_constant(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => match num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(v) => Constant::BigInt(v),
            None => Constant::Int(0),
        },
    }
}

fn punct(raw: &RawTok) -> Tok {
    match raw {
        RawTok::LPar => Tok::LPar,
        RawTok::RPar => Tok::RPar,
        RawTok::LSqb => Tok::LSqb,
        RawTok::RSqb => Tok::RSqb,
        RawTok::LBrace => Tok::LBrace,
        RawTok::RBrace => Tok::RBrace,
        RawTok::Comma => Tok::Comma,
        RawTok::Colon => Tok::Colon,
        RawTok::Semi => Tok::Semi,
        RawTok::Dot => Tok::Dot,
        RawTok::Ellipsis => Tok::Ellipsis,
        RawTok::Equal => Tok::Equal,
        RawTok::Arrow => Tok::Arrow,
        RawTok::ColonEqual => Tok::ColonEqual,
        RawTok::Plus => Tok::Plus,
        RawTok::Minus => Tok::Minus,
        RawTok::Star => Tok::Star,
        RawTok::DoubleStar => Tok::DoubleStar,
        RawTok::Slash => Tok::Slash,
        RawTok::DoubleSlash => Tok::DoubleSlash,
        RawTok::Percent => Tok::Percent,
        RawTok::At => Tok::At,
        RawTok::LShift => Tok::LShift,
        RawTok::RShift => Tok::RShift,
        RawTok::Amper => Tok::Amper,
        RawTok::VBar => Tok::VBar,
        RawTok::Circumflex => Tok::Circumflex,
        RawTok::Tilde => Tok::Tilde,
        RawTok::Less => Tok::Less,
        RawTok::Greater => Tok::Greater,
        RawTok::LessEqual => Tok::LessEqual,
        RawTok::GreaterEqual => Tok::GreaterEqual,
        RawTok::EqEqual => Tok::EqEqual,
        RawTok::NotEqual => Tok::NotEqual,
        RawTok::PlusEqual => Tok::PlusEqual,
        RawTok::MinusEqual => Tok::MinusEqual,
        RawTok::StarEqual => Tok::StarEqual,
        RawTok::DoubleStarEqual => Tok::DoubleStarEqual,
        RawTok::SlashEqual => Tok::SlashEqual,
        RawTok::DoubleSlashEqual => Tok::DoubleSlashEqual,
        RawTok::PercentEqual => Tok::PercentEqual,
        RawTok::AtEqual => Tok::AtEqual,
        RawTok::AmperEqual => Tok::AmperEqual,
        RawTok::VBarEqual => Tok::VBarEqual,
        RawTok::CircumflexEqual => Tok::CircumflexEqual,
        RawTok::LShiftEqual => Tok::LShiftEqual,
        RawTok::RShiftEqual => Tok::RShiftEqual,
        // Whitespace, names, numbers and strings are handled by the driver.
        _ => Tok::ErrorTok('?'),
    }
}

/// Turns the names `match` and `case` into [`Tok::Match`]/[`Tok::Case`] where they begin a
/// `match` statement or a `case` block. CPython decides this by backtracking; here a line is
/// a `match` header when it starts with `match`, the next token can start an expression and
/// the line's last token outside brackets is `:` (no simple statement ends with a colon).
/// A `case` line starts with `case` followed by a token that can start a pattern and has a
/// `:` outside brackets (its body may follow on the same line). Everything else stays a
/// name, so `match = 1`, `re.match(x)` and `match(x)` keep working.
fn mark_soft_keywords(tokens: &mut [Spanned]) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        let line_start = i == 0
            || matches!(
                tokens[i - 1].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
            );
        let kw = match &tokens[i].1 {
            Tok::Name(n) if line_start && (n == "match" || n == "case") => n.clone(),
            _ => {
                i += 1;
                continue;
            }
        };
        let next = &tokens[i + 1].1;
        let starts = next.starts_operand()
            || matches!(
                next,
                Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Star
            );
        if !starts {
            i += 1;
            continue;
        }
        // Find the colons at bracket depth 0 up to the end of the logical line.
        let mut depth = 0usize;
        let mut colon_end = false;
        let mut any_colon = false;
        let mut j = i + 1;
        while j < tokens.len() {
            match tokens[j].1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Newline => break,
                Tok::Lambda if depth == 0 => {
                    // A lambda's colon belongs to it: skip to it.
                    while j < tokens.len() && !matches!(tokens[j].1, Tok::Colon | Tok::Newline) {
                        j += 1;
                    }
                    if j >= tokens.len() || tokens[j].1 == Tok::Newline {
                        break;
                    }
                }
                Tok::Colon if depth == 0 => {
                    any_colon = true;
                    colon_end = matches!(tokens.get(j + 1), Some((_, Tok::Newline, _)));
                }
                _ => {}
            }
            j += 1;
        }
        if kw == "match" && colon_end {
            tokens[i].1 = Tok::Match;
        } else if kw == "case" && any_colon {
            tokens[i].1 = Tok::Case;
        }
        i += 1;
    }
}

/// Marks the `(` of `with (...):` as [`Tok::WithLPar`] when its matching `)` is directly
/// followed by `:`. That is the case in which CPython's PEG grammar reads the parentheses as
/// grouping with-items rather than as part of an expression; an LALR(1) parser cannot see
/// that far ahead, so the lexer tells it.
fn mark_with_parens(tokens: &mut [Spanned]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].1 != Tok::With || tokens[i + 1].1 != Tok::LPar {
            continue;
        }
        let mut depth = 0usize;
        for j in i + 1..tokens.len() {
            match tokens[j].1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        if matches!(tokens.get(j + 1), Some((_, Tok::Colon, _))) {
                            tokens[i + 1].1 = Tok::WithLPar;
                        }
                        break;
                    }
                }
                Tok::Newline => break,
                _ => {}
            }
        }
    }
}
