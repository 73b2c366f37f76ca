//! AST construction for the grammar actions: node builders, assignment-target checks (with
//! CPython's messages), call-argument and parameter-list validation, and statement spans.
//!
//! Everything here is pure: it takes parsed pieces and returns nodes or a [`SyntaxError`]
//! located the way CPython locates it (1-based columns, exclusive end).

use lalrpop_util::ParseError;

use crate::ast::{
    Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Ctx, ExceptHandler, Expr,
    ExprKind, Keyword, Loc, Stmt, StmtKind, UnaryOp, WithItem,
};
use crate::lexer::{Pos, Tok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

pub type PResult<T> = Result<T, SyntaxError>;

/// What the single start rule produced.
pub enum Top {
    Module(Vec<Stmt>),
    Expression(Expr),
    FString(Expr),
}

pub fn loc(l: Pos, r: Pos) -> Loc {
    Loc::new(l.line, l.col, r.line, r.col)
}

pub fn expr(kind: ExprKind, l: Pos, r: Pos) -> Expr {
    Expr {
        kind,
        loc: loc(l, r),
    }
}

pub fn stmt(kind: StmtKind, l: Pos, r: Pos) -> Stmt {
    Stmt {
        kind,
        loc: loc(l, r),
    }
}

pub fn user(error: SyntaxError) -> ParseError<Pos, Tok, SyntaxError> {
    ParseError::User { error }
}

/// A SyntaxError covering `l..r` (0-based positions).
pub fn error_at(msg: &str, l: Pos, r: Pos) -> SyntaxError {
    let e = SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, l.line, l.col + 1);
    if r.line == l.line {
        e.with_end(r.col + 1)
    } else {
        e
    }
}

/// A SyntaxError covering the span of `loc`.
pub fn error_loc(msg: &str, loc: Loc) -> SyntaxError {
    error_at(
        msg,
        Pos::new(loc.line, loc.col),
        Pos::new(loc.end_line, loc.end_col),
    )
}

pub fn binop(a: Expr, op: BinOp, b: Expr, l: Pos, r: Pos) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, e: Expr, l: Pos, r: Pos) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        l,
        r,
    )
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: Pos, r: Pos) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        l,
        r,
    )
}

/// A comma list is a tuple unless it is one item without a trailing comma.
pub fn tuple_or_single((mut items, trailing): (Vec<Expr>, bool), l: Pos, r: Pos) -> Expr {
    if items.len() == 1 && !trailing {
        items
            .pop()
            .unwrap_or_else(|| expr(ExprKind::Constant(Constant::None), l, r))
    } else {
        expr(
            ExprKind::Tuple {
                elts: items,
                ctx: Ctx::Load,
            },
            l,
            r,
        )
    }
}

/// `( items )`: a parenthesized expression or a tuple.
pub fn paren((items, trailing): (Vec<Expr>, bool), l: Pos, r: Pos) -> PResult<Expr> {
    if items.len() == 1 && !trailing {
        if let ExprKind::Starred { .. } = items[0].kind {
            return Err(error_loc(
                "cannot use starred expression here",
                items[0].loc,
            ));
        }
    }
    Ok(tuple_or_single((items, trailing), l, r))
}

/// The forms of parenthesized content that are located by their parentheses.
pub enum ParenBuilder {
    EmptyTuple,
    Yield(Expr),
    Genexp(Expr, Vec<Comprehension>),
}

impl ParenBuilder {
    pub fn build(self, l: Pos, r: Pos) -> Expr {
        match self {
            ParenBuilder::EmptyTuple => expr(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: Ctx::Load,
                },
                l,
                r,
            ),
            ParenBuilder::Yield(e) => e,
            ParenBuilder::Genexp(elt, generators) => expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(elt),
                    generators,
                },
                l,
                r,
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Targets

/// CPython's name for an expression kind in "cannot assign to ..." messages.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression of a target that cannot be assigned to or deleted.
fn invalid_target(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => invalid_target(value),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(invalid_target)
        }
        _ => Some(e),
    }
}

/// Sets `ctx` on a target and everything under it (through tuples, lists and starred).
fn apply_ctx(e: &mut Expr, new: Ctx) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            apply_ctx(value, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            for elt in elts {
                apply_ctx(elt, new);
            }
        }
        _ => {}
    }
}

/// `target := value`: only a name can be bound.
pub fn named_expr(target: Expr, value: Expr, l: Pos, r: Pos) -> PResult<Expr> {
    let ExprKind::Name { id, .. } = target.kind else {
        return Err(error_loc(
            &format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
            target.loc,
        ));
    };
    let target = Expr {
        kind: ExprKind::Name {
            id,
            ctx: Ctx::Store,
        },
        loc: target.loc,
    };
    Ok(expr(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        l,
        r,
    ))
}

/// Checks a `for`/`with`/comprehension target (or a `del` target with `Ctx::Del`) and
/// sets its context.
pub fn set_ctx(mut e: Expr, ctx: Ctx) -> PResult<Expr> {
    let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred { .. });
    let bad = match &e.kind {
        _ if ctx == Ctx::Del && starred(&e) => Some(&e),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } if ctx == Ctx::Del => elts
            .iter()
            .find(|x| starred(x))
            .or_else(|| invalid_target(&e)),
        _ => invalid_target(&e),
    };
    if let Some(bad) = bad {
        let verb = if ctx == Ctx::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(error_loc(
            &format!("cannot {verb} {}", expr_name(bad)),
            bad.loc,
        ));
    }
    apply_ctx(&mut e, ctx);
    Ok(e)
}

pub fn delete(targets: Vec<Expr>, l: Pos, r: Pos) -> PResult<Stmt> {
    let targets = targets
        .into_iter()
        .map(|t| set_ctx(t, Ctx::Del))
        .collect::<PResult<Vec<_>>>()?;
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

fn is_unparenthesized_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple { elts, .. } => elts
            .first()
            .is_some_and(|first| first.loc.line == e.loc.line && first.loc.col == e.loc.col),
        _ => false,
    }
}

fn check_value(value: &Expr) -> PResult<()> {
    if let ExprKind::Starred { .. } = value.kind {
        return Err(error_loc("can't use starred expression here", value.loc));
    }
    Ok(())
}

/// `t1 = t2 = ... = value`: `rest` holds everything after the first `=`.
pub fn assign(first: Expr, mut rest: Vec<Expr>, l: Pos, r: Pos) -> PResult<Stmt> {
    let value = rest.pop().unwrap_or_else(|| first.clone());
    check_value(&value)?;
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    let n = targets.len();
    for (i, t) in targets.iter().enumerate() {
        let parenthesized = i == 0 && (t.loc.line, t.loc.col) != (l.line, l.col);
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !parenthesized {
            return Err(error_loc(
                "assignment to yield expression not possible",
                t.loc,
            ));
        }
        if let Some(bad) = invalid_target(t) {
            // CPython's `invalid_named_expression` rule adds a hint when the bad target is
            // directly followed by the `=` of a single assignment.
            let direct = std::ptr::eq(bad, t) || is_unparenthesized_tuple(t);
            let hint = i + 1 == n
                && n == 1
                && direct
                && bad.loc.end_line == t.loc.end_line
                && bad.loc.end_col == t.loc.end_col
                && !matches!(
                    bad.kind,
                    ExprKind::Tuple { .. }
                        | ExprKind::List { .. }
                        | ExprKind::GeneratorExp { .. }
                        | ExprKind::Constant(Constant::None | Constant::Bool(_))
                        | ExprKind::Compare { .. }
                        | ExprKind::BoolOp { .. }
                        | ExprKind::IfExp { .. }
                        | ExprKind::Lambda { .. }
                        | ExprKind::NamedExpr { .. }
                        | ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            ..
                        }
                );
            let msg = if hint {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Err(error_loc(&msg, bad.loc));
        }
    }
    for t in &mut targets {
        apply_ctx(t, Ctx::Store);
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign(mut target: Expr, op: BinOp, value: Expr, l: Pos, r: Pos) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            return Err(error_loc(
                &format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&target)
                ),
                target.loc,
            ))
        }
    }
    check_value(&value)?;
    apply_ctx(&mut target, Ctx::Store);
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign(
    mut target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: Pos,
    r: Pos,
) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { ref elts, .. } => {
            let at = elts.first().map_or(target.loc, |e| e.loc);
            return Err(error_loc(
                "only single target (not tuple) can be annotated",
                at,
            ));
        }
        ExprKind::List { .. } => {
            return Err(error_loc(
                "only single target (not list) can be annotated",
                target.loc,
            ))
        }
        _ => return Err(error_loc("illegal target for annotation", target.loc)),
    }
    if let Some(v) = &value {
        check_value(v)?;
    }
    // A bare name is "simple"; a parenthesized one starts after the statement does.
    let simple = matches!(target.kind, ExprKind::Name { .. })
        && target.loc.line == l.line
        && target.loc.col == l.col;
    apply_ctx(&mut target, Ctx::Store);
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        l,
        r,
    ))
}

pub fn with_item((e, target): (Expr, Option<Expr>)) -> PResult<WithItem> {
    let optional_vars = target.map(|t| set_ctx(t, Ctx::Store)).transpose()?;
    Ok(WithItem {
        context_expr: e,
        optional_vars,
    })
}

/// `with ( items ):` — grouped with-items, or (if an item is starred) one tuple.
pub fn paren_with_items(
    (items, trailing): (Vec<(Expr, Option<Expr>)>, bool),
    l: Pos,
    r: Pos,
) -> PResult<Vec<WithItem>> {
    let starred = items
        .iter()
        .any(|(e, _)| matches!(e.kind, ExprKind::Starred { .. }));
    if starred {
        if let Some((_, Some(t))) = items.iter().find(|(_, t)| t.is_some()) {
            return Err(error_loc("invalid syntax", t.loc));
        }
        let elts: Vec<Expr> = items.into_iter().map(|(e, _)| e).collect();
        let tuple = paren((elts, trailing), l, r)?;
        return Ok(vec![WithItem {
            context_expr: tuple,
            optional_vars: None,
        }]);
    }
    items.into_iter().map(with_item).collect()
}

// ---------------------------------------------------------------------------------------
// Statements

/// The end of a compound statement: the end of its last non-empty clause.
pub fn end_of(body: &[Stmt], orelse: &[Stmt]) -> Pos {
    let last = orelse.last().or(body.last());
    last.map(|s| Pos::new(s.loc.end_line, s.loc.end_col))
        .unwrap_or_default()
}

type ElifClause = (Pos, Expr, Vec<Stmt>);

pub fn if_chain(
    l: Pos,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<ElifClause>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let r = end_of(&ebody, &orelse);
        orelse = vec![stmt(
            StmtKind::If {
                test: etest,
                body: ebody,
                orelse,
            },
            el,
            r,
        )];
    }
    let r = end_of(&body, &orelse);
    stmt(StmtKind::If { test, body, orelse }, l, r)
}

/// A `try` has either `except` or `except*` clauses: the first clause of the other kind is
/// an error (at its keyword).
pub fn check_except_kinds(handlers: &[ExceptHandler]) -> Result<(), SyntaxError> {
    let Some(first) = handlers.first() else {
        return Ok(());
    };
    match handlers.iter().find(|h| h.star != first.star) {
        Some(h) => {
            let width = if h.star { 7 } else { 6 };
            let l = Pos::new(h.loc.line, h.loc.col);
            let r = Pos::new(h.loc.line, h.loc.col + width);
            Err(error_at(
                "cannot have both 'except' and 'except*' on the same 'try'",
                l,
                r,
            ))
        }
        None => Ok(()),
    }
}

pub fn try_stmt(
    l: Pos,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Stmt {
    let r = if let Some(s) = finalbody.last().or(orelse.last()) {
        Pos::new(s.loc.end_line, s.loc.end_col)
    } else if let Some(h) = handlers.last() {
        Pos::new(h.loc.end_line, h.loc.end_col)
    } else {
        end_of(&body, &[])
    };
    stmt(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        l,
        r,
    )
}

// ---------------------------------------------------------------------------------------
// Calls

/// One argument as written in a call or class header.
pub enum ArgItem {
    Positional(Expr),
    /// An unparenthesized generator expression (only valid as the sole argument).
    Genexp(Expr, Vec<Comprehension>, Loc),
    Star(Expr),
    DoubleStar(Expr, Loc),
    /// `key = value`: the key as parsed, the value, the span of `key =`, the whole span.
    Keyword(Expr, Expr, Loc, Loc),
}

/// Call arguments between parentheses at `pl`..`pr`: a sole generator expression takes
/// the parentheses' span, as in CPython.
pub fn call_args_in_parens(
    (mut items, trailing): (Vec<ArgItem>, bool),
    pl: Pos,
    close: Pos,
    pr: Pos,
) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    if items.len() == 1 && !trailing && matches!(items[0], ArgItem::Genexp(..)) {
        if let Some(ArgItem::Genexp(elt, generators, _)) = items.pop() {
            let g = expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(elt),
                    generators,
                },
                pl,
                pr,
            );
            return Ok((vec![g], Vec::new()));
        }
    }
    call_args((items, trailing), close)
}

/// Validates argument order like CPython and splits positional arguments from keywords.
/// `close` is the closing parenthesis, where CPython reports misplaced positionals.
pub fn call_args(
    (items, trailing): (Vec<ArgItem>, bool),
    close: Pos,
) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let at_close = |msg: &str| error_at(msg, close, Pos::new(close.line, close.col + 1));
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                if seen_dstar {
                    return Err(at_close(
                        "positional argument follows keyword argument unpacking",
                    ));
                }
                if seen_kw {
                    return Err(at_close("positional argument follows keyword argument"));
                }
                args.push(e);
            }
            ArgItem::Genexp(elt, generators, l) => {
                if n > 1 || trailing {
                    return Err(error_loc("Generator expression must be parenthesized", l));
                }
                args.push(Expr {
                    kind: ExprKind::GeneratorExp {
                        elt: Box::new(elt),
                        generators,
                    },
                    loc: l,
                });
            }
            ArgItem::Star(e) => {
                if seen_dstar {
                    // CPython points at the star alone.
                    let star = Loc::new(e.loc.line, e.loc.col, e.loc.line, e.loc.col + 1);
                    return Err(error_loc(
                        "iterable argument unpacking follows keyword argument unpacking",
                        star,
                    ));
                }
                args.push(e);
            }
            ArgItem::DoubleStar(value, loc) => {
                seen_dstar = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    loc,
                });
            }
            ArgItem::Keyword(key, value, key_loc, loc) => {
                let ExprKind::Name { id, .. } = key.kind else {
                    return Err(error_loc(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        key_loc,
                    ));
                };
                if keywords.iter().any(|k| k.arg.as_deref() == Some(&id)) {
                    return Err(error_loc(&format!("keyword argument repeated: {id}"), loc));
                }
                seen_kw = true;
                keywords.push(Keyword {
                    arg: Some(id),
                    value,
                    loc,
                });
            }
        }
    }
    Ok((args, keywords))
}

// ---------------------------------------------------------------------------------------
// Parameters

/// One entry of a `def` or `lambda` parameter list as written.
pub enum Param {
    Plain(Arg, Option<Expr>),
    /// `*args` or a bare `*` (located at the star).
    Star(Option<Arg>, Loc),
    DoubleStar(Arg),
    Slash(Loc),
}

pub fn arg(name: String, annotation: Option<Expr>, l: Pos, r: Pos) -> Arg {
    Arg {
        arg: name,
        annotation: annotation.map(Box::new),
        loc: loc(l, r),
    }
}

/// Builds `ast::Arguments` from a parameter list, enforcing CPython's ordering rules.
pub fn arguments(params: Vec<Param>, is_lambda: bool) -> PResult<Arguments> {
    // CPython points at a bare `*` in a `def`, but at the token after it in a lambda.
    let bare_star_error = |l: Loc| {
        let l = if is_lambda {
            Loc::new(l.end_line, l.end_col, l.end_line, l.end_col + 1)
        } else {
            l
        };
        error_loc("named arguments must follow bare *", l)
    };
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut star: Option<Loc> = None;
    let mut bare_star = false;
    let mut seen_default = false;
    for p in params {
        if a.kwarg.is_some() {
            let l = match &p {
                Param::Plain(arg, _) | Param::DoubleStar(arg) => arg.loc,
                Param::Star(_, l) | Param::Slash(l) => *l,
            };
            return Err(error_loc("arguments cannot follow var-keyword argument", l));
        }
        match p {
            Param::Plain(arg, default) => {
                if star.is_some() {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                    continue;
                }
                match default {
                    Some(d) => {
                        seen_default = true;
                        a.defaults.push(d);
                    }
                    None if seen_default => {
                        return Err(error_loc(
                            "non-default argument follows default argument",
                            arg.loc,
                        ))
                    }
                    None => {}
                }
                a.args.push(arg);
            }
            Param::Slash(l) => {
                if seen_slash {
                    return Err(error_loc("/ may appear only once", l));
                }
                if star.is_some() {
                    return Err(error_loc("/ must be ahead of *", l));
                }
                if a.args.is_empty() {
                    return Err(error_loc("invalid syntax", l));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            Param::Star(arg, l) => {
                if star.is_some() {
                    return Err(error_loc("* argument may appear only once", l));
                }
                star = Some(l);
                bare_star = arg.is_none();
                a.vararg = arg;
            }
            Param::DoubleStar(arg) => {
                if bare_star && a.kwonlyargs.is_empty() {
                    if let Some(l) = star {
                        return Err(bare_star_error(l));
                    }
                }
                a.kwarg = Some(arg);
            }
        }
    }
    if bare_star && a.kwonlyargs.is_empty() && a.kwarg.is_none() {
        if let Some(l) = star {
            return Err(bare_star_error(l));
        }
    }
    Ok(a)
}

// -- function definitions and `async` statements ----------------------------------------------

/// What follows `def` (or `async def`): name, parameters, return annotation, body.
pub struct FunctionParts {
    pub name: String,
    pub params: Vec<Param>,
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A `def` or `async def` starting at `l` (the `def`, or the `async` before it).
pub fn function_def(f: FunctionParts, is_async: bool, l: Pos) -> PResult<Stmt> {
    let args = arguments(f.params, false)?;
    let r = end_of(&f.body, &[]);
    Ok(stmt(
        StmtKind::FunctionDef {
            name: f.name,
            args: Box::new(args),
            body: f.body,
            decorators: Vec::new(),
            returns: f.returns.map(Box::new),
            is_async,
        },
        l,
        r,
    ))
}

/// Attaches the decorators to a function definition (its span starts at `def`/`async`).
pub fn decorate(mut f: Stmt, decorators: Vec<Expr>) -> Stmt {
    if let StmtKind::FunctionDef { decorators: d, .. } = &mut f.kind {
        *d = decorators;
    }
    f
}

/// `async for` / `async with`: the statement, marked async and starting at `async` (`l`).
pub fn make_async(mut s: Stmt, l: Pos) -> Stmt {
    if let StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } = &mut s.kind {
        *is_async = true;
    }
    s.loc.line = l.line;
    s.loc.col = l.col;
    s
}
