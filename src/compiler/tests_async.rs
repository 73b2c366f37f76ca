//! Code generation for coroutines, from source: the flags each kind of code gets and the
//! instruction sequences of `await`, `async for` and `async with` (the `--dis` names).

use super::*;

fn code(src: &str) -> CodeUnit {
    compile_source(src, "x.py", Mode::Exec).expect("compiles")
}

/// The first nested code object.
fn inner(c: &CodeUnit) -> &CodeUnit {
    c.consts
        .iter()
        .find_map(|k| match k {
            Const::Code(inner) => Some(&**inner),
            _ => None,
        })
        .expect("a nested code object")
}

fn ops(c: &CodeUnit) -> Vec<&'static str> {
    c.code.iter().map(|i| i.op.name()).collect()
}

#[test]
fn code_flags_of_each_kind() {
    let kind = |src: &str| inner(&code(src)).flags & 0x3a0;
    assert_eq!(kind("async def f(): pass"), flags::COROUTINE);
    assert_eq!(kind("async def f(): yield"), flags::ASYNC_GENERATOR);
    assert_eq!(kind("def f(): yield"), flags::GENERATOR);
    assert_eq!(
        kind("async def f(): return [x async for x in y]"),
        flags::COROUTINE
    );
    // the comprehension inside: a coroutine awaited by its function
    let f = code("async def f(): return [x async for x in y]");
    assert_eq!(inner(inner(&f)).flags & 0x3a0, flags::COROUTINE);
    let g = code("def f(): return (x async for x in y)");
    assert_eq!(inner(inner(&g)).flags & 0x3a0, flags::ASYNC_GENERATOR);
}

#[test]
fn await_is_get_awaitable_then_send() {
    let f = code("async def f(x):\n    return await x");
    assert_eq!(
        ops(inner(&f)),
        [
            "LOAD_FAST",
            "GET_AWAITABLE",
            "LOAD_CONST",
            "SEND",
            "RETURN_VALUE"
        ]
    );
}

#[test]
fn async_for_and_async_with_sequences() {
    let f = code("async def f(a):\n    async for x in a:\n        pass");
    let listing = ops(inner(&f));
    for name in ["GET_AITER", "GET_ANEXT", "SEND", "END_ASYNC_FOR"] {
        assert!(listing.contains(&name), "{name} in {listing:?}");
    }
    let f = code("async def f(a):\n    async with a as b:\n        pass");
    let listing = ops(inner(&f));
    for name in ["BEFORE_ASYNC_WITH", "SETUP_ASYNC_WITH", "WITH_EXCEPT_START"] {
        assert!(listing.contains(&name), "{name} in {listing:?}");
    }
    // enter, normal exit and exceptional exit are each awaited
    assert_eq!(listing.iter().filter(|n| **n == "GET_AWAITABLE").count(), 3);
}

#[test]
fn async_statements_need_an_async_function() {
    let err = |src: &str| {
        compile_source(src, "x.py", Mode::Exec)
            .expect_err("is an error")
            .error
            .msg
    };
    assert_eq!(
        err("def f():\n    async for x in y: pass"),
        "'async for' outside async function"
    );
    assert_eq!(
        err("def f():\n    async with y: pass"),
        "'async with' outside async function"
    );
    assert_eq!(
        err("def f():\n    await y"),
        "'await' outside async function"
    );
    assert_eq!(err("await y"), "'await' outside function");
    assert_eq!(
        err("async def f():\n    yield from y"),
        "'yield from' inside async function"
    );
    assert_eq!(
        err("async def f():\n    yield 1\n    return 2"),
        "'return' with value in async generator"
    );
    assert_eq!(
        err("def f():\n    return [x async for x in y]"),
        "asynchronous comprehension outside of an asynchronous function"
    );
}
