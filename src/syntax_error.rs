//! Compile-time errors: `SyntaxError`, `IndentationError` and `TabError`, raised by the lexer,
//! the parser and the compiler, and printed the way CPython 3.11 prints them.

use std::fmt::Write;

/// Which of CPython's compile-time exception classes this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A compile-time error with CPython's location conventions: `line` is 1-based; `col` and
/// `end_col` are 1-based character offsets into the line (CPython's `offset`/`end_offset`),
/// `end_col` is exclusive and equals `col + 1` for a single caret.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_col: u32,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            line,
            col,
            end_col: col + 1,
        }
    }

    /// Widen the caret to cover `col..end_col` (1-based, exclusive end).
    pub fn with_end(mut self, end_col: u32) -> Self {
        self.end_col = end_col.max(self.col + 1);
        self
    }

    /// The text CPython writes to stderr for this error, given the file name and the source
    /// it came from:
    ///
    /// ```text
    ///   File "x.py", line 1
    ///     if x
    ///         ^
    /// SyntaxError: expected ':'
    /// ```
    pub fn render(&self, filename: &str, source: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "  File \"{}\", line {}", filename, self.line);
        if let Some(text) = source.lines().nth(self.line.saturating_sub(1) as usize) {
            // CPython strips leading whitespace from the shown line and moves the caret with it.
            let stripped = text.trim_start();
            let indent = text.chars().count() - stripped.chars().count();
            let shown = stripped.trim_end();
            if !shown.is_empty() || self.col > 0 {
                let _ = writeln!(out, "    {}", shown);
                let shown_len = shown.chars().count() as i64;
                let start = (self.col as i64 - 1 - indent as i64).clamp(0, shown_len);
                let end = (self.end_col as i64 - 1 - indent as i64)
                    .clamp(start + 1, shown_len.max(start + 1));
                let _ = writeln!(
                    out,
                    "    {}{}",
                    " ".repeat(start as usize),
                    "^".repeat((end - start) as usize)
                );
            }
        }
        let _ = writeln!(out, "{}: {}", self.kind.name(), self.msg);
        out
    }
}
