//! `async def` bodies: `await`, `async for` (statement and comprehension clause), the checks
//! CPython's compiler makes on where they may appear, and the await sequence itself.
//!
//! `await x` is `GET_AWAITABLE; LOAD_CONST None; SEND`: the awaitable's iterator is driven by
//! `SEND` exactly as `yield from` drives a sub-iterator (values it yields pass out through
//! the coroutine's resumer, sent values pass in), and its return value is the result.
//!
//! An `async for` loop keeps the async iterator on the stack like `for` keeps its iterator.
//! Each step awaits `GET_ANEXT` inside a try block; the handler's `END_ASYNC_FOR` ends the
//! loop on StopAsyncIteration (dropping the iterator and the handler block) and re-raises
//! anything else.

use super::symtable::{syntax_error, CompKind, ScopeKind};
use super::{CResult, Compiler, Label};
use crate::ast::{Expr, Loc, Stmt};
use crate::bytecode::{Const, Op};

/// What `GET_AWAITABLE` is awaiting, for its error message (its argument, as CPython's).
#[derive(Clone, Copy)]
pub(super) enum AwaitOf {
    Expr = 0,
    Aenter = 1,
    Aexit = 2,
}

impl<'a> Compiler<'a> {
    /// Whether the code being compiled is an `async def` body.
    pub(super) fn in_async_def(&self) -> bool {
        let sc = self.table.scope(self.unit().scope);
        sc.kind == ScopeKind::Function && sc.is_async_def
    }

    /// `[x] -> [await x]`
    pub(super) fn emit_await(&mut self, of: AwaitOf) {
        self.emit(Op::GetAwaitable, of as u32);
        self.load_const(Const::None);
        self.emit(Op::Send, 0);
    }

    /// `await value`, where an `await` may be: in an `async def` or a comprehension (which
    /// then is asynchronous itself).
    pub(super) fn compile_await(&mut self, e: &'a Expr, value: &'a Expr) -> CResult<()> {
        let kind = self.unit().kind;
        if !matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        ) {
            return Err(syntax_error("'await' outside function", e.loc));
        }
        if !self.in_async_def() && !matches!(kind, ScopeKind::Comprehension(_)) {
            return Err(syntax_error("'await' outside async function", e.loc));
        }
        self.visit_expr(value)?;
        self.emit_await(AwaitOf::Expr);
        Ok(())
    }

    /// `async for` and `async with` are only allowed directly in an `async def`.
    pub(super) fn check_async_statement(&self, what: &str, loc: Loc) -> CResult<()> {
        if self.in_async_def() {
            Ok(())
        } else {
            Err(syntax_error(
                format!("'{what}' outside async function"),
                loc,
            ))
        }
    }

    /// A comprehension that runs as a coroutine (`async for` or `await` inside) must be in
    /// an `async def` or another comprehension, unless it is a generator expression (which
    /// becomes an async generator).
    pub(super) fn check_async_comprehension(&self, kind: CompKind, loc: Loc) -> CResult<()> {
        let outer = self.unit().kind;
        if kind != CompKind::Generator
            && !self.in_async_def()
            && !matches!(outer, ScopeKind::Comprehension(_))
        {
            return Err(syntax_error(
                "asynchronous comprehension outside of an asynchronous function",
                loc,
            ));
        }
        Ok(())
    }

    /// The head of one `async for` step, with the async iterator on top of the stack: awaits
    /// its next item into `[aiter, item]`, or jumps to `end` (the `END_ASYNC_FOR` handler).
    pub(super) fn async_for_step(&mut self, end: Label) {
        self.emit_jump(Op::SetupFinally, end);
        self.emit(Op::GetAnext, 0);
        self.load_const(Const::None);
        self.emit(Op::Send, 0);
        self.emit(Op::PopBlock, 0);
    }

    pub(super) fn compile_async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        self.check_async_statement("async for", s.loc)?;
        let start = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        self.visit_expr(iter)?;
        self.emit(Op::GetAiter, 0);
        self.bind(start);
        self.async_for_step(end);
        self.push_loop(start, exit)?;
        self.visit_store(target)?;
        self.visit_body(body)?;
        self.pop_loop();
        self.noline(|c| c.emit_jump(Op::Jump, start));
        self.bind(end);
        self.emit(Op::EndAsyncFor, 0);
        self.visit_body(orelse)?;
        self.bind(exit);
        Ok(())
    }
}
