//! Scope analysis: which names each function, lambda, comprehension, class and module body
//! binds, and where every name it uses lives (CPython's `symtable`).
//!
//! The analysis runs in two passes over the whole module before any code is generated:
//!
//! 1. **Collection** walks the AST once, creating a [`Scope`] for the module and for every
//!    `def`, `lambda`, class body and comprehension, and records for each name how the scope
//!    uses it (assigned, parameter, read, `global`, `nonlocal`, imported, annotated) as
//!    [`def`] flags. Declaration errors (`global` after use, duplicate parameters, ...) are
//!    found here.
//! 2. **Resolution** (`symtable/resolve.rs`) walks the scope tree top-down with the set of
//!    names bound by enclosing *function* scopes, and gives every symbol a [`NameScope`]:
//!    local, global (declared or implicit), free (lives in a cell of an enclosing function)
//!    or cell (a local that an inner scope captures). Free names propagate upwards: a function between the one that binds a
//!    name and the one that uses it gets the name as a free variable too, so it can pass the
//!    cell on. Class bodies do not make their names visible to the functions inside them; a
//!    class whose methods use `super` or `__class__` gets an implicit `__class__` cell.
//!
//! Invariants the code generator relies on:
//! - Every name is stored *mangled* (`__x` inside `class C` is `_C__x`); look names up with
//!   [`mangle`] applied first.
//! - Scopes are keyed by the address of the AST node that opens them (the `Stmt` of a
//!   `def`/`class`, the `Expr` of a lambda or comprehension), so the AST must not move between
//!   [`SymbolTable::build`] and code generation (it is borrowed throughout).
//! - A comprehension's outermost iterable belongs to the enclosing scope; inside, it arrives
//!   as the parameter `.0`. Walrus targets in a comprehension bind in the nearest enclosing
//!   function (or module) scope.

use std::collections::{HashMap, HashSet};

mod resolve;
use resolve::analyze_block;

use crate::ast::{self, Arguments, Ctx, Expr, ExprKind, Loc, Stmt, StmtKind};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// How a scope uses a name (bits combined per name).
pub mod def {
    /// `global x`.
    pub const GLOBAL: u32 = 1;
    /// Assigned, deleted, a `for`/`with`/`except` target, a `def`/`class` name.
    pub const LOCAL: u32 = 1 << 1;
    /// A parameter.
    pub const PARAM: u32 = 1 << 2;
    /// `nonlocal x`.
    pub const NONLOCAL: u32 = 1 << 3;
    /// Read.
    pub const USE: u32 = 1 << 4;
    /// A class-body name that a method also uses as a free variable of an enclosing
    /// function: the class passes the enclosing cell on, and reads its own binding by name.
    pub const FREE_CLASS: u32 = 1 << 5;
    /// Bound by an import.
    pub const IMPORT: u32 = 1 << 6;
    /// Has an annotation (`x: int`).
    pub const ANNOT: u32 = 1 << 7;
    /// A comprehension's iteration variable.
    pub const COMP_ITER: u32 = 1 << 8;
    /// Any binding that makes the name local.
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: their locals live in fast slots.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    /// The code object's name: `<listcomp>` ...
    pub fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

/// Where a name lives, after resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Bound in this scope (a fast slot in functions, the namespace dict elsewhere).
    Local,
    /// Declared `global` here (or, for a walrus in a module-level comprehension, implied).
    GlobalExplicit,
    /// Not bound in any enclosing function: globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function; reached through a cell of the closure.
    Free,
    /// Bound here and captured by an inner scope: lives in a cell.
    Cell,
}

/// One name of one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The mangled name.
    pub name: String,
    /// [`def`] bits.
    pub flags: u32,
    pub scope: NameScope,
}

pub type ScopeId = usize;

/// One block: the module, a class body, a function, a lambda or a comprehension.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The source name (`f`, `C`, `<lambda>`, `<listcomp>`, `<module>`), unmangled.
    pub name: String,
    pub loc: Loc,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names (mangled) in `co_varnames` order: positional-only, positional,
    /// keyword-only, `*args`, `**kwargs`. A comprehension has the single parameter `.0`.
    pub params: Vec<String>,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Contains `yield` / `yield from` (or is a generator expression).
    pub is_generator: bool,
    /// Inside a function (directly or through classes): CPython's `CO_NESTED`.
    pub nested: bool,
    /// A class body whose methods need the implicit `__class__` cell.
    pub needs_class_closure: bool,
    /// The class name used to mangle `__private` names in this scope (the innermost
    /// enclosing class, this one included).
    pub private: Option<String>,
    /// An `async def` function.
    pub is_async_def: bool,
    /// Runs as a coroutine (CPython's `ste_coroutine`): an `async def`, or a comprehension
    /// with `async for` or `await` in it, or one that awaits such a nested comprehension.
    pub is_coroutine: bool,
    /// The first `global`/`nonlocal` (or walrus) declaration of each name, for errors.
    directives: HashMap<String, Loc>,
    /// Collection state: visiting a comprehension's iteration target / iterable.
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, loc: Loc, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            loc,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            has_varargs: false,
            has_varkeywords: false,
            is_generator: false,
            nested: false,
            needs_class_closure: false,
            private: None,
            is_async_def: false,
            is_coroutine: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The symbol for a (mangled) name, if this scope mentions it.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// Where a (mangled) name lives; `None` if this scope never mentions it.
    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.lookup(name).map(|s| s.scope)
    }

    fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// Every symbol, in order of first mention.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The names that live in cells created by this scope, sorted (`co_cellvars`).
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == NameScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        if self.needs_class_closure {
            cells.push("__class__".to_string());
        }
        cells.sort();
        cells
    }

    /// The names reached through the closure, sorted (`co_freevars`). A class also passes on
    /// the enclosing cells of names it binds itself ([`def::FREE_CLASS`]).
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == NameScope::Free || s.flags & def::FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        free.sort();
        free
    }

    fn is_comprehension(&self) -> Option<CompKind> {
        match self.kind {
            ScopeKind::Comprehension(k) => Some(k),
            _ => None,
        }
    }
}

/// The scopes of one module (or `eval` expression), the module's scope first.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

// (name mangling is shared with `__slots__`, so it lives in the bottom module `names`)
pub use crate::names::mangle;

/// A compile-time SyntaxError at `loc`, with CPython's 1-based offsets. A span that ends on
/// a later line is underlined to the end of its first line, as CPython prints it.
pub(crate) fn syntax_error(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    let end = if loc.end_line == loc.line {
        loc.end_col + 1
    } else {
        u32::MAX
    };
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, loc.line, loc.col + 1).with_end(end)
}

fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

type Result<T> = std::result::Result<T, SyntaxError>;

impl SymbolTable {
    /// Analyse a module.
    pub fn build(module: &ast::Module) -> Result<SymbolTable> {
        let mut b = Builder::new();
        for s in &module.body {
            b.visit_stmt(s)?;
        }
        b.finish()
    }

    /// Analyse an `eval` expression (its top scope behaves like a module).
    pub fn build_expression(expr: &Expr) -> Result<SymbolTable> {
        let mut b = Builder::new();
        b.visit_expr(expr)?;
        b.finish()
    }

    pub const ROOT: ScopeId = 0;

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    pub fn len(&self) -> usize {
        self.scopes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scopes.is_empty()
    }

    /// The scope a `def` or `class` statement opens.
    pub fn scope_of_stmt(&self, s: &Stmt) -> Option<ScopeId> {
        self.by_node.get(&node_key(s)).copied()
    }

    /// The scope a lambda or comprehension opens.
    pub fn scope_of_expr(&self, e: &Expr) -> Option<ScopeId> {
        self.by_node.get(&node_key(e)).copied()
    }
}

// ---------------------------------------------------------------------------------------
// Pass 1: collection.

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The open scopes, innermost last.
    stack: Vec<ScopeId>,
}

const GLOBAL_PARAM: &str = "is parameter and global";
const NONLOCAL_PARAM: &str = "is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN: &str = "is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN: &str = "is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE: &str = "is used prior to global declaration";
const NONLOCAL_AFTER_USE: &str = "is used prior to nonlocal declaration";

impl Builder {
    fn new() -> Builder {
        let mut root = Scope::new(ScopeKind::Module, "<module>", Loc::new(1, 0, 1, 0), None);
        root.name = "<module>".to_string();
        Builder {
            scopes: vec![root],
            by_node: HashMap::new(),
            stack: vec![0],
        }
    }

    fn finish(mut self) -> Result<SymbolTable> {
        let mut free = HashSet::new();
        analyze_block(&mut self.scopes, 0, None, &mut free, &mut HashSet::new())?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        })
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().expect("the module scope is never popped")
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id]
    }

    /// The flags the current scope has recorded for `name`.
    fn cur_flags(&self, name: &str) -> u32 {
        let scope = &self.scopes[self.cur_id()];
        scope.flags(&mangle(scope.private.as_deref(), name))
    }

    fn mangled(&self, name: &str) -> String {
        let id = self.cur_id();
        mangle(self.scopes[id].private.as_deref(), name).into_owned()
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, loc: Loc, key: usize) {
        let parent = self.cur_id();
        let mut scope = Scope::new(kind, name, loc, Some(parent));
        let p = &self.scopes[parent];
        scope.nested = p.nested || p.kind.is_function_like();
        scope.private = p.private.clone();
        let id = self.scopes.len();
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// Record `flag` for `name` in scope `id` (CPython's `symtable_add_def_helper`).
    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, loc: Loc) -> Result<()> {
        let mangled = mangle(self.scopes[id].private.as_deref(), name).into_owned();
        let scope = &mut self.scopes[id];
        let mut val = scope.flags(&mangled);
        if flag & def::PARAM != 0 && val & def::PARAM != 0 {
            return Err(syntax_error(
                format!("duplicate argument '{name}' in function definition"),
                loc,
            ));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(syntax_error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    loc,
                ));
            }
            val |= def::COMP_ITER;
        }
        match scope.index.get(&mangled) {
            Some(&i) => scope.symbols[i].flags = val,
            None => {
                scope.index.insert(mangled.clone(), scope.symbols.len());
                scope.symbols.push(Symbol {
                    name: mangled.clone(),
                    flags: val,
                    scope: NameScope::GlobalImplicit,
                });
            }
        }
        if flag & def::PARAM != 0 {
            scope.params.push(mangled);
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Result<()> {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, loc)
    }

    fn record_directive(&mut self, name: &str, loc: Loc) {
        let mangled = self.mangled(name);
        self.cur().directives.entry(mangled).or_insert(loc);
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result<()> {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_opt(&mut self, e: Option<&Expr>) -> Result<()> {
        match e {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<()> {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                is_async,
            } => {
                self.add_def(name, def::LOCAL, s.loc)?;
                self.visit_defaults(args)?;
                self.visit_annotations(args, returns.as_deref())?;
                self.visit_exprs(decorators)?;
                self.enter(ScopeKind::Function, name, s.loc, node_key(s));
                self.cur().is_async_def = *is_async;
                self.cur().is_coroutine = *is_async;
                self.visit_params(args)?;
                self.visit_stmts(body)?;
                self.exit();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => {
                self.add_def(name, def::LOCAL, s.loc)?;
                self.visit_exprs(bases)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(decorators)?;
                self.enter(ScopeKind::Class, name, s.loc, node_key(s));
                self.cur().private = Some(name.clone());
                self.visit_stmts(body)?;
                self.exit();
            }
            StmtKind::Return(value) => self.visit_opt(value.as_ref())?,
            StmtKind::Delete(targets) => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.cur_flags(id);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && self.cur_id() != 0 && *simple {
                        let what = if cur & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(syntax_error(
                            format!("annotated name '{id}' can't be {what}"),
                            s.loc,
                        ));
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, target.loc)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                self.visit_expr(annotation)?;
                self.visit_opt(value.as_ref())?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    self.visit_opt(item.optional_vars.as_ref())?;
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                self.visit_opt(exc.as_ref())?;
                self.visit_opt(cause.as_ref())?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    self.visit_opt(h.typ.as_ref())?;
                    if let Some(name) = &h.name {
                        self.add_def(name, def::LOCAL, h.loc)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_opt(msg.as_ref())?;
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if alias.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(syntax_error(
                                "import * only allowed at module level",
                                alias.loc,
                            ));
                        }
                        continue;
                    }
                    let store = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    self.add_def(store, def::IMPORT, alias.loc)?;
                }
            }
            StmtKind::Global(names) => self.visit_declaration(names, s.loc, true)?,
            StmtKind::Nonlocal(names) => self.visit_declaration(names, s.loc, false)?,
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_opt(case.guard.as_ref())?;
                    self.visit_stmts(&case.body)?;
                }
            }
        }
        Ok(())
    }

    /// Captures bind local names; value patterns, mapping keys and class names are loads.
    fn visit_pattern(&mut self, p: &crate::ast::Pattern) -> Result<()> {
        use crate::ast::PatternKind as P;
        match &p.kind {
            P::MatchValue(e) => self.visit_expr(e)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(ps) | P::MatchOr(ps) => {
                for q in ps {
                    self.visit_pattern(q)?;
                }
            }
            P::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.visit_expr(k)?;
                }
                for q in patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, def::LOCAL, p.loc)?;
                }
            }
            P::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.visit_pattern(q)?;
                }
            }
            P::MatchStar(name) => {
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
            P::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
        }
        Ok(())
    }

    fn visit_declaration(&mut self, names: &[String], loc: Loc, global: bool) -> Result<()> {
        for name in names {
            let cur = self.cur_flags(name);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if cur & def::PARAM != 0 {
                    format!(
                        "name '{name}' {}",
                        if global { GLOBAL_PARAM } else { NONLOCAL_PARAM }
                    )
                } else if cur & def::USE != 0 {
                    format!(
                        "name '{name}' {}",
                        if global {
                            GLOBAL_AFTER_USE
                        } else {
                            NONLOCAL_AFTER_USE
                        }
                    )
                } else if cur & def::ANNOT != 0 {
                    format!(
                        "annotated name '{name}' can't be {}",
                        if global { "global" } else { "nonlocal" }
                    )
                } else {
                    format!(
                        "name '{name}' {}",
                        if global {
                            GLOBAL_AFTER_ASSIGN
                        } else {
                            NONLOCAL_AFTER_ASSIGN
                        }
                    )
                };
                return Err(syntax_error(msg, loc));
            }
            let flag = if global { def::GLOBAL } else { def::NONLOCAL };
            self.add_def(name, flag, loc)?;
            self.record_directive(name, loc);
        }
        Ok(())
    }

    /// Defaults are evaluated in the enclosing scope.
    fn visit_defaults(&mut self, args: &Arguments) -> Result<()> {
        self.visit_exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    /// Annotations are evaluated in the enclosing scope too.
    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        self.visit_opt(returns)
    }

    fn visit_params(&mut self, args: &Arguments) -> Result<()> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, def::PARAM, a.loc)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, def::PARAM, a.loc)?;
            self.cur().has_varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, def::PARAM, a.loc)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<()> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.cur().comp_iter_expr > 0 {
                    return Err(syntax_error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.loc,
                    ));
                }
                if self.cur().is_comprehension().is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter(ScopeKind::Lambda, "<lambda>", e.loc, node_key(e));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.visit_opt(k.as_ref())?;
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) => self.visit_exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Await(value) => {
                self.visit_expr(value)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield(value) => {
                self.visit_opt(value.as_deref())?;
                self.mark_generator(e)?;
            }
            ExprKind::YieldFrom(value) => {
                self.visit_expr(value)?;
                self.mark_generator(e)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                self.visit_opt(format_spec.as_deref())?;
            }
            ExprKind::JoinedStr(values) => self.visit_exprs(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == Ctx::Load {
                    def::USE
                } else {
                    def::LOCAL
                };
                self.add_def(id, flag, e.loc)?;
                // `super()` needs the `__class__` cell of the enclosing class.
                if *ctx == Ctx::Load && self.cur().kind.is_function_like() && id == "super" {
                    self.add_def("__class__", def::USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                self.visit_opt(lower.as_deref())?;
                self.visit_opt(upper.as_deref())?;
                self.visit_opt(step.as_deref())?;
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &Expr) -> Result<()> {
        let scope = self.cur();
        scope.is_generator = true;
        if let Some(kind) = scope.is_comprehension() {
            return Err(syntax_error(
                format!("'yield' inside {}", kind.description()),
                e.loc,
            ));
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<()> {
        let Some(outermost) = generators.first() else {
            return Err(syntax_error("comprehension without a 'for' clause", e.loc));
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(
            ScopeKind::Comprehension(kind),
            kind.code_name(),
            e.loc,
            node_key(e),
        );
        if outermost.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", def::PARAM, e.loc)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.visit_comp_target(&g.target)?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if kind == CompKind::Generator {
            self.cur().is_generator = true;
        }
        let awaited = kind != CompKind::Generator && self.cur().is_coroutine;
        self.exit();
        // An enclosing comprehension awaits this one, so it is a coroutine too.
        if awaited && matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result<()> {
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur().comp_iter_target = false;
        r
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result<()> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let scope = &self.scopes[sid];
            let mangled = mangle(scope.private.as_deref(), id);
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.flags(&mangled) & def::COMP_ITER != 0 {
                        return Err(syntax_error(
                            format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                            target.loc,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags(&mangled) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(id, flag, target.loc)?;
                    self.record_directive(id, target.loc);
                    return self.add_def_in(sid, id, def::LOCAL, target.loc);
                }
                ScopeKind::Module => {
                    self.add_def(id, def::GLOBAL, target.loc)?;
                    self.record_directive(id, target.loc);
                    return self.add_def_in(sid, id, def::GLOBAL, target.loc);
                }
                ScopeKind::Class => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.loc,
                    ));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
