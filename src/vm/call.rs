//! Calls: binding arguments to parameters, running Python functions, and `MAKE_FUNCTION`.
//!
//! A call from the eval loop finds the callable and its arguments on the value stack. For a
//! Python function whose parameters are exactly the positional arguments given, the
//! arguments become the callee's first slots where they lie; every other case binds the
//! arguments into a fresh slot vector with CPython's rules and error messages.

use smallvec::SmallVec;

use super::eval::Scope;
use super::{Args, PyResult, Vm};
use crate::bytecode::code::flags;
use crate::exc;
use crate::objects::cell::CellObj;
use crate::objects::code::CodeObj;
use crate::objects::dict::DictObj;
use crate::objects::function::FunctionObj;
use crate::objects::generator::GenObj;
use crate::objects::str::StrObj;
use crate::objects::tuple::TupleObj;
use crate::objects::{types, PyRef, Value};

impl Vm {
    /// Calls the callable at `stack[pos]` with the `nargs` values above it (the last
    /// `len(kwnames)` by keyword). Leaves the stack cut back to `pos`.
    pub(super) fn call_on_stack(
        &mut self,
        pos: usize,
        nargs: usize,
        kwnames: Option<PyRef>,
    ) -> PyResult<Value> {
        if kwnames.is_none() {
            if let Some(f) = self.stack[pos].downcast::<FunctionObj>() {
                let code_ref = f.code();
                let code = code_ref.downcast::<CodeObj>().expect("a code object");
                if is_simple(code, nargs) {
                    let globals = f.globals.clone();
                    let closure = f.closure.clone();
                    let base = pos + 1;
                    self.push_cells(code, base, closure.as_ref());
                    let r = self.run_frame(
                        &code_ref,
                        Scope {
                            globals: &globals,
                            locals: None,
                        },
                        base,
                    );
                    self.stack.truncate(pos);
                    return r;
                }
            }
        }
        let args: SmallVec<[Value; 8]> = self.stack.drain(pos + 1..).collect();
        let callable = self.stack.pop().expect("callable on the stack");
        let names: SmallVec<[Value; 4]> = match &kwnames {
            Some(t) => t
                .downcast::<TupleObj>()
                .expect("KW_NAMES names a tuple")
                .items
                .iter()
                .cloned()
                .collect(),
            None => SmallVec::new(),
        };
        self.call(&callable, Args::new(&args, &names))
    }

    /// `f(*args, **kwargs)`.
    pub(super) fn call_ex(
        &mut self,
        func: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<Value> {
        // Only an exact tuple is taken as is: a subclass may override `__iter__`.
        let mut values: Vec<Value> = match super::protocol::exact_tuple(args) {
            Some(t) => t.items.to_vec(),
            None => {
                if super::protocol::lacks_iter(args) {
                    return Err(exc!(
                        type_error,
                        "{} argument after * must be an iterable, not {}",
                        self.function_str(func),
                        args.type_name()
                    ));
                }
                crate::objects::seq::collect_fast(self, args)?
            }
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            let d = kw
                .downcast::<DictObj>()
                .expect("CALL_FUNCTION_EX takes a dict");
            for (k, v) in d.items() {
                if k.downcast::<StrObj>().is_none() {
                    return Err(exc!(type_error, "keywords must be strings"));
                }
                names.push(k);
                values.push(v);
            }
        }
        self.call(func, Args::new(&values, &names))
    }

    /// How CPython names a callable in call errors: `__main__.f()`, `print()`, or
    /// `int object`.
    pub fn function_str(&mut self, func: &Value) -> String {
        if let Some(f) = func.downcast::<FunctionObj>() {
            let qualname = f.qualname.borrow().clone();
            let q = str_of(&qualname).to_string();
            let module = f.module.borrow().clone();
            return match crate::objects::str::as_str(&module) {
                Some(m) => format!("{m}.{q}()"),
                None => format!("{q}()"),
            };
        }
        if let Some(b) = func.downcast::<crate::objects::function::BuiltinFunctionObj>() {
            return format!("{}()", b.name);
        }
        format!("{} object", func.type_name())
    }

    /// Calls a Python function with bound arguments (the general path).
    pub fn call_function(&mut self, func: &PyRef, args: Args) -> PyResult<Value> {
        let f = func.downcast::<FunctionObj>().expect("a function");
        let code_ref = f.code();
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let slots = if !args.has_kwargs() && is_simple(code, args.values.len()) {
            None
        } else {
            Some(bind_arguments(f, code, args)?)
        };
        // A function frame's slots follow its function object (see `frames`).
        self.stack.push(Value::Obj(func.clone()));
        let base = self.stack.len();
        match slots {
            None => self.stack.extend_from_slice(args.values),
            Some(slots) => self.stack.extend(slots),
        }
        let globals = f.globals.clone();
        let closure = f.closure.clone();
        self.push_cells(code, base, closure.as_ref());
        if code.unit.flags & flags::GENERATOR != 0 {
            // The frame is not run: it becomes the generator's, to run on demand.
            let values = self.stack.split_off(base);
            // The function object below the frame's slots (see `frames`) is not needed.
            self.stack.pop();
            let (name, qualname) = (f.name.borrow().clone(), f.qualname.borrow().clone());
            let g = GenObj::new_ref(code_ref.clone(), globals, name, qualname, values);
            return Ok(Value::Obj(g));
        }
        let r = self.run_frame(
            &code_ref,
            Scope {
                globals: &globals,
                locals: None,
            },
            base,
        );
        self.stack.pop();
        r
    }

    /// Runs a class body (the function `__build_class__` receives) with `ns` as its
    /// namespace; returns what the body returns (the `__class__` cell, or None).
    pub fn call_class_body(&mut self, func: &PyRef, ns: &PyRef) -> PyResult<Value> {
        let f = func.downcast::<FunctionObj>().expect("a function");
        let code_ref = f.code();
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let base = self.stack.len();
        let globals = f.globals.clone();
        let closure = f.closure.clone();
        self.push_cells(code, base, closure.as_ref());
        self.run_frame(
            &code_ref,
            Scope {
                globals: &globals,
                locals: Some(ns),
            },
            base,
        )
    }

    /// Completes a frame's slots: unbound locals after the arguments, then a new cell per
    /// cell variable (holding its argument when it is a parameter), then the closure cells.
    pub(crate) fn push_cells(&mut self, code: &CodeObj, base: usize, closure: Option<&PyRef>) {
        let u = &code.unit;
        let nvars = u.varnames.len();
        self.stack.resize(base + nvars, Value::Null);
        for arg in &u.cell2arg {
            let initial = match arg {
                Some(a) => self.stack[base + *a as usize].clone(),
                None => Value::Null,
            };
            self.stack.push(Value::Obj(CellObj::new_ref(initial)));
        }
        if let Some(c) = closure.and_then(|c| c.downcast::<TupleObj>()) {
            self.stack.extend(c.items.iter().cloned());
        }
    }

    /// `MAKE_FUNCTION flags`: pops the code and the parts `flags` names.
    pub(super) fn make_function(&mut self, flags: u32, globals: &PyRef) -> PyResult<PyRef> {
        let code = self.stack.pop().expect("code object");
        let closure = if flags & 8 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let annotations = if flags & 4 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let code = code.as_obj().expect("code object").clone();
        let closure = closure.and_then(|c| c.as_obj().cloned());
        let f = FunctionObj::new(code, globals.clone(), closure);
        *f.defaults.borrow_mut() = defaults.and_then(|d| d.as_obj().cloned());
        *f.kwdefaults.borrow_mut() = kwdefaults.and_then(|d| d.as_obj().cloned());
        *f.annotations.borrow_mut() = annotations.and_then(|a| a.as_obj().cloned());
        Ok(PyRef::new(&types().function, f))
    }
}

/// Whether `nargs` positional arguments fill exactly the parameters of `code` (no defaults
/// needed, no `*args`/`**kwargs`/keyword-only parameters, not a generator).
#[inline]
fn is_simple(code: &CodeObj, nargs: usize) -> bool {
    let u = &code.unit;
    u.argcount as usize == nargs
        && u.kwonlyargcount == 0
        && u.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
}

fn str_of(v: &PyRef) -> &str {
    v.downcast::<StrObj>().map_or("?", |s| s.as_str())
}

/// "'a', 'b' and 'c'" as CPython lists missing parameter names.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds `args` to the parameters of `f`, with CPython's error messages.
fn bind_arguments(f: &FunctionObj, code: &CodeObj, args: Args) -> PyResult<Vec<Value>> {
    let u = &code.unit;
    let qualname = str_of(&f.qualname.borrow()).to_string();
    let argcount = u.argcount as usize;
    let posonly = u.posonlyargcount as usize;
    let kwonly = u.kwonlyargcount as usize;
    let has_varargs = u.flags & flags::VARARGS != 0;
    let has_varkw = u.flags & flags::VARKEYWORDS != 0;
    let mut slots = vec![Value::Null; u.varnames.len()];
    let pos = args.pos();

    let n = pos.len().min(argcount);
    slots[..n].clone_from_slice(&pos[..n]);
    let varargs_slot = argcount + kwonly;
    if has_varargs {
        let extra = if pos.len() > argcount {
            pos[argcount..].to_vec()
        } else {
            vec![]
        };
        slots[varargs_slot] = Value::Obj(TupleObj::new_ref(extra));
    }
    let varkw = if has_varkw {
        let d = DictObj::new_ref();
        slots[varargs_slot + has_varargs as usize] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };

    // Keyword arguments.
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (name, value) in args.kwargs() {
        let found = (posonly..argcount + kwonly).find(|&i| {
            let v = &code.varnames[i];
            v.downcast::<StrObj>().is_some_and(|s| s.as_str() == name)
        });
        match found {
            Some(i) => {
                if !slots[i].is_null() {
                    return Err(exc!(
                        type_error,
                        "{}() got multiple values for argument '{}'",
                        qualname,
                        name
                    ));
                }
                slots[i] = value.clone();
            }
            None => {
                if let Some(d) = &varkw {
                    let dict = d.downcast::<DictObj>().expect("dict");
                    dict.set_str(crate::objects::str::intern(name), value.clone());
                } else if u.varnames[..posonly].iter().any(|p| p == name) {
                    posonly_as_kw.push(name);
                } else {
                    return Err(exc!(
                        type_error,
                        "{}() got an unexpected keyword argument '{}'",
                        qualname,
                        name
                    ));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(exc!(
            type_error,
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname,
            posonly_as_kw.join(", ")
        ));
    }

    let defaults: Vec<Value> = f
        .defaults
        .borrow()
        .as_ref()
        .and_then(|d| d.downcast::<TupleObj>().map(|t| t.items.to_vec()))
        .unwrap_or_default();

    if pos.len() > argcount && !has_varargs {
        let kw_given = (argcount..argcount + kwonly)
            .filter(|&i| !slots[i].is_null())
            .count();
        let takes = if defaults.is_empty() {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults.len(),
                argcount
            )
        };
        let given = pos.len();
        let was = if given == 1 && kw_given == 0 {
            "was"
        } else {
            "were"
        };
        let kw_part = if kw_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        return Err(exc!(
            type_error,
            "{}() takes {} but {}{} {} given",
            qualname,
            takes,
            given,
            kw_part,
            was
        ));
    }

    // Defaults for the missing positional parameters.
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing: Vec<&str> = Vec::new();
    for i in n..argcount {
        if slots[i].is_null() {
            if i >= first_default {
                slots[i] = defaults[i - first_default].clone();
            } else {
                missing.push(&u.varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(exc!(
            type_error,
            "{}() missing {} required positional argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        ));
    }

    // Keyword-only defaults.
    let kwdefaults = f.kwdefaults.borrow().clone();
    let kwonly_range = argcount..argcount + kwonly;
    for (slot, i) in slots[kwonly_range.clone()].iter_mut().zip(kwonly_range) {
        if slot.is_null() {
            let d = kwdefaults
                .as_ref()
                .and_then(|d| d.downcast::<DictObj>())
                .and_then(|d| d.get_str(&code.varnames[i]));
            match d {
                Some(v) => *slot = v,
                None => missing.push(&u.varnames[i]),
            }
        }
    }
    if !missing.is_empty() {
        return Err(exc!(
            type_error,
            "{}() missing {} required keyword-only argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        ));
    }
    Ok(slots)
}
