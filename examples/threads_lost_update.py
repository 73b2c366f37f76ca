"""A race: `counter = counter + one()` loses updates; with a Lock it does not.

The read of `counter`, the call and the store are separate bytecodes. A thread
switch that lands between the load and the store makes two threads store the
same value, and one increment is lost. The call matters: CPython 3.11 (and
pyvm) only switch threads at backward jumps and calls, so a bare
`counter += 1` in a loop rarely (if ever) loses updates -- it is still a race,
just one that almost never shows.

    target/release/pyvm -X gil-stats examples/threads_lost_update.py
"""
import threading

THREADS, N = 4, 200_000
counter = 0
lock = threading.Lock()


def one():
    return 1


def unsafe():
    global counter
    for _ in range(N):
        counter = counter + one()   # load counter ... call one() ... store: racy


def safe():
    global counter
    for _ in range(N):
        with lock:                  # the load and the store happen together
            counter = counter + one()


for fn in (unsafe, safe):
    counter = 0
    threads = [threading.Thread(target=fn) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lost = THREADS * N - counter
    print(f"{fn.__name__:>6}: expected {THREADS * N}, got {counter}"
          + (f" -> {lost} updates lost (varies per run)" if lost else " -> exact"))
