//! The fuzzing harness: what the fuzz targets in `tools/fuzz` run on each input, and what
//! `tests/fuzz_regressions.rs` runs on every kept regression input (so CI checks them with
//! the stable toolchain and no libFuzzer).
//!
//! - [`compile_bytes`]: arbitrary bytes → source decoding → lexer → parser → compiler. Only
//!   `Ok` or a compile-time error (SyntaxError, IndentationError, TabError, or the decoding
//!   errors CPython reports for bad source) may come out; a panic is a finding.
//! - [`run_bytes`]: a program run in a fresh interpreter under an instruction budget, with
//!   its output discarded. It must end normally or in a Python exception. The first byte
//!   picks the program: [`GENERATED`] makes one from the rest with the grammar in
//!   [`gen`]; anything else runs the bytes as source (the corpus is seeded with the
//!   vm-tests, which mutation then mangles).
//!
//! Programs run sandboxed: no files, no stdin, no threads, no `os`/`time`, an empty
//! `sys.path` (see [`SANDBOX`]), so a mangled program cannot touch the machine or outlive
//! its run.

pub mod gen;
mod vocab;

use crate::objects::strings::str::intern;

/// The first byte that asks [`run_bytes`] for a generated program.
pub const GENERATED: u8 = 0xff;

/// Safepoints (backward jumps, calls, instructions that release references) a program may
/// pass before every further one raises RuntimeError.
pub const BUDGET: u64 = 200_000;

/// Runs in the fresh interpreter before the program, in its own namespace.
const SANDBOX: &str = "\
import sys, builtins
for _m in ('os', 'posix', 'posixpath', 'time', '_thread', 'threading', 'queue',
           'concurrent', 'concurrent.futures', 'gilstats', 'signal', 'subprocess',
           'io', 'socket', 'select', 'shutil', 'tempfile'):
    sys.modules[_m] = None
sys.path[:] = []
sys.stdin = None
del builtins.open, builtins.input
";

/// Source bytes as CPython reads a file: an optional UTF-8 BOM, then UTF-8 text without
/// NUL bytes. The error is the message of CPython's SyntaxError for bad source.
pub fn decode_source(data: &[u8]) -> Result<&str, String> {
    let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    let text = std::str::from_utf8(data).map_err(|e| {
        let bad = data[e.valid_up_to()];
        format!("Non-UTF-8 code starting with '\\x{bad:02x}'")
    })?;
    if text.contains('\0') {
        return Err("source code cannot contain null bytes".into());
    }
    Ok(text)
}

/// Target (a): decode, parse and compile `data`. A compile-time error is a normal outcome
/// (its report is rendered, as the command line would); a panic is a finding.
pub fn compile_bytes(data: &[u8]) {
    let Ok(source) = decode_source(data) else {
        return;
    };
    match crate::runner::compile(source, "<fuzz>") {
        Ok(_) => {}
        Err(report) => assert!(
            report.contains("Error: ") || report.contains("Error\n"),
            "a compile error without an exception name: {report:?}"
        ),
    }
}

/// How a run ended (anything else — a panic, an abort, a hang — is a finding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The bytes were not a program (bad UTF-8, NUL bytes).
    NotSource,
    /// The program's exit status: 0, 1 after a syntax error or an uncaught exception, or
    /// what `sys.exit` asked for.
    Exited(i32),
}

/// Target (b): the program `data` stands for (see the module docs), run to its end.
pub fn run_bytes(data: &[u8]) -> Outcome {
    match data.split_first() {
        Some((&GENERATED, rest)) => Outcome::Exited(run_source(&gen::program(rest))),
        _ => match decode_source(data) {
            Ok(source) => Outcome::Exited(run_source(source)),
            Err(_) => Outcome::NotSource,
        },
    }
}

/// Runs `source` as `__main__` in a fresh, sandboxed interpreter under [`BUDGET`], as the
/// command line would (uncaught exceptions reported, the module shut down), output
/// discarded; returns the exit status.
pub fn run_source(source: &str) -> i32 {
    let _gil = crate::gil::acquire();
    let mut vm = crate::runner::new_main_vm(source, "<fuzz>", &["<fuzz>".to_string()]);
    vm.interp.discard_output.set(true);
    let sandbox = crate::objects::containers::dict::DictObj::new_ref();
    if let Some(d) = sandbox.downcast::<crate::objects::containers::dict::DictObj>() {
        d.set_str(intern("__builtins__"), vm.builtins_module());
    }
    if let Err(e) = vm.exec_source(SANDBOX, "<sandbox>", &sandbox, false) {
        let report = vm.format_exception(e.exc());
        panic!("the fuzzing sandbox failed to set up:\n{report}");
    }
    vm.set_instruction_budget(Some(BUDGET));
    let status = crate::runner::run_once(&mut vm, source, "<fuzz>");
    vm.set_instruction_budget(None);
    // As `-X leakcheck` between runs: the next program gets a process as fresh as can be.
    crate::gil::end_finalizing();
    crate::objects::classes::typeobj::invalidate_lookup_cache();
    status
}
