# Coroutines driven by hand: send/throw/close semantics, attributes, flags, errors.
import types


def run(coro):
    """Drive a coroutine to completion, collecting what it yields."""
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return yielded, e.value


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
    return total


print(run(chain(5)))
print(add.__code__.co_flags & 0x80, add.__code__.co_flags & 0x20, hex(add.__code__.co_flags))

c = add(1, 2)
print(type(c).__name__, type(c) is types.CoroutineType)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.__name__, c.__qualname__, c.cr_code is add.__code__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin, c.cr_frame is not None)
print(run(c))
print(c.cr_frame, c.cr_running, c.cr_suspended)

# Reusing a finished coroutine.
for op in ("send", "throw", "close"):
    try:
        if op == "send":
            print(c.send(None))
        elif op == "throw":
            print(c.throw(ValueError))
        else:
            print(c.close())
    except BaseException as e:
        print(op, type(e).__name__, e)


class Suspend:
    """An awaitable that suspends once, yielding its tag."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return ("resumed", self.tag, got)


async def waiter():
    r1 = await Suspend("a")
    r2 = await Suspend("b")
    return [r1, r2]


w = waiter()
print(w.send(None))
print(type(w.cr_await).__name__, w.cr_suspended)
print(w.send(10))
try:
    w.send(20)
except StopIteration as e:
    print("done", e.value)

# send a non-None value first
w = waiter()
try:
    w.send(1)
except TypeError as e:
    print(type(e).__name__, e)
w.close()

# throw into a suspended coroutine: caught inside
async def catcher():
    try:
        await Suspend("x")
    except KeyError as e:
        return "caught " + repr(e)


k = catcher()
k.send(None)
try:
    k.throw(KeyError("boom"))
except StopIteration as e:
    print(e.value)

# throw uncaught
k = catcher()
k.send(None)
try:
    k.throw(ValueError, ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(k.cr_frame)

# close a suspended coroutine runs finally
async def with_finally():
    try:
        await Suspend("f")
    finally:
        print("finally ran")


f = with_finally()
f.send(None)
print(f.close())

# coroutine ignored GeneratorExit
async def stubborn():
    try:
        await Suspend(1)
    except GeneratorExit:
        await Suspend(2)


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# StopIteration inside a coroutine
async def raises_stop():
    raise StopIteration(5)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# awaiting an already-awaited coroutine
async def inner():
    await Suspend("i")
    return 1


async def outer(co):
    return await co


co = inner()
run(outer(co))
try:
    run(outer(co))
except RuntimeError as e:
    print(e)

# awaiting a coroutine that another is awaiting
co = inner()
o1 = outer(co)
o1.send(None)
try:
    outer(co).send(None)
except RuntimeError as e:
    print(e)
o1.close()

# already executing
async def selfsend():
    me.send(None)


me = selfsend()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)

# not iterable / not an iterator
for op in (iter, next):
    c = add(1, 1)
    try:
        op(c)
    except TypeError as e:
        print(e)
    c.close()

# __await__ returns a coroutine_wrapper
c = chain(3)
wr = c.__await__()
print(type(wr).__name__, iter(wr) is wr)
try:
    next(wr)
except StopIteration as e:
    print("wrapper result", e.value)

# attributes are read-only
c = add(0, 0)
for name in ("cr_running", "cr_frame", "cr_code", "cr_await"):
    try:
        setattr(c, name, 1)
    except AttributeError as e:
        print(e)
c.__name__ = "renamed"
print(c.__name__)
try:
    c.__qualname__ = 3
except TypeError as e:
    print(e)
c.close()

# warm-up: the same await paths 200 times, then a change of awaitable
def many(n, make):
    out = 0
    for i in range(n):
        out += run(make(i))[1]
    return out


async def twice(i):
    return await add(i, i)

print(many(200, twice))


async def twice_suspending(i):
    r = await Suspend(i)
    return 1 if r and r[0] == "resumed" else 2

print(many(200, twice_suspending))
Suspend.__await__ = lambda self: iter(())
print(many(200, twice_suspending))
