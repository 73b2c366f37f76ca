//! The byte forms of a [`CodeUnit`] that code objects expose: `co_code`, `co_linetable`,
//! `co_lnotab`, and the per-instruction spans behind `co_lines()` and `co_positions()`.
//!
//! pyvm runs its own [`Instr`] arrays, never these bytes; they exist so that code looking at
//! a code object sees data of the usual shape. `co_code` is CPython's *wordcode* layout
//! applied to pyvm's instructions: two bytes per code unit (opcode, low 8 bits of the
//! argument), preceded by one `EXTENDED_ARG` unit per further argument byte. Offsets in
//! `co_lines()`, `co_positions()` and the tables count bytes of that layout. Jump arguments
//! stay pyvm's (absolute instruction indexes). `co_linetable` follows CPython 3.11's location
//! table format (`Objects/locations.md`), using its long and no-location entry forms only.

use super::code::CodeUnit;
use super::opcode::{Instr, Op};
use crate::ast::Loc;

/// The opcode byte of an `EXTENDED_ARG` prefix (CPython's number; pyvm's opcodes all fit
/// below it).
pub const EXTENDED_ARG: u8 = 144;
const _: () = assert!(Op::ALL.len() <= EXTENDED_ARG as usize);

/// How many code units (of two bytes) `instr` takes.
pub fn units(instr: &Instr) -> usize {
    match instr.arg {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

/// `co_code`.
pub fn code_bytes(code: &CodeUnit) -> Vec<u8> {
    let mut out = Vec::with_capacity(code.code.len() * 2);
    for instr in &code.code {
        let n = units(instr);
        for shift in (1..n).rev() {
            out.extend([EXTENDED_ARG, (instr.arg >> (8 * shift)) as u8]);
        }
        out.extend([instr.op as u8, instr.arg as u8]);
    }
    out
}

/// A known source position (line 0 marks instructions the compiler made up).
fn known(loc: &Loc) -> Option<&Loc> {
    (loc.line != 0).then_some(loc)
}

/// Each instruction's byte range in `co_code` with its location: what `co_lines()` and
/// `co_positions()` report (one range per instruction, as CPython's table has one entry
/// per instruction).
pub fn spans(code: &CodeUnit) -> impl Iterator<Item = (usize, usize, Option<&Loc>)> + '_ {
    let mut offset = 0;
    code.code.iter().enumerate().map(move |(i, instr)| {
        let start = offset;
        offset += 2 * units(instr);
        (start, offset, code.locations.get(i).and_then(known))
    })
}

/// CPython's 6-bit varint: low chunk first, 0x40 set on every chunk but the last.
fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x40 {
        out.push(0x40 | (v & 0x3f) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

/// The signed form: magnitude shifted left, sign in bit 0.
fn write_svarint(out: &mut Vec<u8>, v: i64) {
    let magnitude = v.unsigned_abs();
    write_varint(out, (magnitude << 1) | (v < 0) as u64);
}

/// Entry codes of the location table.
const LONG_FORM: u8 = 14;
const NO_LOCATION: u8 = 15;

/// `co_linetable` in CPython 3.11's format. An entry covers at most 8 code units, so a long
/// instruction repeats its entry.
pub fn linetable(code: &CodeUnit) -> Vec<u8> {
    let mut out = Vec::new();
    let mut line = i64::from(code.firstlineno);
    for (start, end, loc) in spans(code) {
        let mut left = (end - start) / 2;
        while left > 0 {
            let n = left.min(8);
            left -= n;
            let length_bits = (n - 1) as u8;
            match loc {
                None => out.push(0x80 | NO_LOCATION << 3 | length_bits),
                Some(loc) => {
                    out.push(0x80 | LONG_FORM << 3 | length_bits);
                    write_svarint(&mut out, i64::from(loc.line) - line);
                    write_varint(&mut out, u64::from(loc.end_line.saturating_sub(loc.line)));
                    write_varint(&mut out, u64::from(loc.col) + 1);
                    write_varint(&mut out, u64::from(loc.end_col) + 1);
                    line = i64::from(loc.line);
                }
            }
        }
    }
    out
}

/// `co_lnotab` (deprecated in 3.11, still computed by CPython from the line ranges): pairs
/// of (byte offset delta, signed line delta) wherever the line changes.
pub fn lnotab(code: &CodeUnit) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut offset, mut line) = (0usize, i64::from(code.firstlineno));
    for (start, _, loc) in spans(code) {
        let Some(loc) = loc else { continue };
        let new_line = i64::from(loc.line);
        if new_line == line {
            continue;
        }
        let (mut bdelta, mut ldelta) = (start - offset, new_line - line);
        while bdelta > 255 {
            out.extend([255, 0]);
            bdelta -= 255;
        }
        while ldelta > 127 {
            out.extend([bdelta as u8, 127]);
            (bdelta, ldelta) = (0, ldelta - 127);
        }
        while ldelta < -128 {
            out.extend([bdelta as u8, -128i8 as u8]);
            (bdelta, ldelta) = (0, ldelta + 128);
        }
        out.extend([bdelta as u8, ldelta as i8 as u8]);
        (offset, line) = (start, new_line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(code: Vec<Instr>, locations: Vec<Loc>) -> CodeUnit {
        let compiled = crate::compiler::compile_module(
            &crate::parser::parse_module("pass\n").expect("parses"),
            "t.py",
        )
        .expect("compiles");
        CodeUnit {
            code,
            locations,
            firstlineno: 1,
            ..compiled
        }
    }

    fn loc(line: u32, col: u32, end_col: u32) -> Loc {
        Loc {
            line,
            col,
            end_line: line,
            end_col,
        }
    }

    #[test]
    fn extended_args_prefix_the_instruction() {
        let u = unit(
            vec![
                Instr::new(Op::LoadConst, 1),
                Instr::new(Op::LoadConst, 0x1234),
                Instr::new(Op::Nop, 0x0102_0304),
            ],
            vec![loc(1, 0, 1); 3],
        );
        let bytes = code_bytes(&u);
        let (lc, nop) = (Op::LoadConst as u8, Op::Nop as u8);
        assert_eq!(
            bytes,
            [
                lc,
                1,
                EXTENDED_ARG,
                0x12,
                lc,
                0x34,
                EXTENDED_ARG,
                1,
                EXTENDED_ARG,
                2,
                EXTENDED_ARG,
                3,
                nop,
                4
            ]
        );
        let ranges: Vec<_> = spans(&u).map(|(s, e, _)| (s, e)).collect();
        assert_eq!(ranges, [(0, 2), (2, 6), (6, 14)]);
    }

    /// The table CPython 3.11 writes for the same positions in long form, and the lnotab of
    /// lines 1, 3, 3, 2 (unknown positions skipped).
    #[test]
    fn location_tables() {
        let u = unit(
            vec![Instr::new(Op::Nop, 0); 5],
            vec![
                loc(1, 0, 4),
                Loc::default(),
                loc(3, 2, 70),
                loc(3, 2, 3),
                loc(2, 0, 1),
            ],
        );
        assert_eq!(
            linetable(&u),
            [
                0xf0,
                0,
                0,
                1,
                5,    // line +0, cols 0..4
                0xf8, // no location
                0xf0,
                4,
                0,
                3,
                0x40 | 7,
                1, // line +2, end col 70 as a two-chunk varint
                0xf0,
                0,
                0,
                3,
                4, // same line
                0xf0,
                3,
                0,
                1,
                2, // line -1
            ]
        );
        assert_eq!(lnotab(&u), [4, 2, 4, 0xff]);
    }

    #[test]
    fn lnotab_splits_large_deltas() {
        let mut code = vec![Instr::new(Op::Nop, 0); 200];
        code.push(Instr::new(Op::Nop, 0));
        let mut locations = vec![loc(1, 0, 1); 200];
        locations.push(loc(301, 0, 1));
        let u = unit(code, locations);
        assert_eq!(lnotab(&u), [255, 0, 145, 127, 0, 127, 0, 46]);
    }
}
