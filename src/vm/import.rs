//! `import`: CPython's `__import__` semantics without importlib's objects.
//!
//! A dotted name is imported one component at a time (`a`, then `a.b`, ...), each first
//! looked up in `sys.modules`. A module not there yet is found, in order, among the native
//! modules (`modules::NATIVE_MODULES`, top level only), the Python modules embedded in the
//! binary (`modules::FROZEN_MODULES`), then in the directories of `sys.path` (top level) or
//! of the parent package's `__path__`: `dir/name/__init__.py` (a package), `dir/name.py`,
//! and failing both a namespace package made of the `dir/name/` directories seen.
//!
//! Loading a source module follows importlib's order, which scripts can observe: the new
//! module goes into `sys.modules` before its code runs (so circular imports see the partially
//! initialised module), is removed again if its code raises, and what the importer gets is
//! whatever `sys.modules[name]` holds afterwards (a module may replace itself there). A
//! submodule is then bound as an attribute of its parent package.
//!
//! Modules get `__spec__ = None` and `__loader__ = None`; which modules are still running
//! their body (importlib's `__spec__._initializing`) is tracked in `Interp::initializing`.

use super::{PyResult, Vm};
use crate::compiler::Mode;
use crate::exc;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::exceptions::exception_kinds::{import_error, module_not_found};
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, intern, new_str, repr_str, StrObj};
use crate::objects::{types, PyRef, Value};

/// Where a module's code comes from.
enum Found {
    Native(&'static crate::modules::NativeModule),
    Frozen(&'static crate::modules::FrozenModule),
    /// A `.py` file; `package_dir` is set for a package's `__init__.py`.
    Source {
        file: String,
        package_dir: Option<String>,
    },
    /// A directory without `__init__.py` (PEP 420), one per path entry that has it.
    Namespace(Vec<String>),
}

/// The module `-m` runs: its text, file name and `__package__`.
pub struct MainSource {
    pub source: String,
    pub filename: String,
    pub package: String,
}

/// Whether `name` is a module implemented in Rust (`sys`, `math`, ...): a module's repr
/// says `(built-in)` for these.
pub fn is_native_module(name: &str) -> bool {
    crate::modules::find_native(name).is_some()
}

/// Whether `name` is a Python module embedded in the binary (its repr says `(frozen)`).
pub fn is_frozen_module(name: &str) -> bool {
    crate::modules::find_frozen(name).is_some()
}

fn str_of(v: &PyRef) -> &str {
    v.downcast::<StrObj>().map_or("?", |s| s.as_str())
}

impl Vm {
    fn modules_dict(&self) -> PyRef {
        self.interp.modules.clone()
    }

    /// `sys.modules[name]`, if present.
    pub fn sys_module(&self, name: &str) -> Option<Value> {
        self.interp
            .modules
            .downcast::<DictObj>()
            .and_then(|d| d.get_str(&intern(name)))
    }

    /// `sys.name` of the interpreter's own `sys` module (whatever `sys.modules` says), if set.
    pub fn sys_attr(&self, name: &PyRef) -> Option<Value> {
        let sys = self.interp.sys.borrow().clone()?;
        sys.downcast::<crate::objects::module::ModuleObj>()?
            .namespace()
            .get_str(name)
    }

    /// The `builtins` module, which every module's `__builtins__` names.
    pub fn builtins_module(&self) -> Value {
        self.sys_module("builtins")
            .unwrap_or_else(|| Value::Obj(self.interp.builtins.clone()))
    }

    /// `IMPORT_NAME` and `__import__(name, globals, locals, fromlist, level)`.
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: i64,
        globals: Option<&DictObj>,
    ) -> PyResult<Value> {
        if level < 0 {
            return Err(exc!(value_error, "level must be >= 0"));
        }
        let absname = if level > 0 {
            let package = self.calc_package(globals)?;
            resolve_name(name, &package, level as usize)?
        } else {
            if name.is_empty() {
                return Err(exc!(value_error, "Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_absolute(&absname)?;
        let from: Vec<Value> = if fromlist.is_none() {
            Vec::new()
        } else {
            self.collect(fromlist)?
        };
        if from.is_empty() {
            let head = name.split('.').next().unwrap_or(name);
            if level == 0 {
                return self.import_absolute(head);
            }
            if name.is_empty() {
                return Ok(module);
            }
            // `from .a.b` with no names binds `.a`: cut `.b` off the resolved name.
            let cut = name.len() - head.len();
            return self.import_absolute(&absname[..absname.len() - cut]);
        }
        if self.has_attr(&module, "__path__")? {
            self.handle_fromlist(&module, &from, false)?;
        }
        Ok(module)
    }

    fn has_attr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        match self.getattr(obj, &intern(name)) {
            Ok(_) => Ok(true),
            Err(e) if e.matches(&types().exc.attribute_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// importlib's `_calc___package__`: the package a relative import is relative to.
    fn calc_package(&mut self, globals: Option<&DictObj>) -> PyResult<String> {
        let Some(g) = globals else {
            return Err(import_error(
                &types().exc.import_error,
                "attempted relative import with no known parent package".into(),
                None,
                None,
            ));
        };
        let package = match g.get_str(&intern("__package__")) {
            Some(Value::None) | None => {
                let name = g
                    .get_str(&intern("__name__"))
                    .ok_or_else(|| exc!(key_error, "'__name__' not in globals"))?;
                let name = as_str(&name)
                    .ok_or_else(|| exc!(type_error, "__name__ must be a string"))?
                    .to_string();
                if g.get_str(&intern("__path__")).is_some() {
                    name
                } else {
                    name.rsplit_once('.').map_or("", |(p, _)| p).to_string()
                }
            }
            Some(p) => match as_str(&p) {
                Some(s) => s.to_string(),
                None => return Err(exc!(type_error, "package must be a string")),
            },
        };
        if package.is_empty() {
            return Err(import_error(
                &types().exc.import_error,
                "attempted relative import with no known parent package".into(),
                None,
                None,
            ));
        }
        Ok(package)
    }

    /// importlib's `_gcd_import`: imports `name` and its parents, returns `sys.modules[name]`.
    pub fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_module(name) {
            if m.is_none() {
                return Err(module_not_found(
                    name,
                    format!("import of {name} halted; None in sys.modules"),
                ));
            }
            return Ok(m);
        }
        let (parent, child) = match name.rsplit_once('.') {
            Some((p, c)) => (Some(p), c),
            None => (None, name),
        };
        let mut search: Option<Vec<String>> = None;
        let mut parent_module = None;
        if let Some(p) = parent {
            let pm = self.import_absolute(p)?;
            // Importing the parent may have imported this module as a side effect.
            if let Some(m) = self.sys_module(name) {
                return Ok(m);
            }
            let path = match self.getattr(&pm, &intern("__path__")) {
                Ok(path) => path,
                Err(e) if e.matches(&types().exc.attribute_error) => {
                    return Err(module_not_found(
                        name,
                        format!(
                            "No module named {}; {} is not a package",
                            repr_str(name),
                            repr_str(p)
                        ),
                    ));
                }
                Err(e) => return Err(e),
            };
            search = Some(self.path_entries(&path)?);
            parent_module = Some(pm);
        }
        let found = match self.find_module(name, search)? {
            Some(f) => f,
            None => {
                return Err(module_not_found(
                    name,
                    format!("No module named {}", repr_str(name)),
                ))
            }
        };
        let module = self.load_module(name, found)?;
        if let Some(pm) = parent_module {
            self.setattr(&pm, &intern(child), Some(module.clone()))?;
        }
        Ok(module)
    }

    /// runpy's `_get_module_details` for `-m NAME`: the parent packages imported, then the
    /// module's source (a package's `__main__`'s). `Err` is an exception raised while
    /// importing a parent; `Ok(Err(msg))` what runpy reports as `EXECUTABLE: msg`.
    pub fn find_main_module(&mut self, name: &str) -> PyResult<Result<MainSource, String>> {
        self.find_main_module_in(name, 0)
    }

    fn find_main_module_in(
        &mut self,
        name: &str,
        depth: usize,
    ) -> PyResult<Result<MainSource, String>> {
        if name.starts_with('.') {
            return Ok(Err("Relative module names not supported".to_string()));
        }
        let mut search = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            match self.import_absolute(parent) {
                Ok(pm) => match self.getattr(&pm, &intern("__path__")) {
                    Ok(path) => search = Some(self.path_entries(&path)?),
                    Err(e) if e.matches(&types().exc.attribute_error) => {
                        return Ok(Err(format!(
                            "Error while finding module specification for {} \
                             (ModuleNotFoundError: __path__ attribute not found on {} while \
                             trying to find {})",
                            repr_str(name),
                            repr_str(parent),
                            repr_str(name)
                        )));
                    }
                    Err(e) => return Err(e),
                },
                Err(e) if e.matches(&types().exc.import_error) => {
                    let msg = self.str_string(&Value::Obj(e.exc().clone()))?;
                    let kind = crate::objects::classes::typeobj::type_name(e.class()).to_string();
                    return Ok(Err(format!(
                        "Error while finding module specification for {} ({kind}: {msg})",
                        repr_str(name)
                    )));
                }
                Err(e) => return Err(e),
            }
        }
        let Some(found) = self.find_module(name, search)? else {
            // (`sys`, `builtins`: made at start-up, from no source)
            if self.sys_module(name).is_some() {
                return Ok(Err(format!("No code object available for {name}")));
            }
            return Ok(Err(format!("No module named {name}")));
        };
        let (source, filename, package) = match found {
            Found::Native(_) => return Ok(Err(format!("No code object available for {name}"))),
            Found::Frozen(f) if f.is_package => return self.package_main(name, depth),
            Found::Source {
                package_dir: Some(_),
                ..
            }
            | Found::Namespace(_) => return self.package_main(name, depth),
            Found::Frozen(f) => (f.source.to_string(), format!("<frozen {}>", f.name), None),
            Found::Source { file, .. } => {
                let bytes = std::fs::read(&file).map_err(|e| {
                    crate::objects::exceptions::exception_kinds::os_error(
                        &e,
                        Some(&Value::Obj(new_str(file.as_str()))),
                    )
                })?;
                match crate::source::decode(&bytes, &file) {
                    Ok(text) => (text, file, None),
                    Err(report) => return Ok(Err(report.trim_end().to_string())),
                }
            }
        };
        let package =
            package.unwrap_or_else(|| name.rsplit_once('.').map_or("", |(p, _)| p).to_string());
        Ok(Ok(MainSource {
            source,
            filename,
            package,
        }))
    }

    /// A package given to `-m`: its `__main__` submodule, once.
    fn package_main(&mut self, name: &str, depth: usize) -> PyResult<Result<MainSource, String>> {
        if depth > 0 {
            return Ok(Err(format!(
                "Cannot use package as __main__ module; {} is a package and cannot be \
                 directly executed",
                repr_str(name.strip_suffix(".__main__").unwrap_or(name))
            )));
        }
        let main = format!("{name}.__main__");
        match self.find_main_module_in(&main, depth + 1)? {
            Err(msg) if msg.starts_with("No module named") => Ok(Err(format!(
                "{msg}; {} is a package and cannot be directly executed",
                repr_str(name)
            ))),
            other => Ok(other),
        }
    }

    /// The str entries of a `sys.path`-like list.
    fn path_entries(&mut self, path: &Value) -> PyResult<Vec<String>> {
        let items = self.collect(path)?;
        Ok(items
            .iter()
            .filter_map(|v| as_str(v).map(str::to_string))
            .collect())
    }

    /// Finds module `name` (`search`: the parent package's `__path__`, `None` at top level).
    fn find_module(&mut self, name: &str, search: Option<Vec<String>>) -> PyResult<Option<Found>> {
        let top_level = search.is_none();
        if top_level {
            if let Some(n) = crate::modules::find_native(name) {
                return Ok(Some(Found::Native(n)));
            }
        }
        if let Some(f) = crate::modules::find_frozen(name) {
            return Ok(Some(Found::Frozen(f)));
        }
        let dirs = match search {
            Some(dirs) => dirs,
            None => match self.sys_module("sys") {
                Some(sys) => match self.getattr(&sys, &intern("path")) {
                    Ok(p) => self.path_entries(&p)?,
                    Err(_) => Vec::new(),
                },
                None => Vec::new(),
            },
        };
        let base = name.rsplit('.').next().unwrap_or(name).to_string();
        let found = crate::gil::allow_threads(self.gil(), move || search_dirs(&dirs, &base));
        Ok(found)
    }

    /// Creates and runs the module found for `name`.
    fn load_module(&mut self, name: &str, found: Found) -> PyResult<Value> {
        let frozen_module = match found {
            Found::Frozen(f) => Some(f),
            _ => None,
        };
        let (source, filename, package_dir) = match found {
            Found::Native(n) => {
                let module = (n.create)(self)?;
                let d = self.modules_dict();
                let d = d.downcast::<DictObj>().expect("sys.modules is a dict");
                d.set_str(intern(name), Value::Obj(module.clone()));
                return Ok(Value::Obj(module));
            }
            Found::Namespace(dirs) => {
                let module = ModuleObj::new_ref(name);
                let ns = module.downcast::<ModuleObj>().expect("module").namespace();
                self.set_import_attrs(ns, name, true);
                ns.set_str(intern("__file__"), Value::None);
                let path = dirs.into_iter().map(|d| Value::Obj(new_str(d))).collect();
                ns.set_str(intern("__path__"), Value::Obj(ListObj::new_ref(path)));
                let d = self.modules_dict();
                let d = d.downcast::<DictObj>().expect("sys.modules is a dict");
                d.set_str(intern(name), Value::Obj(module.clone()));
                return Ok(Value::Obj(module));
            }
            Found::Frozen(f) => (
                String::new(),
                format!("<frozen {}>", f.name),
                f.is_package.then(String::new),
            ),
            Found::Source { file, package_dir } => {
                let path = file.clone();
                let bytes = crate::gil::allow_threads(self.gil(), move || std::fs::read(path));
                let bytes = bytes.map_err(|e| {
                    crate::objects::exceptions::exception_kinds::os_error(
                        &e,
                        Some(&Value::Obj(new_str(file.as_str()))),
                    )
                })?;
                let source = String::from_utf8(bytes).map_err(|e| {
                    exc!(
                        syntax_error,
                        "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        e.as_bytes()[e.utf8_error().valid_up_to()],
                        e.utf8_error().valid_up_to()
                    )
                })?;
                (source, file, package_dir)
            }
        };
        let frozen = filename.starts_with('<');
        let module = ModuleObj::new_ref(name);
        let m = module.downcast::<ModuleObj>().expect("module");
        let ns = m.namespace();
        self.set_import_attrs(ns, name, package_dir.is_some());
        if !frozen {
            ns.set_str(intern("__file__"), Value::Obj(new_str(filename.as_str())));
        }
        if let Some(dir) = package_dir {
            let path = if frozen {
                vec![]
            } else {
                vec![Value::Obj(new_str(dir))]
            };
            ns.set_str(intern("__path__"), Value::Obj(ListObj::new_ref(path)));
        }
        let key = intern(name);
        let modules = self.modules_dict();
        let mods = modules
            .downcast::<DictObj>()
            .expect("sys.modules is a dict");
        mods.set_str(key.clone(), Value::Obj(module.clone()));
        self.interp.initializing.borrow_mut().push(module.clone());
        let globals = m.dict.clone();
        let result = match frozen_module {
            Some(f) => self.exec_embedded(f.name, f.source, &filename, &globals),
            None => self.exec_source(&source, &filename, &globals, !frozen),
        };
        self.interp
            .initializing
            .borrow_mut()
            .retain(|x| !x.ptr_eq(&module));
        if let Err(e) = result {
            drop(mods.del_str(&key));
            return Err(e);
        }
        mods.get_str(&key)
            .ok_or_else(|| exc!(key_error, "{}", repr_str(name)))
    }

    /// The attributes importlib gives every module it creates.
    fn set_import_attrs(&self, ns: &DictObj, name: &str, is_package: bool) {
        let package = if is_package {
            name
        } else {
            name.rsplit_once('.').map_or("", |(p, _)| p)
        };
        ns.set_str(intern("__package__"), Value::Obj(new_str(package)));
        ns.set_str(intern("__loader__"), Value::None);
        ns.set_str(intern("__spec__"), Value::None);
        let builtins = self.interp.builtins.clone();
        ns.set_str(intern("__builtins__"), Value::Obj(builtins));
    }

    /// Compiles `source` as a module and runs it in `globals` (module namespace semantics).
    /// `keep_source` registers the text for traceback lines.
    /// Runs the embedded (frozen) source of module `name` in `globals`, loading its compiled
    /// code from the code cache when it is there (`vm::codecache`).
    pub fn exec_embedded(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
        globals: &PyRef,
    ) -> PyResult<Value> {
        let unit = super::codecache::embedded_unit(name, source, filename)
            .map_err(|e| super::compile::source_error(e, source, filename, Mode::Exec))?;
        let code = crate::objects::callables::code::CodeObj::from_unit(&std::rc::Rc::new(unit));
        self.run_code(&code, globals, globals, None)
    }

    pub fn exec_source(
        &mut self,
        source: &str,
        filename: &str,
        globals: &PyRef,
        keep_source: bool,
    ) -> PyResult<Value> {
        let code = super::compile::compile_code(source, filename, crate::compiler::Mode::Exec)?;
        if keep_source {
            self.interp
                .sources
                .borrow_mut()
                .insert(filename.to_string(), source.into());
        }
        self.run_code(&code, globals, globals, None)
    }

    /// importlib's `_handle_fromlist`: `from package import sub` imports `package.sub` when
    /// the package has no attribute `sub`.
    fn handle_fromlist(&mut self, module: &Value, from: &[Value], recursive: bool) -> PyResult<()> {
        for x in from {
            let Some(name) = as_str(x) else {
                let modname = self.module_name(module).unwrap_or_default();
                let place = if recursive {
                    format!("{modname}.__all__")
                } else {
                    "``from list''".to_string()
                };
                return Err(exc!(
                    type_error,
                    "Item in {} must be str, not {}",
                    place,
                    x.type_name()
                ));
            };
            if name == "*" {
                if !recursive {
                    if let Ok(all) = self.getattr(module, &intern("__all__")) {
                        let names = self.collect(&all)?;
                        self.handle_fromlist(module, &names, true)?;
                    }
                }
                continue;
            }
            if self.has_attr(module, name)? {
                continue;
            }
            let modname = self.module_name(module).unwrap_or_default();
            let from_name = format!("{modname}.{name}");
            if let Err(e) = self.import_absolute(&from_name) {
                let missing_self = e.matches(&types().exc.module_not_found_error)
                    && as_str(&crate::objects::exceptions::exception_kinds::field(
                        e.exc(),
                        "name",
                    )) == Some(from_name.as_str());
                if missing_self && !matches!(self.sys_module(&from_name), Some(Value::None)) {
                    continue;
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn module_name(&mut self, module: &Value) -> Option<String> {
        let n = self.getattr(module, &intern("__name__")).ok()?;
        as_str(&n).map(str::to_string)
    }

    /// `IMPORT_FROM`: `module.name`, falling back to `sys.modules["module.name"]` (a
    /// submodule still being imported in a cycle), else CPython's ImportError.
    pub fn import_from(&mut self, module: &Value, name: &PyRef) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !e.matches(&types().exc.attribute_error) => return Err(e),
            Err(_) => {}
        }
        let pkgname = self.module_name(module);
        if let Some(p) = &pkgname {
            if let Some(m) = self.sys_module(&format!("{p}.{}", str_of(name))) {
                return Ok(m);
            }
        }
        let shown = pkgname
            .clone()
            .unwrap_or_else(|| "<unknown module name>".into());
        let file = module
            .downcast::<ModuleObj>()
            .and_then(|m| m.namespace().get_str(&intern("__file__")))
            .and_then(|f| as_str(&f).map(str::to_string));
        let name_r = repr_str(str_of(name));
        let msg = match &file {
            None => format!(
                "cannot import name {name_r} from {} (unknown location)",
                repr_str(&shown)
            ),
            Some(path) => {
                let initializing = matches!(module, Value::Obj(o)
                    if self.interp.initializing.borrow().iter().any(|m| m.ptr_eq(o)));
                if initializing {
                    format!(
                        "cannot import name {name_r} from partially initialized module {} (most likely due to a circular import) ({path})",
                        repr_str(&shown)
                    )
                } else {
                    format!(
                        "cannot import name {name_r} from {} ({path})",
                        repr_str(&shown)
                    )
                }
            }
        };
        Err(import_error(
            &types().exc.import_error,
            msg,
            pkgname.as_deref(),
            file.as_deref(),
        ))
    }

    /// `from m import *`: the names in `__all__`, or every name in `__dict__` not starting
    /// with `_`.
    pub fn import_star(&mut self, module: &Value, into: &Value) -> PyResult<()> {
        // (an exact dict namespace is written directly; another mapping through `__setitem__`)
        let dict = crate::vm::protocol::exact_dict(into);
        let (names, skip_private, what) = match self.getattr(module, &intern("__all__")) {
            Ok(all) => (self.collect(&all)?, false, "__all__"),
            Err(e) if e.matches(&types().exc.attribute_error) => {
                let dict = match self.getattr(module, &intern("__dict__")) {
                    Ok(d) => d,
                    Err(e) if e.matches(&types().exc.attribute_error) => {
                        return Err(exc!(
                            import_error,
                            "from-import-* object has no __dict__ and no __all__"
                        ))
                    }
                    Err(e) => return Err(e),
                };
                let keys = match dict.downcast::<DictObj>() {
                    Some(d) => d.keys(),
                    None => self.collect(&dict)?,
                };
                (keys, true, "__dict__")
            }
            Err(e) => return Err(e),
        };
        for key in names {
            let Some(k) = as_str(&key) else {
                let modname = self.module_name(module).unwrap_or_default();
                let kind = if skip_private { "Key" } else { "Item" };
                return Err(exc!(
                    type_error,
                    "{} in {}.{} must be str, not {}",
                    kind,
                    modname,
                    what,
                    key.type_name()
                ));
            };
            if skip_private && k.starts_with('_') {
                continue;
            }
            let name = intern(k);
            let v = self.getattr(module, &name)?;
            match dict {
                Some(d) => drop(d.set_str(name, v)),
                None => self.setitem(into, &Value::Obj(name), v)?,
            }
        }
        Ok(())
    }
}

/// importlib's `_resolve_name`: `name` relative to `package`, `level` dots up.
fn resolve_name(name: &str, package: &str, level: usize) -> PyResult<String> {
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(import_error(
            &types().exc.import_error,
            "attempted relative import beyond top-level package".into(),
            None,
            None,
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// Searches the directories for module `base` (run with the GIL released: file system only).
fn search_dirs(dirs: &[String], base: &str) -> Option<Found> {
    use std::path::Path;
    let cwd = std::env::current_dir().ok();
    let mut namespace = Vec::new();
    for entry in dirs {
        // Relative entries ('' for -c) are relative to the current directory, and the
        // module's __file__ is absolute, as importlib's FileFinder makes it.
        let dir = match (entry.as_str(), &cwd) {
            ("", Some(cwd)) => cwd.clone(),
            (e, Some(cwd)) if !Path::new(e).is_absolute() => cwd.join(e),
            (e, _) => Path::new(e).to_path_buf(),
        };
        let pkg = dir.join(base);
        if pkg.is_dir() {
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Some(Found::Source {
                    file: init.display().to_string(),
                    package_dir: Some(pkg.display().to_string()),
                });
            }
            namespace.push(pkg.display().to_string());
        }
        let file = dir.join(format!("{base}.py"));
        if file.is_file() {
            return Some(Found::Source {
                file: file.display().to_string(),
                package_dir: None,
            });
        }
    }
    (!namespace.is_empty()).then_some(Found::Namespace(namespace))
}

/// Whether `f` is the builtin `__import__` (the import statement then takes the direct
/// path; a replacement in `builtins` is called instead).
pub fn is_builtin_import(f: &Value) -> bool {
    f.downcast::<crate::objects::callables::function::BuiltinFunctionObj>()
        .is_some_and(|b| b.name == "__import__" && b.bound.is_none())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: crate::vm::Args) -> PyResult<Value> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let mut vals: [Option<Value>; 5] = Default::default();
    for (i, v) in args.pos().iter().enumerate() {
        if i >= 5 {
            return Err(exc!(
                type_error,
                "__import__() takes at most 5 arguments ({} given)",
                args.pos().len()
            ));
        }
        vals[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) => vals[i] = Some(v.clone()),
            None => {
                return Err(exc!(
                    type_error,
                    "__import__() got an unexpected keyword argument '{}'",
                    k
                ))
            }
        }
    }
    let name = match &vals[0] {
        Some(v) => match as_str(v) {
            Some(s) => s.to_string(),
            None => {
                return Err(exc!(
                    type_error,
                    "__import__() argument 1 must be str, not {}",
                    v.type_name()
                ))
            }
        },
        None => {
            return Err(exc!(
                type_error,
                "__import__() missing required argument 'name' (pos 1)"
            ))
        }
    };
    let level = match &vals[4] {
        None => 0,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            return Err(exc!(
                type_error,
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))
        }
    };
    let fromlist = vals[3]
        .clone()
        .unwrap_or_else(|| Value::Obj(TupleObj::new_ref(vec![])));
    let globals = vals[1].clone().filter(|g| !g.is_none());
    let gdict = globals.as_ref().and_then(|g| g.downcast::<DictObj>());
    vm.import_name(&name, &fromlist, level, gdict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::FrozenModule;

    static GREETING: FrozenModule = FrozenModule {
        name: "_pyvm_test_frozen",
        source: "def hello(who):\n    return 'hello ' + who\n\nNAME = __name__\n",
        is_package: false,
    };

    #[test]
    fn frozen_module_runs_once_and_has_no_file() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let m = vm
            .load_module(GREETING.name, Found::Frozen(&GREETING))
            .expect("loads");
        let hello = vm.getattr(&m, &intern("hello")).expect("defines hello");
        let arg = Value::Obj(new_str("frozen"));
        let r = vm
            .call(&hello, crate::vm::Args::positional(&[arg]))
            .unwrap();
        assert_eq!(as_str(&r), Some("hello frozen"));
        assert!(vm.sys_module(GREETING.name).is_some_and(|v| v.is(&m)));
        assert!(vm.getattr(&m, &intern("__file__")).is_err());
        let code = vm.getattr(&hello, &intern("__code__")).unwrap();
        let code = code
            .downcast::<crate::objects::callables::code::CodeObj>()
            .unwrap();
        assert_eq!(&*code.unit.filename, "<frozen _pyvm_test_frozen>");
        let name = vm.getattr(&m, &intern("NAME")).unwrap();
        assert_eq!(as_str(&name), Some("_pyvm_test_frozen"));
        // A second import finds it in sys.modules.
        let again = vm.import_absolute(GREETING.name).unwrap();
        assert!(again.is(&m));
    }
}
