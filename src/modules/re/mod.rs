//! `_re`, the native half of `re` (CPython's `_sre` plus its parser): pattern text is parsed
//! (`parser`) and compiled (`compile`) to a program for a backtracking matcher (`engine`,
//! explicit stack, sre's semantics); this file has the `re.Pattern` type and the
//! module function `compile`; `matchobj` has `re.Match`, `ops` the searching methods
//! (findall, finditer, sub, split, the scanner) and the subject string.
//!
//! The pure-Python surface (the flag enum, the cache, `escape`, the error class, template
//! parsing for `sub`) is `py/re.py`.
//!
//! An own engine rather than a regex crate: the group semantics of repeats, sre's
//! empty-match rules, IGNORECASE with sre's case equivalences, possessive repeats,
//! conditionals and back references, and CPython's exact error messages and positions all
//! need control of the parser and the matcher (the comparison is in the branch's report).

mod chars;
mod compile;
mod engine;
mod matchobj;
mod ops;
mod parser;
mod syntax;

use crate::exc;
use crate::getset;
use crate::method;
use crate::native_types;
use crate::objects::binary::bytes::{repr_bytes, BytesObj};
use crate::objects::callables::native::{receiver, this, NativeData, NativeRepr, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::dict_methods::dict_value;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::exceptions::exception::PyErr;
use crate::objects::strings::str::{intern, new_str, repr_str, StrObj};
use crate::objects::{PyRef, Value};
use crate::operators::CompareKind;
use crate::vm::params::{self, Clinic};
use crate::vm::{Args, PyResult, Vm};

use compile::Prog;
use parser::ParseError;

native_types! { pub struct Types in "re" {
    pattern = "Pattern", TypeSpec { slots: PATTERN_SLOTS, methods: PATTERN_METHODS, getsets: PATTERN_GETSETS };
    match_ = "Match", matchobj::SPEC;
    scanner = "SRE_Scanner", ops::SCANNER_SPEC;
    iter = "callable_iterator", ops::ITER_SPEC;
} }

/// A `re.error(msg, pattern, pos)` (the class is in `py/re.py`).
fn re_error(vm: &mut Vm, msg: &str, pattern: &Value, pos: Option<usize>) -> PyErr {
    let made = vm
        .import_absolute("re")
        .and_then(|m| vm.getattr(&m, &intern("error")))
        .and_then(|cls| {
            let (p, at) = match pos {
                Some(at) => (pattern.clone(), Value::Int(at as i64)),
                None => (Value::None, Value::None),
            };
            let args = [Value::Obj(new_str(msg)), p, at];
            vm.call(&cls, Args::positional(&args))
        });
    match made {
        Ok(Value::Obj(e)) => PyErr::from_instance(e),
        Ok(_) => exc!(type_error, "re.error() returned a non-exception"),
        Err(e) => e,
    }
}

/// A compiled pattern: `re.Pattern`.
pub struct PatternObj {
    pub prog: Prog,
    /// The pattern as given (str or bytes).
    pub pattern: Value,
    pub flags: u32,
    pub is_text: bool,
    /// `groupindex` (a dict; the getter wraps it in a mappingproxy).
    pub groupindex: Value,
    /// The name of each group (index 0 unused).
    pub names: Vec<Option<PyRef>>,
    /// The last long non-ASCII subject searched and its code points (see `ops::decode`).
    pub last_decoded: ops::DecodeCache,
}

impl NativeData for PatternObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.groupindex);
        if let Ok(last) = self.last_decoded.try_borrow() {
            if let Some((v, _)) = &*last {
                visit(v);
            }
        }
    }

    fn clear(&self) {
        let old = self
            .last_decoded
            .try_borrow_mut()
            .ok()
            .and_then(|mut l| l.take());
        drop(old);
    }
}

impl PatternObj {
    pub fn groups(&self) -> usize {
        self.prog.groups - 1
    }

    /// The group a `group()` argument names: an int index or a group name.
    pub fn group_index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let no_such = || exc!(index_error, "no such group");
        if let Value::Int(i) = g {
            return usize::try_from(*i)
                .ok()
                .filter(|&i| i <= self.groups())
                .ok_or_else(no_such);
        }
        if let Value::Bool(b) = g {
            return Ok(*b as usize).and_then(|i| {
                if i <= self.groups() {
                    Ok(i)
                } else {
                    Err(no_such())
                }
            });
        }
        if g.downcast::<StrObj>().is_some() {
            let d = self.groupindex.downcast::<DictObj>().expect("a dict");
            return match d.get_item(vm, g)? {
                Some(Value::Int(i)) => Ok(i as usize),
                _ => Err(no_such()),
            };
        }
        Err(no_such())
    }
}

/// The code points of a pattern (a bytes pattern's bytes as Latin-1), and whether it is text.
fn pattern_text(v: &Value) -> PyResult<(Vec<u32>, bool)> {
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok((s.as_str().chars().map(|c| c as u32).collect(), true));
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok((b.bytes.iter().map(|&c| c as u32).collect(), false));
    }
    if let Some(b) = crate::objects::binary::bytes_methods::with_buffer(v, |b| {
        b.iter().map(|&c| c as u32).collect()
    }) {
        return Ok((b, false));
    }
    Err(exc!(
        type_error,
        "first argument must be string or compiled pattern"
    ))
}

/// `_re.compile(pattern, flags)`: parses and compiles (the cache is in `re.py`).
fn re_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params::positional(&args, "compile", 2, 2)?;
    let pattern = &p[0];
    let flags = match &p[1] {
        Value::Int(i) => *i as u32,
        Value::Bool(b) => *b as u32,
        other => {
            let i = params::to_index(vm, other)?;
            crate::objects::numbers::int::to_ssize_arg(&i)? as u32
        }
    };
    let (src, is_text) = pattern_text(pattern)?;
    let parsed = match parser::parse(&src, is_text, flags) {
        Ok(p) => p,
        Err(ParseError::Re { msg, pos }) => return Err(re_error(vm, &msg, pattern, pos)),
        Err(ParseError::Overflow(m)) => return Err(exc!(overflow_error, "{m}")),
        Err(ParseError::Value(m)) => return Err(exc!(value_error, "{m}")),
    };
    let prog = match compile::compile(&parsed) {
        Ok(p) => p,
        Err(compile::CompileError::LookBehind) => {
            return Err(re_error(
                vm,
                "look-behind requires fixed-width pattern",
                pattern,
                None,
            ))
        }
    };
    let d = DictObj::new();
    let mut names = vec![None; parsed.groups];
    for (name, g) in &parsed.names {
        let key = new_str(name);
        names[*g] = Some(key.clone());
        d.set_str(key, Value::Int(*g as i64));
    }
    Ok(crate::objects::callables::native::new_native(
        &Types::get().pattern,
        PatternObj {
            prog,
            pattern: pattern.clone(),
            flags: parsed.flags,
            is_text,
            groupindex: dict_value(d),
            names,
            last_decoded: Default::default(),
        },
    ))
}

const FUNCTIONS: &[MethodDef] = &[method!("compile", re_compile)];

pub fn create(_vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("_re", FUNCTIONS);
    let m = module
        .downcast::<crate::objects::module::ModuleObj>()
        .expect("module");
    let d = m.namespace();
    let t = Types::get();
    d.set_str(intern("Pattern"), Value::Obj(t.pattern.clone()));
    d.set_str(intern("Match"), Value::Obj(t.match_.clone()));
    d.set_str(intern("MAXREPEAT"), Value::Int(parser::MAXREPEAT as i64));
    d.set_str(intern("MAXGROUPS"), Value::Int(i32::MAX as i64 / 2));
    Ok(module)
}

// ---------------------------------------------------------------------------------------
// re.Pattern

/// The flag names `repr` shows, in CPython's order.
const FLAG_NAMES: &[(u32, &str)] = &[
    (chars::TEMPLATE, "re.TEMPLATE"),
    (chars::IGNORECASE, "re.IGNORECASE"),
    (chars::LOCALE, "re.LOCALE"),
    (chars::MULTILINE, "re.MULTILINE"),
    (chars::DOTALL, "re.DOTALL"),
    (chars::UNICODE, "re.UNICODE"),
    (chars::VERBOSE, "re.VERBOSE"),
    (chars::DEBUG, "re.DEBUG"),
    (chars::ASCII, "re.ASCII"),
];

/// `repr` of a str or bytes value, cut to `max` characters (C's `%.NR`).
pub fn short_repr(v: &Value, max: usize) -> String {
    let r = if let Some(s) = v.downcast::<StrObj>() {
        repr_str(s.as_str())
    } else if let Some(b) = v.downcast::<BytesObj>() {
        repr_bytes(&b.bytes)
    } else {
        String::new()
    };
    r.chars().take(max).collect()
}

impl NativeRepr for PatternObj {
    fn repr(&self, vm: &mut Vm, _cls: &PyRef) -> PyResult<String> {
        let pat = if self.pattern.downcast::<StrObj>().is_some()
            || self.pattern.downcast::<BytesObj>().is_some()
        {
            short_repr(&self.pattern, 200)
        } else {
            let r = vm.repr(&self.pattern)?;
            crate::objects::strings::str::as_str(&Value::Obj(r))
                .unwrap_or("")
                .chars()
                .take(200)
                .collect()
        };
        let mut flags = self.flags;
        if self.is_text && flags & (chars::LOCALE | chars::UNICODE | chars::ASCII) == chars::UNICODE
        {
            flags &= !chars::UNICODE;
        }
        if flags == 0 {
            return Ok(format!("re.compile({pat})"));
        }
        let mut parts = Vec::new();
        for &(bit, name) in FLAG_NAMES {
            if flags & bit != 0 {
                parts.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            parts.push(format!("0x{flags:x}"));
        }
        Ok(format!("re.compile({pat}, {})", parts.join("|")))
    }
}

fn pattern_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(crate::objects::containers::seq::not_implemented());
    }
    let Some(y) = crate::objects::callables::native::native::<PatternObj>(b) else {
        return Ok(crate::objects::containers::seq::not_implemented());
    };
    let x = this::<PatternObj>(a);
    let same = std::ptr::eq(x, y)
        || (x.flags == y.flags && x.is_text == y.is_text && vm.eq(&x.pattern, &y.pattern)?);
    Ok(Value::Bool(same == (op == CompareKind::Eq)))
}

fn pattern_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let p = this::<PatternObj>(v);
    let h = vm.hash(&p.pattern)? ^ (p.flags as i64).wrapping_mul(1_000_003);
    Ok(if h == -1 { -2 } else { h })
}

const PATTERN_SLOTS: TypeSlots = TypeSlots {
    repr: Some(crate::objects::callables::native::repr_slot::<PatternObj>),
    richcompare: Some(pattern_richcompare),
    hash: Some(pattern_hash),
    ..PLAIN_SLOTS
};

fn get_pattern(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this::<PatternObj>(v).pattern.clone())
}
fn get_flags(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this::<PatternObj>(v).flags as i64))
}
fn get_groups(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this::<PatternObj>(v).groups() as i64))
}
fn get_groupindex(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this::<PatternObj>(v).groupindex.clone();
    Ok(Value::Obj(
        crate::objects::containers::mappingproxy::new_ref(d),
    ))
}

const PATTERN_GETSETS: &[GetSetDef] = &[
    getset!("pattern", get_pattern),
    getset!("flags", get_flags),
    getset!("groups", get_groups),
    getset!("groupindex", get_groupindex),
];

fn pattern_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.receiver().clone())
}

fn pattern_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver::<PatternObj>(&args);
    let re = vm.import_absolute("re")?;
    let compile = vm.getattr(&re, &intern("_compile"))?;
    Ok(tuple_value(vec![
        compile,
        tuple_value(vec![p.pattern.clone(), Value::Int(p.flags as i64)]),
    ]))
}

const PATTERN_METHODS: &[MethodDef] = &[
    method!("match", ops::pattern_match),
    method!("fullmatch", ops::pattern_fullmatch),
    method!("search", ops::pattern_search),
    method!("findall", ops::pattern_findall),
    method!("finditer", ops::pattern_finditer),
    method!("scanner", ops::pattern_scanner),
    method!("sub", ops::pattern_sub),
    method!("subn", ops::pattern_subn),
    method!("split", ops::pattern_split),
    method!("__copy__", pattern_copy, NoArgs),
    method!("__deepcopy__", pattern_copy, One),
    method!("__reduce__", pattern_reduce, NoArgs),
];

/// Binds `(string, pos=0, endpos=maxsize)` of a searching method after the receiver.
pub fn bind_string_pos<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    fname: &'static str,
) -> PyResult<(&'a Value, i64, i64)> {
    // the common call, `p.match(s)`, skips the general binder
    if let [_, s] = args.values {
        if args.kwnames.is_empty() {
            return Ok((s, 0, i64::MAX));
        }
    }
    let spec = Clinic {
        fname,
        names: &["string", "pos", "endpos"],
        posonly: 0,
        minpos: 1,
        maxpos: 3,
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [s, pos, endpos] = spec.bind(&rest)?;
    let pos = match pos {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    let endpos = match endpos {
        Some(v) => ssize(vm, v)?,
        None => i64::MAX,
    };
    Ok((s.expect("required"), pos, endpos))
}

/// A `Py_ssize_t` argument (an int or anything with `__index__`).
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let i = params::to_index(vm, v)?;
    crate::objects::numbers::int::to_ssize_arg(&i)
}

/// `re._compile_template(pattern, repl)`: the parsed replacement template (cached there).
pub fn compile_template(vm: &mut Vm, pattern: &Value, repl: &Value) -> PyResult<Value> {
    let re = vm.import_absolute("re")?;
    let f = vm.getattr(&re, &intern("_compile_template"))?;
    vm.call(&f, Args::positional(&[pattern.clone(), repl.clone()]))
}
