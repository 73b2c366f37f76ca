//! The parser: the public entry points that turn source text into an [`ast::Module`] or an
//! [`ast::Expr`], on top of the LALRPOP grammar in `grammar/python.lalrpop`.
//!
//! One generated parser serves modules, `eval()` input and f-string fields: the lexer's
//! token vector is prefixed with a synthetic start token that selects the rule. Errors are
//! turned into CPython 3.11's messages by [`errors`]; tokenizer errors win over parser
//! errors as they do in CPython (which re-tokenizes the whole input after a failed parse).

mod dump;
mod errors;
mod fstring;
mod helpers;
mod patterns;

use std::cell::Cell;

use crate::ast;
use crate::lexer::{self, Mode, Pos, Tok};
use crate::syntax_error::SyntaxError;

pub use dump::{dump_expr, dump_module};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, dead_code)]
    python,
    "/python.rs"
);

use helpers::Top;

/// Parses a whole module (a file, `exec` input or `-c` code).
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    match run(source, Mode::Module, Tok::StartModule)? {
        Top::Module(body) => Ok(ast::Module { body }),
        _ => Err(internal_error()),
    }
}

/// Parses the input of `eval()`: one expression list, with leading and trailing whitespace
/// and newlines allowed.
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxError> {
    match run(source, Mode::Expression, Tok::StartExpression)? {
        Top::Expression(e) => Ok(e),
        _ => Err(internal_error()),
    }
}

/// Parses the expression of one f-string field, whose text starts at `start` in the source.
pub(crate) fn parse_fstring_expr(text: &str, start: Pos) -> Result<ast::Expr, SyntaxError> {
    match run(text, Mode::FString(start), Tok::StartFString) {
        Ok(Top::FString(e)) => Ok(e),
        Ok(_) => Err(internal_error()),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

fn internal_error() -> SyntaxError {
    SyntaxError::new(
        crate::syntax_error::SyntaxErrorKind::SyntaxError,
        "invalid syntax",
        1,
        1,
    )
}

fn run(source: &str, mode: Mode, start: Tok) -> Result<Top, SyntaxError> {
    let lexed = lexer::tokenize(source, mode);
    let lex_error = lexed.error;
    let pulled = Cell::new(0usize);
    let tokens = std::iter::once((Pos::default(), start.clone(), Pos::default()))
        .chain(lexed.tokens)
        .inspect(|_| pulled.set(pulled.get() + 1))
        .map(Ok::<_, SyntaxError>);
    let result = python::TopParser::new().parse(tokens);
    match (result, lex_error) {
        (Ok(top), None) => Ok(top),
        (Ok(_), Some(lex)) => Err(lex),
        (Err(err), lex) => {
            // Re-tokenize for the analysis: the happy path never keeps a copy.
            let mut toks = vec![(Pos::default(), start, Pos::default())];
            toks.extend(lexer::tokenize(source, mode).tokens);
            let idx = if matches!(err, lalrpop_util::ParseError::UnrecognizedEof { .. }) {
                toks.len()
            } else {
                pulled.get().saturating_sub(1)
            };
            let parse_error = errors::convert(err, &toks, idx, source, mode);
            match lex {
                Some(lex) if !errors::beats_tokenizer_error(&parse_error, &lex, &toks, idx) => {
                    Err(lex)
                }
                _ => Err(parse_error),
            }
        }
    }
}

#[cfg(test)]
mod tests;
