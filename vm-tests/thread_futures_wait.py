# concurrent.futures.wait (three modes), as_completed, add_done_callback, shutdown with
# cancel_futures, and worker reuse.
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(4)]


def job(i):
    gates[i].wait()
    if i == 2:
        raise RuntimeError("job 2 failed")
    return i * 10


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(job, i) for i in range(4)]
    done, not_done = cf.wait(fs, timeout=0.02)
    print("nothing done yet:", len(done), len(not_done))
    gates[1].set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print("first completed:", sorted(f.result() for f in done), len(not_done))
    gates[2].set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("first exception: done", len(done), "has exc:",
          any(f.exception() is not None for f in done))
    print("named tuple:", type(cf.wait(fs, timeout=0)).__name__)
    gates[0].set()
    gates[3].set()
    res = cf.wait(fs)
    print("all completed:", len(res.done), len(res.not_done))
    print("values:", [f.result() if f.exception() is None else "exc" for f in fs])

# as_completed yields each future once, in completion order.
order_gates = [threading.Event() for _ in range(3)]


def staged(i):
    order_gates[i].wait()
    return i


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(staged, i): i for i in range(3)}
    seq = []
    order_gates[2].set()
    for f in cf.as_completed(fs):
        seq.append(fs[f])
        if fs[f] == 2:
            order_gates[0].set()
        elif fs[f] == 0:
            order_gates[1].set()
    print("as_completed order:", seq)
    # Already-finished futures are yielded too.
    print("again:", sorted(f.result() for f in cf.as_completed(list(fs))))
    hold = threading.Event()
    slow = ex.submit(hold.wait)
    try:
        for f in cf.as_completed([slow], timeout=0.02):
            pass
    except cf.TimeoutError as e:
        print("as_completed timeout:", e)
    hold.set()

# Done callbacks run in the worker thread (or at once if already done).
cb_log = []
cb_lock = threading.Lock()


def cb(f):
    with cb_lock:
        cb_log.append(f.result())


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    for i in range(5):
        ex.submit(pow, 2, i).add_done_callback(cb)
print("callbacks:", sorted(cb_log))

# shutdown(cancel_futures=True) cancels what has not started.
release = threading.Event()
started = threading.Event()


def first():
    started.set()
    release.wait()
    return "first"


ex = cf.ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(first)
rest = [ex.submit(pow, 3, i) for i in range(4)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
release.set()
print("first:", f1.result())
print("rest cancelled:", [f.cancelled() for f in rest])
ex.shutdown(wait=True)

# The pool reuses idle workers instead of starting one per task.
with cf.ThreadPoolExecutor(max_workers=32) as ex:
    for i in range(20):
        ex.submit(abs, -i).result()
        threading.Event().wait(0.005)  # let the worker mark itself idle
    print("few workers started:", len(ex._threads) < 5)
try:
    cf.wait([cf.Future()], return_when="SOMETIMES")
except ValueError as e:
    print("bad return_when:", e)
print("empty wait:", cf.wait([]))
