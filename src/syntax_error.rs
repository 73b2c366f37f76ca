//! Compile-time errors: `SyntaxError`, `IndentationError` and `TabError`, raised by the lexer,
//! the parser and the compiler, and printed the way CPython 3.11 prints them.

use std::fmt::Write;

/// Which of CPython's compile-time exception classes this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not syntax errors: the limits CPython's compiler (RecursionError "maximum recursion
    /// depth exceeded during compilation") and parser (a bare MemoryError) hit on deeply
    /// nested source, reported without a location.
    RecursionError,
    MemoryError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
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

    /// Whether this is a compile-time limit rather than a syntax error (see the kinds).
    pub fn is_limit(&self) -> bool {
        matches!(
            self.kind,
            SyntaxErrorKind::RecursionError | SyntaxErrorKind::MemoryError
        )
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
        if self.is_limit() {
            return match self.msg.as_str() {
                "" => format!("{}\n", self.kind.name()),
                msg => format!("{}: {}\n", self.kind.name(), msg),
            };
        }
        // Only plain SyntaxErrors carry an end; subclasses get a single caret.
        let end_offset = if self.kind == SyntaxErrorKind::SyntaxError {
            i64::from(self.end_col)
        } else {
            -1
        };
        let text = source.split('\n').nth(self.line.saturating_sub(1) as usize);
        let mut out = render_location(
            filename,
            &self.line.to_string(),
            text,
            i64::from(self.col),
            end_offset,
        );
        let _ = writeln!(out, "{}: {}", self.kind.name(), self.msg);
        out
    }

    /// The source line the error points at, as CPython stores it in `SyntaxError.text`.
    pub fn line_text(&self, source: &str) -> Option<String> {
        let idx = self.line.checked_sub(1)? as usize;
        let mut lines = source.split_inclusive('\n');
        lines.nth(idx).map(str::to_string)
    }
}

/// The `File "...", line N` header and the source line with its carets, as CPython's
/// `print_exception` writes them for a SyntaxError (`offset` and `end_offset` are 1-based
/// character offsets; `end_offset <= 0` means a single caret).
pub fn render_location(
    filename: &str,
    line: &str,
    text: Option<&str>,
    offset: i64,
    end_offset: i64,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  File \"{filename}\", line {line}");
    if let Some(text) = text {
        // This follows CPython's `print_error_text`, in characters rather than bytes.
        let text = text.strip_suffix('\n').unwrap_or(text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        let line_size = text.chars().count() as i64 + 1; // CPython counts the newline
        let mut end_offset = end_offset;
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
    out
}
