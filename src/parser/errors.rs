//! Turning LALRPOP's parse errors into CPython 3.11's SyntaxError messages.
//!
//! CPython's PEG parser has dedicated `invalid_*` rules; an LALR(1) parser only knows the
//! offending token and which terminals it expected. This module looks at that token, its
//! neighbours and the expected set to reproduce the common messages (`expected ':'`, the
//! indented-block IndentationErrors, "Perhaps you forgot a comma?", the `print` hint, ...),
//! and otherwise reports `invalid syntax` at the offending token.

use lalrpop_util::ParseError;

use crate::lexer::{Mode, Pos, Spanned, Tok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Whether a parse error is reported although the tokenizer failed later in the input.
/// CPython re-tokenizes the rest of the input after most parse errors and reports a
/// tokenizer error instead, but not after an unexpected indent; and an unclosed bracket is
/// only reported when the parser got past the line of that bracket.
pub(super) fn beats_tokenizer_error(
    e: &SyntaxError,
    lex: &SyntaxError,
    toks: &[Spanned],
    idx: usize,
) -> bool {
    if e.kind == SyntaxErrorKind::IndentationError
        && (e.msg == "unexpected indent" || e.msg == "unexpected unindent")
    {
        return true;
    }
    if lex.msg.ends_with("was never closed") {
        return match toks.get(idx) {
            Some((pos, _, _)) => pos.line == lex.line,
            // The parser ran out of tokens: the bracket is what was never closed.
            None => false,
        };
    }
    false
}

fn at(kind: SyntaxErrorKind, msg: &str, l: Pos, r: Pos) -> SyntaxError {
    let e = SyntaxError::new(kind, msg, l.line, l.col + 1);
    if r.line == l.line {
        e.with_end(r.col + 1)
    } else {
        e
    }
}

fn syntax(msg: &str, l: Pos, r: Pos) -> SyntaxError {
    at(SyntaxErrorKind::SyntaxError, msg, l, r)
}

/// Converts a parse error. `toks` starts with the synthetic start token; `idx` is the index
/// of the last token the parser pulled (the offending one).
pub(super) fn convert(
    err: ParseError<Pos, Tok, SyntaxError>,
    toks: &[Spanned],
    idx: usize,
    source: &str,
    mode: Mode,
) -> SyntaxError {
    let (idx, expected) = match err {
        ParseError::User { error } => return move_to_next_token(error, toks),
        ParseError::UnrecognizedToken { expected, .. } => (idx, expected),
        ParseError::ExtraToken { .. } => (idx, Vec::new()),
        ParseError::UnrecognizedEof { expected, .. } => (idx, expected),
        ParseError::InvalidToken { .. } => (idx, Vec::new()),
    };
    let expects = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
    let tok = toks.get(idx).map(|t| &t.1);
    let (l, r) = match toks.get(idx) {
        Some((l, _, r)) => (*l, *r),
        None => {
            let last = toks.last().map(|t| t.2).unwrap_or_default();
            (Pos::new(last.line + 1, 0), Pos::new(last.line + 1, 1))
        }
    };
    let prev = |k: usize| idx.checked_sub(k).and_then(|i| toks.get(i)).map(|t| &t.1);

    match tok {
        Some(Tok::Indent) => {
            return SyntaxError::new(
                SyntaxErrorKind::IndentationError,
                "unexpected indent",
                l.line,
                l.col.max(1),
            )
        }
        Some(Tok::Dedent) if !expects("INDENT") => {
            return SyntaxError::new(
                SyntaxErrorKind::IndentationError,
                "unexpected unindent",
                l.line,
                l.col.max(1),
            )
        }
        _ => {}
    }

    // A block header followed by a line that is not indented.
    if expects("INDENT") && prev(1) == Some(&Tok::Newline) && prev(2) == Some(&Tok::Colon) {
        let line_start = logical_line_start(toks, idx - 2);
        let (kw_pos, kw) = (toks[line_start].0, &toks[line_start].1);
        if let Some(what) = block_name(kw) {
            let msg = format!(
                "expected an indented block after {what} on line {}",
                kw_pos.line
            );
            if tok.is_none() {
                // At the end of input CPython shows the (empty) line without a caret.
                return SyntaxError::new(SyntaxErrorKind::IndentationError, msg, l.line, 0);
            }
            return at(SyntaxErrorKind::IndentationError, &msg, l, r);
        }
    }

    let line_start = logical_line_start(toks, idx.min(toks.len()).saturating_sub(1));
    let first = toks.get(line_start).map(|t| &t.1);

    if let Some(tok) = tok {
        if let Some(Tok::Name(n)) = first {
            if (n == "print" || n == "exec")
                && idx == line_start + 1
                && !matches!(tok, Tok::LPar)
                && starts_expression(tok)
            {
                let end = statement_end(toks, idx);
                return syntax(
                    &format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                    toks[line_start].0,
                    end,
                );
            }
        }
        if matches!(tok, Tok::Equal)
            && matches!(prev(1), Some(Tok::Name(_)))
            && expects(":=")
            && idx >= 2
        {
            // `if x = 1:` — an assignment where an expression is expected.
            let end = expression_end(toks, (idx + 1).min(toks.len() - 1));
            return syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                toks[idx - 1].0,
                toks[end].2,
            );
        }
        if expects(":")
            && matches!(tok, Tok::RBrace | Tok::Comma)
            && idx >= 2
            && toks[idx - 1].1.ends_operand()
            && innermost_open(toks, idx) == Some(Tok::LBrace)
        {
            let key = operand_start(toks, idx - 1);
            return syntax(
                "':' expected after dictionary key",
                toks[key].0,
                toks[idx - 1].2,
            );
        }
        if matches!(tok, Tok::Newline)
            && expects(":")
            && first.is_some_and(|f| block_name(f).is_some())
        {
            return syntax("expected ':'", l, l);
        }
        if expects("else") && !matches!(tok, Tok::Colon | Tok::Else) {
            if let Some(if_idx) = find_back(toks, idx, |t| matches!(t, Tok::If)) {
                if if_idx > 0 && toks[if_idx - 1].1.ends_operand() {
                    let body_start = operand_start(toks, if_idx - 1);
                    return syntax(
                        "expected 'else' after 'if' expression",
                        toks[body_start].0,
                        toks[idx - 1].2,
                    );
                }
            }
        }
        if matches!(prev(1), Some(Tok::Name(_)))
            && prev(2) == Some(&Tok::Def)
            && !matches!(tok, Tok::LPar)
        {
            return syntax("expected '('", l, r);
        }
        if let Some(p) = prev(1) {
            // An f-string field is parsed as if parenthesized.
            let inside_brackets = depth_at(toks, idx) > 0 || matches!(mode, Mode::FString(_));
            let name_then_string = matches!(p, Tok::Name(_)) && matches!(tok, Tok::Str(_));
            if inside_brackets
                && p.ends_operand()
                && starts_expression(tok)
                && !name_then_string
                && idx >= 2
            {
                let a = operand_start(toks, idx - 1);
                let b = expression_end(toks, idx);
                // Comprehension clauses take a `disjunction`, where CPython has no hint.
                if a == 0 || !matches!(toks[a - 1].1, Tok::If | Tok::For | Tok::In) {
                    return syntax(
                        "invalid syntax. Perhaps you forgot a comma?",
                        toks[a].0,
                        toks[b].2,
                    );
                }
            }
        }
    }
    if expects("except") && expects("finally") {
        // A `try` block without handlers; at the end of input CPython points at the
        // last NEWLINE.
        let (l, r) = match tok {
            Some(_) => (l, r),
            None => toks
                .iter()
                .rev()
                .find(|t| t.1 == Tok::Newline)
                .map_or((l, r), |t| (t.0, t.2)),
        };
        return syntax("expected 'except' or 'finally' block", l, r);
    }
    if tok.is_none() && !source.trim().is_empty() {
        return syntax("unexpected EOF while parsing", l, r);
    }
    syntax("invalid syntax", l, r)
}

/// What CPython calls the statement a block header belongs to.
fn block_name(t: &Tok) -> Option<&'static str> {
    Some(match t {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        Tok::Class => "class definition",
        _ => return None,
    })
}

fn starts_expression(t: &Tok) -> bool {
    t.starts_operand() || matches!(t, Tok::Tilde | Tok::Not | Tok::Lambda | Tok::Await)
}

/// The index of the first token of the logical line containing token `i`.
fn logical_line_start(toks: &[Spanned], i: usize) -> usize {
    let mut k = i.min(toks.len().saturating_sub(1));
    while k > 0 {
        if matches!(
            toks[k - 1].1,
            Tok::Newline
                | Tok::Indent
                | Tok::Dedent
                | Tok::Semi
                | Tok::StartModule
                | Tok::StartExpression
                | Tok::StartFString
        ) {
            break;
        }
        k -= 1;
    }
    // A one-line compound statement: `if x: y` — the header's keyword is further left,
    // but the statement after the colon is what is being parsed.
    k
}

/// Bracket depth just before token `i`.
fn depth_at(toks: &[Spanned], i: usize) -> usize {
    let mut depth = 0usize;
    for t in &toks[..i.min(toks.len())] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// The end of the statement containing token `i` (the last token before NEWLINE or `;`).
fn statement_end(toks: &[Spanned], i: usize) -> Pos {
    let mut k = i;
    let mut depth = 0usize;
    while k + 1 < toks.len() {
        match toks[k + 1].1 {
            Tok::Newline | Tok::Semi if depth == 0 => break,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        k += 1;
    }
    toks[k].2
}

/// The nearest token before `i` at the same bracket depth matching `pred`, not crossing
/// an opening bracket or a statement boundary.
fn find_back(toks: &[Spanned], i: usize, pred: impl Fn(&Tok) -> bool) -> Option<usize> {
    let mut depth = 0usize;
    let mut k = i;
    while k > 0 {
        k -= 1;
        match toks[k].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi => return None,
            ref t if depth == 0 && pred(t) => return Some(k),
            _ => {}
        }
    }
    None
}

/// Index of the opening bracket matching the closing bracket at `i`.
fn matching_open(toks: &[Spanned], i: usize) -> usize {
    let mut depth = 0usize;
    let mut k = i;
    loop {
        match toks[k].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
        if k == 0 {
            return 0;
        }
        k -= 1;
    }
}

/// Index of the closing bracket matching the opening bracket at `i` (or the last token).
fn matching_close(toks: &[Spanned], i: usize) -> usize {
    let mut depth = 0usize;
    for (k, t) in toks.iter().enumerate().skip(i) {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    toks.len() - 1
}

/// Walking left from the operand ending at token `i`, the first token of the expression
/// (a `disjunction` in CPython's terms) it belongs to.
fn operand_start(toks: &[Spanned], i: usize) -> usize {
    let mut k = i;
    loop {
        // `k` ends an operand: step to its first token.
        if matches!(toks[k].1, Tok::RPar | Tok::RSqb | Tok::RBrace) {
            k = matching_open(toks, k);
        }
        // Calls, subscripts and implicit string concatenation extend the operand left.
        if k > 0 {
            let before = &toks[k - 1].1;
            let joins = (matches!(toks[k].1, Tok::LPar | Tok::LSqb) && before.ends_operand())
                || (matches!(toks[k].1, Tok::Str(_)) && matches!(before, Tok::Str(_)));
            if joins {
                k -= 1;
                continue;
            }
        }
        // Prefix operators, then an infix operator joins another operand on the left.
        let mut j = k;
        while j > 0
            && matches!(
                toks[j - 1].1,
                Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not
            )
        {
            if j >= 2 && toks[j - 2].1.ends_operand() {
                break;
            }
            j -= 1;
        }
        if j > 1 && toks[j - 1].1.is_infix() && toks[j - 2].1.ends_operand() {
            k = j - 2;
            continue;
        }
        return j;
    }
}

/// Walking right from token `i` (which starts an expression), the last token of that
/// expression.
fn expression_end(toks: &[Spanned], i: usize) -> usize {
    let mut k = i;
    let mut want_operand = true;
    let mut last = i;
    while k < toks.len() {
        let t = &toks[k].1;
        if want_operand {
            if matches!(t, Tok::LPar | Tok::LSqb | Tok::LBrace) {
                k = matching_close(toks, k);
                last = k;
                want_operand = false;
            } else if t.starts_operand() {
                last = k;
                want_operand = false;
            } else if !matches!(
                t,
                Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Await
            ) {
                break;
            }
        } else if matches!(t, Tok::LPar | Tok::LSqb) {
            k = matching_close(toks, k);
            last = k;
        } else if matches!(t, Tok::Str(_)) && matches!(toks[last].1, Tok::Str(_)) {
            last = k;
        } else if t.is_infix() || matches!(t, Tok::If | Tok::Else) {
            want_operand = true;
        } else {
            break;
        }
        k += 1;
    }
    last
}

/// The kind of the innermost bracket open before token `i`.
fn innermost_open(toks: &[Spanned], i: usize) -> Option<Tok> {
    let mut depth = 0usize;
    for t in toks[..i.min(toks.len())].iter().rev() {
        match t.1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                if depth == 0 {
                    return Some(t.1.clone());
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Errors about a whole string literal are built pointing just past the literal; CPython
/// reports them at the token that follows it (which is not always adjacent).
fn move_to_next_token(mut e: SyntaxError, toks: &[Spanned]) -> SyntaxError {
    let literal_error = [
        "f-string",
        "(unicode error)",
        "(value error)",
        "cannot mix bytes",
    ]
    .iter()
    .any(|p| e.msg.starts_with(p));
    if !literal_error || e.col == 0 {
        return e;
    }
    let at = Pos::new(e.line, e.col - 1);
    let Some(k) = toks
        .iter()
        .position(|t| t.2 == at && matches!(t.1, Tok::Str(_)))
    else {
        return e;
    };
    if let Some((next, _, _)) = toks.get(k + 1) {
        if next.line == e.line {
            e.col = next.col + 1;
            e.end_col = e.col + 1;
        }
    }
    e
}
