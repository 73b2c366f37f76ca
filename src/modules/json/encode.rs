//! The native JSON encoder (CPython's `c_make_encoder`): one-shot encoding of
//! dict/list/tuple/str/int/float/bool/None trees into one string, with every `JSONEncoder`
//! option. Other objects go through the encoder's `default`; int and float subclasses are
//! written as `int.__repr__`/`float.__repr__` would, str subclasses by their text; dict
//! subclasses are walked through their `items()` and list/tuple subclasses by their items,
//! as CPython's C encoder does.
//!
//! No borrow of a container is held while Python code runs (`default`, `items()`, sorting):
//! a dict is walked over a snapshot of its items, a list by index with its length re-read.

use std::collections::HashSet;

use super::quote_into;
use crate::exc;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::{list_value, sort_list, ListObj};
use crate::objects::containers::tuple::{tuple_value, TupleObj};
use crate::objects::numbers::float::float_of;
use crate::objects::numbers::float_repr::repr_f64;
use crate::objects::numbers::int::{as_int, int_to_string};
use crate::objects::strings::str::{new_str, StrObj};
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// One encoding run: the options, the circular-reference markers and the output.
struct Encoder {
    markers: Option<HashSet<usize>>,
    default: Value,
    ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    skipkeys: bool,
    key_sep: String,
    item_sep: String,
    indent: Option<String>,
    out: String,
}

/// What the walk does with a value it cannot write as a scalar.
enum Kind {
    Seq,
    Dict,
    Other,
}

impl Encoder {
    /// The text of a float, with `allow_nan`'s check. The message names the value only with
    /// an indent (CPython's Python encoder; its C one, used without indent, does not).
    fn float_text(&self, f: f64) -> PyResult<String> {
        let text = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(repr_f64(f));
        };
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(match self.indent {
                Some(_) => exc!(value_error, "{msg}: {}", repr_f64(f)),
                None => exc!(value_error, "{msg}"),
            });
        }
        Ok(text.to_string())
    }

    /// Writes `o` if it is a str/None/bool/int/float; otherwise says what it is.
    fn scalar(&mut self, o: &Value) -> PyResult<Option<Kind>> {
        match o {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(self.out, "{i}");
            }
            Value::Float(f) => {
                let t = self.float_text(*f)?;
                self.out.push_str(&t);
            }
            Value::Obj(r) => {
                if let Some(s) = r.downcast::<StrObj>() {
                    quote_into(&mut self.out, s.as_str(), self.ascii);
                } else if let Some(i) = as_int(o) {
                    let t = int_to_string(i)?;
                    self.out.push_str(&t);
                } else if let Some(f) = float_of(o) {
                    let t = self.float_text(f)?;
                    self.out.push_str(&t);
                } else if r.downcast::<ListObj>().is_some() || r.downcast::<TupleObj>().is_some() {
                    return Ok(Some(Kind::Seq));
                } else if r.downcast::<DictObj>().is_some() {
                    return Ok(Some(Kind::Dict));
                } else {
                    return Ok(Some(Kind::Other));
                }
            }
            Value::Null => return Ok(Some(Kind::Other)),
        }
        Ok(None)
    }

    fn mark(&mut self, o: &Value) -> PyResult<()> {
        if let (Some(m), Value::Obj(r)) = (&mut self.markers, o) {
            if !m.insert(r.addr()) {
                return Err(exc!(value_error, "Circular reference detected"));
            }
        }
        Ok(())
    }

    fn unmark(&mut self, o: &Value) {
        if let (Some(m), Value::Obj(r)) = (&mut self.markers, o) {
            m.remove(&r.addr());
        }
    }

    fn encode(&mut self, vm: &mut Vm, o: &Value, level: usize) -> PyResult<()> {
        let Some(kind) = self.scalar(o)? else {
            return Ok(());
        };
        vm.nested(" while encoding a JSON object", |vm| match kind {
            Kind::Seq => self.encode_seq(vm, o, level),
            Kind::Dict => self.encode_dict(vm, o, level),
            Kind::Other => {
                self.mark(o)?;
                let d = self.default.clone();
                let new = vm.call(&d, Args::positional(std::slice::from_ref(o)))?;
                self.encode(vm, &new, level)?;
                self.unmark(o);
                Ok(())
            }
        })
    }

    /// Opens a container's body: the separator between its items.
    fn open(&mut self, opener: char, level: usize) -> String {
        self.out.push(opener);
        match &self.indent {
            None => self.item_sep.clone(),
            Some(ind) => {
                let inner = format!("\n{}", ind.repeat(level + 1));
                self.out.push_str(&inner);
                format!("{}{inner}", self.item_sep)
            }
        }
    }

    fn close(&mut self, closer: char, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
        self.out.push(closer);
    }

    fn encode_seq(&mut self, vm: &mut Vm, o: &Value, level: usize) -> PyResult<()> {
        let r = o.as_obj().expect("a list or tuple");
        let exact = r.class().ptr_eq(&types().list) || r.class().ptr_eq(&types().tuple);
        // A subclass is iterated (its `__iter__` runs), as CPython's `PySequence_Fast`.
        let seq = if exact {
            o.clone()
        } else {
            vm.call(
                &Value::Obj(types().list.clone()),
                Args::positional(std::slice::from_ref(o)),
            )?
        };
        let r = seq.as_obj().expect("a list or tuple");
        let item = |i: usize| match r.downcast::<ListObj>() {
            Some(l) => l.get(i),
            None => r
                .downcast::<TupleObj>()
                .and_then(|t| t.items.get(i).cloned()),
        };
        if item(0).is_none() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.mark(o)?;
        let sep = self.open('[', level);
        let mut i = 0;
        while let Some(v) = item(i) {
            if i > 0 {
                self.out.push_str(&sep);
            }
            self.encode(vm, &v, level + 1)?;
            i += 1;
        }
        self.close(']', level);
        self.unmark(o);
        Ok(())
    }

    /// The text of a dict key, or None to skip it (`skipkeys`).
    fn key_text(&self, key: &Value) -> PyResult<Option<String>> {
        if let Some(s) = key.downcast::<StrObj>() {
            return Ok(Some(s.as_str().to_string()));
        }
        let text = match key {
            Value::Bool(true) => "true".to_string(),
            Value::Bool(false) => "false".to_string(),
            Value::None => "null".to_string(),
            _ => {
                if let Some(f) = float_of(key) {
                    self.float_text(f)?
                } else if let Some(i) = as_int(key) {
                    int_to_string(i)?
                } else if self.skipkeys {
                    return Ok(None);
                } else {
                    return Err(exc!(
                        type_error,
                        "keys must be str, int, float, bool or None, not {}",
                        key.type_name()
                    ));
                }
            }
        };
        Ok(Some(text))
    }

    /// The (key, value) pairs of a dict (a subclass's through `items()`), sorted if asked.
    fn items(&self, vm: &mut Vm, o: &Value) -> PyResult<Vec<(Value, Value)>> {
        let exact = o.as_obj().is_some_and(|r| r.class().ptr_eq(&types().dict));
        if exact && !self.sort_keys {
            return Ok(o.downcast::<DictObj>().expect("a dict").items());
        }
        let items = if exact {
            let d = o.downcast::<DictObj>().expect("a dict");
            let pairs = d.items().into_iter();
            list_value(pairs.map(|(k, v)| tuple_value(vec![k, v])).collect())
        } else {
            let got = vm.call_method(o, "items", &[])?;
            vm.call(&Value::Obj(types().list.clone()), Args::positional(&[got]))?
        };
        if self.sort_keys {
            sort_list(vm, &items, None, false)?;
        }
        let list = items.downcast::<ListObj>().expect("a list").to_vec();
        list.into_iter()
            .map(|pair| match pair.downcast::<TupleObj>() {
                Some(t) if t.items.len() == 2 => Ok((t.items[0].clone(), t.items[1].clone())),
                _ => Err(exc!(value_error, "items must return 2-tuples")),
            })
            .collect()
    }

    fn encode_dict(&mut self, vm: &mut Vm, o: &Value, level: usize) -> PyResult<()> {
        if o.downcast::<DictObj>().is_some_and(|d| d.is_empty()) {
            self.out.push_str("{}");
            return Ok(());
        }
        self.mark(o)?;
        let items = self.items(vm, o)?;
        let sep = self.open('{', level);
        let mut first = true;
        for (key, value) in items {
            let Some(key) = self.key_text(&key)? else {
                continue;
            };
            if !first {
                self.out.push_str(&sep);
            }
            first = false;
            quote_into(&mut self.out, &key, self.ascii);
            self.out.push_str(&self.key_sep);
            self.encode(vm, &value, level + 1)?;
        }
        self.close('}', level);
        self.unmark(o);
        Ok(())
    }
}

fn str_of(v: &Value, what: &str) -> PyResult<String> {
    v.downcast::<StrObj>()
        .map(|s| s.as_str().to_string())
        .ok_or_else(|| exc!(type_error, "{what} must be a str, not {}", v.type_name()))
}

/// `encode(obj, check_circular, default, ensure_ascii, allow_nan, sort_keys, skipkeys,
/// key_separator, item_separator, indent)`: `obj` as one JSON string (`indent` a str or None).
pub fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    let mut enc = Encoder {
        markers: vm.truthy(&a[1])?.then(HashSet::new),
        default: a[2].clone(),
        ascii: vm.truthy(&a[3])?,
        allow_nan: vm.truthy(&a[4])?,
        sort_keys: vm.truthy(&a[5])?,
        skipkeys: vm.truthy(&a[6])?,
        key_sep: str_of(&a[7], "key_separator")?,
        item_sep: str_of(&a[8], "item_separator")?,
        indent: match &a[9] {
            Value::None => None,
            v => Some(str_of(v, "indent")?),
        },
        out: String::new(),
    };
    enc.encode(vm, &a[0], 0)?;
    Ok(Value::Obj(new_str(enc.out)))
}
