//! Compile-time errors match CPython 3.11's message and location (line, offset, end offset;
//! a span that runs onto a later line is underlined to the end of the line, shown here as
//! `u32::MAX`). A few are already rejected by the parser, which must agree. The expectations
//! were produced by `compile()` in CPython 3.11.7.

/// An expected error: message, line, offset, end offset.
type Expected = Option<(&'static str, u32, u32, u32)>;

/// (source, expected error or None when CPython compiles it)
#[rustfmt::skip]
const CASES: &[(&str, Expected)] = &[
    ("return 1", Some(("'return' outside function", 1, 1, 9))),
    ("x = 1\nyield x", Some(("'yield' outside function", 2, 1, 8))),
    ("class C:\n  return 2", Some(("'return' outside function", 2, 3, 11))),
    ("class C:\n  yield 2", Some(("'yield' outside function", 2, 3, 10))),
    ("break", Some(("'break' outside loop", 1, 1, 6))),
    ("if x:\n    continue", Some(("'continue' not properly in loop", 2, 5, 13))),
    ("nonlocal x", Some(("nonlocal declaration not allowed at module level", 1, 1, 11))),
    ("def f():\n    nonlocal x", Some(("no binding for nonlocal 'x' found", 2, 5, 15))),
    ("def f(x):\n    global x", Some(("name 'x' is parameter and global", 2, 5, 13))),
    ("def f(x):\n    nonlocal x", Some(("name 'x' is parameter and nonlocal", 2, 5, 15))),
    ("def f():\n    print(x)\n    global x", Some(("name 'x' is used prior to global declaration", 3, 5, 13))),
    ("def f():\n    x = 1\n    global x", Some(("name 'x' is assigned to before global declaration", 3, 5, 13))),
    ("def g():\n  x=1\n  def f():\n    x = 1\n    nonlocal x", Some(("name 'x' is assigned to before nonlocal declaration", 5, 5, 15))),
    ("def g():\n  x=1\n  def f():\n    print(x)\n    nonlocal x", Some(("name 'x' is used prior to nonlocal declaration", 5, 5, 15))),
    ("def f(x, x): pass", Some(("duplicate argument 'x' in function definition", 1, 10, 11))),
    ("def f(a, *, a): pass", Some(("duplicate argument 'a' in function definition", 1, 13, 14))),
    ("def f(a, **a): pass", Some(("duplicate argument 'a' in function definition", 1, 12, 13))),
    ("lambda x, x: 1", Some(("duplicate argument 'x' in function definition", 1, 11, 12))),
    ("a, *b, *c = d", Some(("multiple starred expressions in assignment", 1, 1, 10))),
    ("*a = b", Some(("starred assignment target must be in a list or tuple", 1, 1, 3))),
    ("x = *a", Some(("can't use starred expression here", 1, 5, 7))),
    ("def f():\n    from x import *", Some(("import * only allowed at module level", 2, 19, 20))),
    ("class C:\n    from x import *", Some(("import * only allowed at module level", 2, 19, 20))),
    ("[(yield x) for x in y]", Some(("'yield' inside list comprehension", 1, 3, 10))),
    ("((yield x) for x in y)", Some(("'yield' inside generator expression", 1, 3, 10))),
    ("{(yield x) for x in y}", Some(("'yield' inside set comprehension", 1, 3, 10))),
    ("{x: (yield x) for x in y}", Some(("'yield' inside dict comprehension", 1, 6, 13))),
    ("await x", Some(("'await' outside function", 1, 1, 8))),
    ("def f():\n  await x", Some(("'await' outside async function", 2, 3, 10))),
    ("def f():\n  [x async for x in y]", Some(("asynchronous comprehension outside of an asynchronous function", 2, 3, 23))),
    ("def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x", Some(("name 'x' is nonlocal and global", 4, 5, 13))),
    ("x: int\nglobal x", Some(("annotated name 'x' can't be global", 2, 1, 9))),
    ("def f():\n  x: int\n  global x", Some(("annotated name 'x' can't be global", 3, 3, 11))),
    ("[x := 1 for x in y]", Some(("assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2, 3))),
    ("[i for i in (j := y)]", Some(("assignment expression cannot be used in a comprehension iterable expression", 1, 14, 20))),
    ("class C:\n  [(j := 1) for i in y]", Some(("assignment expression within a comprehension cannot be used in a class body", 2, 5, 6))),
    ("[i for i in y for j in (i := z)]", Some(("assignment expression cannot be used in a comprehension iterable expression", 1, 25, 31))),
    ("[(x := 0) for x, y in z]", Some(("assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 4))),
    ("for x in y:\n  def f():\n    break", Some(("'break' outside loop", 3, 5, 10))),
    ("while 1:\n  class C:\n    continue", Some(("'continue' not properly in loop", 3, 5, 13))),
    ("try:\n  pass\nfinally:\n  continue", Some(("'continue' not properly in loop", 4, 3, 11))),
    ("def f():\n  try:\n    pass\n  except:\n    pass\n  x = (yield)\n  return 3", None),
    ("f(a=1, a=2)", Some(("keyword argument repeated: a", 1, 8, 11))),
    ("f(*a, **b, k=1, k=2)", Some(("keyword argument repeated: k", 1, 17, 20))),
    ("__debug__", None),
    ("def f(): yield from x\nyield from y", Some(("'yield' outside function", 2, 1, 13))),
    ("x = 1\nwhile x0:\n    while x1:\n        while x2:\n            while x3:\n                while x4:\n                    while x5:\n                        while x6:\n                            while x7:\n                                while x8:\n                                    while x9:\n                                        while x10:\n                                            while x11:\n                                                while x12:\n                                                    while x13:\n                                                        while x14:\n                                                            while x15:\n                                                                while x16:\n                                                                    while x17:\n                                                                        while x18:\n                                                                            while x19:\n                                                                                while x20:\n                                                                                    pass\n", Some(("too many statically nested blocks", 22, 81, u32::MAX))),
];

#[test]
fn compile_errors_match_cpython() {
    let mut failures = Vec::new();
    for (source, want) in CASES {
        // A few of these CPython's parser already rejects; ours may too.
        let got = pyvm::parser::parse_module(source)
            .and_then(|m| pyvm::compiler::compile_module(&m, "x.py"))
            .err()
            .map(|e| (e.msg, e.line, e.col, e.end_col));
        let want = want.map(|(m, l, c, e)| (m.to_string(), l, c, e));
        if got != want {
            failures.push(format!("{source:?}:\n   got {got:?}\n  want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
