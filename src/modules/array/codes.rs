//! The array type codes: each one's C item size on x86-64 Linux, its buffer format, and the
//! conversion of a Python value to an item and back, with the errors CPython's
//! `*_setitem` functions raise (they parse through a C type that is sometimes wider than
//! the item, so `array('b', [2**20])` complains about a *short*).

use num_traits::{Signed, ToPrimitive};

use crate::exc;
use crate::objects::numbers::int::{as_int, int_value};
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Signed,
    Unsigned,
    Float,
    Unicode,
}

#[derive(Debug)]
pub struct TypeCode {
    pub code: char,
    pub size: usize,
    pub kind: Kind,
    /// The struct-module format of the buffer it exports.
    pub format: &'static str,
}

pub const CODES: &[TypeCode] = &[
    TypeCode {
        code: 'b',
        size: 1,
        kind: Kind::Signed,
        format: "b",
    },
    TypeCode {
        code: 'B',
        size: 1,
        kind: Kind::Unsigned,
        format: "B",
    },
    TypeCode {
        code: 'u',
        size: 4,
        kind: Kind::Unicode,
        format: "w",
    },
    TypeCode {
        code: 'h',
        size: 2,
        kind: Kind::Signed,
        format: "h",
    },
    TypeCode {
        code: 'H',
        size: 2,
        kind: Kind::Unsigned,
        format: "H",
    },
    TypeCode {
        code: 'i',
        size: 4,
        kind: Kind::Signed,
        format: "i",
    },
    TypeCode {
        code: 'I',
        size: 4,
        kind: Kind::Unsigned,
        format: "I",
    },
    TypeCode {
        code: 'l',
        size: 8,
        kind: Kind::Signed,
        format: "l",
    },
    TypeCode {
        code: 'L',
        size: 8,
        kind: Kind::Unsigned,
        format: "L",
    },
    TypeCode {
        code: 'q',
        size: 8,
        kind: Kind::Signed,
        format: "q",
    },
    TypeCode {
        code: 'Q',
        size: 8,
        kind: Kind::Unsigned,
        format: "Q",
    },
    TypeCode {
        code: 'f',
        size: 4,
        kind: Kind::Float,
        format: "f",
    },
    TypeCode {
        code: 'd',
        size: 8,
        kind: Kind::Float,
        format: "d",
    },
];

/// `array.typecodes`.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub fn lookup(code: char) -> Option<&'static TypeCode> {
    CODES.iter().find(|t| t.code == code)
}

fn overflow(msg: &str) -> PyErr {
    exc!(overflow_error, "{}", msg)
}

/// Checks `x` against a C type's range: `[lo, hi]`, with the messages for either side.
fn within(x: i128, lo: i128, hi: i128, below: &str, above: &str) -> PyResult<()> {
    if x < lo {
        return Err(overflow(below));
    }
    if x > hi {
        return Err(overflow(above));
    }
    Ok(())
}

const C_LONG: &str = "Python int too large to convert to C long";

/// Range checks through the C types CPython parses each code with.
fn check_int(code: char, x: i128) -> PyResult<()> {
    let long = (i64::MIN as i128, i64::MAX as i128);
    let short = (i16::MIN as i128, i16::MAX as i128);
    let int = (i32::MIN as i128, i32::MAX as i128);
    match code {
        'b' => {
            within(x, long.0, long.1, C_LONG, C_LONG)?;
            within(
                x,
                short.0,
                short.1,
                "signed short integer is less than minimum",
                "signed short integer is greater than maximum",
            )?;
            within(
                x,
                -128,
                127,
                "signed char is less than minimum",
                "signed char is greater than maximum",
            )
        }
        'B' => {
            within(x, long.0, long.1, C_LONG, C_LONG)?;
            within(
                x,
                0,
                255,
                "unsigned byte integer is less than minimum",
                "unsigned byte integer is greater than maximum",
            )
        }
        'h' => {
            within(x, long.0, long.1, C_LONG, C_LONG)?;
            within(
                x,
                short.0,
                short.1,
                "signed short integer is less than minimum",
                "signed short integer is greater than maximum",
            )
        }
        'H' | 'i' => {
            within(x, long.0, long.1, C_LONG, C_LONG)?;
            within(
                x,
                int.0,
                int.1,
                "signed integer is less than minimum",
                "signed integer is greater than maximum",
            )?;
            if code == 'H' {
                within(
                    x,
                    0,
                    u16::MAX as i128,
                    "unsigned short is less than minimum",
                    "unsigned short is greater than maximum",
                )?;
            }
            Ok(())
        }
        'I' | 'L' => {
            let negative = "can't convert negative value to unsigned int";
            let ulong = "Python int too large to convert to C unsigned long";
            within(x, 0, u64::MAX as i128, negative, ulong)?;
            if code == 'I' {
                within(
                    x,
                    0,
                    u32::MAX as i128,
                    negative,
                    "unsigned int is greater than maximum",
                )?;
            }
            Ok(())
        }
        'l' => within(x, long.0, long.1, C_LONG, C_LONG),
        'q' => within(
            x,
            long.0,
            long.1,
            "int too big to convert",
            "int too big to convert",
        ),
        _ => within(
            x,
            0,
            u64::MAX as i128,
            "can't convert negative int to unsigned",
            "int too big to convert",
        ),
    }
}

impl TypeCode {
    /// The item bytes (native order) for `v`. Python code may run (`__index__`,
    /// `__float__`): callers hold no borrow of the array.
    pub fn encode(&self, vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
        match self.kind {
            Kind::Unicode => {
                let c = as_str(v)
                    .filter(|s| s.chars().count() == 1)
                    .and_then(|s| s.chars().next())
                    .ok_or_else(|| exc!(type_error, "array item must be unicode character"))?;
                Ok((c as u32).to_ne_bytes().to_vec())
            }
            Kind::Float => {
                let x = crate::vm::params::to_f64(vm, v)?;
                Ok(if self.size == 4 {
                    (x as f32).to_ne_bytes().to_vec()
                } else {
                    x.to_ne_bytes().to_vec()
                })
            }
            Kind::Signed | Kind::Unsigned => {
                let i = crate::vm::params::to_index(vm, v)?;
                let big = as_int(&i).map(|i| i.big()).unwrap_or_default();
                let x = big.to_i128().unwrap_or(if big.is_negative() {
                    i128::MIN
                } else {
                    i128::MAX
                });
                check_int(self.code, x)?;
                Ok(x.to_le_bytes()[..self.size].to_vec())
            }
        }
    }

    /// The value of one item (`bytes` is its size).
    pub fn decode(&self, bytes: &[u8]) -> PyResult<Value> {
        let mut raw = [0u8; 8];
        raw[..bytes.len().min(8)].copy_from_slice(&bytes[..bytes.len().min(8)]);
        let u = u64::from_le_bytes(raw);
        let bits = 8 * self.size as u32;
        Ok(match self.kind {
            Kind::Signed => {
                let shift = 64 - bits;
                Value::Int(((u << shift) as i64) >> shift)
            }
            Kind::Unsigned if u > i64::MAX as u64 => int_value(u.into()),
            Kind::Unsigned => Value::Int(u as i64),
            Kind::Float if self.size == 4 => Value::float(f32::from_bits(u as u32) as f64),
            Kind::Float => Value::float(f64::from_bits(u)),
            Kind::Unicode => match char::from_u32(u as u32) {
                Some(c) => Value::Obj(new_str(c.to_string())),
                None => return Err(exc!(value_error, "chr() arg not in range(0x110000)")),
            },
        })
    }
}

/// The character of a `u` item, or CPython's ValueError for a code point past U+10FFFF
/// (bytes put there by `frombytes`).
pub fn char_of(u: u32) -> PyResult<char> {
    char::from_u32(u).ok_or_else(|| {
        exc!(
            value_error,
            "character U+{:x} is not in range [U+0000; U+10ffff]",
            u
        )
    })
}
