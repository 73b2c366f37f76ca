//! A `struct` format string compiled to a layout: the byte order, every item's code and
//! offset, the total size. Sizes and native alignment are CPython's on x86-64 Linux
//! (little-endian, `long` and pointers 8 bytes).

use crate::vm::PyResult;

use super::struct_error;

/// The byte order and size mode a format starts with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@` (or nothing): native sizes and alignment.
    Native,
    /// `<` and `=`: standard sizes, little-endian, no alignment.
    Little,
    /// `>` and `!`: standard sizes, big-endian, no alignment.
    Big,
}

/// A run of fields of one code (`4h`), each holding a value to pack or unpack (`x` pad
/// bytes make none). Kept as a run so that `1000000b` costs one entry.
#[derive(Clone, Copy, Debug)]
pub struct Run {
    pub code: u8,
    /// Where the first field starts.
    pub offset: usize,
    /// Each field's size in bytes (for `s` and `p`, the repeat count).
    pub size: usize,
    /// How many fields (1 for `s` and `p`).
    pub count: usize,
}

/// A compiled format.
#[derive(Debug)]
pub struct Layout {
    pub mode: Mode,
    pub runs: Vec<Run>,
    pub size: usize,
    /// How many values the format packs.
    pub len: usize,
    /// The format as given (what `Struct.format` shows).
    pub format: String,
}

/// Size of `code` in `mode` (`None` for a code the mode lacks); the native alignment is
/// the size for every numeric code.
fn code_size(code: u8, mode: Mode) -> Option<usize> {
    let standard = mode != Mode::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if standard => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if !standard => 8,
        _ => return None,
    })
}

fn too_long() -> crate::vm::PyErr {
    struct_error("total struct size too long")
}

impl Layout {
    /// Compiles `fmt` (CPython's `prepare_s`: whitespace between codes is skipped, a count
    /// repeats a code, or sizes an `s`/`p` field).
    pub fn parse(fmt: &[u8]) -> PyResult<Layout> {
        let (mode, body) = match fmt.first() {
            Some(b'<' | b'=') => (Mode::Little, &fmt[1..]),
            Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
            Some(b'@') => (Mode::Native, &fmt[1..]),
            _ => (Mode::Native, fmt),
        };
        let mut runs = Vec::new();
        let mut len = 0;
        let mut size: usize = 0;
        let mut i = 0;
        while i < body.len() {
            let mut c = body[i];
            i += 1;
            if c.is_ascii_whitespace() {
                continue;
            }
            let mut num: usize = 1;
            if c.is_ascii_digit() {
                num = (c - b'0') as usize;
                loop {
                    let Some(&d) = body.get(i) else {
                        return Err(struct_error("repeat count given without format specifier"));
                    };
                    i += 1;
                    if !d.is_ascii_digit() {
                        c = d;
                        break;
                    }
                    num = num
                        .checked_mul(10)
                        .and_then(|n| n.checked_add((d - b'0') as usize))
                        .filter(|&n| n <= isize::MAX as usize)
                        .ok_or_else(too_long)?;
                }
            }
            let Some(itemsize) = code_size(c, mode) else {
                return Err(struct_error("bad char in struct format"));
            };
            if mode == Mode::Native && size > 0 {
                // Aligned once: the repeated items that follow are then aligned too.
                size = size.div_ceil(itemsize) * itemsize;
            }
            let bytes = num.checked_mul(itemsize).ok_or_else(too_long)?;
            let end = size
                .checked_add(bytes)
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(too_long)?;
            let run = match c {
                b'x' => None,
                b's' | b'p' => Some(Run {
                    code: c,
                    offset: size,
                    size: num,
                    count: 1,
                }),
                _ => Some(Run {
                    code: c,
                    offset: size,
                    size: itemsize,
                    count: num,
                }),
            };
            if let Some(run) = run.filter(|r| r.count > 0) {
                len += run.count;
                runs.push(run);
            }
            size = end;
        }
        Ok(Layout {
            mode,
            runs,
            size,
            len,
            format: fmt.iter().map(|&b| b as char).collect(),
        })
    }
}

impl Run {
    /// The offset of each field.
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.count).map(move |k| self.offset + k * self.size)
    }
}
