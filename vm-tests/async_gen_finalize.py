# Async generators and coroutines freed while suspended: closed like generators (their
# finally blocks run), what closing raises is reported, cycles are collected.
import gc
import sys

sys.unraisablehook = lambda u: print(
    "unraisable:", type(u.object).__name__, u.exc_type.__name__, u.exc_value
)


def step(awaitable):
    try:
        return ("yield", awaitable.send(None))
    except StopIteration as e:
        return ("stop", e.value)


class Suspend:
    def __await__(self):
        return (yield "suspended")


async def counter(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("finally of", name)


g = counter("dropped")
print(step(g.__anext__()))
print(step(g.__anext__()))
del g
print("after del")


def in_function():
    g = counter("local")
    step(g.__anext__())
    return "returning"


print(in_function())


async def stubborn():
    try:
        yield 1
    finally:
        yield "again"


g = stubborn()
step(g.__anext__())
del g
print("after stubborn")


async def coro_with_finally():
    try:
        await Suspend()
    finally:
        print("coroutine finally")


c = coro_with_finally()
print(step(c))
del c
print("after coroutine")


async def coro_stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()


c = coro_stubborn()
step(c)
del c
print("after stubborn coroutine")

# a cycle through the async generator's frame
async def cyclic():
    me = yield "first"
    try:
        yield me
    finally:
        print("cyclic closed")


g = cyclic()
step(g.__anext__())
step(g.asend(g))
del g
print("collected", gc.collect() > 0)

# an un-started async generator needs no closing
g = counter("never started")
del g
print("end")
