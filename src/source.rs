//! Program text from bytes, as CPython's tokenizer reads a file or stdin (PEP 263): a
//! UTF-8 byte-order mark is dropped, a coding cookie on one of the first two lines selects
//! the encoding (UTF-8 or Latin-1 and their aliases; others are refused with CPython's
//! "encoding problem"), and undecodable bytes give CPython's "Non-UTF-8 code" SyntaxError.

/// The text of `bytes` read from `filename`, or the SyntaxError report CPython prints for it
/// (a complete line, newline included).
pub fn decode(bytes: &[u8], filename: &str) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match cookie(bytes) {
        None => {}
        Some(Encoding::Latin1) => return Ok(bytes.iter().map(|&b| b as char).collect()),
        Some(Encoding::Utf8) => {}
        Some(Encoding::Other(name)) => {
            return Err(format!("SyntaxError: encoding problem: {name}\n"));
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line \
                 {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                bytes[at]
            ))
        }
    }
}

enum Encoding {
    Utf8,
    Latin1,
    Other(String),
}

/// The encoding a `# -*- coding: NAME -*-` comment on line 1 or 2 declares (line 2 only
/// when line 1 is blank or a comment, as PEP 263 says).
fn cookie(bytes: &[u8]) -> Option<Encoding> {
    for line in bytes.split(|&b| b == b'\n').take(2) {
        let text = String::from_utf8_lossy(line);
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            // Code on line 1: no cookie may follow.
            if trimmed.trim().is_empty() {
                continue;
            }
            return None;
        }
        if let Some(name) = cookie_name(trimmed) {
            return Some(classify(&name));
        }
    }
    None
}

/// The NAME of `coding[:=]\s*NAME` in a comment line.
fn cookie_name(comment: &str) -> Option<String> {
    let mut rest = comment;
    while let Some(i) = rest.find("coding") {
        let after = &rest[i + "coding".len()..];
        if let Some(value) = after.strip_prefix([':', '=']) {
            let value = value.trim_start_matches([' ', '\t']);
            let name: String = value
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
        rest = after;
    }
    None
}

/// CPython's `get_normal_name` and the codec aliases for the two encodings pyvm decodes.
fn classify(name: &str) -> Encoding {
    let norm = name.to_ascii_lowercase().replace('_', "-");
    if norm == "utf-8" || norm.starts_with("utf-8-") || norm == "utf8" {
        return Encoding::Utf8;
    }
    let latin = [
        "latin-1",
        "latin1",
        "iso-8859-1",
        "iso8859-1",
        "iso-latin-1",
        "l1",
        "8859",
        "cp819",
        "latin",
    ];
    let base = norm.strip_suffix("-unix").unwrap_or(&norm);
    if latin.contains(&base) || norm.starts_with("latin-1-") || norm.starts_with("iso-8859-1-") {
        return Encoding::Latin1;
    }
    Encoding::Other(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn bom_cookies_and_bad_bytes() {
        assert_eq!(decode(b"\xef\xbb\xbfx = 1\n", "f").unwrap(), "x = 1\n");
        let latin = decode(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", "f").unwrap();
        assert!(latin.ends_with("s = '\u{e9}'\n"));
        let vim = decode(
            b"#!/bin/py\n# vim: set fileencoding=iso-8859-1 :\n\xff",
            "f",
        );
        assert!(vim.unwrap().ends_with('\u{ff}'));
        // A cookie after a line of code does not count.
        assert!(decode(b"x = 1\n# coding: latin-1\n\xe9", "f").is_err());
        assert_eq!(
            decode(b"# coding: foo\n", "f").unwrap_err(),
            "SyntaxError: encoding problem: foo\n"
        );
        assert_eq!(
            decode(b"x = 1\nprint('\xe9')\n", "/t/b.py").unwrap_err(),
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file /t/b.py on line 2, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details\n"
        );
    }
}
