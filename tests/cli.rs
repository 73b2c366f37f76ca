//! The command line: `-c` (with `sys.argv` and CPython's traceback for `<string>`, which shows
//! no source line), `--version`, `--help`, and a missing file. Expectations checked against
//! CPython 3.11.

use std::process::Command;

fn pyvm(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(args)
        .output()
        .expect("run pyvm");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

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
    assert!(err.contains("can't open file 'no-such-file.py'"));
    assert_eq!(status, 2);
}

#[test]
fn dash_c_imports_from_the_current_directory() {
    // `-c` puts '' first on sys.path: modules are found in the working directory, and their
    // __file__ is absolute (as CPython 3.11 prints here).
    let code = "import sys, basic_mod; print(repr(sys.path[0]), basic_mod.VALUE, \
                sys.modules['__main__'], basic_mod.__file__ == __import__('os').getcwd() + '/basic_mod.py')";
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
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
