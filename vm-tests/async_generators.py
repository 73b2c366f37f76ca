# Async generators: asend/athrow/aclose awaitables, ag_* attributes, errors, anext/aiter.
import types


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("agen got", got)


print(hex(agen.__code__.co_flags), agen.__code__.co_flags & 0x200)
g = agen(3)
print(type(g).__name__, type(g) is types.AsyncGeneratorType)
print(repr(g).startswith("<async_generator object agen at 0x"))
print(g.__aiter__() is g, g.ag_running, g.ag_await, g.ag_code is agen.__code__)
print(g.__name__, g.__qualname__)


async def collect(ait):
    return [x async for x in ait]


print(run(collect(agen(4))))

# stepping by hand: the awaitable ends with StopIteration(value)
g = agen(3)
a = g.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value, e.args)
try:
    a.send(None)
except RuntimeError as e:
    print(e)
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("second", e.value)
try:
    g.asend("hello").send(None)
except StopIteration as e:
    print("third", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration as e:
    print("exhausted", type(e).__name__, e.args)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("still exhausted")


# awaits inside an async generator pass through the asend awaitable
async def awaiting_gen():
    x = await Suspend("tick")
    yield ("after await", x)
    y = await Suspend("tock")
    yield ("again", y)


g = awaiting_gen()
a = g.asend(None)
print(a.send(None))
print(g.ag_await.__class__.__name__, g.ag_running)
try:
    a.send(5)
except StopIteration as e:
    print(e.value, g.ag_running)
a = g.__anext__()
print(a.send(None))
# a second asend while the first is in progress
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print(e)
try:
    a.send(6)
except StopIteration as e:
    print(e.value)


# athrow: caught inside, the generator yields again
async def resilient():
    while True:
        try:
            yield "value"
        except ValueError as e:
            yield "handled " + str(e)


g = resilient()
run_first = g.__anext__()
try:
    run_first.send(None)
except StopIteration as e:
    print(e.value)
t = g.athrow(ValueError("bad"))
print(type(t).__name__)
try:
    t.send(None)
except StopIteration as e:
    print(e.value)
try:
    t.send(None)
except RuntimeError as e:
    print(e)
t = g.athrow(KeyError, KeyError("k"))
try:
    t.send(None)
except KeyError as e:
    print("propagated", repr(e))
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("finished after athrow")


# aclose runs finally blocks, and a second aclose does nothing
async def closable():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = closable()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
c = g.aclose()
try:
    c.send(None)
except StopIteration as e:
    print("closed", e.args)
try:
    g.aclose().send(None)
except StopIteration:
    print("closed again")
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("closed generator is exhausted")


# aclose on one that yields in finally
async def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
try:
    g.aclose().send(None)
except RuntimeError as e:
    print(e)


# aclose on one awaiting in finally: the await passes through
async def awaits_in_finally():
    try:
        yield 1
    finally:
        r = await Suspend("cleanup await")
        print("finally got", r)


g = awaits_in_finally()
try:
    g.__anext__().send(None)
except StopIteration:
    pass
c = g.aclose()
print(c.send(None))
try:
    c.send("ok")
except StopIteration:
    print("aclose finished")


# StopIteration and StopAsyncIteration raised inside
async def bad1():
    yield 1
    raise StopIteration


async def bad2():
    yield 1
    raise StopAsyncIteration


for f in (bad1, bad2):
    try:
        print(run(collect(f())))
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)


# athrow / aclose before starting
g = agen(2)
try:
    g.athrow(ValueError).send(None)
except ValueError:
    print("athrow on a fresh generator raises")
print(run(collect(g)))
g = agen(2)
try:
    g.aclose().send(None)
except StopIteration:
    print("aclose fresh")
print(run(collect(g)))
try:
    g.aclose().send(1)
except StopIteration:
    print("aclose after done")
g = agen(2)
try:
    g.aclose().send(1)
except RuntimeError as e:
    print(e)

# anext / aiter builtins
print(repr(anext), repr(aiter))


async def use_builtins():
    it = aiter(agen(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stop"
    return a, b, c, d


print(run(use_builtins()))
for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)


class BadAiter:
    def __aiter__(self):
        return 1


try:
    aiter(BadAiter())
except TypeError as e:
    print(e)
print(type(anext(agen(1), 0)).__name__)


# ag_running while iterating
async def peek():
    yield g2.ag_running


g2 = peek()
print(run(collect(g2)), g2.ag_running)

# generator attributes are read-only
for name in ("ag_running", "ag_frame", "ag_code", "ag_await"):
    try:
        setattr(agen(1), name, 0)
    except AttributeError as e:
        print(e)


# warm-up: 200 passes through the same async generator paths, then a change
async def numbers(n):
    for i in range(n):
        yield i * step


step = 1


def total():
    return run(collect(numbers(5)))


print(sum(sum(total()) for _ in range(200)))
step = 3
print(sum(sum(total()) for _ in range(200)))
