# Where `await`, `async for`, `async with` and async comprehensions may appear: CPython's
# SyntaxErrors (message, line, offset), and the forms that compile.

cases = [
    "await x",
    "class C:\n    await x",
    "def f():\n    await x",
    "lambda: await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    class C:\n        await x",
    "def f():\n    async for x in y:\n        pass",
    "async for x in y:\n    pass",
    "def f():\n    async with x:\n        pass",
    "async with x:\n    pass",
    "async def f():\n    def g():\n        async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield 1",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return {x: 1 async for x in y}",
    "def f():\n    return [[x async for x in y] for z in w]",
    "x = [i async for i in y]",
    "async def f():\n    return [lambda: await x for y in z]",
    "def f(): return [x for x in await y]",
    "async = 1",
    "def f():\n    await = 1",
    "async def f():\n    async while x: pass",
    "async x = 1",
    # these compile
    "async def f():\n    await x",
    "async def f():\n    yield 1\n    return",
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    return [[x async for x in y] for z in w]",
    "async def f():\n    return [x for x in y if await z]",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "@d\nasync def f(a, *b, c=1, **d) -> int:\n    async with a as (b, c), d:\n        async for e in f:\n            await g\n        else:\n            pass",
]

for src in cases:
    try:
        code = compile(src, "<case>", "exec")
    except SyntaxError as e:
        print("%-48r %s (line %s, offset %s)" % (src[:48], e.msg, e.lineno, e.offset))
    else:
        flags = [c.co_flags & 0x3a0 for c in code.co_consts if hasattr(c, "co_flags")]
        print("%-48r compiles %s" % (src[:48], [hex(f) for f in flags]))
