//! Control flow with blocks: `for`, `while`, `try`/`except`/`else`/`finally`, `with`, and
//! `return`/`break`/`continue` out of any of them.
//!
//! The compiler keeps a stack of [`FBlock`]s describing what encloses the code being
//! compiled. Leaving blocks early is done statically (CPython 3.9+ style, as the opcode.rs
//! docs require): before the jump or `RETURN_VALUE`, [`Compiler::unwind_fblock`] emits for
//! each block being left what the VM would otherwise have to undo — `POP_BLOCK` for a try
//! block, `POP_EXCEPT` for a handler, popping the `for` iterator, calling
//! `__exit__(None, None, None)` for `with`, and an inlined copy of a `finally` body. A
//! `return` value travels on top of the stack through all of that (`preserve_tos`), moved
//! below whatever each block must pop with `ROT_TWO`.
//!
//! Stack shapes (`d` is the depth before the statement):
//! - `for`: the iterator at `d`, so the body runs at `d + 1`.
//! - a try body runs at `d`; its handler starts at `d + 1` with `[exc]`.
//! - `with`: `[exit]` stays at `d` while the body runs at `d + 1`; the handler starts with
//!   `[exit, exc]`.
//! - an `except` body runs at `d` (the exception was stored or popped; the VM's handler block
//!   keeps it as the one being handled); an exceptional `finally` body runs with `[exc]`.

use super::asyncs::AwaitOf;
use super::symtable::syntax_error;
use super::{fold, CResult, Compiler, Label};
use crate::ast::{Ctx, ExceptHandler, Expr, Loc, Stmt, WithItem};
use crate::bytecode::{Const, Op};

/// CPython's limit on statically nested blocks (loops, `try`, `with`, handlers).
const MAX_BLOCKS: usize = 20;

/// A block enclosing the code being compiled, and how to leave it early.
#[derive(Clone, Copy, Debug)]
pub(super) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers: a try block is active.
    TryExcept,
    /// The body of a `try` with `finally`: a try block is active; leaving runs `body`.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The exceptional copy of a `finally` body: `[exc]` on the stack, handler block active.
    FinallyEnd,
    /// A `with` body: `[exit]` on the stack, a try block active (`async with`: the exit's
    /// result is awaited).
    With {
        loc: Loc,
        is_async: bool,
    },
    /// An `except` body: handler block active; with `as name`, also a try block for the
    /// cleanup that unbinds `name`.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A `return` value saved on the stack while an inlined `finally` body runs.
    PopValue,
    /// An `except*` body, which `break`, `continue` and `return` may not leave.
    StarHandler,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. })
    }
}

impl<'a> Compiler<'a> {
    fn push_fblock(&mut self, b: FBlock<'a>) -> CResult<()> {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(syntax_error(
                "too many statically nested blocks",
                self.unit().loc,
            ));
        }
        self.u().fblocks.push(b);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Enters the body of a loop that keeps an iterator on the stack (`for`, `async for`).
    pub(super) fn push_loop(&mut self, start: Label, exit: Label) -> CResult<()> {
        self.push_fblock(FBlock::ForLoop { start, exit })
    }

    pub(super) fn pop_loop(&mut self) {
        self.pop_fblock();
    }

    /// Emit what leaving `b` early requires. With `preserve_tos` the value on top of the
    /// stack (a return value) must survive.
    fn unwind_fblock(&mut self, b: FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match b {
            FBlock::WhileLoop { .. } | FBlock::StarHandler => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept => self.emit(Op::PopBlock, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.visit_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopExcept, 0);
            }
            FBlock::With { loc, is_async } => {
                self.at(loc, |c| {
                    c.emit(Op::PopBlock, 0);
                    if preserve_tos {
                        c.emit(Op::RotTwo, 0);
                    }
                    c.call_exit_with_nones();
                    if is_async {
                        c.emit_await(AwaitOf::Aexit);
                    }
                    c.emit(Op::PopTop, 0);
                });
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock, 0);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(name) = name {
                    self.unbind_handler_name(name)?;
                }
            }
        }
        Ok(())
    }

    /// Unwind every block out to the function's edge, or (with `to_loop`) out to the
    /// innermost loop, which is returned and not unwound.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(&top) = self.unit().fblocks.last() else {
            return Ok(None);
        };
        if to_loop && top.is_loop() {
            return Ok(Some(top));
        }
        // The block is popped while its unwind code is compiled: a `return` inside an
        // inlined `finally` body must not inline the same body again.
        self.pop_fblock();
        self.unwind_fblock(top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, to_loop)?;
        self.u().fblocks.push(top);
        Ok(found)
    }

    /// CPython refuses to leave an `except*` body with `break`/`continue` (up to their loop)
    /// or `return`.
    fn check_not_leaving_star_handler(&self, to_loop: bool, loc: Loc) -> CResult<()> {
        for b in self.unit().fblocks.iter().rev() {
            if to_loop && b.is_loop() {
                break;
            }
            if matches!(b, FBlock::StarHandler) {
                return Err(syntax_error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    loc,
                ));
            }
        }
        Ok(())
    }

    /// `[exit] -> [exit(None, None, None)]`
    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.emit(Op::DupTop, 0);
        self.emit(Op::DupTop, 0);
        self.emit(Op::CallFunction, 3);
    }

    /// `name = None; del name` after an `except ... as name:` body.
    fn unbind_handler_name(&mut self, name: &str) -> CResult<()> {
        self.load_const(Const::None);
        self.name_op(name, Ctx::Store)?;
        self.name_op(name, Ctx::Del)
    }

    pub(super) fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult<()> {
        if !self.unit().kind.is_function_like() {
            return Err(syntax_error("'return' outside function", s.loc));
        }
        let sc = self.table.scope(self.unit().scope);
        if value.is_some() && sc.is_coroutine && sc.is_generator {
            return Err(syntax_error(
                "'return' with value in async generator",
                s.loc,
            ));
        }
        // A constant is loaded after unwinding, so it need not be carried through.
        let preserve = value.is_some_and(|v| fold::const_value(v).is_none());
        // (CPython reports a constant return value's position, else the statement's)
        let at = value.filter(|_| !preserve).map_or(s.loc, |v| v.loc);
        self.check_not_leaving_star_handler(false, at)?;
        if preserve {
            self.visit_expr(value.expect("checked"))?;
        }
        self.unwind_fblock_stack(preserve, false)?;
        match value {
            None => self.load_const(Const::None),
            Some(v) if !preserve => self.visit_expr(v)?,
            Some(_) => {}
        }
        self.emit(Op::ReturnValue, 0);
        Ok(())
    }

    pub(super) fn compile_break(&mut self, s: &'a Stmt) -> CResult<()> {
        self.check_not_leaving_star_handler(true, s.loc)?;
        match self.unwind_fblock_stack(false, true)? {
            Some(l @ FBlock::WhileLoop { exit, .. }) | Some(l @ FBlock::ForLoop { exit, .. }) => {
                self.unwind_fblock(l, false)?;
                self.emit_jump(Op::Jump, exit);
                Ok(())
            }
            _ => Err(syntax_error("'break' outside loop", s.loc)),
        }
    }

    pub(super) fn compile_continue(&mut self, s: &'a Stmt) -> CResult<()> {
        self.check_not_leaving_star_handler(true, s.loc)?;
        match self.unwind_fblock_stack(false, true)? {
            Some(FBlock::WhileLoop { start, .. }) | Some(FBlock::ForLoop { start, .. }) => {
                self.emit_jump(Op::Jump, start);
                Ok(())
            }
            _ => Err(syntax_error("'continue' not properly in loop", s.loc)),
        }
    }

    // -- loops -------------------------------------------------------------------------------

    pub(super) fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.visit_iterable(iter)?;
        self.emit(Op::GetIter, 0);
        self.bind(start);
        self.emit_jump(Op::ForIter, cleanup);
        self.push_fblock(FBlock::ForLoop { start, exit })?;
        self.visit_store(target)?;
        self.visit_body(body)?;
        self.pop_fblock();
        self.noline(|c| c.emit_jump(Op::Jump, start));
        self.bind(cleanup);
        self.visit_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub(super) fn compile_while(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump_if(test, anchor, false)?;
        self.push_fblock(FBlock::WhileLoop { start, exit })?;
        self.visit_body(body)?;
        self.pop_fblock();
        // (at the whole statement, as CPython's: a KeyboardInterrupt raised at the jump is
        // reported at the `while` line)
        self.emit_jump(Op::Jump, start);
        self.bind(anchor);
        self.visit_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    // -- try -----------------------------------------------------------------------------------

    pub(super) fn compile_try(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        if finalbody.is_empty() {
            return self.compile_try_except(body, handlers, orelse);
        }
        // try: <body> finally: <finalbody>
        let handler = self.new_label();
        let exit = self.new_label();
        self.emit_jump(Op::SetupFinally, handler);
        self.push_fblock(FBlock::FinallyTry { body: finalbody })?;
        if handlers.is_empty() {
            self.visit_body(body)?;
            self.visit_body(orelse)?;
        } else {
            self.compile_try_except(body, handlers, orelse)?;
        }
        self.noline(|c| c.emit(Op::PopBlock, 0));
        self.pop_fblock();
        self.visit_body(finalbody)?;
        self.noline(|c| c.emit_jump(Op::Jump, exit));
        // The exceptional path: [exc].
        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.visit_body(finalbody)?;
        self.pop_fblock();
        self.noline(|c| c.emit(Op::Reraise, 0));
        self.bind(exit);
        Ok(())
    }

    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        if handlers.first().is_some_and(|h| h.star) {
            return self.compile_try_star(body, handlers, orelse);
        }
        let (except, orelse_label, end) = self.compile_try_body(body)?;
        // Each handler starts with [exc].
        self.bind(except);
        for (i, h) in handlers.iter().enumerate() {
            self.at(h.loc, |c| {
                if h.typ.is_none() && i + 1 < handlers.len() {
                    return Err(syntax_error("default 'except:' must be last", h.loc));
                }
                let next = c.new_label();
                if let Some(typ) = &h.typ {
                    c.emit(Op::DupTop, 0);
                    c.visit_expr(typ)?;
                    c.emit_jump(Op::JumpIfNotExcMatch, next);
                }
                match &h.name {
                    Some(name) => {
                        // except E as name: the body runs in a try block whose handler unbinds
                        // `name` before re-raising.
                        let cleanup = c.new_label();
                        c.name_op(name, Ctx::Store)?;
                        c.emit_jump(Op::SetupFinally, cleanup);
                        c.push_fblock(FBlock::HandlerCleanup { name: Some(name) })?;
                        c.visit_body(&h.body)?;
                        c.pop_fblock();
                        c.noline(|c| {
                            c.emit(Op::PopBlock, 0);
                            c.emit(Op::PopExcept, 0);
                            c.unbind_handler_name(name)?;
                            c.emit_jump(Op::Jump, end);
                            Ok(())
                        })?;
                        // [exc2]: an exception escaped the body.
                        c.bind(cleanup);
                        c.noline(|c| {
                            c.unbind_handler_name(name)?;
                            c.emit(Op::Reraise, 0);
                            Ok(())
                        })?;
                    }
                    None => {
                        c.emit(Op::PopTop, 0);
                        c.push_fblock(FBlock::HandlerCleanup { name: None })?;
                        c.visit_body(&h.body)?;
                        c.pop_fblock();
                        c.noline(|c| {
                            c.emit(Op::PopExcept, 0);
                            c.emit_jump(Op::Jump, end);
                        });
                    }
                }
                c.bind(next);
                Ok(())
            })?;
        }
        // No handler matched: [exc].
        self.noline(|c| c.emit(Op::Reraise, 0));
        self.bind(orelse_label);
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `try`/`except*`: the handlers run on `[orig, raised, rest]`, each clause taking its
    /// part of `rest` (`CHECK_EG_MATCH`) and adding what its body raises to the `raised`
    /// list; `RAISE_VARARGS 3` then combines what is left to re-raise.
    /// The protected body of `try`/`except` and `try`/`except*`: returns the labels of the
    /// handlers, the `else` block and the end (the body falls through to `else`).
    fn compile_try_body(&mut self, body: &'a [Stmt]) -> CResult<(Label, Label, Label)> {
        let except = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, except);
        self.push_fblock(FBlock::TryExcept)?;
        self.visit_body(body)?;
        self.pop_fblock();
        self.noline(|c| {
            c.emit(Op::PopBlock, 0);
            c.emit_jump(Op::Jump, orelse_label);
        });
        Ok((except, orelse_label, end))
    }

    fn compile_try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let (except, orelse_label, end) = self.compile_try_body(body)?;
        self.bind(except);
        // [orig] -> [orig, raised, rest]
        self.noline(|c| {
            c.emit(Op::DupTop, 0);
            c.emit(Op::BuildList, 0);
            c.emit(Op::RotTwo, 0);
        });
        for h in handlers {
            self.at(h.loc, |c| {
                let next = c.new_label();
                let cleanup = c.new_label();
                c.visit_expr(h.typ.as_ref().expect("except* has a type"))?;
                c.emit_jump(Op::CheckEgMatch, next);
                match h.name {
                    Some(ref name) => c.name_op(name, Ctx::Store)?,
                    None => c.emit(Op::PopTop, 0),
                }
                c.emit_jump(Op::SetupFinally, cleanup);
                c.push_fblock(FBlock::StarHandler)?;
                c.visit_body(&h.body)?;
                c.pop_fblock();
                c.noline(|c| {
                    c.emit(Op::PopBlock, 0);
                    if let Some(name) = &h.name {
                        c.unbind_handler_name(name)?;
                    }
                    c.emit_jump(Op::Jump, next);
                    // [orig, raised, rest, exc]: what the body raised joins `raised`.
                    c.bind(cleanup);
                    if let Some(name) = &h.name {
                        c.unbind_handler_name(name)?;
                    }
                    c.emit(Op::ListAppend, 2);
                    c.emit(Op::PopExcept, 0);
                    Ok(())
                })?;
                c.bind(next);
                Ok(())
            })?;
        }
        self.noline(|c| {
            c.emit(Op::RaiseVarargs, 3);
            c.emit(Op::PopExcept, 0);
            c.emit_jump(Op::Jump, end);
        });
        self.bind(orelse_label);
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    // -- with ------------------------------------------------------------------------------------

    pub(super) fn compile_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return Err(syntax_error("'with' without items", s.loc));
        };
        if is_async {
            self.check_async_statement("async with", s.loc)?;
        }
        let handler = self.new_label();
        let exit = self.new_label();
        self.visit_expr(&item.context_expr)?;
        if is_async {
            // [mgr] -> [aexit, await aenter()], then the try block below the result.
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit_await(AwaitOf::Aenter);
            self.emit_jump(Op::SetupAsyncWith, handler);
        } else {
            self.emit_jump(Op::SetupWith, handler);
        }
        self.push_fblock(FBlock::With {
            loc: s.loc,
            is_async,
        })?;
        match &item.optional_vars {
            Some(target) => self.visit_store(target)?,
            None => self.emit(Op::PopTop, 0),
        }
        if rest.is_empty() {
            self.visit_body(body)?;
        } else {
            self.compile_with(s, rest, body, is_async)?;
        }
        self.pop_fblock();
        // Normal exit: [exit] -> exit(None, None, None).
        self.emit(Op::PopBlock, 0);
        self.call_exit_with_nones();
        if is_async {
            self.emit_await(AwaitOf::Aexit);
        }
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, exit);
        // Exceptional exit: [exit, exc]; a true result from __exit__ swallows the exception.
        self.bind(handler);
        let suppress = self.new_label();
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit_await(AwaitOf::Aexit);
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.bind(exit);
        Ok(())
    }
}
