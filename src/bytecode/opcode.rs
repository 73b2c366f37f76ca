//! The instruction set: one table from which the compiler's stack-depth computation, the
//! disassembler (`--dis`) and the eval loop all read (the Wren idea), so adding an opcode is
//! one edit here plus its case in `vm/eval`.
//!
//! The set follows CPython 3.10's stack machine (with a block stack for `try`), with 3.11's
//! `BINARY_OP` and `LOAD_METHOD`/`KW_NAMES` calling convention. An instruction is an [`Op`] and
//! a `u32` argument packed in 8 bytes; jump arguments are absolute instruction indexes.
//!
//! Stack notation in the docs: `[a, b] -> [c]` means `b` is on top before and `c` after.
//! `Null` is the VM's internal "no value" marker (never visible to Python code).
//!
//! ## Exceptions and the block stack
//! `SETUP_FINALLY h` pushes a *try block* recording the value-stack depth. When an exception
//! propagates through a frame, the VM pops blocks: an *except-handler block* (see below) is
//! popped and the "currently handled exception" it saved is restored; a try block is popped,
//! the value stack is cut back to the recorded depth, an except-handler block is pushed (saving
//! the currently handled exception, which becomes the new one), the exception is pushed and
//! execution continues at `h`. Handler code therefore starts with `[exc]` on the stack and must
//! end with either `POP_EXCEPT` (after removing `exc` from the stack itself: `POP_EXCEPT` does
//! not touch the value stack) or `RERAISE` (which pops `exc` and raises it again, keeping its
//! traceback). `SETUP_WITH` pushes a try block too.
//!
//! The compiler handles `return`/`break`/`continue` out of `try`, `finally`, `with`, `except`
//! and `for` bodies by emitting the needed `POP_BLOCK`/`POP_EXCEPT`/`POP_TOP` and inlined
//! `finally` bodies before the jump (CPython 3.9+ style), so the VM never unwinds blocks except
//! for exceptions; `RETURN_VALUE` simply drops whatever blocks the frame still has.
//!
//! ## Frames and variables
//! A frame's slots are `varnames ++ cellvars ++ freevars` (see `CodeUnit`). `*_FAST` index
//! `varnames`; `*_DEREF`, `LOAD_CLOSURE` and `LOAD_CLASSDEREF` index `cellvars ++ freevars`.
//! The VM creates the cells and copies the closure's cells into the free slots when the frame
//! starts, moving arguments that are also cell variables into their cells (`cell2arg`).

/// How `--dis` shows an argument, and what it indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused (0).
    None,
    /// A plain number (a count, flags).
    Num,
    /// Index into `consts`.
    Const,
    /// Index into `names`.
    Name,
    /// Index into `varnames`.
    Local,
    /// Index into `cellvars ++ freevars`.
    Deref,
    /// Absolute instruction index.
    Jump,
    /// A [`crate::ast::BinOp`] index (+13 for the in-place form), see [`binary_op_symbol`].
    BinaryOp,
    /// A [`CompareKind`] index.
    Compare,
}

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $text:literal, $kind:ident, |$a:pat_param, $j:pat_param| $effect:expr; )*) => {
        /// An opcode. See the module docs for the conventions.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[$doc])* $name, )*
        }

        impl Op {
            /// Every opcode, in table order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// The name `--dis` prints (CPython's spelling).
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => $text,)* }
            }

            pub fn arg_kind(self) -> ArgKind {
                match self { $(Op::$name => ArgKind::$kind,)* }
            }

            /// Net change of the value-stack depth. `jump` selects the effect when the
            /// instruction transfers control to its jump target (for `SETUP_*` that is the
            /// handler's entry, relative to the depth at the `SETUP_*` instruction).
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $(Op::$name => { let $a = arg as i32; let $j = jump; $effect },)* }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop = "NOP", None, |_, _| 0;
    /// `[a] -> []`
    PopTop = "POP_TOP", None, |_, _| -1;
    /// `[a, b] -> [b, a]`
    RotTwo = "ROT_TWO", None, |_, _| 0;
    /// `[a, b, c] -> [c, a, b]`
    RotThree = "ROT_THREE", None, |_, _| 0;
    /// `[a, b, c, d] -> [d, a, b, c]`
    RotFour = "ROT_FOUR", None, |_, _| 0;
    /// `[a] -> [a, a]`
    DupTop = "DUP_TOP", None, |_, _| 1;
    /// `[a, b] -> [a, b, a, b]`
    DupTopTwo = "DUP_TOP_TWO", None, |_, _| 2;

    /// `[] -> [consts[arg]]`
    LoadConst = "LOAD_CONST", Const, |_, _| 1;
    /// `[] -> [local]`; UnboundLocalError if unbound.
    LoadFast = "LOAD_FAST", Local, |_, _| 1;
    /// `[v] -> []`
    StoreFast = "STORE_FAST", Local, |_, _| -1;
    /// Unbinds a local (UnboundLocalError if unbound).
    DeleteFast = "DELETE_FAST", Local, |_, _| 0;
    /// `[] -> [cell contents]`; NameError/UnboundLocalError if empty.
    LoadDeref = "LOAD_DEREF", Deref, |_, _| 1;
    /// `[v] -> []`, stores into the cell.
    StoreDeref = "STORE_DEREF", Deref, |_, _| -1;
    /// Empties the cell.
    DeleteDeref = "DELETE_DEREF", Deref, |_, _| 0;
    /// `[] -> [cell]`: the cell object itself, to build a closure tuple.
    LoadClosure = "LOAD_CLOSURE", Deref, |_, _| 1;
    /// Class bodies: `[] -> [v]`, looks in the class namespace first, then in the cell.
    LoadClassDeref = "LOAD_CLASSDEREF", Deref, |_, _| 1;
    /// `[] -> [v]`: globals, then builtins; NameError if neither has it.
    LoadGlobal = "LOAD_GLOBAL", Name, |_, _| 1;
    /// `[v] -> []`
    StoreGlobal = "STORE_GLOBAL", Name, |_, _| -1;
    DeleteGlobal = "DELETE_GLOBAL", Name, |_, _| 0;
    /// Module and class bodies: `[] -> [v]`: locals namespace, globals, builtins.
    LoadName = "LOAD_NAME", Name, |_, _| 1;
    /// `[v] -> []` into the locals namespace.
    StoreName = "STORE_NAME", Name, |_, _| -1;
    DeleteName = "DELETE_NAME", Name, |_, _| 0;
    /// `[obj] -> [obj.name]`
    LoadAttr = "LOAD_ATTR", Name, |_, _| 0;
    /// `[value, obj] -> []`: `obj.name = value`
    StoreAttr = "STORE_ATTR", Name, |_, _| -2;
    /// `[obj] -> []`
    DeleteAttr = "DELETE_ATTR", Name, |_, _| -1;
    /// `[obj] -> [func, obj]` when `obj.name` is a plain function found on the type (a method
    /// call can skip the bound-method object), else `[obj] -> [Null, obj.name]`.
    LoadMethod = "LOAD_METHOD", Name, |_, _| 1;

    /// `[container, key] -> [container[key]]`
    BinarySubscr = "BINARY_SUBSCR", None, |_, _| -1;
    /// `[value, container, key] -> []`: `container[key] = value`
    StoreSubscr = "STORE_SUBSCR", None, |_, _| -3;
    /// `[container, key] -> []`
    DeleteSubscr = "DELETE_SUBSCR", None, |_, _| -2;
    /// `[lo, hi] -> [slice]` (arg 2) or `[lo, hi, step] -> [slice]` (arg 3).
    BuildSlice = "BUILD_SLICE", Num, |a, _| 1 - a;

    /// `[a] -> [+a]`
    UnaryPositive = "UNARY_POSITIVE", None, |_, _| 0;
    /// `[a] -> [-a]`
    UnaryNegative = "UNARY_NEGATIVE", None, |_, _| 0;
    /// `[a] -> [not a]`
    UnaryNot = "UNARY_NOT", None, |_, _| 0;
    /// `[a] -> [~a]`
    UnaryInvert = "UNARY_INVERT", None, |_, _| 0;
    /// `[a, b] -> [a op b]`; arg is the `ast::BinOp` index, plus 13 for `op=` (in-place).
    BinaryOp = "BINARY_OP", BinaryOp, |_, _| -1;
    /// `[a, b] -> [a cmp b]`; arg is a `CompareKind`.
    CompareOp = "COMPARE_OP", Compare, |_, _| -1;
    /// `[a, b] -> [a is b]` (arg 0) or `[a is not b]` (arg 1).
    IsOp = "IS_OP", Num, |_, _| -1;
    /// `[a, b] -> [a in b]` (arg 0) or `[a not in b]` (arg 1).
    ContainsOp = "CONTAINS_OP", Num, |_, _| -1;

    /// `[x1..xn] -> [(x1, .., xn)]`
    BuildTuple = "BUILD_TUPLE", Num, |a, _| 1 - a;
    /// `[x1..xn] -> [[x1, .., xn]]`
    BuildList = "BUILD_LIST", Num, |a, _| 1 - a;
    /// `[x1..xn] -> [{x1, .., xn}]`
    BuildSet = "BUILD_SET", Num, |a, _| 1 - a;
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`
    BuildMap = "BUILD_MAP", Num, |a, _| 1 - 2 * a;
    /// `[v1..vn, (k1..kn)] -> [{k1: v1, ..}]` (the keys are a constant tuple).
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP", Num, |a, _| -a;
    /// `[list, x1..x(i-1), v] -> [list, x1..x(i-1)]` after `list.append(v)`: the list is
    /// `arg` entries below `v`. Used by comprehensions.
    ListAppend = "LIST_APPEND", Num, |_, _| -1;
    /// As `LIST_APPEND` for a set.
    SetAdd = "SET_ADD", Num, |_, _| -1;
    /// `[dict, .., k, v] -> [dict, ..]` with `dict[k] = v`; the dict is `arg` entries below `k`.
    MapAdd = "MAP_ADD", Num, |_, _| -2;
    /// `[list, .., it] -> [list, ..]` with `list.extend(it)` (`[*a, *b]`, `f(*a, *b)`).
    ListExtend = "LIST_EXTEND", Num, |_, _| -1;
    /// `[set, .., it] -> [set, ..]` with `set.update(it)`.
    SetUpdate = "SET_UPDATE", Num, |_, _| -1;
    /// `[dict, .., m] -> [dict, ..]` with `dict.update(m)` (`{**a, **b}`).
    DictUpdate = "DICT_UPDATE", Num, |_, _| -1;
    /// As `DICT_UPDATE`, but a repeated key is a TypeError ("got multiple values for keyword
    /// argument"): used for `f(**a, **b)`.
    DictMerge = "DICT_MERGE", Num, |_, _| -1;
    /// `[list] -> [tuple(list)]`
    ListToTuple = "LIST_TO_TUPLE", None, |_, _| 0;
    /// f-strings: `[v] -> [format(conv(v))]`, or `[v, spec] -> [format(conv(v), spec)]` when
    /// `arg & 4`; `arg & 3` is the conversion: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    FormatValue = "FORMAT_VALUE", Num, |a, _| if a & 4 != 0 { -1 } else { 0 };
    /// `[s1..sn] -> [s1 + .. + sn]` (all str).
    BuildString = "BUILD_STRING", Num, |a, _| 1 - a;

    /// `[seq] -> [xn, .., x1]` (x1 on top); ValueError if `len(seq) != arg`.
    UnpackSequence = "UNPACK_SEQUENCE", Num, |a, _| a - 1;
    /// `a, *b, c = seq`: `arg = before | after << 8`; `[seq] -> [after.., list, before..]`
    /// with the first `before` items on top.
    UnpackEx = "UNPACK_EX", Num, |a, _| (a & 0xff) + (a >> 8);

    /// Pattern matching: `[s] -> [s, b]`, `b` whether `s` is a sequence for `match`
    /// (list, tuple, range, deque, `collections.abc.Sequence`; not str/bytes/bytearray).
    MatchSequence = "MATCH_SEQUENCE", None, |_, _| 1;
    /// `[s] -> [s, b]`, `b` whether `s` is a mapping (dict, `collections.abc.Mapping`).
    MatchMapping = "MATCH_MAPPING", None, |_, _| 1;
    /// `[s] -> [s, len(s)]`
    GetLen = "GET_LEN", None, |_, _| 1;
    /// `[s, keys] -> [s, keys, values]`: the values of `keys` in the mapping `s` (looked up
    /// with `s.get`), or None when one is missing.
    MatchKeys = "MATCH_KEYS", None, |_, _| 1;
    /// `[s, keys] -> [rest]`: a dict of the items of `s` whose keys are not in `keys`.
    CopyDictWithoutKeys = "COPY_DICT_WITHOUT_KEYS", None, |_, _| -1;
    /// `[s, cls, names] -> [attrs]`: when `s` is an instance of `cls`, a tuple of the `arg`
    /// positional sub-pattern values (through `__match_args__`) then the attributes `names`;
    /// None when `s` is not an instance or an attribute is missing.
    MatchClass = "MATCH_CLASS", Num, |_, _| -2;

    /// Unconditional jump. The VM polls the eval breaker on backward jumps.
    Jump = "JUMP", Jump, |_, _| 0;
    /// `[v] -> []`, jumps if `v` is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", Jump, |_, _| -1;
    /// `[v] -> []`, jumps if `v` is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", Jump, |_, _| -1;
    /// If `v` is false, jump and keep it; else pop it (`and`).
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", Jump, |_, j| if j { 0 } else { -1 };
    /// If `v` is true, jump and keep it; else pop it (`or`).
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", Jump, |_, j| if j { 0 } else { -1 };
    /// `[x] -> [iter(x)]`
    GetIter = "GET_ITER", None, |_, _| 0;
    /// `[it] -> [it, next(it)]`, or, when exhausted, `[it] -> []` and jump.
    ForIter = "FOR_ITER", Jump, |_, j| if j { -1 } else { 1 };
    /// `[v] -> (returns v)`
    ReturnValue = "RETURN_VALUE", None, |_, _| -1;

    /// Pushes a try block whose handler is `arg` (see the module docs).
    SetupFinally = "SETUP_FINALLY", Jump, |_, j| if j { 1 } else { 0 };
    /// Pops the innermost try block (the `try` body finished normally).
    PopBlock = "POP_BLOCK", None, |_, _| 0;
    /// Pops the innermost except-handler block and restores the exception that was being
    /// handled before it. Does not touch the value stack.
    PopExcept = "POP_EXCEPT", None, |_, _| 0;
    /// `[exc] -> (raises exc again, traceback kept)`
    Reraise = "RERAISE", None, |_, _| -1;
    /// arg 0: re-raise the exception being handled (`raise`); 1: `[exc] -> (raise exc)`;
    /// 2: `[exc, cause] -> (raise exc from cause)`; 3, at the end of `except*` clauses:
    /// `[orig, raised, rest] -> []`, re-raising (traceback kept) what is left to propagate —
    /// the handlers' exceptions and the unhandled rest — and going on when nothing is (as
    /// CPython's `PREP_RERAISE_STAR` + `RERAISE`; the opcode table has no room for another).
    RaiseVarargs = "RAISE_VARARGS", Num, |a, _| -a;
    /// `[exc, type] -> []`; jumps when `exc` is not an instance of `type` (a class or a tuple
    /// of classes; TypeError if it is neither).
    JumpIfNotExcMatch = "JUMP_IF_NOT_EXC_MATCH", Jump, |_, _| -2;
    /// `except* T`: `[rest, T] -> [rest', match]`, the part of `rest` that `T` matches (a
    /// naked exception wrapped in a group) becoming the handled exception; jumps with
    /// `[rest]` when nothing matches.
    CheckEgMatch = "CHECK_EG_MATCH", Jump, |_, j| if j { -1 } else { 0 };
    /// `[] -> [AssertionError]` (the class, not looked up by name).
    LoadAssertionError = "LOAD_ASSERTION_ERROR", None, |_, _| 1;
    /// `[mgr] -> [mgr.__exit__, mgr.__enter__()]` and a try block (recorded below the enter
    /// result) with handler `arg`; the handler starts with `[exit, exc]`.
    SetupWith = "SETUP_WITH", Jump, |_, _| 1;
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, exc.__traceback__)]`
    WithExceptStart = "WITH_EXCEPT_START", None, |_, _| 1;

    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`; arg flags:
    /// 1 defaults tuple, 2 kw-only defaults dict, 4 annotations dict, 8 closure tuple of cells.
    MakeFunction = "MAKE_FUNCTION", Num, |a, _| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    /// Names the keyword arguments of the next `CALL_*`: `consts[arg]` is a tuple of str;
    /// the last `len(tuple)` arguments of that call are passed by keyword.
    KwNames = "KW_NAMES", Const, |_, _| 0;
    /// `[callable, a1..an] -> [callable(a1..an)]`
    CallFunction = "CALL_FUNCTION", Num, |a, _| -a;
    /// After `LOAD_METHOD`: `[func, self, a1..an] -> [func(self, a1..an)]` or
    /// `[Null, callable, a1..an] -> [callable(a1..an)]`.
    CallMethod = "CALL_METHOD", Num, |a, _| -a - 1;
    /// `[callable, args_tuple] -> [result]`, or with `arg & 1`,
    /// `[callable, args_tuple, kwargs_dict] -> [result]`.
    CallFunctionEx = "CALL_FUNCTION_EX", Num, |a, _| -1 - (a & 1);

    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass = "LOAD_BUILD_CLASS", None, |_, _| 1;
    /// Creates `__annotations__` in the locals namespace if missing (module and class bodies).
    SetupAnnotations = "SETUP_ANNOTATIONS", None, |_, _| 0;
    /// `[level, fromlist] -> [module]`: `__import__(names[arg], globals, None, fromlist, level)`
    ImportName = "IMPORT_NAME", Name, |_, _| -1;
    /// `[module] -> [module, module.name]` (ImportError if missing)
    ImportFrom = "IMPORT_FROM", Name, |_, _| 1;
    /// `[module] -> []`, binds the public names in the locals namespace.
    ImportStar = "IMPORT_STAR", None, |_, _| -1;
    /// Interactive ("single") code: `[v] -> []`, calls `sys.displayhook(v)` (echoes the
    /// value of an expression statement at the prompt).
    PrintExpr = "PRINT_EXPR", None, |_, _| -1;

    /// Generators: `[v] -> [sent]`: suspends the frame yielding `v`; resumes with the value
    /// passed to `send()` (None for `next()`).
    YieldValue = "YIELD_VALUE", None, |_, _| 0;
    /// `[x] -> [iter(x)]`, but a generator stays as it is.
    GetYieldFromIter = "GET_YIELD_FROM_ITER", None, |_, _| 0;
    /// `[it, v] -> [result]`: delegates to `it` (sending `v`) until it returns, re-executing
    /// itself after each value it yields outwards; pushes the sub-iterator's return value.
    YieldFrom = "YIELD_FROM", None, |_, _| -1;

    // Coroutines (see `compiler::asyncs` and `vm::awaiting`).

    /// `[x] -> [awaitable iterator of x]`: a coroutine (or `types.coroutine` generator) as
    /// it is, else `x.__await__()`. The argument says what is awaited, for the error
    /// message: 0 an `await` expression, 1 `__aenter__`'s result, 2 `__aexit__`'s.
    GetAwaitable = "GET_AWAITABLE", Num, |_, _| 0;
    /// As `YIELD_FROM`, driving an awaitable's iterator: `[it, v] -> [result]`.
    Send = "SEND", None, |_, _| -1;
    /// `[x] -> [x.__aiter__()]` (checked to have `__anext__`).
    GetAiter = "GET_AITER", None, |_, _| 0;
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`
    GetAnext = "GET_ANEXT", None, |_, _| 1;
    /// The handler of an `async for` step: `[aiter, exc] -> []` and pops the handler block
    /// when `exc` is a StopAsyncIteration (the loop ends); re-raises `exc` otherwise.
    EndAsyncFor = "END_ASYNC_FOR", None, |_, _| -2;
    /// `[mgr] -> [mgr.__aexit__, mgr.__aenter__()]`
    BeforeAsyncWith = "BEFORE_ASYNC_WITH", None, |_, _| 1;
    /// `[aexit, entered]`: pushes the `async with` body's try block (recorded below
    /// `entered`) with handler `arg`, which starts with `[aexit, exc]`.
    SetupAsyncWith = "SETUP_ASYNC_WITH", Jump, |_, _| 0;

    // Specialised instructions (see `vm::quicken`): the eval loop rewrites a generic
    // instruction into one of these after warm-up, and back when its guard keeps failing.
    // The compiler never emits them; each has its generic instruction's argument and stack
    // effect ([`Op::generic`]).

    /// `LOAD_GLOBAL` found in the module's globals (guard: their keys version).
    LoadGlobalModule = "LOAD_GLOBAL_MODULE", Name, |_, _| 1;
    /// `LOAD_GLOBAL` found in builtins (guards: the keys versions of globals and builtins).
    LoadGlobalBuiltin = "LOAD_GLOBAL_BUILTIN", Name, |_, _| 1;
    /// `LOAD_ATTR` of a module attribute (guard: the module dict's keys version).
    LoadAttrModule = "LOAD_ATTR_MODULE", Name, |_, _| 0;
    /// `LOAD_ATTR` of a class attribute through the class (guard: its version tag).
    LoadAttrClass = "LOAD_ATTR_CLASS", Name, |_, _| 0;
    /// `LOAD_METHOD` on an object without an instance dict (guard: its type's version tag).
    LoadMethodNoDict = "LOAD_METHOD_NO_DICT", Name, |_, _| 1;
    /// `LOAD_METHOD` on an instance whose dict does not shadow the method (guards: the type's
    /// version tag, the name absent from the instance dict).
    LoadMethodWithDict = "LOAD_METHOD_WITH_DICT", Name, |_, _| 1;
    /// `LOAD_ATTR` of an attribute in an instance dict (guards: the type's version tag, the
    /// name at the cached entry position).
    LoadAttrWithHint = "LOAD_ATTR_WITH_HINT", Name, |_, _| 0;
    /// `STORE_ATTR` replacing an attribute in an instance dict (guards as
    /// `LOAD_ATTR_WITH_HINT`).
    StoreAttrWithHint = "STORE_ATTR_WITH_HINT", Name, |_, _| -2;
    /// `STORE_ATTR` adding an instance attribute by a shape transition (guards: the type's
    /// version tag, the instance's shape; the cache keeps the shape it moves to).
    StoreAttrAdd = "STORE_ATTR_ADD", Name, |_, _| -2;
    /// `LOAD_ATTR` of an instance attribute at a site that sees a few classes (guards: one
    /// of the table's version tags and shapes; see `quicken::Poly`).
    LoadAttrPoly = "LOAD_ATTR_POLY", Name, |_, _| 0;
    /// `STORE_ATTR` replacing an instance attribute, polymorphic (as `LOAD_ATTR_POLY`).
    StoreAttrPoly = "STORE_ATTR_POLY", Name, |_, _| -2;
    /// `LOAD_METHOD` at a site that sees a few classes (as `LOAD_ATTR_POLY`).
    LoadMethodPoly = "LOAD_METHOD_POLY", Name, |_, _| 1;
    /// `BINARY_OP` on two ints.
    BinaryOpInt = "BINARY_OP_INT", BinaryOp, |_, _| -1;
    /// `BINARY_OP` on two floats.
    BinaryOpFloat = "BINARY_OP_FLOAT", BinaryOp, |_, _| -1;
    /// `BINARY_OP` on an int and a float, either way round.
    BinaryOpMixed = "BINARY_OP_MIXED", BinaryOp, |_, _| -1;
    /// `BINARY_OP` `+` on two strs.
    BinaryOpAddStr = "BINARY_OP_ADD_STR", BinaryOp, |_, _| -1;
    /// `COMPARE_OP` on two ints (branching directly when a conditional jump follows).
    CompareOpInt = "COMPARE_OP_INT", Compare, |_, _| -1;
    /// `COMPARE_OP` on two floats.
    CompareOpFloat = "COMPARE_OP_FLOAT", Compare, |_, _| -1;
    /// `COMPARE_OP` on two strs.
    CompareOpStr = "COMPARE_OP_STR", Compare, |_, _| -1;
    /// `BINARY_SUBSCR` of an exact list by an int.
    BinarySubscrListInt = "BINARY_SUBSCR_LIST_INT", None, |_, _| -1;
    /// `BINARY_SUBSCR` of an exact tuple by an int.
    BinarySubscrTupleInt = "BINARY_SUBSCR_TUPLE_INT", None, |_, _| -1;
    /// `BINARY_SUBSCR` of an exact dict.
    BinarySubscrDict = "BINARY_SUBSCR_DICT", None, |_, _| -1;
    /// `STORE_SUBSCR` into an exact list at an int index.
    StoreSubscrListInt = "STORE_SUBSCR_LIST_INT", None, |_, _| -3;
    /// `BINARY_SUBSCR` of an exact list by a slice (no protocol dispatch).
    BinarySubscrListSlice = "BINARY_SUBSCR_LIST_SLICE", None, |_, _| -1;
    /// `STORE_SUBSCR` into an exact list by a slice.
    StoreSubscrListSlice = "STORE_SUBSCR_LIST_SLICE", None, |_, _| -3;
    /// `STORE_SUBSCR` into an exact dict.
    StoreSubscrDict = "STORE_SUBSCR_DICT", None, |_, _| -3;
    /// `UNPACK_SEQUENCE 2` of an exact tuple.
    UnpackSequenceTwoTuple = "UNPACK_SEQUENCE_TWO_TUPLE", Num, |a, _| a - 1;
    /// `UNPACK_SEQUENCE` of an exact tuple.
    UnpackSequenceTuple = "UNPACK_SEQUENCE_TUPLE", Num, |a, _| a - 1;
    /// `UNPACK_SEQUENCE` of an exact list.
    UnpackSequenceList = "UNPACK_SEQUENCE_LIST", Num, |a, _| a - 1;
    /// `FOR_ITER` over a range iterator.
    ForIterRange = "FOR_ITER_RANGE", Jump, |_, j| if j { -1 } else { 1 };
    /// `FOR_ITER` over a list iterator.
    ForIterList = "FOR_ITER_LIST", Jump, |_, j| if j { -1 } else { 1 };
    /// `FOR_ITER` over a tuple iterator.
    ForIterTuple = "FOR_ITER_TUPLE", Jump, |_, j| if j { -1 } else { 1 };
    /// `FOR_ITER` over a generator: its frame is resumed inside the running eval loop.
    ForIterGen = "FOR_ITER_GEN", Jump, |_, j| if j { -1 } else { 1 };
    /// `CALL_FUNCTION` of a Python function whose parameters are exactly the positional
    /// arguments (guard: the function's version).
    CallPyExact = "CALL_FUNCTION_PY_EXACT", Num, |a, _| -a;
    /// `CALL_METHOD` of a Python function whose parameters are exactly the positional
    /// arguments, `self` included when bound (guard: the function's version).
    CallMethodPyExact = "CALL_METHOD_PY_EXACT", Num, |a, _| -a - 1;
    /// `CALL_FUNCTION` of a Python function taking the positional arguments plus some of
    /// its defaults (guard: the function's version, which `__defaults__` assignment changes).
    CallPyWithDefaults = "CALL_FUNCTION_PY_WITH_DEFAULTS", Num, |a, _| -a;
    /// `CALL_METHOD` of a Python function taking the arguments plus some of its defaults.
    CallMethodPyWithDefaults = "CALL_METHOD_PY_WITH_DEFAULTS", Num, |a, _| -a - 1;
    /// `CALL_FUNCTION` of an unbound builtin function.
    CallBuiltin = "CALL_FUNCTION_BUILTIN", Num, |a, _| -a;
    /// `CALL_METHOD` of a builtin method (`[method, self, args]`).
    CallMethodBuiltin = "CALL_METHOD_BUILTIN", Num, |a, _| -a - 1;
    /// Superinstruction: `LOAD_FAST a; LOAD_FAST b` in one dispatch (the second instruction
    /// stays in place, for a jump to it; `arg` is the first's).
    LoadFastLoadFast = "LOAD_FAST__LOAD_FAST", Local, |_, _| 1;
    /// Superinstruction: `LOAD_FAST a; LOAD_CONST c`.
    LoadFastLoadConst = "LOAD_FAST__LOAD_CONST", Local, |_, _| 1;
    /// Superinstruction: `LOAD_CONST c; LOAD_FAST a`.
    LoadConstLoadFast = "LOAD_CONST__LOAD_FAST", Const, |_, _| 1;
    /// Superinstruction: `STORE_FAST a; LOAD_FAST b`.
    StoreFastLoadFast = "STORE_FAST__LOAD_FAST", Local, |_, _| -1;
    /// `CALL_FUNCTION` of a class with `object.__new__` and a Python `__init__` taking exactly
    /// the arguments (guards: the class's version tag, the `__init__`'s function version).
    CallClass = "CALL_FUNCTION_CLASS", Num, |a, _| -a;
}

// (`COMPARE_OP`/`BINARY_OP` argument kinds, shared with the objects: the bottom module)
pub use crate::operators::{
    binary_op_arg, binary_op_from_arg, binary_op_symbol, CompareKind, INPLACE,
};

impl Op {
    /// The instruction a specialised one stands for (itself for the others): what `--dis`,
    /// `co_code` and a failing guard fall back to.
    pub fn generic(self) -> Op {
        use Op::*;
        match self {
            LoadGlobalModule | LoadGlobalBuiltin => LoadGlobal,
            LoadAttrModule | LoadAttrClass | LoadAttrWithHint | LoadAttrPoly => LoadAttr,
            LoadMethodNoDict | LoadMethodWithDict | LoadMethodPoly => LoadMethod,
            StoreAttrWithHint | StoreAttrPoly | StoreAttrAdd => StoreAttr,
            BinaryOpInt | BinaryOpFloat | BinaryOpMixed | BinaryOpAddStr => BinaryOp,
            CompareOpInt | CompareOpFloat | CompareOpStr => CompareOp,
            BinarySubscrListInt
            | BinarySubscrTupleInt
            | BinarySubscrDict
            | BinarySubscrListSlice => BinarySubscr,
            StoreSubscrListInt | StoreSubscrDict | StoreSubscrListSlice => StoreSubscr,
            UnpackSequenceTwoTuple | UnpackSequenceTuple | UnpackSequenceList => UnpackSequence,
            ForIterRange | ForIterList | ForIterTuple | ForIterGen => ForIter,
            CallPyExact | CallPyWithDefaults | CallBuiltin | CallClass => CallFunction,
            LoadFastLoadFast | LoadFastLoadConst => LoadFast,
            LoadConstLoadFast => LoadConst,
            StoreFastLoadFast => StoreFast,
            CallMethodPyExact | CallMethodPyWithDefaults | CallMethodBuiltin => CallMethod,
            op => op,
        }
    }

    /// Whether the eval loop may specialise this (generic) instruction: it gets an inline
    /// cache entry.
    pub fn is_specialisable(self) -> bool {
        use Op::*;
        matches!(
            self,
            LoadGlobal
                | LoadAttr
                | LoadMethod
                | StoreAttr
                | BinaryOp
                | CompareOp
                | BinarySubscr
                | StoreSubscr
                | UnpackSequence
                | ForIter
                | CallFunction
                | CallMethod
        )
    }
}

/// One instruction: 8 bytes. `cache` indexes the code object's inline caches for the
/// instructions that have one (see `vm::quicken`); the compiler leaves it 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub cache: u16,
    pub arg: u32,
}

impl Instr {
    pub fn new(op: Op, arg: u32) -> Self {
        Instr { op, cache: 0, arg }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn binary_op_args_round_trip() {
        for arg in 0..26 {
            let (op, inplace) = binary_op_from_arg(arg).unwrap();
            assert_eq!(binary_op_arg(op, inplace), arg);
        }
        assert!(binary_op_from_arg(26).is_none());
    }

    #[test]
    fn specialised_ops_keep_their_generic_stack_effect() {
        let superinstructions = [
            Op::LoadFastLoadFast,
            Op::LoadFastLoadConst,
            Op::LoadConstLoadFast,
            Op::StoreFastLoadFast,
        ];
        for &op in Op::ALL.iter().filter(|op| !superinstructions.contains(op)) {
            let g = op.generic();
            assert!(g == op || g.is_specialisable(), "{op:?}");
            for arg in [0, 1, 2, 3] {
                for jump in [false, true] {
                    assert_eq!(op.stack_effect(arg, jump), g.stack_effect(arg, jump));
                }
            }
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = Op::ALL.iter().map(|op| op.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Op::ALL.len());
    }
}
