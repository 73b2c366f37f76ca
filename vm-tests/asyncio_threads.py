# asyncio with threads: run_in_executor (default and explicit executors), to_thread,
# call_soon_threadsafe waking a loop blocked on a long timer, run_coroutine_threadsafe
# (result and exception), wrap_future; asyncio.run waiting for the default executor.
import asyncio
import concurrent.futures
import threading
import time


def blocking(n, delay=0.002):
    time.sleep(delay)
    return n * n, threading.current_thread() is not threading.main_thread()


def fails():
    raise ZeroDivisionError("in a thread")


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 3))
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(5)))
    print(results)
    try:
        await loop.run_in_executor(None, fails)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, blocking, 7))
    print(await asyncio.to_thread(blocking, 4, delay=0))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

    # a thread wakes the loop long before its only timer (10 s) is due
    fut = loop.create_future()
    long_timer = loop.call_later(10, fut.set_result, "timer")

    def from_thread():
        time.sleep(0.005)
        loop.call_soon_threadsafe(fut.set_result, "thread")

    start = time.monotonic()
    threading.Thread(target=from_thread).start()
    print(await fut, time.monotonic() - start < 5)
    long_timer.cancel()

    # run_coroutine_threadsafe from a worker thread into this loop
    async def add(a, b):
        await asyncio.sleep(0.001)
        if b is None:
            raise TypeError("b is None")
        return a + b

    def worker(out):
        out.append(asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(5))
        try:
            asyncio.run_coroutine_threadsafe(add(1, None), loop).result(5)
        except TypeError as e:
            out.append("TypeError: %s" % e)
        try:
            asyncio.run_coroutine_threadsafe(1, loop)
        except TypeError as e:
            out.append("TypeError: %s" % e)

    out = []
    th = threading.Thread(target=worker, args=(out,))
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.001)
    th.join()
    print(out)

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Timer(0.002, cf.set_result, ("wrapped",)).start()
    print(await wrapped)
    return "main done"


print(asyncio.run(main()))


# a second loop in a thread, fed from the main thread
def run_loop(loop, ready):
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    loop.run_forever()


loop = asyncio.new_event_loop()
ready = threading.Event()
th = threading.Thread(target=run_loop, args=(loop, ready))
th.start()
ready.wait()


async def square(x):
    await asyncio.sleep(0)
    return x * x


# warm-up: 200 round trips into the other thread's loop, then a changed coroutine function
total = 0
for i in range(200):
    total += asyncio.run_coroutine_threadsafe(square(i), loop).result(5)
print(total)


async def square(x):
    return -x


print(asyncio.run_coroutine_threadsafe(square(9), loop).result(5))
loop.call_soon_threadsafe(loop.stop)
th.join()
loop.close()
print(loop.is_closed())
