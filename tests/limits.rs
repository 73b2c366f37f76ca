//! Native recursion cannot exhaust the Rust stack, whatever the recursion limit: with
//! `sys.setrecursionlimit(10**6)` a script driving recursion through native slots, nested
//! containers or iterator chains gets a RecursionError (CPython itself crashes on most of
//! these), in the main thread and in threads. Run as child processes: an abort must fail the
//! test, not the test runner.

mod common;

use common::pyvm;

/// Runs `body` after raising the recursion limit; it must print `done` and exit normally.
fn survives(body: &str) {
    let script = format!("import sys\nsys.setrecursionlimit(10**6)\n{body}\nprint('done')\n");
    let (out, err, status) = pyvm(&["-c", &script]);
    assert_eq!(status, 0, "stderr: {err}\nstdout: {out}");
    assert!(out.ends_with("done\n"), "stdout: {out}");
}

#[test]
fn slot_recursion_with_a_huge_limit() {
    survives(
        "class GI:\n    def __getitem__(s, i): return s[i]\n\
         try: GI()[0]\nexcept RecursionError as e: print(e)\n\
         class R:\n    def __repr__(s): return repr(s)\n\
         try: repr(R())\nexcept RecursionError as e: print(e)",
    );
}

#[test]
fn nested_containers_with_a_huge_limit() {
    survives(
        "x = []\nfor i in range(10**6): x = [x]\n\
         for f in (repr, lambda v: v == [v], hash):\n    try: f(x)\n    \
         except (RecursionError, TypeError) as e: print(type(e).__name__)\n\
         t = ()\nfor i in range(10**6): t = (t,)\n\
         try: hash(t)\nexcept RecursionError as e: print(e)",
    );
}

#[test]
fn iterator_chains_with_a_huge_limit() {
    survives(
        "x = iter([1])\nfor i in range(10**6): x = map(abs, x)\n\
         try: next(x)\nexcept RecursionError as e: print(e)\n\
         y = iter([1])\nfor i in range(10**5): y = (v for v in y)\n\
         try: next(y)\nexcept RecursionError as e: print(e)",
    );
}

#[test]
fn threads_with_a_huge_limit_and_a_small_stack_size() {
    survives(
        "import threading\n\
         class GI:\n    def __getitem__(s, i): return s[i]\n\
         def f():\n    try: GI()[0]\n    except RecursionError as e: print('thread', e)\n\
         for size in (0, 32768):\n    threading.stack_size(size)\n    \
         t = threading.Thread(target=f); t.start(); t.join()",
    );
}

#[test]
fn deep_chains_free_without_overflow() {
    survives(
        "class N: pass\nhead = None\n\
         for i in range(10**6):\n    n = N(); n.next = head; head = n\n\
         del head, n\nx = {}\nfor i in range(10**6): x = {1: x}\ndel x",
    );
}
