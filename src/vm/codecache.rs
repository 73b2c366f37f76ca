//! The code cache: compiled code of the embedded (frozen) modules kept on disk between runs,
//! so an import loads bytecode instead of lexing, parsing and compiling the module's source
//! again (CPython gets the same from its `.pyc` files and deep-frozen start-up modules).
//!
//! Where: `$PYVM_CACHE_DIR` (set but empty: no cache), else `$XDG_CACHE_HOME/pyvm`, else
//! `~/.cache/pyvm`; one directory per build of pyvm, named by the build id (a hash of the
//! sources, made by `build.rs`), holding `NAME.pvc` per module. A file is a magic, the CRC-32
//! of the payload and the payload ([`crate::bytecode::serial`]).
//!
//! Invariants: the cache never changes behaviour. A file of another build is never read (the
//! build id names the directory, and any source change gives a new id); a missing, truncated
//! or corrupted file, or one that cannot be written, just means the source is compiled as
//! without a cache. Files are written to a temporary name and renamed, so concurrent runs
//! never see half a file. Directories of other builds are pruned once they are an hour old.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::bytecode::{serial, CodeUnit};
use crate::compiler::{compile_source, Mode, SourceError};

/// The id of this build: changes whenever any source file (Rust, grammar or embedded Python)
/// changes.
pub const BUILD_ID: &str = env!("PYVM_BUILD_ID");

const MAGIC: &[u8; 4] = b"PVCC";

/// The compiled code of the embedded source `source` of module `name` (file name
/// `filename`, `<frozen NAME>`), from the cache when it is there; otherwise compiled and
/// stored.
pub fn embedded_unit(name: &str, source: &str, filename: &str) -> Result<CodeUnit, SourceError> {
    let path = cache_dir().map(|d| d.join(format!("{name}.pvc")));
    if let Some(unit) = path.as_deref().and_then(read) {
        if &*unit.filename == filename {
            return Ok(unit);
        }
    }
    let unit = compile_source(source, filename, Mode::Exec)?;
    if let Some(path) = path {
        write(&path, &unit);
    }
    Ok(unit)
}

/// This build's cache directory (not created here), or `None` when caching is off.
fn cache_dir() -> Option<PathBuf> {
    thread_local! {
        static DIR: Option<PathBuf> = find_root().map(|root| root.join(BUILD_ID));
    }
    DIR.with(Clone::clone)
}

fn find_root() -> Option<PathBuf> {
    let env = |k| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(dir) = std::env::var_os("PYVM_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    if let Some(xdg) = env("XDG_CACHE_HOME") {
        return Some(PathBuf::from(xdg).join("pyvm"));
    }
    env("HOME").map(|h| PathBuf::from(h).join(".cache").join("pyvm"))
}

fn read(path: &Path) -> Option<CodeUnit> {
    let bytes = std::fs::read(path).ok()?;
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    if rest.len() < 4 {
        return None;
    }
    let (crc, payload) = rest.split_at(4);
    if crc32fast::hash(payload).to_le_bytes() != crc {
        return None;
    }
    serial::decode(payload)
}

/// Stores `unit` at `path`, quietly giving up on any error (a read-only home, a full disk).
fn write(path: &Path, unit: &CodeUnit) {
    let Some(dir) = path.parent() else { return };
    if !dir.is_dir() {
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        if let Some(root) = dir.parent() {
            prune(root);
        }
    }
    let payload = serial::encode(unit);
    let mut bytes = Vec::with_capacity(payload.len() + 8);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    bytes.extend_from_slice(&payload);
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, &bytes).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Removes the directories other builds left in `root` more than an hour ago.
fn prune(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.flatten() {
        let name = e.file_name();
        let is_build_dir = name.len() == BUILD_ID.len()
            && name
                .to_str()
                .is_some_and(|s| s.bytes().all(|b| b.is_ascii_hexdigit()));
        if !is_build_dir || name == BUILD_ID {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > Duration::from_secs(3600));
        if old {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}
