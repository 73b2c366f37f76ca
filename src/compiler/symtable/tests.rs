//! Unit tests for the scope analysis, on hand-built ASTs.

use super::*;
use crate::ast::BinOp;
use crate::compiler::test_ast::*;

fn table(body: Vec<Stmt>) -> SymbolTable {
    SymbolTable::build(&module(body)).expect("analysis succeeds")
}

fn err(body: Vec<Stmt>) -> SyntaxError {
    SymbolTable::build(&module(body)).expect_err("analysis fails")
}

/// The scope of the child of `parent` named `name`.
fn child<'t>(t: &'t SymbolTable, parent: ScopeId, name: &str) -> (ScopeId, &'t Scope) {
    let id = t
        .scope(parent)
        .children
        .iter()
        .copied()
        .find(|&c| t.scope(c).name == name)
        .unwrap_or_else(|| panic!("no child scope {name}"));
    (id, t.scope(id))
}

fn scope_of(s: &Scope, name: &str) -> NameScope {
    s.scope_of(name)
        .unwrap_or_else(|| panic!("{name} not in {}", s.name))
}

#[test]
fn function_locals_params_and_implicit_globals() {
    // def f(a, *args, k, **kw): b = a; return print(b)
    let mut args = params(&["a"]);
    args.vararg = Some(arg("args"));
    args.kwonlyargs = vec![arg("k")];
    args.kw_defaults = vec![None];
    args.kwarg = Some(arg("kw"));
    let t = table(vec![def(
        "f",
        args,
        vec![
            assign(store("b"), name("a")),
            ret(Some(call(name("print"), vec![name("b")]))),
        ],
    )]);
    let root = t.scope(SymbolTable::ROOT);
    assert_eq!(scope_of(root, "f"), NameScope::Local);
    let (_, f) = child(&t, SymbolTable::ROOT, "f");
    assert_eq!(f.kind, ScopeKind::Function);
    assert_eq!(f.params, ["a", "k", "args", "kw"]);
    assert!(f.has_varargs && f.has_varkeywords);
    assert_eq!(scope_of(f, "a"), NameScope::Local);
    assert_eq!(scope_of(f, "b"), NameScope::Local);
    assert_eq!(scope_of(f, "print"), NameScope::GlobalImplicit);
    assert!(f.cellvars().is_empty() && f.freevars().is_empty());
    assert!(!f.nested);
}

#[test]
fn closure_makes_cell_and_free() {
    // def f(): x = 1; def g(): return x
    let t = table(vec![def(
        "f",
        params(&[]),
        vec![
            assign(store("x"), int(1)),
            def("g", params(&[]), vec![ret(Some(name("x")))]),
        ],
    )]);
    let (fid, f) = child(&t, SymbolTable::ROOT, "f");
    let (_, g) = child(&t, fid, "g");
    assert_eq!(scope_of(f, "x"), NameScope::Cell);
    assert_eq!(f.cellvars(), ["x"]);
    assert_eq!(scope_of(g, "x"), NameScope::Free);
    assert_eq!(g.freevars(), ["x"]);
    assert!(g.nested);
}

#[test]
fn free_variable_passes_through_intermediate_function() {
    // def f(x): def g(): def h(): return x
    let t = table(vec![def(
        "f",
        params(&["x"]),
        vec![def(
            "g",
            params(&[]),
            vec![def("h", params(&[]), vec![ret(Some(name("x")))])],
        )],
    )]);
    let (fid, f) = child(&t, SymbolTable::ROOT, "f");
    let (gid, g) = child(&t, fid, "g");
    let (_, h) = child(&t, gid, "h");
    assert_eq!(scope_of(f, "x"), NameScope::Cell);
    assert_eq!(scope_of(g, "x"), NameScope::Free);
    assert_eq!(g.freevars(), ["x"]);
    assert_eq!(scope_of(h, "x"), NameScope::Free);
}

#[test]
fn global_and_nonlocal_declarations() {
    // def f(): global a; a = 1; b = 2; def g(): nonlocal b; b = 3; return a
    let t = table(vec![def(
        "f",
        params(&[]),
        vec![
            global(&["a"]),
            assign(store("a"), int(1)),
            assign(store("b"), int(2)),
            def(
                "g",
                params(&[]),
                vec![
                    nonlocal(&["b"]),
                    assign(store("b"), int(3)),
                    ret(Some(name("a"))),
                ],
            ),
        ],
    )]);
    let (fid, f) = child(&t, SymbolTable::ROOT, "f");
    let (_, g) = child(&t, fid, "g");
    assert_eq!(scope_of(f, "a"), NameScope::GlobalExplicit);
    assert_eq!(scope_of(f, "b"), NameScope::Cell);
    assert_eq!(scope_of(g, "b"), NameScope::Free);
    // `a` is global in f, so g sees the global too.
    assert_eq!(scope_of(g, "a"), NameScope::GlobalImplicit);
}

#[test]
fn class_names_are_invisible_to_methods() {
    // class C: x = 1; def m(self): return x
    let t = table(vec![class(
        "C",
        vec![],
        vec![
            assign(store("x"), int(1)),
            def("m", params(&["self"]), vec![ret(Some(name("x")))]),
        ],
    )]);
    let (cid, c) = child(&t, SymbolTable::ROOT, "C");
    let (_, m) = child(&t, cid, "m");
    assert_eq!(scope_of(c, "x"), NameScope::Local);
    assert_eq!(scope_of(m, "x"), NameScope::GlobalImplicit);
    assert!(!c.needs_class_closure);
    assert!(c.cellvars().is_empty());
}

#[test]
fn class_passes_enclosing_cell_it_also_binds() {
    // def f(): x = 1; class C: x = 2; y = x; def m(self): return x
    let t = table(vec![def(
        "f",
        params(&[]),
        vec![
            assign(store("x"), int(1)),
            class(
                "C",
                vec![],
                vec![
                    assign(store("x"), int(2)),
                    assign(store("y"), name("z")),
                    def("m", params(&["self"]), vec![ret(Some(name("x")))]),
                ],
            ),
            assign(store("z"), int(3)),
        ],
    )]);
    let (fid, f) = child(&t, SymbolTable::ROOT, "f");
    let (cid, c) = child(&t, fid, "C");
    let (_, m) = child(&t, cid, "m");
    assert_eq!(scope_of(f, "x"), NameScope::Cell);
    assert_eq!(f.cellvars(), ["x", "z"]);
    let x = c.lookup("x").unwrap();
    assert_eq!(x.scope, NameScope::Local);
    assert_ne!(x.flags & def::FREE_CLASS, 0);
    // The class reads `z` from the enclosing function (LOAD_CLASSDEREF).
    assert_eq!(scope_of(c, "z"), NameScope::Free);
    assert_eq!(c.freevars(), ["x", "z"]);
    assert_eq!(scope_of(m, "x"), NameScope::Free);
    assert!(c.nested);
}

#[test]
fn super_gives_class_a_class_cell() {
    // class C: def m(self): def inner(): return super()
    let t = table(vec![class(
        "C",
        vec![],
        vec![def(
            "m",
            params(&["self"]),
            vec![def(
                "inner",
                params(&[]),
                vec![ret(Some(call(name("super"), vec![])))],
            )],
        )],
    )]);
    let (cid, c) = child(&t, SymbolTable::ROOT, "C");
    let (mid, m) = child(&t, cid, "m");
    let (_, inner) = child(&t, mid, "inner");
    assert!(c.needs_class_closure);
    assert_eq!(c.cellvars(), ["__class__"]);
    assert!(c.freevars().is_empty());
    assert_eq!(scope_of(m, "__class__"), NameScope::Free);
    assert_eq!(scope_of(inner, "__class__"), NameScope::Free);
}

#[test]
fn comprehension_is_a_scope_with_implicit_parameter() {
    // def f(z): return [y + z for y in z if y]
    let t = table(vec![def(
        "f",
        params(&["z"]),
        vec![ret(Some(listcomp(
            binop(name("y"), BinOp::Add, name("z")),
            vec![comp(store("y"), name("z"), vec![name("y")])],
        )))],
    )]);
    let (fid, f) = child(&t, SymbolTable::ROOT, "f");
    let (_, lc) = child(&t, fid, "<listcomp>");
    assert_eq!(lc.kind, ScopeKind::Comprehension(CompKind::List));
    assert_eq!(lc.params, [".0"]);
    assert_eq!(scope_of(lc, "y"), NameScope::Local);
    assert_ne!(lc.lookup("y").unwrap().flags & def::COMP_ITER, 0);
    assert_eq!(scope_of(lc, "z"), NameScope::Free);
    assert_eq!(scope_of(f, "z"), NameScope::Cell);
    // Generator expressions are generators.
    let t = table(vec![expr(genexp(
        name("y"),
        vec![comp(store("y"), name("z"), vec![])],
    ))]);
    let (_, g) = child(&t, SymbolTable::ROOT, "<genexpr>");
    assert!(g.is_generator);
    assert_eq!(scope_of(t.scope(0), "z"), NameScope::GlobalImplicit);
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_function() {
    // def f(): [(t := y) for y in z]; return t
    let t = table(vec![def(
        "f",
        params(&[]),
        vec![
            expr(listcomp(
                named("t", name("y")),
                vec![comp(store("y"), name("z"), vec![])],
            )),
            ret(Some(name("t"))),
        ],
    )]);
    let (fid, f) = child(&t, SymbolTable::ROOT, "f");
    let (_, lc) = child(&t, fid, "<listcomp>");
    assert_eq!(scope_of(f, "t"), NameScope::Cell);
    assert_eq!(scope_of(lc, "t"), NameScope::Free);
    // At module level it becomes a global.
    let t = table(vec![expr(listcomp(
        named("t", name("y")),
        vec![comp(store("y"), name("z"), vec![])],
    ))]);
    let (_, lc) = child(&t, SymbolTable::ROOT, "<listcomp>");
    assert_eq!(scope_of(lc, "t"), NameScope::GlobalExplicit);
}

#[test]
fn lambda_defaults_belong_to_enclosing_scope() {
    // def f(): a = 1; return lambda x=a: x
    let mut args = params(&["x"]);
    args.defaults = vec![name("a")];
    let t = table(vec![def(
        "f",
        params(&[]),
        vec![
            assign(store("a"), int(1)),
            ret(Some(lambda(args, name("x")))),
        ],
    )]);
    let (fid, f) = child(&t, SymbolTable::ROOT, "f");
    let (_, l) = child(&t, fid, "<lambda>");
    assert_eq!(scope_of(f, "a"), NameScope::Local);
    assert!(l.lookup("a").is_none());
    assert_eq!(scope_of(l, "x"), NameScope::Local);
}

#[test]
fn private_names_are_mangled() {
    assert_eq!(mangle(Some("C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("__"), "__x"), "__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(Some("C"), "_x"), "_x");
    assert_eq!(mangle(None, "__x"), "__x");
    // class C: def m(self, __a): __b = __a
    let t = table(vec![class(
        "C",
        vec![],
        vec![def(
            "m",
            params(&["self", "__a"]),
            vec![assign(store("__b"), name("__a"))],
        )],
    )]);
    let (cid, _) = child(&t, SymbolTable::ROOT, "C");
    let (_, m) = child(&t, cid, "m");
    assert_eq!(m.params, ["self", "_C__a"]);
    assert_eq!(scope_of(m, "_C__b"), NameScope::Local);
}

fn assert_err(e: SyntaxError, msg: &str, line: u32, col: u32, end_col: u32) {
    assert_eq!(
        (e.msg.as_str(), e.line, e.col, e.end_col),
        (msg, line, col, end_col)
    );
}

#[test]
fn declaration_errors() {
    // def f(x):\n    global x
    let e = err(vec![def(
        "f",
        params(&["x"]),
        vec![at(2, 4, 12, global(&["x"]))],
    )]);
    assert_err(e, "name 'x' is parameter and global", 2, 5, 13);
    let e = err(vec![def(
        "f",
        params(&["x"]),
        vec![at(2, 4, 14, nonlocal(&["x"]))],
    )]);
    assert_err(e, "name 'x' is parameter and nonlocal", 2, 5, 15);
    // def f():\n    print(x)\n    global x
    let e = err(vec![def(
        "f",
        params(&[]),
        vec![
            expr(call(name("print"), vec![name("x")])),
            at(3, 4, 12, global(&["x"])),
        ],
    )]);
    assert_err(e, "name 'x' is used prior to global declaration", 3, 5, 13);
    let e = err(vec![def(
        "f",
        params(&[]),
        vec![assign(store("x"), int(1)), at(3, 4, 12, global(&["x"]))],
    )]);
    assert_err(
        e,
        "name 'x' is assigned to before global declaration",
        3,
        5,
        13,
    );
    let e = err(vec![def(
        "g",
        params(&[]),
        vec![
            assign(store("x"), int(1)),
            def(
                "f",
                params(&[]),
                vec![assign(store("x"), int(1)), at(5, 4, 14, nonlocal(&["x"]))],
            ),
        ],
    )]);
    assert_err(
        e,
        "name 'x' is assigned to before nonlocal declaration",
        5,
        5,
        15,
    );
}

#[test]
fn nonlocal_resolution_errors() {
    let e = err(vec![at(1, 0, 10, nonlocal(&["x"]))]);
    assert_err(
        e,
        "nonlocal declaration not allowed at module level",
        1,
        1,
        11,
    );
    let e = err(vec![def(
        "f",
        params(&[]),
        vec![at(2, 4, 14, nonlocal(&["x"]))],
    )]);
    assert_err(e, "no binding for nonlocal 'x' found", 2, 5, 15);
    // A class body's names are not bindings for nonlocal.
    let e = err(vec![class(
        "C",
        vec![],
        vec![
            assign(store("x"), int(1)),
            def("m", params(&[]), vec![at(3, 8, 18, nonlocal(&["x"]))]),
        ],
    )]);
    assert_err(e, "no binding for nonlocal 'x' found", 3, 9, 19);
}

#[test]
fn duplicate_argument() {
    let mut args = params(&["x"]);
    let mut second = arg("x");
    second.loc = loc(1, 9, 10);
    args.args.push(second);
    let e = err(vec![def("f", args, vec![])]);
    assert_err(
        e,
        "duplicate argument 'x' in function definition",
        1,
        10,
        11,
    );
}

#[test]
fn comprehension_errors() {
    // [(yield x) for x in y]
    let e = err(vec![expr(listcomp(
        eat(1, 2, 9, yield_(Some(name("x")))),
        vec![comp(store("x"), name("y"), vec![])],
    ))]);
    assert_err(e, "'yield' inside list comprehension", 1, 3, 10);
    // [x := 1 for x in y]
    let mut walrus = named("x", int(1));
    if let ExprKind::NamedExpr { target, .. } = &mut walrus.kind {
        target.loc = loc(1, 1, 2);
    }
    let e = err(vec![expr(listcomp(
        walrus,
        vec![comp(store("x"), name("y"), vec![])],
    ))]);
    assert_err(
        e,
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        1,
        2,
        3,
    );
    // [i for i in (j := y)]
    let e = err(vec![expr(listcomp(
        name("i"),
        vec![comp(
            store("i"),
            eat(1, 13, 19, named("j", name("y"))),
            vec![],
        )],
    ))]);
    assert_err(
        e,
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
        20,
    );
    // class C: [(j := 1) for i in y]
    let e = err(vec![class(
        "C",
        vec![],
        vec![expr(listcomp(
            named("j", int(1)),
            vec![comp(store("i"), name("y"), vec![])],
        ))],
    )]);
    assert_eq!(
        e.msg,
        "assignment expression within a comprehension cannot be used in a class body"
    );
}

#[test]
fn import_star_only_at_module_level() {
    let e = err(vec![def(
        "f",
        params(&[]),
        vec![import_from(Some("x"), &[("*", None)], 0)],
    )]);
    assert_eq!(e.msg, "import * only allowed at module level");
    table(vec![import_from(Some("x"), &[("*", None)], 0)]);
}
