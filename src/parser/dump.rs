//! A compact S-expression rendering of the AST, for tests and debugging:
//! `-2**2` dumps as `(- (** 2 2))`, `a < b < c` as `(cmp a < b < c)`.
//! Store/Del contexts are shown as a `=`/`~` suffix on names (`x=`).

use std::fmt::Write;

use crate::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Ctx, Expr, ExprKind, Module, Stmt,
    StmtKind, UnaryOp,
};

/// One line per statement, nested bodies indented by two spaces.
pub fn dump_module(m: &Module) -> String {
    let mut out = String::new();
    for s in &m.body {
        stmt(&mut out, s, 0);
    }
    out
}

/// The S-expression of one expression.
pub fn dump_expr(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e);
    out
}

fn body(out: &mut String, label: &str, stmts: &[Stmt], depth: usize) {
    let _ = writeln!(out, "{}{label}:", "  ".repeat(depth));
    for s in stmts {
        stmt(out, s, depth + 1);
    }
}

fn list(out: &mut String, es: &[Expr]) {
    for e in es {
        out.push(' ');
        expr(out, e);
    }
}

fn stmt(out: &mut String, s: &Stmt, depth: usize) {
    out.push_str(&"  ".repeat(depth));
    match &s.kind {
        StmtKind::FunctionDef {
            name,
            args,
            body: b,
            decorators,
            returns,
            is_async,
        } => {
            out.push_str(if *is_async { "(async-def " } else { "(def " });
            out.push_str(name);
            out.push(' ');
            arguments(out, args);
            if let Some(r) = returns {
                out.push_str(" -> ");
                expr(out, r);
            }
            if !decorators.is_empty() {
                out.push_str(" @");
                list(out, decorators);
            }
            out.push_str(")\n");
            body(out, "body", b, depth);
        }
        StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body: b,
            decorators,
        } => {
            let _ = write!(out, "(class {name}");
            list(out, bases);
            for k in keywords {
                let _ = write!(out, " {}=", k.arg.as_deref().unwrap_or("**"));
                expr(out, &k.value);
            }
            if !decorators.is_empty() {
                out.push_str(" @");
                list(out, decorators);
            }
            out.push_str(")\n");
            body(out, "body", b, depth);
        }
        StmtKind::Return(v) => {
            out.push_str("(return");
            list(out, v.as_slice());
            out.push_str(")\n");
        }
        StmtKind::Delete(ts) => {
            out.push_str("(del");
            list(out, ts);
            out.push_str(")\n");
        }
        StmtKind::Assign { targets, value } => {
            out.push_str("(=");
            list(out, targets);
            out.push(' ');
            expr(out, value);
            out.push_str(")\n");
        }
        StmtKind::AugAssign { target, op, value } => {
            let _ = write!(out, "({}= ", binop(*op));
            expr(out, target);
            out.push(' ');
            expr(out, value);
            out.push_str(")\n");
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            out.push_str(if *simple { "(: " } else { "(:paren " });
            expr(out, target);
            out.push(' ');
            expr(out, annotation);
            list(out, value.as_slice());
            out.push_str(")\n");
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => {
            out.push_str(if *is_async { "(async-for " } else { "(for " });
            expr(out, target);
            out.push(' ');
            expr(out, iter);
            out.push_str(")\n");
            body(out, "body", b, depth);
            if !orelse.is_empty() {
                body(out, "else", orelse, depth);
            }
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            out.push_str("(while ");
            expr(out, test);
            out.push_str(")\n");
            body(out, "body", b, depth);
            if !orelse.is_empty() {
                body(out, "else", orelse, depth);
            }
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            out.push_str("(if ");
            expr(out, test);
            out.push_str(")\n");
            body(out, "body", b, depth);
            if !orelse.is_empty() {
                body(out, "else", orelse, depth);
            }
        }
        StmtKind::With {
            items,
            body: b,
            is_async,
        } => {
            out.push_str(if *is_async { "(async-with" } else { "(with" });
            for item in items {
                out.push(' ');
                expr(out, &item.context_expr);
                if let Some(v) = &item.optional_vars {
                    out.push_str(" as ");
                    expr(out, v);
                }
            }
            out.push_str(")\n");
            body(out, "body", b, depth);
        }
        StmtKind::Raise { exc, cause } => {
            out.push_str("(raise");
            list(out, exc.as_slice());
            if let Some(c) = cause {
                out.push_str(" from ");
                expr(out, c);
            }
            out.push_str(")\n");
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            out.push_str("(try)\n");
            body(out, "body", b, depth);
            for h in handlers {
                let _ = write!(out, "{}except", "  ".repeat(depth));
                if let Some(t) = &h.typ {
                    out.push(' ');
                    expr(out, t);
                }
                if let Some(n) = &h.name {
                    let _ = write!(out, " as {n}");
                }
                out.push_str(":\n");
                for s in &h.body {
                    stmt(out, s, depth + 1);
                }
            }
            if !orelse.is_empty() {
                body(out, "else", orelse, depth);
            }
            if !finalbody.is_empty() {
                body(out, "finally", finalbody, depth);
            }
        }
        StmtKind::Assert { test, msg } => {
            out.push_str("(assert ");
            expr(out, test);
            list(out, msg.as_slice());
            out.push_str(")\n");
        }
        StmtKind::Import(names) => {
            out.push_str("(import");
            for a in names {
                let _ = write!(out, " {}", a.name);
                if let Some(asname) = &a.asname {
                    let _ = write!(out, " as {asname}");
                }
            }
            out.push_str(")\n");
        }
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            let _ = write!(
                out,
                "(from {}{} import",
                ".".repeat(*level as usize),
                module.as_deref().unwrap_or("")
            );
            for a in names {
                let _ = write!(out, " {}", a.name);
                if let Some(asname) = &a.asname {
                    let _ = write!(out, " as {asname}");
                }
            }
            out.push_str(")\n");
        }
        StmtKind::Global(names) => {
            let _ = writeln!(out, "(global {})", names.join(" "));
        }
        StmtKind::Nonlocal(names) => {
            let _ = writeln!(out, "(nonlocal {})", names.join(" "));
        }
        StmtKind::Expr(e) => {
            expr(out, e);
            out.push('\n');
        }
        StmtKind::Pass => out.push_str("(pass)\n"),
        StmtKind::Break => out.push_str("(break)\n"),
        StmtKind::Continue => out.push_str("(continue)\n"),
        StmtKind::Match { subject, cases } => {
            out.push_str("(match ");
            expr(out, subject);
            out.push_str(")\n");
            for c in cases {
                let _ = writeln!(out, "{}(case {:?})", "  ".repeat(depth + 1), c.pattern.kind);
                body(out, "body", &c.body, depth + 1);
            }
        }
    }
}

fn arguments(out: &mut String, a: &Arguments) {
    out.push('(');
    let mut parts: Vec<String> = Vec::new();
    let npos = a.posonlyargs.len() + a.args.len();
    let first_default = npos - a.defaults.len().min(npos);
    for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        let mut p = arg.arg.clone();
        if let Some(ann) = &arg.annotation {
            p.push(':');
            p.push_str(&dump_expr(ann));
        }
        if i >= first_default {
            p.push('=');
            p.push_str(&dump_expr(&a.defaults[i - first_default]));
        }
        parts.push(p);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".into());
        }
    }
    match &a.vararg {
        Some(v) => parts.push(format!("*{}", v.arg)),
        None if !a.kwonlyargs.is_empty() => parts.push("*".into()),
        None => {}
    }
    for (arg, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut p = arg.arg.clone();
        if let Some(d) = d {
            p.push('=');
            p.push_str(&dump_expr(d));
        }
        parts.push(p);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.arg));
    }
    out.push_str(&parts.join(" "));
    out.push(')');
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

fn ctx(out: &mut String, c: Ctx) {
    match c {
        Ctx::Load => {}
        Ctx::Store => out.push('='),
        Ctx::Del => out.push('~'),
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " (async-for " } else { " (for " });
        expr(out, &g.target);
        out.push(' ');
        expr(out, &g.iter);
        for c in &g.ifs {
            out.push_str(" (if ");
            expr(out, c);
            out.push(')');
        }
        out.push(')');
    }
}

fn expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            out.push_str(match op {
                BoolOp::And => "(and",
                BoolOp::Or => "(or",
            });
            list(out, values);
            out.push(')');
        }
        ExprKind::NamedExpr { target, value } => {
            out.push_str("(:= ");
            expr(out, target);
            out.push(' ');
            expr(out, value);
            out.push(')');
        }
        ExprKind::BinOp { left, op, right } => {
            let _ = write!(out, "({} ", binop(*op));
            expr(out, left);
            out.push(' ');
            expr(out, right);
            out.push(')');
        }
        ExprKind::UnaryOp { op, operand } => {
            out.push_str(match op {
                UnaryOp::Invert => "(~ ",
                UnaryOp::Not => "(not ",
                UnaryOp::UAdd => "(+ ",
                UnaryOp::USub => "(- ",
            });
            expr(out, operand);
            out.push(')');
        }
        ExprKind::Lambda { args, body } => {
            out.push_str("(lambda ");
            arguments(out, args);
            out.push(' ');
            expr(out, body);
            out.push(')');
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push_str("(if ");
            expr(out, test);
            out.push(' ');
            expr(out, body);
            out.push(' ');
            expr(out, orelse);
            out.push(')');
        }
        ExprKind::Dict { keys, values } => {
            out.push_str("(dict");
            for (k, v) in keys.iter().zip(values) {
                out.push(' ');
                match k {
                    Some(k) => {
                        expr(out, k);
                        out.push(':');
                    }
                    None => out.push_str("**"),
                }
                expr(out, v);
            }
            out.push(')');
        }
        ExprKind::Set(elts) => {
            out.push_str("(set");
            list(out, elts);
            out.push(')');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push_str("(listcomp ");
            expr(out, elt);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push_str("(setcomp ");
            expr(out, elt);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push_str("(dictcomp ");
            expr(out, key);
            out.push(':');
            expr(out, value);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push_str("(genexp ");
            expr(out, elt);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await(v) => {
            out.push_str("(await ");
            expr(out, v);
            out.push(')');
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield-from ");
            expr(out, v);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            out.push_str("(cmp ");
            expr(out, left);
            for (op, c) in ops.iter().zip(comparators) {
                let _ = write!(out, " {} ", cmpop(*op));
                expr(out, c);
            }
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push_str("(call ");
            expr(out, func);
            list(out, args);
            for k in keywords {
                match &k.arg {
                    Some(a) => {
                        let _ = write!(out, " {a}=");
                    }
                    None => out.push_str(" **"),
                }
                expr(out, &k.value);
            }
            out.push(')');
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            out.push_str("(fv ");
            expr(out, value);
            if let Some(c) = conversion {
                let _ = write!(out, " !{c}");
            }
            if let Some(s) = format_spec {
                out.push_str(" :");
                expr(out, s);
            }
            out.push(')');
        }
        ExprKind::JoinedStr(values) => {
            out.push_str("(f");
            list(out, values);
            out.push(')');
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => {
            out.push_str("(. ");
            expr(out, value);
            let _ = write!(out, " {attr})");
            ctx(out, *c);
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => {
            out.push_str("([] ");
            expr(out, value);
            out.push(' ');
            expr(out, slice);
            out.push(')');
            ctx(out, *c);
        }
        ExprKind::Starred { value, ctx: c } => {
            out.push_str("(* ");
            expr(out, value);
            out.push(')');
            ctx(out, *c);
        }
        ExprKind::Name { id, ctx: c } => {
            out.push_str(id);
            ctx(out, *c);
        }
        ExprKind::List { elts, ctx: c } => {
            out.push_str("(list");
            list(out, elts);
            out.push(')');
            ctx(out, *c);
        }
        ExprKind::Tuple { elts, ctx: c } => {
            out.push_str("(tuple");
            list(out, elts);
            out.push(')');
            ctx(out, *c);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.push_str("(slice");
            for part in [lower, upper, step] {
                out.push(' ');
                match part {
                    Some(p) => expr(out, p),
                    None => out.push('_'),
                }
            }
            out.push(')');
        }
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::BigInt(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(f) => {
            let _ = write!(out, "{f:?}");
        }
        Constant::Imaginary(f) => {
            let _ = write!(out, "{f:?}j");
        }
        Constant::Str(s) => {
            let _ = write!(out, "{s:?}");
        }
        Constant::Bytes(b) => {
            let _ = write!(out, "b{:?}", String::from_utf8_lossy(b));
        }
        Constant::Ellipsis => out.push_str("..."),
    }
}
