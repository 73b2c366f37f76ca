//! The operator kinds every layer shares: binary operators (`BinOp`, numbered as CPython's
//! `BINARY_OP` argument), unary operators (`UnaryOp`) and rich comparisons (`CompareKind`,
//! numbered as `COMPARE_OP`'s argument), with their symbols.
//!
//! A bottom module (it uses nothing of the crate) so that the parser's `ast`, the compiler's
//! `bytecode::opcode` (which re-export these) and the objects' slots all name the same types
//! without the objects depending on the front end.

/// Binary operators, in the order of CPython's `BINARY_OP` argument table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// The argument of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareKind {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareKind {
    pub const ALL: [CompareKind; 6] = [
        CompareKind::Lt,
        CompareKind::Le,
        CompareKind::Eq,
        CompareKind::Ne,
        CompareKind::Gt,
        CompareKind::Ge,
    ];

    pub fn from_arg(arg: u32) -> Option<CompareKind> {
        Self::ALL.get(arg as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CompareKind {
        match self {
            CompareKind::Lt => CompareKind::Gt,
            CompareKind::Le => CompareKind::Ge,
            CompareKind::Eq => CompareKind::Eq,
            CompareKind::Ne => CompareKind::Ne,
            CompareKind::Gt => CompareKind::Lt,
            CompareKind::Ge => CompareKind::Le,
        }
    }
}

/// `BINARY_OP`'s in-place offset: arg `op as u32 + INPLACE` is `op=`.
pub const INPLACE: u32 = 13;

/// The `BinOp` for a `BINARY_OP` argument, and whether it is the in-place form.
pub fn binary_op_from_arg(arg: u32) -> Option<(BinOp, bool)> {
    use BinOp::*;
    const OPS: [BinOp; 13] = [
        Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
    ];
    if arg >= 2 * INPLACE {
        return None;
    }
    Some((OPS[(arg % INPLACE) as usize], arg >= INPLACE))
}

/// The `BINARY_OP` argument for `op` (in-place when `inplace`).
pub fn binary_op_arg(op: BinOp, inplace: bool) -> u32 {
    op as u32 + if inplace { INPLACE } else { 0 }
}

/// The operator's symbol as CPython prints it in messages and `dis` (`+`, `//=` ...).
pub fn binary_op_symbol(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mult => "*",
        MatMult => "@",
        Div => "/",
        Mod => "%",
        Pow => "**",
        LShift => "<<",
        RShift => ">>",
        BitOr => "|",
        BitXor => "^",
        BitAnd => "&",
        FloorDiv => "//",
    }
}
