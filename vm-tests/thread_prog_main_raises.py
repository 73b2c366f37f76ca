# The main thread raises while a non-daemon thread still runs: CPython prints the traceback
# first, then waits for the thread (which finishes its work and prints), then exits with 1.
import sys
import threading

go = threading.Event()


def worker():
    go.wait()
    total = 0
    for i in range(1000):
        total += i
    print("worker finished with", total)
    sys.stdout.flush()


t = threading.Thread(target=worker)
t.start()
print("main about to fail")
sys.stdout.flush()


def fail():
    # The worker may only go on once the main thread is really dying: set the event from a
    # Timer that starts now; the traceback is printed before the interpreter waits.
    threading.Timer(0.05, go.set).start()
    raise KeyError("missing")


fail()
print("not reached")
