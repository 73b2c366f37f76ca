# What `await` accepts: coroutines, types.coroutine generators, objects with __await__;
# the errors for everything else; tracebacks through awaiting frames.
import types


def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value


@types.coroutine
def sleep0(tag):
    got = yield tag
    return got


print(hex(sleep0.__code__.co_flags & 0x1a0))


async def uses_gen_coroutine():
    a = await sleep0("first")
    b = await sleep0("second")
    return a, b


print(run(uses_gen_coroutine()))
print(types.coroutine(uses_gen_coroutine) is uses_gen_coroutine)


# a generator-based coroutine may `yield from` a native coroutine
async def native():
    return "native result"


@types.coroutine
def delegating():
    r = yield from native()
    return "got " + r


print(run(delegating()))


# but a plain generator may not
pending = native()


def plain_gen():
    yield from pending


try:
    list(plain_gen())
except TypeError as e:
    print(e)


# types.coroutine on a callable returning a generator
def factory():
    def gen():
        yield "from factory"
        return 7
    return gen()


wrapped = types.coroutine(factory)


async def use_wrapped():
    return await wrapped()


print(run(use_wrapped()))
try:
    types.coroutine(5)
except TypeError as e:
    print(e)


class Good:
    def __await__(self):
        yield "good"
        return "good result"


class ReturnsCoroutine:
    def __await__(self):
        return pending


class ReturnsNonIterator:
    def __await__(self):
        return 42


class ReturnsList:
    def __await__(self):
        return [1, 2]


class Raises:
    def __await__(self):
        raise ValueError("in __await__")


class InstanceAttr:
    pass


ia = InstanceAttr()
ia.__await__ = lambda: iter([])


async def await_it(obj):
    return await obj


print(run(await_it(Good())))
pending.close()
for obj in (1, "s", None, ReturnsCoroutine(), ReturnsNonIterator(), ReturnsList(), Raises(), ia, plain_gen()):
    try:
        print(run(await_it(obj)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pending.cr_frame)


# a coroutine's __await__ result steps the coroutine
async def two_steps():
    await sleep0(1)
    await sleep0(2)
    return "end"


w = two_steps().__await__()
print(next(w), w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print(e.value)
w = two_steps().__await__()
print(next(w))
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("thrown through wrapper", repr(e))
w.close()


# throw() delegates through the whole await chain
async def leaf():
    try:
        await sleep0("leaf waiting")
    except ValueError as e:
        return "leaf handled " + str(e)


async def middle():
    return "middle: " + await leaf()


async def top():
    return "top: " + await middle()


t = top()
print(t.send(None), t.cr_await.__class__.__name__)
try:
    t.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)


# close() closes the innermost awaited first
async def noisy(name, inner=None):
    try:
        if inner is None:
            await sleep0(name)
        else:
            await inner
    finally:
        print("closing", name)


n = noisy("outer", noisy("inner"))
print(n.send(None))
n.close()


# an exception's traceback shows every awaiting frame
async def fails():
    await sleep0(None)
    raise LookupError("deep")


async def calls_fails():
    await fails()


try:
    run(calls_fails())
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


# warm-up of the awaitable lookup, then __await__ changes on the class
def awaited(obj):
    return run(await_it(obj))[1]


print([awaited(Good()) for _ in range(200)][-1])


def new_await(self):
    yield "x"
    return "changed"


Good.__await__ = new_await
print([awaited(Good()) for _ in range(200)][-1])
del Good.__await__
try:
    awaited(Good())
except TypeError as e:
    print(e)

run(calls_fails())
