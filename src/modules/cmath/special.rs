//! The special-value tables of `cmath`: the result of each function for an argument whose
//! real or imaginary part is infinite or a NaN, indexed by the class of the real part
//! (row) and of the imaginary part (column): -inf, negative, -0, +0, positive, +inf, nan.
//!
//! These follow the C99 Annex G rules (with CPython's choices where C99 leaves freedom);
//! they were tabulated by evaluating CPython 3.11's `cmath` on representatives of every
//! class (several values for the finite classes, to make sure the result does not depend
//! on the value) and are checked by `vm-tests/cmath_special.py`. Cells where both parts are
//! finite are never used (`U`); `DOM` cells raise "math domain error"; the few results that
//! depend on a finite part's value (`exp(inf + yj)` and the like) are computed in `funcs`
//! (`DEP`).

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

/// A cell: the value, or an error.
#[derive(Clone, Copy)]
pub enum Cell {
    Value(f64, f64),
    /// ValueError "math domain error".
    Dom,
}

pub type Table = [[Cell; 7]; 7];

const fn c(re: f64, im: f64) -> Cell {
    Cell::Value(re, im)
}

const P0: f64 = 0.0;
const N0: f64 = -0.0;
const INF: f64 = f64::INFINITY;
const NINF: f64 = f64::NEG_INFINITY;
const NAN: f64 = f64::NAN;
const NPI: f64 = -PI;
const P2: f64 = FRAC_PI_2;
const NP2: f64 = -FRAC_PI_2;
const P4: f64 = FRAC_PI_4;
const NP4: f64 = -FRAC_PI_4;
const P34: f64 = 3.0 * FRAC_PI_4;
const NP34: f64 = -3.0 * FRAC_PI_4;
const ONE: f64 = 1.0;
const NONE: f64 = -1.0;
/// Unused: both parts finite.
const U: Cell = c(NAN, NAN);
/// Computed from the finite part's value instead (see `funcs`).
const DEP: Cell = c(NAN, NAN);
const DOM: Cell = Cell::Dom;

/// The class of a part: its index in the tables.
pub fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

pub const ACOS: Table = [
    [
        c(P34, INF),
        c(PI, INF),
        c(PI, INF),
        c(PI, NINF),
        c(PI, NINF),
        c(P34, NINF),
        c(NAN, INF),
    ],
    [c(P2, INF), U, U, U, U, c(P2, NINF), c(NAN, NAN)],
    [c(P2, INF), U, U, U, U, c(P2, NINF), c(P2, NAN)],
    [c(P2, INF), U, U, U, U, c(P2, NINF), c(P2, NAN)],
    [c(P2, INF), U, U, U, U, c(P2, NINF), c(NAN, NAN)],
    [
        c(P4, INF),
        c(P0, INF),
        c(P0, INF),
        c(P0, NINF),
        c(P0, NINF),
        c(P4, NINF),
        c(NAN, INF),
    ],
    [
        c(NAN, INF),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NINF),
        c(NAN, NAN),
    ],
];
pub const ACOSH: Table = [
    [
        c(INF, NP34),
        c(INF, NPI),
        c(INF, NPI),
        c(INF, PI),
        c(INF, PI),
        c(INF, P34),
        c(INF, NAN),
    ],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [
        c(INF, NP4),
        c(INF, N0),
        c(INF, N0),
        c(INF, P0),
        c(INF, P0),
        c(INF, P4),
        c(INF, NAN),
    ],
    [
        c(INF, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(INF, NAN),
        c(NAN, NAN),
    ],
];
pub const ASINH: Table = [
    [
        c(NINF, NP4),
        c(NINF, N0),
        c(NINF, N0),
        c(NINF, P0),
        c(NINF, P0),
        c(NINF, P4),
        c(NINF, NAN),
    ],
    [c(NINF, NP2), U, U, U, U, c(NINF, P2), c(NAN, NAN)],
    [c(NINF, NP2), U, U, U, U, c(NINF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [
        c(INF, NP4),
        c(INF, N0),
        c(INF, N0),
        c(INF, P0),
        c(INF, P0),
        c(INF, P4),
        c(INF, NAN),
    ],
    [
        c(INF, NAN),
        c(NAN, NAN),
        c(NAN, N0),
        c(NAN, P0),
        c(NAN, NAN),
        c(INF, NAN),
        c(NAN, NAN),
    ],
];
pub const ATANH: Table = [
    [
        c(N0, NP2),
        c(N0, NP2),
        c(N0, NP2),
        c(N0, P2),
        c(N0, P2),
        c(N0, P2),
        c(N0, NAN),
    ],
    [c(N0, NP2), U, U, U, U, c(N0, P2), c(NAN, NAN)],
    [c(N0, NP2), U, U, U, U, c(N0, P2), c(N0, NAN)],
    [c(P0, NP2), U, U, U, U, c(P0, P2), c(P0, NAN)],
    [c(P0, NP2), U, U, U, U, c(P0, P2), c(NAN, NAN)],
    [
        c(P0, NP2),
        c(P0, NP2),
        c(P0, NP2),
        c(P0, P2),
        c(P0, P2),
        c(P0, P2),
        c(P0, NAN),
    ],
    [
        c(P0, NP2),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(P0, P2),
        c(NAN, NAN),
    ],
];
pub const COSH: Table = [
    [DOM, DEP, c(INF, P0), c(INF, N0), DEP, DOM, c(INF, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, P0)],
    [DOM, U, U, U, U, DOM, c(NAN, P0)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, DEP, c(INF, N0), c(INF, P0), DEP, DOM, c(INF, NAN)],
    [
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, P0),
        c(NAN, P0),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
    ],
];
pub const EXP: Table = [
    [
        c(P0, P0),
        DEP,
        c(P0, N0),
        c(P0, P0),
        DEP,
        c(P0, P0),
        c(P0, P0),
    ],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, DEP, c(INF, N0), c(INF, P0), DEP, DOM, c(INF, NAN)],
    [
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, N0),
        c(NAN, P0),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
    ],
];
pub const LOG: Table = [
    [
        c(INF, NP34),
        c(INF, NPI),
        c(INF, NPI),
        c(INF, PI),
        c(INF, PI),
        c(INF, P34),
        c(INF, NAN),
    ],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [c(INF, NP2), U, U, U, U, c(INF, P2), c(NAN, NAN)],
    [
        c(INF, NP4),
        c(INF, N0),
        c(INF, N0),
        c(INF, P0),
        c(INF, P0),
        c(INF, P4),
        c(INF, NAN),
    ],
    [
        c(INF, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(INF, NAN),
        c(NAN, NAN),
    ],
];
pub const SINH: Table = [
    [DOM, DEP, c(NINF, N0), c(NINF, P0), DEP, DOM, c(INF, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(P0, NAN)],
    [DOM, U, U, U, U, DOM, c(P0, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, DEP, c(INF, N0), c(INF, P0), DEP, DOM, c(INF, NAN)],
    [
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, N0),
        c(NAN, P0),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
    ],
];
pub const SQRT: Table = [
    [
        c(INF, NINF),
        c(P0, NINF),
        c(P0, NINF),
        c(P0, INF),
        c(P0, INF),
        c(INF, INF),
        c(NAN, INF),
    ],
    [c(INF, NINF), U, U, U, U, c(INF, INF), c(NAN, NAN)],
    [c(INF, NINF), U, U, U, U, c(INF, INF), c(NAN, NAN)],
    [c(INF, NINF), U, U, U, U, c(INF, INF), c(NAN, NAN)],
    [c(INF, NINF), U, U, U, U, c(INF, INF), c(NAN, NAN)],
    [
        c(INF, NINF),
        c(INF, N0),
        c(INF, N0),
        c(INF, P0),
        c(INF, P0),
        c(INF, INF),
        c(INF, NAN),
    ],
    [
        c(INF, NINF),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
        c(INF, INF),
        c(NAN, NAN),
    ],
];
pub const TANH: Table = [
    [
        c(NONE, P0),
        DEP,
        c(NONE, N0),
        c(NONE, P0),
        DEP,
        c(NONE, P0),
        c(NONE, P0),
    ],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [
        c(ONE, P0),
        DEP,
        c(ONE, N0),
        c(ONE, P0),
        DEP,
        c(ONE, P0),
        c(ONE, P0),
    ],
    [
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, N0),
        c(NAN, P0),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
    ],
];
pub const RECT: Table = [
    [DOM, DEP, c(NINF, P0), c(NINF, N0), DEP, DOM, c(INF, NAN)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [c(P0, P0), U, U, U, U, c(P0, P0), c(P0, P0)],
    [c(P0, P0), U, U, U, U, c(P0, P0), c(P0, P0)],
    [DOM, U, U, U, U, DOM, c(NAN, NAN)],
    [DOM, DEP, c(INF, N0), c(INF, P0), DEP, DOM, c(INF, NAN)],
    [
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, P0),
        c(NAN, P0),
        c(NAN, NAN),
        c(NAN, NAN),
        c(NAN, NAN),
    ],
];
