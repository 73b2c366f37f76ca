# asyncio's queues (Queue/PriorityQueue/LifoQueue, full/empty, join/task_done), Lock, Event,
# Semaphore/BoundedSemaphore, Condition, the timeout() context managers, call_soon_threadsafe
# waking a sleeping loop, run_coroutine_threadsafe; then a warmed-up producer/consumer.
import asyncio, threading, time

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full(), q.qsize())
    await q.put(1); q.put_nowait(2)
    print(q, q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("full", repr(e))
    print(await q.get(), q.get_nowait()); q.task_done(); q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e), type(e))
    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            x = await q.get()
            q.task_done()
            if x is None:
                break
            got.append(x)
        return got
    p = asyncio.create_task(producer())
    print(await consumer())
    await p
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in [5, 1, 3]:
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)], str(lq))
    # get with timeout
    try:
        await asyncio.wait_for(q.get(), 0.001)
    except TimeoutError:
        print("get timed out", str(q))
    # Lock
    lock = asyncio.Lock()
    order = []
    async def worker(n):
        async with lock:
            order.append(("in", n))
            await asyncio.sleep(0.001)
            order.append(("out", n))
    await asyncio.gather(*(worker(i) for i in range(3)))
    print(order)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # Event
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws), ev.is_set())
    ev.clear(); print(ev.is_set())
    # Semaphore
    sem = asyncio.Semaphore(2)
    active = 0; peak = 0
    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1; peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
        return n
    print(await asyncio.gather(*(limited(i) for i in range(5))), peak)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    # Condition
    cond = asyncio.Condition()
    items = []
    async def cons(n):
        async with cond:
            await cond.wait_for(lambda: items)
            return (n, items.pop())
    cs = [asyncio.create_task(cons(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["a", "b"])
        cond.notify_all()
    print(sorted(await asyncio.gather(*cs)))
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    # timeouts
    try:
        async with asyncio.timeout(0.001) as cm:
            print(cm.expired(), cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout fired", cm.expired(), repr(e), type(e.__context__).__name__)
    print(cm)
    async with asyncio.timeout(None) as cm:
        print(cm)
        await asyncio.sleep(0)
    print(cm)
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    print(cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)
    # threadsafe wakeup
    fut = loop.create_future()
    def thread_fn():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    th = threading.Thread(target=thread_fn); th.start()
    t0 = time.monotonic()
    print(await fut)
    th.join()
    # run_coroutine_threadsafe
    async def add(a, b):
        await asyncio.sleep(0.001)
        return a + b
    res = []
    th = threading.Thread(target=lambda: res.append(asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(5)))
    th.start()
    while not res:
        await asyncio.sleep(0.001)
    th.join()
    print(res)

asyncio.run(main())


# warm-up: a queue handing 300 items through a lock-protected counter, then the queue
# class's _put is replaced to transform items
class Tagging(asyncio.Queue):
    pass


async def pump(n):
    q = Tagging()
    lock = asyncio.Lock()
    total = [0]

    async def consumer():
        while True:
            item = await q.get()
            async with lock:
                total[0] += item if isinstance(item, int) else len(item)
            q.task_done()

    c = asyncio.create_task(consumer())
    for i in range(n):
        await q.put(i)
    await q.join()
    c.cancel()
    return total[0]


print(asyncio.run(pump(300)))
Tagging._put = lambda self, item: self._queue.append("x" * item)
print(asyncio.run(pump(5)))
del Tagging._put
print(asyncio.run(pump(5)))
