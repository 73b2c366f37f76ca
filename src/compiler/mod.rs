//! The compiler: AST → [`CodeUnit`]s.
//!
//! It owns scope analysis ([`symtable`]) and bytecode generation, and follows CPython 3.10's
//! code shapes (with 3.11's `BINARY_OP`, `LOAD_METHOD`/`KW_NAMES` calls) as specified by
//! [`crate::bytecode::opcode`]. The work is split by concern:
//!
//! - `mod.rs` (this file): the public entry points, the per-code-object [`Unit`] being built,
//!   instruction emission, constants and names, variable access (`*_FAST`/`*_DEREF`/
//!   `*_GLOBAL`/`*_NAME` per the symbol table) and turning a finished unit into a `CodeUnit`.
//! - `expr.rs`: expressions, calls, displays, conditional jumps.
//! - `stmt.rs`: simple statements, assignment forms, imports.
//! - `unwind.rs`: loops, `try`, `with`, and `return`/`break`/`continue` out of them.
//! - `function.rs`: `def`, `lambda`, `class` and comprehensions (the nested code objects).
//! - `fold.rs`: constant folding; `assemble.rs`: label resolution, stack depth, dead code.
//!
//! Invariants:
//! - Every instruction gets the location of the AST node being compiled when it is emitted
//!   (the statement for statement-level instructions, the innermost expression otherwise),
//!   as CPython 3.11 does; instructions emitted with no location inherit the previous one's.
//! - Jump arguments are [`Label`]s until [`assemble`] resolves them to instruction indexes.
//! - Errors are `SyntaxError`s; the compiler never panics on any AST. Inconsistencies in
//!   the generated code itself (a stack depth going negative) are compiler bugs, caught by
//!   debug assertions in `assemble`.

mod assemble;
mod asyncs;
mod expr;
mod fold;
mod function;
mod pattern;
mod stmt;
pub mod symtable;
mod unparse;
mod unwind;

#[cfg(test)]
mod test_ast;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_async;

use std::collections::HashMap;
use std::rc::Rc;

use crate::ast::{self, Ctx, Expr, Loc};
use crate::bytecode::code::flags;
use crate::bytecode::{CodeUnit, Const, Instr, Op};
use crate::syntax_error::SyntaxError;
use symtable::{mangle, syntax_error, NameScope, ScopeId, ScopeKind, SymbolTable};
use unwind::FBlock;

type CResult<T> = Result<T, SyntaxError>;

/// What a source text is compiled as (`compile()`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a file, `-c`, `exec`, an imported module.
    Exec,
    /// One expression, whose value the code returns (`eval`).
    Eval,
    /// One interactive statement (the prompt, `compile(..., "single")`).
    Single,
}

impl Mode {
    /// The mode `compile()` names `name`, if any.
    pub fn from_name(name: &str) -> Option<Mode> {
        match name {
            "exec" => Some(Mode::Exec),
            "eval" => Some(Mode::Eval),
            "single" => Some(Mode::Single),
            _ => None,
        }
    }
}

/// Why a source text did not compile. Callers report the two phases differently: a
/// parser's error always shows its source line, the compiler's (a `return` outside a
/// function, ...) only where CPython can read the file back.
#[derive(Debug)]
pub struct SourceError {
    pub error: SyntaxError,
    pub in_parser: bool,
}

/// THE way source text becomes code: parse it as `mode` says, then compile it. The runner,
/// `import`, `compile`/`exec`/`eval` and the prompt all come through here.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeUnit, SourceError> {
    let parser = |error| SourceError {
        error,
        in_parser: true,
    };
    let compiler = |error| SourceError {
        error,
        in_parser: false,
    };
    match mode {
        Mode::Exec => {
            let m = crate::parser::parse_module(source).map_err(parser)?;
            compile_module(&m, filename).map_err(compiler)
        }
        Mode::Single => {
            let m = crate::parser::parse_module(source).map_err(parser)?;
            check_single(&m).map_err(parser)?;
            compile_interactive(&m, filename).map_err(compiler)
        }
        Mode::Eval => {
            let e = crate::parser::parse_expression(source).map_err(parser)?;
            compile_expression(&e, filename).map_err(compiler)
        }
    }
}

/// Compile a module (a file, `-c` source, `exec`): the code returns `None`.
pub fn compile_module(module: &ast::Module, filename: &str) -> Result<CodeUnit, SyntaxError> {
    let table = SymbolTable::build(module)?;
    let mut c = Compiler::new(&table, filename);
    c.future_annotations = future_annotations(&module.body);
    c.enter_scope(SymbolTable::ROOT, "<module>", 1);
    if let Some(first) = module.body.first() {
        c.u().loc = first.loc;
    }
    c.compile_body(&module.body)?;
    c.noline(|c| {
        c.load_const(Const::None);
        c.emit(Op::ReturnValue, 0);
    });
    Ok(c.exit_scope())
}

/// Compile one interactive statement (`compile(..., "single")`, the prompt): as a module,
/// but the value of every expression statement outside functions and classes goes to
/// `sys.displayhook` (`PRINT_EXPR`), and a leading string is a value, not a docstring.
pub fn compile_interactive(module: &ast::Module, filename: &str) -> Result<CodeUnit, SyntaxError> {
    let table = SymbolTable::build(module)?;
    let mut c = Compiler::new(&table, filename);
    c.interactive = true;
    c.future_annotations = future_annotations(&module.body);
    c.enter_scope(SymbolTable::ROOT, "<module>", 1);
    if let Some(first) = module.body.first() {
        c.u().loc = first.loc;
    }
    if stmt::find_annotations(&module.body) {
        c.emit(Op::SetupAnnotations, 0);
    }
    c.visit_body(&module.body)?;
    c.noline(|c| {
        c.load_const(Const::None);
        c.emit(Op::ReturnValue, 0);
    });
    Ok(c.exit_scope())
}

/// The parser's rule for "single" input: one statement (a line of `;`-separated simple
/// statements counts as one). More is CPython's "multiple statements" error, or "invalid
/// syntax" at what follows a compound statement (the prompt's input ran on past its block).
pub fn check_single(module: &ast::Module) -> Result<(), SyntaxError> {
    use crate::syntax_error::SyntaxErrorKind::SyntaxError as Kind;
    let [first, second, ..] = &module.body[..] else {
        return Ok(());
    };
    // (simple statements on one line: `a = 1; b = 2`)
    if module
        .body
        .iter()
        .all(|s| s.loc.line == first.loc.line && !is_compound(s))
    {
        return Ok(());
    }
    if is_compound(first) {
        let at = second.loc;
        return Err(SyntaxError::new(
            Kind,
            "invalid syntax",
            at.line,
            at.col + 1,
        ));
    }
    let end = first.loc;
    Err(SyntaxError::new(
        Kind,
        "multiple statements found while compiling a single statement",
        end.end_line,
        end.end_col + 1,
    ))
}

/// A statement with a block.
pub fn is_compound(s: &ast::Stmt) -> bool {
    use ast::StmtKind::*;
    !matches!(
        s.kind,
        Expr(_)
            | Assign { .. }
            | AugAssign { .. }
            | AnnAssign { .. }
            | Delete(_)
            | Pass
            | Break
            | Continue
            | Return(_)
            | Raise { .. }
            | Global(_)
            | Nonlocal(_)
            | Import(_)
            | ImportFrom { .. }
            | Assert { .. }
    )
}

/// Whether the module's leading future statements (after an optional docstring) include
/// `annotations`.
fn future_annotations(body: &[ast::Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(first) = stmts.peek() {
        if let ast::StmtKind::Expr(e) = &first.kind {
            if matches!(e.kind, ast::ExprKind::Constant(ast::Constant::Str(_))) {
                stmts.next();
            }
        }
    }
    for s in stmts {
        match &s.kind {
            ast::StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if &**m == "__future__" => {
                if names.iter().any(|a| &*a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Compile an expression for `eval`: the code returns its value.
pub fn compile_expression(expr: &Expr, filename: &str) -> Result<CodeUnit, SyntaxError> {
    let table = SymbolTable::build_expression(expr)?;
    let mut c = Compiler::new(&table, filename);
    c.enter_scope(SymbolTable::ROOT, "<module>", expr.loc.line.max(1));
    c.visit_expr(expr)?;
    c.emit(Op::ReturnValue, 0);
    Ok(c.exit_scope())
}

/// A jump target inside the unit being built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// Where a label is bound before it is bound: never a valid instruction index.
const UNBOUND: u32 = u32::MAX;

/// The code object being built for one scope.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    code: Vec<Instr>,
    locs: Vec<Loc>,
    /// Label → instruction index (or [`UNBOUND`]).
    labels: Vec<u32>,
    consts: Vec<Const>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    /// The location given to the next instruction.
    loc: Loc,
    doc: Option<String>,
    /// The class name `__private` names are mangled with.
    private: Option<String>,
}

pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    /// `from __future__ import annotations` is in effect: annotations are stored as strings.
    future_annotations: bool,
    /// The units being built, innermost last.
    units: Vec<Unit<'a>>,
    /// Compiling for the prompt: module-level expression statements echo their value.
    interactive: bool,
}

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, filename: &str) -> Self {
        Compiler {
            table,
            filename: Rc::from(filename),
            future_annotations: false,
            units: Vec::new(),
            interactive: false,
        }
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is open while compiling")
    }

    fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open while compiling")
    }

    // -- scopes ---------------------------------------------------------------------------

    /// Start a new code object for scope `scope` named `name`.
    fn enter_scope(&mut self, scope: ScopeId, name: &str, firstlineno: u32) {
        let sc = self.table.scope(scope);
        let qualname = self.qualname_for(sc.kind, name);
        let varnames = if sc.kind.is_function_like() {
            sc.params.clone()
        } else {
            Vec::new()
        };
        let var_index = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let loc = Loc::new(firstlineno, 0, firstlineno, 0);
        self.units.push(Unit {
            scope,
            kind: sc.kind,
            name: name.to_string(),
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            code: Vec::new(),
            locs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            var_index,
            cellvars: sc.cellvars(),
            freevars: sc.freevars(),
            fblocks: Vec::new(),
            loc,
            doc: None,
            private: sc.private.clone(),
        });
    }

    /// PEP 3155 qualified name of a new scope named `name` opened inside the current unit.
    fn qualname_for(&self, kind: ScopeKind, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.table.scope(parent.scope).scope_of(&mangled) == Some(NameScope::GlobalExplicit)
            {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Finish the current unit into a `CodeUnit`.
    fn exit_scope(&mut self) -> CodeUnit {
        let u = self.units.pop().expect("exit_scope matches enter_scope");
        let sc = self.table.scope(u.scope);
        let mut assembled = assemble::assemble(u.code, u.locs, &u.labels, u.firstlineno);
        let mut consts = assemble::drop_unused_consts(&mut assembled.code, u.consts);
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Lambda) {
            // As in CPython, a function's first constant is its docstring, or None.
            let first = u.doc.clone().map_or(Const::None, Const::Str);
            consts = assemble::put_const_first(&mut assembled.code, consts, first);
        }
        let mut fl = 0;
        if sc.kind.is_function_like() {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
            if sc.nested {
                fl |= flags::NESTED;
            }
            fl |= match (sc.is_coroutine, sc.is_generator) {
                (true, true) => flags::ASYNC_GENERATOR,
                (true, false) => flags::COROUTINE,
                (false, true) => flags::GENERATOR,
                (false, false) => 0,
            };
            if sc.has_varargs {
                fl |= flags::VARARGS;
            }
            if sc.has_varkeywords {
                fl |= flags::VARKEYWORDS;
            }
        }
        let nparams = sc.params.len();
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames[..nparams.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        CodeUnit {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            names: u.names,
            consts,
            doc: u.doc,
            code: assembled.code,
            locations: assembled.locations,
            max_stack: assembled.max_stack,
        }
    }

    // -- emission -------------------------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let loc = u.loc;
        u.code.push(Instr::new(op, arg));
        u.locs.push(loc);
    }

    fn emit_jump(&mut self, op: Op, target: Label) {
        self.emit(op, target.0);
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(UNBOUND);
        Label(u.labels.len() as u32 - 1)
    }

    /// The next instruction emitted is the target of `label`.
    fn bind(&mut self, label: Label) {
        let u = self.u();
        u.labels[label.0 as usize] = u.code.len() as u32;
    }

    /// Run `f` with `loc` as the current location, then restore the previous one.
    fn at<T>(&mut self, loc: Loc, f: impl FnOnce(&mut Self) -> T) -> T {
        let old = std::mem::replace(&mut self.u().loc, loc);
        let r = f(self);
        self.u().loc = old;
        r
    }

    /// Run `f` at the current location, moved as CPython 3.11's
    /// `update_start_location_to_match_attr` does for an attribute `node` (`.attr`) that ends
    /// on a later line: it starts at the name on that line, so tracebacks show that line.
    fn at_attr<T>(&mut self, node: &Expr, attr: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        let mut loc = self.u().loc;
        let a = node.loc;
        if loc.line != a.end_line {
            loc.line = a.end_line;
            loc.col = a.end_col.saturating_sub(attr.chars().count() as u32);
            loc.end_line = loc.end_line.max(loc.line);
            if loc.line == loc.end_line {
                loc.end_col = loc.end_col.max(loc.col);
            }
        }
        self.at(loc, f)
    }

    /// Run `f` with no current location: what it emits inherits the location of the
    /// instruction before it in the final code.
    fn noline<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.at(Loc::default(), f)
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        if let Some(i) = u.consts.iter().position(|k| fold::same_const(k, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    /// Index of `name` (already mangled if it should be) in `names`.
    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// Emit an instruction whose argument is the name `name`, mangled (attributes,
    /// `LOAD_METHOD`).
    fn emit_name(&mut self, op: Op, name: &str) {
        let mangled = self.mangle(name).into_owned();
        let i = self.name_index(&mangled);
        self.emit(op, i);
    }

    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.unit().private.as_deref(), name)
    }

    fn var_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.var_index.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.var_index.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    fn deref_index(&self, name: &str, scope: NameScope) -> CResult<u32> {
        let u = self.unit();
        let found = if scope == NameScope::Cell {
            u.cellvars.iter().position(|c| c == name)
        } else {
            u.freevars
                .iter()
                .position(|c| c == name)
                .map(|i| i + u.cellvars.len())
        };
        found
            .map(|i| i as u32)
            .ok_or_else(|| self.internal_error(&format!("no cell for '{name}'")))
    }

    /// A compiler bug surfaced as an error rather than a panic.
    fn internal_error(&self, what: &str) -> SyntaxError {
        debug_assert!(false, "internal compiler error: {what}");
        syntax_error(format!("internal compiler error: {what}"), self.unit().loc)
    }

    /// Load, store or delete a variable, choosing the opcode family from the symbol table.
    fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult<()> {
        if name == "__debug__" {
            return match ctx {
                Ctx::Load => {
                    self.load_const(Const::Bool(true));
                    Ok(())
                }
                Ctx::Store => Err(syntax_error("cannot assign to __debug__", self.unit().loc)),
                Ctx::Del => Err(syntax_error("cannot delete __debug__", self.unit().loc)),
            };
        }
        let mangled = self.mangle(name).into_owned();
        let kind = self.unit().kind;
        let scope = self.table.scope(self.unit().scope).scope_of(&mangled);
        enum Family {
            Fast,
            Deref(NameScope),
            Global,
            Name,
        }
        let family = match scope {
            Some(s @ (NameScope::Free | NameScope::Cell)) => Family::Deref(s),
            Some(NameScope::Local) if kind.is_function_like() => Family::Fast,
            Some(NameScope::GlobalImplicit) if kind.is_function_like() => Family::Global,
            Some(NameScope::GlobalExplicit) => Family::Global,
            _ => Family::Name,
        };
        let (op, arg) = match family {
            Family::Fast => {
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                (op, self.var_index(&mangled))
            }
            Family::Deref(s) => {
                let op = match ctx {
                    Ctx::Load if kind == ScopeKind::Class => Op::LoadClassDeref,
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                };
                (op, self.deref_index(&mangled, s)?)
            }
            Family::Global => {
                let op = match ctx {
                    Ctx::Load => Op::LoadGlobal,
                    Ctx::Store => Op::StoreGlobal,
                    Ctx::Del => Op::DeleteGlobal,
                };
                (op, self.name_index(&mangled))
            }
            Family::Name => {
                let op = match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                };
                (op, self.name_index(&mangled))
            }
        };
        self.emit(op, arg);
        Ok(())
    }

    /// `LOAD_CLOSURE` of the cell through which an inner scope sees `name`.
    fn load_closure(&mut self, name: &str) -> CResult<()> {
        let u = self.unit();
        let scope = if u.kind == ScopeKind::Class && name == "__class__" {
            NameScope::Cell
        } else {
            match self.table.scope(u.scope).scope_of(name) {
                Some(NameScope::Cell) => NameScope::Cell,
                _ => NameScope::Free,
            }
        };
        let i = self.deref_index(name, scope)?;
        self.emit(Op::LoadClosure, i);
        Ok(())
    }
}

/// The docstring of a body: its first statement, if that is a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        ast::StmtKind::Expr(Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}
