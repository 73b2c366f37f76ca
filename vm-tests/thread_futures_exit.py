# An executor that is never shut down: at exit the interpreter waits for its queued work
# (as CPython does through threading._register_atexit) and the output appears after "main
# done".
import concurrent.futures as cf
import sys
import threading

import time


# An executor dropped without shutdown(): once it is freed its idle workers leave by
# themselves.
def use_and_drop():
    ex = cf.ThreadPoolExecutor(3)
    return [ex.submit(pow, 2, i) for i in range(10)]


fs = use_and_drop()
print("dropped pool results:", [f.result() for f in fs])
for _ in range(500):
    if threading.active_count() == 1:
        break
    time.sleep(0.01)
print("threads after the pool is gone:", threading.active_count())

results = []
lock = threading.Lock()
go = threading.Event()


def task(i):
    go.wait()
    total = sum(range(i * 1000))
    with lock:
        results.append(i)
        if len(results) == 6:
            print("all tasks ran:", sorted(results))
            sys.stdout.flush()
    return total


ex = cf.ThreadPoolExecutor(max_workers=2)
futs = [ex.submit(task, i) for i in range(6)]
print("submitted:", len(futs))
print("main done")
sys.stdout.flush()
threading.Timer(0.02, go.set).start()
