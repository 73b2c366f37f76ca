//! The plain-Rust half of file objects (no Python objects here): `open()`'s mode string,
//! the text codecs (UTF-8, Latin-1, ASCII, with CPython's error messages) and the newline
//! translation settings, the line endings a text stream has seen. `file.rs` builds the Python objects on top.

/// What a mode string like `"r+b"` asks for, validated as CPython's `io.open` does.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenMode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    pub binary: bool,
}

impl OpenMode {
    /// Parses `mode`; the error is the ValueError message.
    pub fn parse(mode: &str) -> Result<OpenMode, String> {
        let mut seen = String::new();
        for c in mode.chars() {
            if !"axrwb+t".contains(c) || seen.contains(c) {
                return Err(format!("invalid mode: '{mode}'"));
            }
            seen.push(c);
        }
        let has = |c| seen.contains(c);
        if has('t') && has('b') {
            return Err("can't have text and binary mode at once".into());
        }
        let kinds = ['x', 'r', 'w', 'a'].iter().filter(|c| has(**c)).count();
        if kinds > 1 {
            return Err("must have exactly one of create/read/write/append mode".into());
        }
        if kinds == 0 {
            return Err(
                "Must have exactly one of create/read/write/append mode and at most one plus"
                    .into(),
            );
        }
        let plus = has('+');
        Ok(OpenMode {
            read: has('r') || plus,
            write: !has('r') || plus,
            append: has('a'),
            create: has('x'),
            truncate: has('w'),
            binary: has('b'),
        })
    }

    /// The `mode` attribute of a binary file (FileIO's spelling: `rb`, `wb`, `ab`, `xb`,
    /// `rb+`, ...).
    pub fn binary_name(&self) -> &'static str {
        match (self.create, self.append, self.read, self.write) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }

    pub fn options(&self) -> std::fs::OpenOptions {
        let mut o = std::fs::OpenOptions::new();
        o.read(self.read)
            .write(self.write && !self.append)
            .append(self.append)
            .truncate(self.truncate)
            .create(self.truncate || self.append)
            .create_new(self.create);
        o
    }
}

/// A text file's codec.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

impl Encoding {
    /// The codec for an `encoding=` name (Python's normalisation: case, `_` and `-`).
    pub fn lookup(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace('_', "-");
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
                Encoding::Latin1
            }
            "ascii" | "us-ascii" | "646" => Encoding::Ascii,
            _ => return None,
        })
    }

    pub fn codec(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }

    /// Decodes one character from the start of `bytes` (`at_eof`: no more bytes will come).
    /// `pos` is the offset reported in a UnicodeDecodeError.
    pub fn decode_char(self, bytes: &[u8], at_eof: bool, pos: usize) -> Decoded {
        let Some(&b) = bytes.first() else {
            return Decoded::NeedMore;
        };
        match self {
            Encoding::Latin1 => Decoded::Char(b as char, 1),
            Encoding::Ascii if b < 0x80 => Decoded::Char(b as char, 1),
            Encoding::Ascii => Decoded::Error(format!(
                "'ascii' codec can't decode byte 0x{b:02x} in position {pos}: ordinal not in range(128)"
            )),
            Encoding::Utf8 => decode_utf8(bytes, at_eof, pos),
        }
    }

    /// Encodes `text`; the error is the UnicodeEncodeError message.
    pub fn encode(self, text: &str) -> Result<Vec<u8>, String> {
        let limit = match self {
            Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
            Encoding::Latin1 => 0x100,
            Encoding::Ascii => 0x80,
        };
        let mut out = Vec::with_capacity(text.len());
        for (i, c) in text.chars().enumerate() {
            if (c as u32) < limit {
                out.push(c as u8);
            } else {
                return Err(format!(
                    "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                    self.codec(),
                    char_escape(c),
                    i,
                    limit
                ));
            }
        }
        Ok(out)
    }
}

/// One step of decoding.
pub enum Decoded {
    /// A character and the number of bytes it took.
    Char(char, usize),
    /// The buffer ends inside a character (or is empty).
    NeedMore,
    /// The UnicodeDecodeError message.
    Error(String),
}

fn decode_utf8(bytes: &[u8], at_eof: bool, pos: usize) -> Decoded {
    let b = bytes[0];
    let len = match b {
        0x00..=0x7f => return Decoded::Char(b as char, 1),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return utf8_error(b, pos, "invalid start byte"),
    };
    let avail = &bytes[..len.min(bytes.len())];
    match std::str::from_utf8(avail) {
        Ok(s) => match s.chars().next() {
            Some(c) => Decoded::Char(c, len),
            None => Decoded::NeedMore,
        },
        Err(e) if e.error_len().is_none() => {
            if at_eof {
                utf8_error(b, pos, "unexpected end of data")
            } else {
                Decoded::NeedMore
            }
        }
        Err(_) => utf8_error(b, pos, "invalid continuation byte"),
    }
}

fn utf8_error(b: u8, pos: usize, reason: &str) -> Decoded {
    Decoded::Error(format!(
        "'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: {reason}"
    ))
}

/// How CPython shows a character in codec errors: `\xe9`, `\u20ac`, `\U0001f600`.
fn char_escape(c: char) -> String {
    let cp = c as u32;
    match cp {
        0..=0xff => format!("\\x{cp:02x}"),
        0x100..=0xffff => format!("\\u{cp:04x}"),
        _ => format!("\\U{cp:08x}"),
    }
}

/// The `newline=` setting of a text file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Newline {
    /// `None`: reading ends lines at `\n`, `\r` or `\r\n` and turns them into `\n`.
    Universal,
    /// `''`: lines end at any of the three, kept as they are.
    Untranslated,
    /// `'\n'`, `'\r'`, `'\r\n'`: lines end only there; writing turns `\n` into it.
    Exactly(&'static str),
}

impl Newline {
    /// Parses the `newline=` argument (`None` for None); the error is the ValueError message.
    pub fn parse(arg: Option<&str>) -> Result<Newline, String> {
        Ok(match arg {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Exactly("\n"),
            Some("\r") => Newline::Exactly("\r"),
            Some("\r\n") => Newline::Exactly("\r\n"),
            Some(other) => return Err(format!("illegal newline value: {other}")),
        })
    }

    /// The text to write for `text` (`\n` translated).
    pub fn translate_out<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        match self {
            Newline::Exactly(nl) if *nl != "\n" && text.contains('\n') => {
                std::borrow::Cow::Owned(text.replace('\n', nl))
            }
            _ => std::borrow::Cow::Borrowed(text),
        }
    }
}

/// The kinds of line ending a stream has seen, for `newlines`.
#[derive(Clone, Copy, Default, PartialEq)]
pub struct Seen {
    pub cr: bool,
    pub lf: bool,
    pub crlf: bool,
}

impl Seen {
    /// Records the endings in `text`.
    pub fn scan(&mut self, text: &str) {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if chars.peek() == Some(&'\n') => {
                    chars.next();
                    self.crlf = true;
                }
                '\r' => self.cr = true,
                '\n' => self.lf = true,
                _ => {}
            }
        }
    }

    /// The endings seen, in CPython's order for `newlines` (`\r`, `\n`, `\r\n`).
    pub fn kinds(self) -> Vec<&'static str> {
        [(self.cr, "\r"), (self.lf, "\n"), (self.crlf, "\r\n")]
            .iter()
            .filter(|(seen, _)| *seen)
            .map(|(_, s)| *s)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        let m = OpenMode::parse("r+b").unwrap();
        assert!(m.read && m.write && m.binary && !m.truncate);
        assert_eq!(m.binary_name(), "rb+");
        assert_eq!(OpenMode::parse("w+b").unwrap().binary_name(), "rb+");
        assert_eq!(OpenMode::parse("ab").unwrap().binary_name(), "ab");
        assert_eq!(OpenMode::parse("z").unwrap_err(), "invalid mode: 'z'");
        assert_eq!(OpenMode::parse("rr").unwrap_err(), "invalid mode: 'rr'");
        assert!(OpenMode::parse("rw").unwrap_err().starts_with("must have"));
        assert!(OpenMode::parse("b").unwrap_err().starts_with("Must have"));
    }

    #[test]
    fn codecs() {
        let e = Encoding::Utf8;
        assert!(matches!(
            e.decode_char("é".as_bytes(), true, 0),
            Decoded::Char('é', 2)
        ));
        assert!(matches!(
            e.decode_char(&[0xc3], false, 0),
            Decoded::NeedMore
        ));
        match e.decode_char(&[0xff], true, 3) {
            Decoded::Error(m) => assert!(m.ends_with("position 3: invalid start byte")),
            _ => panic!("expected an error"),
        }
        match e.decode_char(&[0xc3], true, 0) {
            Decoded::Error(m) => assert!(m.ends_with("unexpected end of data")),
            _ => panic!("expected an error"),
        }
        assert_eq!(
            Encoding::Ascii.encode("aé").unwrap_err(),
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"
        );
        assert_eq!(Encoding::lookup("UTF_8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::lookup("nope"), None);
    }
}
