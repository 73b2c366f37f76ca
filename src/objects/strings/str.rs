//! `str`: immutable text, stored as UTF-8 with its length in code points and a cached hash.
//!
//! Indexing and slicing are by code point; an all-ASCII string (the common case) is indexed
//! by byte. The hash is computed on first use and cached (`hash::hash_str`, never -1, so -1
//! marks "not computed"). Interned strings (identifiers, attribute names, identifier-like
//! constants, `sys.intern`) live in one process-wide table and are immortal: the table holds a
//! reference to each, so dict lookups of names can compare pointers first.
//!
//! ## Layout
//! A str is one allocation: its UTF-8 text is the object's tail (`u8` items after the
//! payload, see `core::tail`), and the payload's [`Text`] records where it is — also in an
//! instance of a str subclass, whose box (a `WithDict` one when it has a dict) puts its tail
//! further on. Only a str being built by `+=` (below) keeps its text in a heap buffer. The
//! code-point count shares a word with the interned flag (its top bit: no str has 2**63
//! characters).
//!
//! ## Building in place (`s += t`)
//! CPython appends to a str in place when the left operand of `+=` has no other reference,
//! which makes a loop of `s += t` linear instead of quadratic. pyvm does the same without
//! mutating text anyone can see: a str made by [`concat_in_place`] starts out *building* —
//! its text is a growable heap buffer with spare room that nothing can borrow — and the
//! first read of the text ([`StrObj::as_str`]) fixes it for good (`Text::fix`): the str is
//! an ordinary, immutable one from then on. Until then, a `+=` whose left operand is the
//! sole reference to a building str pushes onto its buffer: no text is copied, and no borrow
//! of the text can exist (a borrow would have fixed it). The refcount test is what keeps
//! this invisible to Python code — another reference could see the text change; `Text`'s
//! rules (no borrow while building, no change once fixed) are what keep it sound.

use crate::objects::classes::typeobj::TypeSpec;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;

use crate::objects::classes::typeobj::TypeSlots;
use crate::objects::core::text::{HasText, Text};
use crate::objects::core::{GilStatic, PyRef, VarLen};
use crate::objects::numbers::hash;
use crate::objects::numbers::int::{as_int, not_implemented};
use crate::objects::trace::Trace;
use crate::objects::types;
use crate::objects::value::Value;
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

pub struct StrObj {
    /// Where the text is (see the module docs).
    text: Text,
    /// Length in code points, with [`INTERNED_BIT`] as its top bit.
    chars: Cell<usize>,
    hash: Cell<i64>,
}

// Holds no references: not a container.
impl Trace for StrObj {}

/// The bit of `StrObj::chars` that marks an interned str.
const INTERNED_BIT: usize = 1 << (usize::BITS - 1);

/// The number of code points of `s` (its length when it is ASCII).
#[inline]
fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl VarLen for StrObj {
    #[inline(always)]
    fn var_len(&self) -> usize {
        self.text.tail_len()
    }
}

impl HasText for StrObj {
    #[inline(always)]
    fn text(&self) -> &Text {
        &self.text
    }
}

impl StrObj {
    fn with_text(text: Text, chars: usize) -> StrObj {
        StrObj {
            text,
            chars: Cell::new(chars),
            hash: Cell::new(-1),
        }
    }

    /// A str being built: `buf` is its text so far, with room to grow (see the module docs).
    fn building(buf: String, chars: usize) -> StrObj {
        StrObj::with_text(Text::building(buf), chars)
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        match self.text.get() {
            Some(s) => s,
            None => self.fix_text(),
        }
    }

    /// Ends building: the buffer becomes the fixed text.
    #[cold]
    #[inline(never)]
    fn fix_text(&self) -> &str {
        self.text.fix();
        // (`None` only for a tail never attached, which `new_text` does not hand out)
        self.text.get().unwrap_or("")
    }

    /// Appends `t` (of `chars` code points) to a str being built, if it still is; says
    /// whether it did. The caller holds the only reference (see [`concat_in_place`]).
    fn push(&self, t: &str, chars: usize) -> bool {
        if !self.text.push(t) {
            return false;
        }
        self.chars.set(self.chars.get() + chars);
        true
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars.get() & !INTERNED_BIT
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.as_str().len()
    }

    /// The cached hash.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash::hash_str(self.as_str());
        self.hash.set(h);
        h
    }

    pub fn is_interned(&self) -> bool {
        self.chars.get() & INTERNED_BIT != 0
    }

    fn set_interned(&self) {
        self.chars.set(self.chars.get() | INTERNED_BIT);
    }

    /// The bytes of the heap buffer holding the text, if it is not in the object's own
    /// allocation (`sys.getsizeof`).
    pub fn heap_size(&self) -> usize {
        self.text.heap_size()
    }
}

/// A new exact str whose text is `parts` joined, of `chars` code points: one allocation.
#[inline]
fn new_str_parts(parts: &[&str], chars: usize) -> PyRef {
    let n = parts.iter().map(|p| p.len()).sum();
    PyRef::new_text(&types().str, StrObj::with_text(Text::tail(n), chars), parts)
}

/// A new (not interned) str object.
pub fn new_str(s: impl AsRef<str>) -> PyRef {
    let s = s.as_ref();
    new_str_parts(&[s], count_chars(s))
}

type InternTable = RefCell<HashMap<Box<str>, PyRef>>;
static INTERNED: GilStatic<OnceCell<InternTable>> = GilStatic::new(OnceCell::new());

/// The table of interned strings (checks that this thread holds the GIL).
fn interned() -> &'static InternTable {
    INTERNED
        .get(crate::gil::token())
        .get_or_init(|| RefCell::new(HashMap::new()))
}

/// The interned str object for `s`, creating it if needed.
pub fn intern(s: &str) -> PyRef {
    let table = interned();
    if let Some(r) = table.borrow().get(s) {
        return r.clone();
    }
    let r = new_str(s);
    r.downcast::<StrObj>().unwrap().set_interned();
    table.borrow_mut().insert(s.into(), r.clone());
    r
}

/// `sys.intern(s)`: the interned equal string (which may be `s` itself).
pub fn intern_ref(s: &PyRef) -> PyRef {
    let Some(obj) = s.downcast::<StrObj>() else {
        return s.clone();
    };
    if obj.is_interned() {
        return s.clone();
    }
    let table = interned();
    if let Some(r) = table.borrow().get(obj.as_str()) {
        return r.clone();
    }
    obj.set_interned();
    table.borrow_mut().insert(obj.as_str().into(), s.clone());
    s.clone()
}

/// The text of a str value (`None` if it is not a str).
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrObj>().map(|s| s.as_str())
}

/// A string literal interned once per call site (`interned!("__init__")`): hot paths name
/// dunders without hashing them each time.
#[macro_export]
macro_rules! interned {
    ($s:literal) => {{
        static NAME: $crate::objects::core::GilStatic<std::cell::OnceCell<$crate::objects::PyRef>> =
            $crate::objects::core::GilStatic::new(std::cell::OnceCell::new());
        NAME.get($crate::gil::token())
            .get_or_init(|| $crate::objects::strings::str::intern($s))
    }};
}

/// The text of a str object (`None` for other objects).
pub fn ref_str(r: &PyRef) -> Option<&str> {
    r.downcast::<StrObj>().map(|s| s.as_str())
}

// ---------------------------------------------------------------------------------------
// Below the core: the str type's slots. Methods are in `str_methods`, `%` formatting in
// `str_printf`, iteration in `iter`, the format-spec language in `format`.

/// The largest str or bytes pyvm builds, in bytes (4 GiB): `'x' * n` beyond it raises
/// MemoryError instead of aborting the process.
pub const MAX_STR_BYTES: usize = 1 << 32;

/// A one-character str, shared for ASCII (CPython caches Latin-1 characters too).
pub fn char_str(c: char) -> PyRef {
    type Cache = Vec<PyRef>;
    static ASCII: GilStatic<OnceCell<Cache>> = GilStatic::new(OnceCell::new());
    if c.is_ascii() {
        let cache = ASCII.get(crate::gil::token()).get_or_init(|| {
            (0u8..128)
                .map(|b| intern(&char::from(b).to_string()))
                .collect()
        });
        return cache[c as usize].clone();
    }
    let mut buf = [0u8; 4];
    new_str(&*c.encode_utf8(&mut buf))
}

/// Whether `repr` prints `c` as is (CPython's `Py_UNICODE_ISPRINTABLE`).
#[inline]
pub fn is_printable(c: char) -> bool {
    crate::objects::strings::unicode::has(c, crate::objects::strings::unicode::PRINTABLE)
}

/// Appends the escape of a character `repr` cannot print as is.
fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = c as u32;
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        _ if cp < 0x100 => write!(out, "\\x{cp:02x}"),
        _ if cp < 0x10000 => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// `repr(s)`: quoted with `'` unless the text has `'` and no `"`; escapes for `\`, the
/// quote, control characters and non-printable characters.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if !c.is_ascii() && is_printable(c) => out.push(c),
            _ => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`'s treatment of a repr: every non-ASCII character escaped.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// The `StrObj` of a value known to be a str (an empty one otherwise).
fn text(v: &Value) -> &str {
    as_str(v).unwrap_or("")
}

/// The byte offset of code point `i` (<= char count) in `s`.
#[inline]
pub fn byte_offset(s: &StrObj, i: usize) -> usize {
    if s.is_ascii() {
        return i;
    }
    s.as_str()
        .char_indices()
        .nth(i)
        .map_or(s.as_str().len(), |(b, _)| b)
}

/// The code point index of byte offset `b` (on a char boundary) in `s`.
#[inline]
pub fn char_index(s: &StrObj, b: usize) -> usize {
    if s.is_ascii() {
        return b;
    }
    s.as_str()[..b].chars().count()
}

/// `s * n` for text: the empty string for `n <= 0`; OverflowError / MemoryError for sizes
/// no process could hold.
pub fn repeat_checked(len: usize, n: i64) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    let total = len
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| crate::exc!(overflow_error, "repeated string is too long"))?;
    if total > MAX_STR_BYTES {
        return Err(crate::objects::exceptions::exception::PyErr::with_args(
            &types().exc.memory_error,
            vec![],
        ));
    }
    Ok(total)
}

fn str_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(repr_str(text(v))))
}

fn str_str(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    match v {
        Value::Obj(o) if o.class().ptr_eq(&types().str) => Ok(o.clone()),
        _ => Ok(new_str(text(v))),
    }
}

fn str_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(v.downcast::<StrObj>().map_or(0, StrObj::hash))
}

fn str_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Ok(not_implemented());
    };
    // UTF-8 byte order is code point order.
    Ok(Value::Bool(crate::objects::numbers::int::ordering_matches(
        x.cmp(y),
        op,
    )))
}

/// The code-point count of a str value (0 for anything else).
#[inline]
fn chars_of(v: &Value) -> usize {
    v.downcast::<StrObj>().map_or(0, StrObj::char_len)
}

/// A new str of `s`, which has `chars` code points.
#[inline]
pub fn new_str_counted(s: impl AsRef<str>, chars: usize) -> PyRef {
    let s = s.as_ref();
    debug_assert_eq!(chars, s.chars().count());
    new_str_parts(&[s], chars)
}

/// `a + b` for two strs `a` (text `x`) and `b` (text `y`): an exact str operand is the
/// result itself when the other is empty, as in CPython.
pub fn concat(a: &Value, x: &str, b: &Value, y: &str) -> Value {
    if y.is_empty() && a.class().ptr_eq(&types().str) {
        return a.clone();
    }
    if x.is_empty() && b.class().ptr_eq(&types().str) {
        return b.clone();
    }
    Value::Obj(new_str_parts(&[x, y], chars_of(a) + chars_of(b)))
}

/// `a += b` for two strs (the caller checked both), where the caller hands over its own
/// reference to `a`: the eval loop, having taken `a` off its stack and out of the variable
/// the result is stored back into, so that a refcount of one means no other reference.
/// Such an `a` that is still being built grows in place (see the module docs); any other `a`
/// is copied into a new str that is being built, so that the next `+=` on the result can
/// grow it. Either way the result is `a + b`, with `concat`'s identities for empty operands.
pub fn concat_in_place(a: Value, b: &Value) -> Value {
    let str_type = &types().str;
    let y = text(b);
    let yc = chars_of(b);
    if let Value::Obj(o) = &a {
        if o.class().ptr_eq(str_type) {
            if y.is_empty() {
                return a;
            }
            let s = o.downcast::<StrObj>().expect("a str");
            // (the refcount first: pushing onto a str someone else can see would change it)
            if o.refcount() == 1 && s.push(y, yc) {
                return a;
            }
        }
    }
    let x = text(&a);
    if x.is_empty() && b.class().ptr_eq(str_type) {
        return b.clone();
    }
    let mut buf = String::with_capacity(x.len() + y.len());
    buf.push_str(x);
    buf.push_str(y);
    let chars = chars_of(&a) + yc;
    Value::Obj(PyRef::new(str_type, StrObj::building(buf, chars)))
}

fn str_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        BinOp::Add => match (as_str(a), as_str(b)) {
            (Some(x), Some(y)) => Ok(concat(a, x, b, y)),
            _ => Ok(not_implemented()),
        },
        BinOp::Mult => {
            let (s, n) = match (as_str(a), as_str(b)) {
                (Some(s), None) => (s, b),
                (None, Some(s)) => (s, a),
                (Some(_), Some(_)) => return Err(non_int_repeat(b)),
                _ => return Ok(not_implemented()),
            };
            if as_int(n).is_none() && is_heap_class(n) {
                return Ok(not_implemented());
            }
            if as_int(n).is_none() {
                return Err(non_int_repeat(n));
            }
            let count = crate::objects::numbers::int::to_isize(n)?;
            let total = repeat_checked(s.len(), count)?;
            if total == 0 {
                return Ok(Value::Obj(intern("")));
            }
            Ok(Value::Obj(new_str(s.repeat(total / s.len()))))
        }
        BinOp::Mod => match as_str(a) {
            Some(_) => crate::objects::strings::str_printf::printf(vm, a, b)
                .map(|s| Value::Obj(new_str(s))),
            None => Ok(not_implemented()),
        },
        _ => Ok(not_implemented()),
    }
}

/// CPython's TypeError for `seq * x` with a non-int `x`, or NotImplemented when `x`'s class
/// is a Python class (whose `__rmul__` must get its turn).
pub fn non_int_repeat(n: &Value) -> crate::objects::exceptions::exception::PyErr {
    crate::exc!(
        type_error,
        "can't multiply sequence by non-int of type '{}'",
        n.type_name()
    )
}

/// Whether `v`'s class is defined by a `class` statement (it may have `__rmul__` etc.).
pub fn is_heap_class(v: &Value) -> bool {
    v.class()
        .downcast::<crate::objects::classes::typeobj::TypeObject>()
        .is_some_and(|t| t.heap)
}

fn str_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<StrObj>().map_or(0, StrObj::char_len))
}

fn str_contains(_vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    match as_str(item) {
        Some(needle) => Ok(text(container).contains(needle)),
        None => Err(crate::exc!(
            type_error,
            "'in <string>' requires string as left operand, not {}",
            item.type_name()
        )),
    }
}

/// `s[i]` / `s[a:b:c]`.
fn str_getitem(_vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let Some(s) = v.downcast::<StrObj>() else {
        return Ok(not_implemented());
    };
    if let Some(i) = as_int(key) {
        let n = s.char_len() as i64;
        let i = i.to_i64().ok_or_else(|| {
            crate::exc!(index_error, "cannot fit 'int' into an index-sized integer")
        })?;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(crate::exc!(index_error, "string index out of range"));
        }
        let c = if s.is_ascii() {
            s.as_str().as_bytes()[j as usize] as char
        } else {
            s.as_str().chars().nth(j as usize).unwrap_or(' ')
        };
        return Ok(Value::Obj(char_str(c)));
    }
    if let Some(sl) = key.downcast::<crate::objects::containers::slice::SliceObj>() {
        let (start, _stop, step, len) = sl.indices(s.char_len())?;
        return Ok(Value::Obj(slice_str(s, start, step, len)));
    }
    Err(crate::exc!(
        type_error,
        "string indices must be integers, not '{}'",
        key.type_name()
    ))
}

/// The substring picked by normalised slice indices.
pub fn slice_str(s: &StrObj, start: isize, step: isize, len: usize) -> PyRef {
    if len == 0 {
        return intern("");
    }
    if step == 1 {
        let (a, b) = if s.is_ascii() {
            (start as usize, start as usize + len)
        } else {
            (
                byte_offset(s, start as usize),
                byte_offset(s, start as usize + len),
            )
        };
        return new_str(&s.as_str()[a..b]);
    }
    let mut out = String::with_capacity(len);
    if s.is_ascii() {
        let bytes = s.as_str().as_bytes();
        for k in 0..len {
            out.push(bytes[(start + k as isize * step) as usize] as char);
        }
    } else {
        let chars: Vec<char> = s.as_str().chars().collect();
        for k in 0..len {
            out.push(chars[(start + k as isize * step) as usize]);
        }
    }
    new_str(out)
}

fn str_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => Ok(crate::objects::containers::iter::new_str_iter(o.clone())),
        _ => Err(crate::exc!(type_error, "'str' object is not iterable")),
    }
}

/// `str(object='', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let [object, encoding, errors] =
        crate::objects::callables::bind::bind(&args, "str", ["object", "encoding", "errors"], 0)?;
    let result: PyRef = match (object, encoding.is_some() || errors.is_some()) {
        (None, _) => intern(""),
        (Some(o), false) => vm.str(o)?,
        (Some(o), true) => {
            let enc = crate::objects::callables::bind::opt_str(encoding, "str", "encoding")?
                .unwrap_or("utf-8");
            let err = crate::objects::callables::bind::opt_str(errors, "str", "errors")?
                .unwrap_or("strict");
            if o.downcast::<StrObj>().is_some() {
                return Err(crate::exc!(type_error, "decoding str is not supported"));
            }
            let Some(b) = crate::objects::binary::bytes_methods::buffer(o) else {
                return Err(crate::exc!(
                    type_error,
                    "decoding to str: need a bytes-like object, {} found",
                    o.type_name()
                ));
            };
            new_str(crate::objects::binary::bytes::decode(&b, enc, err)?)
        }
    };
    if cls.ptr_eq(&types().str) {
        return Ok(Value::Obj(result));
    }
    let s = result.downcast::<StrObj>().map_or("", StrObj::as_str);
    Ok(Value::Obj(new_subclass_str(cls, s)))
}

/// An instance of the str subclass `cls` with text `s`: one allocation, like a str (a
/// `WithDict` box when its instances have a dict).
fn new_subclass_str(cls: &PyRef, s: &str) -> PyRef {
    let payload = StrObj::with_text(Text::tail(s.len()), count_chars(s));
    if crate::objects::classes::class::wants_dict(cls) {
        PyRef::new_text_with_dict(
            cls,
            payload,
            &[s],
            Some(crate::objects::containers::dict::DictObj::new_ref()),
        )
    } else {
        PyRef::new_text(cls, payload, &[s])
    }
}

pub const SLOTS: TypeSlots = TypeSlots {
    repr: Some(str_repr),
    str: Some(str_str),
    hash: Some(str_hash),
    richcompare: Some(str_richcompare),
    binary: Some(str_binary),
    len: Some(str_len),
    contains: Some(str_contains),
    getitem: Some(str_getitem),
    iter: Some(str_iter),
    new: Some(str_new),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: &[],
};

pub use crate::objects::strings::str_methods::METHODS;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_escapes() {
        let _gil = crate::gil::acquire();
        let cases: &[(&str, &str)] = &[
            ("abc", "'abc'"),
            ("'", "\"'\""),
            ("'\"", "'\\'\"'"),
            ("a\\b", "'a\\\\b'"),
            (
                "\x00\x7f\u{80}\u{a0}\u{ad}\u{2028}",
                "'\\x00\\x7f\\x80\\xa0\\xad\\u2028'",
            ),
            ("\u{1f600}é日本", "'\u{1f600}é日本'"),
            ("\n\t\r", "'\\n\\t\\r'"),
            ("\u{e000}\u{10ffff}", "'\\ue000\\U0010ffff'"),
        ];
        for (s, want) in cases {
            assert_eq!(repr_str(s), *want);
        }
        assert_eq!(ascii_escape("'é\u{1f600}'"), "'\\xe9\\U0001f600'");
    }
}
