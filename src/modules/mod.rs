//! Builtin modules (one file per module, or a directory for the big ones: `math`,
//! `itertools`, `functools`, `random`) and the table `import` finds them in. Shared by the
//! modules: `vm::params` (argument checking with CPython's messages, number conversions) and
//! `structseq` (named-tuple types like `CacheInfo` and `time.struct_time`); the types the
//! modules define are native objects (`objects::callables::native`).

pub mod array;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod clib;
pub mod cmath;
pub mod collections;
pub mod dis_native;
pub mod errtype;
pub mod functools;
pub mod gilstats;
pub mod hashlib;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod namespace;
pub mod operator;
pub mod os;
pub mod random;
pub mod re;
pub mod select;
pub mod signal;
pub mod string;
pub mod structmod;
pub mod structseq;
pub mod sys;
pub mod sys_info;
pub mod tbhelper;
pub mod thread;
pub mod time;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::dict::DictObj;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, intern};
use crate::objects::{types, PyRef, Value};
use crate::vm::{PyResult, Vm};

/// A module implemented in Rust: `create` builds it the first time it is imported (it is
/// then cached in `sys.modules` like any other).
pub struct NativeModule {
    pub name: &'static str,
    pub create: fn(&mut Vm) -> PyResult<PyRef>,
}

/// Every importable native module except `builtins` and `sys` (set up at start-up). Adding a
/// module is one line here.
pub const NATIVE_MODULES: &[NativeModule] = &[
    NativeModule {
        name: "_dis",
        create: dis_native::create,
    },
    NativeModule {
        name: "array",
        create: array::create,
    },
    NativeModule {
        name: "atexit",
        create: atexit::create,
    },
    NativeModule {
        name: "binascii",
        create: binascii::create,
    },
    NativeModule {
        name: "bisect",
        create: bisect::create,
    },
    NativeModule {
        name: "_weakref",
        create: weakref::create,
    },
    NativeModule {
        name: "_types",
        create: namespace::create,
    },
    NativeModule {
        name: "_collections",
        create: collections::create,
    },
    NativeModule {
        name: "functools",
        create: functools::create,
    },
    NativeModule {
        name: "gc",
        create: crate::gc::module::create,
    },
    NativeModule {
        name: "_io",
        create: io::create,
    },
    NativeModule {
        name: "hashlib",
        create: hashlib::create,
    },
    NativeModule {
        name: "heapq",
        create: heapq::create,
    },
    NativeModule {
        name: "select",
        create: select::create,
    },
    NativeModule {
        name: "itertools",
        create: itertools::create,
    },
    NativeModule {
        name: "_json",
        create: json::create,
    },
    NativeModule {
        name: "cmath",
        create: cmath::create,
    },
    NativeModule {
        name: "math",
        create: math::create,
    },
    NativeModule {
        name: "operator",
        create: operator::create,
    },
    NativeModule {
        name: "os",
        create: os::create,
    },
    NativeModule {
        name: "posixpath",
        create: os::create_posixpath,
    },
    NativeModule {
        name: "random",
        create: random::create,
    },
    NativeModule {
        name: "_re",
        create: re::create,
    },
    NativeModule {
        name: "_signal",
        create: signal::create,
    },
    NativeModule {
        name: "string",
        create: string::create,
    },
    NativeModule {
        name: "struct",
        create: structmod::create,
    },
    NativeModule {
        name: "_struct",
        create: structmod::create_private,
    },
    NativeModule {
        name: "time",
        create: time::create,
    },
    NativeModule {
        name: "gilstats",
        create: gilstats::create,
    },
    NativeModule {
        name: "unicodedata",
        create: unicodedata::create,
    },
    NativeModule {
        name: "zlib",
        create: zlib::create,
    },
    NativeModule {
        name: "_traceback",
        create: tbhelper::create,
    },
    NativeModule {
        name: "_thread",
        create: thread::create,
    },
];

/// A module written in Python and embedded in the binary: its source (`src/modules/py/NAME.py`
/// through `include_str!`) is compiled and run the first time it is imported, under the file
/// name `<frozen NAME>` (as CPython names its frozen modules in tracebacks). Such a module has
/// no `__file__`; a package gets an empty `__path__` and its submodules are entries named
/// `pkg.sub` here. Adding one is a line like
/// `frozen!("NAME", "NAME.py")`.
pub struct FrozenModule {
    pub name: &'static str,
    pub source: &'static str,
    pub is_package: bool,
}

/// Every importable Python-source module embedded in the binary.
/// A [`FrozenModule`] line: name, file under `py/`, and `package` for a package.
macro_rules! frozen {
    ($name:literal, $file:literal) => {
        FrozenModule {
            name: $name,
            source: include_str!(concat!("py/", $file)),
            is_package: false,
        }
    };
    ($name:literal, $file:literal, package) => {
        FrozenModule {
            name: $name,
            source: include_str!(concat!("py/", $file)),
            is_package: true,
        }
    };
}

pub const FROZEN_MODULES: &[FrozenModule] = &[
    frozen!("__future__", "__future__.py"),
    frozen!("dis", "dis.py"),
    frozen!("cProfile", "cProfile.py"),
    frozen!("profile", "profile.py"),
    frozen!("pstats", "pstats.py"),
    frozen!("_sitebuiltins", "_sitebuiltins.py"),
    frozen!("_weakrefset", "_weakrefset.py"),
    frozen!("weakref", "weakref.py"),
    frozen!("abc", "abc.py"),
    frozen!("collections", "collections.py", package),
    frozen!("calendar", "calendar.py"),
    frozen!("copy", "copy.py"),
    frozen!("datetime", "datetime.py"),
    frozen!("_datetime_delta", "_datetime_delta.py"),
    frozen!("_datetime_iso", "_datetime_iso.py"),
    frozen!("copyreg", "copyreg.py"),
    frozen!("contextvars", "contextvars.py"),
    frozen!("pickle", "pickle.py"),
    frozen!("_pickle_save", "_pickle_save.py"),
    frozen!("_pickle_load", "_pickle_load.py"),
    frozen!("io", "io.py"),
    frozen!("base64", "base64.py"),
    frozen!("hmac", "hmac.py"),
    frozen!("json", "json.py"),
    frozen!("types", "types.py"),
    frozen!("zoneinfo", "zoneinfo.py"),
    frozen!("typing", "typing.py"),
    frozen!("_typing_tools", "_typing_tools.py"),
    frozen!("inspect", "inspect.py"),
    frozen!("_inspect_signature", "_inspect_signature.py"),
    frozen!("threading", "threading.py"),
    frozen!("queue", "queue.py"),
    frozen!("re", "re.py"),
    frozen!("signal", "signal.py"),
    frozen!("collections.abc", "collections_abc.py"),
    frozen!("concurrent", "concurrent.py", package),
    frozen!("concurrent.futures", "concurrent_futures.py", package),
    frozen!("concurrent.futures._base", "concurrent_futures_base.py"),
    frozen!("concurrent.futures.thread", "concurrent_futures_thread.py"),
    frozen!("stat", "stat.py"),
    frozen!("fnmatch", "fnmatch.py"),
    frozen!("glob", "glob.py"),
    frozen!("shutil", "shutil.py"),
    frozen!("tempfile", "tempfile.py"),
    frozen!("pathlib", "pathlib.py"),
    frozen!("subprocess", "subprocess.py"),
    frozen!("warnings", "warnings.py"),
    frozen!("contextlib", "contextlib.py"),
    frozen!("keyword", "keyword.py"),
    frozen!("reprlib", "reprlib.py"),
    frozen!("numbers", "numbers.py"),
    frozen!("enum", "enum.py"),
    frozen!("dataclasses", "dataclasses.py"),
    frozen!("pprint", "pprint.py"),
    frozen!("csv", "csv.py"),
    frozen!("codecs", "codecs.py"),
    frozen!("linecache", "linecache.py"),
    frozen!("traceback", "traceback.py"),
    frozen!("difflib", "difflib.py"),
    frozen!("unittest", "unittest.py", package),
    frozen!("unittest.util", "unittest_util.py"),
    frozen!("unittest.case", "unittest_case.py"),
    frozen!("unittest.suite", "unittest_suite.py"),
    frozen!("unittest.result", "unittest_result.py"),
    frozen!("unittest.runner", "unittest_runner.py"),
    frozen!("unittest.loader", "unittest_loader.py"),
    frozen!("unittest.main", "unittest_main.py"),
    frozen!("unittest.__main__", "unittest___main__.py"),
    frozen!("unittest._log", "unittest_log.py"),
    frozen!("unittest.mock", "unittest_mock.py"),
    frozen!("unittest._mock_patch", "unittest_mock_patch.py"),
    frozen!("textwrap", "textwrap.py"),
    frozen!("logging", "logging.py", package),
    frozen!("logging.handlers", "logging_handlers.py"),
    frozen!("logging._fmt", "logging_fmt.py"),
    frozen!("argparse", "argparse.py"),
    frozen!("_argparse_help", "argparse_help.py"),
    frozen!("errno", "errno.py"),
    frozen!("decimal", "decimal.py"),
    frozen!("_decimal_ops", "_decimal_ops.py"),
    frozen!("_decimal_format", "_decimal_format.py"),
    frozen!("_decimal_math", "_decimal_math.py"),
    frozen!("fractions", "fractions.py"),
    frozen!("statistics", "statistics.py"),
    frozen!("asyncio", "asyncio.py", package),
    frozen!("asyncio.events", "asyncio_events.py"),
    frozen!("asyncio.tasks", "asyncio_tasks.py"),
    frozen!("asyncio.queues", "asyncio_queues.py"),
    frozen!("asyncio.locks", "asyncio_locks.py"),
    frozen!("asyncio.timeouts", "asyncio_timeouts.py"),
    frozen!("asyncio.taskgroups", "asyncio_taskgroups.py"),
    frozen!("timeit", "timeit.py"),
];

/// The embedded Python module called `name`, if there is one.
pub fn find_frozen(name: &str) -> Option<&'static FrozenModule> {
    FROZEN_MODULES.iter().find(|m| m.name == name)
}

/// The native module called `name`, if there is one.
pub fn find_native(name: &str) -> Option<&'static NativeModule> {
    const AGAIN: &[NativeModule] = &[
        NativeModule {
            name: "builtins",
            create: builtins_again,
        },
        NativeModule {
            name: "sys",
            create: sys_again,
        },
    ];
    NATIVE_MODULES.iter().chain(AGAIN).find(|m| m.name == name)
}

/// `builtins` imported after a script removed it from `sys.modules`: a module over the
/// interpreter's builtins (CPython too makes a new module object over the same state).
fn builtins_again(vm: &mut Vm) -> PyResult<PyRef> {
    Ok(PyRef::new(
        &types().module,
        ModuleObj {
            name: intern("builtins"),
            dict: vm.interp.builtins.clone(),
        },
    ))
}

/// `sys` imported after a script removed it from `sys.modules`: a new module over the
/// interpreter's `sys` namespace (as `builtins_again`).
fn sys_again(vm: &mut Vm) -> PyResult<PyRef> {
    let sys = vm.interp.sys.borrow().clone();
    let dict = sys
        .as_ref()
        .and_then(|s| s.downcast::<ModuleObj>().map(|m| m.dict.clone()))
        .ok_or_else(|| crate::exc!(import_error, "No module named 'sys'"))?;
    Ok(PyRef::new(
        &types().module,
        ModuleObj {
            name: intern("sys"),
            dict,
        },
    ))
}

/// A new module named `name` holding `functions` as builtin functions.
pub fn new_native_module(name: &'static str, functions: &[MethodDef]) -> PyRef {
    new_native_module_in(name, name, functions)
}

/// A new module `name` whose functions CPython defines in the C module `home`, the name
/// their messages show (`heapq`'s functions come from `_heapq`: "_heapq.heappop() takes
/// exactly one argument").
pub fn new_native_module_in(
    name: &'static str,
    home: &'static str,
    functions: &[MethodDef],
) -> PyRef {
    let module = ModuleObj::new_ref(name);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for f in functions {
        let func = BuiltinFunctionObj::function_ref(f, Some(home));
        d.set_str(intern(f.name), Value::Obj(func));
    }
    module
}

/// The order of CPython 3.11's `builtins` namespace.
const CPYTHON_BUILTINS_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// Sets up `builtins` and `sys` in a new interpreter and registers them in `sys.modules`.
pub fn install(vm: &mut Vm) {
    let builtins = vm.interp.builtins.clone();
    let b = builtins.downcast::<DictObj>().expect("builtins dict");
    for f in crate::builtins::all_functions() {
        let func = BuiltinFunctionObj::function_ref(f, None);
        b.set_str(intern(f.name), Value::Obj(func));
    }
    let t = types();
    let named_types: [(&str, &PyRef); 28] = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("NotImplemented", &t.not_implemented),
        ("Ellipsis", &t.ellipsis),
    ];
    for (name, ty) in named_types {
        b.set_str(intern(name), Value::Obj(ty.clone()));
    }
    for exc in t.exc.all() {
        let name = crate::objects::classes::typeobj::type_name(exc);
        b.set_str(intern(&name), Value::Obj(exc.clone()));
    }
    b.set_str(
        intern("EnvironmentError"),
        Value::Obj(t.exc.os_error.clone()),
    );
    b.set_str(intern("IOError"), Value::Obj(t.exc.os_error.clone()));
    b.set_str(intern("__name__"), Value::Obj(intern("builtins")));
    b.set_str(intern("__debug__"), Value::Bool(true));
    b.set_str(intern("None"), Value::None);
    b.set_str(intern("False"), Value::Bool(false));
    b.set_str(intern("True"), Value::Bool(true));
    // CPython's order, which `vars(builtins)` shows and which breaks ties between equally
    // close "Did you mean" candidates; names CPython lacks stay after its own.
    let mut entries = b.items();
    b.clear();
    for name in CPYTHON_BUILTINS_ORDER {
        if let Some(i) = entries.iter().position(|(k, _)| as_str(k) == Some(name)) {
            let (k, v) = entries.remove(i);
            if let Value::Obj(k) = k {
                b.set_str(k, v);
            }
        }
    }
    for (k, v) in entries {
        if let Value::Obj(k) = k {
            b.set_str(k, v);
        }
    }

    let modules = vm.interp.modules.clone();
    let m = modules.downcast::<DictObj>().expect("sys.modules");
    let builtins_module = PyRef::new(
        &t.module,
        ModuleObj {
            name: intern("builtins"),
            dict: builtins.clone(),
        },
    );
    m.set_str(intern("builtins"), Value::Obj(builtins_module));
    let sys = sys::create(vm);
    *vm.interp.sys.borrow_mut() = Some(sys.clone());
    m.set_str(intern("sys"), Value::Obj(sys));
    // This thread is the interpreter's main thread; SIGINT raises KeyboardInterrupt.
    crate::signals::init();
}
