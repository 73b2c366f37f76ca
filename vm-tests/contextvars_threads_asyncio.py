# contextvars: per-thread contexts, asyncio tasks run in a copied context, warm-up loops.
import asyncio
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')
counter = contextvars.ContextVar('counter')

# Each thread starts with an empty context.
request.set('main')
seen = []


def worker(name):
    seen.append((name, 'start', request.get()))
    request.set(name)
    seen.append((name, 'end', request.get(), len(contextvars.copy_context())))


threads = [threading.Thread(target=worker, args=(f't{i}',)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(seen)
print('main still', request.get())

# A thread can run in a copy of the caller's context.
ctx = contextvars.copy_context()
out = []
th = threading.Thread(target=ctx.run, args=(lambda: out.append(request.get()),))
th.start()
th.join()
print('copied into thread', out)


async def handler(i):
    request.set(f'req-{i}')
    await asyncio.sleep(0)
    return request.get(), contextvars.copy_context()[request]


async def main():
    request.set('outer')
    results = await asyncio.gather(*(handler(i) for i in range(4)))
    print(results)
    print('outer kept', request.get())
    # A task copies the context at creation time.
    request.set('before-task')
    task = asyncio.create_task(handler(99))
    request.set('after-task')
    print(await task, request.get())
    print(hasattr(task, 'get_context'))
    # An explicit context= is used as is (and the task's changes land in it).
    mine = contextvars.Context()
    task = asyncio.create_task(handler(7), context=mine)
    print(await task, mine[request])
    # Callbacks run in the context they were scheduled in.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    request.set('cb-ctx')
    loop.call_soon(lambda: fut.set_result(request.get()))
    request.set('changed')
    print('call_soon saw', await fut)
    fut = loop.create_future()
    cb_ctx = contextvars.Context()
    cb_ctx.run(request.set, 'explicit')
    loop.call_soon(lambda: fut.set_result(request.get()), context=cb_ctx)
    print('explicit ctx saw', await fut)
    fut2 = loop.create_future()
    got = []
    request.set('done-cb')
    fut2.add_done_callback(lambda f: got.append(request.get()))
    request.set('later')
    fut2.set_result(1)
    await asyncio.sleep(0)
    print('done callback saw', got)
    timer_fut = loop.create_future()
    request.set('timer')
    loop.call_later(0.001, lambda: timer_fut.set_result(request.get()))
    request.set('x')
    print('call_later saw', await timer_fut)
    # to_thread carries the context into the worker thread.
    request.set('to-thread')
    print('to_thread saw', await asyncio.to_thread(request.get))
    async with asyncio.TaskGroup() as tg:
        tg_ctx = contextvars.Context()
        t = tg.create_task(handler(5), context=tg_ctx)
    print(t.result(), tg_ctx[request])


asyncio.run(main())
print('after run', request.get())
r = asyncio.Runner()
c = contextvars.Context()
print(r.run(handler(11), context=c), c[request])
r.close()


# Warm-up: the same get/set/reset path 300 times, then a change of context, then again.
def step(i):
    tok = counter.set(i)
    v = counter.get()
    counter.reset(tok)
    return v + len(contextvars.copy_context())


total = 0
for i in range(300):
    total += step(i)
print('warm', total)
c = contextvars.Context()
print('in new ctx', c.run(step, 5), len(c))
counter.set(1000)
total = 0
for i in range(300):
    total += step(i) + counter.get()
print('warm again', total)


async def deep(n):
    counter.set(n)
    if n:
        await asyncio.create_task(deep(n - 1))
    return counter.get()


async def many():
    return [await deep(3) for _ in range(100)][-1], counter.get()


print(asyncio.run(many()))
