//! Code objects: a compiled [`CodeUnit`] with its constants and names turned into Python
//! objects (names and identifier-like string constants interned), ready for the VM, and
//! their `co_*` attributes. `replace()`, `==` and `hash()` live in `code_replace`.

use crate::objects::classes::typeobj::TypeSpec;
use std::rc::Rc;

use crate::bytecode::{wordcode, CodeUnit, Const};
use crate::method;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots};
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::core::PyRef;
use crate::objects::numbers::int::IntObj;
use crate::objects::strings::str::{intern, new_str, StrObj};
use crate::objects::trace::Trace;
use crate::objects::{numbers::hash, types, Value};
use crate::vm::{Args, PyResult, Vm};

pub struct CodeObj {
    pub unit: Rc<CodeUnit>,
    pub consts: Box<[Value]>,
    /// `unit.names`, interned.
    pub names: Box<[PyRef]>,
    /// `unit.varnames`, interned (keyword arguments are matched against these).
    pub varnames: Box<[PyRef]>,
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
    /// `co_linetable` and `co_exceptiontable` when given to `replace()` (reported as given;
    /// pyvm keeps running on `unit.locations`).
    pub linetable: Option<PyRef>,
    pub exceptiontable: Option<PyRef>,
    /// The instructions the eval loop runs: `unit.code`, rewritten in place by quickening
    /// (see `vm::quicken`).
    pub instrs: Box<[std::cell::Cell<crate::bytecode::opcode::Instr>]>,
    /// The inline caches of the specialisable instructions.
    pub caches: Box<[crate::vm::quicken::Cache]>,
    /// Instructions executed, counted under `-X opstats`.
    pub executed: std::cell::Cell<u64>,
    /// The version the functions made from this code start with (0 until asked for; see
    /// `FunctionObj::version`).
    pub(crate) func_version: std::cell::Cell<u32>,
}

// Holds no references: not a container.
impl Trace for CodeObj {}

impl CodeObj {
    /// The function version of this code (handed out on first request).
    pub fn func_version(&self) -> u32 {
        if self.func_version.get() == 0 {
            self.func_version
                .set(crate::objects::callables::function::next_version());
        }
        self.func_version.get()
    }
}

/// Whether a string constant looks like an identifier (CPython interns those).
fn is_identifier_like(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl CodeObj {
    /// Builds the code object (and those of nested code) from compiler output.
    pub fn from_unit(unit: &Rc<CodeUnit>) -> PyRef {
        let (instrs, caches) = crate::vm::quicken::quicken(&unit.code);
        let code = CodeObj {
            consts: unit.consts.iter().map(const_value).collect(),
            names: unit.names.iter().map(|n| intern(n)).collect(),
            varnames: unit.varnames.iter().map(|n| intern(n)).collect(),
            name: intern(&unit.name),
            qualname: intern(&unit.qualname),
            filename: intern(&unit.filename),
            linetable: None,
            exceptiontable: None,
            instrs,
            caches,
            executed: Default::default(),
            func_version: Default::default(),
            unit: unit.clone(),
        };
        PyRef::new(&types().code, code)
    }
}

/// A constant as a Python value.
pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::Obj(PyRef::new(&types().int, IntObj { value: b.clone() })),
        Const::Float(f) => Value::float(*f),
        Const::Complex(re, im) => crate::objects::numbers::complex::new_complex(*re, *im),
        Const::Str(s) if is_identifier_like(s) => Value::Obj(intern(s)),
        Const::Str(s) => Value::Obj(new_str(s.as_str())),
        Const::Bytes(b) => Value::Obj(PyRef::new(
            &types().bytes,
            crate::objects::binary::bytes::BytesObj {
                bytes: b.clone().into_boxed_slice(),
            },
        )),
        Const::Ellipsis => Value::Obj(types().ellipsis.clone()),
        Const::Tuple(items) => Value::Obj(crate::objects::containers::tuple::TupleObj::new_ref(
            items.iter().map(const_value).collect(),
        )),
        Const::FrozenSet(items) => {
            Value::Obj(crate::objects::containers::set::frozenset_from_distinct(
                items
                    .iter()
                    .map(|c| (const_value(c), const_hash(c).unwrap_or(0))),
            ))
        }
        Const::Code(unit) => Value::Obj(CodeObj::from_unit(unit)),
    }
}

/// The hash of a constant that hashes by value (what the compiler puts in a frozenset
/// constant), computed without a VM; `None` for the others. Must agree with the types'
/// hash slots (a unit test checks).
pub fn const_hash(c: &Const) -> Option<i64> {
    Some(match c {
        Const::Bool(b) => *b as i64,
        Const::Int(i) => hash::hash_int(*i),
        Const::BigInt(b) => hash::hash_bigint(b),
        Const::Float(f) => hash::hash_float(*f),
        Const::Complex(re, im) => hash::hash_complex(hash::hash_float(*re), hash::hash_float(*im)),
        Const::Str(s) => hash::hash_str(s),
        Const::Bytes(b) => crate::objects::binary::bytes::hash_bytes(b),
        Const::Tuple(items) => {
            let hashes = items.iter().map(const_hash).collect::<Option<Vec<_>>>()?;
            hash::hash_tuple(hashes.into_iter())
        }
        _ => return None,
    })
}

fn str_tuple(names: &[PyRef]) -> Value {
    tuple_value(names.iter().map(|n| Value::Obj(n.clone())).collect())
}

fn interned_tuple(names: &[String]) -> Value {
    tuple_value(names.iter().map(|n| Value::Obj(intern(n))).collect())
}

impl CodeObj {
    /// `co_linetable`: as given to `replace()`, else built from the locations.
    pub fn linetable(&self) -> Value {
        match &self.linetable {
            Some(t) => Value::Obj(t.clone()),
            None => bytes_value(wordcode::linetable(&self.unit)),
        }
    }

    /// `co_exceptiontable`: empty (pyvm's handlers live on a block stack), unless replaced.
    pub fn exceptiontable(&self) -> Value {
        match &self.exceptiontable {
            Some(t) => Value::Obj(t.clone()),
            None => bytes_value(Vec::new()),
        }
    }
}

/// The `co_*` attributes, as CPython declares them: members (read-only: "readonly
/// attribute") or computed getsets ("attribute ... is not writable").
macro_rules! code_fields {
    ($($kind:ident $field:ident => $getter:ident,)*) => {
        $(fn $getter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
            Ok(field(v.downcast::<CodeObj>().expect("checked by the descriptor"), stringify!($field)))
        })*
        /// `code`'s special attributes.
        pub const GETSETS: &[GetSetDef] = &[$(code_fields!(@def $kind $field, $getter),)*];
    };
    (@def member $field:ident, $g:ident) => { crate::member!(concat!("co_", stringify!($field)), $g) };
    (@def getset $field:ident, $g:ident) => { crate::getset!(concat!("co_", stringify!($field)), $g) };
}

code_fields! {
    member argcount => get_argcount,
    member posonlyargcount => get_posonlyargcount,
    member kwonlyargcount => get_kwonlyargcount,
    member stacksize => get_stacksize,
    member flags => get_flags,
    member nlocals => get_nlocals,
    member consts => get_consts,
    member names => get_names,
    member filename => get_filename,
    member name => get_name,
    member qualname => get_qualname,
    member firstlineno => get_firstlineno,
    member linetable => get_linetable,
    member exceptiontable => get_exceptiontable,
    getset lnotab => get_lnotab,
    getset varnames => get_varnames,
    getset cellvars => get_cellvars,
    getset freevars => get_freevars,
    getset code => get_code,
}

/// The `co_<field>` attribute of `c`.
fn field(c: &CodeObj, field: &str) -> Value {
    let u = &c.unit;
    let int = |i: u32| Value::Int(i64::from(i));
    match field {
        "name" => Value::Obj(c.name.clone()),
        "qualname" => Value::Obj(c.qualname.clone()),
        "filename" => Value::Obj(c.filename.clone()),
        "firstlineno" => int(u.firstlineno),
        "argcount" => int(u.argcount),
        "posonlyargcount" => int(u.posonlyargcount),
        "kwonlyargcount" => int(u.kwonlyargcount),
        "nlocals" => Value::Int(c.varnames.len() as i64),
        "flags" => int(u.flags),
        "stacksize" => int(u.max_stack),
        "varnames" => str_tuple(&c.varnames),
        "names" => str_tuple(&c.names),
        "cellvars" => interned_tuple(&u.cellvars),
        "freevars" => interned_tuple(&u.freevars),
        "consts" => tuple_value(c.consts.to_vec()),
        "code" => bytes_value(wordcode::code_bytes(u)),
        "linetable" => c.linetable(),
        "lnotab" => bytes_value(wordcode::lnotab(u)),
        _ => c.exceptiontable(),
    }
}

/// `<code object f at 0x..., file "x.py", line 1>`
fn code_repr(_vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    let c = v.downcast::<CodeObj>().expect("a code object");
    let text = |s: &PyRef| {
        s.downcast::<StrObj>()
            .map_or("?", |s| s.as_str())
            .to_string()
    };
    Ok(new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        text(&c.name),
        v.as_obj().map_or(0, |o| o.addr()),
        text(&c.filename),
        c.unit.firstlineno
    )))
}

/// `co_lines()`: `(start, end, line)` for each instruction's bytes in `co_code`.
fn code_lines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = args.receiver_as::<CodeObj>();
    let line = |l: Option<&crate::ast::Loc>| l.map_or(Value::None, |l| Value::Int(l.line.into()));
    let items = wordcode::spans(&c.unit)
        .map(|(start, end, loc)| {
            tuple_value(vec![
                Value::Int(start as i64),
                Value::Int(end as i64),
                line(loc),
            ])
        })
        .collect();
    vm.iter(&Value::Obj(ListObj::new_ref(items)))
}

/// `co_positions()`: `(line, end_line, col, end_col)` for each code unit of `co_code`.
fn code_positions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = args.receiver_as::<CodeObj>();
    let mut items = Vec::new();
    for (start, end, loc) in wordcode::spans(&c.unit) {
        let fields = match loc {
            Some(l) => [l.line, l.end_line, l.col, l.end_col].map(|x| Value::Int(x.into())),
            None => [Value::None, Value::None, Value::None, Value::None],
        };
        let position = tuple_value(fields.to_vec());
        items.extend(std::iter::repeat_n(position, (end - start) / 2));
    }
    vm.iter(&Value::Obj(ListObj::new_ref(items)))
}

pub const METHODS: &[MethodDef] = &[
    method!(
        "replace",
        crate::objects::callables::code_replace::code_replace
    ),
    method!("co_lines", code_lines, NoArgs),
    method!("co_positions", code_positions, NoArgs),
];

pub const SLOTS: TypeSlots = TypeSlots {
    new: Some(crate::objects::exceptions::traceback::no_new),
    repr: Some(code_repr),
    richcompare: Some(crate::objects::callables::code_replace::code_richcompare),
    hash: Some(crate::objects::callables::code_replace::code_hash),
    ..TypeSlots::EMPTY
};

/// The `SPEC` type's declaration (see `typeobj::TypeSpec`).
pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    /// `const_hash` agrees with `hash()` of the value the constant becomes.
    #[test]
    fn const_hash_matches_hash_slots() {
        let _gil = crate::gil::acquire();
        let mut vm = crate::vm::Vm::new();
        let consts = [
            Const::Bool(true),
            Const::Int(-1),
            Const::Int(1 << 62),
            Const::BigInt(BigInt::from(1u128 << 100)),
            Const::Float(-2.5),
            Const::Float(1e300),
            Const::Complex(0.0, 1.0),
            Const::Complex(-1.0, 0.0),
            Const::Complex(1e300, -2.5),
            Const::Str("héllo".into()),
            Const::Bytes(b"abc".to_vec()),
            Const::Tuple(vec![
                Const::Int(1),
                Const::Str("a".into()),
                Const::Tuple(vec![]),
            ]),
        ];
        for c in &consts {
            let h = vm.hash(&const_value(c)).unwrap_or(0);
            assert_eq!(const_hash(c), Some(h), "{c:?}");
        }
        assert_eq!(const_hash(&Const::None), None);
    }
}
