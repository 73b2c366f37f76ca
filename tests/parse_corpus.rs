//! Every vm-tests script parses, except the ones whose expected stderr is a compile-time
//! error (a SyntaxError or IndentationError without a traceback, or a nesting limit),
//! which must be rejected.

use std::fs;
use std::path::Path;

#[test]
fn vm_tests_corpus_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("vm-tests");
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        count += 1;
        let source = fs::read_to_string(&path).unwrap();
        let err_path = path.with_extension("err");
        let expected_err = fs::read_to_string(&err_path).unwrap_or_default();
        // (the limits on nesting, which pyvm's lexer enforces, count as such errors)
        let compile_error = !expected_err.contains("Traceback")
            && (expected_err.contains("SyntaxError:")
                || expected_err.contains("IndentationError:")
                || expected_err.contains("during compilation")
                || expected_err == "MemoryError\n");
        // Errors CPython reports from its compiler (not its parser) still parse here.
        let from_compiler = [
            "outside function",
            "outside loop",
            "not properly in loop",
            "nonlocal",
            // `match` patterns are checked by CPython's compiler.
            "makes remaining patterns unreachable",
            "multiple assignments to name",
            "attribute name repeated in class pattern",
            "mapping pattern checks duplicate key",
            "alternative patterns bind different names",
        ]
        .iter()
        .any(|m| expected_err.contains(m));
        let result = pyvm::parser::parse_module(&source);
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        match (&result, compile_error && !from_compiler) {
            (Ok(_), true) => failures.push(format!("{name}: parsed, but CPython rejects it")),
            (Err(e), false) => failures.push(format!("{name}: {e:?}")),
            _ => {}
        }
    }
    assert!(count > 60, "the corpus went missing");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
