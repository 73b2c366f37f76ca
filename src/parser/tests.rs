//! Parser tests: precedence and associativity (via the S-expression dump), statements,
//! literal values, locations, and CPython's syntax-error messages and positions.

use super::*;
use crate::ast::{Constant, Ctx, ExprKind, Loc, StmtKind};
use crate::syntax_error::SyntaxErrorKind;

fn ex(src: &str) -> String {
    match parse_expression(src) {
        Ok(e) => dump_expr(&e),
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

fn module(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => dump_module(&m),
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

fn constant(src: &str) -> Constant {
    match parse_expression(src).map(|e| e.kind) {
        Ok(ExprKind::Constant(c)) => c,
        other => panic!("{src:?}: {other:?}"),
    }
}

/// (kind, message, line, 1-based column) of the error for `src`.
fn err(src: &str) -> (SyntaxErrorKind, String, u32, u32) {
    match parse_module(src) {
        Ok(m) => panic!("{src:?} parsed: {}", dump_module(&m)),
        Err(e) => (e.kind, e.msg, e.line, e.col),
    }
}

fn syntax(msg: &str, line: u32, col: u32) -> (SyntaxErrorKind, String, u32, u32) {
    (SyntaxErrorKind::SyntaxError, msg.to_string(), line, col)
}

fn indentation(msg: &str, line: u32, col: u32) -> (SyntaxErrorKind, String, u32, u32) {
    (
        SyntaxErrorKind::IndentationError,
        msg.to_string(),
        line,
        col,
    )
}

// ---------------------------------------------------------------------------------------
// Precedence and associativity

#[test]
fn power_binds_tighter_than_unary_minus_on_its_left() {
    assert_eq!(ex("-2**2"), "(- (** 2 2))");
    assert_eq!(ex("2**-1"), "(** 2 (- 1))");
    assert_eq!(ex("2**3**2"), "(** 2 (** 3 2))");
    assert_eq!(ex("-x.y**-z[0]"), "(- (** (. x y) (- ([] z 0))))");
}

#[test]
fn boolean_operators() {
    assert_eq!(ex("a or b and not c"), "(or a (and b (not c)))");
    assert_eq!(ex("a or b or c"), "(or a b c)");
    assert_eq!(ex("(a or b) or c"), "(or (or a b) c)");
    assert_eq!(ex("not a == b"), "(not (cmp a == b))");
}

#[test]
fn comparison_chains() {
    assert_eq!(ex("1 < 2 < 3"), "(cmp 1 < 2 < 3)");
    assert_eq!(
        ex("a is not b not in c in d != e"),
        "(cmp a is-not b not-in c in d != e)"
    );
    assert_eq!(ex("a < b | c"), "(cmp a < (| b c))");
}

#[test]
fn conditional_expressions_and_lambda() {
    assert_eq!(ex("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(ex("lambda: x if y else z"), "(lambda () (if y x z))");
    assert_eq!(
        ex("lambda a, b=1, *c, d, e=2, **f: a"),
        "(lambda (a b=1 *c d e=2 **f) a)"
    );
    assert_eq!(ex("lambda a, /, b: 0"), "(lambda (a / b) 0)");
    assert_eq!(ex("lambda *, k: 0"), "(lambda (* k) 0)");
}

#[test]
fn binary_operator_ladder() {
    assert_eq!(
        ex("a | b ^ c & d << e + f * g"),
        "(| a (^ b (& c (<< d (+ e (* f g))))))"
    );
    assert_eq!(ex("a - b - c"), "(- (- a b) c)");
    assert_eq!(ex("a / b // c % d @ e"), "(@ (% (// (/ a b) c) d) e)");
    assert_eq!(ex("~a + -b * +c"), "(+ (~ a) (* (- b) (+ c)))");
    assert_eq!(ex("a >> b << c"), "(<< (>> a b) c)");
}

#[test]
fn primaries() {
    assert_eq!(ex("a.b(c)[d].e"), "(. ([] (call (. a b) c) d) e)");
    assert_eq!(ex("f(a, *b, k=1, **c)"), "(call f a (* b) k=1 **c)");
    assert_eq!(ex("f(a for a in b)"), "(call f (genexp a (for a= b)))");
    assert_eq!(ex("f(x := 1)"), "(call f (:= x= 1))");
    assert_eq!(ex("await x ** 2"), "(** (await x) 2)");
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(
        ex("a[1:2, ::3]"),
        "([] a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(ex("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(ex("a[1,]"), "([] a (tuple 1))");
    assert_eq!(ex("a[*b]"), "([] a (tuple (* b)))");
    assert_eq!(ex("a[x:=1]"), "([] a (:= x= 1))");
}

#[test]
fn displays_and_comprehensions() {
    assert_eq!(ex("()"), "(tuple)");
    assert_eq!(ex("(1,)"), "(tuple 1)");
    assert_eq!(ex("(1)"), "1");
    assert_eq!(ex("[1, *a]"), "(list 1 (* a))");
    assert_eq!(ex("{}"), "(dict)");
    assert_eq!(ex("{1: 2, **m}"), "(dict 1:2 **m)");
    assert_eq!(ex("{1, 2}"), "(set 1 2)");
    assert_eq!(
        ex("[x for x in y if x if z for w in x]"),
        "(listcomp x (for x= y (if x) (if z)) (for w= x))"
    );
    assert_eq!(
        ex("{k: v for k, v in d}"),
        "(dictcomp k:v (for (tuple k= v=)= d))"
    );
    assert_eq!(ex("{x for x in y}"), "(setcomp x (for x= y))");
    assert_eq!(ex("(x for x in y)"), "(genexp x (for x= y))");
    assert_eq!(ex("[y := 1, y]"), "(list (:= y= 1) y)");
}

#[test]
fn yield_forms() {
    assert_eq!(
        module("def g():\n    x = yield\n    y = yield from z\n    yield 1, 2\n    await (yield)\n"),
        "(def g ())\nbody:\n  (= x= (yield))\n  (= y= (yield-from z))\n  (yield (tuple 1 2))\n  (await (yield))\n"
    );
}

#[test]
fn expression_input_allows_surrounding_whitespace() {
    assert_eq!(ex("  1 + 2\n\n"), "(+ 1 2)");
    assert_eq!(ex("\n1,2"), "(tuple 1 2)");
}

// ---------------------------------------------------------------------------------------
// Statements

#[test]
fn assignments_set_store_context() {
    assert_eq!(module("a, b = b, a"), "(= (tuple a= b=)= (tuple b a))\n");
    assert_eq!(module("a = b = c"), "(= a= b= c)\n");
    assert_eq!(
        module("[a, *b], c.d, e[0] = x"),
        "(= (tuple (list a= (* b=)=)= (. c d)= ([] e 0)=)= x)\n"
    );
    assert_eq!(module("x += 1"), "(+= x= 1)\n");
    assert_eq!(module("x: int = 1"), "(: x= int 1)\n");
    assert_eq!(module("(x): int"), "(:paren x= int)\n");
    assert_eq!(module("a.b: int"), "(:paren (. a b)= int)\n");
    assert_eq!(
        module("del a, (b, c), d[0]"),
        "(del a~ (tuple b~ c~)~ ([] d 0)~)\n"
    );
    assert_eq!(module("x = *a, b"), "(= x= (tuple (* a) b))\n");
}

#[test]
fn compound_statements() {
    let src = "\
if a:
    pass
elif b:
    pass
else:
    for x, y in z:
        break
    else:
        continue
while q: pass
";
    assert_eq!(
        module(src),
        "(if a)\nbody:\n  (pass)\nelse:\n  (if b)\n  body:\n    (pass)\n  else:\n    \
         (for (tuple x= y=)= z)\n    body:\n      (break)\n    else:\n      (continue)\n\
         (while q)\nbody:\n  (pass)\n"
    );
}

#[test]
fn try_statement() {
    let src = "try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n";
    assert_eq!(
        module(src),
        "(try)\nbody:\n  a\nexcept (tuple A B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\n\
         else:\n  e\nfinally:\n  f\n"
    );
}

#[test]
fn with_statement_forms() {
    assert_eq!(
        module("with a as b, c: pass"),
        "(with a as b= c)\nbody:\n  (pass)\n"
    );
    assert_eq!(
        module("with (a as b, c as d,): pass"),
        "(with a as b= c as d=)\nbody:\n  (pass)\n"
    );
    assert_eq!(module("with (a, b): pass"), "(with a b)\nbody:\n  (pass)\n");
    assert_eq!(
        module("with (a, b) as c: pass"),
        "(with (tuple a b) as c=)\nbody:\n  (pass)\n"
    );
    assert_eq!(
        module("with (a) as b, (c): pass"),
        "(with a as b= c)\nbody:\n  (pass)\n"
    );
    assert_eq!(module("with (): pass"), "(with (tuple))\nbody:\n  (pass)\n");
}

#[test]
fn function_and_class_definitions() {
    let src =
        "@d1\n@d2.x(1)\ndef f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> r:\n    return\n";
    assert_eq!(
        module(src),
        "(def f (a b:int=1 / c=2 *args d e=3 **kw) -> r @ d1 (call (. d2 x) 1))\nbody:\n  (return)\n"
    );
    assert_eq!(
        module("class A(B, metaclass=M, **k):\n  x = 1\n"),
        "(class A B metaclass=M **=k)\nbody:\n  (= x= 1)\n"
    );
    assert_eq!(module("class A: pass"), "(class A)\nbody:\n  (pass)\n");
}

#[test]
fn simple_statements() {
    let src = "import a.b as c, d\nfrom . import x\nfrom ..m import (a, b,)\nfrom m import *\n\
               global g, h; nonlocal n\nassert x, 'm'\nraise X from Y\nraise\nreturn 1, 2\n";
    assert_eq!(
        module(src),
        "(import a.b as c d)\n(from . import x)\n(from ..m import a b)\n(from m import *)\n\
         (global g h)\n(nonlocal n)\n(assert x \"m\")\n(raise X from Y)\n(raise)\n\
         (return (tuple 1 2))\n"
    );
    assert_eq!(module("from ... import x"), "(from ... import x)\n");
}

// ---------------------------------------------------------------------------------------
// Literals

#[test]
fn int_literal_values() {
    assert_eq!(constant("0xff"), Constant::Int(255));
    assert_eq!(constant("0o777"), Constant::Int(511));
    assert_eq!(constant("0b1010"), Constant::Int(10));
    assert_eq!(constant("1_000_000"), Constant::Int(1_000_000));
    let big: num_bigint::BigInt = "340282366920938463463374607431768211456".parse().unwrap();
    assert_eq!(
        constant("340282366920938463463374607431768211456"),
        Constant::BigInt(big)
    );
}

#[test]
fn float_literal_values() {
    assert_eq!(constant("1."), Constant::Float(1.0));
    assert_eq!(constant(".5"), Constant::Float(0.5));
    assert_eq!(constant("1e5"), Constant::Float(100000.0));
    assert_eq!(constant("1_000.5"), Constant::Float(1000.5));
    assert_eq!(constant("1j"), Constant::Imaginary(1.0));
}

#[test]
fn string_escapes() {
    assert_eq!(
        constant(r#""\n\t\r\\\'\"\a\b\f\v\0""#),
        Constant::Str("\n\t\r\\'\"\x07\x08\x0c\x0b\0".into())
    );
    assert_eq!(
        constant(r#""\101\x41\u0041\U00000041""#),
        Constant::Str("AAAA".into())
    );
    assert_eq!(constant(r#""\d\q""#), Constant::Str("\\d\\q".into()));
    assert_eq!(constant("'a\\\nb'"), Constant::Str("ab".into()));
    assert_eq!(constant(r#"r"\n\"""#), Constant::Str("\\n\\\"".into()));
    assert_eq!(constant("'''a\nb'''"), Constant::Str("a\nb".into()));
    assert_eq!(constant("'é'"), Constant::Str("é".into()));
}

#[test]
fn bytes_literals() {
    assert_eq!(
        constant(r#"b"a\x00\n\777""#),
        Constant::Bytes(b"a\0\n\xff".to_vec())
    );
    assert_eq!(constant(r#"rb"\n""#), Constant::Bytes(b"\\n".to_vec()));
    assert_eq!(
        constant(r#"b"\u1234""#),
        Constant::Bytes(b"\\u1234".to_vec())
    );
}

#[test]
fn adjacent_literals_concatenate() {
    assert_eq!(constant("'a' \"b\" '''c'''"), Constant::Str("abc".into()));
    assert_eq!(constant("b'a' B'b'"), Constant::Bytes(b"ab".to_vec()));
    assert_eq!(ex("'a' f'b{x}' 'c'"), r#"(f "ab" (fv x) "c")"#);
}

#[test]
fn fstring_structure() {
    assert_eq!(
        ex("f'{x!r:>{w}.{p}} {{}}'"),
        r#"(f (fv x !r :(f ">" (fv w) "." (fv p))) " {}")"#
    );
    assert_eq!(ex("f'{x=}'"), r#"(f "x=" (fv x !r))"#);
    assert_eq!(ex("f'{x = :>3}'"), r#"(f "x = " (fv x :(f ">3")))"#);
    assert_eq!(ex("f'{x=!s}'"), r#"(f "x=" (fv x !s))"#);
    assert_eq!(ex("f\"{a['k']}\""), r#"(f (fv ([] a "k")))"#);
    assert_eq!(ex("f'{a!=b}'"), "(f (fv (cmp a != b)))");
    assert_eq!(ex("f'{(lambda: 1)()}'"), "(f (fv (call (lambda () 1))))");
    assert_eq!(ex("f''"), "(f)");
    assert_eq!(ex("rf'\\{x}'"), r#"(f "\\" (fv x))"#);
    assert_eq!(ex("f'\\t{x}'"), r#"(f "\t" (fv x))"#);
}

#[test]
fn fstring_expression_locations() {
    let e = parse_expression("f'ab{xy}'").unwrap();
    let ExprKind::JoinedStr(values) = e.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &values[1].kind else {
        panic!()
    };
    assert_eq!(value.loc, Loc::new(1, 5, 1, 7));
    assert_eq!(values[1].loc, Loc::new(1, 0, 1, 9));
    let m = parse_module("x = f'''\n{\n  y}'''").unwrap();
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(values) = &value.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &values[1].kind else {
        panic!()
    };
    assert_eq!(value.loc, Loc::new(3, 2, 3, 3));
}

// ---------------------------------------------------------------------------------------
// Locations

#[test]
fn statement_and_expression_locations() {
    let m = parse_module("if a:\n  pass\nelif b:\n  x = f(1,\n    2)\n").unwrap();
    let s = &m.body[0];
    assert_eq!(s.loc, Loc::new(1, 0, 5, 6));
    let StmtKind::If { orelse, .. } = &s.kind else {
        panic!()
    };
    assert_eq!(orelse[0].loc, Loc::new(3, 0, 5, 6));
    let StmtKind::If { body, .. } = &orelse[0].kind else {
        panic!()
    };
    let StmtKind::Assign { targets, value } = &body[0].kind else {
        panic!()
    };
    assert_eq!(targets[0].loc, Loc::new(4, 2, 4, 3));
    assert_eq!(value.loc, Loc::new(4, 6, 5, 6));

    let e = parse_expression("(a)[1:2, ::3]").unwrap();
    assert_eq!(e.loc, Loc::new(1, 0, 1, 13));
    let ExprKind::Subscript { value, slice, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(value.loc, Loc::new(1, 1, 1, 2));
    assert_eq!(slice.loc, Loc::new(1, 4, 1, 12));

    let e = parse_expression("f(x for x in y)").unwrap();
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(args[0].loc, Loc::new(1, 1, 1, 15));

    let e = parse_expression("é + 'ü'").unwrap();
    let ExprKind::BinOp { right, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(right.loc, Loc::new(1, 4, 1, 7));
}

#[test]
fn decorated_definition_starts_at_def() {
    let m = parse_module("@d\ndef f(a: int = 1):\n  pass\n").unwrap();
    assert_eq!(m.body[0].loc, Loc::new(2, 0, 3, 6));
    let StmtKind::FunctionDef { args, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(args.args[0].loc, Loc::new(2, 6, 2, 12));
}

#[test]
fn contexts() {
    let m = parse_module("for a.b in c: pass").unwrap();
    let StmtKind::For { target, .. } = &m.body[0].kind else {
        panic!()
    };
    assert!(matches!(
        target.kind,
        ExprKind::Attribute {
            ctx: Ctx::Store,
            ..
        }
    ));
}

// ---------------------------------------------------------------------------------------
// Errors

#[test]
fn generic_invalid_syntax_points_at_token() {
    assert_eq!(err("x = = 1"), syntax("invalid syntax", 1, 5));
    assert_eq!(err("a.1"), syntax("invalid syntax", 1, 2));
    assert_eq!(err("x = 1 +\n"), syntax("invalid syntax", 1, 8));
    assert_eq!(err("x = $"), syntax("invalid syntax", 1, 5));
    assert_eq!(err("if x y:\n pass"), syntax("invalid syntax", 1, 6));
}

#[test]
fn expected_colon() {
    assert_eq!(err("if x\n pass"), syntax("expected ':'", 1, 5));
    assert_eq!(err("def f()\n pass"), syntax("expected ':'", 1, 8));
    assert_eq!(err("class A\n"), syntax("expected ':'", 1, 8));
}

#[test]
fn bracket_errors() {
    assert_eq!(err("x = (1,\n2\n"), syntax("'(' was never closed", 1, 5));
    assert_eq!(
        err("print(1\nx = 2\n"),
        syntax("'(' was never closed", 1, 6)
    );
    assert_eq!(err("x = )"), syntax("unmatched ')'", 1, 5));
    assert_eq!(
        err("(]"),
        syntax(
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            2
        )
    );
}

#[test]
fn forgot_comma() {
    let (_, msg, line, col) = err("foo(a b)");
    assert_eq!(
        (msg.as_str(), line, col),
        ("invalid syntax. Perhaps you forgot a comma?", 1, 5)
    );
    let e = parse_module("[a, b c]").unwrap_err();
    assert_eq!((e.col, e.end_col), (5, 8));
    assert_eq!(err("a b"), syntax("invalid syntax", 1, 3));
}

#[test]
fn print_statement() {
    let e = parse_module("print 'hi'").unwrap_err();
    assert_eq!(
        e.msg,
        "Missing parentheses in call to 'print'. Did you mean print(...)?"
    );
    assert_eq!((e.line, e.col, e.end_col), (1, 1, 11));
}

#[test]
fn literal_errors() {
    assert_eq!(err("1abc"), syntax("invalid decimal literal", 1, 1));
    assert_eq!(
        err("0777"),
        syntax(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            1,
            1
        )
    );
    assert_eq!(
        err("x = 'abc"),
        syntax("unterminated string literal (detected at line 1)", 1, 5)
    );
    assert_eq!(
        err("x = '''abc\n\n"),
        syntax(
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            5
        )
    );
    assert_eq!(
        err("b'é'"),
        syntax("bytes can only contain ASCII literal characters", 1, 1)
    );
    assert_eq!(
        err("b'x' 'y'"),
        syntax("cannot mix bytes and nonbytes literals", 1, 9)
    );
    assert!(err("'\\N{DASH}'")
        .1
        .contains("unknown Unicode character name"));
    assert!(err("'\\N'").1.contains("malformed \\N character escape"));
    assert_eq!(err("x = é$"), syntax("invalid syntax", 1, 6));
    assert_eq!(
        err("x = a©"),
        syntax("invalid character '©' (U+00A9)", 1, 6)
    );
}

#[test]
fn fstring_errors() {
    assert_eq!(err("f'{x'"), syntax("f-string: expecting '}'", 1, 6));
    assert_eq!(
        err("f'{}'"),
        syntax("f-string: empty expression not allowed", 1, 6)
    );
    assert_eq!(
        err("f'}'"),
        syntax("f-string: single '}' is not allowed", 1, 5)
    );
    assert_eq!(
        err("f'{x!z}'"),
        syntax(
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            1,
            9
        )
    );
    assert_eq!(
        err("f'{a#}'"),
        syntax("f-string expression part cannot include '#'", 1, 8)
    );
    assert_eq!(
        err("f'{x:{y:{z}}}'"),
        syntax("f-string: expressions nested too deeply", 1, 15)
    );
}

#[test]
fn invalid_targets() {
    assert_eq!(
        err("f() = 1"),
        syntax(
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
            1
        )
    );
    assert_eq!(
        err("1 = x"),
        syntax(
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            1,
            1
        )
    );
    assert_eq!(
        err("a + 1 = 2"),
        syntax(
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
            1,
            1
        )
    );
    assert_eq!(
        err("[f()] = 1"),
        syntax("cannot assign to function call", 1, 2)
    );
    assert_eq!(err("del 1"), syntax("cannot delete literal", 1, 5));
    assert_eq!(err("del f()"), syntax("cannot delete function call", 1, 5));
    assert_eq!(
        err("f() += 1"),
        syntax(
            "'function call' is an illegal expression for augmented assignment",
            1,
            1
        )
    );
    assert_eq!(
        err("a, b += 1"),
        syntax(
            "'tuple' is an illegal expression for augmented assignment",
            1,
            1
        )
    );
    assert_eq!(
        err("for f() in x: pass"),
        syntax("cannot assign to function call", 1, 5)
    );
    assert_eq!(
        err("with a as 1: pass"),
        syntax("cannot assign to literal", 1, 11)
    );
    assert_eq!(
        err("a, b: int"),
        syntax("only single target (not tuple) can be annotated", 1, 1)
    );
    assert_eq!(
        err("x = yield = 1"),
        syntax("assignment to yield expression not possible", 1, 5)
    );
    assert_eq!(
        err("(a.b := 1)"),
        syntax("cannot use assignment expressions with attribute", 1, 2)
    );
}

#[test]
fn argument_errors() {
    assert_eq!(
        err("f(a=1, b)"),
        syntax("positional argument follows keyword argument", 1, 9)
    );
    assert_eq!(
        err("f(**a, *b)"),
        syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            1,
            8
        )
    );
    assert_eq!(
        err("f(x for x in y, 1)"),
        syntax("Generator expression must be parenthesized", 1, 3)
    );
    assert_eq!(
        err("f(a.b=1)"),
        syntax(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            1,
            3
        )
    );
    assert_eq!(
        err("def f(a=1, b): pass"),
        syntax("non-default argument follows default argument", 1, 12)
    );
    assert_eq!(
        err("def f(*): pass"),
        syntax("named arguments must follow bare *", 1, 7)
    );
    assert_eq!(
        err("def f(**a, b): pass"),
        syntax("arguments cannot follow var-keyword argument", 1, 12)
    );
}

#[test]
fn indentation_errors() {
    assert_eq!(err("  x = 1"), indentation("unexpected indent", 1, 2));
    assert_eq!(
        err("if x:\npass"),
        indentation(
            "expected an indented block after 'if' statement on line 1",
            2,
            1
        )
    );
    assert_eq!(
        err("def f():\nx"),
        indentation(
            "expected an indented block after function definition on line 1",
            2,
            1
        )
    );
    assert_eq!(
        err("class A:\nx"),
        indentation(
            "expected an indented block after class definition on line 1",
            2,
            1
        )
    );
    assert_eq!(
        err("try:\n pass\nexcept:\nx"),
        indentation(
            "expected an indented block after 'except' statement on line 3",
            4,
            1
        )
    );
    assert_eq!(
        err("for x in y:\n# c\n").1,
        "expected an indented block after 'for' statement on line 1"
    );
    assert_eq!(
        err("while x:\n  pass\nelse:\nx").1,
        "expected an indented block after 'else' statement on line 3"
    );
    assert_eq!(
        err("if x:\n  a\n b"),
        indentation("unindent does not match any outer indentation level", 3, 3)
    );
}

#[test]
fn unsupported_constructs_are_clear_errors() {
    assert_eq!(err("async = 1").1, "invalid syntax");
}

#[test]
fn except_star_errors() {
    assert_eq!(
        err("try:\n pass\nexcept* E:\n pass\nexcept F:\n pass"),
        syntax(
            "cannot have both 'except' and 'except*' on the same 'try'",
            5,
            1
        )
    );
    assert_eq!(
        err("try:\n pass\nexcept*:\n pass").1,
        "expected one or more exception types"
    );
}

#[test]
fn tokenizer_errors_win_over_parser_errors() {
    assert_eq!(
        err("x = = 1\n'abc"),
        syntax("unterminated string literal (detected at line 2)", 2, 1)
    );
    assert_eq!(
        err("x = 1\n  y = 2\n'abc"),
        indentation("unexpected indent", 2, 2)
    );
}

#[test]
fn common_beginner_errors() {
    assert_eq!(
        err("if x = 1:\n    pass"),
        syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
            4
        )
    );
    assert_eq!(
        err("x = {1: 2, 3}"),
        syntax("':' expected after dictionary key", 1, 12)
    );
    assert_eq!(
        err("try:\n    pass\nelse:\n    pass"),
        syntax("expected 'except' or 'finally' block", 3, 1)
    );
    assert_eq!(
        err("try:\n    pass"),
        syntax("expected 'except' or 'finally' block", 2, 9)
    );
    assert_eq!(
        err("x = 1 if 2"),
        syntax("expected 'else' after 'if' expression", 1, 5)
    );
    assert_eq!(err("def f[T](): pass"), syntax("expected '('", 1, 6));
    assert_eq!(err("f'{x' + 'y'"), syntax("f-string: expecting '}'", 1, 7));
    assert_eq!(err("import"), syntax("invalid syntax", 1, 7));
}

#[test]
fn match_is_a_soft_keyword() {
    // `match`/`case` stay names outside a match statement.
    for src in [
        "match = 1\n",
        "match(x)\n",
        "re.match(p, s)\n",
        "case = [1]\ncase[0]\n",
        "match: int = 3\n",
        "print(match, case)\n",
        "match.x = 1\n",
    ] {
        module(src);
    }
    assert!(module(
        "match x:\n    case [1, *r] | (2, *r) if r: pass\n    case {'a': b, **c}: pass\n    case P(1, y=2) as p: pass\n    case _: pass\n"
    )
    .contains("(match "));
}
