# TaskGroup (3.11): results, a failing task cancelling its siblings, several failures, an error
# in the body, the state errors, the parent cancelled; ExceptionGroup basics; Runner; async
# generators driven by tasks; lock reprs; a warmed-up TaskGroup.
import re
import asyncio

async def ok(n, d=0.001):
    await asyncio.sleep(d)
    return n

async def fail(msg, d=0.002):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def slow(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2), name="second")
        print(repr(tg), t2.get_name())
    print(t1.result(), t2.result(), repr(tg))
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            tg.create_task(fail("bad one"))
            tg.create_task(ok(3))
    except ExceptionGroup as eg:
        print("EG:", repr(eg), str(eg), eg.exceptions, type(eg).__name__)
        print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a", 0.001))
            tg.create_task(fail("b", 0.001))
    except ExceptionGroup as eg:
        print([str(e) for e in eg.exceptions], eg.message)
        m, r = eg.split(lambda e: str(e) == "a")
        print(m.exceptions, r.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error:", repr(eg))
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(ok(1))
    except RuntimeError as e:
        print(e)
    c = ok(1)
    async with tg:
        pass
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    eg = ExceptionGroup("x", [ValueError(1), TypeError(2)])
    print(repr(eg), str(eg), eg.subgroup(ValueError))
    beg = BaseExceptionGroup("y", [KeyboardInterrupt()])
    print(type(beg).__name__, type(BaseExceptionGroup("z", [ValueError()])).__name__)
    try:
        ExceptionGroup("x", [KeyboardInterrupt()])
    except TypeError as e:
        print(e)
    # cancellation of parent while in TaskGroup
    async def outer():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", log)

asyncio.run(main())

with asyncio.Runner() as runner:
    print(runner.run(ok(5)))
    print(runner.run(ok(6)))
    print(runner.get_loop().is_closed())
print(runner.get_loop if False else "closed")
try:
    runner.run(ok(7))
except RuntimeError as e:
    print(e)

async def agen():
    try:
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen finalised")

async def use_agen():
    async for x in agen():
        print("got", x)
    g = agen()
    print(await g.__anext__())
    return "left open"
print(asyncio.run(use_agen()))


async def reprs():
    def show(x):
        print(re.sub(r"at 0x[0-9a-f]+", "at ADDR", repr(x)))
    lock = asyncio.Lock()
    show(lock)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await waiter
    show(lock)
    ev = asyncio.Event()
    show(ev)
    ev.set()
    show(ev)
    sem = asyncio.Semaphore(2)
    show(sem)
    await sem.acquire()
    await sem.acquire()
    show(sem)
    show(asyncio.Condition())
    show(asyncio.BoundedSemaphore(3))


asyncio.run(reprs())


# warm-up: 150 task groups of two tasks, then one of the task functions starts failing
async def part(n):
    await asyncio.sleep(0)
    return n


async def groups(rounds):
    total = 0
    for i in range(rounds):
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(part(i))
            b = tg.create_task(part(1))
        total += a.result() + b.result()
    return total


print(asyncio.run(groups(150)))


async def part(n):
    raise OSError(n)


try:
    asyncio.run(groups(2))
except ExceptionGroup as eg:
    print(repr(eg))
print("end")
