//! `list.sort` and `sorted`: CPython 3.11's timsort (natural runs, binary insertion to
//! `minrun`, galloping merges, and the powersort merge policy), so that the comparisons a
//! script can observe — which `__lt__` calls happen, in what order, and where a sort that
//! raised leaves the list — are CPython's.
//!
//! The algorithm permutes an array of *positions* into the keys rather than the values
//! themselves: moves are plain `usize` copies, the keys never need a borrow, and at every
//! point where a comparison can fail the positions form a permutation, so a failed sort
//! leaves the items partially sorted exactly as CPython does.
//!
//! Comparisons are `key_a < key_b` (`PyObject_RichCompareBool(.., Py_LT)`). As CPython, a
//! pre-sort pass over the keys picks the comparison once ([`KeyKind`]): every key an
//! immediate int, every key an immediate float, or every key an exact str are compared in
//! Rust on values extracted up front (`unsafe_long_compare` and kin); keys all of one type
//! call that type's `richcompare` slot directly, falling back to the full protocol on
//! `NotImplemented` or when a key's type changed meanwhile (`unsafe_object_compare`);
//! anything else goes through the full protocol (`safe_object_compare`). Which Python
//! methods run, how often and in what order is therefore CPython's.
//! Rust's own `sort_by` is not used: it may panic on an inconsistent comparison, which a
//! Python `__lt__` is free to be.

use super::seq::compare_bool;
use crate::objects::classes::typeobj::CompareSlot;
use crate::objects::strings::str::StrObj;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::vm::protocol::slots;
use crate::vm::{Args, PyResult, Vm};

/// When a merge switches to galloping.
const MIN_GALLOP: usize = 7;

/// Sorts `items` in place, stably, by `key(item)` (or the items themselves) ascending, or
/// descending when `reverse` (still stable). If a key call fails, `items` is unchanged; if
/// a comparison fails, `items` holds the partial progress. Either way the error is returned.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut [Value],
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys: Option<Vec<Value>> = match key {
        None => None,
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for item in items.iter() {
                ks.push(vm.call(f, Args::positional(std::slice::from_ref(item)))?);
            }
            Some(ks)
        }
    };
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let (mut perm, result) = sort_by_keys(vm, reverse, &mut keys, items);
    // The keys go before the items move: a sort's peak memory is CPython's order of size.
    drop(keys);
    if reverse {
        perm.reverse();
    }
    apply_permutation(items, &mut perm);
    result
}

/// What the pre-sort pass learned about the keys.
enum KeyKind {
    /// Every key an immediate int.
    Ints,
    /// Every key an immediate float (not NaN: a NaN is a heap float).
    Floats,
    /// Every key an exact str.
    Strs,
    /// Every key of one type, whose `richcompare` slot this is.
    SameType(CompareSlot),
    /// Anything else.
    Mixed,
}

fn classify(keys: &[Value]) -> KeyKind {
    let first = &keys[0];
    let cls = first.class();
    if !keys.iter().all(|k| k.class().ptr_eq(cls)) {
        return KeyKind::Mixed;
    }
    let t = types();
    if cls.ptr_eq(&t.int) && keys.iter().all(|k| matches!(k, Value::Int(_))) {
        KeyKind::Ints
    } else if cls.ptr_eq(&t.float) && keys.iter().all(|k| matches!(k, Value::Float(_))) {
        KeyKind::Floats
    } else if cls.ptr_eq(&t.str) {
        KeyKind::Strs
    } else {
        slots(first)
            .richcompare
            .map_or(KeyKind::Mixed, KeyKind::SameType)
    }
}

/// Sorts the positions `perm` by `keys[position] < keys[other]` (the computed `keys`, or
/// the `items` themselves), with the comparison the keys' kinds allow. Immediate int and
/// float keys are copied out and the computed keys dropped at once (they own nothing).
fn sort_by_keys(
    vm: &mut Vm,
    reverse: bool,
    computed: &mut Option<Vec<Value>>,
    items: &[Value],
) -> (Vec<usize>, PyResult<()>) {
    // Reverse-stable sorting: reverse, sort forward stably, reverse again (as CPython). The
    // positions are made after the keys are copied out, when memory is lowest.
    let positions = |n: usize| -> Vec<usize> {
        if reverse {
            (0..n).rev().collect()
        } else {
            (0..n).collect()
        }
    };
    let keys = computed.as_deref().unwrap_or(items);
    let n = keys.len();
    let mut perm;
    let result = match classify(keys) {
        KeyKind::Ints => {
            let ks: Vec<i64> = keys
                .iter()
                .map(|k| if let Value::Int(i) = k { *i } else { 0 })
                .collect();
            *computed = None;
            perm = positions(n);
            timsort(&mut perm, &mut |a, b| Ok(ks[a] < ks[b]))
        }
        KeyKind::Floats => {
            let ks: Vec<f64> = keys
                .iter()
                .map(|k| if let Value::Float(f) = k { *f } else { 0.0 })
                .collect();
            *computed = None;
            perm = positions(n);
            timsort(&mut perm, &mut |a, b| Ok(ks[a] < ks[b]))
        }
        KeyKind::Strs => {
            // One word per key; UTF-8 byte order is code point order.
            let ks: Vec<&StrObj> = keys
                .iter()
                .map(|k| k.downcast::<StrObj>().expect("an exact str key"))
                .collect();
            perm = positions(n);
            timsort(&mut perm, &mut |a, b| {
                Ok(ks[a].as_str().as_bytes() < ks[b].as_str().as_bytes())
            })
        }
        KeyKind::SameType(slot) => {
            perm = positions(n);
            timsort(&mut perm, &mut |a, b| {
                let (x, y) = (&keys[a], &keys[b]);
                // (a `__class__` assignment or a new dunder may have changed a key's slot)
                if slots(x).richcompare.map(|f| f as usize) != Some(slot as usize) {
                    return compare_bool(vm, x, y, CompareKind::Lt);
                }
                match slot(vm, x, y, CompareKind::Lt)? {
                    Value::Bool(r) => Ok(r),
                    Value::Obj(o) if o.ptr_eq(&types().not_implemented) => {
                        compare_bool(vm, x, y, CompareKind::Lt)
                    }
                    r => vm.truthy(&r),
                }
            })
        }
        KeyKind::Mixed => {
            perm = positions(n);
            timsort(&mut perm, &mut |a, b| {
                compare_bool(vm, &keys[a], &keys[b], CompareKind::Lt)
            })
        }
    };
    (perm, result)
}

/// Puts `items[perm[j]]` at `j` for every `j`, in place: each cycle of the permutation is
/// rotated by swaps, and `perm` marks the positions done (it is spent).
fn apply_permutation(items: &mut [Value], perm: &mut [usize]) {
    const DONE: usize = usize::MAX;
    for start in 0..perm.len() {
        let mut j = start;
        while perm[j] != DONE {
            let next = std::mem::replace(&mut perm[j], DONE);
            if next == start {
                break;
            }
            items.swap(j, next);
            j = next;
        }
    }
}

/// A pending run: `len` positions from `base`, with its powersort node power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, F> {
    lt: &'a mut F,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<usize>,
    listlen: usize,
}

/// Timsort of `a` (positions) under `lt` (compares the keys at two positions).
fn timsort<F>(a: &mut [usize], lt: &mut F) -> PyResult<()>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    let n = a.len();
    let mut ms = MergeState {
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        tmp: Vec::new(),
        listlen: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(a, lo, lo + remaining)?;
        if descending {
            a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(a, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(a, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len {
            i -= 1;
        }
        ms.merge_at(a, i)?;
    }
    Ok(())
}

/// CPython's `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort node power of the boundary between runs `[s1, s1+n1)` and
/// `[s1+n1, s1+n1+n2)` in a list of `n` items.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Where `key` belongs in sorted `s`: the leftmost position (before equal items), galloping
/// from `hint`.
fn gallop_left<F>(lt: &mut F, key: usize, s: &[usize], hint: usize) -> PyResult<usize>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    let n = s.len();
    let mut lastofs = 0usize;
    let mut ofs = 1usize;
    let (lo, mut hi);
    if lt(s[hint], key)? {
        // s[hint] < key: gallop right until s[hint+lastofs] < key <= s[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(s[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint as isize + lastofs as isize;
        hi = hint + ofs;
    } else {
        // key <= s[hint]: gallop left until s[hint-ofs] < key <= s[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(s[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint as isize - ofs as isize;
        hi = hint - lastofs;
    }
    // s[lo] < key <= s[hi]: binary search in (lo, hi].
    let mut l = (lo + 1) as usize;
    while l < hi {
        let m = l + ((hi - l) >> 1);
        if lt(s[m], key)? {
            l = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Where `key` belongs in sorted `s`: the rightmost position (after equal items).
fn gallop_right<F>(lt: &mut F, key: usize, s: &[usize], hint: usize) -> PyResult<usize>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    let n = s.len();
    let mut lastofs = 0usize;
    let mut ofs = 1usize;
    let (lo, mut hi);
    if lt(key, s[hint])? {
        // key < s[hint]: gallop left until s[hint-ofs] <= key < s[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, s[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint as isize - ofs as isize;
        hi = hint - lastofs;
    } else {
        // s[hint] <= key: gallop right until s[hint+lastofs] <= key < s[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, s[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint as isize + lastofs as isize;
        hi = hint + ofs;
    }
    let mut l = (lo + 1) as usize;
    while l < hi {
        let m = l + ((hi - l) >> 1);
        if lt(key, s[m])? {
            hi = m;
        } else {
            l = m + 1;
        }
    }
    Ok(hi)
}

/// How a merge ended (besides failing).
enum MergeEnd {
    /// Only the tail copy of what is left in the temporary buffer remains.
    Done,
    /// `merge_lo`: one item of A is left and goes after the rest of B.
    CopyB,
    /// `merge_hi`: one item of B is left and goes before the rest of A.
    CopyA,
}

impl<F> MergeState<'_, F>
where
    F: FnMut(usize, usize) -> PyResult<bool>,
{
    /// The run starting at `lo` (ascending, or strictly descending) and its length.
    fn count_run(&mut self, a: &[usize], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if hi - lo == 1 {
            return Ok((1, false));
        }
        let mut n = 2;
        if (self.lt)(a[lo + 1], a[lo])? {
            for k in lo + 2..hi {
                if (self.lt)(a[k], a[k - 1])? {
                    n += 1;
                } else {
                    break;
                }
            }
            Ok((n, true))
        } else {
            for k in lo + 2..hi {
                if (self.lt)(a[k], a[k - 1])? {
                    break;
                }
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of `a[lo..hi]`, whose prefix `a[lo..start]` is sorted.
    fn binary_sort(&mut self, a: &mut [usize], lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let start = if start == lo { start + 1 } else { start };
        for s in start..hi {
            let pivot = a[s];
            let (mut l, mut r) = (lo, s);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(pivot, a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            a.copy_within(l..s, l + 1);
            a[l] = pivot;
        }
        Ok(())
    }

    fn found_new_run(&mut self, a: &mut [usize], n2: usize) -> PyResult<()> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(a, self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [usize], i: usize) -> PyResult<()> {
        let Run {
            base: mut base_a,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: base_b,
            len: mut nb,
            ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Items of A before where B's first belongs are already in place.
        let k = gallop_right(self.lt, a[base_b], &a[base_a..base_a + na], 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Items of B after where A's last belongs are already in place.
        nb = gallop_left(self.lt, a[base_a + na - 1], &a[base_b..base_b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, base_a, na, base_b, nb)
        } else {
            self.merge_hi(a, base_a, na, base_b, nb)
        }
    }

    /// Merges adjacent runs A (`na` at `base_a`) and B (`nb` at `base_b`) with `na <= nb`,
    /// left to right, copying A out to the temporary buffer.
    fn merge_lo(
        &mut self,
        a: &mut [usize],
        base_a: usize,
        mut na: usize,
        base_b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&a[base_a..base_a + na]);
        let (mut dest, mut pa, mut pb) = (base_a, 0usize, base_b);
        let lt = &mut *self.lt;
        let mut min_gallop = self.min_gallop;
        let end: PyResult<MergeEnd> = 'merge: {
            a[dest] = a[pb];
            dest += 1;
            pb += 1;
            nb -= 1;
            if nb == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if na == 1 {
                break 'merge Ok(MergeEnd::CopyB);
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                // One item at a time until one run wins consistently.
                loop {
                    match lt(a[pb], tmp[pa]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[dest] = a[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(MergeEnd::Done);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[dest] = tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(MergeEnd::CopyB);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, a[pb], &tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(MergeEnd::CopyB);
                        }
                        // Impossible for a consistent comparison, but possible here.
                        if na == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[dest] = a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(MergeEnd::Done);
                    }
                    let k = match gallop_left(lt, tmp[pa], &a[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(MergeEnd::CopyB);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        let result = match end {
            Ok(MergeEnd::CopyB) => {
                // The last item of A belongs after what is left of B.
                a.copy_within(pb..pb + nb, dest);
                a[dest + nb] = tmp[pa];
                Ok(())
            }
            other => {
                // Done or failed: what is left of A fills the gap before B's rest.
                a[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                other.map(|_| ())
            }
        };
        self.tmp = tmp;
        result
    }

    /// Merges adjacent runs A and B with `na > nb`, right to left, copying B out.
    fn merge_hi(
        &mut self,
        a: &mut [usize],
        base_a: usize,
        mut na: usize,
        base_b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&a[base_b..base_b + nb]);
        // Positions of the last unmerged items (may reach -1 as runs empty).
        let mut dest = (base_b + nb - 1) as isize;
        let mut pa = (base_a + na - 1) as isize;
        let mut pb = nb as isize - 1;
        let lt = &mut *self.lt;
        let mut min_gallop = self.min_gallop;
        let u = |i: isize| i as usize;
        let end: PyResult<MergeEnd> = 'merge: {
            a[u(dest)] = a[u(pa)];
            dest -= 1;
            pa -= 1;
            na -= 1;
            if na == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if nb == 1 {
                break 'merge Ok(MergeEnd::CopyA);
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match lt(tmp[u(pb)], a[u(pa)]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            a[u(dest)] = a[u(pa)];
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(MergeEnd::Done);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            a[u(dest)] = tmp[u(pb)];
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(MergeEnd::CopyA);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, tmp[u(pb)], &a[base_a..base_a + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        let k = k as isize;
                        dest -= k;
                        pa -= k;
                        a.copy_within(u(pa + 1)..u(pa + 1 + k), u(dest + 1));
                        na -= k as usize;
                        if na == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[u(dest)] = tmp[u(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(MergeEnd::CopyA);
                    }
                    let k = match gallop_left(lt, a[u(pa)], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        let k = k as isize;
                        dest -= k;
                        pb -= k;
                        a[u(dest + 1)..u(dest + 1 + k)]
                            .copy_from_slice(&tmp[u(pb + 1)..u(pb + 1 + k)]);
                        nb -= k as usize;
                        if nb == 1 {
                            break 'merge Ok(MergeEnd::CopyA);
                        }
                        if nb == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    a[u(dest)] = a[u(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(MergeEnd::Done);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        let result = match end {
            Ok(MergeEnd::CopyA) => {
                // The first item of B belongs before what is left of A.
                let n = na as isize;
                a.copy_within(u(pa + 1 - n)..u(pa + 1), u(dest + 1 - n));
                a[u(dest - n)] = tmp[u(pb)];
                Ok(())
            }
            other => {
                // What is left of B fills the gap after A's rest.
                if nb > 0 {
                    let start = u(dest + 1 - nb as isize);
                    a[start..start + nb].copy_from_slice(&tmp[..nb]);
                }
                other.map(|_| ())
            }
        };
        self.tmp = tmp;
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorting positions by a key table with a counting comparison: checks the result against
    /// a stable sort and returns the comparison count.
    fn run(keys: &[i64]) -> usize {
        let mut perm: Vec<usize> = (0..keys.len()).collect();
        let mut count = 0;
        let mut lt = |a: usize, b: usize| -> PyResult<bool> {
            count += 1;
            Ok(keys[a] < keys[b])
        };
        timsort(&mut perm, &mut lt).unwrap();
        let mut want: Vec<usize> = (0..keys.len()).collect();
        want.sort_by_key(|&i| keys[i]);
        assert_eq!(perm, want);
        count
    }

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn permutation_applies_in_place() {
        let mut seed = 11;
        for n in [0, 1, 2, 5, 64, 1000] {
            let keys: Vec<i64> = (0..n).map(|_| (lcg(&mut seed) % 97) as i64).collect();
            let mut perm: Vec<usize> = (0..n).collect();
            perm.sort_by_key(|&i| keys[i]);
            let mut items: Vec<Value> = keys.iter().map(|&k| Value::Int(k)).collect();
            apply_permutation(&mut items, &mut perm.clone());
            let want: Vec<Value> = perm.iter().map(|&i| Value::Int(keys[i])).collect();
            assert!(items.iter().zip(&want).all(|(a, b)| a.is(b)));
        }
    }

    #[test]
    fn sorts_and_is_stable() {
        let mut seed = 7;
        for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000] {
            for modulus in [3, 50, 1 << 30] {
                let keys: Vec<i64> = (0..n).map(|_| (lcg(&mut seed) % modulus) as i64).collect();
                run(&keys);
            }
            let asc: Vec<i64> = (0..n as i64).collect();
            run(&asc);
            let desc: Vec<i64> = (0..n as i64).rev().collect();
            run(&desc);
            let saw: Vec<i64> = (0..n as i64).map(|i| (i * 37) % 100).collect();
            run(&saw);
        }
    }

    /// Comparison counts from CPython 3.11 (counting `__lt__` calls of a wrapper class).
    #[test]
    fn comparison_counts_match_cpython() {
        // sorted(range(100)) -> 99; reversed -> 99; random.Random(1).shuffle of range(N).
        assert_eq!(run(&(0..100).collect::<Vec<_>>()), 99);
        assert_eq!(run(&(0..100).rev().collect::<Vec<_>>()), 99);
        let keys: Vec<i64> = (0..200).map(|i| (i * 7919) % 211).collect();
        assert_eq!(run(&keys), CPY_COUNT_7919);
        let keys: Vec<i64> = (0..1000).map(|i| (i * i * 31 + 7) % 1009).collect();
        assert_eq!(run(&keys), CPY_COUNT_SQUARES);
    }

    // From python3: sorting wrappers whose `__lt__` counts its calls.
    const CPY_COUNT_7919: usize = 1246;
    const CPY_COUNT_SQUARES: usize = 8629;

    #[test]
    fn inconsistent_comparisons_never_panic() {
        let mut seed = 99;
        for n in [5, 70, 300, 2000] {
            let mut perm: Vec<usize> = (0..n).collect();
            let mut lt =
                |_: usize, _: usize| -> PyResult<bool> { Ok(lcg(&mut seed).is_multiple_of(2)) };
            timsort(&mut perm, &mut lt).unwrap();
            let mut sorted = perm.clone();
            sorted.sort();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>(), "still a permutation");
        }
    }

    #[test]
    fn failing_comparison_leaves_a_permutation() {
        let _gil = crate::gil::acquire();
        for fail_at in [1, 10, 100, 500, 1500] {
            let mut perm: Vec<usize> = (0..1000).map(|i| (i * 7) % 1000).collect();
            let mut calls = 0;
            let mut lt = |a: usize, b: usize| -> PyResult<bool> {
                calls += 1;
                if calls == fail_at {
                    return Err(crate::exc!(value_error, "boom"));
                }
                Ok(a < b)
            };
            assert!(timsort(&mut perm, &mut lt).is_err());
            let mut sorted = perm.clone();
            sorted.sort();
            assert_eq!(sorted, (0..1000).collect::<Vec<_>>());
        }
    }
}
