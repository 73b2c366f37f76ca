//! Statements: the dispatch, module and class bodies (annotations setup, `__doc__`),
//! assignment in all its forms (chained, unpacking, augmented, annotated), `del`, imports,
//! `assert`, `raise` and expression statements. Control flow lives in `unwind.rs`, nested
//! code objects in `function.rs`.

use super::symtable::{syntax_error, ScopeKind};
use super::{docstring, fold, CResult, Compiler};
use crate::ast::{Alias, BinOp, Ctx, Expr, ExprKind, Stmt, StmtKind};
use crate::bytecode::opcode::binary_op_arg;
use crate::bytecode::{Const, Op};

/// Whether a module or class body has an annotated assignment at its own level (not inside
/// nested functions or classes): it then needs `SETUP_ANNOTATIONS`.
pub(super) fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_annotations(body) || find_annotations(orelse),
        StmtKind::With { body, .. } => find_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_annotations(body)
                || handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(orelse)
                || find_annotations(finalbody)
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// A module or class body: `SETUP_ANNOTATIONS` if needed, the docstring into `__doc__`,
    /// then the statements.
    pub(super) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if find_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            self.at(body[0].loc, |c| {
                c.load_const(Const::Str(doc.to_string()));
                c.name_op("__doc__", Ctx::Store)?;
                Ok(())
            })?;
            rest = &body[1..];
        }
        self.visit_body(rest)
    }

    pub(super) fn visit_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub(super) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.at(s.loc, |c| c.visit_stmt_here(s))
    }

    fn visit_stmt_here(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.compile_function_def(s)?,
            StmtKind::ClassDef { .. } => self.compile_class_def(s)?,
            StmtKind::Return(value) => self.compile_return(s, value.as_ref())?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } => self.compile_assign(targets, value)?,
            StmtKind::AugAssign { target, op, value } => {
                self.compile_augassign(s, target, *op, value)?
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_annassign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.compile_for(target, iter, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.compile_async_for(s, target, iter, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, next, false)?;
                self.visit_body(body)?;
                if !orelse.is_empty() {
                    self.noline(|c| c.emit_jump(Op::Jump, end));
                    self.bind(next);
                    self.visit_body(orelse)?;
                }
                self.bind(end);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.compile_with(s, items, body, *is_async)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    n = 1;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.compile_try(body, handlers, orelse, finalbody)?,
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(msg) = msg {
                    self.visit_expr(msg)?;
                    self.emit(Op::CallFunction, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(end);
            }
            StmtKind::Import(names) => {
                for alias in names {
                    self.compile_import(alias)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(module.as_deref(), names, *level)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(value) if self.interactive && self.unit().kind == ScopeKind::Module => {
                self.visit_expr(value)?;
                self.emit(Op::PrintExpr, 0);
            }
            StmtKind::Expr(value) => {
                // A constant statement (a stray string or `...`) does nothing.
                if !matches!(value.kind, ExprKind::Constant(_)) {
                    self.visit_expr(value)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            StmtKind::Break => self.compile_break(s)?,
            StmtKind::Continue => self.compile_continue(s)?,
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases)?,
        }
        Ok(())
    }

    // -- assignment --------------------------------------------------------------------------

    fn compile_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult<()> {
        if let [target] = targets {
            if self.try_swap_assign(target, value)? {
                return Ok(());
            }
        }
        self.visit_expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::DupTop, 0);
            }
            self.visit_store(t)?;
        }
        Ok(())
    }

    /// `a, b = b, a` (two or three plain items on each side) without building a tuple:
    /// push the values, reverse them with rotations, store left to right.
    fn try_swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (ExprKind::Tuple { elts: targets, .. } | ExprKind::List { elts: targets, .. }) =
            &target.kind
        else {
            return Ok(false);
        };
        let (ExprKind::Tuple {
            elts: values,
            ctx: Ctx::Load,
        }
        | ExprKind::List {
            elts: values,
            ctx: Ctx::Load,
        }) = &value.kind
        else {
            return Ok(false);
        };
        let n = targets.len();
        if !(2..=3).contains(&n)
            || values.len() != n
            || targets
                .iter()
                .chain(values)
                .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
            || fold::const_value(value).is_some()
        {
            return Ok(false);
        }
        for v in values {
            self.visit_expr(v)?;
        }
        self.at(value.loc, |c| {
            if n == 3 {
                c.emit(Op::RotThree, 0);
            }
            c.emit(Op::RotTwo, 0);
        });
        for t in targets {
            self.visit_store(t)?;
        }
        Ok(true)
    }

    /// Store the value on top of the stack into `target`.
    pub(super) fn visit_store(&mut self, target: &'a Expr) -> CResult<()> {
        self.at(target.loc, |c| c.visit_store_here(target))
    }

    fn visit_store_here(&mut self, target: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.visit_expr(value)?;
                self.at_attr(target, attr, |c| c.emit_name(Op::StoreAttr, attr));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_slice(slice)?;
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(elts)?;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred { value, .. } => self.visit_store(value)?,
                        _ => self.visit_store(elt)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(syntax_error(
                    "starred assignment target must be in a list or tuple",
                    target.loc,
                ));
            }
            _ => return Err(syntax_error("cannot assign to expression", target.loc)),
        }
        Ok(())
    }

    /// `UNPACK_SEQUENCE` or, with a starred target, `UNPACK_EX`.
    fn unpack(&mut self, elts: &'a [Expr]) -> CResult<()> {
        let n = elts.len();
        let mut starred = None;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                if starred.is_some() {
                    return Err(syntax_error(
                        "multiple starred expressions in assignment",
                        self.unit().loc,
                    ));
                }
                starred = Some(i);
            }
        }
        match starred {
            Some(i) => {
                let after = n - i - 1;
                if i >= 1 << 8 || after >= (i32::MAX as usize >> 8) {
                    return Err(syntax_error(
                        "too many expressions in star-unpacking assignment",
                        self.unit().loc,
                    ));
                }
                self.emit(Op::UnpackEx, i as u32 | (after as u32) << 8);
            }
            None => self.emit(Op::UnpackSequence, n as u32),
        }
        Ok(())
    }

    pub(super) fn visit_delete(&mut self, target: &'a Expr) -> CResult<()> {
        self.at(target.loc, |c| match &target.kind {
            ExprKind::Name { id, .. } => c.name_op(id, Ctx::Del),
            ExprKind::Attribute { value, attr, .. } => c.visit_expr(value).map(|()| {
                c.at_attr(target, attr, |c| c.emit_name(Op::DeleteAttr, attr));
            }),
            ExprKind::Subscript { value, slice, .. } => c
                .visit_expr(value)
                .and_then(|()| c.visit_slice(slice))
                .map(|()| c.emit(Op::DeleteSubscr, 0)),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| c.visit_delete(e))
            }
            ExprKind::Starred { .. } => Err(syntax_error("cannot delete starred", target.loc)),
            _ => Err(syntax_error("cannot delete expression", target.loc)),
        })
    }

    fn compile_augassign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> CResult<()> {
        self.at(target.loc, |c| {
            match &target.kind {
                ExprKind::Name { id, .. } => c.name_op(id, Ctx::Load)?,
                ExprKind::Attribute {
                    value: obj, attr, ..
                } => {
                    c.visit_expr(obj)?;
                    c.emit(Op::DupTop, 0);
                    c.at_attr(target, attr, |c| c.emit_name(Op::LoadAttr, attr));
                }
                ExprKind::Subscript {
                    value: obj, slice, ..
                } => {
                    c.visit_expr(obj)?;
                    c.visit_slice(slice)?;
                    c.emit(Op::DupTopTwo, 0);
                    c.emit(Op::BinarySubscr, 0);
                }
                _ => {
                    return Err(syntax_error(
                        "illegal expression for augmented assignment",
                        target.loc,
                    ))
                }
            }
            Ok(())
        })?;
        self.visit_expr(value)?;
        self.at(s.loc, |c| c.emit(Op::BinaryOp, binary_op_arg(op, true)));
        self.at(target.loc, |c| {
            match &target.kind {
                ExprKind::Name { id, .. } => c.name_op(id, Ctx::Store)?,
                ExprKind::Attribute { attr, .. } => {
                    c.emit(Op::RotTwo, 0);
                    c.at_attr(target, attr, |c| c.emit_name(Op::StoreAttr, attr));
                }
                _ => {
                    c.emit(Op::RotThree, 0);
                    c.emit(Op::StoreSubscr, 0);
                }
            }
            Ok(())
        })?;
        Ok(())
    }

    fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult<()> {
        if let Some(value) = value {
            self.visit_expr(value)?;
            self.visit_store(target)?;
        }
        let at_module_or_class = !self.unit().kind.is_function_like();
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && at_module_or_class {
                    // __annotations__['x'] = annotation (its text under PEP 563)
                    if self.future_annotations {
                        let text = super::unparse::unparse(annotation);
                        self.load_const(Const::Str(text));
                    } else {
                        self.visit_expr(annotation)?;
                    }
                    self.name_op("__annotations__", Ctx::Load)?;
                    let key = self.mangle(id).into_owned();
                    self.load_const(Const::Str(key));
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.visit_expr(obj)?;
                self.emit(Op::PopTop, 0);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.visit_expr(obj)?;
                self.emit(Op::PopTop, 0);
                self.check_ann_subscript(slice)?;
            }
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            _ => return Err(syntax_error("illegal target for annotation", target.loc)),
        }
        // A complex target's annotation is evaluated (and dropped) at module and class level.
        if !simple && at_module_or_class && !self.future_annotations {
            self.visit_expr(annotation)?;
            self.emit(Op::PopTop, 0);
        }
        Ok(())
    }

    /// `a[i]: T` evaluates the parts of the subscript for their side effects.
    fn check_ann_subscript(&mut self, slice: &'a Expr) -> CResult<()> {
        match &slice.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for e in elts {
                    self.check_ann_subscript(e)?;
                }
            }
            _ => {
                self.visit_slice(slice)?;
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    // -- imports -----------------------------------------------------------------------------

    /// `IMPORT_NAME name` with `[level, fromlist]` pushed first.
    fn import_name(&mut self, name: &str, level: u32, fromlist: Const) {
        self.load_const(Const::Int(level as i64));
        self.load_const(fromlist);
        let i = self.name_index(name);
        self.emit(Op::ImportName, i);
    }

    fn compile_import(&mut self, alias: &'a Alias) -> CResult<()> {
        self.import_name(&alias.name, 0, Const::None);
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d`: walk down to a.b.c from the top package.
                let mut parts = alias.name.split('.').skip(1).peekable();
                if parts.peek().is_none() {
                    return self.name_op(asname, Ctx::Store);
                }
                while let Some(part) = parts.next() {
                    let i = self.name_index(part);
                    self.emit(Op::ImportFrom, i);
                    if parts.peek().is_some() {
                        self.emit(Op::RotTwo, 0);
                        self.emit(Op::PopTop, 0);
                    }
                }
                self.name_op(asname, Ctx::Store)?;
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            None => {
                // `import a.b` binds the top package `a`.
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.name_op(top, Ctx::Store)
            }
        }
    }

    fn compile_import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult<()> {
        let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
        self.import_name(module.unwrap_or(""), level, Const::Tuple(fromlist));
        if let [star] = names {
            if star.name == "*" {
                self.emit(Op::ImportStar, 0);
                return Ok(());
            }
        }
        for alias in names {
            let i = self.name_index(&alias.name);
            self.emit(Op::ImportFrom, i);
            self.name_op(alias.asname.as_ref().unwrap_or(&alias.name), Ctx::Store)?;
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}
