//! Calls: binding arguments to parameters, running Python functions, and `MAKE_FUNCTION`.
//!
//! A call from the eval loop finds the callable and its arguments on the caller's operand
//! stack. A Python function's frame is pushed for the same `run` of the eval loop to go on
//! with (no Rust recursion): when the arguments are exactly its positional parameters they
//! are moved into the callee's first slots; every other case binds them into the slots with
//! CPython's rules and error messages. Native callers (`Vm::call`) bind the same way and
//! start a `run` of their own.

use super::stack::{Cursor, NewFrame, OwnedFrame};
use super::{Args, PyResult, Vm};
use crate::bytecode::code::flags;
use crate::exc;
use crate::objects::callables::cell::CellObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::function::FunctionObj;
use crate::objects::callables::generator::GenObj;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::strings::str::{intern, StrObj};
use crate::objects::{types, PyRef, Value};

impl Vm {
    /// Pushes the frame of a call of the (non-generator) function `f` from the eval loop:
    /// its `nargs` arguments are the top of the caller's operand stack `cur` (the last
    /// `len(kwnames)` by keyword) and are consumed — moved into the callee's slots when they
    /// are exactly its positional parameters (no reference counts change), bound with
    /// CPython's rules otherwise. The caller's registers are not saved here.
    pub(super) fn push_call_frame(
        &mut self,
        f: &FunctionObj,
        code_ref: PyRef,
        cur: &mut Cursor,
        nargs: usize,
        kwnames: Option<&PyRef>,
    ) -> PyResult<()> {
        if let Err(e) = self.check_recursion() {
            cur.drop_n(nargs);
            return Err(e);
        }
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let u = &code.unit;
        let (nvars, nslots) = (u.varnames.len(), u.nslots());
        let (mut setup, mark) = self.data.new_frame(nslots + u.max_stack as usize);
        if kwnames.is_none() && takes_exactly(code, nargs) {
            setup.take_args(cur, nargs);
            setup.locals(nvars - nargs);
        } else {
            let names: &[Value] = match kwnames {
                Some(t) => {
                    &t.downcast::<TupleObj>()
                        .expect("KW_NAMES names a tuple")
                        .items
                }
                None => &[],
            };
            let slots = setup.locals(nvars);
            let bound = bind_arguments(f, code, Args::new(cur.top_n(nargs), names), slots);
            cur.drop_n(nargs);
            if let Err(e) = bound {
                setup.abandon();
                self.data.release(mark);
                return Err(e);
            }
        }
        push_cells(&mut setup, code, f.closure.as_ref());
        let cursor = setup.finish(nslots);
        self.push_frame_record(code_ref, f.globals.clone(), None, cursor, Some(mark));
        Ok(())
    }

    /// Pushes the frame of a call whose `nargs` positional arguments, on top of `cur`, are
    /// exactly the parameters of a function with code `code_ref`, `globals` and `closure`
    /// (what `CALL_FUNCTION_PY_EXACT` has checked with the function's version): the
    /// arguments are moved into the callee's first slots.
    #[inline]
    pub(super) fn push_exact_frame(
        &mut self,
        code_ref: PyRef,
        globals: PyRef,
        closure: Option<&PyRef>,
        cur: &mut Cursor,
        nargs: usize,
    ) -> PyResult<()> {
        if let Err(e) = self.check_recursion() {
            cur.drop_n(nargs);
            return Err(e);
        }
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let u = &code.unit;
        let nslots = u.nslots();
        let (mut setup, mark) = self.data.new_frame(nslots + u.max_stack as usize);
        setup.take_args(cur, nargs);
        setup.locals(u.varnames.len() - nargs);
        if nslots > u.varnames.len() {
            push_cells(&mut setup, code, closure);
        }
        let cursor = setup.finish(nslots);
        self.push_frame_record(code_ref, globals, None, cursor, Some(mark));
        Ok(())
    }

    /// Pushes the frame of a call whose `nargs` positional arguments, on top of `cur`, are
    /// the first parameters of `f`, the rest taken from its defaults (what
    /// `CALL_*_PY_WITH_DEFAULTS` checked with the function's version: see `defaults_call`).
    pub(super) fn push_defaults_frame(
        &mut self,
        f: &FunctionObj,
        cur: &mut Cursor,
        nargs: usize,
    ) -> PyResult<()> {
        if let Err(e) = self.check_recursion() {
            cur.drop_n(nargs);
            return Err(e);
        }
        let code_ref = f.code();
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let u = &code.unit;
        let (nvars, nslots) = (u.varnames.len(), u.nslots());
        let argcount = u.argcount as usize;
        let defaults = f.defaults.borrow().clone().expect("checked: defaults");
        let defaults = &defaults
            .downcast::<TupleObj>()
            .expect("checked: a tuple")
            .items;
        let (mut setup, mark) = self.data.new_frame(nslots + u.max_stack as usize);
        setup.take_args(cur, nargs);
        for d in &defaults[defaults.len() - (argcount - nargs)..] {
            setup.push(d.clone());
        }
        setup.locals(nvars - argcount);
        if nslots > nvars {
            push_cells(&mut setup, code, f.closure.as_ref());
        }
        let cursor = setup.finish(nslots);
        self.push_frame_record(code_ref, f.globals.clone(), None, cursor, Some(mark));
        Ok(())
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
                crate::objects::containers::seq::collect_fast(self, args)?
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

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `QUALNAME()`
    /// prefixed with `MODULE.` unless the module is `builtins` or missing (`__main__.f()`,
    /// `print()`, `int()`, `list.append()`), or `str(func)` for an object without a
    /// `__qualname__`.
    pub fn function_str(&mut self, func: &Value) -> String {
        if let Some(b) = func.downcast::<crate::objects::callables::function::BuiltinFunctionObj>()
        {
            // (a method bound to an object or a type is named after that type; a function
            // of a module, or a method taken from its class, by its name alone)
            return match &b.bound {
                Some(Value::Obj(o)) if o.is::<crate::objects::module::ModuleObj>() => {
                    format!("{}()", b.name)
                }
                Some(Value::Obj(t)) if t.is::<crate::objects::classes::typeobj::TypeObject>() => {
                    let q = self.qualname_of(&Value::Obj(t.clone()));
                    format!("{q}.{}()", b.name)
                }
                Some(v) => {
                    let q = self.qualname_of(&Value::Obj(v.class().clone()));
                    format!("{q}.{}()", b.name)
                }
                None => format!("{}()", b.name),
            };
        }
        let qualname = match self.getattr_opt(func, &intern("__qualname__")) {
            Ok(Some(q)) => self.str_string(&q).unwrap_or_default(),
            _ => return self.str_string(func).unwrap_or_default(),
        };
        let module = match self.getattr_opt(func, &intern("__module__")) {
            Ok(Some(m)) if !m.is_none() => self.str_string(&m).ok(),
            _ => None,
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    fn qualname_of(&mut self, v: &Value) -> String {
        match self.getattr_opt(v, &intern("__qualname__")) {
            Ok(Some(q)) => self.str_string(&q).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// Calls a Python function from native code: binds the arguments into a new frame and
    /// runs it (a generator function makes its generator instead).
    pub fn call_function(&mut self, func: &PyRef, args: Args) -> PyResult<Value> {
        let f = func.downcast::<FunctionObj>().expect("a function");
        let code_ref = f.code();
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let u = &code.unit;
        if u.flags & flags::SUSPENDS != 0 {
            return self.make_generator(f, &code_ref, args);
        }
        self.check_recursion()?;
        let (nvars, nslots) = (u.varnames.len(), u.nslots());
        let (mut setup, mark) = self.data.new_frame(nslots + u.max_stack as usize);
        let slots = setup.locals(nvars);
        if let Err(e) = bind_into(f, code, args, slots) {
            setup.abandon();
            self.data.release(mark);
            return Err(e);
        }
        push_cells(&mut setup, code, f.closure.as_ref());
        let cursor = setup.finish(nslots);
        self.push_frame_record(code_ref, f.globals.clone(), None, cursor, Some(mark));
        self.run_entry(None)
    }

    /// A generator over a new frame of `f` (whose code is `code_ref`) with `args` bound: the
    /// frame's region belongs to the generator (see `stack::OwnedFrame`).
    fn make_generator(&mut self, f: &FunctionObj, code_ref: &PyRef, args: Args) -> PyResult<Value> {
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let u = &code.unit;
        let (mut region, mut setup) = OwnedFrame::new(u.nslots() + u.max_stack as usize);
        let slots = setup.locals(u.varnames.len());
        if let Err(e) = bind_into(f, code, args, slots) {
            setup.abandon();
            return Err(e);
        }
        push_cells(&mut setup, code, f.closure.as_ref());
        region.filled(setup);
        let (name, qualname) = (f.name.borrow().clone(), f.qualname.borrow().clone());
        let g = GenObj::new_ref(code_ref.clone(), f.globals.clone(), name, qualname, region);
        Ok(Value::Obj(g))
    }

    /// Runs a class body (the function `__build_class__` receives) with `ns` as its
    /// namespace; returns what the body returns (the `__class__` cell, or None).
    pub fn call_class_body(&mut self, func: &PyRef, ns: &PyRef) -> PyResult<Value> {
        let f = func.downcast::<FunctionObj>().expect("a function");
        let (code, globals) = (f.code(), f.globals.clone());
        self.run_code(&code, &globals, ns, f.closure.as_ref())
    }

    /// `MAKE_FUNCTION flags`: pops the code and the parts `flags` names.
    pub(super) fn make_function(
        &mut self,
        cur: &mut Cursor,
        flags: u32,
        globals: &PyRef,
    ) -> PyResult<PyRef> {
        let code = cur.pop();
        let mut pop_if = |bit: u32| (flags & bit != 0).then(|| cur.pop());
        let closure = pop_if(8);
        let annotations = pop_if(4);
        let kwdefaults = pop_if(2);
        let defaults = pop_if(1);
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
/// needed, no `*args`/`**kwargs`/keyword-only parameters).
#[inline]
pub(super) fn takes_exactly(code: &CodeObj, nargs: usize) -> bool {
    let u = &code.unit;
    u.argcount as usize == nargs
        && u.kwonlyargcount == 0
        && u.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
}

/// Whether a call of `f` with `nargs` positional arguments and no keywords pushes its frame
/// with the arguments as its first slots (what `CALL_*_PY_EXACT` do).
#[inline]
pub(super) fn exact_call(f: &FunctionObj, nargs: usize) -> bool {
    let code = f.code();
    let c = code.downcast::<CodeObj>().expect("a code object");
    takes_exactly(c, nargs) && !makes_generator(&code)
}

/// How many of `f`'s defaults a call with `nargs` positional arguments (no keywords) takes
/// when its frame can be pushed by moving the arguments and then the defaults into its first
/// slots (`CALL_*_PY_WITH_DEFAULTS`): plain positional parameters, some missing, all of
/// those with defaults; not a generator.
pub(super) fn defaults_call(f: &FunctionObj, nargs: usize) -> Option<usize> {
    let code = f.code();
    let c = code.downcast::<CodeObj>().expect("a code object");
    let u = &c.unit;
    let plain = u.kwonlyargcount == 0
        && u.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && !makes_generator(&code);
    let argcount = u.argcount as usize;
    if !plain || nargs >= argcount {
        return None;
    }
    let ndefaults = f
        .defaults
        .borrow()
        .as_ref()
        .and_then(|d| d.downcast::<TupleObj>().map(|t| t.items.len()))?;
    let missing = argcount - nargs;
    (missing <= ndefaults).then_some(missing)
}

/// Whether calling a function whose code is `code` makes a generator (rather than running
/// a frame).
#[inline]
pub(super) fn makes_generator(code: &PyRef) -> bool {
    let code = code.downcast::<CodeObj>().expect("a code object");
    code.unit.flags & flags::SUSPENDS != 0
}

/// Completes a frame's slots after its locals: a new cell per cell variable (holding its
/// argument when it is a parameter), then the closure's cells.
pub(super) fn push_cells(setup: &mut NewFrame, code: &CodeObj, closure: Option<&PyRef>) {
    for arg in &code.unit.cell2arg {
        let initial = match arg {
            Some(a) => setup.filled()[*a as usize].clone(),
            None => Value::Null,
        };
        setup.push(Value::Obj(CellObj::new_ref(initial)));
    }
    if let Some(c) = closure.and_then(|c| c.downcast::<TupleObj>()) {
        for cell in c.items.iter() {
            setup.push(cell.clone());
        }
    }
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

/// Binds `args` to the parameters of `f` (whose code is `code`), into its unbound local
/// `slots`: a plain copy when they are exactly the positional parameters.
#[inline]
fn bind_into(f: &FunctionObj, code: &CodeObj, args: Args, slots: &mut [Value]) -> PyResult<()> {
    if !args.has_kwargs() && takes_exactly(code, args.values.len()) {
        slots[..args.values.len()].clone_from_slice(args.values);
        return Ok(());
    }
    bind_arguments(f, code, args, slots)
}

/// Binds `args` to the parameters of `f` into its unbound local `slots`, with CPython's
/// rules and error messages.
fn bind_arguments(
    f: &FunctionObj,
    code: &CodeObj,
    args: Args,
    slots: &mut [Value],
) -> PyResult<()> {
    let u = &code.unit;
    // (only the error messages need the name)
    let qualname = || str_of(&f.qualname.borrow()).to_string();
    let argcount = u.argcount as usize;
    let posonly = u.posonlyargcount as usize;
    let kwonly = u.kwonlyargcount as usize;
    let has_varargs = u.flags & flags::VARARGS != 0;
    let has_varkw = u.flags & flags::VARKEYWORDS != 0;
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
                        qualname(),
                        name
                    ));
                }
                slots[i] = value.clone();
            }
            None => {
                if let Some(d) = &varkw {
                    let dict = d.downcast::<DictObj>().expect("dict");
                    dict.set_str(crate::objects::strings::str::intern(name), value.clone());
                } else if u.varnames[..posonly].iter().any(|p| p == name) {
                    posonly_as_kw.push(name);
                } else {
                    return Err(exc!(
                        type_error,
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
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
            qualname(),
            posonly_as_kw.join(", ")
        ));
    }

    let defaults_ref = f.defaults.borrow().clone();
    let defaults: &[Value] = defaults_ref
        .as_ref()
        .and_then(|d| d.downcast::<TupleObj>())
        .map_or(&[], |t| &t.items);

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
            qualname(),
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
            qualname(),
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
            qualname(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        ));
    }
    Ok(())
}
