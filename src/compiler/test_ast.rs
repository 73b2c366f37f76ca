//! Small AST constructors for the compiler's unit tests (which must not depend on the parser).
//! Every node gets the location `line N, col 0..1` where `N` is the line last chosen with
//! [`line`] (1 at first), unless a test moves it with [`at`].

use std::cell::Cell;

use crate::ast::*;

thread_local! {
    static LINE: Cell<u32> = const { Cell::new(1) };
}

/// Nodes built from now on are on line `n`.
pub fn line(n: u32) {
    LINE.with(|l| l.set(n));
}

fn here() -> Loc {
    let n = LINE.with(|l| l.get());
    Loc::new(n, 0, n, 1)
}

pub fn loc(line: u32, col: u32, end_col: u32) -> Loc {
    Loc::new(line, col, line, end_col)
}

fn ex(kind: ExprKind) -> Expr {
    Expr { kind, loc: here() }
}

pub fn st(kind: StmtKind) -> Stmt {
    Stmt { kind, loc: here() }
}

/// Move a statement to `line`, columns `col..end_col`.
pub fn at(line: u32, col: u32, end_col: u32, mut s: Stmt) -> Stmt {
    s.loc = loc(line, col, end_col);
    s
}

/// Move an expression.
pub fn eat(line: u32, col: u32, end_col: u32, mut e: Expr) -> Expr {
    e.loc = loc(line, col, end_col);
    e
}

pub fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

pub fn name(id: &str) -> Expr {
    ex(ExprKind::Name {
        id: id.into(),
        ctx: Ctx::Load,
    })
}

pub fn store(id: &str) -> Expr {
    ex(ExprKind::Name {
        id: id.into(),
        ctx: Ctx::Store,
    })
}

pub fn del_name(id: &str) -> Expr {
    ex(ExprKind::Name {
        id: id.into(),
        ctx: Ctx::Del,
    })
}

pub fn int(v: i64) -> Expr {
    ex(ExprKind::Constant(Constant::Int(v)))
}

pub fn none() -> Expr {
    ex(ExprKind::Constant(Constant::None))
}

pub fn float(v: f64) -> Expr {
    ex(ExprKind::Constant(Constant::Float(v)))
}

pub fn string(v: &str) -> Expr {
    ex(ExprKind::Constant(Constant::Str(v.into())))
}

pub fn binop(left: Expr, op: BinOp, right: Expr) -> Expr {
    ex(ExprKind::BinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
    })
}

pub fn unary(op: UnaryOp, operand: Expr) -> Expr {
    ex(ExprKind::UnaryOp {
        op,
        operand: Box::new(operand),
    })
}

pub fn compare(left: Expr, ops: Vec<(CmpOp, Expr)>) -> Expr {
    let (ops, comparators) = ops.into_iter().unzip();
    ex(ExprKind::Compare {
        left: Box::new(left),
        ops,
        comparators,
    })
}

pub fn boolop(op: BoolOp, values: Vec<Expr>) -> Expr {
    ex(ExprKind::BoolOp { op, values })
}

pub fn call(func: Expr, args: Vec<Expr>) -> Expr {
    ex(ExprKind::Call {
        func: Box::new(func),
        args,
        keywords: vec![],
    })
}

pub fn call_kw(func: Expr, args: Vec<Expr>, kws: Vec<(Option<&str>, Expr)>) -> Expr {
    ex(ExprKind::Call {
        func: Box::new(func),
        args,
        keywords: kws
            .into_iter()
            .map(|(k, v)| Keyword {
                arg: k.map(Into::into),
                value: v,
                loc: here(),
            })
            .collect(),
    })
}

pub fn attr(value: Expr, attr: &str) -> Expr {
    ex(ExprKind::Attribute {
        value: Box::new(value),
        attr: attr.into(),
        ctx: Ctx::Load,
    })
}

pub fn attr_store(value: Expr, attr: &str) -> Expr {
    ex(ExprKind::Attribute {
        value: Box::new(value),
        attr: attr.into(),
        ctx: Ctx::Store,
    })
}

pub fn subscript(value: Expr, slice: Expr, ctx: Ctx) -> Expr {
    ex(ExprKind::Subscript {
        value: Box::new(value),
        slice: Box::new(slice),
        ctx,
    })
}

pub fn slice(lower: Option<Expr>, upper: Option<Expr>, step: Option<Expr>) -> Expr {
    ex(ExprKind::Slice {
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.map(Box::new),
    })
}

pub fn tuple(elts: Vec<Expr>, ctx: Ctx) -> Expr {
    ex(ExprKind::Tuple { elts, ctx })
}

pub fn list(elts: Vec<Expr>, ctx: Ctx) -> Expr {
    ex(ExprKind::List { elts, ctx })
}

pub fn set(elts: Vec<Expr>) -> Expr {
    ex(ExprKind::Set(elts))
}

pub fn dict(items: Vec<(Option<Expr>, Expr)>) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    ex(ExprKind::Dict { keys, values })
}

pub fn starred(value: Expr, ctx: Ctx) -> Expr {
    ex(ExprKind::Starred {
        value: Box::new(value),
        ctx,
    })
}

pub fn named(target: &str, value: Expr) -> Expr {
    ex(ExprKind::NamedExpr {
        target: Box::new(store(target)),
        value: Box::new(value),
    })
}

pub fn ifexp(test: Expr, body: Expr, orelse: Expr) -> Expr {
    ex(ExprKind::IfExp {
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    })
}

pub fn yield_(value: Option<Expr>) -> Expr {
    ex(ExprKind::Yield(value.map(Box::new)))
}

pub fn yield_from(value: Expr) -> Expr {
    ex(ExprKind::YieldFrom(Box::new(value)))
}

pub fn fstring(parts: Vec<Expr>) -> Expr {
    ex(ExprKind::JoinedStr(parts))
}

pub fn formatted(value: Expr, conversion: Option<char>, spec: Option<Expr>) -> Expr {
    ex(ExprKind::FormattedValue {
        value: Box::new(value),
        conversion,
        format_spec: spec.map(Box::new),
    })
}

pub fn comp(target: Expr, iter: Expr, ifs: Vec<Expr>) -> Comprehension {
    Comprehension {
        target,
        iter,
        ifs,
        is_async: false,
    }
}

pub fn listcomp(elt: Expr, generators: Vec<Comprehension>) -> Expr {
    ex(ExprKind::ListComp {
        elt: Box::new(elt),
        generators,
    })
}

pub fn setcomp(elt: Expr, generators: Vec<Comprehension>) -> Expr {
    ex(ExprKind::SetComp {
        elt: Box::new(elt),
        generators,
    })
}

pub fn dictcomp(key: Expr, value: Expr, generators: Vec<Comprehension>) -> Expr {
    ex(ExprKind::DictComp {
        key: Box::new(key),
        value: Box::new(value),
        generators,
    })
}

pub fn genexp(elt: Expr, generators: Vec<Comprehension>) -> Expr {
    ex(ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators,
    })
}

pub fn arg(name: &str) -> Arg {
    Arg {
        arg: name.into(),
        annotation: None,
        loc: here(),
    }
}

pub fn params(names: &[&str]) -> Arguments {
    Arguments {
        args: names.iter().map(|n| arg(n)).collect(),
        ..Default::default()
    }
}

pub fn lambda(args: Arguments, body: Expr) -> Expr {
    ex(ExprKind::Lambda {
        args: Box::new(args),
        body: Box::new(body),
    })
}

pub fn def(name: &str, args: Arguments, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::FunctionDef {
        name: name.into(),
        args: Box::new(args),
        body,
        decorators: vec![],
        returns: None,
        is_async: false,
    })
}

pub fn class(name: &str, bases: Vec<Expr>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef {
        name: name.into(),
        bases,
        keywords: vec![],
        body,
        decorators: vec![],
    })
}

pub fn expr(e: Expr) -> Stmt {
    st(StmtKind::Expr(e))
}

pub fn assign(target: Expr, value: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![target],
        value,
    })
}

pub fn aug(target: Expr, op: BinOp, value: Expr) -> Stmt {
    st(StmtKind::AugAssign { target, op, value })
}

pub fn ret(value: Option<Expr>) -> Stmt {
    st(StmtKind::Return(value))
}

pub fn global(names: &[&str]) -> Stmt {
    st(StmtKind::Global(
        names.iter().map(|n| n.to_string()).collect(),
    ))
}

pub fn nonlocal(names: &[&str]) -> Stmt {
    st(StmtKind::Nonlocal(
        names.iter().map(|n| n.to_string()).collect(),
    ))
}

pub fn if_(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::If { test, body, orelse })
}

pub fn while_(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::While { test, body, orelse })
}

pub fn for_(target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::For {
        target,
        iter,
        body,
        orelse,
        is_async: false,
    })
}

pub fn handler(typ: Option<Expr>, name: Option<&str>, body: Vec<Stmt>) -> ExceptHandler {
    ExceptHandler {
        typ,
        name: name.map(Into::into),
        body,
        loc: here(),
        star: false,
    }
}

pub fn try_(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Stmt {
    st(StmtKind::Try {
        body,
        handlers,
        orelse,
        finalbody,
    })
}

pub fn with(items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::With {
        items: items
            .into_iter()
            .map(|(context_expr, optional_vars)| WithItem {
                context_expr,
                optional_vars,
            })
            .collect(),
        body,
        is_async: false,
    })
}

pub fn import(names: &[(&str, Option<&str>)]) -> Stmt {
    st(StmtKind::Import(aliases(names)))
}

pub fn import_from(module: Option<&str>, names: &[(&str, Option<&str>)], level: u32) -> Stmt {
    st(StmtKind::ImportFrom {
        module: module.map(Into::into),
        names: aliases(names),
        level,
    })
}

fn aliases(names: &[(&str, Option<&str>)]) -> Vec<Alias> {
    names
        .iter()
        .map(|(n, a)| Alias {
            name: n.to_string(),
            asname: a.map(Into::into),
            loc: here(),
        })
        .collect()
}
