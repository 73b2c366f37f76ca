//! A byte format for [`CodeUnit`]s, so compiled code can be stored and loaded without running
//! the compiler again (the code cache of `vm::codecache` uses it for the embedded modules).
//!
//! The format is private to one build of pyvm: readers check the build id the cache layer
//! stores beside it, not a version here. Integers are LEB128 varints; strings are a length
//! and UTF-8 bytes; a constant is a tag byte and its payload. Decoding never trusts its input:
//! a truncated or corrupted buffer gives `None` (the caller compiles the source instead), never
//! a panic — opcodes are checked against the table and every length against what is left.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};

use super::code::{CodeUnit, Const};
use super::opcode::{Instr, Op};
use crate::ast::Loc;

const MAGIC: &[u8; 4] = b"PVC1";

/// Encodes `unit` (and the code nested in its constants).
pub fn encode(unit: &CodeUnit) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(4096));
    w.0.extend_from_slice(MAGIC);
    w.unit(unit, None);
    w.0
}

/// Decodes what [`encode`] made; `None` when `bytes` is not such a buffer.
pub fn decode(bytes: &[u8]) -> Option<CodeUnit> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let mut r = Reader {
        buf: rest,
        depth: 0,
    };
    let unit = r.unit(None)?;
    r.buf.is_empty().then_some(unit)
}

mod tag {
    pub const NONE: u8 = 0;
    pub const FALSE: u8 = 1;
    pub const TRUE: u8 = 2;
    pub const INT: u8 = 3;
    pub const BIGINT: u8 = 4;
    pub const FLOAT: u8 = 5;
    pub const COMPLEX: u8 = 6;
    pub const STR: u8 = 7;
    pub const BYTES: u8 = 8;
    pub const ELLIPSIS: u8 = 9;
    pub const TUPLE: u8 = 10;
    pub const FROZENSET: u8 = 11;
    pub const CODE: u8 = 12;
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    fn len(&mut self, n: usize) {
        self.uint(n as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }

    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.bytes(s.as_bytes());
        }
    }

    fn unit(&mut self, u: &CodeUnit, parent_file: Option<&Rc<str>>) {
        self.bytes(u.name.as_bytes());
        self.bytes(u.qualname.as_bytes());
        // Nested code almost always shares its parent's file name: one flag instead.
        if parent_file.is_some_and(|f| **f == *u.filename) {
            self.0.push(1);
        } else {
            self.0.push(0);
            self.bytes(u.filename.as_bytes());
        }
        for n in [
            u.firstlineno,
            u.argcount,
            u.posonlyargcount,
            u.kwonlyargcount,
            u.flags,
            u.max_stack,
        ] {
            self.uint(n.into());
        }
        self.strs(&u.varnames);
        self.strs(&u.cellvars);
        self.strs(&u.freevars);
        self.len(u.cell2arg.len());
        for a in &u.cell2arg {
            self.uint(a.map_or(0, |i| u64::from(i) + 1));
        }
        self.strs(&u.names);
        self.len(u.consts.len());
        for c in &u.consts {
            self.constant(c, &u.filename);
        }
        match &u.doc {
            None => self.0.push(0),
            Some(d) => {
                self.0.push(1);
                self.bytes(d.as_bytes());
            }
        }
        self.len(u.code.len());
        for i in &u.code {
            self.0.push(i.op as u8);
            self.uint(i.cache.into());
            self.uint(i.arg.into());
        }
        // Locations mostly repeat or step by a line: store each line relative to the last.
        let mut last = 0i64;
        for l in &u.locations {
            self.signed(i64::from(l.line) - last);
            last = i64::from(l.line);
            self.uint(l.col.into());
            self.signed(i64::from(l.end_line) - i64::from(l.line));
            self.uint(l.end_col.into());
        }
    }

    fn signed(&mut self, n: i64) {
        // Zigzag, so small negative steps stay one byte.
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }

    fn constant(&mut self, c: &Const, file: &Rc<str>) {
        match c {
            Const::None => self.0.push(tag::NONE),
            Const::Bool(false) => self.0.push(tag::FALSE),
            Const::Bool(true) => self.0.push(tag::TRUE),
            Const::Int(i) => {
                self.0.push(tag::INT);
                self.signed(*i);
            }
            Const::BigInt(b) => {
                self.0.push(tag::BIGINT);
                let (sign, mag) = b.to_bytes_le();
                self.0.push(u8::from(sign == Sign::Minus));
                self.bytes(&mag);
            }
            Const::Float(f) => {
                self.0.push(tag::FLOAT);
                self.0.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Complex(re, im) => {
                self.0.push(tag::COMPLEX);
                self.0.extend_from_slice(&re.to_bits().to_le_bytes());
                self.0.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.0.push(tag::STR);
                self.bytes(s.as_bytes());
            }
            Const::Bytes(b) => {
                self.0.push(tag::BYTES);
                self.bytes(b);
            }
            Const::Ellipsis => self.0.push(tag::ELLIPSIS),
            Const::Tuple(items) | Const::FrozenSet(items) => {
                let t = if matches!(c, Const::Tuple(_)) {
                    tag::TUPLE
                } else {
                    tag::FROZENSET
                };
                self.0.push(t);
                self.len(items.len());
                for x in items {
                    self.constant(x, file);
                }
            }
            Const::Code(u) => {
                self.0.push(tag::CODE);
                self.unit(u, Some(file));
            }
        }
    }
}

/// Nesting deeper than this is refused (the compiler's own limits stay far below it), so a
/// hostile buffer cannot recurse the decoder off the Rust stack.
const MAX_DEPTH: u32 = 200;

struct Reader<'a> {
    buf: &'a [u8],
    depth: u32,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.buf.split_first()?;
        self.buf = rest;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if n > self.buf.len() {
            return None;
        }
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Some(head)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }

    fn signed(&mut self) -> Option<i64> {
        let z = self.uint()?;
        Some((z >> 1) as i64 ^ -((z & 1) as i64))
    }

    /// A count of items each at least one byte long (so a corrupt count cannot make the
    /// decoder reserve more memory than the buffer could describe).
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.buf.len()).then_some(n)
    }

    fn f64(&mut self) -> Option<f64> {
        let b = self.take(8)?;
        Some(f64::from_bits(u64::from_le_bytes(b.try_into().ok()?)))
    }

    fn string(&mut self) -> Option<String> {
        let n = self.count()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.count()?;
        (0..n).map(|_| self.string()).collect()
    }

    fn unit(&mut self, parent_file: Option<&Rc<str>>) -> Option<CodeUnit> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let name = self.string()?;
        let qualname = self.string()?;
        let filename: Rc<str> = match (self.byte()?, parent_file) {
            (1, Some(f)) => f.clone(),
            (0, _) => self.string()?.into(),
            _ => return None,
        };
        let firstlineno = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = self.u32()?;
        let max_stack = self.u32()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.count()?;
        let cell2arg = (0..n)
            .map(|_| Some(self.u32()?.checked_sub(1)))
            .collect::<Option<_>>()?;
        let names = self.strs()?;
        let n = self.count()?;
        let consts = (0..n)
            .map(|_| self.constant(&filename))
            .collect::<Option<_>>()?;
        let doc = match self.byte()? {
            0 => None,
            1 => Some(self.string()?),
            _ => return None,
        };
        let n = self.count()?;
        let mut code = Vec::with_capacity(n);
        for _ in 0..n {
            let op = *Op::ALL.get(usize::from(self.byte()?))?;
            let cache = u16::try_from(self.uint()?).ok()?;
            let arg = self.u32()?;
            code.push(Instr { op, cache, arg });
        }
        let mut locations = Vec::with_capacity(n);
        let mut last = 0i64;
        for _ in 0..n {
            let line = last.checked_add(self.signed()?)?;
            last = line;
            let col = self.u32()?;
            let end_line = line.checked_add(self.signed()?)?;
            let end_col = self.u32()?;
            locations.push(Loc {
                line: u32::try_from(line).ok()?,
                col,
                end_line: u32::try_from(end_line).ok()?,
                end_col,
            });
        }
        self.depth -= 1;
        Some(CodeUnit {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            consts,
            doc,
            code,
            locations,
            max_stack,
        })
    }

    fn constant(&mut self, file: &Rc<str>) -> Option<Const> {
        Some(match self.byte()? {
            tag::NONE => Const::None,
            tag::FALSE => Const::Bool(false),
            tag::TRUE => Const::Bool(true),
            tag::INT => Const::Int(self.signed()?),
            tag::BIGINT => {
                let sign = match self.byte()? {
                    0 => Sign::Plus,
                    1 => Sign::Minus,
                    _ => return None,
                };
                let n = self.count()?;
                Const::BigInt(BigInt::from_bytes_le(sign, self.take(n)?))
            }
            tag::FLOAT => Const::Float(self.f64()?),
            tag::COMPLEX => Const::Complex(self.f64()?, self.f64()?),
            tag::STR => Const::Str(self.string()?),
            tag::BYTES => {
                let n = self.count()?;
                Const::Bytes(self.take(n)?.to_vec())
            }
            tag::ELLIPSIS => Const::Ellipsis,
            t @ (tag::TUPLE | tag::FROZENSET) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
                let n = self.count()?;
                let items = (0..n)
                    .map(|_| self.constant(file))
                    .collect::<Option<Vec<_>>>()?;
                self.depth -= 1;
                if t == tag::TUPLE {
                    Const::Tuple(items)
                } else {
                    Const::FrozenSet(items)
                }
            }
            tag::CODE => Const::Code(Rc::new(self.unit(Some(file))?)),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::{compile_source, Mode};

    fn round_trip(src: &str) {
        let unit = compile_source(src, "<t>", Mode::Exec).expect("compiles");
        let bytes = encode(&unit);
        assert_eq!(decode(&bytes).as_ref(), Some(&unit));
        // Every strict prefix is refused, never a panic.
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "prefix {cut} accepted");
        }
    }

    #[test]
    fn constants_and_nesting_round_trip() {
        round_trip(
            "x = (1, -2, 10**40, -10**40, 1.5, -0.0, 2j, 'é', b'\\x00', ..., None, True)\n\
             y = x in {1, 2, 'a'}\n\
             class C:\n    '''doc'''\n    def f(self, a, /, b=1, *c, d, **e):\n        \
             '''fdoc'''\n        return [lambda: a for _ in b]\n",
        );
    }

    #[test]
    fn every_embedded_module_round_trips() {
        for m in crate::modules::FROZEN_MODULES {
            let unit = compile_source(m.source, "<frozen>", Mode::Exec).expect("compiles");
            assert_eq!(decode(&encode(&unit)).as_ref(), Some(&unit), "{}", m.name);
        }
    }

    #[test]
    fn corrupt_bytes_are_refused() {
        let unit = compile_source("def f(x):\n    return x + 1\n", "<t>", Mode::Exec).unwrap();
        let bytes = encode(&unit);
        for i in 4..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            // Either refused or decoded to some unit: never a panic.
            let _ = decode(&b);
        }
        assert!(decode(b"XXXX").is_none());
    }
}
