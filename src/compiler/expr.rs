//! Expressions: operators, comparisons (chains with CPython 3.10's `DUP_TOP`/`ROT_THREE`
//! and cleanup path), boolean short-circuits, displays with `*`/`**` unpacking, calls
//! (`KW_NAMES`, `LOAD_METHOD`/`CALL_METHOD`, `CALL_FUNCTION_EX`), f-strings, yields, and
//! [`Compiler::jump_if`], which compiles a condition straight into branches.
//!
//! Every expression leaves exactly one value on the stack.

use super::symtable::{syntax_error, NameScope};
use super::{fold, CResult, Compiler, Label};
use crate::ast::{BoolOp, CmpOp, Ctx, Expr, ExprKind, Keyword, UnaryOp};
use crate::bytecode::opcode::{binary_op_arg, CompareKind};
use crate::bytecode::{Const, Op};

/// Above this many operands, displays and calls build their collection piecewise so the
/// stack stays small (CPython's `STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

/// The kind of sequence a display builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Seq {
    List,
    Tuple,
    Set,
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    /// Compile `e`, leaving its value on the stack.
    pub(super) fn visit_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.at(e.loc, |c| c.visit_expr_here(e))
    }

    fn visit_expr_here(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = fold::const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Op::JumpIfFalseOrPop,
                    BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                let Some((last, init)) = values.split_last() else {
                    return Err(syntax_error("empty boolean operation", e.loc));
                };
                for v in init {
                    self.visit_expr(v)?;
                    self.emit_jump(jump, end);
                }
                self.visit_expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(Op::DupTop, 0);
                self.visit_store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit(Op::BinaryOp, binary_op_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                let op = match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next);
                self.visit_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(elts, 0, Seq::Set)?,
            ExprKind::List {
                elts,
                ctx: Ctx::Load,
            } => self.starunpack(elts, 0, Seq::List)?,
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            } => self.starunpack(elts, 0, Seq::Tuple)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(e)?,
            ExprKind::Await(value) => self.compile_await(e, value)?,
            ExprKind::Yield(value) => {
                self.check_in_function(e, "'yield' outside function")?;
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(value) => {
                self.check_in_function(e, "'yield' outside function")?;
                if self.in_async_def() {
                    return Err(syntax_error("'yield from' inside async function", e.loc));
                }
                self.visit_expr(value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Const::None);
                self.emit(Op::YieldFrom, 0);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                let mut arg = match conversion {
                    None => 0,
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    Some(c) => {
                        return Err(syntax_error(
                            format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"),
                            e.loc,
                        ))
                    }
                };
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                    arg |= 4;
                }
                self.emit(Op::FormatValue, arg);
            }
            ExprKind::JoinedStr(values) => {
                if values.len() > STACK_USE_GUIDELINE {
                    // ''.join([...]) keeps the stack small.
                    self.load_const(Const::Str(String::new()));
                    self.emit_name(Op::LoadMethod, "join");
                    self.emit(Op::BuildList, 0);
                    for v in values {
                        self.visit_expr(v)?;
                        self.emit(Op::ListAppend, 1);
                    }
                    self.emit(Op::CallMethod, 1);
                } else {
                    for v in values {
                        self.visit_expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Op::BuildString, values.len() as u32);
                    }
                }
            }
            ExprKind::Constant(c) => self.load_const(fold::from_constant(c)),
            ExprKind::Attribute {
                value,
                attr,
                ctx: Ctx::Load,
            } => {
                self.visit_expr(value)?;
                self.at_attr(e, attr, |c| c.emit_name(Op::LoadAttr, attr));
            }
            ExprKind::Subscript {
                value,
                slice,
                ctx: Ctx::Load,
            } => {
                self.visit_expr(value)?;
                self.visit_slice(slice)?;
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.visit_expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(step) = step {
                    self.visit_expr(step)?;
                    self.emit(Op::BuildSlice, 3);
                } else {
                    self.emit(Op::BuildSlice, 2);
                }
            }
            ExprKind::Starred { ctx: Ctx::Load, .. } => {
                return Err(syntax_error("can't use starred expression here", e.loc));
            }
            ExprKind::Starred { .. } => {
                return Err(syntax_error(
                    "starred assignment target must be in a list or tuple",
                    e.loc,
                ));
            }
            ExprKind::Name { id, ctx: Ctx::Load } => self.name_op(id, Ctx::Load)?,
            ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Name { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. } => {
                return Err(syntax_error(
                    "invalid expression context (store or delete used as a value)",
                    e.loc,
                ));
            }
        }
        Ok(())
    }

    /// A subscript's index. `a[*b]` (PEP 646) indexes with the tuple `(*b,)`.
    pub(super) fn visit_slice(&mut self, slice: &'a Expr) -> CResult<()> {
        if is_starred(slice) {
            return self.at(slice.loc, |c| {
                c.starunpack(std::slice::from_ref(slice), 0, Seq::Tuple)
            });
        }
        self.visit_expr(slice)
    }

    fn check_in_function(&self, e: &Expr, msg: &str) -> CResult<()> {
        if self.unit().kind.is_function_like() {
            Ok(())
        } else {
            Err(syntax_error(msg, e.loc))
        }
    }

    // -- comparisons and conditions --------------------------------------------------------

    fn emit_compare(&mut self, op: CmpOp) {
        let (op, arg) = match op {
            CmpOp::Eq => (Op::CompareOp, CompareKind::Eq as u32),
            CmpOp::NotEq => (Op::CompareOp, CompareKind::Ne as u32),
            CmpOp::Lt => (Op::CompareOp, CompareKind::Lt as u32),
            CmpOp::LtE => (Op::CompareOp, CompareKind::Le as u32),
            CmpOp::Gt => (Op::CompareOp, CompareKind::Gt as u32),
            CmpOp::GtE => (Op::CompareOp, CompareKind::Ge as u32),
            CmpOp::Is => (Op::IsOp, 0),
            CmpOp::IsNot => (Op::IsOp, 1),
            CmpOp::In => (Op::ContainsOp, 0),
            CmpOp::NotIn => (Op::ContainsOp, 1),
        };
        self.emit(op, arg);
    }

    fn compile_compare(
        &mut self,
        e: &'a Expr,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        if ops.len() != comparators.len() || ops.is_empty() {
            return Err(syntax_error("malformed comparison", e.loc));
        }
        // a < b < c: a false link leaves [b, False]; drop b, keep False.
        let cleanup = self.new_label();
        self.compare_chain(left, ops, comparators, Op::JumpIfFalseOrPop, cleanup)?;
        if ops.len() == 1 {
            return Ok(());
        }
        let end = self.new_label();
        self.noline(|c| c.emit_jump(Op::Jump, end));
        self.bind(cleanup);
        self.emit(Op::RotTwo, 0);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// `left op1 c1 op2 c2 ...`: every link but the last keeps its right operand for the next
    /// one (`DUP_TOP`, `ROT_THREE`) and leaves through `link_jump` to `cleanup` when false.
    fn compare_chain(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        link_jump: Op,
        cleanup: Label,
    ) -> CResult<()> {
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.emit(Op::DupTop, 0);
            self.emit(Op::RotThree, 0);
            self.emit_compare(ops[i]);
            self.emit_jump(link_jump, cleanup);
        }
        if matches!(ops[n], CmpOp::In | CmpOp::NotIn) {
            self.visit_iterable(&comparators[n])?;
        } else {
            self.visit_expr(&comparators[n])?;
        }
        self.emit_compare(ops[n]);
        Ok(())
    }

    /// An expression only iterated or searched (`for x in [1, 2]`, `y in {1, 2}`): as
    /// CPython's `fold_iter`, a list display becomes a tuple and a set display of constants
    /// a frozenset constant.
    pub(super) fn visit_iterable(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::List {
                elts,
                ctx: Ctx::Load,
            } if !elts.iter().any(is_starred) => self.at(e.loc, |c| {
                match elts.iter().map(fold::const_value).collect::<Option<_>>() {
                    Some(items) => c.load_const(Const::Tuple(items)),
                    None => c.starunpack(elts, 0, Seq::Tuple)?,
                }
                Ok(())
            }),
            ExprKind::Set(elts) => match fold::frozenset_items(elts) {
                Some(items) => self.at(e.loc, |c| {
                    c.load_const(Const::FrozenSet(items));
                    Ok(())
                }),
                None => self.visit_expr(e),
            },
            _ => self.visit_expr(e),
        }
    }

    /// Jump to `target` if the truth of `e` equals `cond`; fall through otherwise. Nothing is
    /// left on the stack either way.
    ///
    /// Locations follow CPython 3.11's `compiler_jump_if`: a jump takes the current location
    /// (the statement's), except that a comparison makes its own location current and it
    /// stays so for the rest of the statement, so `assert a < b` raises "at" `a < b`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        if let ExprKind::Compare { .. } = e.kind {
            self.u().loc = e.loc;
        }
        if let Some(truth) = fold::const_value(e).as_ref().and_then(const_truth) {
            if truth == cond {
                self.emit_jump(Op::Jump, target);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_or = *op == BoolOp::Or;
                let (last, init) = values.split_last().expect("checked non-empty");
                // `a and b` jumps on false as soon as one value is false; `a or b` on true.
                let next = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                for v in init {
                    self.jump_if(v, next, is_or)?;
                }
                self.jump_if(last, target, cond)?;
                if next != target {
                    self.bind(next);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && ops.len() == comparators.len() => {
                // A false link leaves [b]: drop it, then the chain is false.
                let cleanup = self.new_label();
                self.compare_chain(left, ops, comparators, Op::PopJumpIfFalse, cleanup)?;
                let jump = if cond {
                    Op::PopJumpIfTrue
                } else {
                    Op::PopJumpIfFalse
                };
                self.emit_jump(jump, target);
                let end = self.new_label();
                self.noline(|c| c.emit_jump(Op::Jump, end));
                self.bind(cleanup);
                self.emit(Op::PopTop, 0);
                if !cond {
                    self.noline(|c| c.emit_jump(Op::Jump, target));
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let jump = if cond {
            Op::PopJumpIfTrue
        } else {
            Op::PopJumpIfFalse
        };
        self.emit_jump(jump, target);
        Ok(())
    }

    // -- displays ----------------------------------------------------------------------------

    /// Build a list, tuple or set from `elts` (which may contain `*x`), with `pushed` values
    /// already on the stack becoming its first items.
    pub(super) fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: Seq) -> CResult<()> {
        let n = elts.len();
        let (build, add, extend) = match kind {
            Seq::List | Seq::Tuple => (Op::BuildList, Op::ListAppend, Op::ListExtend),
            Seq::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
        };
        // [1, 2, 3] is BUILD_LIST 0 + LIST_EXTEND of a constant tuple; {1, 2, 3} is
        // BUILD_SET 0 + SET_UPDATE of a constant frozenset, which decides the set's order.
        if kind != Seq::Tuple && n > 2 && pushed == 0 {
            let folded = match kind {
                Seq::Set => fold::frozenset_items(elts).map(Const::FrozenSet),
                _ => None,
            };
            let folded = folded.or_else(|| {
                elts.iter()
                    .map(fold::const_value)
                    .collect::<Option<Vec<_>>>()
                    .map(Const::Tuple)
            });
            if let Some(c) = folded {
                self.emit(build, 0);
                self.load_const(c);
                self.emit(extend, 1);
                return Ok(());
            }
        }
        let seen_star = elts.iter().any(is_starred);
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        if !seen_star && !big {
            for elt in elts {
                self.visit_expr(elt)?;
            }
            let op = match kind {
                Seq::List => Op::BuildList,
                Seq::Tuple => Op::BuildTuple,
                Seq::Set => Op::BuildSet,
            };
            self.emit(op, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(value)?;
                self.at(elt.loc, |c| c.emit(extend, 1));
            } else {
                self.visit_expr(elt)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        let n = keys.len().min(values.len());
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Op::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.emit(Op::DictUpdate, 1);
            } else {
                if elements * 2 > STACK_USE_GUIDELINE {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Op::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BuildMap, 0);
        }
        Ok(())
    }

    /// A dict of the `key: value` items `begin..end` (no `**` among them).
    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult<()> {
        let n = end - begin;
        if n > 1 {
            let consts: Option<Vec<Const>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(fold::const_value))
                .collect();
            if let Some(consts) = consts {
                for v in &values[begin..end] {
                    self.visit_expr(v)?;
                }
                self.load_const(Const::Tuple(consts));
                self.emit(Op::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
        }
        self.emit(Op::BuildMap, n as u32);
        Ok(())
    }

    // -- calls ---------------------------------------------------------------------------------

    fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        check_keywords(keywords)?;
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: Ctx::Load,
        } = &func.kind
        {
            let simple = !args.iter().any(is_starred) && keywords.iter().all(|k| k.arg.is_some());
            if simple && args.len() + keywords.len() < STACK_USE_GUIDELINE {
                self.visit_expr(value)?;
                self.at(func.loc, |c| {
                    c.at_attr(func, attr, |c| c.emit_name(Op::LoadMethod, attr))
                });
                for a in args {
                    self.visit_expr(a)?;
                }
                self.keyword_values(keywords)?;
                let n = (args.len() + keywords.len()) as u32;
                self.at_attr(func, attr, |c| c.emit(Op::CallMethod, n));
                return Ok(());
            }
        }
        self.visit_expr(func)?;
        if args.is_empty() && keywords.is_empty() && self.zero_arg_super(func)? {
            return Ok(());
        }
        self.call_helper(0, args, keywords)
    }

    /// `super()` in a method compiles to `super(__class__, <first argument>)`, reading the
    /// implicit `__class__` cell and the method's first parameter as CPython's frame-walking
    /// `super()` does. Returns false (emitting nothing) where that does not apply.
    fn zero_arg_super(&mut self, func: &'a Expr) -> CResult<bool> {
        let ExprKind::Name { id, .. } = &func.kind else {
            return Ok(false);
        };
        let u = self.unit();
        if id != "super" || !u.kind.is_function_like() || u.argcount == 0 {
            return Ok(false);
        }
        let has_class_cell = matches!(
            self.table.scope(u.scope).scope_of("__class__"),
            Some(NameScope::Free)
        );
        if !has_class_cell {
            return Ok(false);
        }
        let first = u.varnames[0].clone();
        self.name_op("__class__", Ctx::Load)?;
        self.name_op(&first, Ctx::Load)?;
        self.emit(Op::CallFunction, 2);
        Ok(true)
    }

    /// Push the values of plain `name=value` keywords and name them with `KW_NAMES`.
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        if keywords.is_empty() {
            return Ok(());
        }
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.visit_expr(&k.value)?;
            names.push(Const::Str(k.arg.clone().unwrap_or_default()));
        }
        let i = self.add_const(Const::Tuple(names));
        self.emit(Op::KwNames, i);
        Ok(())
    }

    /// Call the callable below `pushed` already-pushed positional arguments with `args` and
    /// `keywords`.
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        check_keywords(keywords)?;
        let simple = !args.iter().any(is_starred) && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.visit_expr(a)?;
            }
            self.keyword_values(keywords)?;
            self.emit(
                Op::CallFunction,
                pushed + (args.len() + keywords.len()) as u32,
            );
            return Ok(());
        }
        // f(*a, **k): positional arguments as a tuple, keywords as a dict. A lone `*a` is
        // passed as it is (CALL_FUNCTION_EX converts it, naming `f` if it is not iterable).
        match args {
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if pushed == 0 => self.visit_expr(value)?,
            _ => self.starunpack(args, pushed, Seq::Tuple)?,
        }
        let mut have_dict = false;
        let mut seen = 0;
        for (i, k) in keywords.iter().enumerate() {
            if k.arg.is_none() {
                if seen > 0 {
                    self.keyword_dict(&keywords[i - seen..i])?;
                    if have_dict {
                        self.emit(Op::DictMerge, 1);
                    }
                    have_dict = true;
                    seen = 0;
                }
                if !have_dict {
                    self.emit(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.visit_expr(&k.value)?;
                self.emit(Op::DictMerge, 1);
            } else {
                seen += 1;
            }
        }
        if seen > 0 {
            self.keyword_dict(&keywords[keywords.len() - seen..])?;
            if have_dict {
                self.emit(Op::DictMerge, 1);
            }
            have_dict = true;
        }
        self.emit(Op::CallFunctionEx, have_dict as u32);
        Ok(())
    }

    /// A dict of plain `name=value` keywords.
    fn keyword_dict(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        let name = |k: &Keyword| Const::Str(k.arg.clone().unwrap_or_default());
        if keywords.len() > 1 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.load_const(Const::Tuple(keywords.iter().map(name).collect()));
            self.emit(Op::BuildConstKeyMap, keywords.len() as u32);
        } else {
            for k in keywords {
                self.load_const(name(k));
                self.visit_expr(&k.value)?;
            }
            self.emit(Op::BuildMap, keywords.len() as u32);
        }
        Ok(())
    }
}

/// `f(a=1, a=2)` is an error.
fn check_keywords(keywords: &[Keyword]) -> CResult<()> {
    for (i, k) in keywords.iter().enumerate() {
        let Some(name) = &k.arg else { continue };
        if keywords[..i].iter().any(|p| p.arg.as_ref() == Some(name)) {
            return Err(syntax_error(
                format!("keyword argument repeated: {name}"),
                k.loc,
            ));
        }
    }
    Ok(())
}

/// The truth value of a constant, when it is known without running code.
fn const_truth(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex(re, im) => *re != 0.0 || *im != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Ellipsis => true,
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        Const::Code(_) => return None,
    })
}
