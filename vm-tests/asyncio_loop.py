# asyncio's event loop driven by hand: call_soon/call_later/call_at ordering, stop and
# run_forever, run_until_complete, close, the loop-state errors, exception handlers.
import asyncio
import re


def show(x):
    # file paths differ between machines: keep only the line number
    print(re.sub(r" at \S+:(\d+)", r" at LINE:\1", repr(x)))


loop = asyncio.new_event_loop()
print(loop, loop.is_running(), loop.is_closed(), loop.get_debug())
print(isinstance(loop, asyncio.AbstractEventLoop), type(loop).__name__)
order = []
loop.call_soon(order.append, "soon-1")
loop.call_later(0.003, order.append, "later-3ms")
loop.call_at(loop.time() + 0.001, order.append, "at-1ms")
loop.call_soon(order.append, "soon-2")
h = loop.call_later(0.002, order.append, "cancelled")
print(type(h).__name__, h.cancelled(), h.when() > 0)
h.cancel()
print(h.cancelled())
loop.call_later(0.005, loop.stop)
loop.run_forever()
print(order)

# stop() lets the current batch of callbacks finish
order.clear()
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
loop.call_soon(loop.stop)
loop.run_forever()
print(order)

# run_until_complete with a future and with a coroutine
fut = loop.create_future()
loop.call_later(0.001, fut.set_result, 42)
print(loop.run_until_complete(fut))


async def coro(x):
    await asyncio.sleep(0.001)
    return x * 2


print(loop.run_until_complete(coro(21)))
try:
    loop.run_until_complete(1)
except TypeError as e:
    print("TypeError:", e)

# a callback raising goes to the exception handler
seen = []


def handler(lp, context):
    seen.append((lp is loop, sorted(context), type(context.get("exception")).__name__))


def bad_callback(n):
    raise KeyError(n)


print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(bad_callback, 1)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print("TypeError:", e)
loop.set_exception_handler(None)

# errors while running
async def inside():
    lp = asyncio.get_running_loop()
    print("running:", lp is loop, lp.is_running(), asyncio.get_event_loop() is loop)
    for action in (lp.run_forever, lp.close, lambda: lp.run_until_complete(fut)):
        try:
            action()
        except RuntimeError as e:
            print("RuntimeError:", e)
    c = coro(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    return "inside done"


print(loop.run_until_complete(inside()))

# debug mode checks callbacks
loop.set_debug(True)
for cb in (1, coro):
    try:
        loop.call_soon(cb)
    except TypeError as e:
        print("TypeError:", e)
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError:", e)
loop.set_debug(False)

loop.close()
loop.close()
print(loop)
for action in (loop.run_forever, lambda: loop.call_soon(print), lambda: loop.call_later(1, print),
               loop.create_task.__self__.create_future):
    try:
        r = action()
        print("no error:", type(r).__name__)
    except RuntimeError as e:
        print("RuntimeError:", e)
c = coro(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio._get_running_loop())

# set_event_loop / get_event_loop
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop(None)
loop2.close()

# warm-up: the same callbacks and timers many times on one loop
loop3 = asyncio.new_event_loop()
counts = []


def tick(n):
    counts.append(n)


for rnd in range(200):
    loop3.call_soon(tick, 1)
    loop3.call_at(loop3.time(), tick, 2)
    loop3.call_soon(loop3.stop)
    loop3.run_forever()
print(len(counts), counts[:6])
tick = lambda n: counts.append(-n)  # the name now means something else
loop3.call_soon(tick, 5)
loop3.call_soon(loop3.stop)
loop3.run_forever()
print(counts[-3:])
loop3.close()
