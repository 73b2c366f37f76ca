# Barrier: indices, action, n_waiting, abort, reset, timeout.
import threading
import time

actions = []
bar = threading.Barrier(4, action=lambda: actions.append("action"))
print(bar.parties, bar.n_waiting, bar.broken)
indices = []
lock = threading.Lock()


def party():
    for _ in range(3):  # three cycles on the same barrier
        i = bar.wait()
        with lock:
            indices.append(i)


ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions)

# n_waiting while some parties are in, then abort() breaks them.
b2 = threading.Barrier(3)
errors = []


def breaker():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


ts = [threading.Thread(target=breaker) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.001)
print("n_waiting:", b2.n_waiting)
b2.abort()
for t in ts:
    t.join()
print(errors, b2.broken, b2.n_waiting)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken:", repr(e))
b2.reset()
print("after reset:", b2.broken)

# reset() while parties wait wakes them with BrokenBarrierError, then the barrier works again.
b3 = threading.Barrier(2)
errs3 = []
def w3():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errs3.append("reset woke me")
t = threading.Thread(target=w3)
t.start()
while b3.n_waiting < 1:
    time.sleep(0.001)
b3.reset()
t.join()
print(errs3, b3.broken)
got = []
t = threading.Thread(target=lambda: got.append(b3.wait()))
t.start()
got.append(b3.wait())
t.join()
print(sorted(got))

# A timeout breaks the barrier.
b4 = threading.Barrier(2, timeout=0.01)
try:
    b4.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b4.broken)
b5 = threading.Barrier(2)
try:
    b5.wait(0.01)
except threading.BrokenBarrierError:
    print("explicit timeout, broken:", b5.broken)

# An action that raises breaks the barrier; the last party sees the action's error.
def bad():
    raise ValueError("bad action")
b6 = threading.Barrier(1, action=bad)
try:
    b6.wait()
except ValueError as e:
    print("ValueError:", e, b6.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(threading.Barrier(1).wait())
