//! Character properties and case mappings as CPython 3.11 sees them (`str.isalpha`,
//! `str.upper`, the whitespace `str.split` uses, the digits `int()` accepts...).
//!
//! The data lives in `unicode_data.rs`, generated from CPython's own str methods by
//! `tools/gen_unicode_data.py`, so pyvm agrees with the reference interpreter character for
//! character (Rust's `char` methods follow a newer Unicode and different definitions: Rust's
//! `is_alphabetic` is not Python's `isalpha`). ASCII is answered from a small table first.

use crate::objects::strings::unicode_data as data;

pub use data::{
    ALPHA, CASED, CASE_IGNORABLE, DECIMAL, DIGIT, LOWER, NUMERIC, PRINTABLE, SPACE, TITLE, UPPER,
    XID_CONTINUE, XID_START,
};

/// The property flags of `c` (a bit set of the constants above).
#[inline]
pub fn props(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        return ASCII[cp as usize];
    }
    let runs = &data::RUNS;
    // The last run starting at or before `cp`.
    let i = runs.partition_point(|&(start, _)| start <= cp);
    runs[i - 1].1
}

/// Whether `c` has every flag in `mask`.
#[inline]
pub fn has(c: char, mask: u16) -> bool {
    props(c) & mask == mask
}

static ASCII: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_props(i as u8);
        i += 1;
    }
    t
};

const fn ascii_props(b: u8) -> u16 {
    let mut f = 0;
    let lower = b.is_ascii_lowercase();
    let upper = b.is_ascii_uppercase();
    let digit = b.is_ascii_digit();
    if lower || upper {
        f |= ALPHA | CASED | XID_START | XID_CONTINUE;
    }
    if lower {
        f |= LOWER;
    }
    if upper {
        f |= UPPER;
    }
    if digit {
        f |= DECIMAL | DIGIT | NUMERIC | XID_CONTINUE;
    }
    if b == b'_' {
        f |= XID_CONTINUE;
    }
    // Python's whitespace: \t \n \v \f \r, the separators 0x1c..0x1f, and space.
    if matches!(b, 9..=13 | 0x1c..=0x20) {
        f |= SPACE;
    }
    if b >= 0x20 && b < 0x7f {
        f |= PRINTABLE;
    }
    if matches!(b, b'\'' | b'.' | b':' | b'^' | b'`') {
        f |= CASE_IGNORABLE;
    }
    f
}

/// Python's `str.isspace` for one character.
#[inline]
pub fn is_space(c: char) -> bool {
    has(c, SPACE)
}

/// The value of a decimal digit (`int()` accepts any Unicode decimal digit).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !has(c, DECIMAL) {
        return None;
    }
    let cp = c as u32;
    let zeros = &data::DECIMAL_ZEROS;
    let i = zeros.partition_point(|&z| z <= cp);
    Some(cp - zeros[i.checked_sub(1)?])
}

/// Which case mapping to apply.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Upper,
    Lower,
    Title,
    Fold,
}

/// The full case mapping of `c` (possibly several characters), or `None` when `c` maps to
/// itself.
pub fn map_case(c: char, case: Case) -> Option<&'static str> {
    let table: &[(u32, &str)] = match case {
        Case::Upper => &data::UPPER_MAP,
        Case::Lower => &data::LOWER_MAP,
        Case::Title => &data::TITLE_MAP,
        Case::Fold => &data::FOLD_MAP,
    };
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Appends the case mapping of `c` to `out`.
#[inline]
pub fn push_case(out: &mut String, c: char, case: Case) {
    if c.is_ascii() {
        out.push(match case {
            Case::Upper | Case::Title => c.to_ascii_uppercase(),
            Case::Lower | Case::Fold => c.to_ascii_lowercase(),
        });
        return;
    }
    match map_case(c, case) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_match_cpython() {
        assert!(has('é', ALPHA) && has('日', ALPHA) && !has('1', ALPHA));
        assert!(has('²', DIGIT) && !has('²', DECIMAL) && has('½', NUMERIC));
        assert!(is_space('\u{3000}') && is_space('\x1c') && !is_space('\u{200b}'));
        assert!(!has('\u{ad}', PRINTABLE) && has('é', PRINTABLE) && !has('\u{a0}', PRINTABLE));
        assert_eq!(decimal_value('९'), Some(9));
        assert_eq!(decimal_value('x'), None);
        assert_eq!(map_case('ß', Case::Upper), Some("SS"));
        assert_eq!(map_case('ﬁ', Case::Fold), Some("fi"));
        assert_eq!(map_case('ǆ', Case::Title), Some("ǅ"));
        for b in 0u8..128 {
            let c = b as char;
            let mut expect = 0;
            let i = data::RUNS.partition_point(|&(s, _)| s <= b as u32);
            expect |= data::RUNS[i - 1].1;
            assert_eq!(props(c), expect, "{b:#x}");
        }
    }
}
