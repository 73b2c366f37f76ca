import asyncio
async def boom(i):
    await asyncio.sleep(0.01 * i)
    if i == 2:
        raise ValueError(i)
    if i == 3:
        raise TypeError(i)
    return i
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(boom(i))
    except* ValueError as e:
        print("VE", repr(e))
    except* TypeError as e:
        print("TE", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(2))
    except* ValueError as e:
        await asyncio.sleep(0)
        print("awaited in handler", repr(e.exceptions))
asyncio.run(main())
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield repr(e)
    except* KeyError as e:
        yield repr(e)
print(list(gen()))
def gen2():
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            yield i
print(list(gen2()))
# Warm-up: except* around a TaskGroup, 200 rounds in one loop.
async def rounds():
    caught = {}
    for i in range(200):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(boom(2 if i % 2 else 3) if i % 5 else asyncio.sleep(0))
        except* ValueError as e:
            caught["V"] = caught.get("V", 0) + len(e.exceptions)
        except* TypeError as e:
            caught["T"] = caught.get("T", 0) + len(e.exceptions)
    return caught
async def fast_boom(i):
    if i == 2:
        raise ValueError(i)
    raise TypeError(i)
boom = fast_boom
print(asyncio.run(rounds()))
print(type(asyncio.TaskGroup).__name__, ExceptionGroup.__module__)
