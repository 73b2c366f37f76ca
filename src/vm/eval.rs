//! The eval loop: runs one frame's bytecode.
//!
//! A frame's slots (locals, then cells, then free-variable cells) live on the thread's value
//! stack from `base`; its operand stack continues above them. A Python-to-Python call lays the
//! callee's slots down where the arguments already are, so simple calls copy nothing.
//!
//! Exceptions: an instruction that fails breaks out of the dispatch loop with a `PyErr`; the
//! handler below records the traceback entry, chains `__context__`, then pops the frame's block
//! stack (see `bytecode::opcode` for the protocol) until a try block catches it or the frame
//! gives up and returns the error to its caller.
//!
//! The safepoint: backward jumps and calls poll `gil::EVAL_BREAKER`; everything asynchronous
//! (GIL hand-over, a due collection) is handled in `Vm::safepoint`.
//!
//! Generators: a generator frame runs through the same loop, given a [`Resume`] that says
//! where to start (`ip`, block stack, maybe an exception to raise there). `YIELD_VALUE` saves
//! the position back into it and returns; the generator (`objects::generator`) then moves the
//! frame's values off the stack. Try blocks record stack depths relative to `base`, so a frame
//! can resume at a different base.

use smallvec::SmallVec;

use super::{Args, PyErr, PyResult, Vm};
use crate::ast::{BinOp, UnaryOp};
use crate::bytecode::opcode::{binary_op_from_arg, CompareKind, Op, INPLACE};
use crate::exc;
use crate::objects::cell::CellObj;
use crate::objects::code::CodeObj;
use crate::objects::core::flag;
use crate::objects::dict::DictObj;
use crate::objects::exception::{ExceptionObj, TracebackEntry};
use crate::objects::generator::{GenObj, Resume};
use crate::objects::list::ListObj;
use crate::objects::set::SetObj;
use crate::objects::slice::SliceObj;
use crate::objects::str::{as_str, new_str, StrObj};
use crate::objects::tuple::TupleObj;
use crate::objects::typeobj::TypeObject;
use crate::objects::{types, PyRef, Value};

/// An entry of a frame's block stack.
pub(crate) enum Block {
    /// `SETUP_FINALLY`/`SETUP_WITH`: where to go on an exception, and the stack depth to
    /// restore (relative to the frame's base).
    Try { handler: usize, level: usize },
    /// A running `except`/`finally` handler, with the exception that was being handled
    /// before it (restored by `POP_EXCEPT` or when the handler is unwound).
    ExceptHandler { prev: Option<PyErr> },
}

/// A frame's block stack.
pub(crate) type Blocks = SmallVec<[Block; 4]>;

/// Where a frame's names resolve (module and class bodies use a namespace dict).
pub struct Scope<'a> {
    pub globals: &'a PyRef,
    pub locals: Option<&'a PyRef>,
}

impl Vm {
    /// Runs a frame whose slots are already on the stack at `base`. On return the stack is
    /// cut back to `base`. A function frame (`scope.locals` is `None`) has its function
    /// object at `base - 1` (what `globals()` and `locals()` read, see `frames`).
    pub fn run_frame(&mut self, code: &PyRef, scope: Scope, base: usize) -> PyResult<Value> {
        if self.depth >= self.interp.recursion_limit.get() {
            self.stack.truncate(base);
            return Err(exc!(recursion_error, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        self.push_frame(code, &scope, base);
        let result = self.eval(code, scope, base, None);
        // (before the slots go: a frame object still referenced takes them over)
        self.pop_frame();
        self.depth -= 1;
        self.stack.truncate(base);
        result
    }

    /// Runs (or, given `resume`, resumes) a frame. A generator frame that yields returns the
    /// yielded value with `resume.yielded` set; its values are left on the stack.
    pub(crate) fn eval(
        &mut self,
        code_ref: &PyRef,
        scope: Scope,
        base: usize,
        mut resume: Option<&mut Resume>,
    ) -> PyResult<Value> {
        let code = code_ref.downcast::<CodeObj>().expect("a code object");
        let instrs = &code.unit.code[..];
        let globals = scope.globals;
        let globals_dict = globals.downcast::<DictObj>().expect("globals is a dict");
        let builtins = self.interp.builtins.clone();
        let builtins_dict = builtins.downcast::<DictObj>().expect("builtins is a dict");
        let locals_dict = scope
            .locals
            .map(|l| l.downcast::<DictObj>().expect("a dict"));
        let nvars = code.unit.varnames.len();
        let mut blocks = Blocks::new();
        let mut ip = 0usize;
        let mut kwnames: Option<PyRef> = None;
        if let Some(r) = resume.as_deref_mut() {
            ip = r.ip;
            blocks = std::mem::take(&mut r.blocks);
            if let Some(err) = r.throw.take() {
                match self.catch(&err, ip.wrapping_sub(1), true, base, &mut blocks) {
                    Some(handler) => ip = handler,
                    None => return Err(err),
                }
            }
        }

        loop {
            // `reraise` is set by the instructions that re-raise an exception that already
            // has this frame in its traceback.
            let mut reraise = false;
            let err: PyErr = 'dispatch: loop {
                // Whatever may run Python code goes through `tri!`, which first records
                // where this frame is (`ip`, just past the instruction running): what the
                // frames it calls and `f_lineno` read (see `frames`). The fast paths store
                // nothing.
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
                macro_rules! pop {
                    () => {
                        self.stack.pop().expect("value stack underflow")
                    };
                }
                macro_rules! top {
                    () => {
                        self.stack.last().expect("value stack underflow")
                    };
                }
                let instr = instrs[ip];
                let arg = instr.arg as usize;
                ip += 1;
                match instr.op {
                    Op::Nop => {}
                    Op::PopTop => {
                        pop!();
                    }
                    Op::RotTwo => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Op::RotThree => {
                        let n = self.stack.len();
                        self.stack[n - 3..].rotate_right(1);
                    }
                    Op::RotFour => {
                        let n = self.stack.len();
                        self.stack[n - 4..].rotate_right(1);
                    }
                    Op::DupTop => {
                        let v = top!().clone();
                        self.stack.push(v);
                    }
                    Op::DupTopTwo => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Op::LoadConst => {
                        self.stack.push(code.consts[arg].clone());
                        continue;
                    }
                    Op::LoadFast => {
                        let v = match &self.stack[base + arg] {
                            Value::Int(i) => Value::Int(*i),
                            Value::Null => break 'dispatch unbound_local(&code.varnames[arg]),
                            v => v.clone(),
                        };
                        self.stack.push(v);
                        continue;
                    }
                    Op::StoreFast => {
                        let v = pop!();
                        let old = std::mem::replace(&mut self.stack[base + arg], v);
                        if !matches!(old, Value::Obj(_)) {
                            continue;
                        }
                        drop(old);
                    }
                    Op::DeleteFast => {
                        let old = std::mem::replace(&mut self.stack[base + arg], Value::Null);
                        if old.is_null() {
                            break 'dispatch unbound_local(&code.varnames[arg]);
                        }
                        drop(old);
                    }
                    Op::LoadDeref | Op::LoadClassDeref => {
                        if instr.op == Op::LoadClassDeref {
                            let name = deref_name(code, arg);
                            if let Some(v) = locals_dict.and_then(|d| d.get_str(&name)) {
                                self.stack.push(v);
                                continue;
                            }
                        }
                        let v = cell_get(&self.stack[base + nvars + arg]);
                        if v.is_null() {
                            break 'dispatch unbound_deref(code, arg, globals, &builtins);
                        }
                        self.stack.push(v);
                    }
                    Op::StoreDeref => {
                        let v = pop!();
                        let old = cell_set(&self.stack[base + nvars + arg], v);
                        drop(old);
                    }
                    Op::DeleteDeref => {
                        let old = cell_set(&self.stack[base + nvars + arg], Value::Null);
                        if old.is_null() {
                            break 'dispatch unbound_deref(code, arg, globals, &builtins);
                        }
                    }
                    Op::LoadClosure => {
                        let cell = self.stack[base + nvars + arg].clone();
                        self.stack.push(cell);
                    }
                    Op::LoadGlobal => {
                        let name = &code.names[arg];
                        match globals_dict
                            .get_str(name)
                            .or_else(|| builtins_dict.get_str(name))
                        {
                            Some(v) => self.stack.push(v),
                            None => break 'dispatch name_error(name, code, globals, &builtins),
                        }
                        continue;
                    }
                    Op::StoreGlobal => {
                        let v = pop!();
                        drop(globals_dict.set_str(code.names[arg].clone(), v));
                    }
                    Op::DeleteGlobal => {
                        if globals_dict.del_str(&code.names[arg]).is_none() {
                            break 'dispatch name_error(&code.names[arg], code, globals, &builtins);
                        }
                    }
                    Op::LoadName => {
                        let name = &code.names[arg];
                        let found = locals_dict
                            .and_then(|d| d.get_str(name))
                            .or_else(|| globals_dict.get_str(name))
                            .or_else(|| builtins_dict.get_str(name));
                        match found {
                            Some(v) => self.stack.push(v),
                            None => break 'dispatch name_error(name, code, globals, &builtins),
                        }
                    }
                    Op::StoreName => {
                        let v = pop!();
                        let d = locals_dict.unwrap_or(globals_dict);
                        drop(d.set_str(code.names[arg].clone(), v));
                    }
                    Op::DeleteName => {
                        let d = locals_dict.unwrap_or(globals_dict);
                        if d.del_str(&code.names[arg]).is_none() {
                            break 'dispatch name_error(&code.names[arg], code, globals, &builtins);
                        }
                    }
                    Op::LoadAttr => {
                        let obj = pop!();
                        let v = tri!(self.getattr(&obj, &code.names[arg]));
                        self.stack.push(v);
                    }
                    Op::StoreAttr => {
                        let obj = pop!();
                        let v = pop!();
                        tri!(self.setattr(&obj, &code.names[arg], Some(v)));
                    }
                    Op::DeleteAttr => {
                        let obj = pop!();
                        tri!(self.setattr(&obj, &code.names[arg], None));
                    }
                    Op::LoadMethod => {
                        let obj = pop!();
                        match tri!(self.load_method(&obj, &code.names[arg])) {
                            Some(func) => {
                                self.stack.push(func);
                                self.stack.push(obj);
                            }
                            None => {
                                let attr = tri!(self.getattr(&obj, &code.names[arg]));
                                self.stack.push(Value::Null);
                                self.stack.push(attr);
                            }
                        }
                    }
                    Op::BinarySubscr => {
                        let key = pop!();
                        let container = pop!();
                        let v = tri!(self.subscript_fast(&container, &key));
                        self.stack.push(v);
                    }
                    Op::StoreSubscr => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        tri!(self.setitem(&container, &key, v));
                    }
                    Op::DeleteSubscr => {
                        let key = pop!();
                        let container = pop!();
                        tri!(self.delitem(&container, &key));
                    }
                    Op::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        let s = PyRef::new(&types().slice, SliceObj { start, stop, step });
                        self.stack.push(Value::Obj(s));
                    }
                    Op::UnaryPositive | Op::UnaryNegative | Op::UnaryNot | Op::UnaryInvert => {
                        let v = pop!();
                        let op = match instr.op {
                            Op::UnaryPositive => UnaryOp::UAdd,
                            Op::UnaryNegative => UnaryOp::USub,
                            Op::UnaryNot => UnaryOp::Not,
                            _ => UnaryOp::Invert,
                        };
                        let r = match (&v, op) {
                            (Value::Int(i), UnaryOp::USub) if *i != i64::MIN => Value::Int(-i),
                            (Value::Bool(b), UnaryOp::Not) => Value::Bool(!b),
                            _ => tri!(self.unary_op(op, &v)),
                        };
                        self.stack.push(r);
                    }
                    Op::BinaryOp => {
                        // Small ints: computed in place on the stack, no pops or pushes.
                        let n = self.stack.len();
                        if let Some(r) =
                            int_fast_path(instr.arg, &self.stack[n - 2], &self.stack[n - 1])
                        {
                            self.stack.truncate(n - 1);
                            self.stack[n - 2] = r;
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let (op, inplace) = binary_op_from_arg(instr.arg)
                            .expect("compiler emits valid BINARY_OP args");
                        let r = tri!(self.binary_op(op, &a, &b, inplace));
                        self.stack.push(r);
                    }
                    Op::CompareOp => {
                        let kind = CompareKind::from_arg(instr.arg).expect("valid COMPARE_OP");
                        let n = self.stack.len();
                        if let (Value::Int(x), Value::Int(y)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        {
                            let t = match kind {
                                CompareKind::Lt => x < y,
                                CompareKind::Le => x <= y,
                                CompareKind::Eq => x == y,
                                CompareKind::Ne => x != y,
                                CompareKind::Gt => x > y,
                                CompareKind::Ge => x >= y,
                            };
                            self.stack.truncate(n - 2);
                            // Fused with a following conditional jump: branch directly.
                            let next = instrs[ip];
                            match next.op {
                                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                                    ip += 1;
                                    if t == (next.op == Op::PopJumpIfTrue) {
                                        if (next.arg as usize) < ip
                                            && crate::gil::eval_breaker_set()
                                        {
                                            tri!(self.safepoint());
                                        }
                                        ip = next.arg as usize;
                                    }
                                }
                                _ => self.stack.push(Value::Bool(t)),
                            }
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let r = tri!(self.compare(&a, &b, kind));
                        self.stack.push(r);
                    }
                    Op::IsOp => {
                        let b = pop!();
                        let a = pop!();
                        self.stack.push(Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Op::ContainsOp => {
                        let container = pop!();
                        let item = pop!();
                        let r = tri!(self.contains(&container, &item));
                        self.stack.push(Value::Bool(r != (arg == 1)));
                    }
                    Op::BuildTuple => {
                        let items = self.stack.split_off(self.stack.len() - arg);
                        self.stack.push(Value::Obj(TupleObj::new_ref(items)));
                    }
                    Op::BuildList => {
                        let items = self.stack.split_off(self.stack.len() - arg);
                        self.stack.push(Value::Obj(ListObj::new_ref(items)));
                    }
                    Op::BuildSet => {
                        let items = self.stack.split_off(self.stack.len() - arg);
                        let set = SetObj::new_set();
                        let s = set.downcast::<SetObj>().expect("a set");
                        for item in items {
                            tri!(s.add(self, item));
                        }
                        self.stack.push(Value::Obj(set));
                    }
                    Op::BuildMap => {
                        let items = self.stack.split_off(self.stack.len() - 2 * arg);
                        let d = DictObj::new_ref();
                        let dict = d.downcast::<DictObj>().expect("dict");
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(dict.set_item(self, k, v));
                        }
                        self.stack.push(Value::Obj(d));
                    }
                    Op::BuildConstKeyMap => {
                        let keys = pop!();
                        let values = self.stack.split_off(self.stack.len() - arg);
                        let d = DictObj::new_ref();
                        let dict = d.downcast::<DictObj>().expect("dict");
                        let keys = keys.downcast::<TupleObj>().expect("const keys tuple");
                        for (k, v) in keys.items.iter().zip(values) {
                            tri!(dict.set_item(self, k.clone(), v));
                        }
                        self.stack.push(Value::Obj(d));
                    }
                    Op::ListAppend | Op::ListExtend => {
                        let v = pop!();
                        let target = self.stack[self.stack.len() - arg].clone();
                        let list = target.downcast::<ListObj>().expect("a list");
                        if instr.op == Op::ListAppend {
                            list.items.borrow_mut().push(v);
                        } else {
                            if crate::vm::protocol::slots(&v).iter.is_none() {
                                break 'dispatch exc!(
                                    type_error,
                                    "Value after * must be an iterable, not {}",
                                    v.type_name()
                                );
                            }
                            let items = tri!(self.collect(&v));
                            list.items.borrow_mut().extend(items);
                        }
                    }
                    Op::SetAdd | Op::SetUpdate => {
                        let v = pop!();
                        let target = self.stack[self.stack.len() - arg].clone();
                        let s = target.downcast::<SetObj>().expect("a set");
                        if instr.op == Op::SetAdd {
                            tri!(s.add(self, v));
                        } else {
                            tri!(s.update(self, &v));
                        }
                    }
                    Op::MapAdd => {
                        let v = pop!();
                        let k = pop!();
                        let target = self.stack[self.stack.len() - arg].clone();
                        let dict = target.downcast::<DictObj>().expect("a dict");
                        tri!(dict.set_item(self, k, v));
                    }
                    Op::DictUpdate | Op::DictMerge => {
                        let src = pop!();
                        let target = self.stack[self.stack.len() - arg].clone();
                        let merged = self.dict_merge(&target, &src, instr.op == Op::DictMerge);
                        if let Err(e) = merged {
                            // In a call (`f(**m)`), name the function as CPython does; the
                            // callable sits below the positional-arguments tuple.
                            let func_pos = self.stack.len().checked_sub(arg + 2);
                            let is_mapping_error = e.matches(&types().exc.type_error)
                                && src.downcast::<DictObj>().is_none()
                                && self
                                    .getattr(&src, &crate::objects::str::intern("keys"))
                                    .is_err();
                            if instr.op == Op::DictMerge && is_mapping_error {
                                if let Some(p) = func_pos {
                                    let func = self.stack[p].clone();
                                    break 'dispatch exc!(
                                        type_error,
                                        "{} argument after ** must be a mapping, not {}",
                                        self.function_str(&func),
                                        src.type_name()
                                    );
                                }
                            }
                            break 'dispatch e;
                        }
                    }
                    Op::ListToTuple => {
                        let v = pop!();
                        let items = v.downcast::<ListObj>().expect("a list").items.take();
                        self.stack.push(Value::Obj(TupleObj::new_ref(items)));
                    }
                    Op::FormatValue => {
                        let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                        let v = pop!();
                        let v = match arg & 3 {
                            1 => Value::Obj(tri!(self.str(&v))),
                            2 => Value::Obj(tri!(self.repr(&v))),
                            3 => {
                                let r = tri!(self.repr_string(&v));
                                Value::Obj(new_str(crate::objects::str::ascii_escape(&r)))
                            }
                            _ => v,
                        };
                        let s = tri!(self.format(&v, spec.as_ref()));
                        self.stack.push(Value::Obj(s));
                    }
                    Op::BuildString => {
                        let parts = self.stack.split_off(self.stack.len() - arg);
                        let mut s = String::new();
                        for p in &parts {
                            s.push_str(as_str(p).unwrap_or(""));
                        }
                        self.stack.push(Value::Obj(new_str(s)));
                    }
                    Op::UnpackSequence => {
                        let seq = pop!();
                        let items = tri!(self.unpack(&seq, arg, None));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Op::UnpackEx => {
                        let seq = pop!();
                        let (before, after) = (arg & 0xff, arg >> 8);
                        let items = tri!(self.unpack(&seq, before, Some(after)));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Op::MatchSequence => {
                        let b = self.match_sequence(top!());
                        self.stack.push(Value::Bool(b));
                    }
                    Op::MatchMapping => {
                        let b = self.match_mapping(top!());
                        self.stack.push(Value::Bool(b));
                    }
                    Op::GetLen => {
                        let v = top!().clone();
                        let n = tri!(self.len(&v));
                        self.stack.push(Value::Int(n as i64));
                    }
                    Op::MatchKeys => {
                        let n = self.stack.len();
                        let (s, k) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        let r = tri!(self.match_keys(&s, &k));
                        self.stack.push(r);
                    }
                    Op::CopyDictWithoutKeys => {
                        let k = pop!();
                        let s = pop!();
                        let r = tri!(self.copy_dict_without_keys(&s, &k));
                        self.stack.push(r);
                    }
                    Op::MatchClass => {
                        let names = pop!();
                        let cls = pop!();
                        let s = pop!();
                        let r = tri!(self.match_class(&s, &cls, &names, arg));
                        self.stack.push(r);
                    }
                    // Jumps reach the safepoint below (backward ones must: it is where a
                    // loop hands over the GIL).
                    Op::Jump => ip = arg,
                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                        let v = pop!();
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => tri!(self.truthy(&v)),
                        };
                        if t == (instr.op == Op::PopJumpIfTrue) {
                            ip = arg;
                        }
                    }
                    Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                        let t = {
                            let v = top!().clone();
                            tri!(self.truthy(&v))
                        };
                        if t == (instr.op == Op::JumpIfTrueOrPop) {
                            ip = arg;
                        } else {
                            pop!();
                        }
                    }
                    Op::GetIter => {
                        let v = pop!();
                        let it = tri!(self.iter(&v));
                        self.stack.push(it);
                    }
                    Op::ForIter => {
                        // range/list/tuple iterators step without a slot call or allocation.
                        let fast = match top!() {
                            Value::Obj(o) => crate::objects::iter::fast_next(o),
                            _ => None,
                        };
                        let step = match fast {
                            Some(step) => step,
                            None => {
                                let it = top!().clone();
                                tri!(self.next(&it))
                            }
                        };
                        match step {
                            Some(v) => self.stack.push(v),
                            None => {
                                pop!();
                                ip = arg;
                            }
                        }
                    }
                    Op::ReturnValue => {
                        // (where the frame ends: its object's `f_lineno` after it exits)
                        self.next_ip = ip;
                        let v = pop!();
                        for b in blocks.drain(..).rev() {
                            if let Block::ExceptHandler { prev } = b {
                                self.handled = prev;
                            }
                        }
                        return Ok(v);
                    }
                    Op::SetupFinally => blocks.push(Block::Try {
                        handler: arg,
                        level: self.stack.len() - base,
                    }),
                    Op::PopBlock => {
                        blocks.pop();
                    }
                    Op::PopExcept => {
                        if let Some(Block::ExceptHandler { prev }) = blocks.pop() {
                            self.handled = prev;
                        }
                    }
                    Op::Reraise => {
                        let v = pop!();
                        reraise = true;
                        break 'dispatch as_exception(v);
                    }
                    Op::RaiseVarargs => {
                        let cause = if arg == 2 { Some(pop!()) } else { None };
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
                        let v = pop!();
                        let e = tri!(self.make_exception(v));
                        // Raised anew: chained here, wherever it came from before.
                        e.exc().clear_flag(flag::CONTEXT_SET);
                        if let Some(cause) = cause {
                            let cause = match cause {
                                Value::None => Value::None,
                                c => Value::Obj(tri!(self.make_exception(c)).into_exc()),
                            };
                            let p = e.payload();
                            *p.cause.borrow_mut() = cause;
                            p.suppress_context.set(true);
                        }
                        break 'dispatch e;
                    }
                    Op::JumpIfNotExcMatch => {
                        let ty = pop!();
                        let e = pop!();
                        if !tri!(self.exception_matches(&e, &ty)) {
                            ip = arg;
                        }
                    }
                    Op::LoadAssertionError => self
                        .stack
                        .push(Value::Obj(types().exc.assertion_error.clone())),
                    Op::SetupWith => {
                        let mgr = pop!();
                        let enter = tri!(self.special_method(&mgr, "__enter__"));
                        let exit = tri!(self.special_method(&mgr, "__exit__"));
                        let entered = tri!(self.call(&enter, Args::positional(&[])));
                        self.stack.push(exit);
                        blocks.push(Block::Try {
                            handler: arg,
                            level: self.stack.len() - base,
                        });
                        self.stack.push(entered);
                    }
                    Op::WithExceptStart => {
                        let n = self.stack.len();
                        let e = self.stack[n - 1].clone();
                        let exit = self.stack[n - 2].clone();
                        let ty = Value::Obj(e.class().clone());
                        let r = tri!(self.call(&exit, Args::positional(&[ty, e, Value::None])));
                        self.stack.push(r);
                    }
                    Op::MakeFunction => {
                        let f = tri!(self.make_function(instr.arg, globals));
                        self.stack.push(Value::Obj(f));
                    }
                    Op::KwNames => {
                        kwnames = code.consts[arg].as_obj().cloned();
                    }
                    Op::CallFunction | Op::CallMethod => {
                        if crate::gil::eval_breaker_set() {
                            tri!(self.safepoint());
                        }
                        let mut pos = self.stack.len() - arg - 1;
                        let mut nargs = arg;
                        if instr.op == Op::CallMethod {
                            pos -= 1;
                            if self.stack[pos].is_null() {
                                // `[Null, callable, args]`: drop the marker.
                                self.stack.remove(pos);
                            } else {
                                nargs += 1;
                            }
                        }
                        let kw = kwnames.take();
                        let r = tri!(self.call_on_stack(pos, nargs, kw));
                        self.stack.push(r);
                    }
                    Op::CallFunctionEx => {
                        let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                        let args = pop!();
                        let func = pop!();
                        let r = tri!(self.call_ex(&func, &args, kwargs.as_ref()));
                        self.stack.push(r);
                    }
                    Op::ImportName => {
                        let fromlist = pop!();
                        let level = match pop!() {
                            Value::Int(l) => l,
                            _ => 0,
                        };
                        let name = str_of(&code.names[arg]);
                        let m = tri!(self.import_name(name, &fromlist, level, Some(globals_dict)));
                        self.stack.push(m);
                    }
                    Op::ImportFrom => {
                        let module = top!().clone();
                        let v = tri!(self.import_from(&module, &code.names[arg]));
                        self.stack.push(v);
                    }
                    Op::ImportStar => {
                        let module = pop!();
                        tri!(self.import_star(&module, locals_dict.unwrap_or(globals_dict)));
                    }
                    Op::SetupAnnotations => {
                        let d = locals_dict.unwrap_or(globals_dict);
                        let key = crate::objects::str::intern("__annotations__");
                        if d.get_str(&key).is_none() {
                            d.set_str(key, Value::Obj(DictObj::new_ref()));
                        }
                    }
                    Op::YieldValue | Op::YieldFrom => {
                        self.next_ip = ip;
                        let mut v = pop!();
                        if instr.op == Op::YieldFrom {
                            // One step of the sub-iterator: what it yields is yielded on and
                            // this instruction runs again on resumption.
                            match tri!(self.yield_from_step(v)) {
                                Some(x) => (v, ip) = (x, ip - 1),
                                None => continue,
                            }
                        }
                        let Some(r) = resume.as_deref_mut() else {
                            break 'dispatch exc!(system_error, "yield outside a generator frame");
                        };
                        r.ip = ip;
                        r.blocks = std::mem::take(&mut blocks);
                        r.yielded = true;
                        return Ok(v);
                    }
                    Op::GetYieldFromIter if top!().downcast::<GenObj>().is_none() => {
                        let v = pop!();
                        let it = tri!(self.iter(&v));
                        self.stack.push(it);
                    }
                    Op::GetYieldFromIter => {}
                    Op::LoadBuildClass => {
                        match builtins_dict.get_str(crate::interned!("__build_class__")) {
                            Some(f) => self.stack.push(f),
                            None => break 'dispatch exc!(name_error, "__build_class__ not found"),
                        }
                    }
                }
                // The safepoint after every instruction that may have released a reference
                // (those that cannot — loads, the small-int fast paths — `continue` past
                // it): a finalizer the instruction's decrements queued runs before the next
                // instruction, as CPython runs it inside the decrement (see `finalize`).
                if crate::gil::eval_breaker_set() {
                    tri!(self.safepoint());
                }
            };

            match self.catch(&err, ip - 1, !reraise, base, &mut blocks) {
                Some(handler) => ip = handler,
                None => return Err(err),
            }
        }
    }

    /// An exception raised in this frame (the top record) at instruction `ip`: records where
    /// it happened (unless `record` is false: it is re-raised), then pops blocks until a try
    /// block catches it. Returns the handler to continue at, with the exception pushed, or
    /// `None` when the frame gives up.
    #[cold]
    fn catch(
        &mut self,
        err: &PyErr,
        ip: usize,
        record: bool,
        base: usize,
        blocks: &mut Blocks,
    ) -> Option<usize> {
        self.next_ip = ip.wrapping_add(1);
        if record {
            let frame = self.frame_object(self.frames.len() - 1);
            let entry = TracebackEntry { frame, ip };
            err.payload().push_traceback(entry);
            self.chain_context(err);
        }
        while let Some(b) = blocks.pop() {
            match b {
                Block::ExceptHandler { prev } => self.handled = prev,
                Block::Try { handler, level } => {
                    self.stack.truncate(base + level);
                    let prev = self.handled.replace(err.clone());
                    blocks.push(Block::ExceptHandler { prev });
                    self.stack.push(Value::Obj(err.exc().clone()));
                    return Some(handler);
                }
            }
        }
        None
    }

    /// Handles pending asynchronous requests: finalizers of objects whose last reference went
    /// (and generators freed while suspended), a due collection, and a drop request from a
    /// thread waiting for the GIL (handled last, so this thread's finalizers run here).
    #[cold]
    pub fn safepoint(&mut self) -> PyResult<()> {
        let bits = crate::gil::EVAL_BREAKER.load(std::sync::atomic::Ordering::Relaxed);
        if bits & crate::gil::breaker::FINALIZE != 0 {
            self.run_pending_finalizers();
        }
        if bits & crate::gil::breaker::COLLECT != 0 {
            self.collect_due();
        }
        if bits & crate::gil::breaker::DROP_GIL != 0 {
            crate::gil::yield_gil();
        }
        Ok(())
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

    /// `x[k]` with fast paths for list/tuple indexing by a small int.
    #[inline]
    fn subscript_fast(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let (Value::Obj(o), Value::Int(i)) = (container, key) {
            if let Some(l) = o.downcast::<ListObj>() {
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
        let m = self.getattr(obj, &crate::objects::str::intern(name))?;
        self.call(&m, Args::positional(args))
    }

    /// Looks up a special method on the type (`__enter__`), bound to `obj`.
    fn special_method(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = crate::objects::str::intern(name);
        match TypeObject::lookup(obj.class(), &key) {
            Some(f) => {
                let owner = obj.class().clone();
                self.descr_get(f, Some(obj), &owner)
            }
            None => Err(exc!(
                attribute_error,
                "'{}' object does not support the context manager protocol",
                obj.type_name()
            )),
        }
    }

    /// `FORMAT_VALUE`'s formatting: `format(v, spec)`.
    fn format(&mut self, v: &Value, spec: Option<&Value>) -> PyResult<PyRef> {
        let spec = spec.and_then(as_str).unwrap_or("");
        crate::objects::format::format_value(self, v, spec)
    }

    /// Unpacks `seq` into exactly `n` values, or with a starred target `n` before and
    /// `after` after (the starred part as a list in between).
    fn unpack(&mut self, seq: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items: Vec<Value> = if let Some(t) = seq.downcast::<TupleObj>() {
            t.items.to_vec()
        } else if let Some(l) = seq.downcast::<ListObj>() {
            l.items.borrow().clone()
        } else {
            if crate::vm::protocol::slots(seq).iter.is_none() {
                return Err(exc!(
                    type_error,
                    "cannot unpack non-iterable {} object",
                    seq.type_name()
                ));
            }
            self.collect(seq)?
        };
        match after {
            None => {
                if items.len() > n {
                    return Err(exc!(
                        value_error,
                        "too many values to unpack (expected {})",
                        n
                    ));
                }
                if items.len() < n {
                    return Err(exc!(
                        value_error,
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        items.len()
                    ));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    return Err(exc!(
                        value_error,
                        "not enough values to unpack (expected at least {}, got {})",
                        n + after,
                        items.len()
                    ));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(n);
                items.push(Value::Obj(ListObj::new_ref(middle)));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// `{**src}` / `f(**src)` into the dict `target`.
    fn dict_merge(&mut self, target: &Value, src: &Value, strict: bool) -> PyResult<()> {
        let dict = target.downcast::<DictObj>().expect("a dict");
        let items: Vec<(Value, Value)> = if let Some(d) = src.downcast::<DictObj>() {
            d.items()
        } else {
            let keys = self
                .call_method(src, "keys", &[])
                .map_err(|_| exc!(type_error, "'{}' object is not a mapping", src.type_name()))?;
            let mut out = Vec::new();
            for k in self.collect(&keys)? {
                let v = self.getitem(src, &k)?;
                out.push((k, v));
            }
            out
        };
        for (k, v) in items {
            if strict && dict.get_item(self, &k)?.is_some() {
                let name = as_str(&k).unwrap_or("?").to_string();
                return Err(exc!(
                    type_error,
                    "got multiple values for keyword argument '{}'",
                    name
                ));
            }
            dict.set_item(self, k, v)?;
        }
        Ok(())
    }

    /// The exception to raise for `raise v`: an instance, or a class to instantiate.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        let base = &types().exc.base_exception;
        if let Value::Obj(o) = &v {
            if o.is::<TypeObject>() && TypeObject::is_subtype(o, base) {
                let inst = self.call(&v, Args::positional(&[]))?;
                if let Value::Obj(i) = inst {
                    if i.is::<ExceptionObj>() {
                        return Ok(PyErr::from_instance(i));
                    }
                }
                return Err(exc!(
                    type_error,
                    "exceptions must derive from BaseException"
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
        _ => return None,
    };
    Some(Value::Int(r))
}

fn str_of(name: &PyRef) -> &str {
    name.downcast::<StrObj>().map_or("?", |s| s.as_str())
}

/// A NameError for a missing name, carrying `name` and its "Did you mean" hint (worked out
/// now, from this frame's scopes).
fn name_error(name: &PyRef, code: &CodeObj, globals: &PyRef, builtins: &PyRef) -> PyErr {
    let e = exc!(name_error, "name '{}' is not defined", str_of(name));
    named(e, name, code, globals, builtins)
}

fn named(e: PyErr, name: &PyRef, code: &CodeObj, globals: &PyRef, builtins: &PyRef) -> PyErr {
    crate::objects::exception_kinds::set_field(e.exc(), "name", Value::Obj(name.clone()));
    let hint = super::suggestions::for_name(str_of(name), &code.unit.varnames, globals, builtins);
    if let Some(p) = e
        .exc()
        .downcast::<crate::objects::exception::ExceptionObj>()
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
    crate::objects::str::intern(name)
}

fn unbound_deref(code: &CodeObj, i: usize, globals: &PyRef, builtins: &PyRef) -> PyErr {
    let name = deref_name(code, i);
    if i < code.unit.cellvars.len() {
        unbound_local(&name)
    } else {
        let e = exc!(
            name_error,
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            str_of(&name)
        );
        named(e, &name, code, globals, builtins)
    }
}

fn cell_get(cell: &Value) -> Value {
    cell.downcast::<CellObj>()
        .map_or(Value::Null, |c| c.value.borrow().clone())
}

/// Stores into a cell, returning the old contents (dropped by the caller after the borrow).
fn cell_set(cell: &Value, v: Value) -> Value {
    match cell.downcast::<CellObj>() {
        Some(c) => std::mem::replace(&mut *c.value.borrow_mut(), v),
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
