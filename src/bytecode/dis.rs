//! `--dis`: a text listing of a [`CodeUnit`] and every code object nested in it, in the
//! layout of CPython 3.11's `python -m dis`.
//!
//! Each line shows the source line (at the first instruction of each line), `>>` at jump
//! targets, the instruction index (our "offset"), the opname, the argument and, in
//! parentheses, what the argument means. Nested code objects follow the module, depth
//! first in constant order, each introduced by
//! `Disassembly of <code object f, file "x.py", line 3>:`. Constants are shown with Python's
//! `repr` ([`const_repr`]).

use std::fmt::Write;

use super::code::{CodeUnit, Const};
use super::opcode::{binary_op_from_arg, binary_op_symbol, ArgKind, CompareKind, Op};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// The disassembly of `code` and, recursively, of the code objects among its constants.
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    disassemble_recursive(code, &mut out);
    out
}

fn disassemble_recursive(code: &CodeUnit, out: &mut String) {
    disassemble_one(code, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = writeln!(out);
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            disassemble_recursive(inner, out);
        }
    }
}

/// `<code object f, file "x.py", line 3>`
fn code_repr(code: &CodeUnit) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.firstlineno
    )
}

/// The listing of one code object, without its nested code.
pub fn disassemble_one(code: &CodeUnit, out: &mut String) {
    let max_line = code.locations.iter().map(|l| l.line).max().unwrap_or(0);
    let line_width = if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let offset_width = code.code.len().saturating_sub(1).to_string().len().max(4);
    let targets = jump_targets(code);
    let starts = line_starts(code);
    for (i, ins) in code.code.iter().enumerate() {
        let line = code.line_of(i);
        let starts_line = starts[i];
        if starts_line && i > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::with_capacity(6);
        fields.push(if starts_line {
            format!("{line:>line_width$}")
        } else {
            " ".repeat(line_width)
        });
        fields.push("   ".to_string());
        fields.push(if targets[i] { ">>" } else { "  " }.to_string());
        fields.push(instr_text(code, i, ins.op, ins.arg, offset_width));
        let line = fields.join(" ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// Which instructions some jump goes to (`>>` in the listing).
pub fn jump_targets(code: &CodeUnit) -> Vec<bool> {
    let mut targets = vec![false; code.code.len()];
    for ins in &code.code {
        if ins.op.arg_kind() == ArgKind::Jump {
            if let Some(t) = targets.get_mut(ins.arg as usize) {
                *t = true;
            }
        }
    }
    targets
}

/// Which instructions start a source line (the listing shows the line number there).
pub fn line_starts(code: &CodeUnit) -> Vec<bool> {
    let mut last_line = 0;
    (0..code.code.len())
        .map(|i| {
            let line = code.line_of(i);
            let starts = line != 0 && line != last_line;
            if starts {
                last_line = line;
            }
            starts
        })
        .collect()
}

/// One instruction as a `--dis` line shows it after the line number and jump marker: its
/// index (right-aligned in `offset_width`), opname, argument and what the argument means.
/// Also what `-X trace-exec` prints for each executed instruction (`op` may then be a
/// specialised form, shown under its own name).
pub fn instr_text(code: &CodeUnit, i: usize, op: Op, arg: u32, offset_width: usize) -> String {
    let mut s = format!("{i:>offset_width$} {:<OPNAME_WIDTH$}", op.name());
    if op.arg_kind() != ArgKind::None {
        let _ = write!(s, " {arg:>OPARG_WIDTH$}");
        let meaning = arg_repr(code, op, arg);
        if !meaning.is_empty() {
            let _ = write!(s, " ({meaning})");
        }
    }
    s.truncate(s.trim_end().len());
    s
}

/// What an argument means, as `dis` shows it in parentheses ("" for nothing).
pub fn arg_repr(code: &CodeUnit, op: Op, arg: u32) -> String {
    let a = arg as usize;
    let lookup = |v: Option<&String>| v.cloned().unwrap_or_else(|| "<bad index>".to_string());
    match op.arg_kind() {
        ArgKind::None => String::new(),
        ArgKind::Num => match op {
            Op::MakeFunction => {
                const FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];
                FLAGS
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| arg & (1 << i) != 0)
                    .map(|(_, f)| *f)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            Op::FormatValue => {
                let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_string();
                if arg & 4 != 0 {
                    if !s.is_empty() {
                        s.push_str(", ");
                    }
                    s.push_str("with format");
                }
                s
            }
            _ => String::new(),
        },
        ArgKind::Const => code
            .consts
            .get(a)
            .map_or_else(|| "<bad index>".to_string(), const_repr),
        ArgKind::Name => lookup(code.names.get(a)),
        ArgKind::Local => lookup(code.varnames.get(a)),
        ArgKind::Deref => lookup(code.cellvars.iter().chain(&code.freevars).nth(a)),
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinaryOp => match binary_op_from_arg(arg) {
            Some((op, inplace)) => {
                format!("{}{}", binary_op_symbol(op), if inplace { "=" } else { "" })
            }
            None => "<bad op>".to_string(),
        },
        ArgKind::Compare => CompareKind::from_arg(arg)
            .map_or_else(|| "<bad op>".to_string(), |k| k.symbol().to_string()),
    }
}

/// A constant as Python's `repr` shows it.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(re, im) => crate::objects::numbers::complex_text::repr_complex(
            crate::objects::numbers::complex_math::C::new(*re, *im),
        ),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => crate::objects::binary::bytes::repr_bytes(b),
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Tuple(items) => match items.as_slice() {
            [one] => format!("({},)", const_repr(one)),
            _ => format!(
                "({})",
                items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
            ),
        },
        Const::FrozenSet(items) => {
            let hashes: Vec<i64> = items
                .iter()
                .map(|c| crate::objects::callables::code::const_hash(c).unwrap_or(0))
                .collect();
            let order = crate::objects::containers::set::distinct_order(&hashes);
            let shown: Vec<String> = order.iter().map(|&i| const_repr(&items[i])).collect();
            format!("frozenset({{{}}})", shown.join(", "))
        }
        Const::Code(code) => code_repr(code),
    }
}

/// `repr(float)`: the shortest digits that round-trip, in fixed notation when the decimal
/// exponent is in `-4 <= e < 16`, else as `d.ddde+XX`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0.0");
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "1.2345e-7".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    // The value is 0.DIGITS * 10**decpt.
    let decpt = exp + 1;
    if !(-4 < decpt && decpt <= 16) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{frac}e{esign}{:02}", exp.abs());
    }
    let n = digits.len() as i32;
    let body = if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
    } else if decpt >= n {
        format!("{}{}.0", digits, "0".repeat((decpt - n) as usize))
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{int}.{frac}")
    };
    format!("{sign}{body}")
}

/// Characters `str.isprintable()` rejects (beyond the ASCII controls): separators other
/// than space, format characters and private use — the ones a repr escapes.
fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{a0}' | '\u{ad}' | '\u{1680}' | '\u{2000}'..='\u{200f}' | '\u{2028}'..='\u{202f}'
            | '\u{205f}'..='\u{206f}' | '\u{3000}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{10ffff}')
}

/// `repr(str)`: single quotes unless the text has `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    let _ = write!(out, "\\x{n:02x}");
                } else if n < 0x10000 {
                    let _ = write!(out, "\\u{n:04x}");
                } else {
                    let _ = write!(out, "\\U{n:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        let cases = [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (2.5, "2.5"),
            (1e22, "1e+22"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (0.30000000000000004, "0.30000000000000004"),
            (-123.456, "-123.456"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "repr of {f:?}");
        }
    }

    #[test]
    fn strings_and_bytes_print_like_python() {
        assert_eq!(str_repr("a"), "'a'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\nb\t\\\x01é\u{a0}"), "'a\\nb\\t\\\\\\x01é\\xa0'");
        assert_eq!(
            crate::objects::binary::bytes::repr_bytes(b"ab\x00\xff'"),
            "b\"ab\\x00\\xff'\""
        );
        assert_eq!(crate::objects::binary::bytes::repr_bytes(b""), "b''");
    }

    #[test]
    fn tuples_nest() {
        let t = Const::Tuple(vec![
            Const::Int(1),
            Const::Tuple(vec![Const::Str("a".into())]),
            Const::Tuple(vec![]),
            Const::Float(2.0),
            Const::None,
            Const::Bool(true),
            Const::Ellipsis,
        ]);
        assert_eq!(const_repr(&t), "(1, ('a',), (), 2.0, None, True, Ellipsis)");
    }
}
