# gather (return_exceptions, cancel), shield, wait (return_when, timeout, bad arguments),
# as_completed (with a timeout) and wait_for (None, 0, expiry), then the same after warm-up.
import asyncio
import os

# Task reprs name this file by its absolute path: show it relative to the checkout.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError as e:
        print("cancelled", name, repr(e), e.args)
        raise

async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught and swallowed")
        return "swallowed"

async def main():
    t = asyncio.create_task(sleeper("a", 1))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling())
    print(str(t).replace(HERE, ''))
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer got", repr(e))
    print(t.cancelled(), t.done(), str(t).replace(HERE, ''))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", repr(e))
    print(t.cancel())
    t2 = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled())
    # cancel before start
    t3 = asyncio.create_task(sleeper("c", 0))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3", repr(e))
    # gather with exception
    async def boom():
        await asyncio.sleep(0.001)
        raise ValueError("boom")
    try:
        await asyncio.gather(sleeper("x", 0.002), boom())
    except ValueError as e:
        print("gather raised", e)
    r = await asyncio.gather(boom(), sleeper("y", 0.001), return_exceptions=True)
    print(r)
    # gather cancel
    g = asyncio.gather(sleeper("g1", 1), sleeper("g2", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    r = await asyncio.gather()
    print(r)
    # shield
    inner = asyncio.create_task(sleeper("sh", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner", inner.done())
    print(await inner)
    # wait
    ts = [asyncio.create_task(sleeper(f"w{i}", i * 0.1)) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.result() for t in done))
    done, pending = await asyncio.wait(ts, timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(ts)
    print(len(done), len(pending))
    for bad in ([], ts[0]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(ts, return_when="x")
    except ValueError as e:
        print(e)
    c = sleeper("q", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    # as_completed
    res = []
    for f in asyncio.as_completed([sleeper("ac3", 0.08), sleeper("ac1", 0), sleeper("ac2", 0.04)]):
        res.append(await f)
    print(res)
    try:
        for f in asyncio.as_completed([sleeper("slow", 1)], timeout=0.001):
            await f
    except TimeoutError:
        print("as_completed timeout")
    # wait_for
    print(await asyncio.wait_for(sleeper("wf", 0), 1))
    print(await asyncio.wait_for(sleeper("wfn", 0), None))
    try:
        await asyncio.wait_for(sleeper("wf0", 1), 0)
    except TimeoutError as e:
        print("wait_for 0", repr(e), type(e.__cause__).__name__)
    return t

t = asyncio.run(main())
print(t.cancelled())


# warm-up: gather and wait_for 200 times, then the awaited coroutine function changes
async def value(n):
    await asyncio.sleep(0)
    return n


async def many():
    total = 0
    for i in range(200):
        a, b = await asyncio.gather(value(i), asyncio.wait_for(value(1), 1))
        total += a + b
    return total


print(asyncio.run(many()))


async def value(n):
    raise KeyError(n)


try:
    asyncio.run(many())
except KeyError as e:
    print("KeyError", e)
