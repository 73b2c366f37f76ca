//! Text: the `str` type and everything that reads or builds text — its methods
//! (`str_methods`, case mapping in `str_case`, searching in `str_search`), `%`-formatting
//! (`str_printf`), the format-spec mini-language shared by `format()`, f-strings and
//! `str.format` (`format`), and CPython 3.11's character database (`unicode`, with the
//! generated tables in `unicode_data`).
//!
//! Invariants: a str's text is valid UTF-8 in the object's tail, immutable once made, with
//! its code-point length and cached hash beside it; interned strings are immortal and
//! unique per content, so name lookups may compare pointers first. Character properties come
//! from `unicode`, never from Rust's `char` methods (which follow a different Unicode).

pub mod format;
pub mod str;
pub mod str_case;
pub mod str_methods;
pub mod str_printf;
pub mod str_search;
pub mod unicode;
pub mod unicode_data;
