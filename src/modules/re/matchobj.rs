//! `re.Match`: the result of a successful match — the subject, the group spans, and the
//! methods that read them (`group`, `groups`, `groupdict`, `span`, `expand`, ...).

use super::ops::{expand_into, Out, Subject};
use super::{compile_template, short_repr, PatternObj, Types};
use crate::exc;
use crate::getset;
use crate::method;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::binary::bytes_methods::with_buffer;
use crate::objects::callables::native::{
    new_native, receiver, repr_slot, this, NativeData, NativeRepr, PLAIN_SLOTS,
};
use crate::objects::classes::typeobj::{GetSetDef, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::dict_methods::dict_value;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::tuple_value;
use crate::objects::strings::str::{new_str, slice_str, StrObj};
use crate::objects::Value;
use crate::vm::params::Clinic;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

use super::engine::NONE;

pub struct MatchObj {
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    /// (start, end) of each group, -1 when it did not match (inline for up to 3 groups:
    /// a match costs one allocation, the object).
    spans: smallvec::SmallVec<[(i64, i64); 4]>,
    lastindex: u32,
    /// A non-ASCII str subject's code points (slicing by code point index in O(length)).
    wide: Option<Rc<[u32]>>,
}

impl NativeData for MatchObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.string);
    }
}

/// A new match object from the matcher's group boundaries.
pub fn new_match(
    pattern: &Value,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    slots: &[usize],
    lastindex: u32,
) -> Value {
    let spans = slots
        .chunks(2)
        .map(|p| {
            if p[0] == NONE || p[1] == NONE || p[1] < p[0] {
                (-1, -1)
            } else {
                (p[0] as i64, p[1] as i64)
            }
        })
        .collect();
    new_native(
        &Types::get().match_,
        MatchObj {
            pattern: pattern.clone(),
            string: subj.value.clone(),
            pos,
            endpos,
            spans,
            lastindex,
            wide: subj.wide(),
        },
    )
}

impl MatchObj {
    fn pat(&self) -> &PatternObj {
        this::<PatternObj>(&self.pattern)
    }

    /// The text of a span of the subject.
    fn slice(&self, s: i64, e: i64) -> Value {
        let (s, e) = (s as usize, e as usize);
        if let Some(w) = &self.wide {
            let text: String = w[s..e].iter().filter_map(|&c| char::from_u32(c)).collect();
            return Value::Obj(new_str(text));
        }
        if let Some(st) = self.string.downcast::<StrObj>() {
            return Value::Obj(slice_str(st, s as isize, 1, e - s));
        }
        with_buffer(&self.string, |b| bytes_value(b[s..e.min(b.len())].to_vec()))
            .unwrap_or(Value::None)
    }

    fn group_value(&self, g: usize, default: &Value) -> Value {
        let (s, e) = self.spans[g];
        if s < 0 {
            return default.clone();
        }
        self.slice(s, e)
    }

    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        self.pat().group_index(vm, g)
    }

    fn is_text(&self) -> bool {
        self.pat().is_text
    }
}

impl NativeRepr for MatchObj {
    fn repr(&self, _vm: &mut Vm, _cls: &crate::objects::PyRef) -> PyResult<String> {
        let (s, e) = self.spans[0];
        Ok(format!(
            "<re.Match object; span=({s}, {e}), match={}>",
            short_repr(&self.slice(s, e), 50)
        ))
    }
}

fn match_group(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("group")?;
    let m = receiver::<MatchObj>(&args);
    let gs = args.params();
    match gs {
        [] => Ok(m.group_value(0, &Value::None)),
        [g] => {
            let i = m.index(vm, g)?;
            Ok(m.group_value(i, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let i = m.index(vm, g)?;
                out.push(m.group_value(i, &Value::None));
            }
            Ok(tuple_value(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let m = this::<MatchObj>(v);
    let i = m.index(vm, key)?;
    Ok(m.group_value(i, &Value::None))
}

/// The `default` argument of `groups()`/`groupdict()`.
fn default_arg<'a>(args: &Args<'a>, fname: &'static str) -> PyResult<Option<&'a Value>> {
    let spec = Clinic {
        fname,
        names: &["default"],
        posonly: 0,
        minpos: 0,
        maxpos: 1,
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [d] = spec.bind(&rest)?;
    Ok(d)
}

fn match_groups(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = default_arg(&args, "groups")?
        .cloned()
        .unwrap_or(Value::None);
    let m = receiver::<MatchObj>(&args);
    Ok(tuple_value(
        (1..m.spans.len()).map(|g| m.group_value(g, &d)).collect(),
    ))
}

fn match_groupdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = default_arg(&args, "groupdict")?
        .cloned()
        .unwrap_or(Value::None);
    let m = receiver::<MatchObj>(&args);
    let out = DictObj::new();
    // (group names are defined in index order, as `groupindex` lists them)
    for (g, name) in m.pat().names.iter().enumerate() {
        if let Some(n) = name {
            out.set_item(vm, Value::Obj(n.clone()), m.group_value(g, &d))?;
        }
    }
    Ok(dict_value(out))
}

/// The group argument of `start`/`end`/`span` (0 when omitted).
fn span_of(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(i64, i64)> {
    args.no_kwargs(fname)?;
    let m = receiver::<MatchObj>(args);
    let g = match args.params() {
        [] => 0,
        [g] => m.index(vm, g)?,
        more => {
            return Err(crate::vm::sig::count_error(fname, 0, 1, more.len()));
        }
    };
    Ok(m.spans[g])
}

fn match_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "start")?.0))
}

fn match_end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "end")?.1))
}

fn match_span(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, e) = span_of(vm, &args, "span")?;
    Ok(tuple_value(vec![Value::Int(s), Value::Int(e)]))
}

fn match_expand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = receiver::<MatchObj>(&args);
    let template = &args.params()[0];
    let t = compile_template(vm, &m.pattern, template)?;
    let items = match t.downcast::<ListObj>() {
        Some(l) => l.to_vec(),
        None => return Err(exc!(type_error, "bad template")),
    };
    let subj = Subject::new(&m.string, m.pat())?;
    let slots: Vec<usize> = m
        .spans
        .iter()
        .flat_map(|&(s, e)| {
            if s < 0 {
                [NONE, NONE]
            } else {
                [s as usize, e as usize]
            }
        })
        .collect();
    let mut out = Out::new(m.is_text());
    expand_into(&mut out, subj.view(), &items, &slots);
    Ok(out.finish())
}

fn match_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.receiver().clone())
}

fn get_string(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this::<MatchObj>(v).string.clone())
}
fn get_re(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this::<MatchObj>(v).pattern.clone())
}
fn get_pos(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this::<MatchObj>(v).pos as i64))
}
fn get_endpos(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this::<MatchObj>(v).endpos as i64))
}
fn get_lastindex(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = this::<MatchObj>(v);
    Ok(match m.lastindex {
        0 => Value::None,
        i => Value::Int(i as i64),
    })
}
fn get_lastgroup(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = this::<MatchObj>(v);
    Ok(m.pat()
        .names
        .get(m.lastindex as usize)
        .cloned()
        .flatten()
        .filter(|_| m.lastindex > 0)
        .map_or(Value::None, Value::Obj))
}
fn get_regs(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = this::<MatchObj>(v);
    Ok(tuple_value(
        m.spans
            .iter()
            .map(|&(s, e)| tuple_value(vec![Value::Int(s), Value::Int(e)]))
            .collect(),
    ))
}

const SLOTS: TypeSlots = TypeSlots {
    repr: Some(repr_slot::<MatchObj>),
    getitem: Some(match_getitem),
    ..PLAIN_SLOTS
};

const METHODS: &[MethodDef] = &[
    method!("group", match_group),
    method!("groups", match_groups),
    method!("groupdict", match_groupdict),
    method!("start", match_start),
    method!("end", match_end),
    method!("span", match_span),
    method!("expand", match_expand, One),
    method!("__copy__", match_copy, NoArgs),
    method!("__deepcopy__", match_copy, One),
];

const GETSETS: &[GetSetDef] = &[
    getset!("string", get_string),
    getset!("re", get_re),
    getset!("pos", get_pos),
    getset!("endpos", get_endpos),
    getset!("lastindex", get_lastindex),
    getset!("lastgroup", get_lastgroup),
    getset!("regs", get_regs),
];

pub const SPEC: TypeSpec = TypeSpec {
    slots: SLOTS,
    methods: METHODS,
    getsets: GETSETS,
};
