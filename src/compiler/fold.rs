//! Constant folding: literals, `-1`, `__debug__`, tuples of constants, and arithmetic on
//! constants when the result is small and the operation cannot raise.
//!
//! Folding must never change what a program does: anything that could raise (division by
//! zero, negative shift counts), depends on runtime state, or would build a large object
//! (`2**10000`, `'x' * 10**6`) is left for the VM. Bools are not folded in arithmetic so
//! that `True & True` stays a bool.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use crate::ast::{BinOp, Constant, Ctx, Expr, ExprKind, UnaryOp};
use crate::bytecode::Const;
use crate::objects::numbers::complex_math::{self, C};

/// The largest folded int, in bits (CPython's optimizer uses the same bound).
const MAX_INT_BITS: u64 = 128;
/// The longest folded str or bytes.
const MAX_STR_LEN: usize = 4096;

/// The value of `e` if it is a compile-time constant.
pub(super) fn const_value(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(from_constant(c)),
        ExprKind::Name { id, ctx: Ctx::Load } if id == "__debug__" => Some(Const::Bool(true)),
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, const_value(operand)?),
        ExprKind::BinOp { left, op, right } => {
            fold_binop(const_value(left)?, *op, const_value(right)?)
        }
        ExprKind::Tuple {
            elts,
            ctx: Ctx::Load,
        } => elts
            .iter()
            .map(const_value)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        _ => None,
    }
}

/// A literal's constant.
pub(super) fn from_constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(b) => int_const(b.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Imaginary(f) => Const::Complex(0.0, *f),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// Ints are `Const::Int` whenever they fit in an `i64`.
fn int_const(b: BigInt) -> Const {
    match b.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(b),
    }
}

fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(b) => Some(b.clone()),
        _ => None,
    }
}

fn small_int(b: BigInt) -> Option<Const> {
    (b.bits() <= MAX_INT_BITS).then(|| int_const(b))
}

/// A float operand: floats, and ints that convert exactly.
fn as_float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        Const::Int(i) if i.unsigned_abs() <= 1 << 53 => Some(*i as f64),
        _ => None,
    }
}

fn fold_unary(op: UnaryOp, v: Const) -> Option<Const> {
    match (op, v) {
        (UnaryOp::USub, Const::Int(i)) => Some(match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => int_const(-BigInt::from(i)),
        }),
        (UnaryOp::USub, Const::BigInt(b)) => Some(int_const(-b)),
        (UnaryOp::USub, Const::Float(f)) => Some(Const::Float(-f)),
        (UnaryOp::USub, Const::Complex(re, im)) => Some(Const::Complex(-re, -im)),
        (
            UnaryOp::UAdd,
            c @ (Const::Int(_) | Const::BigInt(_) | Const::Float(_) | Const::Complex(..)),
        ) => Some(c),
        (UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(!i)),
        (UnaryOp::Invert, Const::BigInt(b)) => Some(int_const(-b - 1)),
        _ => None,
    }
}

fn fold_binop(l: Const, op: BinOp, r: Const) -> Option<Const> {
    if let (Some(a), Some(b)) = (as_int(&l), as_int(&r)) {
        return fold_int(a, op, b);
    }
    if matches!(l, Const::Complex(..)) || matches!(r, Const::Complex(..)) {
        return fold_complex(as_complex(&l)?, op, as_complex(&r)?);
    }
    match (&l, &r) {
        (Const::Str(a), Const::Str(b)) if op == BinOp::Add => {
            (a.len() + b.len() <= MAX_STR_LEN).then(|| Const::Str(format!("{a}{b}")))
        }
        (Const::Bytes(a), Const::Bytes(b)) if op == BinOp::Add => {
            (a.len() + b.len() <= MAX_STR_LEN).then(|| Const::Bytes([&a[..], &b[..]].concat()))
        }
        (Const::Str(s), Const::Int(n)) if op == BinOp::Mult => {
            let n = usize::try_from(*n).unwrap_or(0);
            (s.len().saturating_mul(n) <= MAX_STR_LEN).then(|| Const::Str(s.repeat(n)))
        }
        (Const::Bytes(s), Const::Int(n)) if op == BinOp::Mult => {
            let n = usize::try_from(*n).unwrap_or(0);
            (s.len().saturating_mul(n) <= MAX_STR_LEN).then(|| Const::Bytes(s.repeat(n)))
        }
        _ => {
            if !matches!(l, Const::Float(_)) && !matches!(r, Const::Float(_)) {
                return None;
            }
            let (a, b) = (as_float(&l)?, as_float(&r)?);
            match op {
                BinOp::Add => Some(Const::Float(a + b)),
                BinOp::Sub => Some(Const::Float(a - b)),
                BinOp::Mult => Some(Const::Float(a * b)),
                _ => None,
            }
        }
    }
}

/// A complex operand: complexes, floats and ints that convert exactly.
fn as_complex(c: &Const) -> Option<C> {
    match c {
        Const::Complex(re, im) => Some(C::new(*re, *im)),
        _ => as_float(c).map(|f| C::new(f, 0.0)),
    }
}

/// Complex arithmetic that cannot raise (CPython folds it all, as the VM would compute it).
fn fold_complex(a: C, op: BinOp, b: C) -> Option<Const> {
    let r = match op {
        BinOp::Add => complex_math::add(a, b),
        BinOp::Sub => complex_math::sub(a, b),
        BinOp::Mult => complex_math::mul(a, b),
        BinOp::Div => complex_math::div(a, b).ok()?,
        BinOp::Pow => complex_math::pow(a, b).ok()?,
        _ => return None,
    };
    Some(Const::Complex(r.re, r.im))
}

fn fold_int(a: BigInt, op: BinOp, b: BigInt) -> Option<Const> {
    match op {
        BinOp::Add => small_int(a + b),
        BinOp::Sub => small_int(a - b),
        BinOp::Mult => {
            if a.bits() + b.bits() > MAX_INT_BITS + 1 {
                return None;
            }
            small_int(a * b)
        }
        BinOp::FloorDiv if !b.is_zero() => small_int(a.div_floor(&b)),
        BinOp::Mod if !b.is_zero() => small_int(a.mod_floor(&b)),
        BinOp::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u32()?;
            // |a| >= 2**(bits-1), so the result has at least (bits-1)*e + 1 bits.
            if a.bits().saturating_sub(1).saturating_mul(e as u64) >= MAX_INT_BITS {
                return None;
            }
            small_int(num_traits::pow(a, e as usize))
        }
        BinOp::LShift => {
            let s = b.to_u64()?;
            if a.bits() + s > MAX_INT_BITS {
                return None;
            }
            small_int(a << s)
        }
        BinOp::RShift => {
            let s = b.to_u64()?;
            small_int(if s > MAX_INT_BITS * 2 {
                if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                a >> s
            })
        }
        BinOp::BitAnd => small_int(a & b),
        BinOp::BitOr => small_int(a | b),
        BinOp::BitXor => small_int(a ^ b),
        _ => None,
    }
}

/// The items of a frozenset constant built from `elts` (CPython 3.11 folds a set display
/// of 3+ constants, and the set after `in`, into one), or `None` when some element is not a
/// constant or hashes by identity (`None`, `...`: CPython's order for those depends on
/// addresses anyway, so they are left to `BUILD_SET`). Equal items (`1`, `1.0`, `True`)
/// keep the first, as inserting them into a set does.
pub(super) fn frozenset_items(elts: &[Expr]) -> Option<Vec<Const>> {
    let mut items: Vec<Const> = Vec::with_capacity(elts.len());
    for e in elts {
        let c = const_value(e).filter(hashes_by_value)?;
        if !items.iter().any(|x| py_eq(x, &c)) {
            items.push(c);
        }
    }
    Some(items)
}

fn hashes_by_value(c: &Const) -> bool {
    match c {
        Const::Bool(_)
        | Const::Int(_)
        | Const::BigInt(_)
        | Const::Float(_)
        | Const::Complex(..)
        | Const::Str(_)
        | Const::Bytes(_) => true,
        Const::Tuple(items) => items.iter().all(hashes_by_value),
        _ => false,
    }
}

/// A number constant, for `==` across int, bool and float.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn number(c: &Const) -> Option<Num> {
    match c {
        Const::Bool(b) => Some(Num::Int(BigInt::from(*b as i64))),
        Const::Float(f) => Some(Num::Float(*f)),
        _ => as_int(c).map(Num::Int),
    }
}

/// Python's `==` between two constants (distinct objects, so a NaN equals nothing).
fn py_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Complex(x, xi), Const::Complex(y, yi)) => x == y && xi == yi,
        (Const::Complex(re, im), n) | (n, Const::Complex(re, im)) => {
            *im == 0.0 && py_eq(&Const::Float(*re), n)
        }
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        _ => match (number(a), number(b)) {
            (Some(Num::Int(x)), Some(Num::Int(y))) => x == y,
            (Some(Num::Float(x)), Some(Num::Float(y))) => x == y,
            (Some(Num::Int(i)), Some(Num::Float(f))) | (Some(Num::Float(f)), Some(Num::Int(i))) => {
                f.fract() == 0.0 && BigInt::from_f64(f) == Some(i)
            }
            _ => false,
        },
    }
}

/// Constants are shared within a code object only when they are the same value of the same
/// type (`1`, `1.0` and `True` stay apart, and so do `0.0` and `-0.0`).
pub(super) fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(x, xi), Const::Complex(y, yi)) => {
            x.to_bits() == y.to_bits() && xi.to_bits() == yi.to_bits()
        }
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_const(p, q))
        }
        (Const::Code(x), Const::Code(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::test_ast::*;

    #[test]
    fn folds_small_safe_expressions() {
        assert_eq!(
            const_value(&unary(UnaryOp::USub, int(1))),
            Some(Const::Int(-1))
        );
        assert_eq!(
            const_value(&binop(int(2), BinOp::Pow, int(10))),
            Some(Const::Int(1024))
        );
        assert_eq!(
            const_value(&binop(int(2), BinOp::Pow, int(100))),
            Some(Const::BigInt(BigInt::from(2).pow(100)))
        );
        assert_eq!(const_value(&binop(int(2), BinOp::Pow, int(1000))), None);
        assert_eq!(const_value(&binop(int(1), BinOp::FloorDiv, int(0))), None);
        assert_eq!(
            const_value(&binop(int(-7), BinOp::FloorDiv, int(2))),
            Some(Const::Int(-4))
        );
        assert_eq!(
            const_value(&binop(int(-7), BinOp::Mod, int(2))),
            Some(Const::Int(1))
        );
        assert_eq!(const_value(&binop(int(1), BinOp::Div, int(2))), None);
        assert_eq!(
            const_value(&binop(string("ab"), BinOp::Mult, int(3))),
            Some(Const::Str("ababab".into()))
        );
        assert_eq!(
            const_value(&binop(string("ab"), BinOp::Mult, int(100000))),
            None
        );
        assert_eq!(
            const_value(&tuple(
                vec![int(1), unary(UnaryOp::USub, float(0.0))],
                Ctx::Load
            )),
            Some(Const::Tuple(vec![Const::Int(1), Const::Float(-0.0)]))
        );
        assert_eq!(
            const_value(&tuple(vec![int(1), name("x")], Ctx::Load)),
            None
        );
    }

    #[test]
    fn folds_complex_arithmetic_that_cannot_raise() {
        let imag = |f: f64| {
            let mut e = float(f);
            e.kind = ExprKind::Constant(Constant::Imaginary(f));
            e
        };
        assert_eq!(
            const_value(&binop(int(1), BinOp::Add, imag(2.0))),
            Some(Const::Complex(1.0, 2.0))
        );
        assert_eq!(
            const_value(&unary(UnaryOp::USub, imag(1.0))),
            Some(Const::Complex(-0.0, -1.0))
        );
        assert_eq!(
            const_value(&binop(imag(2.0), BinOp::Pow, int(2))),
            Some(Const::Complex(-4.0, 0.0))
        );
        assert_eq!(const_value(&binop(int(1), BinOp::Div, imag(0.0))), None);
        assert_eq!(const_value(&binop(imag(0.0), BinOp::Pow, int(-1))), None);
        assert_eq!(
            const_value(&binop(imag(1.0), BinOp::FloorDiv, int(1))),
            None
        );
        assert!(!same_const(
            &Const::Complex(0.0, 1.0),
            &Const::Complex(-0.0, 1.0)
        ));
    }

    #[test]
    fn constants_are_shared_only_when_identical() {
        assert!(!same_const(&Const::Int(1), &Const::Bool(true)));
        assert!(!same_const(&Const::Float(0.0), &Const::Float(-0.0)));
        assert!(same_const(&Const::Float(f64::NAN), &Const::Float(f64::NAN)));
        assert!(!same_const(&Const::Int(1), &Const::Float(1.0)));
        assert!(same_const(
            &Const::Tuple(vec![Const::Str("a".into())]),
            &Const::Tuple(vec![Const::Str("a".into())])
        ));
    }
}
