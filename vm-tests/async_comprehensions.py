# Asynchronous comprehensions and generator expressions, and `await` inside comprehensions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def arange(n):
    for i in range(n):
        yield i


async def double(x):
    return 2 * x


async def forms():
    print([x async for x in arange(4)])
    print({x % 2 async for x in arange(5)})
    print({x: x * x async for x in arange(3)})
    print([x async for x in arange(6) if x % 2 if x > 1])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in arange(2)])
    print([(x, y) async for x in arange(2) async for y in arange(x + 1)])
    print([await double(x) for x in range(3)])
    print([x for x in range(5) if await double(x) > 4])
    print({await double(x): x for x in range(2)})
    print([[y async for y in arange(x)] for x in range(3)])
    print([[await double(y) for y in range(x)] for x in range(3)])
    print([x for x in await double(2) * [1]])
    ge = (x * 10 async for x in arange(3))
    print(type(ge).__name__, ge.__name__, [v async for v in ge])
    ge2 = (await double(x) for x in range(3))
    print(type(ge2).__name__, [v async for v in ge2])
    # the walrus binds in the function
    print([last := x async for x in arange(3)], last)
    return "ok"


print(run(forms()))


def plain():
    # an async generator expression is allowed in a plain function
    return (x async for x in arange(3))


async def collect(g):
    return [x async for x in g]


print(type(plain()).__name__, run(collect(plain())))


# errors propagate out of the comprehension
async def failing():
    async def boom():
        yield 1
        raise KeyError("inside")

    try:
        return [x async for x in boom()]
    except KeyError as e:
        return "caught " + repr(e)


print(run(failing()))


async def not_async_iterable():
    return [x async for x in [1, 2]]


try:
    run(not_async_iterable())
except TypeError as e:
    print(e)

# warm-up, then the awaited function changes
async def squares(n):
    return [await double(x) async for x in arange(n)]


print(sum(sum(run(squares(4))) for _ in range(200)))


async def double(x):  # noqa: F811 (rebinding on purpose)
    return 3 * x


print(sum(sum(run(squares(4))) for _ in range(200)))
