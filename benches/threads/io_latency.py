"""I/O latency: the main thread sleeps 1 ms in a loop for ~1 s while 2 CPU-bound threads
run; lateness = actual sleep - 1 ms. Prints `RESULT wakeups=K median_ms=... p95_ms=...`."""
import threading
import time

DURATION = 1.0


def cpu(stop):
    x = 0
    while not stop.is_set():
        for i in range(1000):
            x += i


stop = threading.Event()
hogs = [threading.Thread(target=cpu, args=(stop,)) for _ in range(2)]
for t in hogs:
    t.start()
late = []
end = time.perf_counter() + DURATION
while time.perf_counter() < end:
    t0 = time.perf_counter()
    time.sleep(0.001)
    late.append((time.perf_counter() - t0 - 0.001) * 1000)
stop.set()
for t in hogs:
    t.join()
late.sort()
k = len(late)
print(f"RESULT wakeups={k} median_ms={late[k // 2]:.3f} "
      f"p95_ms={late[min(k - 1, int(k * 0.95))]:.3f}")
