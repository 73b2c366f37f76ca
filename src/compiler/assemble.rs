//! The last step of building a code object: resolve labels to instruction indexes, compute
//! `max_stack`, drop unreachable code, jumps to the next instruction and the constants only
//! dead code used, and give location-less instructions the location of the one before.
//!
//! The stack depth is computed by a worklist over the instructions, following both the
//! fall-through and the jump edge of every branch with `Op::stack_effect`. The depth must
//! never go negative and must be the same on every path into an instruction; a violation is
//! a code-generation bug, reported by a debug assertion (release builds clamp and go on).
//! The same walk checks the block stack (`SETUP_*`, `POP_BLOCK`, `POP_EXCEPT`) the same way.

use crate::ast::Loc;
use crate::bytecode::opcode::ArgKind;
use crate::bytecode::{Const, Instr, Op};

pub(super) struct Assembled {
    pub code: Vec<Instr>,
    pub locations: Vec<Loc>,
    pub max_stack: u32,
}

fn is_jump(op: Op) -> bool {
    op.arg_kind() == ArgKind::Jump
}

/// Control never reaches the next instruction.
fn is_terminal(ins: &Instr) -> bool {
    match ins.op {
        Op::Jump | Op::ReturnValue | Op::Reraise => true,
        // `RAISE_VARARGS 3` (the end of `except*`) goes on when nothing is left to raise.
        Op::RaiseVarargs => ins.arg != 3,
        _ => false,
    }
}

pub(super) fn assemble(
    mut code: Vec<Instr>,
    locs: Vec<Loc>,
    labels: &[u32],
    firstlineno: u32,
) -> Assembled {
    let n = code.len();
    for ins in code.iter_mut().filter(|i| is_jump(i.op)) {
        let target = labels.get(ins.arg as usize).copied().unwrap_or(u32::MAX);
        debug_assert!(
            (target as usize) < n,
            "jump to an unbound label or past the end"
        );
        ins.arg = target.min(n.saturating_sub(1) as u32);
    }
    thread_jumps(&mut code);
    let (depths, max_stack) = stack_depths(&code);
    let (code, locations) = compact(code, locs, &depths, firstlineno);
    Assembled {
        code,
        locations,
        max_stack,
    }
}

/// Drop the constants only dead code used (they may be whole code objects), renumbering
/// the `LOAD_CONST`/`KW_NAMES` arguments; the others keep their order.
pub(super) fn drop_unused_consts(code: &mut [Instr], consts: Vec<Const>) -> Vec<Const> {
    let mut used = vec![false; consts.len()];
    for ins in code.iter().filter(|i| i.op.arg_kind() == ArgKind::Const) {
        if let Some(u) = used.get_mut(ins.arg as usize) {
            *u = true;
        }
    }
    let mut new_index = vec![0u32; consts.len()];
    let mut kept = Vec::with_capacity(consts.len());
    for (i, c) in consts.into_iter().enumerate() {
        if used[i] {
            new_index[i] = kept.len() as u32;
            kept.push(c);
        }
    }
    for ins in code
        .iter_mut()
        .filter(|i| i.op.arg_kind() == ArgKind::Const)
    {
        ins.arg = new_index.get(ins.arg as usize).copied().unwrap_or(ins.arg);
    }
    kept
}

/// Makes `first` the first constant (moving or adding it), renumbering the instructions.
pub(super) fn put_const_first(
    code: &mut [Instr],
    mut consts: Vec<Const>,
    first: Const,
) -> Vec<Const> {
    let at = consts
        .iter()
        .position(|c| super::fold::same_const(c, &first));
    if at == Some(0) {
        return consts;
    }
    let at = at.unwrap_or_else(|| {
        consts.push(first);
        consts.len() - 1
    });
    consts[..=at].rotate_right(1);
    for ins in code
        .iter_mut()
        .filter(|i| i.op.arg_kind() == ArgKind::Const)
    {
        let i = ins.arg as usize;
        ins.arg = match i {
            _ if i == at => 0,
            _ if i < at => ins.arg + 1,
            _ => ins.arg,
        };
    }
    consts
}

/// A jump to an unconditional `JUMP` goes straight to that jump's target.
fn thread_jumps(code: &mut [Instr]) {
    for i in 0..code.len() {
        if !is_jump(code[i].op) {
            continue;
        }
        let mut target = code[i].arg as usize;
        // Bounded, so a cycle of jumps cannot loop forever.
        for _ in 0..code.len() {
            match code.get(target) {
                Some(t) if t.op == Op::Jump && t.arg as usize != target => target = t.arg as usize,
                _ => break,
            }
        }
        code[i].arg = target as u32;
    }
}

/// The VM's block stack at an instruction, as the compiler arranged it: bit `i` of
/// `handlers` is set when block `i` (from the bottom) is an except-handler block, clear for
/// a try block (`SETUP_FINALLY`/`SETUP_WITH`). CPython limits static nesting to 20 blocks,
/// and each compiler block adds at most two, so 64 levels are plenty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Blocks {
    len: u8,
    handlers: u64,
}

impl Blocks {
    fn push(self, handler: bool) -> Blocks {
        debug_assert!(self.len < 64, "block stack too deep");
        Blocks {
            len: (self.len + 1).min(64),
            handlers: self.handlers | (handler as u64) << self.len.min(63),
        }
    }

    /// Pop the top block, which must be a handler block (`handler`) or a try block.
    fn pop(self, handler: bool, at: usize) -> Blocks {
        let top_is_handler = self.len > 0 && self.handlers >> (self.len - 1) & 1 == 1;
        debug_assert!(
            self.len > 0 && top_is_handler == handler,
            "instruction {at} pops a {} block that is not on top",
            if handler { "handler" } else { "try" }
        );
        if self.len == 0 {
            return self;
        }
        let len = self.len - 1;
        Blocks {
            len,
            handlers: self.handlers & !(1u64 << len),
        }
    }
}

/// The depth on entry to each reachable instruction (`None`: unreachable), and the maximum.
///
/// Alongside the depth it follows the block stack, checking that `POP_BLOCK` and
/// `POP_EXCEPT` pop what the code pushed and that every path into an instruction agrees on
/// the blocks too: an early exit that forgot to unwind a block fails here.
fn stack_depths(code: &[Instr]) -> (Vec<Option<u32>>, u32) {
    let mut state: Vec<Option<(u32, Blocks)>> = vec![None; code.len()];
    let mut max = 0i64;
    let mut work: Vec<(usize, i64, Blocks)> = vec![(0, 0, Blocks::default())];
    let check = |d: i64, at: usize, max: &mut i64| -> i64 {
        debug_assert!(d >= 0, "stack depth goes negative at instruction {at}");
        *max = (*max).max(d);
        d.max(0)
    };
    while let Some((mut i, mut d, mut blocks)) = work.pop() {
        loop {
            let Some(ins) = code.get(i) else {
                debug_assert!(code.is_empty(), "control falls off the end of the code");
                break;
            };
            if let Some((seen, seen_blocks)) = state[i] {
                debug_assert_eq!(
                    seen as i64, d,
                    "inconsistent stack depth at instruction {i} ({:?})",
                    ins.op
                );
                debug_assert_eq!(
                    seen_blocks, blocks,
                    "inconsistent block stack at instruction {i} ({:?})",
                    ins.op
                );
                break;
            }
            state[i] = Some((d as u32, blocks));
            let setup = matches!(
                ins.op,
                Op::SetupFinally | Op::SetupWith | Op::SetupAsyncWith
            );
            if is_jump(ins.op) {
                let target = check(d + ins.op.stack_effect(ins.arg, true) as i64, i, &mut max);
                // A handler runs with the try block replaced by an except-handler block.
                let target_blocks = if setup { blocks.push(true) } else { blocks };
                work.push((ins.arg as usize, target, target_blocks));
            }
            d = check(d + ins.op.stack_effect(ins.arg, false) as i64, i, &mut max);
            match ins.op {
                _ if setup => blocks = blocks.push(false),
                Op::PopBlock => blocks = blocks.pop(false, i),
                Op::PopExcept | Op::EndAsyncFor => blocks = blocks.pop(true, i),
                _ => {}
            }
            if is_terminal(ins) {
                break;
            }
            i += 1;
        }
    }
    let depths = state.iter().map(|s| s.map(|(d, _)| d)).collect();
    (depths, max as u32)
}

/// Drop unreachable instructions, `NOP`s and jumps to the next kept instruction, remapping
/// jump targets; fill in missing locations.
fn compact(
    code: Vec<Instr>,
    locs: Vec<Loc>,
    depths: &[Option<u32>],
    firstlineno: u32,
) -> (Vec<Instr>, Vec<Loc>) {
    let n = code.len();
    // next_kept[i]: the first kept instruction at or after i (n if none).
    let mut next_kept = vec![n; n + 1];
    let mut kept = vec![false; n];
    for i in (0..n).rev() {
        let ins = code[i];
        let mut keep = depths[i].is_some() && ins.op != Op::Nop;
        if keep && ins.op == Op::Jump {
            let t = ins.arg as usize;
            if t > i && next_kept[t] == next_kept[i + 1] {
                keep = false;
            }
        }
        kept[i] = keep;
        next_kept[i] = if keep { i } else { next_kept[i + 1] };
    }
    let mut new_index = vec![0u32; n + 1];
    let mut count = 0u32;
    for i in 0..n {
        new_index[i] = count;
        if kept[i] {
            count += 1;
        }
    }
    new_index[n] = count;
    let mut out = Vec::with_capacity(count as usize);
    let mut out_locs = Vec::with_capacity(count as usize);
    let mut last = Loc::new(firstlineno, 0, firstlineno, 0);
    for i in (0..n).filter(|&i| kept[i]) {
        let mut ins = code[i];
        if is_jump(ins.op) {
            ins.arg = new_index[next_kept[ins.arg as usize]];
        }
        let mut loc = locs[i];
        if loc.line == 0 {
            loc = last;
        }
        last = loc;
        out.push(ins);
        out_locs.push(loc);
    }
    (out, out_locs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(op: Op, arg: u32) -> Instr {
        Instr::new(op, arg)
    }

    #[test]
    fn depth_follows_both_edges_and_drops_dead_code() {
        // 0 LOAD_CONST; 1 POP_JUMP_IF_FALSE L0; 2 LOAD_CONST; 3 RETURN; 4 POP_TOP (dead);
        // L0: 5 LOAD_CONST; 6 LOAD_CONST; 7 BUILD_TUPLE 2; 8 RETURN
        let code = vec![
            i(Op::LoadConst, 0),
            i(Op::PopJumpIfFalse, 0),
            i(Op::LoadConst, 0),
            i(Op::ReturnValue, 0),
            i(Op::PopTop, 0),
            i(Op::LoadConst, 0),
            i(Op::LoadConst, 0),
            i(Op::BuildTuple, 2),
            i(Op::ReturnValue, 0),
        ];
        let locs = vec![Loc::new(1, 0, 1, 1); code.len()];
        let a = assemble(code, locs, &[5], 1);
        assert_eq!(a.max_stack, 2);
        assert_eq!(a.code.len(), 8);
        assert_eq!(a.code[1], i(Op::PopJumpIfFalse, 4));
        assert_eq!(a.code[4], i(Op::LoadConst, 0));
    }

    #[test]
    fn jump_to_next_instruction_is_removed() {
        let code = vec![i(Op::LoadConst, 0), i(Op::Jump, 0), i(Op::ReturnValue, 0)];
        let locs = vec![Loc::default(); 3];
        let a = assemble(code, locs, &[2], 7);
        assert_eq!(a.code, vec![i(Op::LoadConst, 0), i(Op::ReturnValue, 0)]);
        assert!(a.locations.iter().all(|l| l.line == 7));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "inconsistent block stack")]
    fn a_path_that_forgets_pop_block_is_caught() {
        // 0 SETUP_FINALLY h; 1 LOAD_CONST; 2 POP_JUMP_IF_FALSE 4; 3 POP_BLOCK;
        // 4 LOAD_CONST; 5 RETURN_VALUE (joined with and without the try block);
        // h: 6 RERAISE
        let code = vec![
            i(Op::SetupFinally, 0),
            i(Op::LoadConst, 0),
            i(Op::PopJumpIfFalse, 1),
            i(Op::PopBlock, 0),
            i(Op::LoadConst, 0),
            i(Op::ReturnValue, 0),
            i(Op::Reraise, 0),
        ];
        let locs = vec![Loc::default(); code.len()];
        assemble(code, locs, &[6, 4], 1);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "pops a handler block")]
    fn pop_except_without_handler_is_caught() {
        let code = vec![
            i(Op::PopExcept, 0),
            i(Op::LoadConst, 0),
            i(Op::ReturnValue, 0),
        ];
        let locs = vec![Loc::default(); code.len()];
        assemble(code, locs, &[], 1);
    }
}
