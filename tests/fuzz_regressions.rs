//! Every input the fuzzers found a bug with (`tools/fuzz/regressions/TARGET/*`), fed through
//! the same harness functions the fuzz targets call (`pyvm::fuzzing`), with the stable
//! toolchain and no libFuzzer. Also a short run of generated programs, so the generator and
//! the sandbox keep working.
//!
//! `PYVM_FUZZ_INPUT=FILE cargo test --test fuzz_regressions -- one_input --nocapture` runs one
//! input (a crash artifact, say) and prints the generated program.

use std::path::{Path, PathBuf};

/// One interpreter at a time: the tests run on parallel threads, and interpreters of one
/// process share the GIL and the collector's state (as the fuzz targets run one input at a
/// time).
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The interpreter's own thread gets a large stack (as `main.rs` gives it).
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(f)
        .expect("a thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tools/fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    // (not the notes, nor the readable twins of generated inputs)
    files.retain(|p| {
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        p.is_file() && !name.ends_with(".md") && !name.ends_with(".program.py")
    });
    files.sort();
    files
}

#[test]
fn compile_regressions() {
    for path in inputs("compile") {
        let data = std::fs::read(&path).unwrap();
        eprintln!("compile: {}", path.display());
        on_big_stack(move || pyvm::fuzzing::compile_bytes(&data));
    }
}

#[test]
fn run_regressions() {
    for path in inputs("run") {
        let data = std::fs::read(&path).unwrap();
        eprintln!("run: {}", path.display());
        on_big_stack(move || {
            pyvm::fuzzing::run_bytes(&data);
        });
    }
}

/// A few hundred generated programs from a fixed pseudo-random stream.
#[test]
fn generated_programs_run() {
    on_big_stack(|| {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..150 {
            let data: Vec<u8> = std::iter::once(pyvm::fuzzing::GENERATED)
                .chain((0..200).map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state as u8
                }))
                .collect();
            pyvm::fuzzing::run_bytes(&data);
        }
    });
}

#[test]
fn one_input() {
    let Ok(path) = std::env::var("PYVM_FUZZ_INPUT") else {
        return;
    };
    let data = std::fs::read(&path).unwrap();
    if let Some((&pyvm::fuzzing::GENERATED, rest)) = data.split_first() {
        println!("{}", pyvm::fuzzing::gen::program(rest));
    }
    on_big_stack(move || {
        pyvm::fuzzing::compile_bytes(&data);
        println!("{:?}", pyvm::fuzzing::run_bytes(&data));
    });
}

/// `PYVM_FUZZ_DUMP=DIR cargo test --test fuzz_regressions -- dump_generated` writes 200
/// generated programs to DIR (to check with CPython how many compile and what they do);
/// `PYVM_FUZZ_SEED=N` picks another 200.
#[test]
fn dump_generated() {
    let Ok(dir) = std::env::var("PYVM_FUZZ_DUMP") else {
        return;
    };
    let seed = std::env::var("PYVM_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok());
    let mut state = seed.unwrap_or(0x2545_f491_4f6c_dd1d_u64) | 1;
    for i in 0..200 {
        let data: Vec<u8> = (0..300)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        let path = Path::new(&dir).join(format!("g{i:03}.py"));
        std::fs::write(path, pyvm::fuzzing::gen::program(&data)).unwrap();
    }
}

/// The instruction budget ends endless loops, even ones that catch what it raises, and
/// nothing of it is left for the next interpreter.
#[test]
fn budget_ends_endless_programs() {
    on_big_stack(|| {
        let endless = [
            "while True: pass",
            "while True:\n    try:\n        while True: pass\n    except BaseException: pass",
            "def f():\n    while True: yield\nfor _ in f(): pass",
            "class C:\n    def __del__(self): C()\nwhile True: C()",
        ];
        for src in endless {
            assert_eq!(pyvm::fuzzing::run_source(src), 1, "{src}");
        }
        assert_eq!(pyvm::fuzzing::run_source("x = sum(range(1000))"), 0);
    });
}
