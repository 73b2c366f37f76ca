//! Rules about Python names that both the compiler and the object model apply: private-name
//! mangling (`__spam` inside `class Ham` is `_Ham__spam`), which the symbol table uses for
//! identifiers and `class` creation for `__slots__` entries. A bottom module: it uses nothing
//! of the crate, so `objects` need not depend on the compiler for it.

use std::borrow::Cow;

/// `__spam` inside `class Ham` is `_Ham__spam` (names ending in `__` and dotted names are
/// left alone, and so is everything when the class name is all underscores).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}
