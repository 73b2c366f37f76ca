//! The builtin exception classes with fields of their own, hooked into `exception.rs`'s
//! slots: `OSError` (`errno`, `strerror`, `filename`, `filename2`; `OSError(errno, ...)`
//! picks the subclass for the errno, as CPython's errnomap does), `ImportError` (`name`,
//! `path`, `msg`) and `SyntaxError` (`msg`, `filename`, `lineno`, `offset`, `text`,
//! `end_lineno`, `end_offset`, and the `File ..., line N` report printed for it).
//!
//! `NameError` (`name`) and `AttributeError` (`name`, `obj`) carry what their "Did you mean"
//! hint needs (`vm/suggestions.rs`).
//!
//! The fields are members of those classes (`<member 'errno' of 'OSError' objects>`), kept
//! in `ExceptionObj::fields`; `SystemExit.code` and `StopIteration.value` are members too.

use crate::objects::classes::typeobj::{GetSetDef, TypeObject};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::PyRef;
use crate::objects::exceptions::exception::{ExceptionObj, PyErr};
use crate::objects::strings::str::{as_str, new_str};
use crate::objects::{types, Value};
use crate::vm::{Args, PyResult, Vm};

/// A member table: `members![0 "errno", 1 "strerror"]` — each name with its index in
/// `ExceptionObj::fields`.
macro_rules! members {
    ($($index:literal $name:literal),*) => {
        &[$(crate::member!($name, get_member::<$index>, set_member::<$index>)),*]
    };
}

pub const SYSTEM_EXIT_MEMBERS: &[GetSetDef] = members![0 "code"];
pub const STOP_ITERATION_MEMBERS: &[GetSetDef] = members![0 "value"];
pub const OS_MEMBERS: &[GetSetDef] = members![0 "errno", 1 "strerror", 2 "filename", 3 "filename2"];
pub const IMPORT_MEMBERS: &[GetSetDef] = members![0 "msg", 1 "name", 2 "path"];
pub const NAME_MEMBERS: &[GetSetDef] = members![0 "name"];
pub const ATTRIBUTE_MEMBERS: &[GetSetDef] = members![0 "name", 1 "obj"];
/// Read-only, as in CPython (set by `BaseExceptionGroup.__new__`).
pub const EXCEPTION_GROUP_MEMBERS: &[GetSetDef] = &[
    crate::member!("message", get_member::<0>),
    crate::member!("exceptions", get_member::<1>),
];
pub const SYNTAX_MEMBERS: &[GetSetDef] = members![
    0 "msg", 1 "filename", 2 "lineno", 3 "offset", 4 "text", 5 "end_lineno", 6 "end_offset",
    7 "print_file_and_line"
];

/// The member table of the class with fields that `cls` derives from (empty for the others).
fn members_of(cls: &PyRef) -> &'static [GetSetDef] {
    let e = &types().exc;
    let families: [(&PyRef, &'static [GetSetDef]); 8] = [
        (&e.base_exception_group, EXCEPTION_GROUP_MEMBERS),
        (&e.os_error, OS_MEMBERS),
        (&e.import_error, IMPORT_MEMBERS),
        (&e.syntax_error, SYNTAX_MEMBERS),
        (&e.name_error, NAME_MEMBERS),
        (&e.attribute_error, ATTRIBUTE_MEMBERS),
        (&e.system_exit, SYSTEM_EXIT_MEMBERS),
        (&e.stop_iteration, STOP_ITERATION_MEMBERS),
    ];
    families
        .into_iter()
        .find(|(base, _)| is(cls, base))
        .map_or(&[], |(_, members)| members)
}

fn slot_of(cls: &PyRef, name: &str) -> Option<usize> {
    members_of(cls).iter().position(|d| d.name == name)
}

fn read_slot(e: &ExceptionObj, index: usize) -> Option<Value> {
    e.fields.borrow().get(index).cloned().flatten()
}

/// Stores (or with `None`, clears) a field; the old value is dropped after the borrow ends.
fn write_slot(e: &ExceptionObj, index: usize, value: Option<Value>) {
    let old = {
        let mut fields = e.fields.borrow_mut();
        if fields.len() <= index {
            fields.resize(index + 1, None);
        }
        std::mem::replace(&mut fields[index], value)
    };
    drop(old);
}

// As CPython's `T_OBJECT` members: a field never set (or deleted) reads as None, and
// deleting one always succeeds.
fn get_member<const I: usize>(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = v.downcast::<ExceptionObj>().expect("an exception");
    Ok(read_slot(e, I).unwrap_or(Value::None))
}

fn set_member<const I: usize>(_vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    write_slot(
        v.downcast::<ExceptionObj>().expect("an exception"),
        I,
        value,
    );
    Ok(())
}

/// What `SystemExit.__init__` and `StopIteration.__init__` set besides `args` (run by
/// `BaseException.__init__`, and for exceptions the VM makes without calling the class).
pub fn init_fields(cls: &PyRef, e: &ExceptionObj) {
    let e_types = &types().exc;
    let args = e.args.borrow().clone();
    let items = args
        .downcast::<TupleObj>()
        .map_or(&[][..], |t| &t.items[..]);
    let value = if is(cls, &e_types.system_exit) {
        match items.len() {
            0 => Value::None,
            1 => items[0].clone(),
            _ => Value::Obj(args.clone()),
        }
    } else if is(cls, &e_types.stop_iteration) {
        items.first().cloned().unwrap_or(Value::None)
    } else {
        return;
    };
    write_slot(e, 0, Some(value));
}

fn int_of(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        _ => None,
    }
}

fn is(cls: &PyRef, base: &PyRef) -> bool {
    TypeObject::is_subtype(cls, base)
}

/// Sets a field of an exception instance (nothing for a name its class has no member for).
pub fn set_field(exc: &PyRef, name: &str, value: Value) {
    if let (Some(e), Some(i)) = (exc.downcast::<ExceptionObj>(), slot_of(exc.class(), name)) {
        write_slot(e, i, Some(value));
    }
}

fn field_opt(exc: &PyRef, name: &str) -> Option<Value> {
    read_slot(exc.downcast::<ExceptionObj>()?, slot_of(exc.class(), name)?)
}

/// A field of an exception instance (None when never set).
pub fn field(exc: &PyRef, name: &str) -> Value {
    field_opt(exc, name).unwrap_or(Value::None)
}

/// Whether a field is set (a field set to None counts).
pub fn has_field(exc: &PyRef, name: &str) -> bool {
    field_opt(exc, name).is_some()
}

/// The OSError subclass CPython raises for an errno (Linux numbering).
fn errno_class(errno: i64) -> Option<&'static PyRef> {
    let e = &types().exc;
    Some(match errno {
        1 | 13 => &e.permission_error,
        2 => &e.file_not_found_error,
        3 => &e.process_lookup_error,
        4 => &e.interrupted_error,
        10 => &e.child_process_error,
        11 | 114 | 115 => &e.blocking_io_error,
        17 => &e.file_exists_error,
        20 => &e.not_a_directory_error,
        21 => &e.is_a_directory_error,
        32 | 108 => &e.broken_pipe_error,
        103 => &e.connection_aborted_error,
        104 => &e.connection_reset_error,
        110 => &e.timeout_error,
        111 => &e.connection_refused_error,
        _ => return None,
    })
}

/// Construction of the classes above (`BaseException`'s `new` slot asks first); `None` for
/// every other class.
pub fn new_special(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Option<Value>> {
    let t = types();
    if is(cls, &t.exc.base_exception_group) {
        return crate::objects::exceptions::exception_group::new_group(_vm, cls, args).map(Some);
    }
    let pos = args.pos();
    if is(cls, &t.exc.os_error) {
        let mut cls = cls.clone();
        if cls.ptr_eq(&t.exc.os_error) && pos.len() >= 2 {
            if let Some(sub) = int_of(&pos[0]).and_then(errno_class) {
                cls = sub.clone();
            }
        }
        let with_fields = (2..=5).contains(&pos.len());
        let filename = pos.get(2).filter(|v| with_fields && !v.is_none());
        // With a filename, `args` keeps only (errno, strerror).
        let kept = if filename.is_some() { &pos[..2] } else { pos };
        let obj = PyRef::new(&cls, ExceptionObj::new(kept.to_vec()));
        if with_fields {
            set_field(&obj, "errno", pos[0].clone());
            set_field(&obj, "strerror", pos[1].clone());
            if let Some(f) = filename {
                set_field(&obj, "filename", f.clone());
                if let Some(f2) = pos.get(4) {
                    set_field(&obj, "filename2", f2.clone());
                }
            }
        }
        return Ok(Some(Value::Obj(obj)));
    }
    if is(cls, &t.exc.import_error) {
        let obj = PyRef::new(cls, ExceptionObj::new(pos.to_vec()));
        for (k, v) in args.kwargs() {
            if k != "name" && k != "path" {
                return Err(crate::exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for {}()",
                    k,
                    crate::objects::classes::typeobj::type_name(cls)
                ));
            }
            set_field(&obj, k, v.clone());
        }
        if pos.len() == 1 {
            set_field(&obj, "msg", pos[0].clone());
        }
        return Ok(Some(Value::Obj(obj)));
    }
    // `NameError(msg, name=...)`, `AttributeError(msg, name=..., obj=...)`; a subclass with an
    // `__init__` of its own takes its keywords there instead.
    let keyword_fields = if is(cls, &t.exc.name_error) || is(cls, &t.exc.attribute_error) {
        members_of(cls)
    } else {
        &[]
    };
    if !keyword_fields.is_empty()
        && args.has_kwargs()
        && TypeObject::lookup(cls, crate::interned!("__init__")).is_some_and(|f| {
            f.downcast::<crate::objects::callables::function::BuiltinFunctionObj>()
                .is_some()
        })
    {
        let obj = PyRef::new(cls, ExceptionObj::new(pos.to_vec()));
        for (k, v) in args.kwargs() {
            if !keyword_fields.iter().any(|d| d.name == k) {
                return Err(crate::exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for {}()",
                    k,
                    crate::objects::classes::typeobj::type_name(cls)
                ));
            }
            set_field(&obj, k, v.clone());
        }
        return Ok(Some(Value::Obj(obj)));
    }
    if is(cls, &t.exc.syntax_error) {
        let obj = PyRef::new(cls, ExceptionObj::new(pos.to_vec()));
        if let Some(msg) = pos.first() {
            set_field(&obj, "msg", msg.clone());
        }
        if let Some(info) = pos.get(1).and_then(|v| v.downcast::<TupleObj>()) {
            let names = SYNTAX_MEMBERS[1..7].iter().map(|d| d.name);
            if !(4..=6).contains(&info.items.len()) {
                return Err(crate::exc!(index_error, "tuple index out of range"));
            }
            for (name, v) in names.zip(info.items.iter()) {
                set_field(&obj, name, v.clone());
            }
        }
        return Ok(Some(Value::Obj(obj)));
    }
    Ok(None)
}

/// `str()` of the classes above, when their fields make it differ from `BaseException`'s.
pub fn str_special(vm: &mut Vm, v: &Value) -> PyResult<Option<PyRef>> {
    let t = types();
    let Some(exc) = v.as_obj() else {
        return Ok(None);
    };
    if is(v.class(), &t.exc.base_exception_group) {
        return crate::objects::exceptions::exception_group::group_str(vm, v).map(Some);
    }
    if is(v.class(), &t.exc.os_error) {
        // As CPython's OSError_str: by which fields are set (not NULL), None included.
        let (errno, strerror) = (field_opt(exc, "errno"), field_opt(exc, "strerror"));
        let filename = field_opt(exc, "filename");
        if filename.is_none() && (errno.is_none() || strerror.is_none()) {
            return Ok(None);
        }
        let mut s = format!(
            "[Errno {}] {}",
            vm.str_string(&errno.unwrap_or(Value::None))?,
            vm.str_string(&strerror.unwrap_or(Value::None))?
        );
        if let Some(filename) = filename {
            s.push_str(": ");
            s.push_str(&vm.repr_string(&filename)?);
            if let Some(filename2) = field_opt(exc, "filename2") {
                s.push_str(" -> ");
                s.push_str(&vm.repr_string(&filename2)?);
            }
        }
        return Ok(Some(new_str(s)));
    }
    if is(v.class(), &t.exc.syntax_error) {
        let msg = field(exc, "msg");
        if msg.is_none() {
            return Ok(None);
        }
        let mut s = vm.str_string(&msg)?;
        let filename = field(exc, "filename");
        let base = as_str(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        match (base, int_of(&field(exc, "lineno"))) {
            (Some(f), Some(n)) => s.push_str(&format!(" ({f}, line {n})")),
            (Some(f), None) => s.push_str(&format!(" ({f})")),
            (None, Some(n)) => s.push_str(&format!(" (line {n})")),
            (None, None) => {}
        }
        return Ok(Some(new_str(s)));
    }
    Ok(None)
}

/// The OSError (subclass) for a failed system call on `filename`.
pub fn os_error(err: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let errno = err.raw_os_error().map_or(0, i64::from);
    let text = err.to_string();
    // Rust appends " (os error N)" to the C library's strerror() text.
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let cls = errno_class(errno).unwrap_or(&types().exc.os_error);
    let mut args = vec![Value::Int(errno), Value::Obj(new_str(strerror.clone()))];
    let obj = PyRef::new(cls, ExceptionObj::new(args.clone()));
    set_field(&obj, "errno", args.remove(0));
    set_field(&obj, "strerror", args.remove(0));
    if let Some(f) = filename {
        set_field(&obj, "filename", f.clone());
    }
    PyErr::from_instance(obj)
}

/// An ImportError (or subclass `cls`) with its `name` and `path` fields.
pub fn import_error(cls: &PyRef, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    let err = PyErr::new(cls, msg.clone());
    let exc = err.exc();
    set_field(exc, "msg", Value::Obj(new_str(msg)));
    let opt = |s: Option<&str>| s.map_or(Value::None, |s| Value::Obj(new_str(s)));
    set_field(exc, "name", opt(name));
    set_field(exc, "path", opt(path));
    err
}

/// `No module named 'x'`, with `name` set (the fromlist handling compares it).
pub fn module_not_found(name: &str, msg: String) -> PyErr {
    import_error(&types().exc.module_not_found_error, msg, Some(name), None)
}

/// A compile-time error as the SyntaxError (or IndentationError, TabError) instance that
/// `compile`, `exec`, `eval` and `import` raise.
pub fn syntax_error(
    e: &crate::syntax_error::SyntaxError,
    filename: &str,
    source: Option<&str>,
) -> PyErr {
    use crate::syntax_error::SyntaxErrorKind;
    let t = &types().exc;
    let cls = match e.kind {
        SyntaxErrorKind::SyntaxError => &t.syntax_error,
        SyntaxErrorKind::IndentationError => &t.indentation_error,
        SyntaxErrorKind::TabError => &t.tab_error,
        SyntaxErrorKind::RecursionError => &t.recursion_error,
        SyntaxErrorKind::MemoryError => &t.memory_error,
    };
    if e.is_limit() {
        let args = match e.msg.as_str() {
            "" => vec![],
            msg => vec![Value::Obj(new_str(msg))],
        };
        return PyErr::with_args(cls, args);
    }
    let text = source
        .and_then(|s| e.line_text(s))
        .map_or(Value::None, |l| Value::Obj(new_str(l)));
    let (line, col, end) = (
        Value::Int(i64::from(e.line)),
        Value::Int(i64::from(e.col)),
        Value::Int(i64::from(e.end_col)),
    );
    let info = vec![
        Value::Obj(new_str(filename)),
        line.clone(),
        col.clone(),
        text.clone(),
        line.clone(),
        end.clone(),
    ];
    let msg = Value::Obj(new_str(e.msg.as_str()));
    let args = vec![msg.clone(), Value::Obj(TupleObj::new_ref(info))];
    let obj = PyRef::new(cls, ExceptionObj::new(args));
    let fields = [
        ("msg", msg),
        ("filename", Value::Obj(new_str(filename))),
        ("lineno", line.clone()),
        ("offset", col),
        ("text", text),
        ("end_lineno", line),
        ("end_offset", end),
    ];
    for (name, v) in fields {
        set_field(&obj, name, v);
    }
    PyErr::from_instance(obj)
}

/// What CPython prints for an uncaught SyntaxError instead of `TypeName: str(e)`: the
/// location block, then `TypeName: msg`. `None` for other exceptions, and for a SyntaxError
/// without a line number (printed the ordinary way).
pub fn syntax_error_report(vm: &mut Vm, exc: &PyRef, type_name: &str) -> Option<String> {
    if !is(exc.class(), &types().exc.syntax_error) {
        return None;
    }
    let lineno = int_of(&field(exc, "lineno"))?;
    let filename = field(exc, "filename");
    let filename = as_str(&filename).unwrap_or("<string>").to_string();
    let text = field(exc, "text");
    let offset = int_of(&field(exc, "offset")).unwrap_or(0);
    // Only plain SyntaxErrors carry an end; subclasses get a single caret.
    let plain = exc.class().ptr_eq(&types().exc.syntax_error);
    let end = match int_of(&field(exc, "end_offset")) {
        Some(e) if plain => e,
        _ => -1,
    };
    let mut out = crate::syntax_error::render_location(
        &filename,
        &lineno.to_string(),
        as_str(&text),
        offset,
        end,
    );
    let msg = field(exc, "msg");
    let msg = vm.str_string(&msg).unwrap_or_default();
    out.push_str(&format!("{type_name}: {msg}\n"));
    Some(out)
}
