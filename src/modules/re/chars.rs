//! Character predicates and case folding as `_sre` sees them, and the compiled character
//! sets (`[a-z\d]`) the matcher tests.
//!
//! Unicode `\w`, `\d` and `\s` are exactly `str.isalnum() or '_'`, `str.isdecimal()` and
//! `str.isspace()` (pyvm's own tables, generated from CPython's). Case-insensitive matching
//! compares a *fold key*: the simple lowercase of the simple uppercase, which puts 'ſ' with
//! 's', 'K' (Kelvin) with 'k', 'ı' with 'i' and 'µ' with 'μ', as sre's case-fix table does.
//! Bytes patterns and the ASCII flag fold ASCII letters only.

use crate::objects::strings::unicode::{self, Case};

/// The flag bits (CPython's `SRE_FLAG_*`).
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// The character categories of `\d \D \s \S \w \W`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

fn as_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

/// `\w` for one character; `uni` selects Unicode (else ASCII) semantics.
#[inline]
pub fn is_word(c: u32, uni: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    uni && as_char(c).is_some_and(|ch| {
        unicode::props(ch) & (unicode::ALPHA | unicode::DECIMAL | unicode::DIGIT | unicode::NUMERIC)
            != 0
    })
}

#[inline]
pub fn is_digit(c: u32, uni: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    uni && as_char(c).is_some_and(|ch| unicode::has(ch, unicode::DECIMAL))
}

#[inline]
pub fn is_space(c: u32, uni: bool) -> bool {
    if c < 128 {
        // sre's ASCII whitespace: \t \n \v \f \r and space (not the 0x1c..0x1f separators)
        return matches!(c, 9..=13 | 32) || (uni && matches!(c, 0x1c..=0x1f));
    }
    uni && as_char(c).is_some_and(unicode::is_space)
}

impl Cat {
    #[inline]
    pub fn matches(self, c: u32, uni: bool) -> bool {
        match self {
            Cat::Digit => is_digit(c, uni),
            Cat::NotDigit => !is_digit(c, uni),
            Cat::Space => is_space(c, uni),
            Cat::NotSpace => !is_space(c, uni),
            Cat::Word => is_word(c, uni),
            Cat::NotWord => !is_word(c, uni),
        }
    }
}

/// The simple (one-character) case mapping of `c`.
fn simple_case(c: u32, case: Case) -> u32 {
    let Some(ch) = as_char(c) else { return c };
    if c == 0x130 && case == Case::Lower {
        return 'i' as u32;
    }
    match unicode::map_case(ch, case) {
        Some(m) => {
            let mut it = m.chars();
            match (it.next(), it.next()) {
                (Some(x), None) => x as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// The key under which case-insensitive matching compares characters.
#[inline]
pub fn fold(c: u32, uni: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if !uni {
        return c;
    }
    simple_case(simple_case(c, Case::Upper), Case::Lower)
}

/// The simple lowercase and uppercase of `c` (a set under IGNORECASE also matches when one
/// of them is a member).
pub fn lower_upper(c: u32, uni: bool) -> (u32, u32) {
    if c < 128 || !uni {
        let b = c as u8;
        if c < 128 {
            return (b.to_ascii_lowercase() as u32, b.to_ascii_uppercase() as u32);
        }
        return (c, c);
    }
    (simple_case(c, Case::Lower), simple_case(c, Case::Upper))
}

/// One member of a character set.
#[derive(Clone, Debug, PartialEq)]
pub enum Member {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

/// A compiled character set: a bitmap for the first 256 code points (answers the common
/// case in one load) and the members for the rest.
#[derive(Clone, Debug)]
pub struct CharSet {
    bitmap: [u64; 4],
    members: Vec<Member>,
    negate: bool,
    icase: bool,
    uni: bool,
}

impl CharSet {
    pub fn new(members: Vec<Member>, negate: bool, icase: bool, uni: bool) -> CharSet {
        let mut set = CharSet {
            bitmap: [0; 4],
            members,
            negate,
            icase,
            uni,
        };
        if icase {
            // a folded literal joins the set, so `[ſ]` matches 's' and 'S'
            let extra: Vec<Member> = set
                .members
                .iter()
                .filter_map(|m| match m {
                    Member::Lit(c) if fold(*c, uni) != *c => Some(Member::Lit(fold(*c, uni))),
                    _ => None,
                })
                .collect();
            set.members.extend(extra);
        }
        for c in 0..256u32 {
            if set.slow_contains(c) {
                set.bitmap[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        set
    }

    fn raw_contains(&self, c: u32) -> bool {
        self.members.iter().any(|m| match *m {
            Member::Lit(x) => x == c,
            Member::Range(lo, hi) => lo <= c && c <= hi,
            Member::Cat(cat) => cat.matches(c, self.uni),
        })
    }

    fn slow_contains(&self, c: u32) -> bool {
        let found = self.raw_contains(c)
            || (self.icase && {
                let (lo, up) = lower_upper(c, self.uni);
                self.raw_contains(lo)
                    || self.raw_contains(up)
                    || self.raw_contains(fold(c, self.uni))
            });
        found != self.negate
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.bitmap[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow_contains(c)
    }
}
