//! Builtins: print, repr, id, hash, isinstance, issubclass, callable, getattr, setattr,
//! hasattr, input, and the `type`/`object` constructors.

use crate::objects::classes::typeobj::{MethodDef, TypeObject};
use crate::objects::containers::tuple::TupleObj;
use crate::objects::io::stream::StreamObj;
use crate::objects::strings::str::{as_str, intern, new_str, StrObj};
use crate::objects::{types, PyRef, Value};
use crate::vm::{Args, PyResult, Vm};
use crate::{exc, method};

/// A `sys.stdin` (fd 0), `sys.stdout` (fd 1) or `sys.stderr` (fd 2) stream object.
pub fn stream(fd: u8, stdout_line_buffered: bool) -> PyRef {
    StreamObj::new_text(fd, stdout_line_buffered)
}

/// An optional str-or-None keyword of `print`.
fn str_kw(args: &Args, name: &str, default: &str) -> PyResult<String> {
    match args.kw(name) {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(exc!(
                type_error,
                "{} must be None or a string, not {}",
                name,
                v.type_name()
            )),
        },
    }
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    for (k, _) in args.kwargs() {
        if !matches!(k, "sep" | "end" | "file" | "flush") {
            return Err(exc!(
                type_error,
                "'{}' is an invalid keyword argument for print()",
                k
            ));
        }
    }
    let sep = str_kw(&args, "sep", " ")?;
    let end = str_kw(&args, "end", "\n")?;
    let flush = match args.kw("flush") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // `file=None` means `sys.stdout`, looked up at each call (scripts replace it).
    let file = match args.kw("file") {
        None | Some(Value::None) => vm
            .sys_attr(crate::interned!("stdout"))
            .ok_or_else(|| exc!(runtime_error, "lost sys.stdout"))?,
        Some(f) => f.clone(),
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    if let Some(s) = file.downcast::<StreamObj>().filter(|s| !s.binary) {
        // A standard stream: the whole line in one write.
        let mut out = String::new();
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            let s = vm.str(v)?;
            out.push_str(s.downcast::<StrObj>().map_or("", |s| s.as_str()));
        }
        out.push_str(&end);
        s.write(vm, &out)?;
        if flush {
            s.flush(vm)?;
        }
        return Ok(Value::None);
    }
    // Any other file: one `write` per piece, each argument converted just before its
    // write, as CPython does.
    let write = |vm: &mut Vm, text: Value| vm.call_method(&file, "write", &[text]).map(drop);
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            write(vm, Value::Obj(new_str(sep.clone())))?;
        }
        let s = vm.str(v)?;
        write(vm, Value::Obj(s))?;
    }
    write(vm, Value::Obj(new_str(end)))?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.repr(&args.pos()[0])?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.id(&args.pos()[0])))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&args.pos()[0])?))
}

/// Which builtin is checking: `isinstance` (with the object) or `issubclass`.
#[derive(Clone, Copy)]
enum Check<'a> {
    Instance(&'a Value),
    Subclass,
}

impl Check<'_> {
    fn hook(self) -> &'static str {
        match self {
            Check::Instance(_) => "__instancecheck__",
            Check::Subclass => "__subclasscheck__",
        }
    }
}

/// Whether `subclass` derives from `spec`, a class or a tuple of classes. A class whose
/// metaclass defines `__instancecheck__`/`__subclasscheck__` in Python decides for itself
/// (as ABCs do); `type`'s own check is the MRO walk.
fn class_check(vm: &mut Vm, check: Check, subclass: &PyRef, spec: &Value) -> PyResult<bool> {
    // A union (`int | str`) checks its arguments as a tuple of them would.
    let union = crate::objects::classes::union::union_args(spec);
    let items = match (&union, spec.downcast::<TupleObj>()) {
        (Some(args), _) => Some(&args[..]),
        (None, Some(t)) => Some(&t.items[..]),
        _ => None,
    };
    if let Some(items) = items {
        // (nested tuples recurse: counted as CPython does)
        let what = match check {
            Check::Instance(_) => " in __instancecheck__",
            Check::Subclass => " in __subclasscheck__",
        };
        return vm.nested(what, |vm| {
            for item in items.iter() {
                if class_check(vm, check, subclass, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    match spec {
        Value::Obj(c) if c.is::<TypeObject>() => {
            let meta = c.class();
            if meta.downcast::<TypeObject>().is_some_and(|m| m.heap) {
                if let Some(f) = TypeObject::lookup(meta, &intern(check.hook())) {
                    if f.downcast::<crate::objects::callables::function::FunctionObj>()
                        .is_some()
                    {
                        let arg = match check {
                            Check::Instance(obj) => obj.clone(),
                            Check::Subclass => Value::Obj(subclass.clone()),
                        };
                        let r = vm.call_found(f, spec, &[arg])?;
                        return vm.truthy(&r);
                    }
                }
            }
            if TypeObject::is_subtype(subclass, c) {
                return Ok(true);
            }
            // CPython's `recursive_isinstance`: an object may claim another class through
            // `__class__` (weakref proxies, mocks). Only asked of objects that can answer
            // differently from their type: an attribute hook, or a class-level `__class__`.
            if let Check::Instance(obj) = check {
                let cls = obj.class();
                let may_differ = crate::vm::protocol::slots(obj).getattr.is_some()
                    || (cls.downcast::<TypeObject>().is_some_and(|t| t.heap)
                        && TypeObject::lookup(cls, crate::interned!("__class__")).is_some());
                if may_differ {
                    if let Some(Value::Obj(icls)) =
                        vm.getattr_opt(obj, crate::interned!("__class__"))?
                    {
                        if !icls.ptr_eq(cls) && icls.is::<TypeObject>() {
                            return Ok(TypeObject::is_subtype(&icls, c));
                        }
                    }
                }
            }
            Ok(false)
        }
        // Any other object decides through its class's hook (generic aliases refuse,
        // `typing`'s special forms answer).
        _ => match TypeObject::lookup(spec.class(), &intern(check.hook())) {
            Some(f) => {
                let arg = match check {
                    Check::Instance(obj) => obj.clone(),
                    Check::Subclass => Value::Obj(subclass.clone()),
                };
                let r = vm.call_found(f, spec, &[arg])?;
                vm.truthy(&r)
            }
            None => Err(match check {
                Check::Instance(_) => exc!(
                    type_error,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union"
                ),
                Check::Subclass => exc!(
                    type_error,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                ),
            }),
        },
    }
}

/// `isinstance(obj, cls)` for the VM (class patterns), with the same hooks.
pub(crate) fn isinstance_of(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(c) = cls {
        if obj.class().ptr_eq(c) {
            return Ok(true);
        }
    }
    class_check(vm, Check::Instance(obj), obj.class(), cls)
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, spec] = args.pos() else {
        unreachable!()
    };
    // An exact type match never consults a hook (CPython's fast path).
    if let Value::Obj(c) = spec {
        if obj.class().ptr_eq(c) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(class_check(
        vm,
        Check::Instance(obj),
        obj.class(),
        spec,
    )?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, spec] = args.pos() else {
        unreachable!()
    };
    Ok(Value::Bool(issubclass_of(vm, cls, spec)?))
}

/// `issubclass(cls, spec)` for native callers.
pub(crate) fn issubclass_of(vm: &mut Vm, cls: &Value, spec: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) if c.is::<TypeObject>() => class_check(vm, Check::Subclass, c, spec),
        _ => Err(exc!(type_error, "issubclass() arg 1 must be a class")),
    }
}

fn callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let s = crate::vm::protocol::slots(v);
    let is_callable = s.call.is_some()
        || matches!(v, Value::Obj(o) if o.is::<crate::objects::callables::function::FunctionObj>()
            || o.is::<crate::objects::callables::function::BuiltinFunctionObj>()
            || o.is::<crate::objects::callables::function::BoundMethodObj>());
    Ok(Value::Bool(is_callable))
}

fn attr_name(v: &Value) -> PyResult<PyRef> {
    match as_str(v) {
        Some(s) => Ok(intern(s)),
        None => Err(exc!(
            type_error,
            "attribute name must be string, not '{}'",
            v.type_name()
        )),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let name = attr_name(&pos[1])?;
    if pos.len() == 2 {
        return vm.getattr(&pos[0], &name);
    }
    match vm.getattr_opt(&pos[0], &name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(pos[2].clone()),
        Err(e) if e.matches(&types().exc.attribute_error) => Ok(pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let name = attr_name(&pos[1])?;
    vm.setattr(&pos[0], &name, Some(pos[2].clone()))?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let name = attr_name(&pos[1])?;
    vm.setattr(&pos[0], &name, None)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let name = attr_name(&pos[1])?;
    match vm.getattr_opt(&pos[0], &name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if e.matches(&types().exc.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `input([prompt])`: through the current `sys.stdin` and `sys.stdout` when a script
/// replaced either; straight through the interpreter's buffers otherwise.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let stdin = vm
        .sys_attr(crate::interned!("stdin"))
        .filter(|v| !v.is_none())
        .ok_or_else(|| exc!(runtime_error, "input(): lost sys.stdin"))?;
    let stdout = vm
        .sys_attr(crate::interned!("stdout"))
        .filter(|v| !v.is_none())
        .ok_or_else(|| exc!(runtime_error, "input(): lost sys.stdout"))?;
    let original = |v: &Value, fd: u8| {
        v.downcast::<StreamObj>()
            .is_some_and(|s| s.fd == fd && !s.binary)
    };
    if !original(&stdin, 0) || !original(&stdout, 1) {
        return input_via(vm, &stdin, &stdout, args.pos().first());
    }
    if let Some(p) = args.pos().first() {
        let s = vm.str_string(p)?;
        vm.interp
            .write_stdout(&s)
            .map_err(|e| crate::objects::exceptions::exception_kinds::os_error(&e, None))?;
    }
    vm.interp
        .flush_stdout()
        .map_err(|e| crate::objects::exceptions::exception_kinds::os_error(&e, None))?;
    // (a signal interrupts the wait in the main thread: Ctrl-C raises KeyboardInterrupt here)
    let mut line = crate::signals::wait::read_stdin_line(vm)?;
    if line.is_empty() {
        return Err(exc!(eof_error, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::Obj(new_str(line)))
}

/// `input()` over replaced streams: the prompt through `stdout.write`, a flush, then one
/// `stdin.readline()` (which must give a str), its newline stripped.
fn input_via(
    vm: &mut Vm,
    stdin: &Value,
    stdout: &Value,
    prompt: Option<&Value>,
) -> PyResult<Value> {
    if let Some(p) = prompt {
        let text = vm.str(p)?;
        vm.call_method(stdout, "write", &[Value::Obj(text)])?;
    }
    // (as CPython, a stdout whose flush fails or is missing does not stop the read)
    let _ = vm.call_method(stdout, "flush", &[]);
    let line = vm.call_method(stdin, "readline", &[])?;
    // (bytes are accepted too, as CPython's `PyFile_GetLine` does)
    if let Some(b) = line.downcast::<crate::objects::binary::bytes::BytesObj>() {
        if b.bytes.is_empty() {
            return Err(exc!(eof_error, "EOF when reading a line"));
        }
        let data = b.bytes.strip_suffix(b"\n").unwrap_or(&b.bytes).to_vec();
        return Ok(crate::objects::binary::bytes::bytes_value(data));
    }
    let Some(text) = as_str(&line) else {
        return Err(exc!(type_error, "object.readline() returned non-string"));
    };
    if text.is_empty() {
        return Err(exc!(eof_error, "EOF when reading a line"));
    }
    let text = text.strip_suffix('\n').unwrap_or(text);
    Ok(Value::Obj(new_str(text)))
}

pub const FUNCTIONS: &[MethodDef] = &[
    method!("print", print),
    method!("repr", repr, One),
    method!("id", id, One),
    method!("hash", hash, One),
    method!("isinstance", isinstance, Pos(2, 2)),
    method!("issubclass", issubclass, Pos(2, 2)),
    method!("callable", callable, One),
    method!("getattr", getattr, Pos(2, 3)),
    method!("setattr", setattr, Pos(3, 3)),
    method!("delattr", delattr, Pos(2, 2)),
    method!("hasattr", hasattr, Pos(2, 2)),
    method!("input", input, Pos(0, 1)),
    method!("open", crate::objects::io::open::open),
];
