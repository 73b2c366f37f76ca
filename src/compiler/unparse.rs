//! Expressions back to source text, as CPython's `ast_unparse.c` writes them: what an
//! annotation becomes under `from __future__ import annotations` (PEP 563). Covers every
//! expression an annotation may hold (`await`/`yield` are compile errors there).

use crate::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, UnaryOp,
};

// Precedence levels, loosest first (CPython's `_Py_PR_*`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const ATOM: u8 = 15;

/// The source text of `e` at the top level of an annotation.
pub fn unparse(e: &Expr) -> String {
    expr(e, TEST)
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", ARITH),
        BinOp::Sub => ("-", ARITH),
        BinOp::Mult => ("*", TERM),
        BinOp::MatMult => ("@", TERM),
        BinOp::Div => ("/", TERM),
        BinOp::Mod => ("%", TERM),
        BinOp::FloorDiv => ("//", TERM),
        BinOp::Pow => ("**", POWER),
        BinOp::LShift => ("<<", SHIFT),
        BinOp::RShift => (">>", SHIFT),
        BinOp::BitOr => ("|", BOR),
        BinOp::BitXor => ("^", BXOR),
        BinOp::BitAnd => ("&", BAND),
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
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn paren(s: String, level: u8, need: u8) -> String {
    if level < need {
        format!("({s})")
    } else {
        s
    }
}

fn list(items: &[Expr]) -> String {
    items
        .iter()
        .map(|e| expr(e, TEST))
        .collect::<Vec<_>>()
        .join(", ")
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(x) => crate::objects::numbers::float_repr::repr_f64(*x),
        // (as `complex.__repr__`: no `.0` on an integral part, `1j`)
        Constant::Imaginary(x) => {
            let r = crate::objects::numbers::float_repr::repr_f64(*x);
            format!("{}j", r.strip_suffix(".0").unwrap_or(&r))
        }
        Constant::Str(s) => crate::objects::strings::str::repr_str(s),
        Constant::Bytes(b) => crate::objects::binary::bytes::repr_bytes(b),
        Constant::Ellipsis => "...".into(),
    }
}

fn expr(e: &Expr, need: u8) -> String {
    match &e.kind {
        ExprKind::Name { id, .. } => id.to_string(),
        ExprKind::Constant(c) => constant(c),
        ExprKind::Attribute { value, attr, .. } => {
            let mut v = expr(value, ATOM);
            // `1 .real`: an int literal needs a space before the dot.
            if matches!(
                &value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            ) {
                v.push(' ');
            }
            format!("{v}.{attr}")
        }
        ExprKind::Subscript { value, slice, .. } => {
            let inner = match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    let mut s = list(elts);
                    if elts.len() == 1 {
                        s.push(',');
                    }
                    s
                }
                _ => expr(slice, TEST),
            };
            format!("{}[{}]", expr(value, ATOM), inner)
        }
        ExprKind::Slice { lower, upper, step } => {
            let part = |x: &Option<Box<Expr>>| x.as_ref().map_or(String::new(), |x| expr(x, TEST));
            let mut s = format!("{}:{}", part(lower), part(upper));
            if step.is_some() {
                s.push(':');
                s.push_str(&part(step));
            }
            s
        }
        ExprKind::Tuple { elts, .. } => {
            let inner = if elts.len() == 1 {
                format!("{},", expr(&elts[0], TEST))
            } else {
                list(elts)
            };
            // (bare only as a comprehension's target)
            if need == TUPLE && !elts.is_empty() {
                inner
            } else {
                format!("({inner})")
            }
        }
        ExprKind::NamedExpr { target, value } => {
            let s = format!("{} := {}", expr(target, ATOM), expr(value, ATOM));
            paren(s, TUPLE, need)
        }
        ExprKind::Lambda { args, body } => {
            let a = arguments(args);
            // (CPython's spacing: `lambda*args: 0`, a space only before positionals)
            let positional = !args.args.is_empty() || !args.posonlyargs.is_empty();
            let sep = if positional { " " } else { "" };
            paren(format!("lambda{sep}{a}: {}", expr(body, TEST)), TEST, need)
        }
        ExprKind::ListComp { elt, generators } => {
            format!("[{}{}]", expr(elt, TEST), comprehensions(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("{{{}{}}}", expr(elt, TEST), comprehensions(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("({}{})", expr(elt, TEST), comprehensions(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!(
            "{{{}: {}{}}}",
            expr(key, TEST),
            expr(value, TEST),
            comprehensions(generators)
        ),
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => {
            let mut body = String::new();
            fstring_body(e, &mut body);
            format!("f{}", crate::objects::strings::str::repr_str(&body))
        }
        ExprKind::List { elts, .. } => format!("[{}]", list(elts)),
        ExprKind::Set(elts) => format!("{{{}}}", list(elts)),
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", expr(k, TEST), expr(v, TEST)),
                    None => format!("**{}", expr(v, BOR)),
                })
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        ExprKind::Starred { value, .. } => format!("*{}", expr(value, BOR)),
        ExprKind::BinOp { left, op, right } => {
            let (sym, level) = binop(*op);
            // `**` groups to the right, the rest to the left.
            let (l, r) = if *op == BinOp::Pow {
                (level + 1, level)
            } else {
                (level, level + 1)
            };
            let s = format!("{} {} {}", expr(left, l), sym, expr(right, r));
            paren(s, level, need)
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, level) = match op {
                UnaryOp::Not => (format!("not {}", expr(operand, NOT)), NOT),
                UnaryOp::Invert => (format!("~{}", expr(operand, FACTOR)), FACTOR),
                UnaryOp::UAdd => (format!("+{}", expr(operand, FACTOR)), FACTOR),
                UnaryOp::USub => (format!("-{}", expr(operand, FACTOR)), FACTOR),
            };
            paren(s, level, need)
        }
        ExprKind::BoolOp { op, values } => {
            let (sym, level) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            let parts: Vec<String> = values.iter().map(|v| expr(v, level + 1)).collect();
            paren(parts.join(sym), level, need)
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = expr(left, CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", cmpop(*op), expr(c, CMP + 1)));
            }
            paren(s, CMP, need)
        }
        ExprKind::IfExp { test, body, orelse } => {
            let s = format!(
                "{} if {} else {}",
                expr(body, TEST + 1),
                expr(test, TEST + 1),
                expr(orelse, TEST)
            );
            paren(s, TEST, need)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(|a| expr(a, TEST)).collect();
            for k in keywords {
                parts.push(match &k.arg {
                    Some(name) => format!("{}={}", name, expr(&k.value, TEST)),
                    None => format!("**{}", expr(&k.value, TEST)),
                });
            }
            format!("{}({})", expr(func, ATOM), parts.join(", "))
        }
        _ => "...".into(),
    }
}

/// A lambda's parameters: `a, b=1, /, c, *args, d=2, **kw`.
fn arguments(a: &Arguments) -> String {
    let mut parts = Vec::new();
    let positional: Vec<_> = a.posonlyargs.iter().chain(&a.args).collect();
    let first_default = positional.len() - a.defaults.len();
    for (i, arg) in positional.iter().enumerate() {
        let mut p = arg.arg.to_string();
        if i >= first_default {
            p.push('=');
            p.push_str(&expr(&a.defaults[i - first_default], TEST));
        }
        parts.push(p);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".to_string());
        }
    }
    match &a.vararg {
        Some(v) => parts.push(format!("*{}", v.arg)),
        None if !a.kwonlyargs.is_empty() => parts.push("*".to_string()),
        None => {}
    }
    for (arg, default) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        parts.push(match default {
            Some(d) => format!("{}={}", arg.arg, expr(d, TEST)),
            None => arg.arg.to_string(),
        });
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.arg));
    }
    parts.join(", ")
}

/// The ` for x in y if z` clauses of a comprehension.
fn comprehensions(gens: &[Comprehension]) -> String {
    let mut s = String::new();
    for g in gens {
        s.push_str(if g.is_async { " async for " } else { " for " });
        s.push_str(&expr(&g.target, TUPLE));
        s.push_str(" in ");
        s.push_str(&expr(&g.iter, TEST + 1));
        for cond in &g.ifs {
            s.push_str(" if ");
            s.push_str(&expr(cond, TEST + 1));
        }
    }
    s
}

/// The text between an f-string's quotes: literal parts with braces doubled, fields as
/// `{value!r:spec}`.
fn fstring_body(e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                fstring_body(p, out);
            }
        }
        ExprKind::Constant(Constant::Str(text)) => {
            out.push_str(&text.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let v = expr(value, TEST + 1);
            out.push('{');
            if v.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&v);
            if let Some(c) = conversion {
                out.push('!');
                out.push(*c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(spec, out);
            }
            out.push('}');
        }
        _ => out.push_str(&expr(e, TEST)),
    }
}
