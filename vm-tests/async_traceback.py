# An uncaught exception's traceback through awaits, an async comprehension, async for and
# async with (lines and carets as CPython prints them).


class CM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


async def numbers():
    yield 1
    yield 1 / 0


async def middle():
    async with CM():
        async for x in numbers():
            print("got", x)


async def gathered():
    return [x async for x in wrapper()]


async def wrapper():
    await middle()
    yield "never"


def run(c):
    while True:
        c.send(None)


run(gathered())
