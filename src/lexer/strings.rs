//! Decoding of string and bytes literal bodies: backslash escapes, raw literals, and the
//! "bytes can only contain ASCII" rule. Errors are returned as CPython's message text; the
//! caller places them (CPython reports them at the end of the concatenated literal).

/// Decodes the body of a `str` literal (or one literal part of an f-string).
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let bytes = body.as_bytes();
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            // A lone trailing backslash cannot reach here (it would escape the quote).
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0C'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0B'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let start = i + 2;
                let hex = bytes[start..]
                    .iter()
                    .take(n)
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                if hex < n {
                    return Err(unicode_error(i, start + hex - 1, what));
                }
                let v = u32::from_str_radix(&body[start..start + n], 16).unwrap_or(0);
                // Lone surrogates are valid in Python strings but not in Rust ones: they
                // become U+FFFD (a documented limitation of the AST's `String`).
                let v = if (0xD800..0xE000).contains(&v) {
                    0xFFFD
                } else {
                    v
                };
                let Some(ch) = char::from_u32(v) else {
                    return Err(unicode_error(i, start + n - 1, "illegal Unicode character"));
                };
                out.push(ch);
                for _ in 0..n {
                    chars.next();
                }
            }
            'N' => {
                const MALFORMED: &str = "malformed \\N character escape";
                if chars.peek().map(|&(_, c)| c) != Some('{') {
                    return Err(unicode_error(i, i + 1, MALFORMED));
                }
                let Some(close) = body[i..].find('}').map(|k| i + k) else {
                    return Err(unicode_error(i, body.len() - 1, MALFORMED));
                };
                let name = &body[i + 3..close];
                if name.is_empty() {
                    return Err(unicode_error(i, close - 1, MALFORMED));
                }
                let ch = crate::modules::unicodedata::char_named(name)
                    .ok_or_else(|| unicode_error(i, close, "unknown Unicode character name"))?;
                out.push(ch);
                while chars.next().is_some_and(|(k, _)| k < close) {}
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn unicode_error(from: usize, to: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"
    )
}

/// Decodes the body of a bytes literal. The caller has checked it is ASCII.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if raw || !body.contains('\\') {
        return Ok(body.as_bytes().to_vec());
    }
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c != b'\\' || i + 1 >= bytes.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = bytes[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let hex = &bytes[i..bytes.len().min(i + 2)];
                if hex.len() < 2 || !hex.iter().all(u8::is_ascii_hexdigit) {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {}",
                        i - 2
                    ));
                }
                let s = std::str::from_utf8(hex).unwrap_or("0");
                out.push(u8::from_str_radix(s, 16).unwrap_or(0));
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
