//! `-X opstats`: what the eval loop did, printed at exit — how many times each instruction
//! ran (specialised forms separately; a specialised instruction whose guard failed counts
//! once, under its own name), each specialising family's attempts, hits, guard misses and
//! deopts, and the functions that executed the most instructions. (CPython needs a
//! `--enable-pystats` build for this.)
//!
//! The eval loop has a counting copy (`run::<true, _>`): with counting off it contains no trace
//! of it. The counters are process-wide (every thread adds to them under the GIL).

use std::cell::RefCell;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::opcode::Op;
use crate::objects::callables::code::CodeObj;
use crate::objects::core::GilStatic;
use crate::objects::PyRef;

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turns counting on (`-X opstats`): from now on the eval loop runs its counting copy.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

const NOPS: usize = 256;

/// Counters of one specialising family (indexed by its generic instruction).
#[derive(Clone, Copy, Default)]
struct Family {
    specialised: u64,
    failed: u64,
    misses: u64,
    deopts: u64,
}

struct Stats {
    executed: [u64; NOPS],
    families: [Family; NOPS],
    /// Code objects that ran, for the hottest-functions table (their counts live in
    /// `CodeObj::executed`).
    codes: Vec<PyRef>,
}

static STATS: GilStatic<RefCell<Option<Box<Stats>>>> = GilStatic::new(RefCell::new(None));

fn with<R>(f: impl FnOnce(&mut Stats) -> R) -> R {
    let mut s = STATS.get(crate::gil::token()).borrow_mut();
    let stats = s.get_or_insert_with(|| {
        Box::new(Stats {
            executed: [0; NOPS],
            families: [Family::default(); NOPS],
            codes: Vec::new(),
        })
    });
    f(stats)
}

/// One execution of `op` in `code` (whose reference is `code_ref`, registered on its first
/// instruction).
#[inline]
pub fn executed(op: Op, code: &CodeObj, code_ref: &PyRef) {
    let n = code.executed.get();
    code.executed.set(n + 1);
    with(|s| {
        s.executed[op as usize] += 1;
        if n == 0 {
            s.codes.push(code_ref.clone());
        }
    });
}

/// A specialisation attempt of the generic `op`.
pub fn attempt(op: Op, ok: bool) {
    with(|s| {
        let f = &mut s.families[op.generic() as usize];
        if ok {
            f.specialised += 1;
        } else {
            f.failed += 1;
        }
    });
}

/// A failed guard in the specialised `op`.
pub fn miss(op: Op) {
    with(|s| s.families[op.generic() as usize].misses += 1);
}

/// The specialised `op` reverted to its generic form.
pub fn deopt(op: Op) {
    with(|s| s.families[op.generic() as usize].deopts += 1);
}

/// The report `-X opstats` prints at exit (empty if nothing ran).
pub fn report() -> String {
    let taken = STATS.get(crate::gil::token()).borrow_mut().take();
    let Some(s) = taken else {
        return String::new();
    };
    let mut out = String::new();
    let total: u64 = s.executed.iter().sum();
    let _ = writeln!(out, "== opstats: {total} instructions executed ==");
    let _ = writeln!(out, "{:<28}{:>14}{:>8}", "instruction", "count", "share");
    let mut ops: Vec<(Op, u64)> = Op::ALL
        .iter()
        .map(|&op| (op, s.executed[op as usize]))
        .filter(|&(_, n)| n > 0)
        .collect();
    ops.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.name().cmp(b.0.name())));
    for (op, n) in &ops {
        let _ = writeln!(out, "{:<28}{:>14}{:>7.2}%", op.name(), n, pct(*n, total));
    }

    let _ = writeln!(out, "\n== specialisation ==");
    let _ = writeln!(
        out,
        "{:<16}{:>12}{:>12}{:>8}{:>12}{:>10}{:>10}{:>8}",
        "family", "generic", "hits", "hit%", "specialised", "failed", "misses", "deopts"
    );
    for &op in Op::ALL.iter().filter(|op| op.is_specialisable()) {
        let f = s.families[op as usize];
        let generic = s.executed[op as usize];
        // (a specialised instruction whose guard failed counts once, as a miss)
        let specialised_runs: u64 = Op::ALL
            .iter()
            .filter(|o| o.generic() == op && **o != op)
            .map(|o| s.executed[*o as usize])
            .sum();
        let hits = specialised_runs.saturating_sub(f.misses);
        if generic + hits == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "{:<16}{:>12}{:>12}{:>7.1}%{:>12}{:>10}{:>10}{:>8}",
            op.name(),
            generic,
            hits,
            pct(hits, generic + hits),
            f.specialised,
            f.failed,
            f.misses,
            f.deopts
        );
    }

    let _ = writeln!(out, "\n== hottest functions (instructions executed) ==");
    let mut codes: Vec<(u64, String)> = s
        .codes
        .iter()
        .filter_map(|c| {
            let code = c.downcast::<CodeObj>()?;
            let where_ = format!(
                "{} ({}:{})",
                code.unit.qualname, code.unit.filename, code.unit.firstlineno
            );
            Some((code.executed.get(), where_))
        })
        .collect();
    codes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (n, name) in codes.iter().take(15) {
        let _ = writeln!(out, "{:>14}{:>7.2}%  {}", n, pct(*n, total), name);
    }
    out
}

fn pct(n: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 * 100.0 / total as f64
    }
}
