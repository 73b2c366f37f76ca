# An executor that is never shut down: at exit the interpreter waits for its queued work
# (as CPython does through threading._register_atexit) and the output appears after "main
# done". A task submitted from a done-callback during the run also completes.
import concurrent.futures as cf
import sys
import threading

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
