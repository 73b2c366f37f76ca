//! Argument checking for native module functions, with CPython's error messages. CPython's
//! C functions check their arguments in one of a few styles, and each has its own wording;
//! a function here picks the style its CPython counterpart uses:
//!
//! - [`one`] / [`none`]: `METH_O` / `METH_NOARGS` ("math.sqrt() takes exactly one argument
//!   (0 given)");
//! - [`positional`]: positional-only, counted like `PyArg_UnpackTuple` ("pow expected 2
//!   arguments, got 1");
//! - [`Clinic`]: Argument Clinic signatures with keywords ("isclose() missing required
//!   argument 'b' (pos 2)");
//! - [`PyDef`]: functions written in Python in CPython (`random.uniform`, `heapq.nlargest`),
//!   bound like a `def` ("Random.uniform() missing 1 required positional argument: 'b'").

use num_bigint::BigInt;

use crate::exc;
use crate::objects::numbers::float::as_f64;
use crate::objects::numbers::int::{as_int, call_special, int_value, IntRef};
use crate::objects::Value;
use crate::vm::{sig, Args, PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// TypeError "`fname`() takes no keyword arguments".
pub fn no_kwargs(args: &Args, fname: &str) -> PyResult<()> {
    args.no_kwargs(fname)
}

/// `METH_O`: exactly one positional argument.
pub fn one<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    no_kwargs(args, fname)?;
    match args.pos() {
        [v] => Ok(v),
        p => Err(sig::takes_error(fname, true, p.len())),
    }
}

/// `METH_NOARGS`.
pub fn none(args: &Args, fname: &str) -> PyResult<()> {
    no_kwargs(args, fname)?;
    match args.pos().len() {
        0 => Ok(()),
        n => Err(sig::takes_error(fname, false, n)),
    }
}

/// Positional-only arguments, `min..=max` of them. `fname` is the qualified name the
/// keyword error shows (`math.pow`); the count error shows its last part (`pow`).
pub fn positional<'a>(
    args: &Args<'a>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(args, fname)?;
    let n = args.pos().len();
    if n < min || n > max {
        return Err(sig::count_error(fname, min, max, n));
    }
    Ok(args.pos())
}

/// An Argument Clinic signature: `names` lists every parameter (the first `posonly` are
/// positional-only; the names of those are unused), of which the first `maxpos` may be
/// given by position and the first `minpos` are required.
pub struct Clinic {
    pub fname: &'static str,
    pub names: &'static [&'static str],
    pub posonly: usize,
    pub minpos: usize,
    pub maxpos: usize,
}

impl Clinic {
    /// Binds `args` to the parameters, as CPython's `_PyArg_UnpackKeywords`.
    pub fn bind<'a, const N: usize>(&self, args: &Args<'a>) -> PyResult<[Option<&'a Value>; N]> {
        debug_assert_eq!(N, self.names.len());
        let f = self.fname;
        let pos = args.pos();
        let nargs = pos.len();
        let nkw = args.kwnames.len();
        let maxargs = self.names.len();
        if nargs + nkw > maxargs {
            return Err(exc!(
                type_error,
                "{}() takes at most {} {}argument{} ({} given)",
                f,
                maxargs,
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs),
                nargs + nkw
            ));
        }
        if nargs > self.maxpos {
            if self.maxpos == 0 {
                return Err(exc!(type_error, "{}() takes no positional arguments", f));
            }
            return Err(exc!(
                type_error,
                "{}() takes {} {} positional argument{} ({} given)",
                f,
                if self.minpos < self.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                self.maxpos,
                plural(self.maxpos),
                nargs
            ));
        }
        let minposonly = self.minpos.min(self.posonly);
        if nargs < minposonly {
            return Err(exc!(
                type_error,
                "{}() takes {} {} positional argument{} ({} given)",
                f,
                if minposonly < self.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                minposonly,
                plural(minposonly),
                nargs
            ));
        }
        let mut out = [None; N];
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        let mut left = nkw;
        for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(self.posonly)) {
            let found = if left > 0 {
                args.kw(self.names[i])
            } else if i >= self.minpos {
                break;
            } else {
                None
            };
            *slot = found;
            if found.is_some() {
                left -= 1;
            } else if i < self.minpos {
                return Err(exc!(
                    type_error,
                    "{}() missing required argument '{}' (pos {})",
                    f,
                    self.names[i],
                    i + 1
                ));
            }
        }
        if left > 0 {
            for (i, name) in self.names.iter().enumerate().take(nargs).skip(self.posonly) {
                if args.kw(name).is_some() {
                    return Err(exc!(
                        type_error,
                        "argument for {}() given by name ('{}') and position ({})",
                        f,
                        name,
                        i + 1
                    ));
                }
            }
            let known = |k: &str| self.names[self.posonly..].contains(&k);
            if let Some((k, _)) = args.kwargs().find(|(k, _)| !known(k)) {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for {}()",
                    k,
                    f
                ));
            }
        }
        Ok(out)
    }
}

/// A function CPython writes in Python: positional-or-keyword `params` (the first
/// `required` without defaults) and keyword-only `kwonly`. `method` counts a `self` in the
/// positional counts, as CPython's messages for methods do.
pub struct PyDef {
    pub qualname: &'static str,
    pub params: &'static [&'static str],
    pub required: usize,
    pub kwonly: &'static [&'static str],
    pub method: bool,
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl PyDef {
    /// Binds `args` (without `self`) to `params` then `kwonly`, in that order; a missing
    /// optional argument is `None`.
    pub fn bind<'a, const N: usize>(&self, args: &Args<'a>) -> PyResult<[Option<&'a Value>; N]> {
        debug_assert_eq!(N, self.params.len() + self.kwonly.len());
        let q = self.qualname;
        let mut out = [None; N];
        let pos = args.pos();
        for (slot, v) in out.iter_mut().zip(pos.iter().take(self.params.len())) {
            *slot = Some(v);
        }
        for (k, v) in args.kwargs() {
            let index = self
                .params
                .iter()
                .chain(self.kwonly)
                .position(|p| *p == k)
                .ok_or_else(|| {
                    exc!(
                        type_error,
                        "{}() got an unexpected keyword argument '{}'",
                        q,
                        k
                    )
                })?;
            if out[index].is_some() {
                return Err(exc!(
                    type_error,
                    "{}() got multiple values for argument '{}'",
                    q,
                    k
                ));
            }
            out[index] = Some(v);
        }
        let extra = self.method as usize;
        if pos.len() > self.params.len() {
            let (takes, given) = (self.params.len() + extra, pos.len() + extra);
            let range = if self.required < self.params.len() {
                format!("from {} to {}", self.required + extra, takes)
            } else {
                takes.to_string()
            };
            return Err(exc!(
                type_error,
                "{}() takes {} positional argument{} but {} {} given",
                q,
                range,
                plural(takes),
                given,
                if given == 1 { "was" } else { "were" }
            ));
        }
        let missing: Vec<&str> = (0..self.required)
            .filter(|&i| out[i].is_none())
            .map(|i| self.params[i])
            .collect();
        if !missing.is_empty() {
            return Err(exc!(
                type_error,
                "{}() missing {} required positional argument{}: {}",
                q,
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            ));
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------------------------------
// Conversions

/// `PyFloat_AsDouble`: a float, an int (OverflowError past the float range), or an object
/// with `__float__` / `__index__`; TypeError "must be real number, not str" otherwise.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v)? {
        return Ok(f);
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = call_special(vm, v, name)? {
            if let Some(f) = crate::objects::numbers::float::float_of(&r) {
                return Ok(f);
            }
            return match (&r, as_int(&r)) {
                (_, Some(i)) if name == "__index__" => i.to_f64(),
                _ => Err(crate::objects::numbers::float::returned_non_float(
                    v, name, &r,
                )),
            };
        }
    }
    Err(exc!(
        type_error,
        "must be real number, not {}",
        v.type_name()
    ))
}

/// `operator.index(v)`: an int value (a bool becomes its int), or the result of
/// `__index__`; TypeError "'float' object cannot be interpreted as an integer" otherwise.
pub fn to_index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(IntRef::Small(i)) => return Ok(Value::Int(i)),
        Some(IntRef::Big(b)) => return Ok(int_value(b.clone())),
        None => {}
    }
    if let Some(r) = call_special(vm, v, "__index__")? {
        if as_int(&r).is_some() {
            return Ok(r);
        }
        return Err(exc!(
            type_error,
            "__index__ returned non-int (type {})",
            r.type_name()
        ));
    }
    Err(exc!(
        type_error,
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// [`to_index`] as a `BigInt`.
pub fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = to_index(vm, v)?;
    Ok(as_int(&i).map(IntRef::big).unwrap_or_default())
}

/// An argument converted to a C int, as Argument Clinic's `int` converter (OverflowError
/// "Python int too large to convert to C int" past 32 bits).
pub fn to_c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    const TOO_LARGE: &str = "Python int too large to convert to C int";
    let n = to_i64(vm, v, TOO_LARGE)?;
    i32::try_from(n).map_err(|_| crate::exc!(overflow_error, "{}", TOO_LARGE))
}

/// An index argument that must fit an `i64`: OverflowError `msg` otherwise.
pub fn to_i64(vm: &mut Vm, v: &Value, overflow_msg: &str) -> PyResult<i64> {
    let i = to_index(vm, v)?;
    as_int(&i)
        .and_then(IntRef::to_i64)
        .ok_or_else(|| exc!(overflow_error, "{}", overflow_msg))
}
