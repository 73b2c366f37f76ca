# asyncio.Future: states, results, exceptions, cancellation, callbacks and reprs.
import asyncio
import re


def show(x):
    print(re.sub(r" at \S+:(\d+)", r" at LINE:\1", repr(x)))


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
f = asyncio.Future()
print(f, f.done(), f.cancelled(), f.get_loop() is loop, asyncio.isfuture(f))
print(type(f), asyncio.Future.__module__, asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
for method in (f.result, f.exception):
    try:
        method()
    except asyncio.InvalidStateError as e:
        print(type(e).__module__, type(e).__name__, e)
f.set_result([1, 2, 3])
print(f, f.done(), f.result(), f.exception())
for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        action()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
print(f.cancel(), f.cancelled())

# long results are shortened in the repr as reprlib does
g = loop.create_future()
g.set_result(list(range(20)))
print(g)
g = loop.create_future()
g.set_result("x" * 50)
print(g)

e = loop.create_future()
e.set_exception(ValueError)  # a class is instantiated
print(e, repr(e.exception()))
try:
    e.result()
except ValueError as exc:
    print("result raised", repr(exc))
try:
    loop.create_future().set_exception(StopIteration)
except TypeError as exc:
    print("TypeError:", exc)

c = loop.create_future()
print(c.cancel("why"), c.cancel(), c, c.cancelled(), c.done())
for method in (c.result, c.exception):
    try:
        method()
    except asyncio.CancelledError as exc:
        print(type(exc).__module__, repr(exc))
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.InvalidStateError, Exception))
try:
    c.set_result(1)
except asyncio.InvalidStateError as exc:
    print("InvalidStateError:", exc)

# callbacks run through the loop, in order, with the future as argument
log = []


def cb1(fut):
    log.append(("cb1", fut.result()))


def cb2(fut):
    log.append(("cb2", fut.result()))


h = loop.create_future()
h.add_done_callback(cb1)
show(h)
h.add_done_callback(cb2)
h.add_done_callback(cb1)
h.add_done_callback(print)
show(h)
print(h.remove_done_callback(cb1), h.remove_done_callback(cb1))
show(h)
h.set_result(7)
print(log)
loop.run_until_complete(asyncio.sleep(0))
print(log)
h.add_done_callback(cb1)  # already done: scheduled at once
loop.run_until_complete(asyncio.sleep(0))
print(log)


async def waiter(fut):
    return await fut


w = loop.create_future()
loop.call_later(0.001, w.set_result, "awaited")
print(loop.run_until_complete(waiter(w)))
it = iter(loop.create_future())
print(next(it).__class__.__name__)
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError:", exc)

# wrap_future over concurrent.futures
import concurrent.futures

cf = concurrent.futures.Future()
af = asyncio.wrap_future(cf, loop=loop)
print(asyncio.wrap_future(af) is af)
cf.set_result("from cf")
print(loop.run_until_complete(af))

# warm-up: the same future life cycle 300 times, then a subclass overriding result()
def cycle(cls):
    fut = cls(loop=loop)
    fut.add_done_callback(cb1)
    fut.set_result(len(log))
    return loop.run_until_complete(fut)


total = 0
for i in range(300):
    total += cycle(asyncio.Future) >= 0
print(total, len(log))


class Doubling(asyncio.Future):
    def result(self):
        return ("doubled", super().result())


print(cycle(Doubling)[0], log[-1][1][0])
print(cycle(asyncio.Future) > 0)
asyncio.set_event_loop(None)
loop.close()
