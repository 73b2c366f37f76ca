//! `match` statements (PEP 634). Each case works on a copy of the subject; a pattern
//! consumes the value on top of the stack and either falls through (matched, captures
//! stored) or jumps to a failure label that first pops whatever the pattern had pushed
//! (one label per stack height, chained so that label `k` pops `k` values), which keeps
//! the assembler's depth check consistent on every path. Captures are stored as soon as
//! they are matched.

use super::symtable::syntax_error;
use super::{CResult, Compiler, Label};
use crate::ast::{Constant, Ctx, Expr, MatchCase, Pattern, PatternKind};
use crate::bytecode::opcode::CompareKind;
use crate::bytecode::{Const, Op};

/// Failure targets of one pattern context and the stack height above its base.
struct Fail {
    labels: Vec<Label>,
    depth: usize,
    /// Names bound so far (CPython's "multiple assignments" check).
    names: Vec<String>,
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_match(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult<()> {
        self.visit_expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            if !last {
                self.emit(Op::DupTop, 0);
            }
            let mut f = Fail {
                labels: Vec::new(),
                depth: 1,
                names: Vec::new(),
            };
            let allow = case.guard.is_some() || last;
            self.pattern(&case.pattern, &mut f, allow)?;
            if let Some(guard) = &case.guard {
                let l = self.fail_label(&mut f, 0);
                self.jump_if(guard, l, false)?;
            }
            if !last {
                self.noline(|c| c.emit(Op::PopTop, 0));
            }
            self.visit_body(&case.body)?;
            self.noline(|c| c.emit_jump(Op::Jump, end));
            self.emit_fail_chain(&f);
        }
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, f: &mut Fail, depth: usize) -> Label {
        while f.labels.len() <= depth {
            let l = self.new_label();
            f.labels.push(l);
        }
        f.labels[depth]
    }

    /// `[v] -> []`: jumps to the failure label of the current height when `v` is false.
    fn fail_if_false(&mut self, f: &mut Fail) {
        let l = self.fail_label(f, f.depth);
        self.emit_jump(Op::PopJumpIfFalse, l);
    }

    fn emit_fail_chain(&mut self, f: &Fail) {
        for k in (0..f.labels.len()).rev() {
            self.bind(f.labels[k]);
            if k > 0 {
                self.noline(|c| c.emit(Op::PopTop, 0));
            }
        }
    }

    fn store_capture(&mut self, name: &str, f: &mut Fail, p: &Pattern) -> CResult<()> {
        if f.names.iter().any(|n| n == name) {
            return Err(syntax_error(
                format!("multiple assignments to name '{name}' in pattern"),
                p.loc,
            ));
        }
        f.names.push(name.to_string());
        self.name_op(name, Ctx::Store)?;
        f.depth -= 1;
        Ok(())
    }

    /// Consumes the value on top (counted in `f.depth`).
    fn pattern(&mut self, p: &'a Pattern, f: &mut Fail, allow_irrefutable: bool) -> CResult<()> {
        self.at(p.loc, |c| c.pattern_here(p, f, allow_irrefutable))
    }

    fn pattern_here(&mut self, p: &'a Pattern, f: &mut Fail, allow: bool) -> CResult<()> {
        match &p.kind {
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !allow {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(syntax_error(msg, p.loc));
                }
                match name {
                    Some(n) => self.store_capture(n, f, p)?,
                    None => {
                        self.emit(Op::PopTop, 0);
                        f.depth -= 1;
                    }
                }
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                self.emit(Op::DupTop, 0);
                f.depth += 1;
                self.pattern(inner, f, allow)?;
                if let Some(n) = name {
                    self.store_capture(n, f, p)?;
                }
            }
            PatternKind::MatchStar(_) => {
                return Err(syntax_error("can't use starred name here", p.loc));
            }
            PatternKind::MatchValue(e) => {
                self.visit_expr(e)?;
                self.emit(Op::CompareOp, CompareKind::Eq as u32);
                f.depth -= 1;
                self.fail_if_false(f);
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(match c {
                    Constant::Bool(b) => Const::Bool(*b),
                    _ => Const::None,
                });
                self.emit(Op::IsOp, 0);
                f.depth -= 1;
                self.fail_if_false(f);
            }
            PatternKind::MatchOr(alts) => self.pattern_or(alts, f, allow)?,
            PatternKind::MatchSequence(items) => self.pattern_sequence(items, f)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(p, keys, patterns, rest.as_deref(), f)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, f)?,
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], f: &mut Fail, allow: bool) -> CResult<()> {
        let success = self.new_label();
        let mut bound: Option<Vec<String>> = None;
        let outer_names = f.names.clone();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            let names;
            if !last {
                // A fresh context whose base is the subject: failing leaves it for the next
                // alternative.
                self.emit(Op::DupTop, 0);
                let mut g = Fail {
                    labels: Vec::new(),
                    depth: 1,
                    names: outer_names.clone(),
                };
                self.pattern(alt, &mut g, false)?;
                self.noline(|c| {
                    c.emit(Op::PopTop, 0);
                    c.emit_jump(Op::Jump, success)
                });
                self.emit_fail_chain(&g);
                names = g.names;
            } else {
                f.names = outer_names.clone();
                self.pattern(alt, f, allow)?;
                names = f.names.clone();
            }
            let mut mine: Vec<String> = names[outer_names.len()..].to_vec();
            mine.sort();
            match &bound {
                None => bound = Some(mine),
                Some(b) if *b != mine => {
                    return Err(syntax_error(
                        "alternative patterns bind different names",
                        last_leaf(alt).loc,
                    ))
                }
                _ => {}
            }
        }
        self.bind(success);
        Ok(())
    }

    fn len_check(&mut self, n: usize, at_least: bool, f: &mut Fail) {
        self.emit(Op::GetLen, 0);
        self.load_const(Const::Int(n as i64));
        let kind = if at_least {
            CompareKind::Ge
        } else {
            CompareKind::Eq
        };
        self.emit(Op::CompareOp, kind as u32);
        self.fail_if_false(f);
    }

    fn pattern_sequence(&mut self, items: &'a [Pattern], f: &mut Fail) -> CResult<()> {
        self.emit(Op::MatchSequence, 0);
        self.fail_if_false(f);
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::MatchStar(_)));
        let n = items.len();
        match star {
            Some(_) => self.len_check(n - 1, true, f),
            None => self.len_check(n, false, f),
        }
        match star {
            Some(s) => {
                let (before, after) = (s as u32, (n - s - 1) as u32);
                if before > 0xff || after > 0xff_ffff {
                    return Err(syntax_error(
                        "too many expressions in star-unpacking assignment",
                        items[s].loc,
                    ));
                }
                self.emit(Op::UnpackEx, before | after << 8);
            }
            None => self.emit(Op::UnpackSequence, n as u32),
        }
        f.depth += n;
        f.depth -= 1;
        for item in items {
            match &item.kind {
                PatternKind::MatchStar(Some(name)) => {
                    self.at(item.loc, |c| c.store_capture(name, f, item))?
                }
                PatternKind::MatchStar(None) => {
                    self.emit(Op::PopTop, 0);
                    f.depth -= 1;
                }
                _ => self.pattern(item, f, true)?,
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        f: &mut Fail,
    ) -> CResult<()> {
        self.emit(Op::MatchMapping, 0);
        self.fail_if_false(f);
        if keys.is_empty() && rest.is_none() {
            self.emit(Op::PopTop, 0);
            f.depth -= 1;
            return Ok(());
        }
        if !keys.is_empty() {
            self.len_check(keys.len(), true, f);
        }
        // Literal keys may not repeat (CPython checks this at compile time).
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            if let crate::ast::ExprKind::Constant(_) | crate::ast::ExprKind::UnaryOp { .. } = k.kind
            {
                let text = super::unparse::unparse(k);
                if seen.contains(&text) {
                    return Err(syntax_error(
                        format!("mapping pattern checks duplicate key ({text})"),
                        p.loc,
                    ));
                }
                seen.push(text);
            }
            self.visit_expr(k)?;
        }
        self.emit(Op::BuildTuple, keys.len() as u32);
        f.depth += 1;
        self.emit(Op::MatchKeys, 0);
        f.depth += 1;
        self.emit(Op::DupTop, 0);
        self.load_const(Const::None);
        self.emit(Op::IsOp, 1);
        self.fail_if_false(f);
        self.emit(Op::UnpackSequence, keys.len() as u32);
        f.depth += keys.len();
        f.depth -= 1;
        for q in patterns {
            self.pattern(q, f, true)?;
        }
        // [subject, keys]
        match rest {
            Some(name) => {
                self.emit(Op::CopyDictWithoutKeys, 0);
                f.depth -= 1;
                self.store_capture(name, f, p)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
                f.depth -= 2;
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        f: &mut Fail,
    ) -> CResult<()> {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                return Err(syntax_error(
                    format!("attribute name repeated in class pattern: {a}"),
                    kwd_patterns[i].loc,
                ));
            }
        }
        self.visit_expr(cls)?;
        self.load_const(Const::Tuple(
            kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect(),
        ));
        self.emit(Op::MatchClass, patterns.len() as u32);
        self.emit(Op::DupTop, 0);
        self.load_const(Const::None);
        self.emit(Op::IsOp, 1);
        self.fail_if_false(f);
        let n = patterns.len() + kwd_patterns.len();
        self.emit(Op::UnpackSequence, n as u32);
        f.depth += n;
        f.depth -= 1;
        for q in patterns.iter().chain(kwd_patterns) {
            self.pattern(q, f, true)?;
        }
        Ok(())
    }
}

/// The last pattern node compiled within `p`: where CPython's current location is when
/// it reports an alternative's names.
fn last_leaf(p: &Pattern) -> &Pattern {
    let last = match &p.kind {
        PatternKind::MatchAs {
            pattern: Some(q), ..
        } => Some(&**q),
        PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => items.last(),
        PatternKind::MatchMapping { patterns, .. } => patterns.last(),
        PatternKind::MatchClass {
            patterns,
            kwd_patterns,
            ..
        } => kwd_patterns.last().or(patterns.last()),
        _ => None,
    };
    last.map_or(p, last_leaf)
}
