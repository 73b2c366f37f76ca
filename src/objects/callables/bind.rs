//! Binding a builtin's arguments to parameter names, with CPython's (Argument Clinic's)
//! messages: `split() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword
//! argument for split()`, `argument for split() given by name ('sep') and position (1)`.

use crate::exc;
use crate::objects::strings::str::as_str;
use crate::objects::Value;
use crate::vm::{Args, PyResult};

/// Binds positional-or-keyword parameters `names` (the first `required` are required).
pub fn bind<'a, const N: usize>(
    args: &Args<'a>,
    fname: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let pos = args.pos();
    let given = args.values.len();
    if pos.len() > N {
        return Err(exc!(
            type_error,
            "{}() takes at most {} argument{} ({} given)",
            fname,
            N,
            if N == 1 { "" } else { "s" },
            given
        ));
    }
    let mut out: [Option<&'a Value>; N] = [None; N];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(exc!(
                    type_error,
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k,
                    i + 1
                ))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for {}()",
                    k,
                    fname
                ))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(exc!(
                type_error,
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            ));
        }
    }
    Ok(out)
}

/// The arguments after `self` (a method's `args[0]`).
pub fn after_self<'a>(args: &Args<'a>) -> Args<'a> {
    if args.values.len() > args.kwnames.len() {
        Args::new(&args.values[1..], args.kwnames)
    } else {
        *args
    }
}

/// An optional str argument: TypeError "`fname`() argument '`name`' must be str, not int".
pub fn opt_str<'a>(v: Option<&'a Value>, fname: &str, name: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => as_str(v).map(Some).ok_or_else(|| {
            exc!(
                type_error,
                "{}() argument '{}' must be str, not {}",
                fname,
                name,
                v.type_name()
            )
        }),
    }
}
