//! Generates the LALR(1) parser from `grammar/python.lalrpop` into `OUT_DIR`, and sets
//! `PYVM_BUILD_ID`: a hash of every file under `src/` and `grammar/`, which names this build's
//! directory in the code cache (`src/vm/codecache.rs`), so cached bytecode is never read by a
//! build compiled from other sources.
use std::hash::Hasher;
use std::path::Path;

fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .process()
        .expect("lalrpop failed to generate the parser");
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for dir in ["src", "grammar"] {
        hash_tree(Path::new(dir), &mut hasher);
    }
    println!("cargo:rustc-env=PYVM_BUILD_ID={:016x}", hasher.finish());
    println!("cargo:rerun-if-changed=grammar");
    println!("cargo:rerun-if-changed=src");
}

/// Feeds every file's path and contents under `dir` to `h`, in sorted order.
fn hash_tree(dir: &Path, h: &mut impl Hasher) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("source directory is readable")
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            hash_tree(&path, h);
        } else {
            h.write(path.to_string_lossy().as_bytes());
            h.write(&std::fs::read(&path).expect("source file is readable"));
        }
    }
}
