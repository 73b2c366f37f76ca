//! `-X gc-explain`: the table the cycle collector built, printed on stderr after every
//! collection that found garbage.
//!
//! The object core records the table only when asked (`objects::core::gc::collect` with
//! `explain`): each candidate's refcount and `gc_refs`, every reference it subtracted, and the
//! verdicts. This module turns it into text. Naming a reference (`Node('b').next`) reads the
//! referrer's payload and never runs Python code; a short repr may (a class's own
//! `__repr__`), so both happen in `Host::describe`, which the collector calls where
//! finalizers run, while it holds the unreachable objects and no borrow of its state. Whatever
//! a `__repr__` does (storing `self` somewhere) is seen by the resurrection re-check that
//! follows, exactly as a finalizer's would be.
//!
//! With the option off, the collector takes its usual, recording-free path: one atomic load
//! per collection is the whole cost.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::objects::callables::cell::CellObj;
use crate::objects::callables::descr::{MemberDescrObj, MemberField};
use crate::objects::callables::frame::FrameObj;
use crate::objects::callables::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::callables::generator::GenObj;
use crate::objects::classes::instance::{self, AttrView, InstanceObj};
use crate::objects::classes::typeobj::{type_name, TypeObject};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::set::SetObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::gc::{is_tracked, Explain, Host, Verdict};
use crate::objects::exceptions::exception::ExceptionObj;
use crate::objects::exceptions::traceback::TracebackObj;
use crate::objects::module::ModuleObj;
use crate::objects::numbers::float::FloatObj;
use crate::objects::strings::str::StrObj;
use crate::objects::{PyRef, Value};
use crate::vm::Vm;

/// Which candidates a table lists.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Off = 0,
    /// The unreachable candidates and those referring to them.
    Garbage = 1,
    /// Every candidate (`-X gc-explain=all`).
    All = 2,
}

// (an atomic, not GIL-guarded state: the command line sets it before the GIL exists)
static MODE: AtomicU8 = AtomicU8::new(Mode::Off as u8);

pub fn set_mode(mode: Mode) {
    MODE.store(mode as u8, Ordering::Relaxed);
}

/// What to ask the collector for: `None` (record nothing) or `Some(all)`.
pub fn requested() -> Option<bool> {
    match MODE.load(Ordering::Relaxed) {
        0 => None,
        m => Some(m == Mode::All as u8),
    }
}

/// How many subtracted references are listed under one candidate.
const MAX_REFS: usize = 8;
/// Reprs longer than this are cut (in characters).
const MAX_REPR: usize = 40;

/// The collector's hooks during a collection: finalizers, and the descriptions.
pub struct Hooks<'a> {
    pub vm: &'a mut Vm,
    pub described: Option<Described>,
}

/// The text a description produced, for `render`.
#[derive(Default)]
pub struct Described {
    /// Short reprs of the shown candidates, by candidate index.
    reprs: HashMap<usize, String>,
    types: HashMap<usize, String>,
    /// The subtracted references into each shown candidate: (referrer, how it refers).
    incoming: HashMap<usize, Vec<(usize, Option<String>)>>,
}

impl Host for Hooks<'_> {
    fn finalize(&mut self, obj: &PyRef) {
        self.vm.finalize(obj);
    }

    fn settle(&mut self) {
        let due = crate::gil::EVAL_BREAKER.load(std::sync::atomic::Ordering::Relaxed)
            & crate::gil::breaker::FINALIZE;
        if due != 0 {
            self.vm.run_pending_finalizers();
        }
    }

    fn wants_found(&self) -> bool {
        crate::gc::policy().borrow().debug & crate::gc::DEBUG_COLLECTABLE != 0
    }

    fn found(&mut self, garbage: &[PyRef]) {
        // `gc.set_debug(gc.DEBUG_COLLECTABLE)`: CPython's debug_cycle line per object.
        if crate::gc::policy().borrow().debug & crate::gc::DEBUG_COLLECTABLE == 0 {
            return;
        }
        let mut text = String::new();
        for obj in garbage {
            let name = crate::objects::classes::typeobj::type_name(obj.class());
            text.push_str(&format!("gc: collectable <{name} {:#x}>\n", obj.addr()));
        }
        self.vm.interp.write_stderr_holding_gil(&text);
    }

    fn describe(&mut self, table: &Explain, objs: &[(usize, PyRef)]) {
        let by_index: HashMap<usize, &PyRef> = objs.iter().map(|(i, o)| (*i, o)).collect();
        let mut d = Described::default();
        // Names first: they read the objects as the verdict found them, before any
        // `__repr__` can change them.
        let mut pairs: HashMap<(usize, usize), usize> = HashMap::new();
        let mut order = Vec::new();
        for &(from, to) in &table.edges {
            if !table.candidates[to].shown {
                continue;
            }
            let n = pairs.entry((from, to)).or_insert(0);
            if *n == 0 {
                order.push((from, to));
            }
            *n += 1;
        }
        for (from, to) in order {
            let count = pairs[&(from, to)];
            let mut names = match (by_index.get(&from), by_index.get(&to)) {
                (Some(f), Some(t)) => paths(f, t),
                _ => Vec::new(),
            };
            // Each subtraction gets a name when they match one to one.
            if names.len() != count {
                names.clear();
            }
            let list = d.incoming.entry(to).or_default();
            for k in 0..count {
                list.push((from, names.get(k).cloned()));
            }
        }
        for (i, obj) in objs {
            d.types.insert(*i, type_name(obj.class()));
            let r = short_repr(self.vm, obj);
            d.reprs.insert(*i, r);
        }
        self.described = Some(d);
    }
}

/// The table as text (`described` is `None` when the collection found no garbage).
pub fn render(table: &Explain, described: Option<&Described>) -> String {
    let empty = Described::default();
    let d = described.unwrap_or(&empty);
    let c = &table.candidates;
    let unreachable = c.iter().filter(|c| c.unreachable()).count();
    let mut out = format!(
        "gc-explain: collection of generation {}: {} candidates, {} unreachable\n",
        table.generation,
        c.len(),
        unreachable
    );
    let repr_of = |i: usize| -> String {
        d.reprs
            .get(&i)
            .cloned()
            .unwrap_or_else(|| format!("<candidate #{i}>"))
    };
    let rows: Vec<usize> = (0..c.len()).filter(|&i| c[i].shown).collect();
    let w_idx = rows
        .iter()
        .map(|i| i.to_string().len())
        .max()
        .unwrap_or(0)
        .max(1);
    let w_obj = rows
        .iter()
        .map(|&i| repr_of(i).chars().count())
        .max()
        .unwrap_or(0)
        .max(6);
    let w_ty = rows
        .iter()
        .map(|i| d.types.get(i).map_or(1, |t| t.chars().count()))
        .max()
        .unwrap_or(0)
        .max(4);
    let _ = writeln!(
        out,
        "  {:>w_idx$}  {:<w_obj$}  {:<w_ty$}  refcount  gc_refs  verdict",
        "#", "object", "type"
    );
    for i in rows {
        let cand = &c[i];
        let fin = if cand.finalized { "finalized -> " } else { "" };
        let verdict = match cand.verdict {
            Verdict::Reachable if cand.gc_refs > 0 => "reachable (referenced from outside)".into(),
            Verdict::Reachable => "reachable (from a reachable candidate)".into(),
            Verdict::Freed => format!("unreachable -> {fin}freed"),
            Verdict::Resurrected => format!("unreachable -> {fin}resurrected"),
            Verdict::NotFreed => format!("unreachable -> {fin}cleared, not freed"),
            Verdict::Saved => format!("unreachable -> {fin}saved in gc.garbage"),
        };
        let ty = d.types.get(&i).map_or("?", String::as_str);
        let _ = writeln!(
            out,
            "  {:>w_idx$}  {:<w_obj$}  {:<w_ty$}  {:>8}  {:>7}  {}",
            i,
            repr_of(i),
            ty,
            cand.refcount,
            cand.gc_refs,
            verdict
        );
        let pad = " ".repeat(w_idx + 4);
        let incoming = d.incoming.get(&i).map_or(&[][..], Vec::as_slice);
        for (from, path) in incoming.iter().take(MAX_REFS) {
            let _ = writeln!(
                out,
                "{pad}subtracted: {}{} -> {}",
                repr_of(*from),
                path.as_deref().unwrap_or(""),
                repr_of(i)
            );
        }
        if incoming.len() > MAX_REFS {
            let _ = writeln!(
                out,
                "{pad}subtracted: ... and {} more",
                incoming.len() - MAX_REFS
            );
        }
    }
    out
}

/// `repr(obj)` cut to `MAX_REPR` characters when the class (or a class it derives from)
/// defines `__repr__`; a short native description otherwise. Never raises.
fn short_repr(vm: &mut Vm, obj: &PyRef) -> String {
    let text = match own_repr(obj) {
        Some(f) => {
            // (found along the MRO without the lookup cache, whose counted references
            // would look like references from outside to a class that is garbage)
            let handled = vm.handled.take();
            let r = vm.call_found(f, &Value::Obj(obj.clone()), &[]);
            vm.handled = handled;
            match r {
                Ok(Value::Obj(s)) if s.is::<StrObj>() => s
                    .downcast::<StrObj>()
                    .map_or_else(String::new, |s| s.as_str().to_string()),
                _ => "<repr failed>".to_string(),
            }
        }
        None => native_repr(obj),
    };
    if text.chars().count() > MAX_REPR {
        let mut cut: String = text.chars().take(MAX_REPR - 3).collect();
        cut.push_str("...");
        cut
    } else {
        text
    }
}

/// The `__repr__` a class defined in Python gives `obj`, if any.
fn own_repr(obj: &PyRef) -> Option<Value> {
    let cls = obj.class();
    let t = cls.downcast::<TypeObject>()?;
    let name = crate::interned!("__repr__");
    let mro = t.mro();
    for c in std::iter::once(cls).chain(mro.iter()) {
        let ct = c.downcast::<TypeObject>()?;
        if let Some(f) = ct.dict.get_str(name) {
            return ct.heap.then_some(f);
        }
    }
    None
}

/// A description that runs no Python code: `list(len=3)`, `<Node at 0x...>`.
fn native_repr(obj: &PyRef) -> String {
    let tn = type_name(obj.class());
    if let Some(l) = obj.downcast::<ListObj>() {
        return match l.items.try_borrow() {
            Ok(items) => format!("{tn}(len={})", items.len()),
            Err(_) => format!("{tn}(...)"),
        };
    }
    if let Some(t) = obj.downcast::<TupleObj>() {
        return format!("{tn}(len={})", t.items.len());
    }
    if let Some(d) = obj.downcast::<DictObj>() {
        return format!("{tn}(len={})", d.len());
    }
    if let Some(s) = obj.downcast::<SetObj>() {
        return format!("{tn}(len={})", s.keys().len());
    }
    if let Some(f) = obj.downcast::<FunctionObj>() {
        let q = f
            .qualname
            .try_borrow()
            .ok()
            .and_then(|q| q.downcast::<StrObj>().map(|s| s.as_str().to_string()));
        return format!("<function {}>", q.unwrap_or_default());
    }
    if let Some(f) = obj.downcast::<BuiltinFunctionObj>() {
        return format!("<built-in {}>", f.name);
    }
    if let Some(t) = obj.downcast::<TypeObject>() {
        return format!("<class '{}'>", t.name);
    }
    if let Some(m) = obj.downcast::<ModuleObj>() {
        let n = m.name.downcast::<StrObj>().map_or("?", |s| s.as_str());
        return format!("<module '{n}'>");
    }
    format!("<{tn} at {:#x}>", obj.addr())
}

/// How `from` refers to `to`, once per reference its traversal reports (`.next`, `[0]`,
/// `['key']`, `.__class__`); empty when the payload is not one this knows. Runs no Python
/// code.
fn paths(from: &PyRef, to: &PyRef) -> Vec<String> {
    let mut out = Vec::new();
    let is_to = |v: &Value| matches!(v, Value::Obj(o) if o.ptr_eq(to));
    // Attributes of a dict the object owns: the instance's own (traced as its attributes)
    // or a class's namespace.
    let attrs = |items: Vec<(Value, Value)>, out: &mut Vec<String>| {
        for (k, v) in items {
            if is_to(&v) {
                out.push(match str_key(&k) {
                    Some(name) => format!(".{name}"),
                    None => format!(".__dict__[{}]", key_repr(&k)),
                });
            }
        }
    };
    if from.is::<InstanceObj>() {
        match instance::attr_view(from) {
            AttrView::Own(items) => attrs(items, &mut out),
            AttrView::Dict(d) if d.ptr_eq(to) => out.push(".__dict__".into()),
            _ => {}
        }
        slot_paths(from, &instance::slot_values(from), to, &mut out);
    } else if let Some(f) = from.downcast::<FloatObj>() {
        if let Ok(slots) = f.slots.try_borrow() {
            slot_paths(from, &slots, to, &mut out);
        }
    } else if let Some(Ok(slots)) = from
        .downcast::<crate::objects::numbers::complex::ComplexObj>()
        .and_then(|c| c.slots.as_ref())
        .map(|s| s.try_borrow())
    {
        slot_paths(from, &slots, to, &mut out);
    } else if let Some(l) = from.downcast::<ListObj>() {
        if let Ok(items) = l.items.try_borrow() {
            index_paths(&items, to, &mut out);
        }
    } else if let Some(t) = from.downcast::<TupleObj>() {
        index_paths(&t.items, to, &mut out);
    } else if let Some(d) = from.downcast::<DictObj>() {
        for (k, v) in d.items() {
            if is_to(&k) {
                out.push(" (a key)".into());
            }
            if is_to(&v) {
                out.push(format!("[{}]", key_repr(&k)));
            }
        }
    } else if let Some(s) = from.downcast::<SetObj>() {
        for k in s.keys() {
            if is_to(&k) {
                out.push(" (an element)".into());
            }
        }
    } else if let Some(c) = from.downcast::<CellObj>() {
        if is_to(&c.value.get()) {
            out.push(".cell_contents".into());
        }
    } else if let Some(f) = from.downcast::<FunctionObj>() {
        let opt = |cell: &std::cell::RefCell<Option<PyRef>>| {
            cell.try_borrow()
                .is_ok_and(|o| o.as_ref().is_some_and(|o| o.ptr_eq(to)))
        };
        let val = |cell: &std::cell::RefCell<Value>| cell.try_borrow().is_ok_and(|v| is_to(&v));
        let fields = [
            (f.globals.ptr_eq(to), ".__globals__"),
            (opt(&f.defaults), ".__defaults__"),
            (opt(&f.kwdefaults), ".__kwdefaults__"),
            (
                f.closure.as_ref().is_some_and(|c| c.ptr_eq(to)),
                ".__closure__",
            ),
            (val(&f.doc), ".__doc__"),
            (val(&f.module), ".__module__"),
            (opt(&f.dict), ".__dict__"),
            (opt(&f.annotations), ".__annotations__"),
        ];
        out.extend(fields.iter().filter(|f| f.0).map(|f| f.1.to_string()));
    } else if let Some(m) = from.downcast::<BoundMethodObj>() {
        if is_to(&m.func) {
            out.push(".__func__".into());
        }
        if is_to(&m.self_) {
            out.push(".__self__".into());
        }
    } else if let Some(m) = from.downcast::<ModuleObj>() {
        if m.dict.ptr_eq(to) {
            out.push(".__dict__".into());
        }
    } else if let Some(t) = from.downcast::<TypeObject>() {
        attrs(t.dict.items(), &mut out);
        for (i, b) in t.bases().iter().enumerate() {
            if b.ptr_eq(to) {
                out.push(format!(".__bases__[{i}]"));
            }
        }
        for (i, b) in t.mro().iter().enumerate() {
            if b.ptr_eq(to) {
                out.push(format!(".__mro__[{}]", i + 1));
            }
        }
    } else if let Some(e) = from.downcast::<ExceptionObj>() {
        if e.args.try_borrow().is_ok_and(|a| a.ptr_eq(to)) {
            out.push(".args".into());
        }
        let opt = |cell: &std::cell::RefCell<Option<PyRef>>| {
            cell.try_borrow()
                .is_ok_and(|o| o.as_ref().is_some_and(|o| o.ptr_eq(to)))
        };
        if opt(&e.traceback) {
            out.push(".__traceback__".into());
        }
        if e.cause.try_borrow().is_ok_and(|v| is_to(&v)) {
            out.push(".__cause__".into());
        }
        if e.context.try_borrow().is_ok_and(|v| is_to(&v)) {
            out.push(".__context__".into());
        }
        if opt(&e.dict) {
            out.push(".__dict__".into());
        }
    } else if let Some(f) = from.downcast::<FrameObj>() {
        f.reference_paths(to, &mut out);
    } else if let Some(t) = from.downcast::<TracebackObj>() {
        if t.entry.frame.ptr_eq(to) {
            out.push(".tb_frame".into());
        }
        if t.next
            .try_borrow()
            .is_ok_and(|n| n.as_ref().is_some_and(|n| n.ptr_eq(to)))
        {
            out.push(".tb_next".into());
        }
    } else if let Some(g) = from.downcast::<GenObj>() {
        g.reference_paths(to, &mut out);
    }
    // What every object may add: the dict of a builtin subclass's instance, and the class.
    if let Some(d) = from.trailer_dict() {
        if d.try_borrow()
            .is_ok_and(|d| d.as_ref().is_some_and(|d| d.ptr_eq(to)))
        {
            out.push(".__dict__".into());
        }
    }
    if from.class().ptr_eq(to) && is_tracked(to) {
        out.push(".__class__".into());
    }
    out
}

/// The `__slots__` values of `from` that are `to`, by slot name (found as the member
/// descriptor with that index along the class's MRO).
fn slot_paths(from: &PyRef, slots: &[Value], to: &PyRef, out: &mut Vec<String>) {
    for (i, v) in slots.iter().enumerate() {
        if !matches!(v, Value::Obj(o) if o.ptr_eq(to)) {
            continue;
        }
        let cls = from.class();
        let mro = cls
            .downcast::<TypeObject>()
            .map_or_else(|| [].into(), |t| t.mro());
        let classes = std::iter::once(cls).chain(mro.iter());
        let name = classes
            .filter_map(|c| c.downcast::<TypeObject>())
            .flat_map(|t| t.dict.values())
            .find_map(|d| match &d {
                Value::Obj(o) => o
                    .downcast::<MemberDescrObj>()
                    .filter(|m| matches!(m.field, MemberField::Slot(j) if j == i))
                    .and_then(|m| m.name.downcast::<StrObj>())
                    .map(|n| n.as_str().to_string()),
                _ => None,
            });
        out.push(match name {
            Some(n) => format!(".{n}"),
            None => format!(".<slot {i}>"),
        });
    }
}

fn index_paths(items: &[Value], to: &PyRef, out: &mut Vec<String>) {
    for (i, v) in items.iter().enumerate() {
        if matches!(v, Value::Obj(o) if o.ptr_eq(to)) {
            out.push(format!("[{i}]"));
        }
    }
}

/// A str key's text, when it is a plain identifier (an attribute name).
fn str_key(k: &Value) -> Option<String> {
    let Value::Obj(o) = k else { return None };
    let s = o.downcast::<StrObj>()?.as_str();
    let ident = !s.is_empty()
        && s.chars()
            .next()
            .is_some_and(|c| c == '_' || c.is_alphabetic())
        && s.chars().all(|c| c == '_' || c.is_alphanumeric());
    ident.then(|| s.to_string())
}

/// A dict key as Python would print it, for the keys that print without running code.
fn key_repr(k: &Value) -> String {
    match k {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format!("{f:?}"),
        Value::Null => "?".into(),
        Value::Obj(o) => match o.downcast::<StrObj>() {
            Some(s) => {
                let body: String = s.as_str().chars().take(MAX_REPR).collect();
                format!("'{}'", body.replace('\\', "\\\\").replace('\'', "\\'"))
            }
            None => format!("<{}>", type_name(o.class())),
        },
    }
}
