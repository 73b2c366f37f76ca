//! [`Args`]: how a call's arguments reach a Rust function — positional values followed by
//! keyword values, plus the keyword names (CPython's vectorcall convention).

use super::{PyErr, PyResult};
use crate::objects::strings::str::as_str;
use crate::objects::Value;

#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional values, then one value per keyword name.
    pub values: &'a [Value],
    /// The keyword names (str values) of the trailing `values`.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        debug_assert!(kwnames.len() <= values.len());
        Args { values, kwnames }
    }

    /// Only positional arguments.
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// A method's receiver (the first positional argument), which the method table checked
    /// to be an instance of the method's type (see `vm::sig`).
    #[inline]
    pub fn receiver(&self) -> &'a Value {
        &self.values[0]
    }

    /// The receiver's payload: a method of a type whose instances all have a `T` payload
    /// (the table checked the receiver's type, so this cannot fail).
    #[inline]
    pub fn receiver_as<T: crate::objects::core::PyPayload>(&self) -> &'a T {
        self.values[0]
            .downcast::<T>()
            .expect("the method table checked the receiver")
    }

    /// A method's positional arguments after the receiver (as many as its `Sig` allows).
    #[inline]
    pub fn params(&self) -> &'a [Value] {
        &self.pos()[1..]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let start = self.values.len() - self.kwnames.len();
        let values = &self.values[start..];
        self.kwnames
            .iter()
            .zip(values)
            .map(|(k, v)| (as_str(k).unwrap_or(""), v))
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// TypeError "`fname`() takes no keyword arguments" if any were given.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(super::sig::no_keywords(fname));
        }
        Ok(())
    }

    /// Checks the positional count against `min..=max` with CPython's wording for builtins
    /// (`len() takes exactly one argument (2 given)`, `pop expected at most 1 argument, got 2`).
    pub fn check_count(&self, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos().len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(arg_count_error(fname, min, max, n))
    }
}

/// CPython's messages for a builtin called with the wrong number of arguments: the
/// `METH_O`/`METH_NOARGS` wording for `0..=0` and `1..=1`, else the counted one.
pub fn arg_count_error(fname: &str, min: usize, max: usize, given: usize) -> PyErr {
    match (min, max) {
        (0, 0) => super::sig::takes_error(fname, false, given),
        (1, 1) => super::sig::takes_error(fname, true, given),
        _ => super::sig::count_error(fname, min, max, given),
    }
}
