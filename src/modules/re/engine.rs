//! The matcher: a backtracking machine over a compiled [`Prog`], in sre's tradition.
//!
//! Backtracking uses an explicit stack of entries, never Rust recursion, so a repeat over a
//! megabyte of text only grows a vector. An entry is either a choice to come back to
//! (`Branch`, the remaining tries of a single-character repeat, a lazy iteration, a
//! look-around or atomic mark) or the old value of something the machine changed (a group
//! boundary, a repeat counter, `lastindex`), restored when backtracking passes it — so a
//! group keeps the capture of the last iteration that succeeded, as sre's do.
//!
//! An atomic group or a look-around that succeeds *cuts* the stack back to its mark: the
//! choices made inside are dropped, the restore entries are kept (they still undo the
//! captures if an outer choice is retried).

use super::chars;
use super::compile::{Assertion, Inst, Item, Prog};
use super::parser::RepeatKind;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// What the matcher reads: code points of a str, or bytes.
pub trait Text: Copy {
    fn at(&self, i: usize) -> u32;

    /// The first index in `from..end` holding `c`.
    fn find(&self, c: u32, from: usize, end: usize) -> Option<usize> {
        (from..end).find(|&i| self.at(i) == c)
    }
}

impl Text for &[u8] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }

    fn find(&self, c: u32, from: usize, end: usize) -> Option<usize> {
        let b = u8::try_from(c).ok()?;
        memchr::memchr(b, &self[from..end]).map(|i| from + i)
    }
}

impl Text for &[u32] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

/// An unset group boundary.
pub const NONE: usize = usize::MAX;

#[derive(Clone, Copy, PartialEq, Eq)]
enum MarkKind {
    Atomic,
    Look,
    NegLook,
}

#[derive(Clone, Copy)]
enum Entry {
    Branch {
        pc: u32,
        pos: usize,
    },
    Slot {
        slot: u32,
        old: usize,
    },
    Close {
        slot: u32,
        old: usize,
        last: u32,
    },
    Reg {
        reg: u32,
        count: u32,
        last: usize,
    },
    /// A greedy single-character repeat: retry the continuation `pc` one character shorter.
    Single {
        pc: u32,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character repeat at `item_pc`: retry with one character more.
    Lazy {
        item_pc: u32,
        pos: usize,
        count: u32,
    },
    /// A lazy general repeat: retry with one more iteration of the body after `head`.
    LazyIter {
        head: u32,
        reg: u32,
        pos: usize,
    },
    Mark {
        kind: MarkKind,
        pos: usize,
        cont: u32,
    },
}

impl Entry {
    fn is_restore(&self) -> bool {
        matches!(
            self,
            Entry::Slot { .. } | Entry::Close { .. } | Entry::Reg { .. }
        )
    }
}

pub struct Matcher<'p, T: Text> {
    prog: &'p Prog,
    text: T,
    /// Where the text ends for this match (`endpos`).
    end: usize,
    /// Group boundaries: `2g` start, `2g + 1` end.
    pub slots: Vec<usize>,
    pub lastindex: u32,
    regs: Vec<(u32, usize)>,
    stack: Vec<Entry>,
    /// Only a match ending at `end` counts (`fullmatch`).
    pub full: bool,
    /// An empty match starting here does not count (the search after an empty match
    /// must advance: sre's `must_advance`).
    pub reject_empty_at: usize,
    steps: u32,
}

/// A matcher's buffers, kept between matches so a match allocates nothing.
#[derive(Default)]
struct Scratch {
    slots: Vec<usize>,
    regs: Vec<(u32, usize)>,
    stack: Vec<Entry>,
}

/// A stack holding at most this many spare scratch sets.
const SPARE_MAX: usize = 4;
/// A backtracking stack grown past this many entries is freed rather than kept.
const KEEP_STACK: usize = 1 << 12;

thread_local! {
    /// Spare buffers. A matcher takes a set and gives it back when dropped; a nested match
    /// (a `sub` replacement function matching again) takes another or allocates, so
    /// re-entrancy needs no care. The borrow never spans a call out of the matcher.
    static SPARE: RefCell<Vec<Scratch>> = const { RefCell::new(Vec::new()) };
}

impl<'p, T: Text> Matcher<'p, T> {
    pub fn new(prog: &'p Prog, text: T, end: usize) -> Self {
        let mut sc = SPARE.with(|s| s.borrow_mut().pop()).unwrap_or_default();
        sc.slots.clear();
        sc.slots.resize(prog.groups * 2, NONE);
        sc.regs.clear();
        sc.regs.resize(prog.regs, (0, NONE));
        sc.stack.clear();
        Matcher {
            prog,
            text,
            end,
            slots: sc.slots,
            lastindex: 0,
            regs: sc.regs,
            stack: sc.stack,
            full: false,
            reject_empty_at: NONE,
            steps: 0,
        }
    }

    #[inline(always)]
    fn item_matches(&self, item: Item, c: u32) -> bool {
        match item {
            Item::Char(x) => c == x,
            Item::CharI(x) => chars::fold(c, self.prog.uni) == x,
            Item::NotChar(x) => c != x,
            Item::NotCharI(x) => chars::fold(c, self.prog.uni) != x,
            Item::AnyNoNl => c != '\n' as u32,
            Item::Any => true,
            Item::Set(i) => self.prog.sets[i as usize].contains(c),
        }
    }

    fn is_word_at(&self, i: usize) -> bool {
        i < self.end && chars::is_word(self.text.at(i), self.prog.uni)
    }

    fn assertion(&self, a: Assertion, pos: usize) -> bool {
        let nl = '\n' as u32;
        match a {
            Assertion::Beginning { multi } => pos == 0 || (multi && self.text.at(pos - 1) == nl),
            Assertion::BeginningString => pos == 0,
            Assertion::End { multi } => {
                pos == self.end
                    || (pos + 1 == self.end && self.text.at(pos) == nl)
                    || (multi && pos < self.end && self.text.at(pos) == nl)
            }
            Assertion::EndString => pos == self.end,
            Assertion::Boundary | Assertion::NonBoundary => {
                // (sre: neither holds in an empty string)
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1);
                (before != self.is_word_at(pos)) == matches!(a, Assertion::Boundary)
            }
        }
    }

    /// How many characters from `pos` pass `item`, up to `max`.
    fn count(&self, item: Item, pos: usize, max: u32) -> usize {
        let limit = self.end.min(pos.saturating_add(max as usize));
        // the item's kind is decided once, not per character
        match item {
            Item::Any => limit - pos,
            Item::Set(k) => {
                let set = &self.prog.sets[k as usize];
                self.scan(pos, limit, |c| set.contains(c))
            }
            Item::AnyNoNl => self.scan(pos, limit, |c| c != '\n' as u32),
            Item::Char(x) => self.scan(pos, limit, |c| c == x),
            Item::NotChar(x) => self.scan(pos, limit, |c| c != x),
            _ => self.scan(pos, limit, |c| self.item_matches(item, c)),
        }
    }

    /// How many characters from `pos` (before `limit`) pass `test`.
    #[inline(always)]
    fn scan(&self, pos: usize, limit: usize, test: impl Fn(u32) -> bool) -> usize {
        let mut i = pos;
        while i < limit && test(self.text.at(i)) {
            i += 1;
        }
        i - pos
    }

    /// The first position from `s` (before `self.end`) whose character passes `item`.
    fn skip_to(&self, item: Item, s: usize) -> Option<usize> {
        let end = self.end;
        let n = match item {
            Item::Char(c) => return self.text.find(c, s, end),
            Item::Set(k) => {
                let set = &self.prog.sets[k as usize];
                self.scan(s, end, |c| !set.contains(c))
            }
            _ => self.scan(s, end, |c| !self.item_matches(item, c)),
        };
        (s + n < end).then_some(s + n)
    }

    fn group_span(&self, g: u32) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g as usize], self.slots[2 * g as usize + 1]);
        (s != NONE && e != NONE && e >= s).then_some((s, e))
    }

    /// Undoes one restore entry.
    fn restore(&mut self, e: Entry) {
        match e {
            Entry::Slot { slot, old } => self.slots[slot as usize] = old,
            Entry::Close { slot, old, last } => {
                self.slots[slot as usize] = old;
                self.lastindex = last;
            }
            Entry::Reg { reg, count, last } => self.regs[reg as usize] = (count, last),
            _ => {}
        }
    }

    /// Drops the choices above the innermost mark and the mark itself, keeping the restores.
    fn cut(&mut self) -> (usize, u32) {
        let mut k = self.stack.len();
        let (pos, cont) = loop {
            k -= 1;
            if let Entry::Mark { pos, cont, .. } = self.stack[k] {
                break (pos, cont);
            }
        };
        let mut w = k;
        for r in k + 1..self.stack.len() {
            if self.stack[r].is_restore() {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
        (pos, cont)
    }

    /// Tries to match at `start`; the end of the match on success.
    /// Counts a unit of work; every 64K of them, runs the Python signal handlers if a signal
    /// came (so Ctrl-C stops a runaway match, as sre checks signals while matching).
    #[inline]
    fn tick(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.steps = self.steps.wrapping_add(1);
        if self.steps & 0xffff == 0 && crate::signals::pending() {
            crate::signals::run_handlers(vm)?;
        }
        Ok(())
    }

    pub fn run(&mut self, vm: &mut Vm, start: usize) -> PyResult<Option<usize>> {
        self.slots.fill(NONE);
        self.lastindex = 0;
        self.stack.clear();
        let insts = &self.prog.insts;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let ok = match insts[pc] {
                Inst::One(item) => {
                    if pos < self.end && self.item_matches(item, self.text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Single {
                    item,
                    min,
                    max,
                    kind,
                } => {
                    if kind == RepeatKind::Lazy {
                        let n = self.count(item, pos, min);
                        if n < min as usize {
                            false
                        } else {
                            pos += n;
                            if min < max {
                                self.stack.push(Entry::Lazy {
                                    item_pc: pc as u32,
                                    pos,
                                    count: min,
                                });
                            }
                            pc += 1;
                            true
                        }
                    } else {
                        let n = self.count(item, pos, max);
                        if n < min as usize {
                            false
                        } else {
                            if kind == RepeatKind::Greedy && n > min as usize {
                                self.stack.push(Entry::Single {
                                    pc: pc as u32 + 1,
                                    min_pos: pos + min as usize,
                                    pos: pos + n,
                                });
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.assertion(a, pos)
                }
                Inst::Open(g) => {
                    let slot = 2 * g;
                    self.stack.push(Entry::Slot {
                        slot,
                        old: self.slots[slot as usize],
                    });
                    self.slots[slot as usize] = pos;
                    pc += 1;
                    true
                }
                Inst::Close(g) => {
                    let slot = 2 * g + 1;
                    self.stack.push(Entry::Close {
                        slot,
                        old: self.slots[slot as usize],
                        last: self.lastindex,
                    });
                    self.slots[slot as usize] = pos;
                    self.lastindex = g;
                    pc += 1;
                    true
                }
                Inst::Split(alt) => {
                    self.stack.push(Entry::Branch { pc: alt, pos });
                    pc += 1;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t as usize;
                    true
                }
                Inst::RepInit(reg) => {
                    let (count, last) = self.regs[reg as usize];
                    self.stack.push(Entry::Reg { reg, count, last });
                    self.regs[reg as usize] = (0, NONE);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    self.tick(vm)?;
                    let (count, last) = self.regs[reg as usize];
                    if count < min {
                        self.stack.push(Entry::Reg { reg, count, last });
                        self.regs[reg as usize] = (count + 1, pos);
                        pc += 1;
                    } else if count < max && pos != last {
                        if greedy {
                            self.stack.push(Entry::Branch { pc: exit, pos });
                            self.stack.push(Entry::Reg { reg, count, last });
                            self.regs[reg as usize] = (count + 1, pos);
                            pc += 1;
                        } else {
                            self.stack.push(Entry::LazyIter {
                                head: pc as u32,
                                reg,
                                pos,
                            });
                            pc = exit as usize;
                        }
                    } else {
                        pc = exit as usize;
                    }
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Entry::Mark {
                        kind: MarkKind::Atomic,
                        pos,
                        cont: 0,
                    });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::LookStart { negate, back, cont } => {
                    let kind = if negate {
                        MarkKind::NegLook
                    } else {
                        MarkKind::Look
                    };
                    match back {
                        Some(w) if (w as usize) > pos => {
                            // too close to the start: the look-behind cannot match
                            if negate {
                                pc = cont as usize;
                                true
                            } else {
                                false
                            }
                        }
                        _ => {
                            self.stack.push(Entry::Mark { kind, pos, cont });
                            pos -= back.unwrap_or(0) as usize;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd { negate } => {
                    if negate {
                        // the body matched: unwind to the mark (undoing its captures), fail
                        while let Some(e) = self.stack.pop() {
                            if let Entry::Mark { .. } = e {
                                break;
                            }
                            self.restore(e);
                        }
                        false
                    } else {
                        let (at, _) = self.cut();
                        pos = at;
                        pc += 1;
                        true
                    }
                }
                Inst::GroupRef { group, icase } => match self.group_span(group) {
                    None => false,
                    Some((s, e)) => {
                        let n = e - s;
                        // (sre compares back references by simple lowercase only)
                        if pos + n > self.end {
                            false
                        } else {
                            let uni = self.prog.uni;
                            let same = (0..n).all(|k| {
                                let (a, b) = (self.text.at(s + k), self.text.at(pos + k));
                                a == b
                                    || (icase
                                        && chars::lower_upper(a, uni).0
                                            == chars::lower_upper(b, uni).0)
                            });
                            if same {
                                pos += n;
                                pc += 1;
                            }
                            same
                        }
                    }
                },
                Inst::GroupExists { group, no } => {
                    pc = if self.group_span(group).is_some() {
                        pc + 1
                    } else {
                        no as usize
                    };
                    true
                }
                Inst::Match => {
                    let empty_rejected = pos == start && start == self.reject_empty_at;
                    if (!self.full || pos == self.end) && !empty_rejected {
                        return Ok(Some(pos));
                    }
                    false
                }
            };
            if ok {
                continue;
            }
            // backtrack
            loop {
                self.tick(vm)?;
                let Some(e) = self.stack.pop() else {
                    return Ok(None);
                };
                match e {
                    Entry::Branch { pc: p, pos: at } => {
                        pc = p as usize;
                        pos = at;
                        break;
                    }
                    Entry::Single {
                        pc: p,
                        min_pos,
                        pos: at,
                    } => {
                        let mut at = at - 1;
                        // skip tries the next literal rules out
                        if let Inst::One(Item::Char(c)) = insts[p as usize] {
                            while at > min_pos && (at >= self.end || self.text.at(at) != c) {
                                at -= 1;
                            }
                        }
                        if at > min_pos {
                            self.stack.push(Entry::Single {
                                pc: p,
                                min_pos,
                                pos: at,
                            });
                        }
                        pc = p as usize;
                        pos = at;
                        break;
                    }
                    Entry::Lazy {
                        item_pc,
                        pos: at,
                        count,
                    } => {
                        let Inst::Single { item, max, .. } = insts[item_pc as usize] else {
                            unreachable!("a lazy entry points at its repeat")
                        };
                        if count < max && at < self.end && self.item_matches(item, self.text.at(at))
                        {
                            if count + 1 < max {
                                self.stack.push(Entry::Lazy {
                                    item_pc,
                                    pos: at + 1,
                                    count: count + 1,
                                });
                            }
                            pc = item_pc as usize + 1;
                            pos = at + 1;
                            break;
                        }
                    }
                    Entry::LazyIter { head, reg, pos: at } => {
                        let (count, last) = self.regs[reg as usize];
                        self.stack.push(Entry::Reg { reg, count, last });
                        self.regs[reg as usize] = (count + 1, at);
                        pc = head as usize + 1;
                        pos = at;
                        break;
                    }
                    Entry::Mark {
                        kind: MarkKind::NegLook,
                        pos: at,
                        cont,
                    } => {
                        // the negative look-around's body failed: it holds
                        pc = cont as usize;
                        pos = at;
                        break;
                    }
                    Entry::Mark { .. } => {}
                    restore => self.restore(restore),
                }
            }
        }
    }

    /// Searches from `start` (to `self.end`): the (start, end) of the first match.
    pub fn search(&mut self, vm: &mut Vm, start: usize) -> PyResult<Option<(usize, usize)>> {
        let mut s = start;
        if start > self.end || (self.prog.anchored && s > 0) {
            return Ok(None);
        }
        loop {
            if let Some(first) = self.prog.first {
                match self.skip_to(first, s) {
                    Some(i) => s = i,
                    None => return Ok(None),
                }
            }
            if let Some(e) = self.run(vm, s)? {
                return Ok(Some((s, e)));
            }
            if s >= self.end || self.prog.anchored {
                return Ok(None);
            }
            self.tick(vm)?;
            s += 1;
        }
    }
}

impl<T: Text> Drop for Matcher<'_, T> {
    fn drop(&mut self) {
        if self.stack.capacity() > KEEP_STACK {
            self.stack = Vec::new();
        }
        let sc = Scratch {
            slots: std::mem::take(&mut self.slots),
            regs: std::mem::take(&mut self.regs),
            stack: std::mem::take(&mut self.stack),
        };
        // (try_with: a match run while thread-locals are torn down just frees)
        let _ = SPARE.try_with(|s| {
            if let Ok(mut spare) = s.try_borrow_mut() {
                if spare.len() < SPARE_MAX {
                    spare.push(sc);
                }
            }
        });
    }
}
