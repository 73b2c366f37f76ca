# concurrent.futures.ThreadPoolExecutor: submit, result, exception, map, context manager,
# thread names, Future repr and states.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fails(x):
    raise ValueError("bad %d" % x)


def shape(r):
    # Hide the address: "<Future at 0x... state=...>" -> "<Future state=...>"
    head, _, rest = r.partition(" at ")
    return head + " " + rest.split(" ", 1)[1]


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print("results:", [f.result() for f in futs])
    print("all done:", all(f.done() for f in futs))
    f = ex.submit(fails, 7)
    print("exception:", repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result raised:", e)
    print("map:", list(ex.map(square, range(6))))
    print("map 2 args:", list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print("kwargs:", ex.submit(sorted, [3, 1, 2], reverse=True).result())
    print("repr returned:", shape(repr(futs[0])))
    print("repr raised:", shape(repr(f)))
    names = set(ex.submit(lambda: threading.current_thread().name).result() for _ in range(5))
    print("name prefix ok:", all(n.startswith("ThreadPoolExecutor-") for n in names))

with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    gate = threading.Event()
    started = threading.Event()

    def block():
        started.set()
        gate.wait()
        return "unblocked"

    blocker = ex.submit(block)
    started.wait()
    print("running:", blocker.running(), "done:", blocker.done())
    print("cancel running:", blocker.cancel())
    n = ex.submit(lambda: threading.current_thread().name).result()
    print("named:", n.startswith("pool_"))
    gate.set()
    print("blocker result:", blocker.result(timeout=5))

# A future that is not finished: result(timeout) raises TimeoutError (the builtin).
print("TimeoutError is builtin:", cf.TimeoutError is TimeoutError)
fut = cf.Future()
print("fresh:", shape(repr(fut)), fut.running(), fut.done(), fut.cancelled())
try:
    fut.result(timeout=0.01)
except TimeoutError:
    print("result timed out")
try:
    fut.exception(timeout=0)
except cf.TimeoutError:
    print("exception timed out")
calls = []
fut.add_done_callback(lambda f: calls.append(("cb1", f.result())))
print("set_running:", fut.set_running_or_notify_cancel(), shape(repr(fut)))
fut.set_result([1, 2])
print("callbacks:", calls)
fut.add_done_callback(lambda f: calls.append(("late", f.done())))
print("callbacks:", calls)
print("finished:", shape(repr(fut)))
try:
    fut.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError:", type(e).__name__)

c = cf.Future()
print("cancel pending:", c.cancel(), c.cancelled(), c.done(), shape(repr(c)))
try:
    c.result()
except cf.CancelledError:
    print("CancelledError from result")
print("set_running on cancelled:", c.set_running_or_notify_cancel())

e = cf.Future()
e.set_exception(KeyError("k"))
print("exception future:", repr(e.exception()), shape(repr(e)))

# map with a timeout that expires while a call still runs.
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(time.sleep, [0.5], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print("map timed out")

ex = cf.ThreadPoolExecutor(max_workers=2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("after shutdown:", e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("max_workers:", e)
# pyvm cannot run a ProcessPoolExecutor (creating one raises NotImplementedError); the name
# exists as in CPython.
print("has ProcessPoolExecutor:", hasattr(cf, "ProcessPoolExecutor"))
print("BrokenExecutor:", cf.BrokenExecutor.__mro__[1].__name__)
print("threads left:", threading.active_count())
