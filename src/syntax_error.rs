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
        if let Some(text) = source.split('\n').nth(self.line.saturating_sub(1) as usize) {
            // This follows CPython's `print_error_text`, in characters rather than bytes.
            let text = text.strip_suffix('\r').unwrap_or(text);
            let line_size = text.chars().count() as i64 + 1; // CPython counts the newline
            let offset = i64::from(self.col);
            // Only plain SyntaxErrors carry an end; subclasses get a single caret.
            let mut end_offset = if self.kind == SyntaxErrorKind::SyntaxError {
                i64::from(self.end_col)
            } else {
                -1
            };
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            let carets = if end_offset > 0 && end_offset > offset {
                end_offset - offset
            } else {
                1
            };
            let shown = text.trim_start_matches([' ', '\t', '\x0C']);
            let stripped = text.chars().count() - shown.chars().count();
            let len = shown.chars().count() as i64;
            let caret_col = (offset - 1 - stripped as i64).min(len);
            let _ = writeln!(out, "    {shown}");
            if caret_col >= 0 {
                let _ = writeln!(
                    out,
                    "    {}{}",
                    " ".repeat(caret_col as usize),
                    "^".repeat(carets as usize)
                );
            }
        }
        let _ = writeln!(out, "{}: {}", self.kind.name(), self.msg);
        out
    }
}
