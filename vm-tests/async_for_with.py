# `async for` and `async with` statements: every form, early exits, errors.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Ticker:
    """An async iterator over range(n) written with the protocol methods."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def loops():
    out = []
    async for x in Ticker(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Ticker(5):
        if x == 1:
            continue
        if x == 3:
            break
        out.append(x)
    else:
        out.append("not reached")
    async for a, b in Pairs():
        out.append(a + b)
    for i in range(2):
        async for x in Ticker(2):
            out.append((i, x))
    return out


class Pairs:
    def __aiter__(self):
        return Ticker2()


class Ticker2:
    def __init__(self):
        self.items = [(1, 2), (3, 4)]

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


print(run(loops()))


async def ret_inside():
    async for x in Ticker(10):
        if x == 2:
            return "returned at 2"


print(run(ret_inside()))


async def exc_inside():
    try:
        async for x in Ticker(10):
            if x == 1:
                raise KeyError(x)
    except KeyError as e:
        return "caught", e


print(run(exc_inside()))


class Manager:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        self.log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return self.suppress


async def withs():
    log = []
    async with Manager("a", log) as a:
        log.append("body " + a)
    async with Manager("b", log) as b, Manager("c", log) as c:
        log.append("body %s %s" % (b, c))
    async with Manager("d", log, suppress=True):
        raise ValueError("swallowed")
    try:
        async with Manager("e", log):
            raise KeyError("kept")
    except KeyError as e:
        log.append("caught %r" % e)
    for i in range(3):
        async with Manager("loop%d" % i, log):
            if i == 1:
                continue
            if i == 2:
                break
            log.append("iter")
    return log


for line in run(withs()):
    print(line)


async def ret_in_with():
    log = []
    async with Manager("r", log):
        return log


print(run(ret_in_with()))


# errors of the protocols
class NoAnext:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class OnlyEnter:
    async def __aenter__(self):
        return self


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 2


async def use_for(obj):
    async for x in obj:
        pass


async def use_with(obj):
    async with obj:
        pass


for obj in (1, NoAnext(), BadAnext(), [1, 2]):
    try:
        run(use_for(obj))
    except TypeError as e:
        print("for:", e, "| cause:", e.__cause__)
for obj in (1, OnlyEnter(), BadEnter(), BadExit(), Ticker(1)):
    try:
        run(use_with(obj))
    except TypeError as e:
        print("with:", e)


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        raise RuntimeError("from exit")


async def exit_raises():
    try:
        async with ExitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        return repr(e), repr(e.__context__)


print(run(exit_raises()))


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def sync_in_async():
    try:
        async with Sync():
            pass
    except TypeError as e:
        print(e)
    with Sync():
        print("plain with works")


run(sync_in_async())


# warm-up: the same async for/with 200 times, then the iterator class changes
async def summed(n):
    total = 0
    async for x in Ticker(n):
        total += x
    async with Manager("m", []) as m:
        total += len(m)
    return total


print(sum(run(summed(4)) for _ in range(200)))


async def fast_anext(self):
    if self.i >= self.n:
        raise StopAsyncIteration
    self.i += 2
    return 100


Ticker.__anext__ = fast_anext
print(sum(run(summed(4)) for _ in range(200)))
del Manager.__aexit__
try:
    run(summed(1))
except TypeError as e:
    print(e)
