//! How a builtin's arguments are checked before its body runs: the calling conventions of
//! CPython's C functions ([`Sig`]) and their error messages, each text written once here.
//!
//! A method or module function declares its convention in its table entry
//! (`method!("append", list_append, One)`); the call machinery ([`check`]) checks the
//! receiver and the count before the body runs, so the body reads its arguments without
//! checking them again. Functions with keywords (`Sig::Any`) parse their own arguments with
//! `params::Clinic`/`params::PyDef`, whose messages are also theirs alone.
//!
//! Names in the messages follow CPython: the qualified name for the `METH_O`/`METH_NOARGS`
//! and keyword errors (`list.append()`, `math.sqrt()`, `len()`), the bare name for the
//! counted positional style of `PyArg_UnpackTuple` (`pop expected at most 1 argument`).

use super::{Args, PyErr, PyResult};
use crate::exc;
use crate::objects::classes::typeobj::{type_name, TypeObject};
use crate::objects::{PyRef, Value};

/// A builtin's calling convention: what the generic machinery checks before the body runs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sig {
    /// The body checks its own arguments (keywords: Argument Clinic, `def`-like binding).
    Any,
    /// `METH_NOARGS`: "list.clear() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "list.append() takes exactly one argument (0 given)".
    One,
    /// Positional only, `min..=max` of them, counted as `PyArg_UnpackTuple` does:
    /// "pop expected at most 1 argument, got 2".
    Pos(u8, u8),
    /// `METH_VARARGS` with `PyArg_ParseTuple`: positional only, `min..=max` of them:
    /// "gmtime() takes at most 1 argument (2 given)", "gmtime() takes no keyword arguments"
    /// (the bare name in both, for methods too).
    Tuple(u8, u8),
}

/// What a builtin belongs to, for the receiver check and the names in messages.
pub enum Owner<'a> {
    /// A function of `builtins` (or made on the fly): named by its name alone.
    None,
    /// A method of this type: the first positional argument is the receiver.
    Type(&'a PyRef),
    /// A function of this module (`math`): named `math.sqrt`.
    Module(&'a str),
}

/// Checks `args` against `sig` for the builtin `name` of `owner`. For a method the first
/// positional argument is the receiver, which must be an instance of the owner.
#[inline]
pub fn check(sig: Sig, name: &str, owner: Owner, args: &Args) -> PyResult<()> {
    let mut n = args.values.len() - args.kwnames.len();
    if let Owner::Type(t) = owner {
        match args.values.first() {
            Some(this) if n > 0 => {
                if !this.class().ptr_eq(t) && !TypeObject::is_subtype(this.class(), t) {
                    return Err(wrong_receiver(name, t, this));
                }
            }
            _ => return Err(needs_receiver(name, t)),
        }
        n -= 1;
    }
    let ok = match sig {
        Sig::Any => return Ok(()),
        Sig::NoArgs => n == 0,
        Sig::One => n == 1,
        Sig::Pos(min, max) | Sig::Tuple(min, max) => n >= min as usize && n <= max as usize,
    };
    if ok && args.kwnames.is_empty() {
        return Ok(());
    }
    Err(sig_error(sig, name, owner, args.kwnames.is_empty(), n))
}

#[cold]
fn sig_error(sig: Sig, name: &str, owner: Owner, no_kw: bool, n: usize) -> PyErr {
    let qualname = match owner {
        Owner::None => name.to_string(),
        Owner::Type(t) => format!("{}.{name}", short_name(t)),
        Owner::Module(m) => format!("{m}.{name}"),
    };
    if !no_kw {
        if matches!(sig, Sig::Tuple(..)) {
            return no_keywords(name);
        }
        return no_keywords(&qualname);
    }
    match sig {
        Sig::NoArgs => takes_error(&qualname, false, n),
        Sig::One => takes_error(&qualname, true, n),
        Sig::Pos(min, max) => count_error(name, min as usize, max as usize, n),
        Sig::Tuple(min, max) => tuple_count_error(name, min as usize, max as usize, n),
        Sig::Any => unreachable!("Sig::Any never fails"),
    }
}

/// A type's `__name__`: a native type's name without its module (`deque` for
/// `collections.deque`), as CPython names its methods (`deque.append()`).
fn short_name(t: &PyRef) -> String {
    let full = type_name(t);
    full.rsplit('.').next().unwrap_or(&full).to_string()
}

/// "list.append() takes no keyword arguments" (`qualname` without the parentheses).
#[cold]
pub fn no_keywords(qualname: &str) -> PyErr {
    exc!(type_error, "{}() takes no keyword arguments", qualname)
}

/// "unbound method list.append() needs an argument".
#[cold]
pub fn needs_receiver(name: &str, owner: &PyRef) -> PyErr {
    exc!(
        type_error,
        "unbound method {}.{}() needs an argument",
        short_name(owner),
        name
    )
}

/// "descriptor 'append' for 'list' objects doesn't apply to a 'int' object": a method or
/// attribute of `owner` used on something that is not an instance of it.
#[cold]
pub fn wrong_receiver(name: &str, owner: &PyRef, got: &Value) -> PyErr {
    exc!(
        type_error,
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name,
        type_name(owner),
        got.type_name()
    )
}

/// The `METH_O`/`METH_NOARGS` messages: "len() takes exactly one argument (2 given)",
/// "list.clear() takes no arguments (1 given)" (`qualname` without the parentheses).
#[cold]
pub fn takes_error(qualname: &str, one: bool, given: usize) -> PyErr {
    if one {
        exc!(
            type_error,
            "{}() takes exactly one argument ({} given)",
            qualname,
            given
        )
    } else {
        exc!(
            type_error,
            "{}() takes no arguments ({} given)",
            qualname,
            given
        )
    }
}

/// The count error of `PyArg_ParseTuple`, for `given` arguments where `min..=max` are
/// taken: "insert() takes exactly 2 arguments (1 given)", "gmtime() takes at most 1
/// argument (9 given)".
#[cold]
pub fn tuple_count_error(name: &str, min: usize, max: usize, given: usize) -> PyErr {
    let (bound, count) = if min == max {
        ("exactly", min)
    } else if given < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    let s = if count == 1 { "" } else { "s" };
    exc!(
        type_error,
        "{}() takes {} {} argument{} ({} given)",
        name,
        bound,
        count,
        s,
        given
    )
}

/// The counted positional style of `PyArg_UnpackTuple`, for `given` arguments where
/// `min..=max` are taken: "pop expected at most 1 argument, got 2", "divmod expected 2
/// arguments, got 1". A dotted `fname` (`math.pow`) is shown by its last part.
#[cold]
pub fn count_error(fname: &str, min: usize, max: usize, given: usize) -> PyErr {
    let name = fname.rsplit('.').next().unwrap_or(fname);
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    let (bound, count) = if min == max {
        ("", min)
    } else if given < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    exc!(
        type_error,
        "{} expected {}{} {}, got {}",
        name,
        bound,
        count,
        plural(count),
        given
    )
}
