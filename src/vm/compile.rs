//! Source text to a code object at run time (`compile`, `exec`, `eval`, `import`): the
//! compiler's [`compile_source`], with its error turned into the SyntaxError exception a
//! script sees, and the compiled unit wrapped in a code object.

use std::rc::Rc;

use crate::compiler::{compile_source, Mode, SourceError};
use crate::objects::callables::code::CodeObj;
use crate::objects::exceptions::exception_kinds::syntax_error;
use crate::objects::PyRef;
use crate::vm::{PyErr, PyResult};

/// Compiles `source` as `mode` to a code object; syntax errors become SyntaxError exceptions.
pub fn compile_code(source: &str, filename: &str, mode: Mode) -> PyResult<PyRef> {
    match compile_source(source, filename, mode) {
        Ok(unit) => Ok(CodeObj::from_unit(&Rc::new(unit))),
        Err(e) => Err(source_error(e, source, filename, mode)),
    }
}

/// The `SyntaxError` (or other exception) for compile error `e` of `source`.
pub fn source_error(e: SourceError, source: &str, filename: &str, mode: Mode) -> PyErr {
    // A parser error carries the source line; one found by the compiler only when the file
    // can be read back (CPython reads it from disk: none for `<string>`). In "exec" mode
    // CPython's tokenizer ends the last line with a newline (`text` shows it).
    let text = if mode != Mode::Eval && !source.ends_with('\n') {
        std::borrow::Cow::Owned(format!("{source}\n"))
    } else {
        std::borrow::Cow::Borrowed(source)
    };
    let shown = e.in_parser || std::path::Path::new(filename).is_file();
    syntax_error(&e.error, filename, shown.then_some(text.as_ref()))
}
