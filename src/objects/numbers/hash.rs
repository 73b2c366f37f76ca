//! Python's hash functions. Numbers follow CPython exactly (scripts can see them: `hash(-1)`
//! is -2, `hash(2**61)` is 1, and equal numbers hash equal across int, float and bool);
//! strings use a fast 64-bit hash of their UTF-8 bytes (CPython randomises str hashes per
//! process, so no script can depend on the values).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The modulus of numeric hashes: the Mersenne prime 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
pub const INF: i64 = 314_159;

/// -1 is reserved for "error" in CPython's C API, so a hash of -1 becomes -2.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

#[inline]
pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    fix(if b.is_negative() { -m } else { m })
}

/// CPython's `_Py_HashDouble`: the hash of the rational value, so `hash(1.0) == hash(1)`.
/// A NaN hashes by identity (the float type's hash slot does that: NaNs are heap objects);
/// here it gives 0.
pub fn hash_float(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    if x.is_nan() || x.is_zero() {
        return 0;
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 60 - ((-1 - e) % 61) };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let h = h as i64;
    fix(if x < 0.0 { -h } else { h })
}

/// `frexp`: `x = m * 2**e` with `0.5 <= m < 1` (for finite, non-zero `x`).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// A complex's hash from its parts' hashes: `re + 1000003 * im` (wrapping), never -1.
pub fn hash_complex(re: i64, im: i64) -> i64 {
    let h = (re as u64).wrapping_add(1_000_003u64.wrapping_mul(im as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A fast, well-distributed hash of a string's UTF-8 bytes (never -1; 0 for `''`, as
/// CPython's).
pub fn hash_str(s: &str) -> i64 {
    hash_data(s.as_bytes())
}

/// The hash of `bytes` (and of a str through its UTF-8 bytes, so ASCII text hashes as its
/// bytes do, as in CPython): never -1, 0 when empty.
pub fn hash_data(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    // FNV-style multiply-xor over 8-byte words, then a final avalanche (splitmix64).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    fix(h as i64)
}

/// CPython 3.8+'s tuple hash (xxHash-based) over the items' hashes.
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let mut t = TupleHasher::new(item_hashes.len());
    for h in item_hashes {
        t.add(h);
    }
    t.finish()
}

/// [`hash_tuple`] fed one item hash at a time, so that a tuple's hash needs no buffer of its
/// items' hashes: `new(len)`, `add` each item's hash in order, then `finish`.
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;

    #[inline]
    pub fn new(len: usize) -> TupleHasher {
        TupleHasher {
            acc: Self::P5,
            len: len as u64,
        }
    }

    #[inline]
    pub fn add(&mut self, h: i64) {
        self.acc = self.acc.wrapping_add((h as u64).wrapping_mul(Self::P2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(Self::P1);
    }

    #[inline]
    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (Self::P5 ^ 3_527_539));
        if acc == u64::MAX {
            return 1_546_275_796;
        }
        acc as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_int(i64::MIN), -4);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(0.1), 230_584_300_921_369_408);
        assert_eq!(hash_float(f64::INFINITY), 314_159);
        assert_eq!(
            hash_bigint(&(BigInt::from(1) << 100)),
            hash_float(2f64.powi(100))
        );
        // hash((1, 2)) in CPython 3.11
        assert_eq!(
            hash_tuple([1i64, 2].into_iter()),
            -3_550_055_125_485_641_917
        );
    }
}
