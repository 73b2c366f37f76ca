//! The code cache of the embedded modules (`src/vm/codecache.rs`): a run with a cold cache,
//! a warm one and a damaged one print the same thing; the cache can be switched off, and an
//! unusable cache directory changes nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

const SCRIPT: &str = "import json, re, os\n\
print(json.dumps({'a': re.sub('b+', '-', 'abbbc')}, indent=1))\n\
print(os.path.join('x', 'y'))\n\
json.loads('{\"k\": ')\n";

/// (stdout, stderr, status) of SCRIPT with the cache at `dir` (`""`: cache off) and HOME at
/// `home`.
fn run(dir: &str, home: &Path) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(["-c", SCRIPT])
        .env("PYVM_CACHE_DIR", dir)
        .env("HOME", home)
        .env_remove("XDG_CACHE_HOME")
        .output()
        .expect("run pyvm");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyvm-codecache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make scratch dir");
    dir
}

/// Every `.pvc` file under `root`.
fn cache_files(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for build in std::fs::read_dir(root).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(build.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if f.path().extension().is_some_and(|e| e == "pvc") {
                found.push(f.path());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn cold_warm_and_damaged_caches_give_the_same_run() {
    let root = scratch("damage");
    let dir = root.join("cache");
    let expected = run("", &root);
    assert!(expected.0.contains("\"a\": \"a-c\""), "{expected:?}");
    assert!(
        expected.1.contains("json.decoder.JSONDecodeError"),
        "{expected:?}"
    );
    assert_eq!(expected.2, 1);

    let cold = run(dir.to_str().unwrap(), &root);
    assert_eq!(cold, expected);
    let files = cache_files(&dir);
    let names: Vec<_> = files
        .iter()
        .map(|f| f.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for m in ["json", "re", "abc"] {
        assert!(names.iter().any(|n| n == m), "{m} not cached: {names:?}");
    }
    assert_eq!(run(dir.to_str().unwrap(), &root), expected, "warm cache");

    // Truncated, bit-flipped and foreign files are all ignored and rewritten.
    for (i, f) in files.iter().enumerate() {
        let mut bytes = std::fs::read(f).unwrap();
        match i % 3 {
            0 => bytes.truncate(bytes.len() / 2),
            1 => {
                let mid = bytes.len() / 2;
                bytes[mid] ^= 0x55;
            }
            _ => bytes = b"not a cache file".to_vec(),
        }
        std::fs::write(f, bytes).unwrap();
    }
    assert_eq!(run(dir.to_str().unwrap(), &root), expected, "damaged cache");
    assert_eq!(
        run(dir.to_str().unwrap(), &root),
        expected,
        "rewritten cache"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn empty_setting_turns_the_cache_off_and_a_bad_directory_is_harmless() {
    let root = scratch("off");
    let expected = run("", &root);
    assert!(cache_files(&root.join(".cache").join("pyvm")).is_empty());

    // A cache "directory" that is a file: nothing can be written, the run is unchanged.
    let file = root.join("plain-file");
    std::fs::write(&file, "x").unwrap();
    assert_eq!(run(file.to_str().unwrap(), &root), expected);
    let _ = std::fs::remove_dir_all(&root);
}
