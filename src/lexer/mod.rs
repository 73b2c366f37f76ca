//! The lexer: turns Python source into the token stream the LALRPOP parser reads.
//!
//! Three layers:
//! - [`tokens`]: the `logos` token classes ([`tokens::RawTok`]) and the parser's [`Tok`];
//! - [`indent`]: the driver that walks the raw tokens, tracks positions (1-based lines,
//!   0-based columns in code points), brackets and the indent stack, and emits
//!   `NEWLINE`/`INDENT`/`DEDENT` the way CPython's tokenizer does;
//! - [`strings`]: decoding of string and bytes literal bodies (escapes), used by the parser.
//!
//! The whole input is tokenized up front. A tokenizer error does not stop the token vector
//! being usable: [`Lexed::error`] holds the first error, and `tokens` holds everything before
//! it, so the parser can decide which error CPython would report first.

mod indent;
pub mod strings;
pub mod tokens;

pub use tokens::{StrTok, Tok};

use crate::syntax_error::SyntaxError;

/// A position in the source: 1-based line, 0-based column in code points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub fn new(line: u32, col: u32) -> Self {
        Pos { line, col }
    }
}

/// A token with its start and end position, the triple LALRPOP wants.
pub type Spanned = (Pos, Tok, Pos);

/// What kind of input is being tokenized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: indentation is significant.
    Module,
    /// Input to `eval()`: no INDENT/DEDENT, leading whitespace is ignored.
    Expression,
    /// The text of one `{...}` field of an f-string, starting at the given position: it
    /// behaves as if inside brackets (no NEWLINE at all).
    FString(Pos),
}

/// The result of tokenizing a whole input.
#[derive(Clone, Debug)]
pub struct Lexed {
    /// Every token before the first error (all of them if there was none), ending with the
    /// final NEWLINE and DEDENTs when the input was complete.
    pub tokens: Vec<Spanned>,
    /// The first tokenizer error, if any.
    pub error: Option<SyntaxError>,
}

/// Tokenizes `source` in the given mode. Never panics; errors end up in [`Lexed::error`].
pub fn tokenize(source: &str, mode: Mode) -> Lexed {
    // A UTF-8 byte order mark is not part of the source, as for CPython's decoder.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if source.contains('\r') {
        // Universal newlines, as CPython reads source files.
        let normalized = source.replace("\r\n", "\n").replace('\r', "\n");
        indent::Driver::new(&normalized, mode).run()
    } else {
        indent::Driver::new(source, mode).run()
    }
}

#[cfg(test)]
mod tests;
