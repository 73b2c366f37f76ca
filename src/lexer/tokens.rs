//! Token types: the raw `logos` tokens that classify the source text, and the [`Tok`] values
//! the parser consumes.
//!
//! The raw layer knows nothing about lines or indentation; string and number literals are
//! scanned to their end by callbacks here (so a `#` or a quote inside a string never confuses
//! the rest of the lexer) but decoded later, by the parser, because CPython reports decoding
//! errors at the end of the whole concatenated literal.

use logos::{Lexer, Logos};

use crate::ast::Constant;

/// How a string literal token ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrEnd {
    Closed,
    /// A single-quoted literal hit an unescaped newline or the end of input.
    Unterminated,
    /// A triple-quoted literal hit the end of input.
    UnterminatedTriple,
}

/// The shape of a scanned string literal: prefix length, quote length and how it ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrScan {
    pub prefix_len: u8,
    pub triple: bool,
    pub end: StrEnd,
}

/// What the number scanner found. Errors carry CPython's message and how many characters
/// of the literal were consumed when the error was detected (CPython's caret goes there).
#[derive(Clone, Debug, PartialEq)]
pub enum NumScan {
    Int {
        radix: u32,
    },
    Float,
    Imaginary,
    Error {
        msg: &'static str,
        consumed: usize,
    },
    /// `0777`: the message spans the zeros.
    LeadingZeros,
}

/// Source classification, one logos token per lexeme. Indentation, brackets and positions
/// are handled by the driver in `indent.rs`.
#[derive(Logos, Clone, Debug, PartialEq)]
pub enum RawTok {
    #[regex(r"[ \t\x0C]+")]
    Whitespace,
    #[token("\n")]
    Newline,
    #[regex(r"#[^\n]*")]
    Comment,
    #[token("\\\n")]
    Continuation,
    /// A backslash not followed by a newline.
    #[token("\\")]
    StrayBackslash,
    /// ASCII or non-ASCII identifier; non-ASCII characters are validated by the driver.
    #[regex(r"[A-Za-z_\x{80}-\x{10FFFF}][A-Za-z0-9_\x{80}-\x{10FFFF}]*")]
    Name,
    #[regex(r"[0-9]|\.[0-9]", scan_number)]
    Number(NumScan),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, scan_string)]
    Str(StrScan),

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
}

/// The tokens the grammar sees.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    /// An integer literal, already converted (`Constant::Int` or `Constant::BigInt`).
    Int(Constant),
    Float(f64),
    Imaginary(f64),
    Str(Box<StrTok>),
    Newline,
    Indent,
    Dedent,
    /// A character that starts no token (`$`, `?`, `!`, backtick): CPython's ERRORTOKEN.
    ErrorTok(char),

    // Synthetic tokens that select the start rule, and the `(` right after `with` whose
    // matching `)` is followed by `:` (the parenthesized with-items form).
    StartModule,
    StartExpression,
    StartFString,
    WithLPar,
    /// The soft keywords `match` and `case` where they start a `match` statement or a
    /// `case` block (marked by the lexer, see `mark_soft_keywords`).
    Match,
    Case,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    Equal,
    Arrow,
    ColonEqual,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LShiftEqual,
    RShiftEqual,
}

/// One string literal as written: its prefix flags and the raw text between the quotes.
/// Escapes are decoded by the parser (see `lexer::strings`).
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub triple: bool,
    /// The source text between the quotes.
    pub body: String,
    /// Where the literal (its prefix) starts.
    pub start: super::Pos,
    /// Where `body` starts in the source (for locations inside f-strings).
    pub body_pos: super::Pos,
}

impl Tok {
    /// The keyword token for `name`, if it is one of Python's hard keywords.
    pub fn keyword(name: &str) -> Option<Tok> {
        Some(match name {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// A literal or a name: a complete operand by itself.
    fn is_atom(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary(_)
                | Tok::Str(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }

    /// An arithmetic or bitwise binary operator (`+` ... `^`).
    pub fn is_arithmetic_op(&self) -> bool {
        matches!(
            self,
            Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::DoubleStar
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::LShift
                | Tok::RShift
                | Tok::Amper
                | Tok::VBar
                | Tok::Circumflex
        )
    }

    /// Whether this token can end an expression (a name, a literal, a closing bracket).
    pub fn ends_operand(&self) -> bool {
        self.is_atom() || matches!(self, Tok::RPar | Tok::RSqb | Tok::RBrace)
    }

    /// Whether this token can start an operand (not counting prefix operators).
    pub fn starts_operand(&self) -> bool {
        self.is_atom() || matches!(self, Tok::LPar | Tok::LSqb | Tok::LBrace)
    }

    /// Whether this is a binary, comparison or boolean operator (or `.`) that joins two
    /// operands inside one expression.
    pub fn is_infix(&self) -> bool {
        self.is_arithmetic_op()
            || matches!(
                self,
                Tok::Less
                    | Tok::Greater
                    | Tok::LessEqual
                    | Tok::GreaterEqual
                    | Tok::EqEqual
                    | Tok::NotEqual
                    | Tok::In
                    | Tok::Is
                    | Tok::Not
                    | Tok::And
                    | Tok::Or
                    | Tok::Dot
            )
    }
}

/// Scans a string literal whose prefix and opening quote the regex matched.
fn scan_string(lex: &mut Lexer<RawTok>) -> StrScan {
    let matched = lex.slice();
    let quote = matched.as_bytes()[matched.len() - 1];
    let prefix_len = (matched.len() - 1) as u8;
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    let end = loop {
        match rest.get(i) {
            None => {
                break if triple {
                    StrEnd::UnterminatedTriple
                } else {
                    StrEnd::Unterminated
                }
            }
            Some(b'\\') => {
                // A backslash protects the next character, even in raw strings; at the end
                // of input there is nothing to protect.
                if i + 1 >= rest.len() {
                    i += 1;
                } else {
                    i += 2;
                }
            }
            Some(b'\n') if !triple => break StrEnd::Unterminated,
            Some(&c) if c == quote => {
                if !triple {
                    i += 1;
                    break StrEnd::Closed;
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    i += 3;
                    break StrEnd::Closed;
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    };
    // Never stop inside a UTF-8 sequence (an escaped multi-byte character).
    while i < rest.len() && (rest[i] & 0xC0) == 0x80 {
        i += 1;
    }
    lex.bump(i.min(rest.len()));
    StrScan {
        prefix_len,
        triple,
        end,
    }
}

/// Scans a number literal from its first character (a digit, or `.` and a digit), following
/// CPython's tokenizer, including its error messages.
fn scan_number(lex: &mut Lexer<RawTok>) -> NumScan {
    let start = lex.span().start;
    let src = &lex.source().as_bytes()[start..];
    let (len, kind) = number_extent(src);
    lex.bump(len - lex.slice().len());
    kind
}

fn digits(src: &[u8], mut i: usize, ok: impl Fn(u8) -> bool) -> Result<usize, usize> {
    // `[0-9](_?[0-9])*` starting at `i`, which must be a digit. Err(consumed) on `_` not
    // followed by a digit.
    debug_assert!(i < src.len() && ok(src[i]));
    i += 1;
    loop {
        match src.get(i) {
            Some(&c) if ok(c) => i += 1,
            Some(b'_') => {
                if src.get(i + 1).is_some_and(|&c| ok(c)) {
                    i += 2;
                } else {
                    return Err(i + 1);
                }
            }
            _ => return Ok(i),
        }
    }
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// After a complete number: CPython rejects an identifier character right after it, except
/// where a keyword starts (`1if x else y`, `0x1for` are valid, if deprecated).
fn end_ok(src: &[u8], i: usize) -> bool {
    match src.get(i) {
        Some(&c) if is_ident_byte(c) => {
            let rest = &src[i..];
            ["and", "else", "for", "if", "in", "is", "not", "or"]
                .iter()
                .any(|kw| rest.starts_with(kw.as_bytes()))
        }
        _ => true,
    }
}

fn number_extent(src: &[u8]) -> (usize, NumScan) {
    let err = |msg, consumed| (consumed, NumScan::Error { msg, consumed });
    if src[0] == b'0' && src.len() > 1 && matches!(src[1] | 0x20, b'x' | b'o' | b'b') {
        let (radix, name, ok): (u32, &'static str, fn(u8) -> bool) = match src[1] | 0x20 {
            b'x' => (16, "invalid hexadecimal literal", |c: u8| {
                c.is_ascii_hexdigit()
            }),
            b'o' => (8, "invalid octal literal", |c: u8| {
                (b'0'..=b'7').contains(&c)
            }),
            _ => (2, "invalid binary literal", |c: u8| c == b'0' || c == b'1'),
        };
        let mut i = 2;
        if src.get(i) == Some(&b'_') {
            i += 1;
        }
        if !src.get(i).is_some_and(|&c| ok(c)) {
            if let Some(&c) = src.get(i) {
                if c.is_ascii_digit() && radix != 16 {
                    return err(digit_msg(radix, c), i + 1);
                }
            }
            return err(name, i);
        }
        let i = match digits(src, i, ok) {
            Ok(i) => i,
            Err(consumed) => return err(name, consumed),
        };
        if let Some(&c) = src.get(i) {
            if c.is_ascii_digit() && radix != 16 {
                return err(digit_msg(radix, c), i + 1);
            }
        }
        if !end_ok(src, i) {
            return err(name, i);
        }
        return (i, NumScan::Int { radix });
    }
    // Decimal: integer part (maybe empty for `.5`), fraction, exponent, `j`.
    let mut i = 0;
    let mut is_float = false;
    let mut leading_zero_error = false;
    if src[0] != b'.' {
        i = match digits(src, 0, |c| c.is_ascii_digit()) {
            Ok(i) => i,
            Err(consumed) => return err("invalid decimal literal", consumed),
        };
        let int_part = &src[..i];
        if int_part[0] == b'0' && int_part.iter().any(|&c| c != b'0' && c != b'_') {
            leading_zero_error = true;
        }
    }
    if src.get(i) == Some(&b'.') {
        is_float = true;
        i += 1;
        if src.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i = match digits(src, i, |c| c.is_ascii_digit()) {
                Ok(i) => i,
                Err(consumed) => return err("invalid decimal literal", consumed),
            };
        }
    }
    if matches!(src.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(src.get(j), Some(b'+' | b'-')) {
            j += 1;
            if !src.get(j).is_some_and(|c| c.is_ascii_digit()) {
                return err("invalid decimal literal", j);
            }
        }
        if src.get(j).is_some_and(|c| c.is_ascii_digit()) {
            i = match digits(src, j, |c| c.is_ascii_digit()) {
                Ok(i) => i,
                Err(consumed) => return err("invalid decimal literal", consumed),
            };
            is_float = true;
        }
    }
    if matches!(src.get(i), Some(b'j' | b'J')) {
        i += 1;
        if !end_ok(src, i) {
            return err("invalid imaginary literal", i);
        }
        return (i, NumScan::Imaginary);
    }
    if !end_ok(src, i) {
        return err("invalid decimal literal", i);
    }
    if is_float {
        (i, NumScan::Float)
    } else if leading_zero_error {
        (i, NumScan::LeadingZeros)
    } else {
        (i, NumScan::Int { radix: 10 })
    }
}

fn digit_msg(radix: u32, c: u8) -> &'static str {
    // CPython: "invalid digit '8' in octal literal"; the digit is one of 2-9.
    const OCT: [&str; 2] = [
        "invalid digit '8' in octal literal",
        "invalid digit '9' in octal literal",
    ];
    const BIN: [&str; 8] = [
        "invalid digit '2' in binary literal",
        "invalid digit '3' in binary literal",
        "invalid digit '4' in binary literal",
        "invalid digit '5' in binary literal",
        "invalid digit '6' in binary literal",
        "invalid digit '7' in binary literal",
        "invalid digit '8' in binary literal",
        "invalid digit '9' in binary literal",
    ];
    if radix == 8 {
        OCT[(c - b'8') as usize]
    } else {
        BIN[(c - b'2') as usize]
    }
}
