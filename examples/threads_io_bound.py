"""Threads that block overlap: 4 sleeps of 0.2 s finish in about 0.2 s, not 0.8 s.

A thread releases the GIL while it sleeps (or waits on I/O, a lock, a join), so
other threads run meanwhile. That is what threads are good for in Python.

    target/release/pyvm -X gil-stats examples/threads_io_bound.py
"""
import threading
import time


def fetch(name, delay, done):
    time.sleep(delay)  # stands in for a network or disk wait; the GIL is released
    done.append(name)


for nthreads in (1, 4):
    done = []
    threads = [threading.Thread(target=fetch, args=(f"job{i}", 0.2, done))
               for i in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"{nthreads} x 0.2 s sleep: {len(done)} jobs done, "
          f"wall time {elapsed:.2f} s (timing)")
print("The sleeps overlapped: total work 4 x 0.2 s, wall time about 0.2 s.")
