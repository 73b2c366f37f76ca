//! Smoke test: parse every `.py` file of a CPython 3.11 standard library and report the
//! failures. Ignored by default (it needs a stdlib on disk and takes seconds):
//!
//! ```text
//! cargo test --release --test stdlib_smoke -- --ignored --nocapture
//! PYVM_STDLIB=/usr/lib/python3.11 cargo test --release --test stdlib_smoke -- --ignored
//! ```
//!
//! Failures caused by constructs pyvm does not support (`match`, `async`, `except*`,
//! `\N{...}` escapes) are counted separately; any other failure fails the test unless the
//! file is one CPython rejects too (the test suite's deliberately bad files).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn stdlib_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("PYVM_STDLIB") {
        return Some(PathBuf::from(dir));
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!dir.is_empty()).then(|| PathBuf::from(dir))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "site-packages") {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Files of CPython's own test suite that are meant not to compile, or are not UTF-8.
fn expected_bad(path: &Path) -> bool {
    let s = path.to_string_lossy();
    [
        "badsyntax",
        "bad_coding",
        "bad_getattr",
        "lib2to3/tests/data",
        "encoded_modules",
        "tokenizedata",
    ]
    .iter()
    .any(|p| s.contains(p))
}

#[test]
#[ignore]
fn parse_whole_stdlib() {
    let Some(dir) = stdlib_dir() else {
        eprintln!("no stdlib found; set PYVM_STDLIB");
        return;
    };
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    let start = Instant::now();
    let (mut ok, mut unsupported, mut expected, mut real) = (0, 0, 0, Vec::new());
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let source = String::from_utf8_lossy(&bytes);
        match pyvm::parser::parse_module(&source) {
            Ok(_) => ok += 1,
            Err(e) if e.msg.contains("not supported") => unsupported += 1,
            Err(_) if expected_bad(path) => expected += 1,
            Err(e) => real.push(format!(
                "{}:{}:{}: {}",
                path.display(),
                e.line,
                e.col,
                e.msg
            )),
        }
    }
    println!(
        "{} files in {:?}: {ok} parsed, {unsupported} use unsupported syntax, \
         {expected} are deliberately invalid, {} other failures",
        files.len(),
        start.elapsed(),
        real.len()
    );
    for r in &real {
        println!("FAIL {r}");
    }
    assert!(real.is_empty(), "{} unexpected failures", real.len());
}
