"""The same CPU work on 1, 2 and 4 threads: no speed-up, because of the GIL.

Only the thread holding the global interpreter lock runs bytecode, so splitting
pure-Python arithmetic over threads cannot use a second core; the threads just
take turns (every 5 ms, sys.getswitchinterval()).

    python3 examples/threads_cpu_bound.py
    target/release/pyvm examples/threads_cpu_bound.py
    target/release/pyvm -X gil-stats examples/threads_cpu_bound.py     # per-thread table on stderr
    target/release/pyvm -X gil-trace=gil.svg examples/threads_cpu_bound.py   # timeline picture
"""
import threading
import time

TOTAL = 2_000_000  # loop iterations, shared out among the threads


def work(n, results, i):
    s = 0
    for k in range(n):
        s += k & 7
    results[i] = s


work(TOTAL // 4, [0], 0)  # warm-up (untimed), so the first case is not penalised
base = None
for nthreads in (1, 2, 4):
    results = [0] * nthreads
    threads = [threading.Thread(target=work, args=(TOTAL // nthreads, results, i))
               for i in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    base = base or elapsed
    # The checksum is deterministic; the timings are not.
    print(f"{nthreads} thread(s): checksum {sum(results)}, "
          f"time {elapsed:.3f} s ({elapsed / base:.2f}x the 1-thread time)")
print("No speed-up: the threads take turns on one core, so pure-Python CPU work gets no faster.")
