//! Containers and the machinery they share: `list` (with `sort`, CPython's timsort),
//! `tuple`, `dict` (the table, its methods in `dict_methods`, views in `dictview`),
//! `set`/`frozenset`, `range`, `slice`, `mappingproxy`, the iterators over all of them and
//! the wrapping iterators (`iter`), and the generic sequence algorithms (`seq`).
//!
//! Invariants (DESIGN.md §2): a mutable container's items sit in a `RefCell` that is never
//! borrowed across a call that can run Python code (`__eq__`, `__hash__`, `__lt__`,
//! `__repr__`) or across dropping a value (which can run `__del__`): values are cloned out
//! first, removed values dropped after the borrow ends, and a container changed during such
//! a call is detected (`dict changed size during iteration`, `list modified during sort`).
//! Every container traces what it holds (`Trace`), so the collector sees its cycles.

pub mod dict;
pub mod dict_methods;
pub mod dictview;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod range;
pub mod seq;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod sort;
pub mod tuple;
