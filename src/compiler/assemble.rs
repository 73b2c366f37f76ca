//! The last step of building a code object: resolve labels to instruction indexes, compute
//! `max_stack`, drop unreachable code and jumps to the next instruction, and give
//! location-less instructions the location of the one before.
//!
//! The stack depth is computed by a worklist over the instructions, following both the
//! fall-through and the jump edge of every branch with `Op::stack_effect`. The depth must
//! never go negative and must be the same on every path into an instruction; a violation is
//! a code-generation bug, reported by a debug assertion (release builds clamp and go on).

use crate::ast::Loc;
use crate::bytecode::opcode::ArgKind;
use crate::bytecode::{Instr, Op};

pub(super) struct Assembled {
    pub code: Vec<Instr>,
    pub locations: Vec<Loc>,
    pub max_stack: u32,
}

fn is_jump(op: Op) -> bool {
    op.arg_kind() == ArgKind::Jump
}

/// Control never reaches the next instruction.
fn is_terminal(op: Op) -> bool {
    matches!(
        op,
        Op::Jump | Op::ReturnValue | Op::Reraise | Op::RaiseVarargs
    )
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

/// The depth on entry to each reachable instruction (`None`: unreachable), and the maximum.
fn stack_depths(code: &[Instr]) -> (Vec<Option<u32>>, u32) {
    let mut depth: Vec<Option<u32>> = vec![None; code.len()];
    let mut max = 0i64;
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let check = |d: i64, at: usize, max: &mut i64| -> i64 {
        debug_assert!(d >= 0, "stack depth goes negative at instruction {at}");
        *max = (*max).max(d);
        d.max(0)
    };
    while let Some((mut i, mut d)) = work.pop() {
        loop {
            let Some(ins) = code.get(i) else {
                debug_assert!(code.is_empty(), "control falls off the end of the code");
                break;
            };
            if let Some(seen) = depth[i] {
                debug_assert_eq!(
                    seen as i64, d,
                    "inconsistent stack depth at instruction {i} ({:?})",
                    ins.op
                );
                break;
            }
            depth[i] = Some(d as u32);
            if is_jump(ins.op) {
                let target = check(d + ins.op.stack_effect(ins.arg, true) as i64, i, &mut max);
                work.push((ins.arg as usize, target));
            }
            d = check(d + ins.op.stack_effect(ins.arg, false) as i64, i, &mut max);
            if is_terminal(ins.op) {
                break;
            }
            i += 1;
        }
    }
    (depth, max as u32)
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
}
