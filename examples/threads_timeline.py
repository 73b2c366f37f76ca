"""A short 3-thread run (~100 ms) that makes a readable GIL timeline picture:

    target/release/pyvm -X gil-trace=gil.svg examples/threads_timeline.py   # open gil.svg
    target/release/pyvm -X gil-trace=gil.json examples/threads_timeline.py  # chrome://tracing

Two CPU-bound threads take turns holding the GIL (one switch interval, 5 ms, each);
an I/O thread sleeping 1 ms at a time wakes up, waits for the GIL (hatched), asks
for it (a drop request) after 5 ms, runs a few microseconds, and sleeps again.
"""
import threading
import time

stop = threading.Event()
late = []


def cpu():
    x = 0
    while not stop.is_set():
        for i in range(200):
            x += i


def io():
    while not stop.is_set():
        t0 = time.perf_counter()
        time.sleep(0.001)
        late.append(time.perf_counter() - t0 - 0.001)


threads = [threading.Thread(target=cpu, name="cpu-1"),
           threading.Thread(target=cpu, name="cpu-2"),
           threading.Thread(target=io, name="io (sleeps 1 ms)")]
for t in threads:
    t.start()
time.sleep(0.1)
stop.set()
for t in threads:
    t.join()
print(f"io thread: {len(late)} wake-ups in ~0.1 s (a free GIL would allow ~90); "
      f"max lateness {max(late) * 1000:.1f} ms (timing)")
