//! From the syntax tree to the matcher's program: a flat list of instructions for a
//! backtracking machine (see `engine.rs`). Scoped flags are resolved here, so every
//! instruction carries its own case-folding, dot and anchor behaviour.

use super::chars::{self, CharSet};
use super::parser::{At, Node, Parsed, RepeatKind};
use super::syntax::width;

/// What one character is tested against.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    Char(u32),
    /// A literal under IGNORECASE: the fold key of the literal.
    CharI(u32),
    NotChar(u32),
    NotCharI(u32),
    /// `.` without DOTALL.
    AnyNoNl,
    /// `.` with DOTALL.
    Any,
    Set(u32),
}

#[derive(Clone, Copy, Debug)]
pub enum Assertion {
    /// `^` (`multi`: after any newline too)
    Beginning {
        multi: bool,
    },
    BeginningString,
    End {
        multi: bool,
    },
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(Item),
    /// A repeat of one single-character item (sre's REPEAT_ONE / MIN_REPEAT_ONE).
    Single {
        item: Item,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    Assert(Assertion),
    /// Records the start of group `g`.
    Open(u32),
    /// Records the end of group `g` (which becomes `lastindex`).
    Close(u32),
    /// Try `pc + 1`, and on failure `alt`.
    Split(u32),
    Jmp(u32),
    /// Start of a general repeat: resets counter `reg`.
    RepInit(u32),
    /// The loop head of a general repeat; the body follows, `exit` is after the loop.
    RepLoop {
        reg: u32,
        min: u32,
        max: u32,
        greedy: bool,
        exit: u32,
    },
    /// Start of an atomic group (or possessive repeat).
    AtomicStart,
    AtomicEnd,
    /// Start of a look-around; `back` is the look-behind width; `cont` is after `LookEnd`.
    LookStart {
        negate: bool,
        back: Option<u32>,
        cont: u32,
    },
    LookEnd {
        negate: bool,
    },
    GroupRef {
        group: u32,
        icase: bool,
    },
    /// `(?(g)yes|no)`: go to `no` unless group `g` matched.
    GroupExists {
        group: u32,
        no: u32,
    },
    Match,
}

pub struct Prog {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub regs: usize,
    /// Group count including group 0.
    pub groups: usize,
    /// Unicode semantics for `\b`, `\w` and case (str patterns without ASCII).
    pub uni: bool,
    /// A test every match's first character passes (to skip start positions cheaply).
    pub first: Option<Item>,
    /// The pattern matches only at the start of the string.
    pub anchored: bool,
}

pub enum CompileError {
    LookBehind,
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    regs: u32,
    uni: bool,
    widths: &'a [Option<(u64, u64)>],
}

impl Compiler<'_> {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    /// The single-character test `n` is, if it is one.
    fn item(&mut self, n: &Node, flags: u32) -> Option<Item> {
        let icase = flags & chars::IGNORECASE != 0;
        Some(match n {
            Node::Lit(c) if icase => Item::CharI(chars::fold(*c, self.uni)),
            Node::Lit(c) => Item::Char(*c),
            Node::NotLit(c) if icase => Item::NotCharI(chars::fold(*c, self.uni)),
            Node::NotLit(c) => Item::NotChar(*c),
            Node::Any if flags & chars::DOTALL != 0 => Item::Any,
            Node::Any => Item::AnyNoNl,
            Node::Set { members, negate } => {
                self.sets
                    .push(CharSet::new(members.clone(), *negate, icase, self.uni));
                Item::Set(self.sets.len() as u32 - 1)
            }
            _ => return None,
        })
    }

    fn node(&mut self, n: &Node, flags: u32) -> Result<(), CompileError> {
        if let Some(item) = self.item(n, flags) {
            self.emit(Inst::One(item));
            return Ok(());
        }
        match n {
            Node::At(at) => {
                let multi = flags & chars::MULTILINE != 0;
                self.emit(Inst::Assert(match at {
                    At::Beginning => Assertion::Beginning { multi },
                    At::BeginningString => Assertion::BeginningString,
                    At::End => Assertion::End { multi },
                    At::EndString => Assertion::EndString,
                    At::Boundary => Assertion::Boundary,
                    At::NonBoundary => Assertion::NonBoundary,
                }));
            }
            Node::Group {
                index,
                add,
                del,
                body,
            } => {
                let inner = (flags | add) & !del;
                if let Some(g) = index {
                    self.emit(Inst::Open(*g as u32));
                    self.node(body, inner)?;
                    self.emit(Inst::Close(*g as u32));
                } else {
                    self.node(body, inner)?;
                }
            }
            Node::Concat(items) => {
                for it in items {
                    self.node(it, flags)?;
                }
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (k, it) in items.iter().enumerate() {
                    if k + 1 < items.len() {
                        let split = self.emit(Inst::Split(0));
                        self.node(it, flags)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(next);
                    } else {
                        self.node(it, flags)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::GroupRef(g) => {
                self.emit(Inst::GroupRef {
                    group: *g as u32,
                    icase: flags & chars::IGNORECASE != 0,
                });
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let back = if *behind {
                    let (lo, hi) = width(body, self.widths);
                    if lo != hi || lo > u32::MAX as u64 {
                        return Err(CompileError::LookBehind);
                    }
                    Some(lo as u32)
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart {
                    negate: *negate,
                    back,
                    cont: 0,
                });
                self.node(body, flags)?;
                self.emit(Inst::LookEnd { negate: *negate });
                let cont = self.pc();
                self.insts[start] = Inst::LookStart {
                    negate: *negate,
                    back,
                    cont,
                };
            }
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.node(body, flags)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Cond { group, yes, no } => {
                let test = self.emit(Inst::GroupExists {
                    group: *group as u32,
                    no: 0,
                });
                self.node(yes, flags)?;
                let jmp = self.emit(Inst::Jmp(0));
                let no_pc = self.pc();
                if let Some(no) = no {
                    self.node(no, flags)?;
                }
                let end = self.pc();
                self.insts[test] = Inst::GroupExists {
                    group: *group as u32,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
            _ => unreachable!("single-character nodes are items"),
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        min: u32,
        max: u32,
        kind: RepeatKind,
        body: &Node,
        flags: u32,
    ) -> Result<(), CompileError> {
        if let Some(item) = self.item(body, flags) {
            self.emit(Inst::Single {
                item,
                min,
                max,
                kind,
            });
            return Ok(());
        }
        if kind == RepeatKind::Possessive {
            self.emit(Inst::AtomicStart);
            self.repeat(min, max, RepeatKind::Greedy, body, flags)?;
            self.emit(Inst::AtomicEnd);
            return Ok(());
        }
        // `x?` needs no counter
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0));
            if kind == RepeatKind::Lazy {
                // Split tries `pc + 1` first: a jump past the body; the body is the alternative
                let jmp = self.emit(Inst::Jmp(0));
                self.node(body, flags)?;
                let end = self.pc();
                self.insts[split] = Inst::Split(jmp as u32 + 1);
                self.insts[jmp] = Inst::Jmp(end);
            } else {
                self.node(body, flags)?;
                let end = self.pc();
                self.insts[split] = Inst::Split(end);
            }
            return Ok(());
        }
        let reg = self.regs;
        self.regs += 1;
        self.emit(Inst::RepInit(reg));
        let head = self.emit(Inst::RepLoop {
            reg,
            min,
            max,
            greedy: kind == RepeatKind::Greedy,
            exit: 0,
        });
        self.node(body, flags)?;
        self.emit(Inst::Jmp(head as u32));
        let exit = self.pc();
        self.insts[head] = Inst::RepLoop {
            reg,
            min,
            max,
            greedy: kind == RepeatKind::Greedy,
            exit,
        };
        Ok(())
    }
}

/// The first-character test of `n`, when every match starts with one character passing it.
fn first_item(insts: &[Inst]) -> Option<Item> {
    for i in insts {
        match i {
            Inst::Open(_) => continue,
            Inst::One(item) => return Some(*item),
            Inst::Single { item, min, .. } if *min > 0 => return Some(*item),
            _ => return None,
        }
    }
    None
}

pub fn compile(p: &Parsed) -> Result<Prog, CompileError> {
    let uni = p.flags & chars::UNICODE != 0;
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        regs: 0,
        uni,
        widths: &p.widths,
    };
    c.node(&p.node, p.flags)?;
    c.emit(Inst::Match);
    let first = first_item(&c.insts);
    let anchored = matches!(
        c.insts.first(),
        Some(Inst::Assert(
            Assertion::BeginningString | Assertion::Beginning { multi: false }
        ))
    );
    Ok(Prog {
        insts: c.insts,
        sets: c.sets,
        regs: c.regs as usize,
        groups: p.groups,
        uni,
        first,
        anchored,
    })
}
