"""CPU-bound: 6M loop iterations of integer arithmetic split over N threads (argv[1]).
Prints `RESULT threads=N time=SECONDS cpu=SECONDS`: wall and process CPU time from the first
start to the last join (no interpreter start-up); CPU time is less disturbed by a busy machine."""
import sys
import threading
import time

TOTAL = 6_000_000


def work(n, out, i):
    s = 0
    for k in range(n):
        s += (k * 3) ^ 5
    out[i] = s


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
work(100_000, [0], 0)  # warm-up
out = [0] * n
threads = [threading.Thread(target=work, args=(TOTAL // n, out, i)) for i in range(n)]
start, cpu = time.perf_counter(), time.process_time()
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"RESULT threads={n} time={time.perf_counter() - start:.4f} "
      f"cpu={time.process_time() - cpu:.4f}")
