//! Code generation tests on hand-built ASTs. Every compile also runs the assembler's
//! stack-depth checks (debug assertions), so compiling a construct at all is a test of its
//! stack discipline.

use super::test_ast::*;
use super::*;
use crate::ast::{BinOp, BoolOp, CmpOp, Stmt, UnaryOp};
use crate::bytecode::dis::disassemble;

fn compile(body: Vec<Stmt>) -> CodeUnit {
    compile_module(&module(body), "x.py").expect("compiles")
}

fn compile_err(body: Vec<Stmt>) -> SyntaxError {
    compile_module(&module(body), "x.py").expect_err("is an error")
}

/// `OPNAME arg` per instruction (no arg for argument-less opcodes).
fn listing(code: &CodeUnit) -> Vec<String> {
    code.code
        .iter()
        .map(|i| {
            if i.op.arg_kind() == crate::bytecode::opcode::ArgKind::None {
                i.op.name().to_string()
            } else {
                format!("{} {}", i.op.name(), i.arg)
            }
        })
        .collect()
}

/// The nested code object named `name` (depth first).
fn nested<'c>(code: &'c CodeUnit, name: &str) -> &'c CodeUnit {
    fn find<'c>(code: &'c CodeUnit, name: &str) -> Option<&'c CodeUnit> {
        code.consts.iter().find_map(|c| match c {
            Const::Code(inner) if inner.name == name => Some(&**inner),
            Const::Code(inner) => find(inner, name),
            _ => None,
        })
    }
    find(code, name).unwrap_or_else(|| panic!("no code object {name}"))
}

fn has(code: &CodeUnit, instr: &str) -> bool {
    listing(code).iter().any(|l| l == instr)
}

#[test]
fn disassembly_of_a_small_function() {
    // def f(x, y=2):
    //     for i in range(10):
    //         if x < i:
    //             print(x, sep='', end='\n')
    //     return x + 1.5
    line(4);
    let print_stmt = expr(call_kw(
        name("print"),
        vec![name("x")],
        vec![(Some("sep"), string("")), (Some("end"), string("\n"))],
    ));
    line(3);
    let if_stmt = if_(
        compare(name("x"), vec![(CmpOp::Lt, name("i"))]),
        vec![print_stmt],
        vec![],
    );
    line(2);
    let loop_ = for_(
        store("i"),
        call(name("range"), vec![int(10)]),
        vec![if_stmt],
        vec![],
    );
    line(5);
    let ret_ = ret(Some(binop(name("x"), BinOp::Add, float(1.5))));
    line(1);
    let mut args = params(&["x", "y"]);
    args.defaults = vec![int(2)];
    let code = compile(vec![def("f", args, vec![loop_, ret_])]);
    let want = r#"  1           0 LOAD_CONST               0 ((2,))
              1 LOAD_CONST               1 (<code object f, file "x.py", line 1>)
              2 MAKE_FUNCTION            1 (defaults)
              3 STORE_NAME               0 (f)
              4 LOAD_CONST               2 (None)
              5 RETURN_VALUE

Disassembly of <code object f, file "x.py", line 1>:
  2           0 LOAD_GLOBAL              0 (range)
              1 LOAD_CONST               1 (10)
              2 CALL_FUNCTION            1
              3 GET_ITER
        >>    4 FOR_ITER                18 (to 18)
              5 STORE_FAST               2 (i)

  3           6 LOAD_FAST                0 (x)
              7 LOAD_FAST                2 (i)
              8 COMPARE_OP               0 (<)
              9 POP_JUMP_IF_FALSE        4 (to 4)

  4          10 LOAD_GLOBAL              1 (print)
             11 LOAD_FAST                0 (x)
             12 LOAD_CONST               2 ('')
             13 LOAD_CONST               3 ('\n')
             14 KW_NAMES                 4 (('sep', 'end'))
             15 CALL_FUNCTION            3
             16 POP_TOP
             17 JUMP                     4 (to 4)

  5     >>   18 LOAD_FAST                0 (x)
             19 LOAD_CONST               5 (1.5)
             20 BINARY_OP                0 (+)
             21 RETURN_VALUE
"#;
    assert_eq!(disassemble(&code), want);
    let f = nested(&code, "f");
    assert_eq!(f.argcount, 2);
    assert_eq!(f.varnames, ["x", "y", "i"]);
    assert_eq!(f.flags, flags::OPTIMIZED | flags::NEWLOCALS);
    assert_eq!(f.max_stack, 5);
    assert_eq!(f.locations.len(), f.code.len());
}

#[test]
fn module_level_names_and_augmented_assignment() {
    // a = f(1); a += (1, 2, (3, 'a')); del a
    let code = compile(vec![
        assign(store("a"), call(name("f"), vec![int(1)])),
        aug(
            store("a"),
            BinOp::Add,
            tuple(
                vec![int(1), int(2), tuple(vec![int(3), string("a")], Ctx::Load)],
                Ctx::Load,
            ),
        ),
        st(crate::ast::StmtKind::Delete(vec![del_name("a")])),
    ]);
    assert_eq!(
        listing(&code),
        [
            "LOAD_NAME 0",
            "LOAD_CONST 0",
            "CALL_FUNCTION 1",
            "STORE_NAME 1",
            "LOAD_NAME 1",
            "LOAD_CONST 1",
            "BINARY_OP 13",
            "STORE_NAME 1",
            "DELETE_NAME 1",
            "LOAD_CONST 2",
            "RETURN_VALUE",
        ]
    );
    assert_eq!(
        dis::const_repr(&code.consts[1]),
        "(1, 2, (3, 'a'))",
        "constant tuples are folded"
    );
    assert_eq!(code.flags, 0, "3.11 sets no NOFREE flag");
}

use crate::bytecode::dis;

#[test]
fn attribute_and_subscript_augmented_assignment() {
    // o.x += 1; o[i] -= 2
    let code = compile(vec![
        aug(attr_store(name("o"), "x"), BinOp::Add, int(1)),
        aug(
            subscript(name("o"), name("i"), Ctx::Store),
            BinOp::Sub,
            int(2),
        ),
    ]);
    assert_eq!(
        listing(&code)[..14],
        [
            "LOAD_NAME 0",
            "DUP_TOP",
            "LOAD_ATTR 1",
            "LOAD_CONST 0",
            "BINARY_OP 13",
            "ROT_TWO",
            "STORE_ATTR 1",
            "LOAD_NAME 0",
            "LOAD_NAME 2",
            "DUP_TOP_TWO",
            "BINARY_SUBSCR",
            "LOAD_CONST 1",
            "BINARY_OP 14",
            "ROT_THREE",
        ]
    );
}

#[test]
fn closures_cells_and_flags() {
    // def f(a):
    //     def g(): return a
    //     return g
    let code = compile(vec![def(
        "f",
        params(&["a"]),
        vec![
            def("g", params(&[]), vec![ret(Some(name("a")))]),
            ret(Some(name("g"))),
        ],
    )]);
    let f = nested(&code, "f");
    let g = nested(&code, "g");
    assert_eq!(f.cellvars, ["a"]);
    assert_eq!(f.cell2arg, [Some(0)]);
    assert_eq!(
        listing(f),
        [
            "LOAD_CLOSURE 0",
            "BUILD_TUPLE 1",
            "LOAD_CONST 1",
            "MAKE_FUNCTION 8",
            "STORE_FAST 1",
            "LOAD_FAST 1",
            "RETURN_VALUE",
        ]
    );
    assert_eq!(g.freevars, ["a"]);
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_eq!(listing(g), ["LOAD_DEREF 0", "RETURN_VALUE"]);
    assert_ne!(g.flags & flags::NESTED, 0);
}

#[test]
fn class_body_with_class_cell_and_docstring() {
    // class C(B, metaclass=M):
    //     "doc"
    //     def m(self): return super().m()
    let method = def(
        "m",
        params(&["self"]),
        vec![ret(Some(call(
            attr(call(name("super"), vec![]), "m"),
            vec![],
        )))],
    );
    let class_stmt = st(crate::ast::StmtKind::ClassDef {
        name: "C".into(),
        bases: vec![name("B")],
        keywords: vec![crate::ast::Keyword {
            arg: Some("metaclass".into()),
            value: name("M"),
            loc: loc(1, 0, 1),
        }],
        body: vec![expr(string("doc")), method],
        decorators: vec![],
    });
    let code = compile(vec![class_stmt]);
    assert_eq!(
        listing(&code)[..8],
        [
            "LOAD_BUILD_CLASS",
            "LOAD_CONST 0",
            "MAKE_FUNCTION 0",
            "LOAD_CONST 1",
            "LOAD_NAME 0",
            "LOAD_NAME 1",
            "KW_NAMES 2",
            "CALL_FUNCTION 4",
        ]
    );
    let c = nested(&code, "C");
    assert_eq!(c.cellvars, ["__class__"]);
    assert_eq!(
        listing(c),
        [
            "LOAD_NAME 0",
            "STORE_NAME 1",
            "LOAD_CONST 0",
            "STORE_NAME 2",
            "LOAD_CONST 1",
            "STORE_NAME 3",
            "LOAD_CLOSURE 0",
            "BUILD_TUPLE 1",
            "LOAD_CONST 2",
            "MAKE_FUNCTION 8",
            "STORE_NAME 4",
            "LOAD_CLOSURE 0",
            "DUP_TOP",
            "STORE_NAME 5",
            "RETURN_VALUE",
        ]
    );
    assert_eq!(
        c.names,
        [
            "__name__",
            "__module__",
            "__qualname__",
            "__doc__",
            "m",
            "__classcell__"
        ]
    );
    let m = nested(&code, "m");
    assert_eq!(m.qualname, "C.m");
    assert_eq!(m.freevars, ["__class__"]);
    assert!(has(m, "LOAD_METHOD 1"));
}

#[test]
fn comprehensions_are_nested_functions() {
    // [x * 2 for x in xs if x]
    let lc = listcomp(
        binop(name("x"), BinOp::Mult, int(2)),
        vec![comp(store("x"), name("xs"), vec![name("x")])],
    );
    let code = compile(vec![expr(lc)]);
    assert_eq!(
        listing(&code)[..5],
        [
            "LOAD_CONST 0",
            "MAKE_FUNCTION 0",
            "LOAD_NAME 0",
            "GET_ITER",
            "CALL_FUNCTION 1",
        ]
    );
    let inner = nested(&code, "<listcomp>");
    assert_eq!(inner.argcount, 1);
    assert_eq!(inner.varnames, [".0", "x"]);
    assert_eq!(
        listing(inner),
        [
            "BUILD_LIST 0",
            "LOAD_FAST 0",
            "FOR_ITER 11",
            "STORE_FAST 1",
            "LOAD_FAST 1",
            "POP_JUMP_IF_FALSE 2",
            "LOAD_FAST 1",
            "LOAD_CONST 0",
            "BINARY_OP 2",
            "LIST_APPEND 2",
            "JUMP 2",
            "RETURN_VALUE",
        ]
    );
    // Generator expressions and nested loops.
    let g = genexp(
        name("y"),
        vec![
            comp(store("x"), name("xs"), vec![]),
            comp(store("y"), name("x"), vec![]),
        ],
    );
    let code = compile(vec![expr(g)]);
    let inner = nested(&code, "<genexpr>");
    assert_ne!(inner.flags & flags::GENERATOR, 0);
    assert!(has(inner, "YIELD_VALUE"));
    let d = dictcomp(
        name("k"),
        name("v"),
        vec![comp(
            tuple(vec![store("k"), store("v")], Ctx::Store),
            name("items"),
            vec![],
        )],
    );
    let s = setcomp(name("v"), vec![comp(store("v"), name("items"), vec![])]);
    let code = compile(vec![expr(d), expr(s)]);
    assert!(has(nested(&code, "<dictcomp>"), "MAP_ADD 2"));
    assert!(has(nested(&code, "<setcomp>"), "SET_ADD 2"));
}

#[test]
fn calls_with_methods_and_unpacking() {
    // o.m(1, k=2); f(*a, 1, **d, k=3)
    let code = compile(vec![
        expr(call_kw(
            attr(name("o"), "m"),
            vec![int(1)],
            vec![(Some("k"), int(2))],
        )),
        expr(call_kw(
            name("f"),
            vec![starred(name("a"), Ctx::Load), int(1)],
            vec![(None, name("d")), (Some("k"), int(3))],
        )),
    ]);
    assert_eq!(
        listing(&code)[..20],
        [
            "LOAD_NAME 0",
            "LOAD_METHOD 1",
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "KW_NAMES 2",
            "CALL_METHOD 2",
            "POP_TOP",
            "LOAD_NAME 2",
            "BUILD_LIST 0",
            "LOAD_NAME 3",
            "LIST_EXTEND 1",
            "LOAD_CONST 0",
            "LIST_APPEND 1",
            "LIST_TO_TUPLE",
            "BUILD_MAP 0",
            "LOAD_NAME 4",
            "DICT_MERGE 1",
            "LOAD_CONST 3",
            "LOAD_CONST 4",
            "BUILD_MAP 1",
        ]
    );
    assert!(has(&code, "CALL_FUNCTION_EX 1"));
}

#[test]
fn displays_with_unpacking() {
    // [*a, 1]; {**d, 'k': v}; (*a,); {1, 2, 3}; [1, 2, 3]
    let code = compile(vec![
        expr(list(vec![starred(name("a"), Ctx::Load), int(1)], Ctx::Load)),
        expr(dict(vec![
            (None, name("d")),
            (Some(string("k")), name("v")),
        ])),
        expr(tuple(vec![starred(name("a"), Ctx::Load)], Ctx::Load)),
        expr(set(vec![int(1), int(2), int(3)])),
        expr(list(vec![int(1), int(2), int(3)], Ctx::Load)),
    ]);
    let l = listing(&code);
    assert_eq!(
        l[..20],
        [
            "BUILD_LIST 0",
            "LOAD_NAME 0",
            "LIST_EXTEND 1",
            "LOAD_CONST 0",
            "LIST_APPEND 1",
            "POP_TOP",
            "BUILD_MAP 0",
            "LOAD_NAME 1",
            "DICT_UPDATE 1",
            "LOAD_CONST 1",
            "LOAD_NAME 2",
            "BUILD_MAP 1",
            "DICT_UPDATE 1",
            "POP_TOP",
            "BUILD_LIST 0",
            "LOAD_NAME 0",
            "LIST_EXTEND 1",
            "LIST_TO_TUPLE",
            "POP_TOP",
            "BUILD_SET 0",
        ]
    );
}

#[test]
fn comparison_chain_and_boolean_operators() {
    // x = a < b < c; y = a and b or c; z = -1 if not a else ~2
    let code = compile(vec![
        assign(
            store("x"),
            compare(
                name("a"),
                vec![(CmpOp::Lt, name("b")), (CmpOp::Lt, name("c"))],
            ),
        ),
        assign(
            store("y"),
            boolop(
                BoolOp::Or,
                vec![boolop(BoolOp::And, vec![name("a"), name("b")]), name("c")],
            ),
        ),
        assign(
            store("z"),
            ifexp(
                unary(UnaryOp::Not, name("a")),
                unary(UnaryOp::USub, int(1)),
                unary(UnaryOp::Invert, int(2)),
            ),
        ),
    ]);
    assert_eq!(
        listing(&code)[..12],
        [
            "LOAD_NAME 0",
            "LOAD_NAME 1",
            "DUP_TOP",
            "ROT_THREE",
            "COMPARE_OP 0",
            "JUMP_IF_FALSE_OR_POP 9",
            "LOAD_NAME 2",
            "COMPARE_OP 0",
            "JUMP 11",
            "ROT_TWO",
            "POP_TOP",
            "STORE_NAME 3",
        ]
    );
    assert!(has(&code, "JUMP_IF_FALSE_OR_POP 15"));
    // `not a` in a condition just flips the jump; -1 and ~2 are folded.
    assert!(has(&code, "POP_JUMP_IF_TRUE 22"));
    assert!(code.consts.contains(&Const::Int(-1)));
    assert!(code.consts.contains(&Const::Int(-3)));
}

#[test]
fn unpacking_assignments() {
    // a, *b, c = x; a, b = b, a; x = y = 1; [a, (b, c)] = z
    let code = compile(vec![
        assign(
            tuple(
                vec![store("a"), starred(store("b"), Ctx::Store), store("c")],
                Ctx::Store,
            ),
            name("x"),
        ),
        assign(
            tuple(vec![store("a"), store("b")], Ctx::Store),
            tuple(vec![name("b"), name("a")], Ctx::Load),
        ),
        st(crate::ast::StmtKind::Assign {
            targets: vec![store("x"), store("y")],
            value: int(1),
        }),
        assign(
            list(
                vec![store("a"), tuple(vec![store("b"), store("c")], Ctx::Store)],
                Ctx::Store,
            ),
            name("z"),
        ),
    ]);
    let l = listing(&code);
    assert_eq!(l[1], format!("UNPACK_EX {}", 1 | 1 << 8));
    assert_eq!(
        l[5..10],
        [
            "LOAD_NAME 2",
            "LOAD_NAME 1",
            "ROT_TWO",
            "STORE_NAME 1",
            "STORE_NAME 2"
        ]
    );
    assert_eq!(
        l[10..14],
        ["LOAD_CONST 0", "DUP_TOP", "STORE_NAME 0", "STORE_NAME 4"]
    );
    assert!(has(&code, "UNPACK_SEQUENCE 2"));
}

#[test]
fn try_except_finally_and_returns() {
    // def f():
    //     for x in y:
    //         try:
    //             try:
    //                 return g()
    //             except E as e:
    //                 break
    //             else:
    //                 continue
    //         finally:
    //             return 1
    let inner = try_(
        vec![ret(Some(call(name("g"), vec![])))],
        vec![handler(
            Some(name("E")),
            Some("e"),
            vec![st(crate::ast::StmtKind::Break)],
        )],
        vec![st(crate::ast::StmtKind::Continue)],
        vec![],
    );
    let outer = try_(vec![inner], vec![], vec![], vec![ret(Some(int(1)))]);
    let code = compile(vec![def(
        "f",
        params(&[]),
        vec![for_(store("x"), name("y"), vec![outer], vec![])],
    )]);
    let f = nested(&code, "f");
    let l = listing(f);
    assert!(l.contains(&"JUMP_IF_NOT_EXC_MATCH 15".to_string()) || has(f, "POP_EXCEPT"));
    assert!(has(f, "SETUP_FINALLY 3") || l.iter().any(|s| s.starts_with("SETUP_FINALLY")));
    // e = None; del e on both the normal and the exceptional path.
    assert!(l.iter().filter(|s| s.starts_with("DELETE_FAST")).count() >= 2);
    assert!(has(f, "RERAISE"));
}

#[test]
fn with_statement_protocol() {
    // def f():
    //     with a as x, b:
    //         return x
    let code = compile(vec![def(
        "f",
        params(&[]),
        vec![with(
            vec![(name("a"), Some(store("x"))), (name("b"), None)],
            vec![ret(Some(name("x")))],
        )],
    )]);
    let f = nested(&code, "f");
    let l = listing(f);
    assert_eq!(
        l[..18],
        [
            "LOAD_GLOBAL 0",
            "SETUP_WITH 35",
            "STORE_FAST 0",
            "LOAD_GLOBAL 1",
            "SETUP_WITH 22",
            "POP_TOP",
            "LOAD_FAST 0",
            // return x: leave the inner with, then the outer one, keeping x on top.
            "POP_BLOCK",
            "ROT_TWO",
            "LOAD_CONST 0",
            "DUP_TOP",
            "DUP_TOP",
            "CALL_FUNCTION 3",
            "POP_TOP",
            "POP_BLOCK",
            "ROT_TWO",
            "LOAD_CONST 0",
            "DUP_TOP",
        ]
    );
    assert!(has(f, "WITH_EXCEPT_START"));
}

#[test]
fn imports() {
    // import a.b; import a.b.c as d; from ..m import x as y, z; from m import *
    let code = compile(vec![
        import(&[("a.b", None)]),
        import(&[("a.b.c", Some("d"))]),
        import_from(Some("m"), &[("x", Some("y")), ("z", None)], 2),
        import_from(Some("m"), &[("*", None)], 0),
    ]);
    assert_eq!(
        listing(&code),
        [
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "IMPORT_NAME 0",
            "STORE_NAME 1",
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "IMPORT_NAME 2",
            "IMPORT_FROM 3",
            "ROT_TWO",
            "POP_TOP",
            "IMPORT_FROM 4",
            "STORE_NAME 5",
            "POP_TOP",
            "LOAD_CONST 2",
            "LOAD_CONST 3",
            "IMPORT_NAME 6",
            "IMPORT_FROM 7",
            "STORE_NAME 8",
            "IMPORT_FROM 9",
            "STORE_NAME 9",
            "POP_TOP",
            "LOAD_CONST 0",
            "LOAD_CONST 4",
            "IMPORT_NAME 6",
            "IMPORT_STAR",
            "LOAD_CONST 1",
            "RETURN_VALUE",
        ]
    );
    assert_eq!(
        code.names,
        ["a.b", "a", "a.b.c", "b", "c", "d", "m", "x", "y", "z"]
    );
}

#[test]
fn generators_and_fstrings() {
    // def g(): x = yield 1; yield from x; return f"{x!r:>{w}}!"
    let fs = fstring(vec![
        formatted(
            name("x"),
            Some('r'),
            Some(fstring(vec![string(">"), formatted(name("w"), None, None)])),
        ),
        string("!"),
    ]);
    let code = compile(vec![def(
        "g",
        params(&[]),
        vec![
            assign(store("x"), yield_(Some(int(1)))),
            expr(yield_from(name("x"))),
            ret(Some(fs)),
        ],
    )]);
    let g = nested(&code, "g");
    assert_ne!(g.flags & flags::GENERATOR, 0);
    assert_eq!(
        listing(g),
        [
            "LOAD_CONST 1",
            "YIELD_VALUE",
            "STORE_FAST 0",
            "LOAD_FAST 0",
            "GET_YIELD_FROM_ITER",
            "LOAD_CONST 0",
            "YIELD_FROM",
            "POP_TOP",
            "LOAD_FAST 0",
            "LOAD_CONST 2",
            "LOAD_GLOBAL 0",
            "FORMAT_VALUE 0",
            "BUILD_STRING 2",
            "FORMAT_VALUE 6",
            "LOAD_CONST 3",
            "BUILD_STRING 2",
            "RETURN_VALUE",
        ]
    );
}

#[test]
fn lambdas_slices_and_assert() {
    // f = lambda a, b=1: a[1:b]; assert f, "msg"
    let mut args = params(&["a", "b"]);
    args.defaults = vec![int(1)];
    let code = compile(vec![
        assign(
            store("f"),
            lambda(
                args,
                subscript(
                    name("a"),
                    slice(Some(int(1)), Some(name("b")), None),
                    Ctx::Load,
                ),
            ),
        ),
        st(crate::ast::StmtKind::Assert {
            test: name("f"),
            msg: Some(string("msg")),
        }),
    ]);
    let l = nested(&code, "<lambda>");
    assert_eq!(
        listing(l),
        [
            "LOAD_FAST 0",
            "LOAD_CONST 1",
            "LOAD_FAST 1",
            "BUILD_SLICE 2",
            "BINARY_SUBSCR",
            "RETURN_VALUE",
        ]
    );
    assert_eq!(l.qualname, "<lambda>");
    assert!(has(&code, "LOAD_ASSERTION_ERROR"));
    assert!(has(&code, "RAISE_VARARGS 1"));
}

#[test]
fn annotations() {
    // x: int = 1 at module level; def f(a: int) -> str: y: int = 2
    let mut args = params(&["a"]);
    args.args[0].annotation = Some(Box::new(name("int")));
    let f = st(crate::ast::StmtKind::FunctionDef {
        name: "f".into(),
        args: Box::new(args),
        body: vec![st(crate::ast::StmtKind::AnnAssign {
            target: store("y"),
            annotation: name("int"),
            value: Some(int(2)),
            simple: true,
        })],
        decorators: vec![],
        returns: Some(Box::new(name("str"))),
        is_async: false,
    });
    let code = compile(vec![
        st(crate::ast::StmtKind::AnnAssign {
            target: store("x"),
            annotation: name("int"),
            value: Some(int(1)),
            simple: true,
        }),
        f,
    ]);
    let l = listing(&code);
    assert_eq!(
        l[..7],
        [
            "SETUP_ANNOTATIONS",
            "LOAD_CONST 0",
            "STORE_NAME 0",
            "LOAD_NAME 1",
            "LOAD_NAME 2",
            "LOAD_CONST 1",
            "STORE_SUBSCR",
        ]
    );
    assert!(has(&code, "MAKE_FUNCTION 4"));
    assert!(has(&code, "BUILD_CONST_KEY_MAP 2"));
    // Inside the function the annotation is not evaluated.
    assert_eq!(
        listing(nested(&code, "f"))[..2],
        ["LOAD_CONST 1", "STORE_FAST 1"]
    );
}

#[test]
fn compile_errors() {
    line(3);
    let e = compile_err(vec![ret(None)]);
    assert_eq!((e.msg.as_str(), e.line), ("'return' outside function", 3));
    let e = compile_err(vec![st(crate::ast::StmtKind::Break)]);
    assert_eq!(e.msg, "'break' outside loop");
    let e = compile_err(vec![while_(
        name("x"),
        vec![def(
            "f",
            params(&[]),
            vec![st(crate::ast::StmtKind::Continue)],
        )],
        vec![],
    )]);
    assert_eq!(e.msg, "'continue' not properly in loop");
    let e = compile_err(vec![expr(yield_(None))]);
    assert_eq!(e.msg, "'yield' outside function");
    let e = compile_err(vec![assign(
        tuple(
            vec![
                starred(store("a"), Ctx::Store),
                starred(store("b"), Ctx::Store),
            ],
            Ctx::Store,
        ),
        name("c"),
    )]);
    assert_eq!(e.msg, "multiple starred expressions in assignment");
    let e = compile_err(vec![assign(starred(store("a"), Ctx::Store), name("b"))]);
    assert_eq!(
        e.msg,
        "starred assignment target must be in a list or tuple"
    );
    let e = compile_err(vec![assign(store("x"), starred(name("a"), Ctx::Load))]);
    assert_eq!(e.msg, "can't use starred expression here");
    let mut many: Vec<_> = (0..300).map(|i| store(&format!("v{i}"))).collect();
    many.push(starred(store("rest"), Ctx::Store));
    let e = compile_err(vec![assign(tuple(many, Ctx::Store), name("x"))]);
    assert_eq!(e.msg, "too many expressions in star-unpacking assignment");
    let e = compile_err(vec![expr(crate::ast::Expr {
        kind: crate::ast::ExprKind::Await(Box::new(name("x"))),
        loc: loc(1, 0, 7),
    })]);
    assert_eq!(e.msg, "'await' outside function");
    line(1);
}

#[test]
fn eval_expression_returns_its_value() {
    let e = binop(name("a"), BinOp::Add, int(1));
    let code = compile_expression(&e, "<string>").unwrap();
    assert_eq!(
        listing(&code),
        ["LOAD_NAME 0", "LOAD_CONST 0", "BINARY_OP 0", "RETURN_VALUE"]
    );
}

#[test]
fn dead_code_and_its_constants_are_dropped() {
    // if 0: x = 'dead'; def f(): pass
    // y = 'live'
    let code = compile(vec![
        if_(
            int(0),
            vec![
                assign(store("x"), string("dead")),
                def("f", params(&[]), vec![st(crate::ast::StmtKind::Pass)]),
            ],
            vec![],
        ),
        assign(store("y"), string("live")),
    ]);
    // Names stay (as in CPython); constants and code objects of dead code go.
    assert_eq!(
        listing(&code),
        [
            "LOAD_CONST 0",
            "STORE_NAME 2",
            "LOAD_CONST 1",
            "RETURN_VALUE"
        ]
    );
    assert_eq!(code.consts, [Const::Str("live".into()), Const::None]);
}

#[test]
fn constant_sets_fold_to_frozensets() {
    // s = {3, 1, 1.0, 2}; x in {1, 2}; x not in [1, y]; for i in {None, 1, 2}: pass
    let ints = |v: &[i64]| v.iter().map(|&i| int(i)).collect::<Vec<_>>();
    let mut display = ints(&[3, 1]);
    display.extend([float(1.0), int(2)]);
    let code = compile(vec![
        assign(store("s"), set(display)),
        expr(compare(name("x"), vec![(CmpOp::In, set(ints(&[1, 2])))])),
        expr(compare(
            name("x"),
            vec![(CmpOp::NotIn, list(vec![int(1), name("y")], Ctx::Load))],
        )),
        for_(
            store("i"),
            set(vec![none(), int(1), int(2)]),
            vec![st(crate::ast::StmtKind::Pass)],
            vec![],
        ),
    ]);
    let frozen = |v: &[i64]| Const::FrozenSet(v.iter().map(|&i| Const::Int(i)).collect());
    // Equal items keep the first; None hashes by address, so that display is not folded.
    assert_eq!(code.consts[..2], [frozen(&[3, 1, 2]), frozen(&[1, 2])]);
    let l = listing(&code);
    assert_eq!(
        l[..4],
        [
            "BUILD_SET 0",
            "LOAD_CONST 0",
            "SET_UPDATE 1",
            "STORE_NAME 0"
        ]
    );
    assert!(has(&code, "BUILD_TUPLE 2") && !has(&code, "BUILD_LIST 2"));
    let with_none = Const::Tuple(vec![Const::None, Const::Int(1), Const::Int(2)]);
    assert!(code.consts.contains(&with_none));
    let dis = disassemble(&code);
    assert!(dis.contains("(frozenset({1, 2, 3}))"), "{dis}");
}
