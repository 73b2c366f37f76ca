//! The "Did you mean: 'x'?" hint CPython 3.11 appends to an uncaught `NameError` or
//! `AttributeError` line. The candidate closest to the missing name by a Levenshtein distance
//! over UTF-8 bytes (a case flip costs 1, any other edit 2) is offered when no more than a
//! third of the characters involved need changing. A `NameError` looks through the raising
//! frame's local variable names, then its globals, then the builtins (computed when the VM
//! raises it: the frame is gone by the time the report is printed); an `AttributeError` through
//! `dir(obj)` of the `obj` it carries.

use super::Vm;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::exceptions::exception_kinds::field;
use crate::objects::strings::str::as_str;
use crate::objects::{types, PyRef, Value};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b`, or anything above `max_cost` once it is clear the
/// distance exceeds it.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost of a[..=i] against b[..j].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough (the first of equals wins).
pub fn closest<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// The string keys of a dict, in order (a list of names to search).
fn str_keys(dict: &PyRef) -> Vec<Value> {
    dict.downcast::<crate::objects::containers::dict::DictObj>()
        .map_or_else(Vec::new, |d| d.keys())
}

/// A `NameError`'s hint: the raising frame's locals, then its globals, then the builtins.
pub fn for_name(
    name: &str,
    varnames: &[String],
    globals: &PyRef,
    builtins: &PyRef,
) -> Option<String> {
    let locals: Vec<&str> = varnames.iter().map(String::as_str).collect();
    if let Some(s) = closest(&locals, name) {
        return Some(s.to_string());
    }
    for dict in [globals, builtins] {
        let keys = str_keys(dict);
        // A non-str key makes CPython give up on the hint.
        let names = keys.iter().map(as_str).collect::<Option<Vec<&str>>>()?;
        if let Some(s) = closest(&names, name) {
            return Some(s.to_string());
        }
    }
    None
}

impl Vm {
    /// The hint for an exception about to be reported, if it has one.
    pub fn suggestion(&mut self, exc: &PyRef) -> Option<String> {
        let t = types();
        let cls = exc.class();
        if TypeObject::is_subtype(cls, &t.exc.name_error) {
            return crate::objects::exceptions::exception::name_suggestion(exc);
        }
        if !TypeObject::is_subtype(cls, &t.exc.attribute_error) {
            return None;
        }
        let name = field(exc, "name");
        let obj = field(exc, "obj");
        let name = as_str(&name)?.to_string();
        // `obj` may be None itself (`None.x`); never set means no hint.
        if !crate::objects::exceptions::exception_kinds::has_field(exc, "obj") {
            return None;
        }
        // `dir()` may run Python code; its failure just means no hint.
        let listing = crate::builtins::classes::dir_of(self, &obj).ok()?;
        let items = self.collect(&listing).ok()?;
        let names: Option<Vec<&str>> = items.iter().map(as_str).collect();
        closest(&names?, &name).map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_choices() {
        assert_eq!(levenshtein(b"next", b"nxt", 10), 2);
        assert_eq!(levenshtein(b"Print", b"print", 10), 1);
        assert_eq!(closest(&["print", "prin"], "prnt"), Some("print"));
        assert_eq!(closest(&["sqrt", "sin"], "sqr"), Some("sqrt"));
        assert_eq!(closest(&["abcdef"], "xyz"), None);
        assert_eq!(closest(&["same"], "same"), None);
    }
}
