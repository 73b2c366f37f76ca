//! The eval loop: runs Python frames.
//!
//! ## Frames do not recurse in Rust
//! A frame's slots (locals, then cells, then free-variable cells) and its operand stack live
//! in a region of the thread's data stack (`stack`), described by a [`Frame`] record on
//! `Vm::frames`. [`Vm::run`] executes the top frame; a call to a Python function pushes the
//! callee's record and the *same* `run` goes on with it, and `RETURN_VALUE` pops it and
//! resumes the caller — deep Python recursion costs data-stack chunks, not Rust stack. Only
//! native code calling back into Python (a builtin taking a callable, a slot such as
//! `__eq__` under a dict lookup, `__del__`, a generator's `send`) starts a new `run`; the
//! frame it pushes is marked `entry`, and that `run` returns when the entry frame ends.
//!
//! The running frame's state is kept in locals (the "registers"): its code, its instruction
//! index `ip` and a [`Cursor`] over its region. They are saved into the record when the
//! frame calls another, and reloaded from the top record whenever a frame ends.
//!
//! ## Exceptions
//! An instruction that fails breaks out of the dispatch loop with a `PyErr`; the handler
//! records the traceback entry, chains `__context__`, then pops the frame's blocks (see
//! `bytecode::opcode` for the protocol) until a try block catches it. A frame that does not
//! catch it ends: its record is popped (its frame object, which the traceback entry holds,
//! takes its variables: see `frames`), and the exception goes on in the caller at its call
//! instruction — or leaves `run`, if the frame was the entry frame.
//!
//! ## The safepoint
//! Backward jumps, calls and every instruction that may release a reference poll
//! `gil::EVAL_BREAKER`; everything asynchronous (GIL hand-over, queued finalizers, a due
//! collection) is handled in `Vm::safepoint`.
//!
//! ## Generators
//! A generator owns its frame's region (`stack::OwnedFrame`), so resuming it runs the loop
//! *in place* over that memory, given a [`Resume`] that says where to start (and maybe an
//! exception to raise there). `YIELD_VALUE` (always in the entry frame: a generator is only
//! ever resumed from native code) saves the position into the `Resume` and returns. Try
//! blocks record stack depths relative to the frame's operand-stack base, so blocks move
//! with the frame between `Vm::blocks` and the generator.

use std::cell::Cell;

use smallvec::SmallVec;

use super::frames::Frame;
use super::quicken;
use super::stack::Cursor;
use super::{Args, PyErr, PyResult, Vm};
use crate::bytecode::opcode::{binary_op_from_arg, CompareKind, Instr, Op, INPLACE};
use crate::exc;
use crate::objects::callables::cell::CellObj;
use crate::objects::callables::code::CodeObj;
use crate::objects::callables::function::{BuiltinFunctionObj, FunctionObj};
use crate::objects::callables::generator::Resume;
use crate::objects::classes::typecache;
use crate::objects::classes::typeobj::TypeObject;
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::set::SetObj;
use crate::objects::containers::slice::SliceObj;
use crate::objects::containers::tuple::TupleObj;
use crate::objects::core::flag;
use crate::objects::exceptions::exception::{ExceptionObj, TracebackEntry};
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, new_str, StrObj};
use crate::objects::{types, PyRef, Value};
use crate::operators::{BinOp, UnaryOp};

/// An entry of a frame's block stack.
pub(crate) enum Block {
    /// `SETUP_FINALLY`/`SETUP_WITH`: where to go on an exception, and the operand-stack
    /// depth to restore.
    Try { handler: usize, level: usize },
    /// A running `except`/`finally` handler, with the exception that was being handled
    /// before it (restored by `POP_EXCEPT` or when the handler is unwound).
    ExceptHandler { prev: Option<PyErr> },
}

/// A suspended generator's block stack (a `Vec`: usually empty, so no allocation, and three
/// words to move).
pub(crate) type Blocks = Vec<Block>;

/// What the loop reads of the running frame besides its registers: its code and namespaces.
#[derive(Clone, Copy)]
struct View<'a> {
    code: &'a CodeObj,
    globals: &'a DictObj,
    /// The namespace of a module, class or exec frame, when it is an exact dict.
    locals: Option<&'a DictObj>,
    /// The namespace is another mapping (see `namespace`): names go through its methods.
    mapping: bool,
    nvars: usize,
    nslots: usize,
}

/// `s += t` on two exact strs on top of `cur` (popped; the result is returned), `next` being
/// the instruction after it. When that stores the result back into the variable `s` was read
/// from (CPython's `unicode_concatenate`), the variable's reference is released first — the
/// store replaces it right after, and nothing runs in between — so that a str nobody else
/// holds can grow in place (`str::concat_in_place`): a loop of `s += t` is then linear.
#[inline(never)]
fn add_str_in_place(v: &View, cur: &mut Cursor, next: Instr) -> Value {
    let arg = next.arg as usize;
    match next.op.generic() {
        Op::StoreFast if cur.slot(arg).is(cur.peek(2)) => {
            drop(std::mem::replace(cur.slot_mut(arg), Value::Null));
        }
        Op::StoreName if !v.mapping => release_name(v.locals.unwrap_or(v.globals), v, arg, cur),
        Op::StoreGlobal => release_name(v.globals, v, arg, cur),
        _ => {}
    }
    let b = cur.pop();
    let a = cur.pop();
    crate::objects::strings::str::concat_in_place(a, &b)
}

/// For [`add_str_in_place`]: the namespace `d`'s value of name `arg`, when it is the left
/// operand, is replaced by None (the key stays where it is; the store comes right after).
fn release_name(d: &DictObj, v: &View, arg: usize, cur: &Cursor) {
    let name = &v.code.names[arg];
    let Some(i) = d.index_of_str(name) else {
        return;
    };
    if d.value_at_hint(i, name).is_some_and(|x| x.is(cur.peek(2))) {
        // (the clone `value_at_hint` made is gone: the namespace's reference is the one
        // released here)
        if let Ok(old) = d.replace_at_hint(i, name, Value::None) {
            drop(old);
        }
    }
}

/// The view of `frame`'s code and namespaces.
#[inline(always)]
fn view<'a>(frame: &Frame) -> View<'a> {
    let code = frame.code.downcast::<CodeObj>().expect("a code object");
    let globals = frame
        .globals
        .downcast::<DictObj>()
        .expect("globals is a dict");
    let (locals, mapping) = match &frame.locals {
        Some(l) if l.class().ptr_eq(&types().dict) => {
            (Some(l.downcast::<DictObj>().expect("a dict")), false)
        }
        Some(_) => (None, true),
        None => (None, false),
    };
    // SAFETY: the record holds counted references to its code object and namespaces, so
    // their payloads stay where they are while the frame is active, and the loop uses a
    // view only while its frame is the running one (it takes a new view at every frame
    // switch). The record itself may move (`Vm::frames` grows); the payloads do not.
    let (code, globals, locals) = unsafe {
        (
            &*(code as *const CodeObj),
            &*(globals as *const DictObj),
            locals.map(|l| &*(l as *const DictObj)),
        )
    };
    View {
        code,
        globals,
        locals,
        mapping,
        nvars: code.unit.varnames.len(),
        nslots: code.unit.nslots(),
    }
}

impl Vm {
    /// Runs `code` as a module, class body, `exec` or `eval` frame whose names live in the
    /// namespace `locals`; a class body's closure fills its free variables.
    pub fn run_code(
        &mut self,
        code: &PyRef,
        globals: &PyRef,
        locals: &PyRef,
        closure: Option<&PyRef>,
    ) -> PyResult<Value> {
        self.check_recursion()?;
        let c = code.downcast::<CodeObj>().expect("a code object");
        let u = &c.unit;
        let (mut setup, mark) = self.data.new_frame(u.nslots() + u.max_stack as usize);
        setup.locals(u.varnames.len());
        super::call::push_cells(&mut setup, c, closure);
        let cursor = setup.finish(u.nslots());
        self.push_frame_record(
            code.clone(),
            globals.clone(),
            Some(locals.clone()),
            cursor,
            Some(mark),
        );
        self.run_entry(None)
    }

    /// `-X trace-exec`: the line of instruction `at` (about to run as `instr`), on stderr.
    #[inline(never)]
    #[cold]
    fn trace_instr(&self, code: &CodeObj, at: usize, instr: Instr, cur: &Cursor, nslots: usize) {
        let stack = cur.top_n(cur.depth(nslots));
        let depth = self.frames.len().saturating_sub(1);
        let line = super::trace::line(code, at, instr, depth, stack);
        // (holding the GIL: between two instructions the registers are not saved, so no
        // other thread may run — nor collect — here)
        self.interp.write_stderr_holding_gil(&line);
    }

    /// RecursionError if another frame would pass the recursion limit (which the frames and
    /// the levels of native recursion share, as in CPython 3.11: see `Vm::nested`), or if
    /// the Rust stack is nearly used up (a frame run from native code costs Rust stack).
    #[inline(always)]
    pub(crate) fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.interp.recursion_limit.get()
            || self.stack_low()
        {
            return Err(exc!(recursion_error, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Runs the frame just pushed as the entry frame of a new `run`.
    #[inline]
    pub(crate) fn run_entry(&mut self, mut resume: Option<&mut Resume>) -> PyResult<Value> {
        let n = self.frames.len();
        if n >= 2 {
            // The caller is in a native call: where it is (for its frame object's line).
            self.frames[n - 2].ip = self.next_ip;
        }
        self.frames[n - 1].entry = true;
        // The loop's copies (see `run`): plain, counting, and tracing (which also counts,
        // for `-X opstats` with `-X trace-exec`: a fourth copy is not worth its build time).
        // (`sys.settrace` hooks also run in the tracing copy, which switches back to the
        // plain one when they are unset: `run` then returns with `switch_loop` set)
        let r = loop {
            let r = if super::trace::enabled() || self.hooks.is_some() {
                self.run::<true, true>(resume.as_deref_mut())
            } else if super::opstats::enabled() {
                self.run::<true, false>(resume.as_deref_mut())
            } else {
                self.run::<false, false>(resume.as_deref_mut())
            };
            if !std::mem::take(&mut self.switch_loop) {
                break r;
            }
        };
        if n >= 2 {
            // Back in the caller's native call: where it is, again.
            self.next_ip = self.frames[n - 2].ip;
        }
        r
    }

    /// Runs the top frame, and the frames it calls, until the top frame ends (see the
    /// module docs). A generator's frame that yields returns the yielded value with
    /// `resume.yielded` set.
    ///
    /// Compiled in three copies, so that the normal one pays nothing for the tools:
    /// `STATS` counts for `-X opstats`, `TRACE` writes each instruction for `-X trace-exec`.
    fn run<const STATS: bool, const TRACE: bool>(
        &mut self,
        mut resume: Option<&mut Resume>,
    ) -> PyResult<Value> {
        let interp = self.interp.clone();
        let builtins = &interp.builtins;
        let builtins_dict = builtins.downcast::<DictObj>().expect("builtins is a dict");
        let mut kwnames: Option<PyRef> = None;

        // The registers (see the module docs), loaded from the top record.
        let top = self.frames.last().expect("a frame to run");
        let mut v = view(top);
        let mut cur = top.cursor;
        let mut ip = top.ip;
        let mut instrs: &[Cell<Instr>] = &v.code.instrs;

        // Loads the registers of a frame just pushed (its operand stack is empty, its
        // cursor the one `push_frame_record` was given: taken from the record, which was
        // written field by field, so no wide load meets narrow stores).
        macro_rules! enter_top {
            () => {{
                let top = self.frames.last().expect("a callee frame");
                v = view(top);
                cur = top.cursor;
                ip = 0;
                instrs = &v.code.instrs;
            }};
        }
        // Reloads the registers from the (new) top record.
        macro_rules! load_top {
            () => {{
                let top = self.frames.last().expect("a caller frame");
                v = view(top);
                cur = top.cursor;
                ip = top.ip;
                instrs = &v.code.instrs;
            }};
        }

        // A thrown-in exception raises at the resumption point (as if the instruction
        // before it raised: `ip - 1`, wrapping for a frame that has not started).
        let mut pending: Option<PyErr> = resume.as_deref_mut().and_then(|r| r.throw.take());
        // Set when the next dispatch runs a specialised instruction's generic form.
        let mut generic_once = false;
        if TRACE && pending.is_some() && self.hooks.is_some() {
            // (an exception thrown into a generator: its `call` event first)
            self.next_ip = ip;
            if let Err(e) = self.trace_enter(ip) {
                pending = Some(e);
            }
        }

        loop {
            // `reraise` is set by the instructions that re-raise an exception that already
            // has this frame in its traceback.
            let mut reraise = false;
            let mut err: PyErr = if let Some(e) = pending.take() {
                e
            } else {
                'dispatch: loop {
                    // Whatever may run Python code goes through `tri!`, which first records
                    // where this frame is (`ip`, just past the instruction running): what
                    // the frames it calls and `f_lineno` read (see `frames`).
                    macro_rules! tri {
                        ($e:expr) => {
                            match {
                                self.next_ip = ip;
                                $e
                            } {
                                Ok(v) => v,
                                Err(e) => break 'dispatch e,
                            }
                        };
                    }
                    macro_rules! safepoint {
                        () => {
                            if crate::gil::eval_breaker_set() {
                                tri!(self.safepoint());
                            }
                        };
                    }
                    debug_assert!(ip < instrs.len(), "ip past the end of the code");
                    if TRACE && !generic_once {
                        if self.hooks.is_some() {
                            self.next_ip = ip + 1;
                            if let Err(e) = self.trace_step(ip, &cur) {
                                ip += 1;
                                break 'dispatch e;
                            }
                        } else if kwnames.is_none() && !super::trace::enabled() {
                            // The hooks were unset: back to the plain loop.
                            self.park(ip, &cur);
                            return Ok(Value::Null);
                        }
                    }
                    let mut instr = instrs[ip].get();
                    // A specialised instruction whose guard failed runs its generic form
                    // once (see `deopt!`).
                    let mut fallback = generic_once;
                    if TRACE
                        && self.hooks.is_some()
                        && matches!(
                            instr.op,
                            Op::LoadFastLoadFast
                                | Op::LoadFastLoadConst
                                | Op::LoadConstLoadFast
                                | Op::StoreFastLoadFast
                        )
                    {
                        // (traced, each half is an instruction: it may start a line)
                        fallback = true;
                    }
                    if fallback {
                        generic_once = false;
                        instr.op = instr.op.generic();
                    }
                    let arg = instr.arg as usize;
                    // (where this instruction is: a jump to here or before is a backward one)
                    let at = ip;
                    ip += 1;
                    if TRACE && super::trace::enabled() {
                        self.trace_instr(v.code, at, instr, &cur, v.nslots);
                    }
                    // (the tracing copy also runs for `sys.settrace`, without `-X opstats`)
                    if STATS && !fallback && (!TRACE || super::opstats::enabled()) {
                        let code_ref = &self.frames.last().expect("the running frame").code;
                        super::opstats::executed(instr.op, v.code, code_ref);
                    }
                    macro_rules! cache {
                        () => {
                            &v.code.caches[instr.cache as usize]
                        };
                    }
                    // A local's value for a load (`LOAD_FAST` and the superinstructions that
                    // do one); an unbound one raises UnboundLocalError.
                    macro_rules! local {
                        ($i:expr) => {{
                            let i = $i;
                            match cur.slot(i) {
                                Value::Null => break 'dispatch unbound_local(&v.code.varnames[i]),
                                x => x.clone(),
                            }
                        }};
                    }
                    // Runs this instruction's generic form, as if it were not specialised.
                    macro_rules! generic {
                        () => {{
                            generic_once = true;
                            ip -= 1;
                            continue 'dispatch;
                        }};
                    }
                    // A failed guard: counts the miss (maybe de-specialising), then runs the
                    // generic form.
                    macro_rules! deopt {
                        () => {{
                            quicken::miss::<STATS>(v.code, ip, instr);
                            generic!()
                        }};
                    }
                    // A failed guard of an attribute instruction: the site becomes (or
                    // stays) polymorphic when it can serve this object too; else a miss.
                    macro_rules! poly_or_deopt {
                        () => {{
                            if quicken::poly_miss::<STATS>(v.code, ip, instr, &cur) {
                                generic!()
                            }
                            deopt!()
                        }};
                    }
                    // A generic instruction (not a failed specialised one) counts down to
                    // its next specialisation attempt.
                    macro_rules! adapt {
                        () => {
                            if !fallback {
                                if let Some(c) = v.code.caches.get(instr.cache as usize) {
                                    if c.tick() {
                                        let site = quicken::Site {
                                            code: v.code,
                                            ip,
                                            instr,
                                            globals: v.globals,
                                            builtins: builtins_dict,
                                            kwnames: kwnames.is_some(),
                                        };
                                        quicken::specialise::<STATS>(&site, &cur);
                                    }
                                }
                            }
                        };
                    }
                    let op = instr.op;
                    match op {
                        // ---- Specialised instructions (see `quicken`) ----
                        Op::LoadGlobalModule => {
                            let c = cache!();
                            if v.globals.cached_keys_version() != c.version.get() {
                                deopt!();
                            }
                            cur.push(v.globals.value_at(c.index.get() as usize));
                            continue 'dispatch;
                        }
                        Op::LoadGlobalBuiltin => {
                            let c = cache!();
                            if v.globals.cached_keys_version() != c.version.get()
                                || builtins_dict.cached_keys_version() != c.version2.get()
                            {
                                deopt!();
                            }
                            cur.push(builtins_dict.value_at(c.index.get() as usize));
                            continue 'dispatch;
                        }
                        Op::LoadAttrModule => {
                            let c = cache!();
                            let found = match cur.peek(1) {
                                Value::Obj(o) if o.class().ptr_eq(&types().module) => o
                                    .downcast::<ModuleObj>()
                                    .and_then(|m| m.dict.downcast::<DictObj>())
                                    .filter(|d| d.cached_keys_version() == c.version.get())
                                    .map(|d| d.value_at(c.index.get() as usize)),
                                _ => None,
                            };
                            let Some(x) = found else { deopt!() };
                            drop(cur.replace(1, x));
                        }
                        Op::BinaryOpInt => {
                            if !matches!((cur.peek(2), cur.peek(1)), (Value::Int(_), Value::Int(_)))
                            {
                                deopt!();
                            }
                            match int_fast_path(instr.arg, cur.peek(2), cur.peek(1)) {
                                Some(r) => {
                                    cur.pop();
                                    drop(cur.replace(1, r));
                                    continue 'dispatch;
                                }
                                // Overflow, or an operator done by the generic path.
                                None => generic!(),
                            }
                        }
                        Op::BinaryOpFloat | Op::BinaryOpMixed => {
                            let (a, b) = match (cur.peek(2), cur.peek(1)) {
                                (Value::Float(a), Value::Float(b)) if op == Op::BinaryOpFloat => {
                                    (*a, *b)
                                }
                                (Value::Int(a), Value::Float(b)) if op == Op::BinaryOpMixed => {
                                    (*a as f64, *b)
                                }
                                (Value::Float(a), Value::Int(b)) if op == Op::BinaryOpMixed => {
                                    (*a, *b as f64)
                                }
                                _ => deopt!(),
                            };
                            match float_fast_path(instr.arg, a, b) {
                                // (both operands are immediates: nothing to release)
                                Some(r) if !r.is_nan() => {
                                    cur.pop();
                                    drop(cur.replace(1, Value::Float(r)));
                                    continue 'dispatch;
                                }
                                Some(r) => {
                                    cur.pop();
                                    drop(cur.replace(1, Value::float(r)));
                                    continue 'dispatch;
                                }
                                None => generic!(),
                            }
                        }
                        Op::BinaryOpAddStr => {
                            let strs = matches!((cur.peek(2), cur.peek(1)),
                                (Value::Obj(a), Value::Obj(b))
                                    if a.class().ptr_eq(&types().str)
                                        && b.class().ptr_eq(&types().str));
                            if !strs {
                                deopt!();
                            }
                            let r = if instr.arg >= INPLACE {
                                add_str_in_place(&v, &mut cur, v.code.instrs[ip].get())
                            } else {
                                let r = match (cur.peek(2), cur.peek(1)) {
                                    (Value::Obj(a), Value::Obj(b)) => {
                                        let (x, y) = (str_of(a), str_of(b));
                                        crate::objects::strings::str::concat(
                                            cur.peek(2),
                                            x,
                                            cur.peek(1),
                                            y,
                                        )
                                    }
                                    _ => unreachable!("checked: two strs"),
                                };
                                cur.drop_n(2);
                                r
                            };
                            cur.push(r);
                        }
                        Op::CompareOpInt | Op::CompareOpFloat | Op::CompareOpStr => {
                            let kind = CompareKind::from_arg(instr.arg).expect("valid COMPARE_OP");
                            let ord = match (op, cur.peek(2), cur.peek(1)) {
                                (Op::CompareOpInt, Value::Int(x), Value::Int(y)) => {
                                    x.partial_cmp(y)
                                }
                                (Op::CompareOpFloat, Value::Float(x), Value::Float(y)) => {
                                    x.partial_cmp(y)
                                }
                                (Op::CompareOpStr, Value::Obj(a), Value::Obj(b))
                                    if a.class().ptr_eq(&types().str)
                                        && b.class().ptr_eq(&types().str) =>
                                {
                                    Some(if a.ptr_eq(b) {
                                        std::cmp::Ordering::Equal
                                    } else {
                                        str_of(a).cmp(str_of(b))
                                    })
                                }
                                _ => deopt!(),
                            };
                            // (floats are never NaN here: a NaN is a heap float)
                            let t = ord.is_some_and(|o| {
                                crate::objects::numbers::int::ordering_matches(o, kind)
                            });
                            cur.drop_n(2);
                            // Fused with a following conditional jump: branch directly.
                            let next = instrs[ip].get();
                            match next.op {
                                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                                    ip += 1;
                                    if t == (next.op == Op::PopJumpIfTrue) {
                                        if (next.arg as usize) < ip {
                                            safepoint!();
                                        }
                                        ip = next.arg as usize;
                                    }
                                }
                                _ => cur.push(Value::Bool(t)),
                            }
                            if op != Op::CompareOpStr {
                                continue 'dispatch;
                            }
                            // (the str operands went: their finalizers may run)
                        }
                        Op::BinarySubscrListInt | Op::BinarySubscrTupleInt => {
                            let Value::Int(i) = *cur.peek(1) else {
                                deopt!()
                            };
                            let item = if op == Op::BinarySubscrListInt {
                                let Some(l) = crate::vm::protocol::exact_list(cur.peek(2)) else {
                                    deopt!()
                                };
                                let items = l.items.borrow();
                                index_of(i, items.len()).map(|i| items[i].clone())
                            } else {
                                let Some(t) = crate::vm::protocol::exact_tuple(cur.peek(2)) else {
                                    deopt!()
                                };
                                index_of(i, t.items.len()).map(|i| t.items[i].clone())
                            };
                            let Some(item) = item else {
                                // Out of range: the generic path raises IndexError.
                                generic!()
                            };
                            cur.pop();
                            drop(std::mem::replace(cur.peek_mut(1), item));
                        }
                        Op::BinarySubscrDict => {
                            let Some(d) = crate::vm::protocol::exact_dict(cur.peek(2)) else {
                                deopt!()
                            };
                            let key = cur.peek(1).clone();
                            match tri!(d.get_item(self, &key)) {
                                Some(x) => {
                                    cur.drop_n(2);
                                    cur.push(x);
                                }
                                None => generic!(),
                            }
                        }
                        Op::StoreSubscrListInt => {
                            let Value::Int(i) = *cur.peek(1) else {
                                deopt!()
                            };
                            let Some(l) = crate::vm::protocol::exact_list(cur.peek(2)) else {
                                deopt!()
                            };
                            let len = l.items.borrow().len();
                            let Some(i) = index_of(i, len) else {
                                generic!()
                            };
                            let x = cur.peek(3).clone();
                            let old = std::mem::replace(&mut l.items.borrow_mut()[i], x);
                            cur.drop_n(3);
                            drop(old);
                        }
                        Op::BinarySubscrListSlice => {
                            let (Some(l), Some(sl)) = (
                                crate::vm::protocol::exact_list(cur.peek(2)),
                                cur.peek(1).downcast::<SliceObj>(),
                            ) else {
                                deopt!()
                            };
                            let r = tri!(crate::objects::containers::list::slicing::get_bounds(
                                self, l, &sl.start, &sl.stop, &sl.step
                            ));
                            cur.drop_n(2);
                            cur.push(r);
                        }
                        Op::StoreSubscrListSlice => {
                            let (Some(_), Some(sl)) = (
                                crate::vm::protocol::exact_list(cur.peek(2)),
                                cur.peek(1).downcast::<SliceObj>(),
                            ) else {
                                deopt!()
                            };
                            tri!(crate::objects::containers::list::slicing::assign_bounds(
                                self,
                                cur.peek(2),
                                &sl.start,
                                &sl.stop,
                                &sl.step,
                                Some(cur.peek(3)),
                            ));
                            cur.drop_n(3);
                        }
                        Op::StoreSubscrDict => {
                            if crate::vm::protocol::exact_dict(cur.peek(2)).is_none() {
                                deopt!();
                            }
                            let key = cur.pop();
                            let container = cur.pop();
                            let x = cur.pop();
                            let d = container.downcast::<DictObj>().expect("a dict");
                            tri!(d.set_item(self, key, x));
                        }
                        Op::UnpackSequenceTwoTuple | Op::UnpackSequenceTuple => {
                            let Some(t) = crate::vm::protocol::exact_tuple(cur.peek(1)) else {
                                deopt!()
                            };
                            if t.items.len() != arg {
                                deopt!();
                            }
                            let seq = cur.pop();
                            let t = seq.downcast::<TupleObj>().expect("a tuple");
                            for x in t.items.iter().rev() {
                                cur.push(x.clone());
                            }
                            drop(seq);
                        }
                        Op::UnpackSequenceList => {
                            let Some(l) = crate::vm::protocol::exact_list(cur.peek(1)) else {
                                deopt!()
                            };
                            if l.items.borrow().len() != arg {
                                deopt!();
                            }
                            let seq = cur.pop();
                            let l = seq.downcast::<ListObj>().expect("a list");
                            for x in l.items.borrow().iter().rev() {
                                cur.push(x.clone());
                            }
                            drop(seq);
                        }
                        Op::ForIterRange | Op::ForIterList | Op::ForIterTuple => {
                            use crate::objects::containers::iter;
                            let step = match cur.peek(1) {
                                Value::Obj(o) => match op {
                                    Op::ForIterRange => {
                                        iter::as_range_iter(o).map(|r| r.next_i64().map(Value::Int))
                                    }
                                    Op::ForIterList => iter::next_list(o),
                                    _ => iter::next_tuple(o),
                                },
                                _ => None,
                            };
                            match step {
                                None => deopt!(),
                                Some(Some(x)) => {
                                    cur.push(x);
                                    continue 'dispatch;
                                }
                                Some(None) => {
                                    drop(cur.pop());
                                    ip = arg;
                                }
                            }
                        }
                        Op::ForIterGen => {
                            let g = match cur.peek(1) {
                                Value::Obj(o) if o.class().ptr_eq(&types().generator) => o.clone(),
                                _ => deopt!(),
                            };
                            if !self.enter_inline(&g) {
                                // Running, finished, or suspended in an `except` block.
                                generic!();
                            }
                            drop(g);
                            self.save_caller(ip, &cur);
                            load_top!();
                            continue 'dispatch;
                        }
                        Op::CallPyExact | Op::CallMethodPyExact => {
                            safepoint!();
                            let (nargs, below) =
                                call_layout(&cur, op == Op::CallMethodPyExact, arg);
                            let c = cache!();
                            // (another function of the same kind is called the same way: a
                            // site calling the methods of a few classes stays specialised)
                            let parts = match cur.peek(nargs + 1).downcast::<FunctionObj>() {
                                Some(f)
                                    if kwnames.is_none()
                                        && (f.current_version() == c.version.get()
                                            || super::call::exact_call(f, nargs)) =>
                                {
                                    (f.code(), f.globals.clone(), f.closure.clone())
                                }
                                _ => deopt!(),
                            };
                            let (code_ref, globals, closure) = parts;
                            let pushed = self.push_exact_frame(
                                code_ref,
                                globals,
                                closure.as_ref(),
                                &mut cur,
                                nargs,
                            );
                            cur.drop_n(below);
                            tri!(pushed);
                            self.save_caller(ip, &cur);
                            enter_top!();
                            continue 'dispatch;
                        }
                        Op::CallPyWithDefaults | Op::CallMethodPyWithDefaults => {
                            safepoint!();
                            let (nargs, below) =
                                call_layout(&cur, op == Op::CallMethodPyWithDefaults, arg);
                            let c = cache!();
                            let callee = cur.peek(nargs + 1).clone();
                            let pushed = match callee.downcast::<FunctionObj>() {
                                Some(f)
                                    if kwnames.is_none()
                                        && (f.current_version() == c.version.get()
                                            || super::call::defaults_call(f, nargs).is_some()) =>
                                {
                                    self.push_defaults_frame(f, &mut cur, nargs)
                                }
                                _ => deopt!(),
                            };
                            cur.drop_n(below);
                            drop(callee);
                            tri!(pushed);
                            self.save_caller(ip, &cur);
                            enter_top!();
                            continue 'dispatch;
                        }
                        Op::LoadAttrClass => {
                            let c = cache!();
                            match cur.peek(1) {
                                Value::Obj(o)
                                    if o.class().ptr_eq(&types().type_)
                                        && typecache::current_tag(o) == c.version.get() => {}
                                _ => deopt!(),
                            }
                            // SAFETY: the class still has the version tag the value was found
                            // under, so its MRO still holds the value.
                            let x = unsafe { c.value.get().load() };
                            drop(cur.replace(1, x));
                        }
                        Op::LoadAttrWithHint => {
                            let c = cache!();
                            let name = &v.code.names[arg];
                            let found = match cur.peek(1) {
                                x @ Value::Obj(o)
                                    if typecache::current_tag(x.class()) == c.version.get() =>
                                {
                                    match c.version2.get() {
                                        // A plain instance: by its shape (`objects::classes::instance`).
                                        0 => crate::objects::classes::instance::dict_cell(x)
                                            .and_then(|cell| cell.borrow().clone())
                                            .and_then(|d| {
                                                d.downcast::<DictObj>()?
                                                    .value_at_hint(c.index.get() as usize, name)
                                            }),
                                        shape
                                            if crate::objects::classes::instance::shape_id(o)
                                                == shape =>
                                        {
                                            crate::objects::classes::instance::load_at(
                                                o,
                                                c.index.get(),
                                            )
                                        }
                                        _ => None,
                                    }
                                }
                                _ => None,
                            };
                            let Some(x) = found else { poly_or_deopt!() };
                            drop(cur.replace(1, x));
                        }
                        Op::LoadAttrPoly => {
                            let found = match cur.peek(1) {
                                x @ Value::Obj(o) => cache!()
                                    .poly_entry(
                                        typecache::current_tag(x.class()),
                                        crate::objects::classes::instance::shape_id(o),
                                    )
                                    .and_then(|e| {
                                        crate::objects::classes::instance::load_at(o, e.index.get())
                                    }),
                                _ => None,
                            };
                            let Some(x) = found else { poly_or_deopt!() };
                            drop(cur.replace(1, x));
                        }
                        Op::StoreAttrPoly => {
                            let entry = match cur.peek(1) {
                                x @ Value::Obj(o) => cache!().poly_entry(
                                    typecache::current_tag(x.class()),
                                    crate::objects::classes::instance::shape_id(o),
                                ),
                                _ => None,
                            };
                            let Some(e) = entry else { poly_or_deopt!() };
                            let o = cur.peek(1).as_obj().expect("an instance").clone();
                            let x = cur.peek(2).clone();
                            match crate::objects::classes::instance::store_at(&o, e.index.get(), x)
                            {
                                Ok(()) => cur.drop_n(2),
                                Err(x) => {
                                    drop(x);
                                    deopt!();
                                }
                            }
                        }
                        Op::StoreAttrAdd => {
                            let c = cache!();
                            let (from, to) = (c.version2.get(), c.index.get());
                            let hit = match cur.peek(1) {
                                x @ Value::Obj(o) => {
                                    typecache::current_tag(x.class()) == c.version.get()
                                        && crate::objects::classes::instance::shape_id(o) == from
                                }
                                _ => false,
                            };
                            if !hit {
                                deopt!();
                            }
                            let o = cur.peek(1).as_obj().expect("an instance").clone();
                            let x = cur.peek(2).clone();
                            let name = &v.code.names[arg];
                            match crate::objects::classes::instance::add_at(&o, name, from, to, x) {
                                Ok(()) => cur.drop_n(2),
                                Err(x) => {
                                    drop(x);
                                    deopt!();
                                }
                            }
                        }
                        Op::LoadMethodPoly => {
                            let x = cur.peek(1);
                            let shape = x
                                .as_obj()
                                .map_or(0, crate::objects::classes::instance::shape_id);
                            let entry =
                                cache!().poly_entry(typecache::current_tag(x.class()), shape);
                            let Some(e) = entry else { poly_or_deopt!() };
                            // SAFETY: the object's type still has the version tag the method
                            // was found under, so the type's MRO still holds it.
                            let f = unsafe { e.value.get().load() };
                            let obj = cur.pop();
                            cur.push(f);
                            cur.push(obj);
                            continue 'dispatch;
                        }
                        Op::StoreAttrWithHint => {
                            let c = cache!();
                            let name = &v.code.names[arg];
                            let shape = c.version2.get();
                            if shape != 0 {
                                // A plain instance: by its shape (`objects::classes::instance`).
                                let hit = match cur.peek(1) {
                                    x @ Value::Obj(o) => {
                                        typecache::current_tag(x.class()) == c.version.get()
                                            && crate::objects::classes::instance::shape_id(o)
                                                == shape
                                    }
                                    _ => false,
                                };
                                if !hit {
                                    poly_or_deopt!();
                                }
                                let o = cur.peek(1).as_obj().expect("an instance").clone();
                                let x = cur.peek(2).clone();
                                match crate::objects::classes::instance::store_at(
                                    &o,
                                    c.index.get(),
                                    x,
                                ) {
                                    Ok(()) => cur.drop_n(2),
                                    Err(x) => {
                                        drop(x);
                                        deopt!();
                                    }
                                }
                            } else {
                                let dict = match cur.peek(1) {
                                    x @ Value::Obj(_)
                                        if typecache::current_tag(x.class()) == c.version.get() =>
                                    {
                                        crate::objects::classes::instance::dict_cell(x)
                                            .and_then(|cell| cell.borrow().clone())
                                    }
                                    _ => None,
                                };
                                let Some(dict) = dict else { deopt!() };
                                let d = dict.downcast::<DictObj>().expect("an instance dict");
                                let x = cur.peek(2).clone();
                                match d.replace_at_hint(c.index.get() as usize, name, x) {
                                    Ok(old) => {
                                        cur.drop_n(2);
                                        drop(old);
                                    }
                                    Err(x) => {
                                        drop(x);
                                        deopt!();
                                    }
                                }
                            }
                        }
                        Op::LoadMethodWithDict => {
                            let c = cache!();
                            let name = &v.code.names[arg];
                            let hit = match cur.peek(1) {
                                x @ Value::Obj(o)
                                    if typecache::current_tag(x.class()) == c.version.get() =>
                                {
                                    match c.version2.get() {
                                        0 => crate::objects::classes::instance::dict_cell(x)
                                            .is_some_and(|cell| {
                                                cell.borrow().as_ref().is_none_or(|d| {
                                                    d.downcast::<DictObj>()
                                                        .is_some_and(|d| d.get_str(name).is_none())
                                                })
                                            }),
                                        // A plain instance whose shape lacks the name.
                                        shape => {
                                            crate::objects::classes::instance::shape_id(o) == shape
                                        }
                                    }
                                }
                                _ => false,
                            };
                            if !hit {
                                poly_or_deopt!();
                            }
                            // SAFETY: the object's type still has the version tag the method
                            // was found under, so the type's MRO still holds it.
                            let f = unsafe { c.value.get().load() };
                            let obj = cur.pop();
                            cur.push(f);
                            cur.push(obj);
                            continue 'dispatch;
                        }
                        Op::LoadMethodNoDict => {
                            let c = cache!();
                            if typecache::current_tag(cur.peek(1).class()) != c.version.get() {
                                poly_or_deopt!();
                            }
                            // SAFETY: the object's type still has the version tag the method
                            // was found under, so the type's MRO still holds it.
                            let f = unsafe { c.value.get().load() };
                            let obj = cur.pop();
                            cur.push(f);
                            cur.push(obj);
                            continue 'dispatch;
                        }
                        Op::CallClass => {
                            safepoint!();
                            let c = cache!();
                            let hit = kwnames.is_none()
                                && matches!(cur.peek(arg + 1), Value::Obj(o)
                                    if o.class().ptr_eq(&types().type_)
                                        && typecache::current_tag(o) == c.version.get());
                            if !hit {
                                deopt!();
                            }
                            // SAFETY: the class still has the version tag its `__init__` was
                            // found under, so its MRO still holds it.
                            let init = unsafe { c.value.get().load() };
                            let f = init.downcast::<FunctionObj>().expect("a function");
                            if f.current_version() != c.version2.get() {
                                deopt!();
                            }
                            let (code_ref, globals) = (f.code(), f.globals.clone());
                            let closure = f.closure.clone();
                            drop(init);
                            // `[cls, args]` becomes `[obj, args]`: the instance is `self`.
                            let cls = cur.peek(arg + 1).as_obj().expect("a class").clone();
                            let obj = crate::objects::classes::instance::new_instance(&cls);
                            *cur.peek_mut(arg + 1) = Value::Obj(obj.clone());
                            drop(cls);
                            tri!(self.push_exact_frame(
                                code_ref,
                                globals,
                                closure.as_ref(),
                                &mut cur,
                                arg + 1,
                            ));
                            self.frames
                                .last_mut()
                                .expect("the __init__ frame")
                                .init_self = Some(obj);
                            self.save_caller(ip, &cur);
                            enter_top!();
                            continue 'dispatch;
                        }
                        Op::CallBuiltin | Op::CallMethodBuiltin => {
                            safepoint!();
                            let (nargs, below) =
                                call_layout(&cur, op == Op::CallMethodBuiltin, arg);
                            let b = match cur.peek(nargs + 1).downcast::<BuiltinFunctionObj>() {
                                Some(b) if kwnames.is_none() && b.bound.is_none() => b,
                                _ => deopt!(),
                            };
                            let (func, counted) = (b.func, b.counted);
                            // (where this frame is, for what the builtin may run: `tri!`)
                            self.next_ip = ip;
                            let args = Args::positional(cur.top_n(nargs));
                            if let Err(e) = b.check(&args) {
                                tri!(Err(e));
                            }
                            let r = if counted {
                                self.nested(super::protocol::CALLING, |vm| func(vm, args))
                            } else {
                                func(self, args)
                            };
                            cur.drop_n(nargs + below);
                            cur.push(tri!(r));
                        }
                        // ---- Superinstructions (see `quicken`): both halves, one dispatch ----
                        Op::LoadFastLoadFast | Op::LoadFastLoadConst => {
                            let x = local!(arg);
                            cur.push(x);
                            let second = instrs[ip].get();
                            ip += 1;
                            let y = if op == Op::LoadFastLoadConst {
                                v.code.consts[second.arg as usize].clone()
                            } else {
                                local!(second.arg as usize)
                            };
                            cur.push(y);
                            continue 'dispatch;
                        }
                        Op::LoadConstLoadFast => {
                            cur.push(v.code.consts[arg].clone());
                            let second = instrs[ip].get();
                            ip += 1;
                            let y = local!(second.arg as usize);
                            cur.push(y);
                            continue 'dispatch;
                        }
                        Op::StoreFastLoadFast => {
                            let x = cur.pop();
                            let old = std::mem::replace(cur.slot_mut(arg), x);
                            if matches!(old, Value::Obj(_)) {
                                // (the old value may have been the last reference: its
                                // finalizer runs before the next instruction)
                                drop(old);
                                if crate::gil::eval_breaker_set() {
                                    tri!(self.safepoint());
                                }
                            }
                            let second = instrs[ip].get();
                            ip += 1;
                            let y = local!(second.arg as usize);
                            cur.push(y);
                            continue 'dispatch;
                        }
                        // ---- Generic instructions ----
                        Op::Nop => {}
                        Op::PopTop => {
                            drop(cur.pop());
                        }
                        Op::RotTwo => cur.top_n_mut(2).swap(0, 1),
                        Op::RotThree => cur.top_n_mut(3).rotate_right(1),
                        Op::RotFour => cur.top_n_mut(4).rotate_right(1),
                        Op::DupTop => {
                            let x = cur.peek(1).clone();
                            cur.push(x);
                        }
                        Op::DupTopTwo => {
                            let (a, b) = (cur.peek(2).clone(), cur.peek(1).clone());
                            cur.push(a);
                            cur.push(b);
                        }
                        Op::LoadConst => {
                            cur.push(v.code.consts[arg].clone());
                            continue 'dispatch;
                        }
                        Op::LoadFast => {
                            let x = local!(arg);
                            cur.push(x);
                            continue 'dispatch;
                        }
                        Op::StoreFast => {
                            let x = cur.pop();
                            let old = std::mem::replace(cur.slot_mut(arg), x);
                            if !matches!(old, Value::Obj(_)) {
                                continue 'dispatch;
                            }
                            drop(old);
                        }
                        Op::DeleteFast => {
                            let old = std::mem::replace(cur.slot_mut(arg), Value::Null);
                            if old.is_null() {
                                break 'dispatch unbound_local(&v.code.varnames[arg]);
                            }
                            drop(old);
                        }
                        Op::LoadDeref | Op::LoadClassDeref => {
                            if op == Op::LoadClassDeref {
                                let name = deref_name(v.code, arg);
                                let found = match v.locals {
                                    Some(d) => d.get_str(&name),
                                    None if v.mapping => tri!(self.load_from_namespace(&name)),
                                    None => None,
                                };
                                if let Some(x) = found {
                                    cur.push(x);
                                    continue 'dispatch;
                                }
                            }
                            let x = cell_get(cur.slot(v.nvars + arg));
                            if x.is_null() {
                                break 'dispatch unbound_deref(self, v.code, arg, builtins);
                            }
                            cur.push(x);
                        }
                        Op::StoreDeref => {
                            let x = cur.pop();
                            let old = cell_set(cur.slot(v.nvars + arg), x);
                            drop(old);
                        }
                        Op::DeleteDeref => {
                            let old = cell_set(cur.slot(v.nvars + arg), Value::Null);
                            if old.is_null() {
                                break 'dispatch unbound_deref(self, v.code, arg, builtins);
                            }
                        }
                        Op::LoadClosure => {
                            let cell = cur.slot(v.nvars + arg).clone();
                            cur.push(cell);
                        }
                        Op::LoadGlobal => {
                            adapt!();
                            let name = &v.code.names[arg];
                            match v
                                .globals
                                .get_str(name)
                                .or_else(|| builtins_dict.get_str(name))
                            {
                                Some(x) => cur.push(x),
                                None => break 'dispatch name_error(self, name, v.code, builtins),
                            }
                            continue 'dispatch;
                        }
                        Op::StoreGlobal => {
                            let x = cur.pop();
                            drop(v.globals.set_str(v.code.names[arg].clone(), x));
                        }
                        Op::DeleteGlobal => {
                            if v.globals.del_str(&v.code.names[arg]).is_none() {
                                break 'dispatch name_error(
                                    self,
                                    &v.code.names[arg],
                                    v.code,
                                    builtins,
                                );
                            }
                        }
                        Op::LoadName => {
                            let name = &v.code.names[arg];
                            let local = match v.locals {
                                Some(d) => d.get_str(name),
                                None if v.mapping => tri!(self.load_from_namespace(name)),
                                None => None,
                            };
                            let found = local
                                .or_else(|| v.globals.get_str(name))
                                .or_else(|| builtins_dict.get_str(name));
                            match found {
                                Some(x) => cur.push(x),
                                None => break 'dispatch name_error(self, name, v.code, builtins),
                            }
                        }
                        Op::StoreName => {
                            let x = cur.pop();
                            if v.mapping {
                                tri!(self.store_in_namespace(&v.code.names[arg], x));
                            } else {
                                let d = v.locals.unwrap_or(v.globals);
                                drop(d.set_str(v.code.names[arg].clone(), x));
                            }
                        }
                        Op::DeleteName => {
                            let deleted = if v.mapping {
                                tri!(self.delete_from_namespace(&v.code.names[arg]))
                            } else {
                                let d = v.locals.unwrap_or(v.globals);
                                d.del_str(&v.code.names[arg]).is_some()
                            };
                            if !deleted {
                                break 'dispatch name_error(
                                    self,
                                    &v.code.names[arg],
                                    v.code,
                                    builtins,
                                );
                            }
                        }
                        Op::LoadAttr => {
                            adapt!();
                            let obj = cur.pop();
                            let x = tri!(self.getattr(&obj, &v.code.names[arg]));
                            cur.push(x);
                        }
                        Op::StoreAttr => {
                            adapt!();
                            let obj = cur.pop();
                            let x = cur.pop();
                            tri!(self.setattr(&obj, &v.code.names[arg], Some(x)));
                        }
                        Op::DeleteAttr => {
                            let obj = cur.pop();
                            tri!(self.setattr(&obj, &v.code.names[arg], None));
                        }
                        Op::LoadMethod => {
                            adapt!();
                            let obj = cur.pop();
                            match tri!(self.load_method(&obj, &v.code.names[arg])) {
                                Some(func) => {
                                    cur.push(func);
                                    cur.push(obj);
                                }
                                None => {
                                    let attr = tri!(self.getattr(&obj, &v.code.names[arg]));
                                    cur.push(Value::Null);
                                    cur.push(attr);
                                }
                            }
                        }
                        Op::BinarySubscr => {
                            adapt!();
                            let key = cur.pop();
                            let container = cur.pop();
                            let x = tri!(self.subscript_fast(&container, &key));
                            cur.push(x);
                        }
                        Op::StoreSubscr => {
                            adapt!();
                            let key = cur.pop();
                            let container = cur.pop();
                            let x = cur.pop();
                            tri!(self.setitem(&container, &key, x));
                        }
                        Op::DeleteSubscr => {
                            let key = cur.pop();
                            let container = cur.pop();
                            tri!(self.delitem(&container, &key));
                        }
                        Op::BuildSlice => {
                            let step = if arg == 3 { cur.pop() } else { Value::None };
                            let stop = cur.pop();
                            let start = cur.pop();
                            let s = PyRef::new(&types().slice, SliceObj { start, stop, step });
                            cur.push(Value::Obj(s));
                        }
                        Op::UnaryPositive | Op::UnaryNegative | Op::UnaryNot | Op::UnaryInvert => {
                            let x = cur.pop();
                            let uop = match op {
                                Op::UnaryPositive => UnaryOp::UAdd,
                                Op::UnaryNegative => UnaryOp::USub,
                                Op::UnaryNot => UnaryOp::Not,
                                _ => UnaryOp::Invert,
                            };
                            let r = match (&x, uop) {
                                (Value::Int(i), UnaryOp::USub) if *i != i64::MIN => Value::Int(-i),
                                (Value::Bool(b), UnaryOp::Not) => Value::Bool(!b),
                                _ => tri!(self.unary_op(uop, &x)),
                            };
                            cur.push(r);
                        }
                        Op::BinaryOp => {
                            adapt!();
                            // Small ints: computed in place on the stack.
                            if let Some(r) = int_fast_path(instr.arg, cur.peek(2), cur.peek(1)) {
                                cur.pop();
                                drop(cur.replace(1, r));
                                continue 'dispatch;
                            }
                            let b = cur.pop();
                            let a = cur.pop();
                            let (op, inplace) = binary_op_from_arg(instr.arg)
                                .expect("compiler emits valid BINARY_OP args");
                            let r = tri!(self.binary_op(op, &a, &b, inplace));
                            cur.push(r);
                        }
                        Op::CompareOp => {
                            adapt!();
                            let kind = CompareKind::from_arg(instr.arg).expect("valid COMPARE_OP");
                            if let (Value::Int(x), Value::Int(y)) = (cur.peek(2), cur.peek(1)) {
                                let t = match kind {
                                    CompareKind::Lt => x < y,
                                    CompareKind::Le => x <= y,
                                    CompareKind::Eq => x == y,
                                    CompareKind::Ne => x != y,
                                    CompareKind::Gt => x > y,
                                    CompareKind::Ge => x >= y,
                                };
                                cur.pop();
                                cur.pop();
                                // Fused with a following conditional jump: branch directly.
                                let next = instrs[ip].get();
                                match next.op {
                                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                                        ip += 1;
                                        if t == (next.op == Op::PopJumpIfTrue) {
                                            if (next.arg as usize) < ip {
                                                safepoint!();
                                            }
                                            ip = next.arg as usize;
                                        }
                                    }
                                    _ => cur.push(Value::Bool(t)),
                                }
                                continue 'dispatch;
                            }
                            let b = cur.pop();
                            let a = cur.pop();
                            let r = tri!(self.compare(&a, &b, kind));
                            cur.push(r);
                        }
                        Op::IsOp => {
                            let b = cur.pop();
                            let a = cur.pop();
                            cur.push(Value::Bool(a.is(&b) != (arg == 1)));
                        }
                        Op::ContainsOp => {
                            let container = cur.pop();
                            let item = cur.pop();
                            let r = tri!(self.contains(&container, &item));
                            cur.push(Value::Bool(r != (arg == 1)));
                        }
                        Op::BuildTuple => {
                            let t = TupleObj::new_ref_cloned(cur.top_n(arg));
                            cur.drop_n(arg);
                            cur.push(Value::Obj(t));
                        }
                        Op::BuildList => {
                            let mut items = Vec::with_capacity(arg);
                            cur.pop_n_into(arg, &mut items);
                            cur.push(Value::Obj(ListObj::new_ref(items)));
                        }
                        Op::BuildSet => {
                            let mut items: SmallVec<[Value; 8]> = SmallVec::new();
                            cur.pop_n_into(arg, &mut items);
                            let set = SetObj::new_set();
                            let s = set.downcast::<SetObj>().expect("a set");
                            for item in items {
                                tri!(s.add(self, item));
                            }
                            cur.push(Value::Obj(set));
                        }
                        Op::BuildMap => {
                            let mut items: SmallVec<[Value; 8]> = SmallVec::new();
                            cur.pop_n_into(2 * arg, &mut items);
                            let d = DictObj::new_ref();
                            let dict = d.downcast::<DictObj>().expect("dict");
                            let mut it = items.into_iter();
                            while let (Some(k), Some(x)) = (it.next(), it.next()) {
                                tri!(dict.set_item(self, k, x));
                            }
                            cur.push(Value::Obj(d));
                        }
                        Op::BuildConstKeyMap => {
                            let keys = cur.pop();
                            let mut values: SmallVec<[Value; 8]> = SmallVec::new();
                            cur.pop_n_into(arg, &mut values);
                            let d = DictObj::new_ref();
                            let dict = d.downcast::<DictObj>().expect("dict");
                            let keys = keys.downcast::<TupleObj>().expect("const keys tuple");
                            for (k, x) in keys.items.iter().zip(values) {
                                tri!(dict.set_item(self, k.clone(), x));
                            }
                            cur.push(Value::Obj(d));
                        }
                        Op::ListAppend | Op::ListExtend => {
                            let x = cur.pop();
                            let target = cur.peek(arg).clone();
                            let list = target.downcast::<ListObj>().expect("a list");
                            if op == Op::ListAppend {
                                list.items.borrow_mut().push(x);
                            } else {
                                tri!(self.list_extend(list, &x));
                            }
                        }
                        Op::SetAdd | Op::SetUpdate => {
                            let x = cur.pop();
                            let target = cur.peek(arg).clone();
                            let s = target.downcast::<SetObj>().expect("a set");
                            if op == Op::SetAdd {
                                tri!(s.add(self, x));
                            } else {
                                tri!(s.update(self, &x));
                            }
                        }
                        Op::MapAdd => {
                            let x = cur.pop();
                            let k = cur.pop();
                            let target = cur.peek(arg).clone();
                            let dict = target.downcast::<DictObj>().expect("a dict");
                            tri!(dict.set_item(self, k, x));
                        }
                        Op::DictUpdate | Op::DictMerge => {
                            let src = cur.pop();
                            let target = cur.peek(arg).clone();
                            // In a call (`f(**m)`), the callable sits below the positional
                            // arguments' tuple: errors name it.
                            let func = match op {
                                Op::DictMerge => Some(cur.peek(arg + 2).clone()),
                                _ => None,
                            };
                            tri!(self.dict_update(&target, &src, func.as_ref()));
                        }
                        Op::ListToTuple => {
                            let x = cur.pop();
                            let items = x.downcast::<ListObj>().expect("a list").items.take();
                            cur.push(Value::Obj(TupleObj::new_ref(items)));
                        }
                        Op::FormatValue => {
                            let spec = if arg & 4 != 0 { Some(cur.pop()) } else { None };
                            let x = cur.pop();
                            let x = match arg & 3 {
                                1 => Value::Obj(tri!(self.str(&x))),
                                2 => Value::Obj(tri!(self.repr(&x))),
                                3 => {
                                    let r = tri!(self.repr_string(&x));
                                    Value::Obj(new_str(crate::objects::strings::str::ascii_escape(
                                        &r,
                                    )))
                                }
                                _ => x,
                            };
                            let s = tri!(self.format(&x, spec.as_ref()));
                            cur.push(Value::Obj(s));
                        }
                        Op::BuildString => {
                            let mut s = String::new();
                            for p in cur.top_n(arg) {
                                s.push_str(as_str(p).unwrap_or(""));
                            }
                            cur.drop_n(arg);
                            cur.push(Value::Obj(new_str(s)));
                        }
                        Op::UnpackSequence => {
                            adapt!();
                            let seq = cur.pop();
                            tri!(self.unpack(&mut cur, &seq, arg, None));
                        }
                        Op::UnpackEx => {
                            let seq = cur.pop();
                            tri!(self.unpack(&mut cur, &seq, arg & 0xff, Some(arg >> 8)));
                        }
                        Op::MatchSequence => {
                            let b = self.match_sequence(cur.peek(1));
                            cur.push(Value::Bool(b));
                        }
                        Op::MatchMapping => {
                            let b = self.match_mapping(cur.peek(1));
                            cur.push(Value::Bool(b));
                        }
                        Op::GetLen => {
                            let x = cur.peek(1).clone();
                            let n = tri!(self.len(&x));
                            cur.push(Value::Int(n as i64));
                        }
                        Op::MatchKeys => {
                            let (s, k) = (cur.peek(2).clone(), cur.peek(1).clone());
                            let r = tri!(self.match_keys(&s, &k));
                            cur.push(r);
                        }
                        Op::CopyDictWithoutKeys => {
                            let k = cur.pop();
                            let s = cur.pop();
                            let r = tri!(self.copy_dict_without_keys(&s, &k));
                            cur.push(r);
                        }
                        Op::MatchClass => {
                            let names = cur.pop();
                            let cls = cur.pop();
                            let s = cur.pop();
                            let r = tri!(self.match_class(&s, &cls, &names, arg));
                            cur.push(r);
                        }
                        // Jumps reach the safepoint below (backward ones must: it is where a
                        // loop hands over the GIL).
                        Op::Jump => ip = arg,
                        Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                            let x = cur.pop();
                            let t = match x {
                                Value::Bool(b) => b,
                                Value::Int(i) => i != 0,
                                Value::None => false,
                                _ => tri!(self.truthy(&x)),
                            };
                            if t == (op == Op::PopJumpIfTrue) {
                                ip = arg;
                            }
                        }
                        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                            let t = {
                                let x = cur.peek(1).clone();
                                tri!(self.truthy(&x))
                            };
                            if t == (op == Op::JumpIfTrueOrPop) {
                                ip = arg;
                            } else {
                                drop(cur.pop());
                            }
                        }
                        Op::GetIter => {
                            let x = cur.pop();
                            let it = tri!(self.iter(&x));
                            cur.push(it);
                        }
                        Op::ForIter => {
                            adapt!();
                            // range/list/tuple iterators step without a slot call or allocation.
                            let fast = match cur.peek(1) {
                                Value::Obj(o) => crate::objects::containers::iter::fast_next(o),
                                _ => None,
                            };
                            let step = match fast {
                                Some(step) => step,
                                None => {
                                    let it = cur.peek(1).clone();
                                    tri!(self.next(&it))
                                }
                            };
                            match step {
                                Some(x) => cur.push(x),
                                None => {
                                    drop(cur.pop());
                                    ip = arg;
                                }
                            }
                        }
                        Op::ReturnValue => {
                            if TRACE && self.hooks.is_some() {
                                self.next_ip = ip;
                                let top = cur.peek(1).clone();
                                tri!(self.trace_exit(&top));
                            }
                            let mut x = cur.pop();
                            let mut frame = self.end_frame(&mut cur, ip);
                            if let Some(obj) = frame.init_self.take() {
                                // A class call's `__init__`: the call gives the instance.
                                if !x.is_none() {
                                    let e = exc!(
                                        type_error,
                                        "__init__() should return None, not '{}'",
                                        x.type_name()
                                    );
                                    drop((frame, obj, x));
                                    load_top!();
                                    break 'dispatch e;
                                }
                                x = Value::Obj(obj);
                                // (its class learns how much room its instances need)
                                crate::objects::classes::instance::note_initialized(&x);
                            }
                            if frame.entry {
                                return Ok(x);
                            }
                            if let Some(g) = frame.generator.take() {
                                // An inline-resumed generator returned: the `FOR_ITER` that
                                // resumed it ends its loop (the value is dropped).
                                self.finish_inline(&g, None);
                                drop((frame, g, x));
                                load_top!();
                                drop(cur.pop());
                                ip = instrs[ip - 1].get().arg as usize;
                                continue 'dispatch;
                            }
                            drop(frame);
                            load_top!();
                            cur.push(x);
                            // The callee's locals went: their finalizers run here.
                        }
                        Op::SetupFinally => self.blocks.push(Block::Try {
                            handler: arg,
                            level: cur.depth(v.nslots),
                        }),
                        Op::PopBlock => {
                            self.blocks.pop();
                        }
                        Op::PopExcept => {
                            if let Some(Block::ExceptHandler { prev }) = self.blocks.pop() {
                                self.handled = prev;
                            }
                        }
                        Op::Reraise => {
                            let x = cur.pop();
                            reraise = true;
                            break 'dispatch as_exception(x);
                        }
                        Op::RaiseVarargs if arg == 3 => {
                            let rest = cur.pop();
                            let raised = cur.pop();
                            let orig = cur.pop();
                            let left = crate::vm::except_star::prep_reraise_star(
                                self, &orig, &raised, rest,
                            );
                            if let Some(e) = tri!(left) {
                                reraise = true;
                                break 'dispatch as_exception(e);
                            }
                        }
                        Op::RaiseVarargs => {
                            let cause = if arg == 2 { Some(cur.pop()) } else { None };
                            if arg == 0 {
                                match self.handled.clone() {
                                    Some(e) => {
                                        reraise = true;
                                        break 'dispatch e;
                                    }
                                    None => {
                                        break 'dispatch exc!(
                                            runtime_error,
                                            "No active exception to reraise"
                                        )
                                    }
                                }
                            }
                            let x = cur.pop();
                            let e = tri!(self.make_exception(x));
                            // Raised anew: chained here, wherever it came from before.
                            e.exc().clear_flag(flag::CONTEXT_SET);
                            if let Some(cause) = cause {
                                let cause = match cause {
                                    Value::None => Value::None,
                                    c if is_exception_or_class(&c) => {
                                        Value::Obj(tri!(self.make_exception(c)).into_exc())
                                    }
                                    _ => {
                                        break 'dispatch exc!(
                                            type_error,
                                            "exception causes must derive from BaseException"
                                        )
                                    }
                                };
                                let p = e.payload();
                                *p.cause.borrow_mut() = cause;
                                p.suppress_context.set(true);
                            }
                            break 'dispatch e;
                        }
                        Op::JumpIfNotExcMatch => {
                            let ty = cur.pop();
                            let e = cur.pop();
                            if !tri!(self.exception_matches(&e, &ty)) {
                                ip = arg;
                            }
                        }
                        Op::CheckEgMatch => {
                            let ty = cur.pop();
                            let rest = cur.pop();
                            match tri!(crate::vm::except_star::check_eg_match(self, &rest, &ty)) {
                                Some((rest, matched)) => {
                                    let old = self.handled.replace(PyErr::from_instance(
                                        matched.as_obj().expect("an exception").clone(),
                                    ));
                                    drop(old);
                                    cur.push(rest);
                                    cur.push(matched);
                                }
                                None => {
                                    cur.push(rest);
                                    ip = arg;
                                }
                            }
                        }
                        Op::LoadAssertionError => {
                            cur.push(Value::Obj(types().exc.assertion_error.clone()))
                        }
                        Op::SetupWith => {
                            let mgr = cur.pop();
                            let enter = tri!(self.special_method(&mgr, "__enter__"));
                            let exit = tri!(self.special_method(&mgr, "__exit__"));
                            let entered = tri!(self.call(&enter, Args::positional(&[])));
                            cur.push(exit);
                            self.blocks.push(Block::Try {
                                handler: arg,
                                level: cur.depth(v.nslots),
                            });
                            cur.push(entered);
                        }
                        Op::WithExceptStart => {
                            let e = cur.peek(1).clone();
                            let exit = cur.peek(2).clone();
                            let ty = Value::Obj(e.class().clone());
                            // (`__exit__(type, value, value.__traceback__)`)
                            let tb = e
                                .downcast::<crate::objects::exceptions::exception::ExceptionObj>()
                                .and_then(|x| x.traceback_object())
                                .map_or(Value::None, Value::Obj);
                            let r = tri!(self.call(&exit, Args::positional(&[ty, e, tb])));
                            cur.push(r);
                        }
                        Op::MakeFunction => {
                            let globals = self.frames.last().expect("a frame").globals.clone();
                            let f = tri!(self.make_function(&mut cur, instr.arg, &globals));
                            cur.push(Value::Obj(f));
                        }
                        Op::KwNames => {
                            kwnames = v.code.consts[arg].as_obj().cloned();
                        }
                        Op::CallFunction | Op::CallMethod => {
                            adapt!();
                            safepoint!();
                            // `[callable, args]`, or for CALL_METHOD `[Null, callable, args]`
                            // / `[method, self, args]`.
                            let mut nargs = arg;
                            let mut below = 1; // values under the arguments to pop after
                            if op == Op::CallMethod {
                                if cur.peek(arg + 2).is_null() {
                                    below = 2;
                                } else {
                                    nargs += 1;
                                }
                            }
                            let kw = kwnames.take();
                            let callee = cur.peek(nargs + 1).clone();
                            if let Some(f) = callee.downcast::<FunctionObj>() {
                                let code_ref = f.code();
                                if !super::call::makes_generator(&code_ref) {
                                    // A Python function: its frame runs in this loop. The
                                    // arguments are consumed (moved into the callee's slots);
                                    // then the callable and the marker under it go.
                                    let pushed = self.push_call_frame(
                                        f,
                                        code_ref,
                                        &mut cur,
                                        nargs,
                                        kw.as_ref(),
                                    );
                                    cur.drop_n(below);
                                    drop(callee);
                                    tri!(pushed);
                                    self.save_caller(ip, &cur);
                                    enter_top!();
                                    continue 'dispatch;
                                }
                            }
                            let names: &[Value] = match &kw {
                                Some(t) => {
                                    &t.downcast::<TupleObj>()
                                        .expect("KW_NAMES names a tuple")
                                        .items
                                }
                                None => &[],
                            };
                            // (the arguments are borrowed from the stack, so not in `tri!`)
                            self.next_ip = ip;
                            let r = self.call(&callee, Args::new(cur.top_n(nargs), names));
                            cur.drop_n(nargs + below);
                            drop(callee);
                            cur.push(tri!(r));
                        }
                        Op::CallFunctionEx => {
                            let kwargs = if arg & 1 != 0 { Some(cur.pop()) } else { None };
                            let args = cur.pop();
                            let func = cur.pop();
                            let r = tri!(self.call_ex(&func, &args, kwargs.as_ref()));
                            cur.push(r);
                        }
                        Op::ImportName => {
                            let fromlist = cur.pop();
                            let level = match cur.pop() {
                                Value::Int(l) => l,
                                _ => 0,
                            };
                            let hook = builtins_dict.get_str(crate::interned!("__import__"));
                            let m = match hook {
                                Some(f) if !super::import::is_builtin_import(&f) => {
                                    // A replaced `builtins.__import__` gets the call.
                                    let top = self.frames.last().expect("the running frame");
                                    let globals = Value::Obj(top.globals.clone());
                                    // CPython passes f_locals: the namespace of a module,
                                    // class or exec frame, None in a function.
                                    let optimized = v.code.unit.flags
                                        & crate::bytecode::code::flags::OPTIMIZED
                                        != 0;
                                    let locals = match &top.locals {
                                        Some(l) => Value::Obj(l.clone()),
                                        None if optimized => Value::None,
                                        None => globals.clone(),
                                    };
                                    let name = Value::Obj(v.code.names[arg].clone());
                                    let call = [name, globals, locals, fromlist, Value::Int(level)];
                                    tri!(self.call(&f, Args::positional(&call)))
                                }
                                Some(_) => {
                                    let name = str_of(&v.code.names[arg]);
                                    tri!(self.import_name(name, &fromlist, level, Some(v.globals)))
                                }
                                None => tri!(Err(exc!(import_error, "__import__ not found"))),
                            };
                            cur.push(m);
                        }
                        Op::ImportFrom => {
                            let module = cur.peek(1).clone();
                            let x = tri!(self.import_from(&module, &v.code.names[arg]));
                            cur.push(x);
                        }
                        Op::ImportStar => {
                            let module = cur.pop();
                            if v.mapping {
                                tri!(self.import_star_into_namespace(&module));
                            } else {
                                let top = self.frames.last().expect("the running frame");
                                let ns = top.locals.as_ref().unwrap_or(&top.globals);
                                let ns = Value::Obj(ns.clone());
                                tri!(self.import_star(&module, &ns));
                            }
                        }
                        Op::SetupAnnotations => {
                            if v.mapping {
                                tri!(self.setup_namespace_annotations());
                            } else {
                                let d = v.locals.unwrap_or(v.globals);
                                let key = crate::objects::strings::str::intern("__annotations__");
                                if d.get_str(&key).is_none() {
                                    d.set_str(key, Value::Obj(DictObj::new_ref()));
                                }
                            }
                        }
                        Op::YieldValue | Op::YieldFrom | Op::Send => {
                            let mut x = cur.pop();
                            if op != Op::YieldValue {
                                // One step of the sub-iterator: what it yields is yielded on and
                                // this instruction runs again on resumption.
                                let sub = cur.peek(1).clone();
                                match tri!(self.yield_from_step(&sub, x)) {
                                    Ok(y) => (x, ip) = (y, ip - 1),
                                    Err(result) => {
                                        drop(std::mem::replace(cur.peek_mut(1), result));
                                        continue 'dispatch;
                                    }
                                }
                            }
                            self.next_ip = ip;
                            if TRACE && self.hooks.is_some() {
                                if let Err(e) = self.trace_exit(&x) {
                                    drop(x);
                                    break 'dispatch e;
                                }
                            }
                            if !self.frames.last().expect("the generator's frame").entry {
                                // A generator resumed inline by `FOR_ITER_GEN`: back to the
                                // loop that resumed it, with the value.
                                let frame = self.frames.pop().expect("the generator's frame");
                                let blocks: Blocks = self.blocks.split_off(frame.block_base);
                                let g = frame.generator.clone().expect("an inline generator");
                                self.suspend_inline(&g, ip, &cur, blocks);
                                drop((frame, g));
                                load_top!();
                                cur.push(x);
                                continue 'dispatch;
                            }
                            let Some(r) = resume.as_deref_mut() else {
                                break 'dispatch exc!(
                                    system_error,
                                    "yield outside a generator frame"
                                );
                            };
                            let frame = self.frames.pop().expect("the generator's frame");
                            debug_assert!(frame.entry && frame.mark.is_none());
                            r.ip = ip;
                            r.blocks = self.blocks.split_off(frame.block_base);
                            r.cursor = Some(cur);
                            r.yielded = true;
                            return Ok(x);
                        }
                        Op::GetYieldFromIter => {
                            let x = cur.pop();
                            let it = tri!(self.yield_from_iter(x, v.code));
                            cur.push(it);
                        }
                        Op::GetAwaitable => {
                            let x = cur.pop();
                            let it = tri!(self.get_awaitable(&x, arg));
                            cur.push(it);
                        }
                        Op::GetAiter => {
                            let x = cur.pop();
                            let it = tri!(self.get_aiter(&x));
                            cur.push(it);
                        }
                        Op::GetAnext => {
                            let aiter = cur.peek(1).clone();
                            let awaitable = tri!(self.get_anext(&aiter));
                            cur.push(awaitable);
                        }
                        Op::EndAsyncFor => {
                            let e = cur.pop();
                            if !self.ends_async_for(&e) {
                                reraise = true;
                                break 'dispatch as_exception(e);
                            }
                            drop(cur.pop());
                            if let Some(Block::ExceptHandler { prev }) = self.blocks.pop() {
                                self.handled = prev;
                            }
                        }
                        Op::BeforeAsyncWith => {
                            let mgr = cur.pop();
                            let (exit, entered) = tri!(self.before_async_with(&mgr));
                            cur.push(exit);
                            cur.push(entered);
                        }
                        Op::SetupAsyncWith => {
                            // (the try block's level is below the entered value)
                            self.blocks.push(Block::Try {
                                handler: arg,
                                level: cur.depth(v.nslots) - 1,
                            });
                        }
                        Op::PrintExpr => {
                            let x = cur.pop();
                            tri!(crate::modules::sys::call_displayhook(self, x));
                        }
                        Op::LoadBuildClass => {
                            match builtins_dict.get_str(crate::interned!("__build_class__")) {
                                Some(f) => cur.push(f),
                                None => {
                                    break 'dispatch exc!(name_error, "__build_class__ not found")
                                }
                            }
                        }
                    }
                    // The safepoint after every instruction that may have released a reference
                    // (those that cannot — loads, the small-int fast paths — `continue` past
                    // it): a finalizer the instruction's decrements queued runs before the next
                    // instruction, as CPython runs it inside the decrement (see `finalize`).
                    // The GIL changes hands only where CPython's loop lets it, at backward
                    // jumps (here) and calls (at their start): between a load and its store
                    // (`obj.n += 1`) no other thread runs, as in CPython.
                    if crate::gil::eval_breaker_set() {
                        if !TRACE && self.hooks.is_some() && kwnames.is_none() {
                            // A hook was set: on in the tracing loop.
                            self.park(ip, &cur);
                            return Ok(Value::Null);
                        }
                        if ip <= at {
                            // A backward jump: what a signal handler raises here is raised
                            // by the jump (its line, its handler), not where it lands.
                            self.next_ip = at + 1;
                            if let Err(e) = self.safepoint() {
                                ip = at + 1;
                                break 'dispatch e;
                            }
                        } else {
                            tri!(self.safepoint_in_place());
                        }
                    }
                }
            };

            // Unwinding: find a handler in this frame, or end it and go on in its caller.
            let mut record = !reraise;
            loop {
                if record {
                    self.next_ip = ip;
                    let top = self.frames.len() - 1;
                    let entry = TracebackEntry {
                        frame: self.frame_object(top),
                        ip: ip.wrapping_sub(1),
                    };
                    err.payload().push_traceback(entry);
                    self.chain_context(&err);
                    if TRACE && self.hooks.is_some() {
                        if let Err(e) = self.trace_exception(&err) {
                            // (the hook's exception replaces the one raised)
                            err = e;
                            continue;
                        }
                    }
                }
                if let Some(handler) = self.catch(&err, &mut cur, v.nslots) {
                    ip = handler;
                    break;
                }
                if TRACE && self.hooks.is_some() {
                    self.next_ip = ip;
                    if let Err(e) = self.trace_exit(&Value::None) {
                        err = e;
                    }
                }
                let mut frame = self.end_frame(&mut cur, ip);
                if frame.entry {
                    return Err(err);
                }
                if let Some(g) = frame.generator.take() {
                    // Out of an inline-resumed generator (PEP 479 applies).
                    err = self.finish_inline(&g, Some(err)).expect("the exception");
                }
                drop(frame);
                load_top!();
                record = true;
            }
        }
    }

    /// Saves the top frame's registers (about to run `ip`) for the other copy of the loop.
    #[cold]
    fn park(&mut self, ip: usize, cur: &Cursor) {
        let top = self.frames.last_mut().expect("the running frame");
        top.ip = ip;
        top.cursor.save_sp(cur);
        self.switch_loop = true;
    }

    /// Saves the registers of the caller of the frame just pushed.
    #[inline(always)]
    fn save_caller(&mut self, ip: usize, cur: &Cursor) {
        let n = self.frames.len();
        let caller = &mut self.frames[n - 2];
        caller.ip = ip;
        caller.cursor.save_sp(cur);
    }

    /// Ends the top frame, whose registers are `cur` (stopped just before `ip`): restores
    /// the handled exception its open `except` blocks saved, hands its variables to its
    /// frame object if one is held elsewhere, drops them otherwise, and pops its record. A
    /// generator's region stays with the generator.
    #[inline]
    fn end_frame(&mut self, cur: &mut Cursor, ip: usize) -> Frame {
        let mut frame = self.frames.pop().expect("a frame to end");
        while self.blocks.len() > frame.block_base {
            if let Some(Block::ExceptHandler { prev }) = self.blocks.pop() {
                self.handled = prev;
            }
        }
        if let Some(obj) = frame.object.take() {
            self.leave_frame_object(obj, cur, ip.wrapping_sub(1));
        } else if let Some(g) = &frame.generator {
            if let Some(obj) = crate::objects::callables::generator::current_frame_object(g) {
                self.leave_generator_frame_object(obj, cur, ip.wrapping_sub(1));
            }
        }
        cur.clear();
        if let Some(mark) = frame.mark {
            self.data.release(mark);
        }
        frame
    }

    /// An exception raised in the top frame (with its traceback entry recorded): pops the
    /// frame's blocks until a try block catches it. Returns the handler to continue at, with
    /// the exception pushed, or `None` when the frame gives up.
    #[cold]
    fn catch(&mut self, err: &PyErr, cur: &mut Cursor, nslots: usize) -> Option<usize> {
        let base = self.frames.last().expect("the frame").block_base;
        while self.blocks.len() > base {
            match self.blocks.pop().expect("a block") {
                Block::ExceptHandler { prev } => self.handled = prev,
                Block::Try { handler, level } => {
                    let depth = cur.depth(nslots);
                    cur.drop_n(depth - level);
                    let prev = self.handled.replace(err.clone());
                    self.blocks.push(Block::ExceptHandler { prev });
                    cur.push(Value::Obj(err.exc().clone()));
                    return Some(handler);
                }
            }
        }
        None
    }

    /// Handles pending asynchronous requests: finalizers of objects whose last reference went
    /// (and generators freed while suspended), a due collection, signals (their Python
    /// handlers run here in the main thread, as CPython runs them at its eval breaker's
    /// checks, and what they raise propagates from here), and a drop request from a thread
    /// waiting for the GIL (handled last, so this thread's finalizers run here).
    #[cold]
    pub fn safepoint(&mut self) -> PyResult<()> {
        self.safepoint_in_place()?;
        let bits = crate::gil::EVAL_BREAKER.load(std::sync::atomic::Ordering::Relaxed);
        if bits & crate::gil::breaker::SIGNALS != 0 {
            // (another thread hands the GIL over there too)
            crate::signals::at_safepoint(self)?;
        } else if bits & crate::gil::breaker::DROP_GIL != 0 {
            crate::gil::yield_gil();
        }
        Ok(())
    }

    /// The safepoint between two instructions that is not a thread switch point: pending
    /// finalizers and a due collection run, a request to hand over the GIL waits for the
    /// next backward jump or call.
    #[cold]
    pub fn safepoint_in_place(&mut self) -> PyResult<()> {
        let bits = crate::gil::EVAL_BREAKER.load(std::sync::atomic::Ordering::Relaxed);
        if bits & crate::gil::breaker::FINALIZE != 0 {
            self.run_pending_finalizers();
        }
        if bits & crate::gil::breaker::COLLECT != 0 {
            self.collect_due();
        }
        if bits & crate::gil::breaker::BUDGET != 0 {
            self.spend_budget()?;
        }
        Ok(())
    }

    /// Runs under at most `budget` safepoints (backward jumps, calls, instructions that may
    /// release a reference), or without limit for `None`. Once it is spent, every safepoint
    /// raises RuntimeError, so even code that catches the exception soon ends. For running
    /// untrusted or generated programs (the fuzzers); off by default.
    pub fn set_instruction_budget(&self, budget: Option<u64>) {
        use std::sync::atomic::Ordering;
        self.interp.budget.set(budget);
        if budget.is_some() {
            crate::gil::EVAL_BREAKER.fetch_or(crate::gil::breaker::BUDGET, Ordering::Relaxed);
        } else {
            crate::gil::EVAL_BREAKER.fetch_and(!crate::gil::breaker::BUDGET, Ordering::Relaxed);
        }
    }

    #[cold]
    fn spend_budget(&self) -> PyResult<()> {
        match self.interp.budget.get() {
            Some(0) => Err(exc!(runtime_error, "instruction budget exhausted")),
            Some(n) => {
                self.interp.budget.set(Some(n - 1));
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Sets `err.__context__` to the exception being handled, as raising inside an `except`
    /// block does.
    pub(crate) fn chain_context(&self, err: &PyErr) {
        let Some(handled) = &self.handled else {
            return;
        };
        if handled.exc().ptr_eq(err.exc()) || err.exc().flags() & flag::CONTEXT_SET != 0 {
            return;
        }
        let p = err.payload();
        if !p.context.borrow().is_none() {
            return;
        }
        // Avoid creating a cycle in the context chain.
        let mut cur = Value::Obj(handled.exc().clone());
        while let Some(e) = cur.downcast::<ExceptionObj>() {
            let next = e.context.borrow().clone();
            if next.is(&Value::Obj(err.exc().clone())) {
                *e.context.borrow_mut() = Value::None;
                break;
            }
            cur = next;
        }
        *p.context.borrow_mut() = Value::Obj(handled.exc().clone());
    }

    /// `x[k]` with a fast path for indexing an exact list by a small int (a subclass may
    /// override `__getitem__`).
    #[inline]
    fn subscript_fast(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Int(i) = key {
            if let Some(l) = crate::vm::protocol::exact_list(container) {
                let items = l.items.borrow();
                let idx = if *i < 0 { *i + items.len() as i64 } else { *i };
                if idx >= 0 && (idx as usize) < items.len() {
                    return Ok(items[idx as usize].clone());
                }
            }
        }
        self.getitem(container, key)
    }

    /// `obj.name(*args)` for the VM's own use.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr(obj, &crate::objects::strings::str::intern(name))?;
        self.call(&m, Args::positional(args))
    }

    /// Looks up a special method on the type (`__enter__`), bound to `obj`.
    fn special_method(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = crate::objects::strings::str::intern(name);
        match TypeObject::lookup(obj.class(), &key) {
            Some(f) => {
                let owner = obj.class().clone();
                self.descr_get(f, Some(obj), &owner)
            }
            None => Err(exc!(
                type_error,
                "'{}' object does not support the context manager protocol{}",
                obj.type_name(),
                if name == "__exit__" {
                    " (missed __exit__ method)"
                } else {
                    ""
                }
            )),
        }
    }

    /// `FORMAT_VALUE`'s formatting: `format(v, spec)`.
    fn format(&mut self, v: &Value, spec: Option<&Value>) -> PyResult<PyRef> {
        let spec = spec.and_then(as_str).unwrap_or("");
        crate::objects::strings::format::format_value(self, v, spec)
    }

    /// The exception to raise for `raise v`: an instance, or a class to instantiate.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        let base = &types().exc.base_exception;
        if let Value::Obj(o) = &v {
            if o.is::<TypeObject>() && TypeObject::is_subtype(o, base) {
                let inst = self.call(&v, Args::positional(&[]))?;
                if let Value::Obj(i) = &inst {
                    if i.is::<ExceptionObj>() {
                        return Ok(PyErr::from_instance(i.clone()));
                    }
                }
                return Err(exc!(
                    type_error,
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr_string(&v)?,
                    self.repr_string(&Value::Obj(inst.class().clone()))?
                ));
            }
            if o.is::<ExceptionObj>() {
                return Ok(PyErr::from_instance(o.clone()));
            }
        }
        Err(exc!(
            type_error,
            "exceptions must derive from BaseException"
        ))
    }

    /// `except ty:` matching: `ty` is a class or a tuple of classes.
    fn exception_matches(&mut self, e: &Value, ty: &Value) -> PyResult<bool> {
        let base = &types().exc.base_exception;
        let check = |t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(c) if c.is::<TypeObject>() && TypeObject::is_subtype(c, base) => {
                    Ok(TypeObject::is_subtype(e.class(), c))
                }
                _ => Err(exc!(
                    type_error,
                    "catching classes that do not inherit from BaseException is not allowed"
                )),
            }
        };
        if let Some(t) = ty.downcast::<TupleObj>() {
            let mut any = false;
            for item in t.items.iter() {
                any |= check(item)?;
            }
            return Ok(any);
        }
        check(ty)
    }
}

/// `seq[i]`'s position in a sequence of `len` items, if in range.
#[inline(always)]
fn index_of(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// Where a call's arguments are: `(nargs, below)`, the arguments counted with a method's
/// `self`, and the values under them to pop with the callable (`CALL_METHOD`'s layouts are
/// `[method, self, args]` and `[Null, callable, args]`).
#[inline(always)]
fn call_layout(cur: &Cursor, method: bool, arg: usize) -> (usize, usize) {
    match method {
        true if cur.peek(arg + 2).is_null() => (arg, 2),
        true => (arg + 1, 1),
        false => (arg, 1),
    }
}

/// The float fast path of `BINARY_OP` (`+`, `-`, `*`, `/` by non-zero): `None` leaves the
/// operation to the generic path (which raises, or does `//`, `%`, `**` with CPython's
/// special cases).
#[inline(always)]
fn float_fast_path(arg: u32, x: f64, y: f64) -> Option<f64> {
    const ADD: u32 = BinOp::Add as u32;
    const SUB: u32 = BinOp::Sub as u32;
    const MUL: u32 = BinOp::Mult as u32;
    const DIV: u32 = BinOp::Div as u32;
    let op = if arg >= INPLACE { arg - INPLACE } else { arg };
    match op {
        ADD => Some(x + y),
        SUB => Some(x - y),
        MUL => Some(x * y),
        DIV if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// The inline int fast path of `BINARY_OP` (no allocation, no dispatch).
#[inline(always)]
fn int_fast_path(arg: u32, a: &Value, b: &Value) -> Option<Value> {
    const ADD: u32 = BinOp::Add as u32;
    const SUB: u32 = BinOp::Sub as u32;
    const MUL: u32 = BinOp::Mult as u32;
    const AND: u32 = BinOp::BitAnd as u32;
    const OR: u32 = BinOp::BitOr as u32;
    const XOR: u32 = BinOp::BitXor as u32;
    const FLOORDIV: u32 = BinOp::FloorDiv as u32;
    const MOD: u32 = BinOp::Mod as u32;
    const LSHIFT: u32 = BinOp::LShift as u32;
    const RSHIFT: u32 = BinOp::RShift as u32;
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    let (x, y) = (*x, *y);
    // Ints are immutable, so `op=` is `op`: fold the in-place args onto the plain ones.
    let op = if arg >= INPLACE { arg - INPLACE } else { arg };
    let r = match op {
        ADD => x.checked_add(y)?,
        SUB => x.checked_sub(y)?,
        MUL => x.checked_mul(y)?,
        AND => x & y,
        OR => x | y,
        XOR => x ^ y,
        FLOORDIV if y > 0 => x.div_euclid(y),
        MOD if y > 0 => x.rem_euclid(y),
        // (a negative count raises, a big one may need a big int: the generic path)
        RSHIFT if (0..64).contains(&y) => x >> y,
        LSHIFT if (0..63).contains(&y) && (x << y) >> y == x => x << y,
        _ => return None,
    };
    Some(Value::Int(r))
}

fn str_of(name: &PyRef) -> &str {
    name.downcast::<StrObj>().map_or("?", |s| s.as_str())
}

/// A NameError for a missing name in the running frame (`vm`'s top), carrying `name` and
/// its "Did you mean" hint (worked out now, from the frame's scopes).
#[cold]
fn name_error(vm: &Vm, name: &PyRef, code: &CodeObj, builtins: &PyRef) -> PyErr {
    let e = exc!(name_error, "name '{}' is not defined", str_of(name));
    named(vm, e, name, code, builtins)
}

fn named(vm: &Vm, e: PyErr, name: &PyRef, code: &CodeObj, builtins: &PyRef) -> PyErr {
    crate::objects::exceptions::exception_kinds::set_field(
        e.exc(),
        "name",
        Value::Obj(name.clone()),
    );
    let globals = &vm.frames.last().expect("the running frame").globals;
    let hint = super::suggestions::for_name(str_of(name), &code.unit.varnames, globals, builtins);
    if let Some(p) = e
        .exc()
        .downcast::<crate::objects::exceptions::exception::ExceptionObj>()
    {
        *p.name_hint.borrow_mut() = hint;
    }
    e
}

fn unbound_local(name: &PyRef) -> PyErr {
    exc!(
        unbound_local_error,
        "cannot access local variable '{}' where it is not associated with a value",
        str_of(name)
    )
}

fn deref_name(code: &CodeObj, i: usize) -> PyRef {
    let u = &code.unit;
    let name = if i < u.cellvars.len() {
        &u.cellvars[i]
    } else {
        &u.freevars[i - u.cellvars.len()]
    };
    crate::objects::strings::str::intern(name)
}

#[cold]
fn unbound_deref(vm: &Vm, code: &CodeObj, i: usize, builtins: &PyRef) -> PyErr {
    let name = deref_name(code, i);
    if i < code.unit.cellvars.len() {
        unbound_local(&name)
    } else {
        let e = exc!(
            name_error,
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            str_of(&name)
        );
        named(vm, e, &name, code, builtins)
    }
}

fn cell_get(cell: &Value) -> Value {
    cell.downcast::<CellObj>()
        .map_or(Value::Null, |c| c.value.get())
}

/// Stores into a cell, returning the old contents (dropped by the caller after the borrow).
fn cell_set(cell: &Value, v: Value) -> Value {
    match cell.downcast::<CellObj>() {
        Some(c) => c.value.replace(v),
        None => Value::Null,
    }
}

/// The exception object on the stack of a handler, as a `PyErr`.
fn as_exception(v: Value) -> PyErr {
    match v {
        Value::Obj(o) if o.is::<ExceptionObj>() => PyErr::from_instance(o),
        _ => exc!(system_error, "RERAISE of a non-exception"),
    }
}

/// An exception instance or a subclass of BaseException: what `raise` and `from` accept.
fn is_exception_or_class(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.is::<ExceptionObj>()
                || (o.is::<TypeObject>() && TypeObject::is_subtype(o, &types().exc.base_exception))
        }
        _ => false,
    }
}
