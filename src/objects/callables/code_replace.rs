//! `code.replace(**fields)`, and code objects' `==` and `hash()`.
//!
//! `replace()` checks its arguments as CPython 3.11 does (Argument Clinic's conversions,
//! then `code_replace`'s and `PyCode_NewWithPosOnlyArgs`' checks, with their messages). pyvm
//! runs `CodeUnit`s, not bytes, and its eval loop trusts the compiler's output: an index
//! past a table or a constant of an unexpected type would crash it. So beyond CPython's
//! checks a replaced code object must keep what its instructions rely on (ValueError
//! otherwise): `co_code` its own bytes, `co_consts`, `co_names` and `co_varnames` at least
//! their length, `co_cellvars` and `co_freevars` their length, and the constants the
//! bytecode uses structurally their kind (nested code objects with as many free variables,
//! `KW_NAMES` tuples of as many strings, the key tuples of `BUILD_CONST_KEY_MAP`).
//! Names, counts, flags, line numbers and constant values can all change.
//!
//! Equality follows CPython's `code_richcompare`: name, counts, flags, first line, bytecode,
//! constants (compared by type and value, `0 == 0.0` does not make two codes equal), names,
//! variable names and line tables; not the file name or the qualified name.

use std::rc::Rc;

use crate::bytecode::code::flags;
use crate::bytecode::opcode::Op;
use crate::bytecode::wordcode;
use crate::exc;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::containers::set::SetObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::numbers::int::{as_int, index_value};
use crate::objects::strings::str::{as_str, intern_ref, StrObj};
use crate::objects::{numbers::hash, PyRef, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyResult, Vm};

/// `replace()`'s keywords, in CPython's parameter order (the order of its checks).
const FIELDS: [&str; 18] = [
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_firstlineno",
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];
const NINTS: usize = 7;

/// TypeError "replace() argument 'co_name' must be str, not int".
fn bad_argument(field: &str, expected: &str, got: &Value) -> crate::vm::PyErr {
    let got = if got.is_none() {
        "None".to_string()
    } else {
        got.type_name()
    };
    exc!(
        type_error,
        "replace() argument '{}' must be {}, not {}",
        field,
        expected,
        got
    )
}

/// An `int` argument converted to a C int.
fn c_int(v: &Value) -> PyResult<i32> {
    let i = index_value(v)?;
    i.to_i64()
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| exc!(overflow_error, "Python int too large to convert to C int"))
}

/// The items of a tuple argument.
fn tuple_arg<'a>(field: &str, v: &'a Value) -> PyResult<&'a [Value]> {
    v.downcast::<TupleObj>()
        .map(|t| &t.items[..])
        .ok_or_else(|| bad_argument(field, "tuple", v))
}

/// A tuple of names: every item a str (CPython's SystemError otherwise), interned.
fn name_tuple(items: &[Value]) -> PyResult<Vec<PyRef>> {
    items
        .iter()
        .map(|v| match v {
            Value::Obj(o) if o.is::<StrObj>() => Ok(intern_ref(o)),
            _ => Err(exc!(system_error, "non-string found in code slot")),
        })
        .collect()
}

fn text(s: &PyRef) -> String {
    s.downcast::<StrObj>()
        .map_or(String::new(), |s| s.as_str().to_string())
}

/// The arguments of one `replace()` call, converted.
#[derive(Default)]
struct Given<'a> {
    ints: [Option<i32>; NINTS],
    code: Option<&'a [u8]>,
    consts: Option<&'a [Value]>,
    /// `co_names`, `co_varnames`, `co_freevars`, `co_cellvars`, as given.
    name_tuples: [Option<&'a [Value]>; 4],
    strs: [Option<PyRef>; 3],
    tables: [Option<PyRef>; 2],
}

/// Binds and converts the keywords, in parameter order.
fn convert<'a>(args: &Args<'a>) -> PyResult<Given<'a>> {
    if args.pos().len() > 1 {
        return Err(exc!(type_error, "replace() takes no positional arguments"));
    }
    let mut raw: [Option<&Value>; 18] = [None; 18];
    for (k, v) in args.kwargs() {
        match FIELDS.iter().position(|f| *f == k) {
            Some(i) => raw[i] = Some(v),
            None => {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for replace()",
                    k
                ))
            }
        }
    }
    let mut g = Given::default();
    for (i, v) in raw.iter().enumerate() {
        let Some(v) = *v else { continue };
        let field = FIELDS[i];
        match field {
            _ if i < NINTS => g.ints[i] = Some(c_int(v)?),
            "co_code" | "co_linetable" | "co_exceptiontable" => {
                let Some(b) = v.downcast::<BytesObj>() else {
                    return Err(bad_argument(field, "bytes", v));
                };
                match field {
                    "co_code" => g.code = Some(&b.bytes),
                    "co_linetable" => g.tables[0] = v.as_obj().cloned(),
                    _ => g.tables[1] = v.as_obj().cloned(),
                }
            }
            "co_consts" => g.consts = Some(tuple_arg(field, v)?),
            "co_names" | "co_varnames" | "co_freevars" | "co_cellvars" => {
                g.name_tuples[i - 9] = Some(tuple_arg(field, v)?);
            }
            _ => {
                if as_str(v).is_none() {
                    return Err(bad_argument(field, "str", v));
                }
                g.strs[i - 13] = v.as_obj().cloned();
            }
        }
    }
    for (i, value) in g.ints.iter().enumerate() {
        if value.is_some_and(|v| v < 0) {
            return Err(exc!(
                value_error,
                "{} must be a positive integer",
                FIELDS[i]
            ));
        }
    }
    Ok(g)
}

/// What the bytecode of `c` needs of the constant at each index, if anything.
enum ConstUse {
    /// `MAKE_FUNCTION`'s code object, with this many free variables.
    Code(usize),
    /// `KW_NAMES`: a tuple of this many strings.
    KwNames(usize),
    /// `BUILD_CONST_KEY_MAP`'s keys: a tuple.
    Keys,
}

fn const_uses(c: &CodeObj) -> Vec<(usize, ConstUse)> {
    let mut uses: Vec<(usize, ConstUse)> = c
        .consts
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let code = v.downcast::<CodeObj>()?;
            Some((i, ConstUse::Code(code.unit.freevars.len())))
        })
        .collect();
    let code = &c.unit.code;
    for (i, instr) in code.iter().enumerate() {
        let at = instr.arg as usize;
        match instr.op {
            Op::KwNames => {
                let n = c.consts[at].downcast::<TupleObj>().map_or(0, |t| t.len());
                uses.push((at, ConstUse::KwNames(n)));
            }
            Op::BuildConstKeyMap if i > 0 && code[i - 1].op == Op::LoadConst => {
                uses.push((code[i - 1].arg as usize, ConstUse::Keys));
            }
            _ => {}
        }
    }
    uses
}

/// `co_names`, `co_varnames`, `co_freevars`, `co_cellvars`: the new ones, where given.
type NameTables = [Option<Vec<PyRef>>; 4];

/// pyvm's own limits on a replacement (see the module docs).
fn check_runnable(c: &CodeObj, g: &Given, names: &NameTables) -> PyResult<()> {
    if g.code
        .is_some_and(|b| *b != wordcode::code_bytes(&c.unit)[..])
    {
        return Err(exc!(
            value_error,
            "code: pyvm runs only its own bytecode; co_code cannot change"
        ));
    }
    let too_small = |field: &str, given: Option<usize>, needed: usize| match given {
        Some(n) if n < needed => Err(exc!(value_error, "code: {} is too small", field)),
        _ => Ok(()),
    };
    too_small("co_consts", g.consts.map(<[_]>::len), c.consts.len())?;
    let [new_names, new_varnames, freevars, cellvars] = names;
    too_small("co_names", new_names.as_ref().map(Vec::len), c.names.len())?;
    too_small(
        "co_varnames",
        new_varnames.as_ref().map(Vec::len),
        c.varnames.len(),
    )?;
    let u = &c.unit;
    for (field, given, n) in [
        ("co_freevars", freevars, u.freevars.len()),
        ("co_cellvars", cellvars, u.cellvars.len()),
    ] {
        if given.as_ref().is_some_and(|v| v.len() != n) {
            return Err(exc!(
                value_error,
                "code: pyvm cannot change the number of {} ({})",
                field,
                n
            ));
        }
    }
    let Some(consts) = g.consts else {
        return Ok(());
    };
    for (i, need) in const_uses(c) {
        let v = &consts[i];
        let fits = match need {
            ConstUse::Code(n) => v
                .downcast::<CodeObj>()
                .is_some_and(|k| k.unit.freevars.len() == n),
            ConstUse::KwNames(n) => v
                .downcast::<TupleObj>()
                .is_some_and(|t| t.len() == n && t.items.iter().all(|k| as_str(k).is_some())),
            ConstUse::Keys => v.downcast::<TupleObj>().is_some(),
        };
        if !fits {
            let what = match need {
                ConstUse::Code(n) => format!("a code object with {n} free vars"),
                ConstUse::KwNames(n) => format!("a tuple of {n} strings"),
                ConstUse::Keys => "a tuple".to_string(),
            };
            return Err(exc!(
                value_error,
                "code: co_consts[{}] is used by the bytecode and must be {}",
                i,
                what
            ));
        }
    }
    Ok(())
}

/// `code.replace(**fields)`: a new code object with the given fields changed.
pub fn code_replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = args.receiver_as::<CodeObj>();
    let g = convert(&args)?;
    let u = &c.unit;
    let [argcount, posonly, kwonly, nlocals, stacksize, flag_bits, firstlineno] = g.ints;
    let argcount = argcount.map_or(u.argcount, |v| v as u32);
    let posonly = posonly.map_or(u.posonlyargcount, |v| v as u32);
    let kwonly = kwonly.map_or(u.kwonlyargcount, |v| v as u32);
    let flag_bits = flag_bits.map_or(u.flags, |v| v as u32);
    if argcount < posonly {
        return Err(exc!(
            system_error,
            "Objects/codeobject.c:250: bad argument to internal function"
        ));
    }
    if g.code.is_some_and(|b| b.len() % 2 != 0) {
        return Err(exc!(value_error, "code: co_code is malformed"));
    }
    let nvarnames = g.name_tuples[1].map_or(c.varnames.len(), <[_]>::len);
    let nargs = u64::from(argcount)
        + u64::from(kwonly)
        + u64::from(flag_bits & flags::VARARGS != 0)
        + u64::from(flag_bits & flags::VARKEYWORDS != 0);
    if nargs > nvarnames as u64 {
        return Err(exc!(value_error, "code: co_varnames is too small"));
    }
    if nlocals.map_or(c.varnames.len(), |v| v as usize) != nvarnames {
        return Err(exc!(value_error, "code: co_nlocals != len(co_varnames)"));
    }
    let mut names: NameTables = Default::default();
    for (new, given) in names.iter_mut().zip(g.name_tuples) {
        *new = given.map(name_tuple).transpose()?;
    }
    check_runnable(c, &g, &names)?;

    let mut unit = (**u).clone();
    unit.argcount = argcount;
    unit.posonlyargcount = posonly;
    unit.kwonlyargcount = kwonly;
    unit.flags = flag_bits;
    if let Some(n) = stacksize {
        unit.max_stack = n as u32;
    }
    if let Some(line) = firstlineno {
        shift_lines(&mut unit, line as u32);
    }
    let [filename, name, qualname] = g.strs.clone();
    let name = name.map_or_else(|| c.name.clone(), |n| intern_ref(&n));
    let qualname = qualname.map_or_else(|| c.qualname.clone(), |n| intern_ref(&n));
    let filename = filename.map_or_else(|| c.filename.clone(), |n| intern_ref(&n));
    unit.name = text(&name);
    unit.qualname = text(&qualname);
    unit.filename = text(&filename).into();
    let strings = |v: &Option<Vec<PyRef>>| v.as_ref().map(|v| v.iter().map(text).collect());
    let [new_names, new_varnames, freevars, cellvars] = names;
    unit.names = strings(&new_names).unwrap_or(unit.names);
    unit.varnames = strings(&new_varnames).unwrap_or(unit.varnames);
    unit.freevars = strings(&freevars).unwrap_or(unit.freevars);
    unit.cellvars = strings(&cellvars).unwrap_or(unit.cellvars);
    let consts = g.consts.map_or_else(|| c.consts.clone(), Box::from);
    // As CPython, a function made from the code takes its first constant as `__doc__` (the
    // compiler puts the docstring, or None, there).
    if g.consts.is_some() && unit.flags & flags::NEWLOCALS != 0 {
        unit.doc = consts.first().and_then(as_str).map(str::to_string);
    }
    let [linetable, exceptiontable] = g.tables;
    let (instrs, caches) = crate::vm::quicken::quicken(&unit.code);
    let code = CodeObj {
        instrs,
        caches,
        executed: Default::default(),
        func_version: Default::default(),
        unit: Rc::new(unit),
        consts,
        names: new_names.map_or_else(|| c.names.clone(), Vec::into_boxed_slice),
        varnames: new_varnames.map_or_else(|| c.varnames.clone(), Vec::into_boxed_slice),
        name,
        qualname,
        filename,
        linetable: linetable.or_else(|| c.linetable.clone()),
        exceptiontable: exceptiontable.or_else(|| c.exceptiontable.clone()),
    };
    Ok(Value::Obj(PyRef::new(&crate::objects::types().code, code)))
}

/// A new first line moves every line of the code with it (CPython's line table is relative
/// to `co_firstlineno`). A line pushed below 1 becomes "no location".
fn shift_lines(unit: &mut crate::bytecode::CodeUnit, firstlineno: u32) {
    let delta = i64::from(firstlineno) - i64::from(unit.firstlineno);
    unit.firstlineno = firstlineno;
    let shift = |line: u32| u32::try_from(i64::from(line) + delta).unwrap_or(0);
    for loc in unit.locations.iter_mut().filter(|l| l.line != 0) {
        loc.line = shift(loc.line);
        loc.end_line = shift(loc.end_line);
    }
}

/// Whether two constants are the same for code equality (CPython's `_PyCode_ConstantKey`):
/// same type and equal value, recursively through tuples and frozensets; identity for
/// anything else.
fn same_const(a: &Value, b: &Value) -> bool {
    if !a.class().ptr_eq(b.class()) {
        return false;
    }
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Obj(x), Value::Obj(y)) if x.ptr_eq(y) => true,
        (Value::Obj(x), Value::Obj(y)) => {
            if let (Some(s), Some(t)) = (x.downcast::<StrObj>(), y.downcast::<StrObj>()) {
                return s.as_str() == t.as_str();
            }
            if let (Some(s), Some(t)) = (x.downcast::<BytesObj>(), y.downcast::<BytesObj>()) {
                return s.bytes == t.bytes;
            }
            if let (Some(s), Some(t)) = (x.downcast::<TupleObj>(), y.downcast::<TupleObj>()) {
                return s.len() == t.len()
                    && s.items
                        .iter()
                        .zip(t.items.iter())
                        .all(|(p, q)| same_const(p, q));
            }
            if let (Some(s), Some(t)) = (x.downcast::<SetObj>(), y.downcast::<SetObj>()) {
                let (p, q) = (s.keys(), t.keys());
                return p.len() == q.len() && p.iter().all(|i| q.iter().any(|j| same_const(i, j)));
            }
            if let (Some(s), Some(t)) = (x.downcast::<CodeObj>(), y.downcast::<CodeObj>()) {
                return code_eq(s, t);
            }
            match (as_int(a), as_int(b)) {
                (Some(p), Some(q)) => p.big() == q.big(),
                _ => false,
            }
        }
        _ => {
            as_int(a)
                .zip(as_int(b))
                .is_some_and(|(p, q)| p.big() == q.big())
                || a.is(b)
        }
    }
}

fn same_names(a: &[PyRef], b: &[PyRef]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| text(x) == text(y))
}

/// CPython's `code_richcompare` equality.
fn code_eq(a: &CodeObj, b: &CodeObj) -> bool {
    let (u, v) = (&a.unit, &b.unit);
    let bytes = |t: Value| t.downcast::<BytesObj>().map(|b| b.bytes.to_vec());
    let same_lines = if a.linetable.is_none() && b.linetable.is_none() {
        u.locations == v.locations
    } else {
        bytes(a.linetable()) == bytes(b.linetable())
    };
    text(&a.name) == text(&b.name)
        && (
            u.argcount,
            u.posonlyargcount,
            u.kwonlyargcount,
            u.flags,
            u.firstlineno,
        ) == (
            v.argcount,
            v.posonlyargcount,
            v.kwonlyargcount,
            v.flags,
            v.firstlineno,
        )
        && u.code == v.code
        && a.consts.len() == b.consts.len()
        && a.consts
            .iter()
            .zip(b.consts.iter())
            .all(|(x, y)| same_const(x, y))
        && same_names(&a.names, &b.names)
        && same_names(&a.varnames, &b.varnames)
        && (&u.cellvars, &u.freevars) == (&v.cellvars, &v.freevars)
        && same_lines
        && bytes(a.exceptiontable()) == bytes(b.exceptiontable())
}

pub fn code_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CompareKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<CodeObj>(), b.downcast::<CodeObj>()) else {
        return Ok(crate::objects::numbers::int::not_implemented());
    };
    if !matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(crate::objects::numbers::int::not_implemented());
    }
    let eq = a.is(b) || code_eq(x, y);
    Ok(Value::Bool(eq == (op == CompareKind::Eq)))
}

/// A hash over fields that equal code objects share.
pub fn code_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let c = v.downcast::<CodeObj>().expect("a code object");
    let u = &c.unit;
    let fields = [
        u.argcount,
        u.posonlyargcount,
        u.kwonlyargcount,
        u.flags,
        u.firstlineno,
        u.code.len() as u32,
        c.consts.len() as u32,
        c.names.len() as u32,
        c.varnames.len() as u32,
    ];
    let h = fields.iter().fold(hash::hash_str(&text(&c.name)), |h, &f| {
        h.wrapping_mul(1_000_003) ^ i64::from(f)
    });
    Ok(if h == -1 { -2 } else { h })
}
