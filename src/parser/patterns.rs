//! Builders for `match` statements and their patterns (PEP 634), called by the grammar.
//! The grammar parses a few forms more loosely than CPython's PEG (a parenthesized pattern
//! list, class arguments, mapping items) and these helpers sort them out, reporting
//! CPython's syntax errors.

use super::helpers::{error_loc, loc, stmt, PResult};
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
            if paren {
                return Err(error_loc("cannot use starred expression here", p.loc));
            }
            return Ok(pat(PatternKind::MatchSequence(vec![p]), l, r));
        }
        return Ok(p);
    }
    check_stars(&items)?;
    Ok(pat(PatternKind::MatchSequence(items), l, r))
}

pub fn sequence(items: Vec<Pattern>, l: Pos, r: Pos) -> PResult<Pattern> {
    check_stars(&items)?;
    Ok(pat(PatternKind::MatchSequence(items), l, r))
}

fn check_stars(items: &[Pattern]) -> PResult<()> {
    let stars: Vec<&Pattern> = items
        .iter()
        .filter(|p| matches!(p.kind, PatternKind::MatchStar(_)))
        .collect();
    if stars.len() > 1 {
        return Err(error_loc(
            "multiple starred names in sequence pattern",
            stars[1].loc,
        ));
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
    let mut rest = None;
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        match item {
            MapItem::Pair(pair) => {
                let (k, p) = *pair;
                keys.push(k);
                patterns.push(p);
            }
            MapItem::Rest(name, at) => {
                if i + 1 != n {
                    return Err(error_loc("invalid syntax", at));
                }
                if name == "_" {
                    return Err(error_loc("invalid syntax", at));
                }
                rest = Some(name);
            }
        }
    }
    Ok(pat(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
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
