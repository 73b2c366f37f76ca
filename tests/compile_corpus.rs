//! The compiler on real programs: every vm-tests script that parses compiles (with the
//! assembler's stack-depth assertions on, as in every test build), and the scripts whose
//! expected output is a compile-time error from CPython's compiler get the same message.
//!
//! `cargo test --test compile_corpus -- --ignored` also compiles the whole standard library
//! of the `python3` on PATH (every file the parser accepts) and prints the counts.

use std::fs;
use std::panic;
use std::path::{Path, PathBuf};

fn compile_file(path: &Path) -> Result<Result<(), String>, String> {
    let source = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let Ok(module) = pyvm::parser::parse_module(&source) else {
        return Err("parse".to_string());
    };
    let name = path.display().to_string();
    panic::catch_unwind(|| pyvm::compiler::compile_module(&module, &name))
        .map(|r| {
            r.map(|code| {
                // The disassembler must handle everything the compiler produces.
                let _ = pyvm::bytecode::dis::disassemble(&code);
            })
            .map_err(|e| format!("{}: {}", e.kind.name(), e.msg))
        })
        .map_err(|_| "PANIC".to_string())
}

#[test]
fn vm_tests_corpus_compiles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("vm-tests");
    let mut failures = Vec::new();
    let mut compiled = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let expected_err = fs::read_to_string(path.with_extension("err")).unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        match compile_file(&path) {
            Err(e) if e == "parse" => {} // the parser's business (tests/parse_corpus.rs)
            Err(e) => failures.push(format!("{name}: {e}")),
            Ok(Ok(())) => {
                compiled += 1;
                if !expected_err.contains("Traceback") && expected_err.contains("SyntaxError:") {
                    failures.push(format!("{name}: compiled, but CPython rejects it"));
                }
            }
            Ok(Err(msg)) => {
                if expected_err.contains("Traceback") || !expected_err.contains(&msg) {
                    failures.push(format!("{name}: unexpected {msg}"));
                }
            }
        }
    }
    assert!(compiled > 60, "the corpus went missing");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "site-packages") {
                python_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
#[ignore = "needs python3's standard library; slow"]
fn stdlib_compiles() {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 on PATH");
    let stdlib = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let mut files = Vec::new();
    python_files(&stdlib, &mut files);
    files.sort();
    let (mut ok, mut unparsed, mut errors, mut panics) = (0, 0, Vec::new(), Vec::new());
    for f in &files {
        match compile_file(f) {
            Ok(Ok(())) => ok += 1,
            Ok(Err(e)) => errors.push(format!("{}: {e}", f.display())),
            Err(e) if e == "PANIC" => panics.push(f.display().to_string()),
            Err(_) => unparsed += 1,
        }
    }
    println!(
        "{} files: {ok} compiled, {unparsed} not parsed or unreadable, {} compile errors, {} panics",
        files.len(),
        errors.len(),
        panics.len()
    );
    for e in &errors {
        println!("  {e}");
    }
    assert!(panics.is_empty(), "panics: {panics:#?}");
    assert!(errors.is_empty(), "{errors:#?}");
}
