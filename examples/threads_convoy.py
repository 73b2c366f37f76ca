"""The convoy effect: an I/O thread's wake-ups are late while CPU threads run.

An I/O thread sleeps 1 ms at a time. When its sleep ends it needs the GIL back;
if a CPU-bound thread holds it, the I/O thread waits for the switch interval
(5 ms) before asking the holder to drop it. So every wake-up can be late by up
to a switch interval. A shorter interval (sys.setswitchinterval) shrinks the
lateness at the cost of more switching.

    target/release/pyvm -X gil-stats examples/threads_convoy.py
    target/release/pyvm -X gil-trace=gil.svg examples/threads_convoy.py
"""
import sys
import threading
import time

WAKEUPS = 200   # 1 ms sleeps per measurement


def median(xs):
    xs = sorted(xs)
    return (xs[len(xs) // 2] + xs[(len(xs) - 1) // 2]) / 2


def cpu(stop):
    x = 0
    while not stop.is_set():
        for i in range(1000):
            x += i


def lateness(ncpu):
    """Median and max lateness (ms) of 1 ms sleeps while `ncpu` CPU threads run."""
    stop = threading.Event()
    hogs = [threading.Thread(target=cpu, args=(stop,)) for _ in range(ncpu)]
    for t in hogs:
        t.start()
    late = []
    for _ in range(WAKEUPS):
        t0 = time.perf_counter()
        time.sleep(0.001)
        late.append((time.perf_counter() - t0 - 0.001) * 1000)
    stop.set()
    for t in hogs:
        t.join()
    return median(late), max(late)


print(f"switch interval {sys.getswitchinterval() * 1000:g} ms "
      "(timings, in ms of lateness per 1 ms sleep)")
for ncpu in (0, 1, 2):
    med, mx = lateness(ncpu)
    print(f"  {ncpu} CPU thread(s): median {med:6.2f}  max {mx:6.2f}")
sys.setswitchinterval(0.0005)
print("switch interval 0.5 ms")
for ncpu in (1, 2):
    med, mx = lateness(ncpu)
    print(f"  {ncpu} CPU thread(s): median {med:6.2f}  max {mx:6.2f}")
