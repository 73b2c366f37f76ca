//! Lexer tests: indentation, line joining, literals and tokenizer errors.

use super::*;
use crate::ast::Constant;
use crate::syntax_error::SyntaxErrorKind;

/// A compact rendering of the token stream: names and numbers as written, `NL` for
/// NEWLINE, `>`/`<` for INDENT/DEDENT, and the Debug name of everything else.
fn kinds(src: &str) -> String {
    let lexed = tokenize(src, Mode::Module);
    if let Some(e) = lexed.error {
        panic!("unexpected error {e:?} for {src:?}");
    }
    render(&lexed.tokens)
}

fn render(tokens: &[Spanned]) -> String {
    tokens
        .iter()
        .map(|(_, t, _)| match t {
            Tok::Name(n) => n.clone(),
            Tok::Int(Constant::Int(i)) => i.to_string(),
            Tok::Int(Constant::BigInt(i)) => i.to_string(),
            Tok::Float(f) => format!("{f:?}"),
            Tok::Imaginary(f) => format!("{f:?}j"),
            Tok::Str(s) => format!("{:?}", s.body),
            Tok::Newline => "NL".into(),
            Tok::Indent => ">".into(),
            Tok::Dedent => "<".into(),
            other => format!("{other:?}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn error(src: &str) -> crate::syntax_error::SyntaxError {
    tokenize(src, Mode::Module)
        .error
        .unwrap_or_else(|| panic!("expected an error for {src:?}"))
}

#[test]
fn simple_line() {
    assert_eq!(kinds("x = 1\n"), "x Equal 1 NL");
}

#[test]
fn eof_without_newline_gets_newline_and_dedents() {
    assert_eq!(kinds("if x:\n  y"), "If x Colon NL > y NL <");
}

#[test]
fn nested_blocks_dedent_several_levels_at_once() {
    let src = "if a:\n    if b:\n        c\nd\n";
    assert_eq!(kinds(src), "If a Colon NL > If b Colon NL > c NL < < d NL");
}

#[test]
fn blank_and_comment_lines_are_ignored_at_any_indentation() {
    let src = "if a:\n\n        # comment\n    b\n  \n# x\n    c\n\n   # end";
    assert_eq!(kinds(src), "If a Colon NL > b NL c NL <");
}

#[test]
fn tabs_count_to_next_multiple_of_eight() {
    // A tab then a line with 8 spaces is the same level when used consistently... but
    // CPython rejects mixing; a tab-only file is fine.
    assert_eq!(kinds("if a:\n\tb\n\tc\n"), "If a Colon NL > b NL c NL <");
    let e = error("if a:\n\tb\n        c\n");
    assert_eq!(e.kind, SyntaxErrorKind::TabError);
    assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
}

#[test]
fn brackets_suppress_newlines_and_indentation() {
    let src = "x = (1,\n        2,\n  3)\ny = [\n]\n";
    assert_eq!(
        kinds(src),
        "x Equal LPar 1 Comma 2 Comma 3 RPar NL y Equal LSqb RSqb NL"
    );
}

#[test]
fn backslash_continuation_joins_lines() {
    assert_eq!(
        kinds("x = 1 + \\\n      2\ny\n"),
        "x Equal 1 Plus 2 NL y NL"
    );
}

#[test]
fn comment_at_end_of_line() {
    assert_eq!(kinds("x # c\n"), "x NL");
}

#[test]
fn operators_and_delimiters() {
    let src = "a **= b //= c >>= d <<= e @= f -> g := h ... @ != ** // << >> <= >= == ~ ^ | & % ;";
    assert_eq!(
        kinds(src),
        "a DoubleStarEqual b DoubleSlashEqual c RShiftEqual d LShiftEqual e AtEqual f Arrow g \
         ColonEqual h Ellipsis At NotEqual DoubleStar DoubleSlash LShift RShift LessEqual \
         GreaterEqual EqEqual Tilde Circumflex VBar Amper Percent Semi NL"
    );
}

#[test]
fn keywords_and_unicode_names() {
    assert_eq!(kinds("if é in None"), "If é In None NL");
    assert_eq!(kinds("iff _x1 ifx"), "iff _x1 ifx NL");
}

#[test]
fn int_literals() {
    assert_eq!(
        kinds("0 10 0x1F 0o17 0b101 1_000 0_0 00"),
        "0 10 31 15 5 1000 0 0 NL"
    );
    assert_eq!(
        kinds("123456789012345678901234567890 0xFFFFFFFFFFFFFFFFFF"),
        "123456789012345678901234567890 4722366482869645213695 NL"
    );
    assert_eq!(kinds("9223372036854775807"), "9223372036854775807 NL");
    let toks = tokenize("9223372036854775808", Mode::Module).tokens;
    assert!(matches!(toks[0].1, Tok::Int(Constant::BigInt(_))));
}

#[test]
fn float_and_imaginary_literals() {
    assert_eq!(
        kinds("1. .5 1e5 1_000.5 1.5e-3 2j 1.5J 0777.5 1e+2"),
        "1.0 0.5 100000.0 1000.5 0.0015 2.0j 1.5j 777.5 100.0 NL"
    );
}

#[test]
fn number_followed_by_keyword_is_allowed() {
    assert_eq!(kinds("1if x else 2"), "1 If x Else 2 NL");
}

#[test]
fn number_errors() {
    let cases = [
        ("1abc", "invalid decimal literal", 1),
        ("12abc", "invalid decimal literal", 2),
        ("1_", "invalid decimal literal", 2),
        ("0x1g", "invalid hexadecimal literal", 3),
        ("0b2", "invalid digit '2' in binary literal", 3),
        ("0o8", "invalid digit '8' in octal literal", 3),
        (
            "0777",
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            1,
        ),
    ];
    for (src, msg, col) in cases {
        let e = error(src);
        assert_eq!((e.msg.as_str(), e.col), (msg, col), "{src}");
    }
}

#[test]
fn string_prefixes_and_quotes() {
    let toks = tokenize(
        "'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\e' b'f' Rb'g' bR\"h\" f'i' rF'j' u'k'",
        Mode::Module,
    )
    .tokens;
    let flags: Vec<_> = toks
        .iter()
        .filter_map(|t| match &t.1 {
            Tok::Str(s) => Some((s.body.as_str(), s.raw, s.bytes, s.fstring, s.triple)),
            _ => None,
        })
        .collect();
    assert_eq!(
        flags,
        vec![
            ("a", false, false, false, false),
            ("b", false, false, false, false),
            ("c", false, false, false, true),
            ("d", false, false, false, true),
            ("\\e", true, false, false, false),
            ("f", false, true, false, false),
            ("g", true, true, false, false),
            ("h", true, true, false, false),
            ("i", false, false, true, false),
            ("j", true, false, true, false),
            ("k", false, false, false, false),
        ]
    );
}

#[test]
fn strings_hide_comment_and_quote_characters() {
    assert_eq!(kinds("x = '#' # c\n"), "x Equal \"#\" NL");
    assert_eq!(kinds(r#"x = 'it\'s'"#), r#"x Equal "it\\'s" NL"#);
    assert_eq!(
        kinds("x = '''a\n'b'\n''' + 1"),
        "x Equal \"a\\n'b'\\n\" Plus 1 NL"
    );
}

#[test]
fn unterminated_strings() {
    let e = error("x = 'abc\ny = 1\n");
    assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
    assert_eq!((e.line, e.col), (1, 5));
    let e = error("x = \"\"\"abc\n\ny\n");
    assert_eq!(
        e.msg,
        "unterminated triple-quoted string literal (detected at line 3)"
    );
    assert_eq!((e.line, e.col), (1, 5));
}

#[test]
fn indentation_errors() {
    let e = error("if x:\n    a\n  b\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "unindent does not match any outer indentation level");
    assert_eq!(e.line, 3);
}

#[test]
fn bracket_errors() {
    assert_eq!(error("x = )").msg, "unmatched ')'");
    assert_eq!(
        error("(]").msg,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(
        error("(1,\n]").msg,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    );
    let e = error("foo(\n");
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        ("'(' was never closed", 1, 4)
    );
}

#[test]
fn invalid_characters() {
    let e = error("a = b © c");
    assert_eq!(e.msg, "invalid character '©' (U+00A9)");
    assert_eq!((e.line, e.col), (1, 7));
    assert_eq!(
        error("a\u{a0}= 1").msg,
        "invalid non-printable character U+00A0"
    );
    // ASCII junk becomes an error token that the parser reports.
    let toks = tokenize("a $ b", Mode::Module).tokens;
    assert_eq!(toks[1].1, Tok::ErrorTok('$'));
}

#[test]
fn continuation_errors() {
    assert_eq!(
        error("x = 1 \\ 2").msg,
        "unexpected character after line continuation character"
    );
    assert_eq!(error("x = \\").msg, "unexpected EOF while parsing");
}

#[test]
fn positions_are_in_code_points() {
    let toks = tokenize("é = 'ü'; x\n  # c\ny", Mode::Module).tokens;
    let pos: Vec<_> = toks.iter().map(|t| (t.0.line, t.0.col, t.2.col)).collect();
    assert_eq!(
        pos,
        vec![
            (1, 0, 1),
            (1, 2, 3),
            (1, 4, 7),
            (1, 7, 8),
            (1, 9, 10),
            (1, 10, 11),
            (3, 0, 1),
            (3, 1, 2)
        ]
    );
}

#[test]
fn crlf_is_normalized() {
    assert_eq!(kinds("if a:\r\n  b\r\n"), "If a Colon NL > b NL <");
}

#[test]
fn with_parens_are_marked_only_before_colon() {
    let toks = tokenize("with (a, b):\n pass\nwith (a) as b: pass", Mode::Module).tokens;
    assert_eq!(toks[1].1, Tok::WithLPar);
    let second_with = toks.iter().rposition(|t| t.1 == Tok::With).unwrap();
    assert_eq!(toks[second_with + 1].1, Tok::LPar);
}

#[test]
fn expression_mode_ignores_indentation() {
    let lexed = tokenize("  1 +\\\n 2\n\n", Mode::Expression);
    assert!(lexed.error.is_none());
    assert_eq!(render(&lexed.tokens), "1 Plus 2 NL");
}

#[test]
fn nesting_limit() {
    let ok = format!("{}{}", "(".repeat(200), ")".repeat(200));
    assert!(tokenize(&ok, Mode::Module).error.is_none());
    let deep = format!("{}{}", "(".repeat(201), ")".repeat(201));
    let e = error(&deep);
    assert_eq!(
        (e.msg.as_str(), e.col),
        ("too many nested parentheses", 201)
    );
}
