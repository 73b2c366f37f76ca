//! The runtime side of `match` (PEP 634): what the `MATCH_*` instructions ask of a subject.

use super::{Args, PyResult, Vm};
use crate::exc;
use crate::objects::classes::typeobj::{type_name, TypeObject};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::{as_str, intern};
use crate::objects::{types, PyRef, Value};

/// Whether `cls` or one of its bases is the builtin `base` or a class called one of `names`
/// defined in `collections.abc`/`collections` (CPython marks these types with the
/// `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING` flags, which subclasses inherit).
fn derives(cls: &PyRef, builtins: &[&PyRef], names: &[&str]) -> bool {
    let Some(t) = cls.downcast::<TypeObject>() else {
        return false;
    };
    std::iter::once(cls).chain(t.mro().iter()).any(|c| {
        if builtins.iter().any(|b| c.ptr_eq(b)) {
            return true;
        }
        let Some(ct) = c.downcast::<TypeObject>() else {
            return false;
        };
        // Native types may carry their module in the name (`collections.deque`).
        let name = ct.name.get();
        let short = name.rsplit('.').next().unwrap_or("");
        if !names.contains(&short) {
            return false;
        }
        if !ct.heap {
            return true;
        }
        let module = ct.dict.get_str(&intern("__module__"));
        matches!(
            module.as_ref().and_then(as_str),
            Some("collections.abc" | "collections" | "_collections")
        )
    })
}

/// The builtin types whose class pattern with one positional sub-pattern matches the
/// subject itself (CPython's `_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(cls: &PyRef) -> bool {
    let t = types();
    let selfs = [
        &t.bool,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ];
    let Some(ty) = cls.downcast::<TypeObject>() else {
        return false;
    };
    std::iter::once(cls)
        .chain(ty.mro().iter())
        .any(|c| selfs.iter().any(|s| c.ptr_eq(s)))
}

impl Vm {
    pub(crate) fn match_sequence(&self, v: &Value) -> bool {
        let t = types();
        let cls = v.class();
        if derives(cls, &[&t.str, &t.bytes, &t.bytearray], &[]) {
            return false;
        }
        derives(
            cls,
            &[&t.list, &t.tuple, &t.range],
            &["deque", "Sequence", "MutableSequence"],
        )
    }

    pub(crate) fn match_mapping(&self, v: &Value) -> bool {
        derives(v.class(), &[&types().dict], &["Mapping", "MutableMapping"])
    }

    /// The values of `keys` in `subject` (through its `get`), or None when one is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys.downcast::<TupleObj>() {
            Some(t) => t.items.to_vec(),
            None => return Ok(Value::None),
        };
        if keys.is_empty() {
            return Ok(Value::Obj(TupleObj::new_ref(Vec::new())));
        }
        let get = self.getattr(subject, &intern("get"))?;
        // A fresh object no mapping can hold: marks a missing key.
        let dummy = Value::Obj(ListObj::new_ref(Vec::new()));
        let mut values = Vec::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            for prev in &keys[..i] {
                if self.eq(prev, k)? {
                    let r = self.repr_string(k)?;
                    return Err(exc!(
                        value_error,
                        "mapping pattern checks duplicate key ({})",
                        r
                    ));
                }
            }
            let v = self.call(&get, Args::positional(&[k.clone(), dummy.clone()]))?;
            if v.is(&dummy) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::Obj(TupleObj::new_ref(values)))
    }

    /// `dict(subject)` without `keys`.
    pub(crate) fn copy_dict_without_keys(
        &mut self,
        subject: &Value,
        keys: &Value,
    ) -> PyResult<Value> {
        let rest = Value::Obj(DictObj::new_ref());
        let update = self.getattr(&rest, &intern("update"))?;
        self.call(&update, Args::positional(std::slice::from_ref(subject)))?;
        if let Some(t) = keys.downcast::<TupleObj>() {
            for k in t.items.iter() {
                self.delitem(&rest, k)?;
            }
        }
        Ok(rest)
    }

    /// `MATCH_CLASS`: the positional and keyword sub-pattern values, or None.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        names: &Value,
        npos: usize,
    ) -> PyResult<Value> {
        let cls_ref = match cls {
            Value::Obj(c) if c.is::<TypeObject>() => c.clone(),
            _ => return Err(exc!(type_error, "called match pattern must be a type")),
        };
        if !crate::builtins::core::isinstance_of(self, subject, cls)? {
            return Ok(Value::None);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if npos > 0 {
            let match_args = match self.getattr_opt(cls, &intern("__match_args__")) {
                Ok(v) => v,
                Err(e) if e.matches(&types().exc.attribute_error) => None,
                Err(e) => return Err(e),
            };
            let (args, match_self) = match match_args {
                Some(m) => match m.downcast::<TupleObj>() {
                    Some(t) => (t.items.to_vec(), false),
                    None => {
                        return Err(exc!(
                            type_error,
                            "{}.__match_args__ must be a tuple (got {})",
                            type_name(&cls_ref),
                            m.type_name()
                        ))
                    }
                },
                None => (Vec::new(), matches_self(&cls_ref)),
            };
            let allowed = if match_self { 1 } else { args.len() };
            if allowed < npos {
                return Err(exc!(
                    type_error,
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    type_name(&cls_ref),
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    npos
                ));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for a in &args[..npos] {
                    let Some(name) = as_str(a) else {
                        return Err(exc!(
                            type_error,
                            "__match_args__ elements must be strings (got {})",
                            a.type_name()
                        ));
                    };
                    match self.match_class_attr(subject, &cls_ref, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Some(t) = names.downcast::<TupleObj>() {
            for n in t.items.iter() {
                let name = as_str(n).unwrap_or("");
                match self.match_class_attr(subject, &cls_ref, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::Obj(TupleObj::new_ref(attrs)))
    }

    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls: &PyRef,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            return Err(exc!(
                type_error,
                "{}() got multiple sub-patterns for attribute '{}'",
                type_name(cls),
                name
            ));
        }
        seen.push(name.to_string());
        match self.getattr_opt(subject, &intern(name)) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(&types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
