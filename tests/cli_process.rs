//! Process-level behaviour, each expectation checked against CPython 3.11: writes to a
//! closed pipe, exit statuses for every kind of SystemExit, scripts from stdin and `-`,
//! `-u`, `-m`, `-i` with piped stdin, `PYTHONPATH`, `-E`/`-I`, option errors, undecodable
//! source.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// pyvm with `args`, `stdin` as its input and `env` added (PYTHONUNBUFFERED and PYTHONPATH
/// removed first): (stdout, stderr, status).
fn run(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyvm"));
    cmd.args(args)
        .env_remove("PYTHONUNBUFFERED")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("run pyvm");
    let mut input = child.stdin.take().expect("stdin");
    let text = stdin.as_bytes().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&text);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn status_of(code: &str) -> (String, i32) {
    let (_, err, status) = run(&["-c", code], "", &[]);
    (err, status)
}

/// Runs `code` with stdout a pipe the test reads `lines` lines from and then closes.
fn closed_stdout(code: &str, lines: usize, unbuffered: bool) -> (String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyvm"));
    if unbuffered {
        cmd.arg("-u");
    }
    cmd.args(["-c", code])
        .env_remove("PYTHONUNBUFFERED")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run pyvm");
    let stdout = child.stdout.take().expect("stdout");
    let mut reader = BufReader::new(stdout);
    for _ in 0..lines {
        let mut line = String::new();
        reader.read_line(&mut line).expect("read");
    }
    drop(reader);
    let out = child.wait_with_output().expect("wait");
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

const BROKEN: &str = "BrokenPipeError: [Errno 32] Broken pipe\n";
const IGNORED: &str = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                       encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n";

#[test]
fn endless_output_into_a_closed_pipe_ends() {
    // `pyvm -c 'while True: print(1)' | head -1`
    let (err, status) = closed_stdout("while True: print(1)", 1, false);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.ends_with(&format!("<module>\n{BROKEN}")), "{err}");
    assert_eq!(status, 1);
    let (err, status) = closed_stdout("for i in range(10**5): print(i)", 1, false);
    assert!(err.ends_with(BROKEN) && !err.contains("ignored"), "{err}");
    assert_eq!(status, 1);
}

#[test]
fn the_exit_flush_into_a_closed_pipe_gives_status_120() {
    // The reader is gone before the program prints: its text stays buffered until the
    // exit's flush fails.
    let (err, status) = closed_stdout("import time\ntime.sleep(0.3)\nprint(1)", 0, false);
    assert_eq!(err, IGNORED);
    assert_eq!(status, 120);
    // Also when the program ends by sys.exit, after its message.
    let code = "import sys, time\ntime.sleep(0.3)\nprint(1)\nsys.exit('bye')";
    let (err, status) = closed_stdout(code, 0, false);
    assert_eq!(err, format!("bye\n{IGNORED}"));
    assert_eq!(status, 120);
    // Unbuffered (-u), the print itself fails.
    let (err, status) = closed_stdout("import time\ntime.sleep(0.3)\nprint(1)", 0, true);
    assert!(
        err.ends_with(&format!("line 3, in <module>\n{BROKEN}")),
        "{err}"
    );
    assert_eq!(status, 1);
}

#[test]
fn broken_pipe_error_is_catchable() {
    let code = "import sys, time\ntime.sleep(0.3)\ntry:\n    sys.stdout.write('a' * 10000)\n\
                except BrokenPipeError as e:\n    print('caught', e.errno, e, file=sys.stderr)\n";
    let (err, status) = closed_stdout(code, 0, false);
    assert_eq!(err, "caught 32 [Errno 32] Broken pipe\n");
    assert_eq!(status, 0);
    let code = "import sys, time\ntime.sleep(0.3)\ntry:\n    print(1, flush=True)\n\
                except OSError as e:\n    print(type(e).__name__, file=sys.stderr)\n";
    let (err, status) = closed_stdout(code, 0, false);
    // (the failed flush keeps the text, and the exit's flush fails again)
    assert_eq!(err, format!("BrokenPipeError\n{IGNORED}"));
    assert_eq!(status, 120);
}

#[test]
fn system_exit_statuses() {
    let cases: &[(&str, &str, i32)] = &[
        ("raise SystemExit", "", 0),
        ("raise SystemExit(None)", "", 0),
        ("raise SystemExit(3)", "", 3),
        ("raise SystemExit(256)", "", 0),
        ("import sys; sys.exit(-1)", "", 255),
        ("raise SystemExit(2**31 + 3)", "", 3),
        ("raise SystemExit(2**63 + 5)", "", 255),
        ("raise SystemExit(-2**63 - 5)", "", 255),
        ("raise SystemExit(10**30)", "", 255),
        ("raise SystemExit(True)", "", 1),
        ("raise SystemExit(False)", "", 0),
        ("raise SystemExit('bye')", "bye\n", 1),
        ("import sys; sys.exit('')", "\n", 1),
        ("raise SystemExit(1, 2)", "(1, 2)\n", 1),
        ("raise SystemExit([1])", "[1]\n", 1),
        ("raise SystemExit(3.0)", "3.0\n", 1),
        ("class E(SystemExit): pass\nraise E(4)", "", 4),
        // A subclass's own `code` shadows the member `__init__` sets.
        ("class E(SystemExit):\n    code = 7\nraise E(3)", "", 7),
        ("class E(SystemExit):\n    code = 'no'\nraise E", "no\n", 1),
        ("class I(int): pass\nraise SystemExit(I(5))", "", 5),
        (
            "class S:\n    def __str__(self): raise ValueError\nraise SystemExit(S())",
            "\n",
            1,
        ),
        (
            "e = SystemExit(3); e.code = 'changed'; raise e",
            "changed\n",
            1,
        ),
        ("import sys; sys.stderr = None; sys.exit('m')", "m\n", 1),
        // SystemExit in a thread ends the thread only, quietly.
        (
            "import threading, sys\nt = threading.Thread(target=sys.exit, args=(3,))\n\
             t.start(); t.join(); print('after')",
            "",
            0,
        ),
        (
            "import _thread, time\ndef f(): raise SystemExit(3)\n\
             _thread.start_new_thread(f, ()); time.sleep(0.2)",
            "",
            0,
        ),
    ];
    for (code, err, status) in cases {
        let (got_err, got) = status_of(code);
        assert_eq!((got_err.as_str(), got), (*err, *status), "{code}");
    }
}

#[test]
fn output_is_flushed_on_every_exit() {
    for code in [
        "print('a', end='')",
        "print('a', end=''); raise SystemExit(2)",
        "print('a', end=''); 1/0",
        "import threading, time\ndef f():\n    time.sleep(0.1); print('a', end='')\n\
         threading.Thread(target=f).start()",
    ] {
        let (out, _, _) = run(&["-c", code], "", &[]);
        assert_eq!(out, "a", "{code}");
    }
}

#[test]
fn scripts_from_stdin() {
    let script = "import sys\nprint(sys.argv, __file__, repr(sys.path[0]), __name__)\n";
    let (out, _, status) = run(&[], script, &[]);
    assert_eq!(out, "[''] <stdin> '' __main__\n");
    assert_eq!(status, 0);
    let (out, _, _) = run(&["-", "a", "-b"], script, &[]);
    assert_eq!(out, "['-', 'a', '-b'] <stdin> '' __main__\n");
    // Tracebacks name <stdin> and show no source line.
    let (_, err, status) = run(&[], "x = 1\nraise KeyError(x)\n", &[]);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nKeyError: 1\n"
    );
    assert_eq!(status, 1);
}

#[test]
fn dash_i_with_piped_stdin() {
    let input = "x\nif x:\n  print('yes')\n\n1/0\nNone\n_\ndef f(\n  a):\n  return a\nf(3)\n_\n\
                 for i in range(2): i\n\n1 +\n";
    let (out, err, status) = run(&["-i", "-c", "x = 5"], input, &[]);
    assert_eq!(out, "5\nyes\n5\n5\n0\n1\n");
    assert_eq!(
        err,
        ">>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in \
         <module>\nZeroDivisionError: division by zero\n>>> >>> >>> ... ... ...   File \"<stdin>\", \
         line 4\n    f(3)\n    ^\nSyntaxError: invalid syntax\n>>> >>> ... >>>   File \"<stdin>\", \
         line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n>>> \n"
    );
    assert_eq!(status, 0);
    // After an uncaught exception (even SystemExit) in the program, the prompt still comes.
    let (out, err, status) = run(&["-i", "-c", "y = 2; raise SystemExit(3)"], "y\n", &[]);
    assert_eq!(out, "2\n");
    assert!(err.ends_with("SystemExit: 3\n>>> >>> \n"), "{err}");
    assert_eq!(status, 0);
    // `-i` alone: the banner, then the prompt reads stdin; exit() sets the status.
    let (out, err, status) = run(&["-i"], "print('hi')\nexit(4)\n", &[]);
    assert_eq!(out, "hi\n");
    assert!(
        err.starts_with("Python 3.11") && err.ends_with(">>> >>> "),
        "{err}"
    );
    assert_eq!(status, 4);
    // Incomplete input at the end of input runs as if an empty line followed.
    let (out, err, _) = run(&["-iq"], "if 1:\n  print(1)\n", &[]);
    assert_eq!(
        (out.as_str(), err.as_str()),
        ("1\n", ">>> ... ... \n>>> \n")
    );
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let dir = std::env::temp_dir().join(format!("pyvm-cli-m-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::create_dir_all(dir.join("pkg2")).unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(dir.join("pkg2/__init__.py"), "").unwrap();
    std::fs::write(
        dir.join("pkg/__main__.py"),
        "import sys\nprint(__name__, __package__, sys.argv[1:], sys.argv[0].endswith('pkg/__main__.py'))\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("mod.py"),
        "import sys\nprint(__name__, repr(__package__), sys.argv[1:], sys.argv[0] == __file__)\n",
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    let path = [("PYTHONPATH", d)];
    let (out, _, status) = run(&["-m", "mod", "a", "b"], "", &path);
    assert_eq!((out.as_str(), status), ("__main__ '' ['a', 'b'] True\n", 0));
    let (out, _, status) = run(&["-m", "pkg", "x"], "", &path);
    assert_eq!((out.as_str(), status), ("__main__ pkg ['x'] True\n", 0));
    let no_module = |args: &[&str]| {
        let (_, err, status) = run(args, "", &path);
        assert_eq!(status, 1);
        err.split_once(": ")
            .map(|(_, m)| m.to_string())
            .unwrap_or(err)
    };
    assert_eq!(no_module(&["-m", "nope"]), "No module named nope\n");
    assert_eq!(
        no_module(&["-m", "pkg2"]),
        "No module named pkg2.__main__; 'pkg2' is a package and cannot be directly executed\n"
    );
    assert_eq!(
        no_module(&["-m", "nope.sub"]),
        "Error while finding module specification for 'nope.sub' (ModuleNotFoundError: No \
         module named 'nope')\n"
    );
    assert_eq!(
        no_module(&["-m", "sys"]),
        "No code object available for sys\n"
    );
    assert_eq!(
        no_module(&["-m", ".mod"]),
        "Relative module names not supported\n"
    );
    // -E ignores PYTHONPATH.
    assert_eq!(no_module(&["-E", "-m", "mod"]), "No module named mod\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn pythonpath_and_isolation() {
    let code = "import sys; print(sys.path[:3])";
    let env = [("PYTHONPATH", "/p/a:/p/b")];
    let (out, _, _) = run(&["-c", code], "", &env);
    assert_eq!(out, "['', '/p/a', '/p/b']\n");
    let (out, _, _) = run(&["-E", "-c", code], "", &env);
    assert_eq!(out, "['']\n");
    let (out, _, _) = run(&["-I", "-c", code], "", &env);
    assert_eq!(out, "[]\n");
    let flags = "import sys; f = sys.flags; print(f.inspect, f.optimize, f.isolated, \
                 f.ignore_environment, f.quiet, f.no_user_site, sys.warnoptions)";
    let (out, _, _) = run(&["-OO", "-Wdefault", "-W", "error", "-c", flags], "", &[]);
    assert_eq!(out, "0 2 0 0 0 0 ['default', 'error']\n");
    let (out, _, _) = run(&["-Iq", "-c", flags], "", &[]);
    assert_eq!(out, "0 0 1 1 1 1 []\n");
}

#[test]
fn option_errors_and_odd_arguments() {
    let usage = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
                 Try `pyvm -h' for more information.\n";
    for (args, first) in [
        (&["-Z"][..], "Unknown option: -Z"),
        (&["-uZ"][..], "Unknown option: -Z"),
        (&["--foo"][..], "unknown option --foo"),
        (&["-c"][..], "Argument expected for the -c option"),
        (&["-m"][..], "Argument expected for the -m option"),
        (&["-W"][..], "Argument expected for the -W option"),
        (&["-X"][..], "Argument expected for the -X option"),
    ] {
        let (_, err, status) = run(args, "", &[]);
        assert_eq!(err, format!("{first}\n{usage}"), "{args:?}");
        assert_eq!(status, 2);
    }
    // `-c` and its arguments end the options; so does `--`.
    let (out, _, _) = run(&["-c", "import sys; print(sys.argv)", "-x", "--"], "", &[]);
    assert_eq!(out, "['-c', '-x', '--']\n");
    let (out, _, _) = run(&["-cimport sys; print(sys.argv)", "a"], "", &[]);
    assert_eq!(out, "['-c', 'a']\n");
    let (_, err, status) = run(&["--", "-c"], "", &[]);
    assert!(
        err.ends_with("-c': [Errno 2] No such file or directory\n"),
        "{err}"
    );
    assert_eq!(status, 2);
    // -u (combined with another flag) keeps output in order with stderr.
    let (out, _, status) = run(&["-uB", "-c", "print(1)"], "", &[]);
    assert_eq!((out.as_str(), status), ("1\n", 0));
}

#[test]
fn undecodable_source_is_a_syntax_error() {
    let dir = std::env::temp_dir().join(format!("pyvm-cli-src-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.py");
    std::fs::write(&bad, b"x = 1\nprint('\xe9')\n").unwrap();
    let (_, err, status) = run(&[bad.to_str().unwrap()], "", &[]);
    assert_eq!(
        err,
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 2, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details\n",
            bad.display()
        )
    );
    assert_eq!(status, 1);
    let (_, err, status) = run(&[], "\u{0}", &[]);
    assert_eq!(status, 1, "{err}");
    let (_, err, status) = run(&["-"], "", &[]);
    assert_eq!((err.as_str(), status), ("", 0));
    // A Latin-1 coding cookie is honoured; a BOM is skipped.
    let latin = dir.join("latin.py");
    std::fs::write(
        &latin,
        b"# -*- coding: latin-1 -*-\nprint('\xe9', len('\xff'))\n",
    )
    .unwrap();
    let (out, _, status) = run(&[latin.to_str().unwrap()], "", &[]);
    assert_eq!((out.as_str(), status), ("\u{e9} 1\n", 0));
    let bom = dir.join("bom.py");
    std::fs::write(&bom, b"\xef\xbb\xbfprint('bom')\n").unwrap();
    let (out, _, _) = run(&[bom.to_str().unwrap()], "", &[]);
    assert_eq!(out, "bom\n");
    let unknown = dir.join("unknown.py");
    std::fs::write(&unknown, b"# coding: foo\nprint(1)\n").unwrap();
    let (_, err, status) = run(&[unknown.to_str().unwrap()], "", &[]);
    assert_eq!(
        (err.as_str(), status),
        ("SyntaxError: encoding problem: foo\n", 1)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
