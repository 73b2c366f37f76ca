//! Builders for `match` statements and their patterns (PEP 634), called by the grammar.
//! The grammar parses a few forms more loosely than CPython's PEG (a parenthesized pattern
//! list, class arguments, mapping items) and these helpers sort them out, reporting
//! CPython's syntax errors.

use super::helpers::{error_at, error_loc, loc, stmt, PResult};
use crate::ast::{Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, Stmt, StmtKind};
use crate::lexer::Pos;

pub fn pat(kind: PatternKind, l: Pos, r: Pos) -> Pattern {
    Pattern {
        kind,
        loc: loc(l, r),
    }
}

pub fn match_stmt(l: Pos, subject: Expr, cases: Vec<MatchCase>) -> Stmt {
    let r = cases
        .last()
        .and_then(|c| c.body.last())
        .map(|s| Pos::new(s.loc.end_line, s.loc.end_col))
        .unwrap_or_default();
    stmt(StmtKind::Match { subject, cases }, l, r)
}

/// `case a, b:` / `(a, b)`: one item without a trailing comma is the item itself.
pub fn sequence_or_single(
    (mut items, trailing): (Vec<Pattern>, bool),
    l: Pos,
    r: Pos,
    paren: bool,
) -> PResult<Pattern> {
    if items.len() == 1 && !trailing {
        let p = items.pop().expect("one item");
        if let PatternKind::MatchStar(_) = p.kind {
            // CPython's grammar has no rule for a lone starred pattern: its error points
            // at the token after it (the `)` or the `:`).
            let at = if paren {
                Pos::new(r.line, r.col.saturating_sub(1))
            } else {
                r
            };
            return Err(error_at(
                "invalid syntax",
                at,
                Pos::new(at.line, at.col + 1),
            ));
        }
        return Ok(p);
    }
    check_stars(&items, l, r)?;
    Ok(pat(PatternKind::MatchSequence(items), l, r))
}

pub fn sequence(items: Vec<Pattern>, l: Pos, r: Pos) -> PResult<Pattern> {
    check_stars(&items, l, r)?;
    Ok(pat(PatternKind::MatchSequence(items), l, r))
}

/// CPython's compiler reports a second star at the whole sequence pattern.
fn check_stars(items: &[Pattern], l: Pos, r: Pos) -> PResult<()> {
    let stars: Vec<&Pattern> = items
        .iter()
        .filter(|p| matches!(p.kind, PatternKind::MatchStar(_)))
        .collect();
    if stars.len() > 1 {
        return Err(error_at("multiple starred names in sequence pattern", l, r));
    }
    Ok(())
}

/// A bare name is a capture (`_` the wildcard); a dotted name is a value pattern.
pub fn name_or_value(e: Expr) -> Pattern {
    let l = e.loc;
    let kind = match e.kind {
        ExprKind::Name { id, .. } if id == "_" => PatternKind::MatchAs {
            pattern: None,
            name: None,
        },
        ExprKind::Name { id, .. } => PatternKind::MatchAs {
            pattern: None,
            name: Some(id),
        },
        _ => PatternKind::MatchValue(e),
    };
    Pattern { kind, loc: l }
}

pub fn as_pattern(p: Pattern, name: String, nloc: Pos, l: Pos, r: Pos) -> PResult<Pattern> {
    if name == "_" {
        return Err(error_loc(
            "cannot use '_' as a target",
            loc(nloc, Pos::new(nloc.line, nloc.col + 1)),
        ));
    }
    Ok(pat(
        PatternKind::MatchAs {
            pattern: Some(Box::new(p)),
            name: Some(name),
        },
        l,
        r,
    ))
}

/// A literal: strings (not f-strings), numbers, `-number`, `a + bj`.
pub fn literal(e: Expr) -> PResult<Pattern> {
    if let ExprKind::JoinedStr(_) = e.kind {
        return Err(error_loc(
            "patterns may only match literals and attribute lookups",
            e.loc,
        ));
    }
    let l = e.loc;
    Ok(Pattern {
        kind: PatternKind::MatchValue(e),
        loc: l,
    })
}

pub fn singleton(c: Constant, l: Pos, r: Pos) -> Pattern {
    pat(PatternKind::MatchSingleton(c), l, r)
}

/// A mapping-pattern key: a literal or a dotted name, as an expression.
pub fn key_expr(p: Pattern) -> PResult<Expr> {
    match p.kind {
        PatternKind::MatchValue(e) => Ok(e),
        PatternKind::MatchSingleton(c) => Ok(Expr {
            kind: ExprKind::Constant(c),
            loc: p.loc,
        }),
        _ => Err(error_loc(
            "mapping pattern keys may only match literals and attribute lookups",
            p.loc,
        )),
    }
}

pub enum MapItem {
    Pair(Box<(Expr, Pattern)>),
    Rest(String, crate::ast::Loc),
}

pub fn mapping(items: Vec<MapItem>, l: Pos, r: Pos) -> PResult<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest: Option<(String, crate::ast::Loc)> = None;
    for item in items {
        match item {
            MapItem::Pair(pair) => {
                let (k, p) = *pair;
                // `**rest` must come last: CPython's parser stops at the key after it.
                if rest.is_some() {
                    return Err(error_loc("invalid syntax", k.loc));
                }
                keys.push(k);
                patterns.push(p);
            }
            MapItem::Rest(name, at) => {
                if let Some((_, prev)) = rest {
                    return Err(error_loc("invalid syntax", prev));
                }
                if name == "_" {
                    let end = Pos::new(at.end_line, at.end_col);
                    return Err(error_at(
                        "invalid syntax",
                        Pos::new(end.line, end.col.saturating_sub(1)),
                        end,
                    ));
                }
                rest = Some((name, at));
            }
        }
    }
    Ok(pat(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest: rest.map(|r| r.0),
        },
        l,
        r,
    ))
}

pub enum PatArg {
    Positional(Pattern),
    Keyword(String, Pattern),
}

pub fn class(cls: Expr, args: Vec<PatArg>, l: Pos, r: Pos) -> PResult<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            PatArg::Positional(p) => {
                if !kwd_attrs.is_empty() {
                    return Err(error_loc(
                        "positional patterns follow keyword patterns",
                        p.loc,
                    ));
                }
                patterns.push(p);
            }
            PatArg::Keyword(k, p) => {
                kwd_attrs.push(k);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pat(
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        l,
        r,
    ))
}
