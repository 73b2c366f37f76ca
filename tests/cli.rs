//! The command line: `-c` (with `sys.argv` and CPython's traceback for `<string>`, which shows
//! no source line), `--version`, `--help`, and a missing file. Expectations checked against
//! CPython 3.11.

mod common;

use common::{pyvm, without_addresses};

#[test]
fn dash_c_sets_argv() {
    let (out, _, status) = pyvm(&["-c", "import sys; print(sys.argv)", "a", "b"]);
    assert_eq!(out, "['-c', 'a', 'b']\n");
    assert_eq!(status, 0);
}

#[test]
fn dash_c_traceback_has_no_source_line() {
    let (out, err, status) = pyvm(&["-c", "x=[*1]"]);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
         TypeError: Value after * must be an iterable, not int\n"
    );
    assert_eq!(status, 1);
}

#[test]
fn version_help_and_missing_file() {
    let (out, _, status) = pyvm(&["--version"]);
    assert!(out.starts_with("pyvm ") && out.contains("Python 3.11"));
    assert_eq!(status, 0);
    let (out, _, status) = pyvm(&["--help"]);
    assert!(out.contains("-c cmd") && out.contains("--dis"));
    assert_eq!(status, 0);
    let (_, err, status) = pyvm(&["no-such-file.py"]);
    // (the absolute path, as CPython 3.11 prints it)
    assert!(err.contains("no-such-file.py': [Errno 2] No such file or directory\n"));
    assert!(err.contains("can't open file '/"), "{err}");
    assert_eq!(status, 2);
}

#[test]
fn dash_c_imports_from_the_current_directory() {
    // `-c` puts '' first on sys.path: modules are found in the working directory, and their
    // __file__ is absolute (as CPython 3.11 prints here).
    let code = "import sys, basic_mod; print(repr(sys.path[0]), basic_mod.VALUE, \
                sys.modules['__main__'], basic_mod.__file__ == __import__('os').getcwd() + '/basic_mod.py')";
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(["-c", code])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/vm-tests/modlib"))
        .output()
        .expect("run pyvm");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "basic_mod body runs, __name__ = basic_mod\n'' 42 <module '__main__' (built-in)> True\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

/// `-X gc-explain` on a two-node cycle: the table's header, both nodes unreachable and
/// finalized, and the references the collector subtracted, named through the attribute.
#[test]
fn gc_explain_two_node_cycle() {
    let code = "import gc\n\
        class Node:\n    def __init__(self, name): self.name = name\n\
        \x20   def __repr__(self): return f'Node({self.name!r})'\n\
        \x20   def __del__(self): print('del', self.name)\n\
        a = Node('a'); b = Node('b'); a.next = b; b.next = a\n\
        del a, b\n\
        print('collected', gc.collect())\n";
    let (out, err, status) = pyvm(&["-X", "gc-explain", "-c", code]);
    assert_eq!(out, "del a\ndel b\ncollected 2\n");
    assert_eq!(status, 0);
    // The first table is gc.collect()'s (the one at exit follows it).
    let table: Vec<&str> = err
        .split("gc-explain: ")
        .nth(1)
        .expect("a table")
        .lines()
        .collect();
    assert!(
        table[0].starts_with("collection of generation 2: ")
            && table[0].ends_with(" candidates, 2 unreachable"),
        "{err}"
    );
    let row = |name: &str| {
        table
            .iter()
            .find(|l| l.split_whitespace().nth(1) == Some(name))
            .unwrap_or_else(|| panic!("no row for {name}:\n{err}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // (index, repr, type, refcount, gc_refs, verdict)
    assert!(row("Node('a')").ends_with("Node('a') Node 1 0 unreachable -> finalized -> freed"));
    assert!(row("Node('b')").ends_with("Node('b') Node 1 0 unreachable -> finalized -> freed"));
    let subtracted: Vec<&str> = table
        .iter()
        .filter_map(|l| l.trim().strip_prefix("subtracted: "))
        .collect();
    assert_eq!(
        subtracted,
        ["Node('b').next -> Node('a')", "Node('a').next -> Node('b')"],
        "{err}"
    );
    // Without the option the collector explains nothing.
    let (_, err, _) = pyvm(&["-c", code]);
    assert_eq!(err, "");
}

/// A `__repr__` that raises prints `<repr failed>`; one that stores `self` resurrects the
/// object, and the resurrection re-check says so.
#[test]
fn gc_explain_repr_failure_and_resurrection() {
    let code = "import gc\nkept = []\n\
        class Bad:\n    def __repr__(self): raise ValueError\n\
        class Keep:\n    def __repr__(self):\n        kept.append(self); return 'Keep()'\n\
        x = Bad(); x.me = x\ny = Keep(); y.me = [y]\n\
        del x, y\ngc.collect()\nprint(len(kept))\n";
    let (out, err, status) = pyvm(&["-X", "gc-explain", "-c", code]);
    assert_eq!((out.as_str(), status), ("1\n", 0));
    let first = err.split("gc-explain: ").nth(1).expect("a table");
    assert!(
        first.contains("subtracted: <repr failed>.me -> <repr failed>"),
        "{err}"
    );
    assert!(
        first.contains("subtracted: list(len=1)[0] -> Keep()"),
        "{err}"
    );
    // (rows with their columns' padding squeezed)
    let rows: Vec<String> = first
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let row = |start: &str| {
        rows.iter()
            .find(|l| {
                l.split_once(' ')
                    .is_some_and(|(_, rest)| rest.starts_with(start))
            })
            .unwrap_or_else(|| panic!("no row {start}:\n{err}"))
    };
    let keep = row("Keep() Keep");
    assert!(keep.ends_with("1 0 unreachable -> resurrected"), "{err}");
    let bad = row("<repr failed> Bad");
    assert!(bad.ends_with("unreachable -> freed"), "{err}");
}

/// `-X gc-explain=all` lists every candidate, the reachable ones with why.
#[test]
fn gc_explain_all_lists_every_candidate() {
    let code = "import gc\nx = []; x.append(x)\nkeep = [1]\ndel x\ngc.collect()\n";
    let (_, err, status) = pyvm(&["-X", "gc-explain=all", "-c", code]);
    assert_eq!(status, 0);
    let first = err.split("gc-explain: ").nth(1).expect("a table");
    let header = first.lines().next().unwrap();
    let candidates: usize = header
        .split(": ")
        .nth(1)
        .and_then(|h| h.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{header}"));
    let rows: Vec<&str> = first
        .lines()
        .skip(2)
        .filter(|l| !l.trim_start().starts_with("subtracted:"))
        .collect();
    assert_eq!(rows.len(), candidates, "{err}");
    assert!(header.ends_with(" 1 unreachable"), "{header}");
    assert!(rows
        .iter()
        .any(|r| r.ends_with("reachable (referenced from outside)")));
    let garbage: Vec<&&str> = rows.iter().filter(|r| r.contains("unreachable")).collect();
    assert_eq!(garbage.len(), 1, "{err}");
    assert!(garbage[0].contains("list(len=1)") && garbage[0].ends_with("unreachable -> freed"));
    assert!(
        first.contains("subtracted: list(len=1)[0] -> list(len=1)"),
        "{err}"
    );
}

/// `[N refs, M blocks]` from a report line.
fn refs_blocks(stderr: &str) -> (i64, i64) {
    let line = stderr
        .lines()
        .find(|l| l.starts_with('[') && l.ends_with(" blocks]"))
        .unwrap_or_else(|| panic!("no showrefcount line in {stderr:?}"));
    let nums: Vec<i64> = line
        .trim_matches(|c| c == '[' || c == ']')
        .split(", ")
        .map(|part| part.split(' ').next().unwrap().parse().unwrap())
        .collect();
    (nums[0], nums[1])
}

#[test]
fn showrefcount_counts_what_a_script_leaves_alive() {
    let (out, err, status) = pyvm(&["-X", "showrefcount", "-c", "print('hi')"]);
    assert_eq!((out.as_str(), status), ("hi\n", 0));
    let (refs, blocks) = refs_blocks(&err);
    assert!(blocks > 0 && refs >= blocks, "{err}");
    // A module-level list of 10,000 fresh objects is released at exit like everything else
    // __main__ held, so the totals do not grow by them.
    let keep = "x = [object() for i in range(10000)]";
    let (_, err2, _) = pyvm(&["-X", "showrefcount", "-c", keep]);
    let (_, blocks2) = refs_blocks(&err2);
    assert!((blocks2 - blocks).abs() < 100, "{err} vs {err2}");
    // Without the option nothing is printed.
    let (_, err3, _) = pyvm(&["-c", "print('hi')"]);
    assert_eq!(err3, "");
}

#[test]
fn leakcheck_reports_growth_between_runs() {
    let dir = std::env::temp_dir().join(format!("pyvm-leak-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let clean = dir.join("clean.py");
    std::fs::write(
        &clean,
        "class A:\n    pass\na = A()\na.me = a\nprint('ok')\n",
    )
    .unwrap();
    let (out, err, status) = pyvm(&["-X", "leakcheck=3", clean.to_str().unwrap()]);
    assert_eq!(out, "ok\nok\nok\n");
    assert_eq!(status, 0, "{err}");
    assert!(
        err.starts_with("leakcheck: live objects after each run:"),
        "{err}"
    );
    // A script that leaves something behind in a module that outlives the run leaks.
    let leaky = dir.join("leaky.py");
    std::fs::write(
        &leaky,
        "import sys\nsys.stash = getattr(sys, 'stash', []) + [object()]\n",
    )
    .unwrap();
    let (_, err, status) = pyvm(&["-X", "leakcheck=3", leaky.to_str().unwrap()]);
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("leaked after the first run"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn gc_stress_runs_scripts_unchanged() {
    let code = "import gc\nclass N:\n    def __init__(self): self.me = self\nxs = [N() for i in range(300)]\ndel xs\nprint(gc.get_threshold()[0], sum(len(str(i)) for i in range(1000)))";
    let (out, err, status) = pyvm(&["-X", "gc-stress", "-c", code]);
    assert_eq!((out.as_str(), err.as_str(), status), ("1 2890\n", "", 0));
}

#[test]
fn gc_debug_collectable_lists_each_object() {
    // CPython 3.11 prints `gc: collectable <TYPE ADDRESS>` per unreachable object, in the
    // collection's order, before finalizing; DEBUG_SAVEALL's garbage prints no
    // "uncollectable" line; at exit, DEBUG_UNCOLLECTABLE shows what gc.garbage still holds
    // (without DEBUG_SAVEALL). The same script under python3 gives this stderr once
    // addresses are normalised.
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/gc_debug_collectable.py"
    );
    let (out, err, status) = pyvm(&[script]);
    assert_eq!(out, "7\n1 1\n1 2\n2\nend\n");
    assert_eq!(
        without_addresses(&err),
        "gc: collectable <Foo 0xADDR>\n\
         gc: collectable <Bar 0xADDR>\n\
         gc: collectable <dict 0xADDR>\n\
         gc: collectable <list 0xADDR>\n\
         gc: collectable <tuple 0xADDR>\n\
         gc: collectable <function 0xADDR>\n\
         gc: collectable <dict 0xADDR>\n\
         gc: collectable <Bar 0xADDR>\n      \
         [<__main__.Foo object at 0xADDR>, 'kept']\n"
    );
    assert_eq!(status, 0);
}

#[test]
fn dash_c_never_awaited_coroutine_warning() {
    // As CPython: the `<string>` location has no source line; the tracemalloc hint follows,
    // except for a coroutine freed at exit (reported at `sys:1`, without the hint).
    let code = "async def f(): pass\nf()\nc = f()\nprint('out')";
    let (out, err, status) = pyvm(&["-c", code]);
    assert_eq!(status, 0);
    assert_eq!(out, "out\n");
    assert_eq!(
        err,
        "<string>:2: RuntimeWarning: coroutine 'f' was never awaited\n\
         RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n\
         sys:1: RuntimeWarning: coroutine 'f' was never awaited\n"
    );
}
