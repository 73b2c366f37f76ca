//! Substring search for `str` (and `bytes`) methods: `find`, `count`, `split`, `replace`,
//! `partition`. UTF-8 is self-synchronising, so a byte search for a valid UTF-8 needle in a
//! valid UTF-8 haystack only ever matches at character boundaries: searching bytes is
//! searching text. One-byte needles (`','`, `'\n'`) use `memchr`, longer ones its SIMD
//! `memmem`; both beat the standard library's two-way searcher on the short needles scripts
//! use. Also here: building the small strs these methods return without re-scanning them.

use memchr::memmem;

use crate::exc;
use crate::objects::numbers::int::{as_int, IntRef};
use crate::objects::Value;
use crate::vm::PyResult;

use crate::objects::core::PyRef;
use crate::objects::strings::str::{char_str, intern, new_str, new_str_counted};

/// The first match of `needle` in `hay` (a non-empty needle).
#[inline]
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [b] => memchr::memchr(*b, hay),
        _ => memmem::find(hay, needle),
    }
}

/// The last match of `needle` in `hay` (a non-empty needle).
#[inline]
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [b] => memchr::memrchr(*b, hay),
        _ => memmem::rfind(hay, needle),
    }
}

/// The starts of the non-overlapping matches of a non-empty `needle`, left to right, at
/// most `limit` of them.
pub fn match_starts(hay: &[u8], needle: &[u8], limit: usize, out: &mut Vec<usize>) {
    match needle {
        [b] => out.extend(memchr::memchr_iter(*b, hay).take(limit)),
        _ => out.extend(memmem::find_iter(hay, needle).take(limit)),
    }
}

/// How many non-overlapping matches of a non-empty `needle` `hay` holds.
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    match needle {
        [b] => memchr::memchr_iter(*b, hay).count(),
        _ => memmem::find_iter(hay, needle).count(),
    }
}

/// The starts of the non-overlapping matches of a non-empty `needle` found from the right
/// (as `rsplit` sees them), at most `limit`, rightmost first.
pub fn rmatch_starts(hay: &[u8], needle: &[u8], limit: usize, out: &mut Vec<usize>) {
    match needle {
        [b] => out.extend(memchr::memrchr_iter(*b, hay).take(limit)),
        _ => out.extend(memmem::rfind_iter(hay, needle).take(limit)),
    }
}

/// A str of `s`, a piece of a text that is all ASCII when `ascii` (so its length is its
/// code-point count): the empty and one-character strs are CPython's shared ones.
#[inline]
pub fn piece(s: &str, ascii: bool) -> PyRef {
    match s.len() {
        0 => intern(""),
        1 => char_str(s.as_bytes()[0] as char),
        n if ascii => new_str_counted(s, n),
        _ => new_str(s),
    }
}

/// Python's whitespace among ASCII bytes (`str.isspace`: `\t\n\v\f\r`, `\x1c`-`\x1f`, space).
#[inline]
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x20)
}

/// A `start`/`end` argument: None or an int (saturated), as slice bounds.
pub fn search_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            None => Err(exc!(
                type_error,
                "slice indices must be integers or None or have an __index__ method"
            )),
        },
    }
}

/// Normalises `start`/`end` against `len` code points (or bytes) as slices do; `None` when start > len
/// (nothing can match, not even the empty string).
pub fn search_range(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let len_i = len as i64;
    let norm = |v: i64| -> i64 {
        if v < 0 {
            (v.saturating_add(len_i)).max(0)
        } else {
            v
        }
    };
    let s = start.map_or(0, norm);
    let e = end.map_or(len_i, norm).min(len_i);
    if s > len_i {
        return None;
    }
    Some((s as usize, e.max(s) as usize))
}
