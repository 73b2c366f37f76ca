//! The searching methods of `re.Pattern` (match, fullmatch, search, findall, finditer,
//! sub, subn, split, scanner) and the subject they search.
//!
//! A subject is read as bytes when it can be (bytes, and str that is all ASCII: the common
//! case costs no conversion) and as code points otherwise (a non-ASCII str, decoded once
//! per call, so indexes are code point indexes as in CPython). Successive matches follow
//! sre's rules since 3.7: after an empty match the next one may start at the same place but
//! must not be empty there (`reject_empty_at`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::engine::{Matcher, Text, NONE};
use super::matchobj::new_match;
use super::{bind_string_pos, compile_template, ssize, PatternObj, Types};
use crate::exc;
use crate::method;
use crate::objects::binary::bytes::{bytes_value, BytesObj};
use crate::objects::binary::bytes_methods::with_buffer;
use crate::objects::callables::function::is_callable;
use crate::objects::callables::native::{
    iter_slots, new_native, receiver, this, NativeData, NativeIter, PLAIN_SLOTS,
};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSpec};
use crate::objects::containers::list::{list_value, ListObj};
use crate::objects::containers::tuple::tuple_value;
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::Value;
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};

/// What the matcher reads.
#[derive(Clone, Copy)]
pub enum View<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

/// Runs `$body` with `$t` bound to the view's slice, whichever width it has.
macro_rules! dispatch {
    ($view:expr, $t:ident => $body:expr) => {
        match $view {
            View::Narrow($t) => $body,
            View::Wide($t) => $body,
        }
    };
}

enum Data {
    /// An all-ASCII str: read its UTF-8 bytes in place.
    Ascii,
    /// A non-ASCII str's code points.
    Wide(Rc<[u32]>),
    /// A bytes object: read in place.
    Bytes,
    /// Another buffer (bytearray), copied: a replacement function may change it.
    Copied(Vec<u8>),
}

/// Subjects shorter than this (in bytes) are decoded afresh each time.
const DECODE_CACHE_MIN: usize = 1024;
/// And longer than this are not kept.
const DECODE_CACHE_MAX: usize = 1 << 24;

/// A pattern's last long non-ASCII subject and its code points: a loop of
/// `p.match(text, pos)` over one text decodes it once, not at each call.
pub type DecodeCache = RefCell<Option<(Value, Rc<[u32]>)>>;

/// The code points of `v` (the str `s`), through `pat`'s cache.
fn decode(pat: &PatternObj, v: &Value, s: &str) -> Rc<[u32]> {
    let fresh = || s.chars().map(|c| c as u32).collect::<Rc<[u32]>>();
    if !(DECODE_CACHE_MIN..=DECODE_CACHE_MAX).contains(&s.len()) {
        return fresh();
    }
    if let Ok(last) = pat.last_decoded.try_borrow() {
        if let Some((text, points)) = &*last {
            if text.is(v) {
                return points.clone();
            }
        }
    }
    let points = fresh();
    let old = match pat.last_decoded.try_borrow_mut() {
        Ok(mut last) => last.replace((v.clone(), points.clone())),
        Err(_) => None,
    };
    // (dropped after the borrow ends: a str subclass's __del__ may match again)
    drop(old);
    points
}

/// The string a pattern searches.
pub struct Subject {
    pub value: Value,
    pub is_text: bool,
    data: Data,
}

impl Subject {
    pub fn new(v: &Value, pat: &PatternObj) -> PyResult<Subject> {
        let (is_text, data) = if let Some(s) = v.downcast::<StrObj>() {
            let data = if s.is_ascii() {
                Data::Ascii
            } else {
                Data::Wide(decode(pat, v, s.as_str()))
            };
            (true, data)
        } else if v.downcast::<BytesObj>().is_some() {
            (false, Data::Bytes)
        } else if let Some(b) = with_buffer(v, |b| b.to_vec()) {
            (false, Data::Copied(b))
        } else {
            return Err(exc!(
                type_error,
                "expected string or bytes-like object, got '{}'",
                v.type_name()
            ));
        };
        if is_text && !pat.is_text {
            return Err(exc!(
                type_error,
                "cannot use a bytes pattern on a string-like object"
            ));
        }
        if !is_text && pat.is_text {
            return Err(exc!(
                type_error,
                "cannot use a string pattern on a bytes-like object"
            ));
        }
        Ok(Subject {
            value: v.clone(),
            is_text,
            data,
        })
    }

    pub fn view(&self) -> View<'_> {
        match &self.data {
            Data::Ascii => View::Narrow(
                self.value
                    .downcast::<StrObj>()
                    .expect("a str")
                    .as_str()
                    .as_bytes(),
            ),
            Data::Wide(w) => View::Wide(w),
            Data::Bytes => View::Narrow(&self.value.downcast::<BytesObj>().expect("bytes").bytes),
            Data::Copied(b) => View::Narrow(b),
        }
    }

    /// The code points of a non-ASCII str subject.
    pub fn wide(&self) -> Option<Rc<[u32]>> {
        match &self.data {
            Data::Wide(w) => Some(w.clone()),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        dispatch!(self.view(), t => t.len())
    }

    /// The characters (or bytes) `a..b` as a new str (or bytes).
    pub fn slice(&self, a: usize, b: usize) -> Value {
        let mut out = Out::new(self.is_text);
        out.push_range(self.view(), a, b);
        out.finish()
    }

    /// The (pos, endpos) arguments clamped to the subject, as sre does.
    pub fn bounds(&self, pos: i64, endpos: i64) -> (usize, usize) {
        let len = self.len() as i64;
        (pos.clamp(0, len) as usize, endpos.clamp(0, len) as usize)
    }
}

/// A str or bytes result being built.
pub enum Out {
    Text(String),
    Bytes(Vec<u8>),
}

impl Out {
    pub fn new(is_text: bool) -> Out {
        if is_text {
            Out::Text(String::new())
        } else {
            Out::Bytes(Vec::new())
        }
    }

    pub fn push_range(&mut self, view: View, a: usize, b: usize) {
        match (self, view) {
            // (a str read narrow is all ASCII, so any slice of it is UTF-8)
            (Out::Text(s), View::Narrow(t)) => match std::str::from_utf8(&t[a..b]) {
                Ok(x) => s.push_str(x),
                Err(_) => s.extend(t[a..b].iter().map(|&c| c as char)),
            },
            (Out::Text(s), View::Wide(t)) => {
                s.extend(t[a..b].iter().filter_map(|&c| char::from_u32(c)))
            }
            (Out::Bytes(v), View::Narrow(t)) => v.extend_from_slice(&t[a..b]),
            (Out::Bytes(_), View::Wide(_)) => unreachable!("bytes are read narrow"),
        }
    }

    /// Appends a str (or bytes-like) value; false if it has the wrong type.
    pub fn push_value(&mut self, v: &Value) -> bool {
        match self {
            Out::Text(s) => match v.downcast::<StrObj>() {
                Some(x) => {
                    s.push_str(x.as_str());
                    true
                }
                None => false,
            },
            Out::Bytes(b) => with_buffer(v, |x| b.extend_from_slice(x)).is_some(),
        }
    }

    pub fn finish(self) -> Value {
        match self {
            Out::Text(s) => Value::Obj(new_str(s)),
            Out::Bytes(b) => bytes_value(b),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Match,
    Full,
    Search,
}

/// A match's group boundaries, copied out of the matcher (inline for up to 12 groups).
type Slots = smallvec::SmallVec<[usize; 24]>;

/// One match of `pat` in `subj[pos..end]`: the group boundaries and `lastindex`.
fn find_one(
    vm: &mut Vm,
    pat: &PatternObj,
    subj: &Subject,
    pos: usize,
    end: usize,
    mode: Mode,
    reject_empty_at: usize,
) -> PyResult<Option<(Slots, u32)>> {
    fn go<T: Text>(
        vm: &mut Vm,
        pat: &PatternObj,
        t: T,
        pos: usize,
        end: usize,
        mode: Mode,
        reject: usize,
    ) -> PyResult<Option<(Slots, u32)>> {
        let t_end = end;
        let mut m = Matcher::new(&pat.prog, t, t_end);
        m.full = mode == Mode::Full;
        m.reject_empty_at = reject;
        let found = if mode == Mode::Search {
            m.search(vm, pos)?
        } else if pos > end {
            None
        } else {
            m.run(vm, pos)?.map(|e| (pos, e))
        };
        let Some((s, e)) = found else {
            return Ok(None);
        };
        m.slots[0] = s;
        m.slots[1] = e;
        Ok(Some((Slots::from_slice(&m.slots), m.lastindex)))
    }
    dispatch!(subj.view(), t => go(vm, pat, t, pos, end, mode, reject_empty_at))
}

/// What `each_match` calls with a match's group boundaries and `lastindex`; false stops.
type OnMatch<'a> = dyn FnMut(&mut Vm, &[usize], u32) -> PyResult<bool> + 'a;

/// Calls `f` with each successive match (at most `limit`, 0 for all) until it returns false.
fn each_match(
    vm: &mut Vm,
    pat: &PatternObj,
    subj: &Subject,
    pos: usize,
    end: usize,
    limit: usize,
    f: &mut OnMatch,
) -> PyResult<()> {
    fn go<T: Text>(
        vm: &mut Vm,
        pat: &PatternObj,
        t: T,
        pos: usize,
        end: usize,
        limit: usize,
        f: &mut OnMatch,
    ) -> PyResult<()> {
        let mut m = Matcher::new(&pat.prog, t, end);
        let mut at = pos;
        let mut n = 0;
        while limit == 0 || n < limit {
            let Some((s, e)) = m.search(vm, at)? else {
                break;
            };
            m.slots[0] = s;
            m.slots[1] = e;
            n += 1;
            if !f(vm, &m.slots, m.lastindex)? {
                break;
            }
            m.reject_empty_at = if s == e { e } else { NONE };
            at = e;
        }
        Ok(())
    }
    dispatch!(subj.view(), t => go(vm, pat, t, pos, end, limit, f))
}

fn match_mode(vm: &mut Vm, args: Args, fname: &'static str, mode: Mode) -> PyResult<Value> {
    let (s, pos, endpos) = bind_string_pos(vm, &args, fname)?;
    let pat = receiver::<PatternObj>(&args);
    let subj = Subject::new(s, pat)?;
    let (pos, end) = subj.bounds(pos, endpos);
    Ok(match find_one(vm, pat, &subj, pos, end, mode, NONE)? {
        Some((slots, last)) => new_match(args.receiver(), &subj, pos, end, &slots, last),
        None => Value::None,
    })
}

pub fn pattern_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match_mode(vm, args, "match", Mode::Match)
}

pub fn pattern_fullmatch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match_mode(vm, args, "fullmatch", Mode::Full)
}

pub fn pattern_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match_mode(vm, args, "search", Mode::Search)
}

/// The value of group `g` for findall/split: a slice, or `missing` when it did not match.
fn group_value(subj: &Subject, slots: &[usize], g: usize, missing: &Value) -> Value {
    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
    if s == NONE || e == NONE || e < s {
        return missing.clone();
    }
    subj.slice(s, e)
}

pub fn pattern_findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, pos, endpos) = bind_string_pos(vm, &args, "findall")?;
    let pat = receiver::<PatternObj>(&args);
    let subj = Subject::new(s, pat)?;
    let (pos, end) = subj.bounds(pos, endpos);
    let groups = pat.groups();
    let empty = subj.slice(0, 0);
    let mut items = Vec::new();
    each_match(vm, pat, &subj, pos, end, 0, &mut |_, slots, _| {
        items.push(match groups {
            0 => subj.slice(slots[0], slots[1]),
            1 => group_value(&subj, slots, 1, &empty),
            n => tuple_value(
                (1..=n)
                    .map(|g| group_value(&subj, slots, g, &empty))
                    .collect(),
            ),
        });
        Ok(true)
    })?;
    Ok(list_value(items))
}

pub fn pattern_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "split",
        names: &["string", "maxsplit"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [s, maxsplit] = SPEC.bind(&rest)?;
    let maxsplit = match maxsplit {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    let pat = receiver::<PatternObj>(&args);
    let subj = Subject::new(s.expect("required"), pat)?;
    let mut items = Vec::new();
    if maxsplit >= 0 {
        let mut last = 0;
        let end = subj.len();
        each_match(
            vm,
            pat,
            &subj,
            0,
            end,
            maxsplit as usize,
            &mut |_, slots, _| {
                items.push(subj.slice(last, slots[0]));
                for g in 1..=pat.groups() {
                    items.push(group_value(&subj, slots, g, &Value::None));
                }
                last = slots[1];
                Ok(true)
            },
        )?;
        items.push(subj.slice(last, end));
    } else {
        items.push(subj.slice(0, subj.len()));
    }
    Ok(list_value(items))
}

/// What replaces each match in `sub`.
enum Repl {
    Literal(Value),
    /// Alternating literals and group numbers: `[lit, g, lit, g, ..., lit]`.
    Template(Vec<Value>),
    Call(Value),
}

fn has_backslash(v: &Value) -> Option<bool> {
    if let Some(s) = v.downcast::<StrObj>() {
        return Some(s.as_str().contains('\\'));
    }
    with_buffer(v, |b| b.contains(&b'\\'))
}

/// The replacement for `repl` (a template string or a function).
fn make_repl(vm: &mut Vm, pattern: &Value, pat: &PatternObj, repl: &Value) -> PyResult<Repl> {
    if is_callable(repl) {
        return Ok(Repl::Call(repl.clone()));
    }
    let right_type = if pat.is_text {
        repl.downcast::<StrObj>().is_some()
    } else {
        with_buffer(repl, |_| ()).is_some()
    };
    if right_type && has_backslash(repl) == Some(false) {
        return Ok(Repl::Literal(repl.clone()));
    }
    let t = compile_template(vm, pattern, repl)?;
    let items = match t.downcast::<ListObj>() {
        Some(l) => l.to_vec(),
        None => return Err(exc!(type_error, "bad template")),
    };
    Ok(Repl::Template(items))
}

/// Appends `template` expanded for the match `slots` to `out`.
pub fn expand_into(out: &mut Out, view: View, template: &[Value], slots: &[usize]) {
    for (k, item) in template.iter().enumerate() {
        if k % 2 == 0 {
            if !matches!(item, Value::None) {
                out.push_value(item);
            }
        } else if let Value::Int(g) = item {
            let g = *g as usize;
            let (s, e) = (slots[2 * g], slots[2 * g + 1]);
            if s != NONE && e != NONE && e >= s {
                out.push_range(view, s, e);
            }
        }
    }
}

fn subx(vm: &mut Vm, args: Args, fname: &'static str, with_count: bool) -> PyResult<Value> {
    let spec = Clinic {
        fname,
        names: &["repl", "string", "count"],
        posonly: 0,
        minpos: 2,
        maxpos: 3,
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [repl, s, count] = spec.bind(&rest)?;
    let count = match count {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    let pattern = args.receiver();
    let pat = receiver::<PatternObj>(&args);
    let subj = Subject::new(s.expect("required"), pat)?;
    let repl = make_repl(vm, pattern, pat, repl.expect("required"))?;
    let mut out = Out::new(subj.is_text);
    let mut last = 0;
    let mut n = 0usize;
    let mut pieces = 0usize;
    let end = subj.len();
    if count >= 0 {
        each_match(
            vm,
            pat,
            &subj,
            0,
            end,
            count as usize,
            &mut |vm, slots, lastindex| {
                let view = subj.view();
                if slots[0] > last {
                    out.push_range(view, last, slots[0]);
                    pieces += 1;
                }
                match &repl {
                    Repl::Literal(v) => {
                        out.push_value(v);
                    }
                    Repl::Template(t) => expand_into(&mut out, view, t, slots),
                    Repl::Call(f) => {
                        let m = new_match(pattern, &subj, 0, end, slots, lastindex);
                        let r = vm.call(f, Args::positional(&[m]))?;
                        if !matches!(r, Value::None) {
                            if !out.push_value(&r) {
                                let want = if subj.is_text {
                                    "str instance"
                                } else {
                                    "a bytes-like object"
                                };
                                return Err(exc!(
                                    type_error,
                                    "sequence item {pieces}: expected {want}, {} found",
                                    r.type_name()
                                ));
                            }
                            pieces += 1;
                        }
                    }
                }
                last = slots[1];
                n += 1;
                Ok(true)
            },
        )?;
    }
    out.push_range(subj.view(), last, end);
    let result = out.finish();
    Ok(if with_count {
        tuple_value(vec![result, Value::Int(n as i64)])
    } else {
        result
    })
}

pub fn pattern_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    subx(vm, args, "sub", false)
}

pub fn pattern_subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    subx(vm, args, "subn", true)
}

// ---------------------------------------------------------------------------------------
// finditer and the scanner

/// The state of a scan through a subject: `scanner()`'s object and `finditer`'s iterator.
pub struct ScanState {
    pattern: Value,
    subj: Subject,
    pos: Cell<usize>,
    end: usize,
    start: usize,
    reject: Cell<usize>,
    done: Cell<bool>,
    /// (the subject and pattern are immutable; this only guards re-entry)
    busy: RefCell<()>,
}

impl NativeData for ScanState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.subj.value);
    }
}

impl ScanState {
    fn step(&self, vm: &mut Vm, mode: Mode) -> PyResult<Value> {
        if self.done.get() {
            return Ok(Value::None);
        }
        let _guard = self
            .busy
            .try_borrow_mut()
            .map_err(|_| exc!(value_error, "regular expression scanner already executing"))?;
        let pat = this::<PatternObj>(&self.pattern);
        let found = find_one(
            vm,
            pat,
            &self.subj,
            self.pos.get(),
            self.end,
            mode,
            self.reject.get(),
        )?;
        match found {
            None => {
                self.done.set(true);
                Ok(Value::None)
            }
            Some((slots, last)) => {
                let (s, e) = (slots[0], slots[1]);
                self.reject.set(if s == e { e } else { NONE });
                self.pos.set(e);
                Ok(new_match(
                    &self.pattern,
                    &self.subj,
                    self.start,
                    self.end,
                    &slots,
                    last,
                ))
            }
        }
    }
}

fn new_scan(vm: &mut Vm, args: &Args, fname: &'static str) -> PyResult<ScanState> {
    let (s, pos, endpos) = bind_string_pos(vm, args, fname)?;
    let pat = receiver::<PatternObj>(args);
    let subj = Subject::new(s, pat)?;
    let (pos, end) = subj.bounds(pos, endpos);
    Ok(ScanState {
        pattern: args.receiver().clone(),
        subj,
        pos: Cell::new(pos),
        end,
        start: pos,
        reject: Cell::new(NONE),
        done: Cell::new(false),
        busy: RefCell::new(()),
    })
}

/// `finditer`'s iterator.
pub struct FindIter(ScanState);

impl NativeData for FindIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.traverse(visit);
    }
}

impl NativeIter for FindIter {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        Ok(match self.0.step(vm, Mode::Search)? {
            Value::None => None,
            m => Some(m),
        })
    }
}

pub fn pattern_finditer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = new_scan(vm, &args, "finditer")?;
    Ok(new_native(&Types::get().iter, FindIter(st)))
}

pub fn pattern_scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = new_scan(vm, &args, "scanner")?;
    Ok(new_native(&Types::get().scanner, st))
}

fn scanner_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<ScanState>(&args).step(vm, Mode::Match)
}

fn scanner_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver::<ScanState>(&args).step(vm, Mode::Search)
}

fn scanner_pattern(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this::<ScanState>(v).pattern.clone())
}

pub const SCANNER_SPEC: TypeSpec = TypeSpec {
    slots: PLAIN_SLOTS,
    methods: &[
        method!("match", scanner_match, NoArgs),
        method!("search", scanner_search, NoArgs),
    ],
    getsets: &[crate::getset!("pattern", scanner_pattern)] as &[GetSetDef],
};

pub const ITER_SPEC: TypeSpec = TypeSpec {
    slots: iter_slots::<FindIter>(),
    methods: &[] as &[MethodDef],
    getsets: &[],
};
