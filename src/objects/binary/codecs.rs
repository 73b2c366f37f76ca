//! The codecs beyond UTF-8, ASCII and Latin-1 (which `bytes.rs` handles on its fast paths):
//! UTF-16 and UTF-32 (with and without a byte-order mark), `utf-8-sig`, `unicode_escape`,
//! `raw_unicode_escape`, and the single-byte code pages of `charmaps.rs`; plus the name
//! lookup every codec shares (CPython's normalisation and aliases).
//!
//! A decoder walks the input and, at each undecodable span, asks [`DecodeErrors`] what to
//! put instead (or to fail with CPython's message); encoders do the same per unencodable
//! run. Strings hold no lone surrogates, so `surrogateescape`/`surrogatepass` are not
//! handlers here: asking for them gives the error `strict` would.

use super::charmaps::{Charmap, CHARMAPS};
use crate::exc;
use crate::objects::exceptions::exception::PyErr;
use crate::vm::PyResult;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Endian {
    Little,
    Big,
}

#[derive(Clone, Copy)]
pub enum Codec {
    Utf8Sig,
    /// `None`: take the order from a byte-order mark (decoding; little-endian without one),
    /// and write one (encoding).
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    UnicodeEscape,
    RawUnicodeEscape,
    Charmap(&'static Charmap),
}

/// CPython's normalisation: lower case, runs of other characters than letters, digits and
/// `.` become one `_`.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// Aliases of the codecs here (CPython's `encodings.aliases`, for these codecs).
const ALIASES: &[(&str, &str)] = &[
    ("u16", "utf_16"),
    ("utf16", "utf_16"),
    ("unicodelittleunmarked", "utf_16_le"),
    ("utf_16le", "utf_16_le"),
    ("unicodebigunmarked", "utf_16_be"),
    ("utf_16be", "utf_16_be"),
    ("u32", "utf_32"),
    ("utf32", "utf_32"),
    ("utf_32le", "utf_32_le"),
    ("utf_32be", "utf_32_be"),
    ("1250", "cp1250"),
    ("windows_1250", "cp1250"),
    ("1251", "cp1251"),
    ("windows_1251", "cp1251"),
    ("1252", "cp1252"),
    ("windows_1252", "cp1252"),
    ("437", "cp437"),
    ("ibm437", "cp437"),
    ("cspc8codepage437", "cp437"),
    ("850", "cp850"),
    ("ibm850", "cp850"),
    ("cspc850multilingual", "cp850"),
    ("866", "cp866"),
    ("ibm866", "cp866"),
    ("csibm866", "cp866"),
    ("iso_8859_2", "iso8859_2"),
    ("iso_8859_2_1987", "iso8859_2"),
    ("iso_ir_101", "iso8859_2"),
    ("l2", "iso8859_2"),
    ("latin2", "iso8859_2"),
    ("csisolatin2", "iso8859_2"),
    ("iso_8859_5", "iso8859_5"),
    ("iso_8859_5_1988", "iso8859_5"),
    ("iso_ir_144", "iso8859_5"),
    ("cyrillic", "iso8859_5"),
    ("csisolatincyrillic", "iso8859_5"),
    ("iso_8859_7", "iso8859_7"),
    ("iso_8859_7_1987", "iso8859_7"),
    ("iso_ir_126", "iso8859_7"),
    ("greek", "iso8859_7"),
    ("greek8", "iso8859_7"),
    ("ecma_118", "iso8859_7"),
    ("elot_928", "iso8859_7"),
    ("csisolatingreek", "iso8859_7"),
    ("iso_8859_9", "iso8859_9"),
    ("iso_8859_9_1989", "iso8859_9"),
    ("iso_ir_148", "iso8859_9"),
    ("l5", "iso8859_9"),
    ("latin5", "iso8859_9"),
    ("csisolatin5", "iso8859_9"),
    ("iso_8859_15", "iso8859_15"),
    ("l9", "iso8859_15"),
    ("latin9", "iso8859_15"),
    ("cskoi8r", "koi8_r"),
    ("macintosh", "mac_roman"),
    ("macroman", "mac_roman"),
];

/// The codec for an encoding name, if it is one of this file's.
pub fn lookup(name: &str) -> Option<Codec> {
    let norm = normalize(name);
    let key = ALIASES
        .iter()
        .find(|(alias, _)| *alias == norm)
        .map_or(norm.as_str(), |(_, m)| m);
    Some(match key {
        "utf_8_sig" => Codec::Utf8Sig,
        "utf_16" => Codec::Utf16(None),
        "utf_16_le" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" => Codec::Utf32(None),
        "utf_32_le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" => Codec::Utf32(Some(Endian::Big)),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => {
            let dashed = key.replace('_', "-");
            return CHARMAPS
                .iter()
                .find(|m| m.name == dashed || m.name.replace('-', "") == key)
                .map(Codec::Charmap);
        }
    })
}

impl Codec {
    /// `codecs.lookup(name).name`.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
            Codec::Charmap(m) => m.name,
        }
    }

    /// The name error messages use.
    fn error_name(self) -> &'static str {
        match self {
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
            Codec::Charmap(_) => "charmap",
            c => c.name(),
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    exc!(lookup_error, "unknown error handler name '{}'", errors)
}

/// What a decoder does at an undecodable span of its input.
struct DecodeErrors<'a> {
    codec: &'static str,
    errors: &'a str,
    input: &'a [u8],
}

impl DecodeErrors<'_> {
    /// Handles bytes `start..end` (failing for `strict`), appending the replacement.
    fn handle(&self, out: &mut String, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in &self.input[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let what = if end - start == 1 {
                    format!("byte 0x{:02x} in position {}", self.input[start], start)
                } else {
                    format!("bytes in position {}-{}", start, end - 1)
                };
                return Err(exc!(
                    unicode_decode_error,
                    "'{}' codec can't decode {}: {}",
                    self.codec,
                    what,
                    reason
                ));
            }
            other => return Err(unknown_handler(other)),
        }
        Ok(())
    }
}

/// Decodes `b` with `codec`.
pub fn decode(codec: Codec, b: &[u8], errors: &str) -> PyResult<String> {
    let mut h = DecodeErrors {
        codec: codec.error_name(),
        errors,
        input: b,
    };
    match codec {
        Codec::Utf8Sig => {
            let body = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
            // (positions in errors count from the start of the body, as CPython's do)
            super::bytes::decode(body, "utf-8", errors)
        }
        Codec::Utf16(order) => {
            let (order, skip) = bom_order(b, order, b"\xff\xfe", b"\xfe\xff");
            if let Some(e) = order.filter(|_| codec_is_generic(codec)) {
                h.codec = Codec::Utf16(Some(e)).name();
            }
            decode_utf16(&h, skip, order.unwrap_or(Endian::Little))
        }
        Codec::Utf32(order) => {
            let (order, skip) = bom_order(b, order, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff");
            if let Some(e) = order.filter(|_| codec_is_generic(codec)) {
                h.codec = Codec::Utf32(Some(e)).name();
            }
            decode_utf32(&h, skip, order.unwrap_or(Endian::Little))
        }
        Codec::UnicodeEscape => decode_escapes(&h, false),
        Codec::RawUnicodeEscape => decode_escapes(&h, true),
        Codec::Charmap(m) => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                match char_of(m, c) {
                    Some(ch) => out.push(ch),
                    None => h.handle(&mut out, i, i + 1, "character maps to <undefined>")?,
                }
            }
            Ok(out)
        }
    }
}

fn codec_is_generic(c: Codec) -> bool {
    matches!(c, Codec::Utf16(None) | Codec::Utf32(None))
}

/// The byte order to decode with and the bytes of mark to skip: a fixed order reads a mark
/// as a character; the generic codec takes the order from a mark and drops it. Errors of
/// the generic codec are reported under the endian name (little-endian without a mark).
fn bom_order(b: &[u8], fixed: Option<Endian>, le: &[u8], be: &[u8]) -> (Option<Endian>, usize) {
    match fixed {
        Some(e) => (Some(e), 0),
        None if b.starts_with(le) => (Some(Endian::Little), le.len()),
        None if b.starts_with(be) => (Some(Endian::Big), be.len()),
        None => (Some(Endian::Little), 0),
    }
}

fn unit16(b: &[u8], i: usize, e: Endian) -> u16 {
    let pair = [b[i], b[i + 1]];
    match e {
        Endian::Little => u16::from_le_bytes(pair),
        Endian::Big => u16::from_be_bytes(pair),
    }
}

fn decode_utf16(h: &DecodeErrors, start: usize, e: Endian) -> PyResult<String> {
    let b = h.input;
    let mut out = String::with_capacity(b.len() / 2);
    let mut i = start;
    while i < b.len() {
        if b.len() - i < 2 {
            h.handle(&mut out, i, b.len(), "truncated data")?;
            break;
        }
        let u = unit16(b, i, e);
        match u {
            0xd800..=0xdbff => {
                if b.len() - i < 4 {
                    h.handle(&mut out, i, b.len(), "unexpected end of data")?;
                    break;
                }
                let lo = unit16(b, i + 2, e);
                if (0xdc00..=0xdfff).contains(&lo) {
                    let cp = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(lo) - 0xdc00);
                    out.push(char::from_u32(cp).expect("a surrogate pair is a scalar value"));
                    i += 4;
                } else {
                    h.handle(&mut out, i, i + 2, "illegal UTF-16 surrogate")?;
                    i += 2;
                }
            }
            0xdc00..=0xdfff => {
                h.handle(&mut out, i, i + 2, "illegal encoding")?;
                i += 2;
            }
            _ => {
                out.push(char::from_u32(u32::from(u)).expect("not a surrogate"));
                i += 2;
            }
        }
    }
    Ok(out)
}

fn decode_utf32(h: &DecodeErrors, start: usize, e: Endian) -> PyResult<String> {
    let b = h.input;
    let mut out = String::with_capacity(b.len() / 4);
    let mut i = start;
    while i < b.len() {
        if b.len() - i < 4 {
            h.handle(&mut out, i, b.len(), "truncated data")?;
            break;
        }
        let quad = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let cp = match e {
            Endian::Little => u32::from_le_bytes(quad),
            Endian::Big => u32::from_be_bytes(quad),
        };
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None if (0xd800..0xe000).contains(&cp) => h.handle(
                &mut out,
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => h.handle(&mut out, i, i + 4, "code point not in range(0x110000)")?,
        }
        i += 4;
    }
    Ok(out)
}

/// `unicode_escape` (Python's string escapes over Latin-1 text) and `raw_unicode_escape`
/// (only `\uXXXX` and `\UXXXXXXXX`).
fn decode_escapes(h: &DecodeErrors, raw: bool) -> PyResult<String> {
    let b = h.input;
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(char::from(c));
            i += 1;
            continue;
        }
        if raw {
            // An escape only when an odd run of backslashes precedes the `u`/`U`.
            let run = b[i..].iter().take_while(|&&x| x == b'\\').count();
            let next = b.get(i + run).copied();
            if run % 2 == 0 || !matches!(next, Some(b'u' | b'U')) {
                out.extend(std::iter::repeat_n('\\', run));
                i += run;
                continue;
            }
            out.extend(std::iter::repeat_n('\\', run - 1));
            i += run - 1;
        }
        let Some(&kind) = b.get(i + 1) else {
            if raw {
                out.push('\\');
                break;
            }
            h.handle(&mut out, i, i + 1, "\\ at end of string")?;
            break;
        };
        let simple = match kind {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let (Some(s), false) = (simple, raw) {
            out.extend(s);
            i += 2;
            continue;
        }
        match kind {
            b'0'..=b'7' if !raw => {
                let digits = b[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|d| (b'0'..=b'7').contains(d))
                    .count();
                let v = b[i + 1..i + 1 + digits]
                    .iter()
                    .fold(0u32, |acc, d| acc * 8 + u32::from(d - b'0'));
                out.push(char::from_u32(v).expect("at most 0o777"));
                i += 1 + digits;
            }
            b'x' | b'u' | b'U' if !raw || kind != b'x' => {
                let (n, what) = match kind {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = b[i + 2..]
                    .iter()
                    .take(n)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                let end = i + 2 + digits;
                if digits < n {
                    h.handle(&mut out, i, end, what)?;
                    i = end;
                    continue;
                }
                let text = std::str::from_utf8(&b[i + 2..end]).expect("hex digits");
                let v = u32::from_str_radix(text, 16).expect("hex digits");
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None => h.handle(&mut out, i, end, "illegal Unicode character")?,
                }
                i = end;
            }
            b'N' if !raw => {
                let close = (b.get(i + 2) == Some(&b'{'))
                    .then(|| b[i + 3..].iter().position(|&x| x == b'}'))
                    .flatten();
                let named = close.and_then(|n| {
                    let name = std::str::from_utf8(&b[i + 3..i + 3 + n]).ok()?;
                    crate::modules::unicodedata::char_named(name).map(|c| (c, i + 4 + n))
                });
                match named {
                    Some((c, end)) => {
                        out.push(c);
                        i = end;
                    }
                    None => {
                        let (end, what) = match close {
                            Some(n) => (i + 4 + n, "unknown Unicode character name"),
                            None => (b.len(), "malformed \\N character escape"),
                        };
                        h.handle(&mut out, i, end, what)?;
                        i = end;
                    }
                }
            }
            _ => {
                // An unknown escape stays as written.
                out.push('\\');
                i += 1;
            }
        }
    }
    Ok(out)
}

fn char_of(m: &Charmap, b: u8) -> Option<char> {
    if b < 0x80 {
        return Some(char::from(b));
    }
    match m.high[usize::from(b - 0x80)] {
        0xfffe => None,
        cp => char::from_u32(u32::from(cp)),
    }
}

/// Encodes `s` with `codec`.
pub fn encode(codec: Codec, s: &str, errors: &str) -> PyResult<Vec<u8>> {
    Ok(match codec {
        Codec::Utf8Sig => [b"\xef\xbb\xbf".as_slice(), s.as_bytes()].concat(),
        Codec::Utf16(order) => {
            let e = order.unwrap_or(Endian::Little);
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if order.is_none() {
                out.extend_from_slice(b"\xff\xfe");
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&match e {
                    Endian::Little => u.to_le_bytes(),
                    Endian::Big => u.to_be_bytes(),
                });
            }
            out
        }
        Codec::Utf32(order) => {
            let e = order.unwrap_or(Endian::Little);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if order.is_none() {
                out.extend_from_slice(b"\xff\xfe\x00\x00");
            }
            for c in s.chars() {
                out.extend_from_slice(&match e {
                    Endian::Little => u32::from(c).to_le_bytes(),
                    Endian::Big => u32::from(c).to_be_bytes(),
                });
            }
            out
        }
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = matches!(codec, Codec::RawUnicodeEscape);
            let mut out = Vec::with_capacity(s.len());
            for c in s.chars() {
                let cp = u32::from(c);
                match c {
                    _ if raw && cp < 0x100 => out.push(cp as u8),
                    '\\' => out.extend_from_slice(b"\\\\"),
                    '\t' => out.extend_from_slice(b"\\t"),
                    '\n' => out.extend_from_slice(b"\\n"),
                    '\r' => out.extend_from_slice(b"\\r"),
                    ' '..='~' => out.push(cp as u8),
                    _ if cp < 0x100 => out.extend(format!("\\x{cp:02x}").bytes()),
                    _ if cp < 0x10000 => out.extend(format!("\\u{cp:04x}").bytes()),
                    _ => out.extend(format!("\\U{cp:08x}").bytes()),
                }
            }
            out
        }
        Codec::Charmap(m) => encode_charmap(m, s, errors)?,
    })
}

fn encode_charmap(m: &Charmap, s: &str, errors: &str) -> PyResult<Vec<u8>> {
    let byte_of = |c: char| -> Option<u8> {
        let cp = u32::from(c);
        if cp < 0x80 {
            return Some(cp as u8);
        }
        m.high
            .iter()
            .position(|&x| u32::from(x) == cp && x != 0xfffe)
            .map(|i| 0x80 + i as u8)
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte_of(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = chars[i..]
            .iter()
            .position(|&c| byte_of(c).is_some())
            .map_or(chars.len(), |n| i + n);
        let bad = &chars[i..end];
        // Replacements are themselves encoded (they are ASCII).
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
            "xmlcharrefreplace" => {
                for &c in bad {
                    out.extend(format!("&#{};", u32::from(c)).bytes());
                }
            }
            "backslashreplace" => {
                for &c in bad {
                    out.extend(backslash(c).bytes());
                }
            }
            "namereplace" => {
                for &c in bad {
                    match crate::modules::unicodedata::char_name(u32::from(c)) {
                        Some(n) => out.extend(format!("\\N{{{n}}}").bytes()),
                        None => out.extend(backslash(c).bytes()),
                    }
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                // CPython's charmap encoder reports one character at a time.
                let r = crate::objects::strings::str::repr_str(&bad[0].to_string());
                return Err(exc!(
                    unicode_encode_error,
                    "'charmap' codec can't encode character {} in position {}: character maps to <undefined>",
                    crate::objects::strings::str::ascii_escape(&r),
                    i
                ));
            }
            other => {
                // (CPython's code pages are Python codecs: the error comes wrapped)
                return Err(exc!(
                    lookup_error,
                    "encoding with '{}' codec failed (LookupError: unknown error handler name '{}')",
                    m.name,
                    other
                ));
            }
        }
        i = end;
    }
    Ok(out)
}

fn backslash(c: char) -> String {
    match u32::from(c) {
        cp if cp < 0x100 => format!("\\x{cp:02x}"),
        cp if cp < 0x10000 => format!("\\u{cp:04x}"),
        cp => format!("\\U{cp:08x}"),
    }
}
