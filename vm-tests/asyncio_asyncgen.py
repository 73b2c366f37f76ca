# Async generators under asyncio: sys.set_asyncgen_hooks/get_asyncgen_hooks (the errors,
# firstiter and finalizer calls), the loop closing generators left open at the end of
# asyncio.run (shutdown_asyncgens, with awaits in their finally blocks), generators freed
# while suspended handed to the loop's finalizer; then the same after warm-up.
import asyncio
import gc
import sys

print(sys.get_asyncgen_hooks())
for args, kwargs in (((1,), {}), ((None, 2), {}), ((), {"firstiter": "x"})):
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(sys.get_asyncgen_hooks())

seen = []


def first(agen):
    seen.append(("first", agen.__name__))


def final(agen):
    seen.append(("final", agen.__name__))


async def counter(n):
    for i in range(n):
        yield i


sys.set_asyncgen_hooks(firstiter=first, finalizer=final)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is first, hooks.finalizer is final, hooks[0] is first, len(hooks))
g = counter(3)
print(seen)
aw = g.__anext__()
print(seen)
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
g.asend(None).close()
print(seen)
del g, aw
gc.collect()
print(seen)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is final)
sys.set_asyncgen_hooks(None, None)
del hooks

keep = []


async def resource(name, log):
    try:
        for i in range(10):
            yield f"{name}-{i}"
            await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)
        log.append(f"{name} closed")


async def main(log):
    async for item in resource("full", log):
        if item.endswith("2"):
            break
    log.append("loop broke out")
    held = resource("held", log)
    keep.append(held)
    log.append(await held.__anext__())
    dropped = resource("dropped", log)
    log.append(await dropped.__anext__())
    del dropped
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("main ends")


log = []
asyncio.run(main(log))
print(log)
print(sys.get_asyncgen_hooks())
keep.clear()


# warm-up: 200 generators created, iterated and closed by the loop, then a changed body
async def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        await asyncio.sleep(0)


async def consume(rounds):
    total = 0
    for r in range(rounds):
        async for x in numbers(3):
            total += x
        g = numbers(5)
        total += await g.__anext__()
        await g.aclose()
    return total


print(asyncio.run(consume(200)))


async def numbers(n):
    yield -n


print(asyncio.run(consume(2)))
