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
    /// `METH_VARARGS` unpacked by `PyArg_UnpackTuple`: counted as `Pos`, but (like
    /// `Varargs`) a module function's keyword error names it bare: "reduce expected at
    /// least 2 arguments, got 0", "reduce() takes no keyword arguments".
    Unpack(u8, u8),
    /// `METH_VARARGS` parsed by `PyArg_ParseTuple`, `min..=max` positional arguments:
    /// "find() takes at least 1 argument (0 given)".
    Varargs(u8, u8),
    /// A slot wrapper's convention (`wrapper_descriptor`: `float.__abs__`, `int.__index__`):
    /// exactly this many arguments after the receiver, with the wrapper's own messages
    /// ("descriptor '__abs__' of 'float' object needs an argument", "expected 0 arguments,
    /// got 1").
    Wrapper(u8),
    /// A slot wrapper whose body takes any arguments (`BaseException.__init__`): only the
    /// receiver is checked, with the wrapper's messages.
    WrapperAny,
}

impl Sig {
    /// Whether `n` positional arguments (after a method's receiver), without keywords,
    /// satisfy the convention: the call's fast path.
    #[inline(always)]
    pub fn accepts(self, n: usize) -> bool {
        match self {
            Sig::Any | Sig::WrapperAny => true,
            Sig::NoArgs => n == 0,
            Sig::One => n == 1,
            Sig::Wrapper(k) => n == k as usize,
            Sig::Pos(min, max) | Sig::Unpack(min, max) | Sig::Varargs(min, max) => {
                n >= min as usize && n <= max as usize
            }
        }
    }
}

/// What a builtin belongs to, for the receiver check and the names in messages.
pub enum Owner<'a> {
    /// A function of `builtins` (or made on the fly): named by its name alone.
    None,
    /// A method of this type: the first positional argument is the receiver.
    Type(&'a PyRef),
    /// A class method of this type: the first positional argument is a subclass.
    Class(&'a PyRef),
    /// A function of this module (`math`): named `math.sqrt`.
    Module(&'a str),
}

/// Checks `args` against `sig` for the builtin `name` of `owner`. For a method the first
/// positional argument is the receiver, which must be an instance of the owner. `bound` is
/// the object a method was bound to: when it is a class (`int.mro`, a class method), the
/// messages name it, as CPython's bound builtin methods do ("int.mro()"). (A method bound
/// to an instance is named after its owner, as CPython's `LOAD_METHOD` calls show it.)
#[inline]
pub fn check(
    sig: Sig,
    name: &str,
    owner: Owner,
    bound: Option<&Value>,
    args: &Args,
) -> PyResult<()> {
    let mut n = args.values.len() - args.kwnames.len();
    if let Owner::Type(t) = owner {
        let wrapper = matches!(sig, Sig::Wrapper(_) | Sig::WrapperAny);
        match args.values.first() {
            Some(this) if n > 0 => {
                if !this.class().ptr_eq(t) && !TypeObject::is_subtype(this.class(), t) {
                    return Err(if wrapper {
                        wrapper_wrong_receiver(name, t, this)
                    } else {
                        wrong_receiver(name, t, this)
                    });
                }
            }
            _ if wrapper => return Err(wrapper_needs_receiver(name, t)),
            _ => return Err(needs_receiver(name, t)),
        }
        n -= 1;
    }
    if let Owner::Class(t) = owner {
        check_class(name, t, args.values.first().filter(|_| n > 0))?;
        n -= 1;
    }
    if matches!(sig, Sig::Any | Sig::WrapperAny) {
        return Ok(());
    }
    if sig.accepts(n) && args.kwnames.is_empty() {
        return Ok(());
    }
    let owner = match (owner, bound) {
        (Owner::Type(_) | Owner::Class(_), Some(Value::Obj(b))) if b.is::<TypeObject>() => {
            Owner::Type(b)
        }
        (owner, _) => owner,
    };
    Err(sig_error(sig, name, owner, args.kwnames.is_empty(), n))
}

/// A class method's first argument must be the owner or a subclass of it (what
/// `classmethod_descriptor` checks when called directly).
#[inline]
fn check_class(name: &str, owner: &PyRef, cls: Option<&Value>) -> PyResult<()> {
    let Some(cls) = cls else {
        return Err(wrapper_needs_receiver(name, owner));
    };
    let Some(c) = cls.as_obj().filter(|c| c.is::<TypeObject>()) else {
        return Err(exc!(
            type_error,
            "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
            name,
            type_name(owner),
            cls.type_name()
        ));
    };
    if c.ptr_eq(owner) || TypeObject::is_subtype(c, owner) {
        return Ok(());
    }
    Err(exc!(
        type_error,
        "descriptor '{}' requires a subtype of '{}' but received '{}'",
        name,
        type_name(owner),
        type_name(c)
    ))
}

#[cold]
fn sig_error(sig: Sig, name: &str, owner: Owner, no_kw: bool, n: usize) -> PyErr {
    let qualname = match owner {
        Owner::None => name.to_string(),
        // (the type's `__qualname__`, as CPython's method qualnames: `chain.from_iterable`)
        Owner::Type(t) | Owner::Class(t) => method_qualname(t, name),
        Owner::Module(m) => format!("{m}.{name}"),
    };
    if let Sig::Wrapper(k) = sig {
        return if no_kw {
            wrapper_count_error(k as usize, k as usize, n)
        } else {
            wrapper_no_keywords(name)
        };
    }
    if !no_kw {
        // (`METH_VARARGS` functions of a module name themselves bare: "gmtime() takes no
        // keyword arguments"; methods are qualified)
        return match (sig, owner) {
            (Sig::Varargs(..) | Sig::Unpack(..), Owner::Module(_) | Owner::None) => {
                no_keywords(name)
            }
            _ => no_keywords(&qualname),
        };
    }
    match sig {
        Sig::NoArgs => takes_error(&qualname, false, n),
        Sig::One => takes_error(&qualname, true, n),
        Sig::Pos(min, max) | Sig::Unpack(min, max) => {
            count_error(name, min as usize, max as usize, n)
        }
        Sig::Varargs(min, max) => takes_count_error(name, min as usize, max as usize, n),
        Sig::Any | Sig::WrapperAny | Sig::Wrapper(_) => unreachable!("handled above"),
    }
}

/// A type's `__qualname__`, without a native module's prefix (`deque` for
/// `collections.deque`, `chain` for `itertools.chain`), as CPython names its methods
/// (`deque.append()`).
fn short_name(t: &PyRef) -> String {
    match t.downcast::<TypeObject>() {
        // (a class's qualname is its own: `f.<locals>.A`)
        Some(tt) if tt.heap => tt.qualname.get().to_string(),
        Some(tt) => {
            let full = tt.qualname.get();
            full.rsplit('.').next().unwrap_or(&full).to_string()
        }
        None => type_name(t),
    }
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
        "unbound method {}() needs an argument",
        method_qualname(owner, name)
    )
}

/// `list.append`: the type's `__qualname__` (no module: `deque.append`), then the name.
fn method_qualname(owner: &PyRef, name: &str) -> String {
    format!("{}.{name}", short_name(owner))
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

/// "descriptor '__abs__' of 'float' object needs an argument": a slot wrapper called
/// without its receiver.
#[cold]
pub fn wrapper_needs_receiver(name: &str, owner: &PyRef) -> PyErr {
    exc!(
        type_error,
        "descriptor '{}' of '{}' object needs an argument",
        name,
        type_name(owner)
    )
}

/// "descriptor '__abs__' requires a 'float' object but received a 'int'": a slot wrapper
/// called on something that is not an instance of its type.
#[cold]
pub fn wrapper_wrong_receiver(name: &str, owner: &PyRef, got: &Value) -> PyErr {
    exc!(
        type_error,
        "descriptor '{}' requires a '{}' object but received a '{}'",
        name,
        type_name(owner),
        got.type_name()
    )
}

/// "wrapper __abs__() takes no keyword arguments".
#[cold]
pub fn wrapper_no_keywords(name: &str) -> PyErr {
    exc!(type_error, "wrapper {}() takes no keyword arguments", name)
}

/// A slot wrapper's count message, for `given` arguments where `min..=max` are taken:
/// "expected 1 argument, got 0".
#[cold]
pub fn wrapper_count_error(min: usize, max: usize, given: usize) -> PyErr {
    let n = if given < min { min } else { max };
    exc!(
        type_error,
        "expected {} argument{}, got {}",
        n,
        if n == 1 { "" } else { "s" },
        given
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

/// "C() takes no arguments" (`object.__new__`/`__init__` given arguments a class does not
/// take), "NoneType takes no arguments" (the singletons' types): `what` as CPython names it.
#[cold]
pub fn takes_no_arguments(what: &str) -> PyErr {
    exc!(type_error, "{} takes no arguments", what)
}

/// The counted style of `PyArg_ParseTuple` and Argument Clinic, for `given` arguments where
/// `min..=max` are taken: "find() takes at least 1 argument (0 given)", "split() takes at
/// most 2 arguments (3 given)", "f() takes exactly 2 arguments (1 given)".
#[cold]
pub fn takes_count_error(fname: &str, min: usize, max: usize, given: usize) -> PyErr {
    let (bound, count) = if min == max {
        ("exactly", min)
    } else if given < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    exc!(
        type_error,
        "{}() takes {} {} argument{} ({} given)",
        fname,
        bound,
        count,
        if count == 1 { "" } else { "s" },
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
