# collections.abc's asynchronous ABCs recognise the builtin and user-defined async types.
import collections.abc as cabc


async def coro():
    pass


async def agen():
    yield 1


c = coro()
g = agen()
for obj in (c, g, c.__await__(), g.__anext__(), 1, [1]):
    print(type(obj).__name__, [isinstance(obj, t) for t in (
        cabc.Awaitable, cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator,
        cabc.AsyncGenerator, cabc.Iterator, cabc.Generator)])
c.close()


class Ait:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class OnlyAwait:
    def __await__(self):
        return iter(())


print(isinstance(Ait(), cabc.AsyncIterator), isinstance(OnlyAwait(), cabc.Awaitable),
      isinstance(OnlyAwait(), cabc.Coroutine))
for abc in (cabc.Awaitable, cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator,
            cabc.AsyncGenerator):
    print(abc.__name__, sorted(abc.__abstractmethods__))


class MyGen(cabc.AsyncGenerator):
    def __init__(self):
        self.n = 0

    async def asend(self, value):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration


async def use():
    out = [x async for x in MyGen()]
    m = MyGen()
    await m.aclose()
    return out


try:
    use().send(None)
except StopIteration as e:
    print(e.value)
try:
    cabc.AsyncIterator()
except TypeError as e:
    print(e)
