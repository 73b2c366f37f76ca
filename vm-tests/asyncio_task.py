# asyncio.Task: names, reprs, results, cancellation (with messages, swallowed, before the
# first step), current_task/all_tasks, the errors a task reports, "never retrieved".
import asyncio
import re


def show(*xs):
    print(*(re.sub(r" at \S+:(\d+)", r" at LINE:\1", x if isinstance(x, str) else repr(x))
            for x in xs))


async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError as e:
        print("cancelled", name, repr(e))
        raise


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"


async def bad():
    raise ValueError("never retrieved")


async def main():
    me = asyncio.current_task()
    show(me.get_name(), me.get_name() in repr(me))
    print(asyncio.all_tasks() == {me}, me.get_coro().__name__, me.done())
    t = asyncio.create_task(sleeper("a", 1))
    show(t)
    await asyncio.sleep(0)
    show(t)
    print(t.cancel("stop it"), t.cancelling())
    show(t)
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raised", repr(e))
    show(t)
    print(t.cancelled(), t.done(), t.cancel(), t.cancelling(), t.uncancel(), t.uncancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raised", repr(e))

    t2 = asyncio.create_task(swallower(), name="swallow")
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled(), t2.get_name())

    t3 = asyncio.create_task(sleeper("never-started", 0))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3", repr(e), t3.cancelled())

    t4 = asyncio.create_task(bad())
    try:
        await t4
    except ValueError as e:
        print("t4 raised", e)
    show(t4)
    print(repr(t4.exception()))
    t4.set_name(12)
    print(repr(t4.get_name()))
    for action in (lambda: t4.set_result(1), lambda: t4.set_exception(ValueError())):
        try:
            action()
        except RuntimeError as e:
            print("RuntimeError:", e)

    try:
        asyncio.Task(1)
    except TypeError as e:
        print("TypeError:", e)

    async def self_await():
        await asyncio.current_task()

    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        show("RuntimeError:", str(e))

    async def bare_yield():
        yield_later = asyncio.sleep(0)
        await yield_later
        return "ok"

    print(await bare_yield())

    # a task whose exception nobody reads is reported when it is freed
    t5 = asyncio.create_task(bad())
    await asyncio.sleep(0.001)
    print("t5 done:", t5.done())
    del t5
    print("after del")

    # cancel propagates into what the task awaits
    inner = asyncio.create_task(sleeper("inner", 1))

    async def outer():
        return await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel("from outside")
    try:
        await o
    except asyncio.CancelledError as e:
        print("outer", repr(e), "inner cancelled:", inner.cancelled())

    leftover = asyncio.create_task(sleeper("leftover", 10), name="leftover")
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)


# warm-up: 200 runs of the same task code, then the coroutine function is replaced
async def step(n):
    await asyncio.sleep(0)
    return n + 1


async def driver(rounds):
    total = 0
    for i in range(rounds):
        total += await asyncio.create_task(step(i))
    return total


print(asyncio.run(driver(200)))


async def step(n):
    return -n


print(asyncio.run(driver(3)))
