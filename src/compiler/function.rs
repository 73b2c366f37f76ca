//! Nested code objects: `def`, `lambda`, `class` and comprehensions.
//!
//! The enclosing code evaluates what belongs to it — decorators, defaults, keyword-only
//! defaults, annotations, a comprehension's outermost iterable, a class's bases — then
//! builds the function with `MAKE_FUNCTION` (closure cells via `LOAD_CLOSURE` +
//! `BUILD_TUPLE`). A class body is a function called by `__build_class__`; it returns its
//! `__class__` cell (also stored as `__classcell__`) when a method needs one, else `None`.

use std::rc::Rc;

use super::symtable::{syntax_error, CompKind};
use super::{docstring, fold, CResult, Compiler};
use crate::ast::{Arguments, Comprehension, Ctx, Expr, ExprKind, Stmt, StmtKind};
use crate::bytecode::{CodeUnit, Const, Op};

/// `MAKE_FUNCTION` flag bits.
const DEFAULTS: u32 = 1;
const KWDEFAULTS: u32 = 2;
const ANNOTATIONS: u32 = 4;
const CLOSURE: u32 = 8;

impl<'a> Compiler<'a> {
    fn child_scope_of_stmt(&self, s: &Stmt) -> CResult<usize> {
        self.table
            .scope_of_stmt(s)
            .ok_or_else(|| self.internal_error("statement has no scope"))
    }

    fn child_scope_of_expr(&self, e: &Expr) -> CResult<usize> {
        self.table
            .scope_of_expr(e)
            .ok_or_else(|| self.internal_error("expression has no scope"))
    }

    /// Push the closure (if the code has free variables) and the code, then
    /// `MAKE_FUNCTION flags`.
    fn make_closure(&mut self, code: CodeUnit, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                self.load_closure(name)?;
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= CLOSURE;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    /// Push the defaults tuple and the keyword-only defaults dict; returns their flags.
    fn compile_defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            let consts: Option<Vec<Const>> = args.defaults.iter().map(fold::const_value).collect();
            match consts {
                Some(c) => self.load_const(Const::Tuple(c)),
                None => {
                    for d in &args.defaults {
                        self.visit_expr(d)?;
                    }
                    self.emit(Op::BuildTuple, args.defaults.len() as u32);
                }
            }
            flags |= DEFAULTS;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                let name = self.mangle(&arg.arg).into_owned();
                self.load_const(Const::Str(name));
                self.visit_expr(default)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            flags |= KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Push the annotations dict if there are annotations; returns its flag.
    fn compile_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        // CPython's order: positional, positional-only, *args, keyword-only, **kwargs, return.
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut names = Vec::new();
        for a in params {
            if let Some(ann) = &a.annotation {
                self.visit_annotation(ann)?;
                names.push(Const::Str(self.mangle(&a.arg).into_owned()));
            }
        }
        if let Some(ret) = returns {
            self.visit_annotation(ret)?;
            names.push(Const::Str("return".to_string()));
        }
        if names.is_empty() {
            return Ok(0);
        }
        let n = names.len() as u32;
        self.load_const(Const::Tuple(names));
        self.emit(Op::BuildConstKeyMap, n);
        Ok(ANNOTATIONS)
    }

    /// `*args: *Ts` annotates with the single item of `Ts`.
    fn visit_annotation(&mut self, ann: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            self.load_const(Const::Str(super::unparse::unparse(ann)));
            return Ok(());
        }
        match &ann.kind {
            ExprKind::Starred { value, .. } => {
                self.visit_expr(value)?;
                self.emit(Op::UnpackSequence, 1);
            }
            _ => self.visit_expr(ann)?,
        }
        Ok(())
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    pub(super) fn compile_function_def(&mut self, s: &'a Stmt) -> CResult<()> {
        let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorators,
            returns,
            ..
        } = &s.kind
        else {
            return Err(self.internal_error("not a function definition"));
        };
        for d in decorators {
            self.visit_expr(d)?;
        }
        let firstlineno = decorators.first().map_or(s.loc.line, |d| d.loc.line);
        let mut flags = self.compile_defaults(args)?;
        flags |= self.compile_annotations(args, returns.as_deref())?;
        let scope = self.child_scope_of_stmt(s)?;
        self.enter_scope(scope, name, firstlineno);
        self.set_arg_counts(args);
        let mut body: &[Stmt] = body;
        if let Some(doc) = docstring(body) {
            self.u().doc = Some(doc.to_string());
            body = &body[1..];
        }
        self.visit_body(body)?;
        self.noline(|c| {
            c.load_const(Const::None);
            c.emit(Op::ReturnValue, 0);
        });
        let code = self.exit_scope();
        self.make_closure(code, flags)?;
        self.apply_decorators(decorators);
        self.name_op(name, Ctx::Store)
    }

    pub(super) fn compile_lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult<()> {
        let flags = self.compile_defaults(args)?;
        let scope = self.child_scope_of_expr(e)?;
        self.enter_scope(scope, "<lambda>", e.loc.line);
        self.u().loc = e.loc;
        self.set_arg_counts(args);
        // A generator lambda returns its body's value too (StopIteration.value), as in 3.11.
        self.visit_expr(body)?;
        self.emit(Op::ReturnValue, 0);
        let code = self.exit_scope();
        self.make_closure(code, flags)
    }

    pub(super) fn compile_class_def(&mut self, s: &'a Stmt) -> CResult<()> {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        } = &s.kind
        else {
            return Err(self.internal_error("not a class definition"));
        };
        for d in decorators {
            self.visit_expr(d)?;
        }
        let firstlineno = decorators.first().map_or(s.loc.line, |d| d.loc.line);
        let scope = self.child_scope_of_stmt(s)?;
        self.enter_scope(scope, name, firstlineno);
        self.u().loc = s.loc;
        self.name_op("__name__", Ctx::Load)?;
        self.name_op("__module__", Ctx::Store)?;
        let qualname = self.unit().qualname.clone();
        self.load_const(Const::Str(qualname));
        self.name_op("__qualname__", Ctx::Store)?;
        self.compile_body(body)?;
        let needs_class_cell = self.table.scope(scope).needs_class_closure;
        self.noline(|c| {
            if needs_class_cell {
                c.load_closure("__class__")?;
                c.emit(Op::DupTop, 0);
                let i = c.name_index("__classcell__");
                c.emit(Op::StoreName, i);
            } else {
                c.load_const(Const::None);
            }
            c.emit(Op::ReturnValue, 0);
            Ok(())
        })?;
        let code = self.exit_scope();
        self.emit(Op::LoadBuildClass, 0);
        self.make_closure(code, 0)?;
        self.load_const(Const::Str(name.clone()));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decorators);
        self.name_op(name, Ctx::Store)
    }

    /// Call the decorators, innermost (last) first, each at its own location (a traceback
    /// through a decorator shows the `@` line).
    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            self.at(d.loc, |c| c.emit(Op::CallFunction, 1));
        }
    }

    /// A list/set/dict comprehension or generator expression: a nested function called with
    /// the iterator of its outermost iterable.
    pub(super) fn compile_comprehension(&mut self, e: &'a Expr) -> CResult<()> {
        let (kind, generators, elt, value) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, generators, elt, None),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, generators, elt, None),
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Generator, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, generators, key, Some(&**value)),
            _ => return Err(self.internal_error("not a comprehension")),
        };
        let scope = self.child_scope_of_expr(e)?;
        let is_async = self.table.scope(scope).is_coroutine;
        if is_async {
            self.check_async_comprehension(kind, e.loc)?;
        }
        let Some(outermost) = generators.first() else {
            return Err(syntax_error("comprehension without a 'for' clause", e.loc));
        };
        self.enter_scope(scope, kind.code_name(), e.loc.line);
        self.u().loc = e.loc;
        self.u().argcount = 1;
        match kind {
            CompKind::List => self.emit(Op::BuildList, 0),
            CompKind::Set => self.emit(Op::BuildSet, 0),
            CompKind::Dict => self.emit(Op::BuildMap, 0),
            CompKind::Generator => {}
        }
        self.comprehension_generator(generators, 0, 0, kind, elt, value)?;
        if kind == CompKind::Generator {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.exit_scope();
        self.make_closure(code, 0)?;
        // (a comprehension's iterables are folded like `for`'s, async or not)
        self.visit_iterable(&outermost.iter)?;
        if outermost.is_async {
            self.emit(Op::GetAiter, 0);
        } else {
            self.emit(Op::GetIter, 0);
        }
        self.emit(Op::CallFunction, 1);
        if is_async && kind != CompKind::Generator {
            self.emit_await(super::asyncs::AwaitOf::Expr);
        }
        Ok(())
    }

    /// One `for` clause (and everything inside it). `depth` counts the iterators already on
    /// the stack above the collection being built.
    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let gen = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            // The outermost iterator arrives as the parameter `.0`.
            self.name_op(".0", Ctx::Load)?;
        } else if gen.is_async {
            self.visit_iterable(&gen.iter)?;
            self.emit(Op::GetAiter, 0);
        } else {
            self.visit_iterable(&gen.iter)?;
            self.emit(Op::GetIter, 0);
        }
        let depth = depth + 1;
        self.bind(start);
        if gen.is_async {
            self.async_for_step(anchor);
        } else {
            self.emit_jump(Op::ForIter, anchor);
        }
        self.visit_store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, kind, elt, value)?;
        } else {
            match (kind, value) {
                (CompKind::Generator, _) => {
                    self.visit_expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
                (CompKind::List, _) => {
                    self.visit_expr(elt)?;
                    self.emit(Op::ListAppend, depth + 1);
                }
                (CompKind::Set, _) => {
                    self.visit_expr(elt)?;
                    self.emit(Op::SetAdd, depth + 1);
                }
                (CompKind::Dict, Some(value)) => {
                    self.visit_expr(elt)?;
                    self.visit_expr(value)?;
                    self.emit(Op::MapAdd, depth + 1);
                }
                (CompKind::Dict, None) => {
                    return Err(self.internal_error("dict comprehension value"))
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Op::Jump, start);
        self.bind(anchor);
        if gen.is_async {
            self.emit(Op::EndAsyncFor, 0);
        }
        Ok(())
    }
}
