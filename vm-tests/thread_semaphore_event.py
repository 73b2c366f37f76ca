# Semaphore, BoundedSemaphore and Event.
import threading

try:  # CPython warns about the camelCase aliases; pyvm has no warnings module
    import warnings
    warnings.simplefilter("ignore", DeprecationWarning)
except ImportError:
    pass

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
with threading.Semaphore() as got:
    print("with:", got)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)

# At most 2 threads inside at once.
sem = threading.Semaphore(2)
guard = threading.Lock()
inside = [0]
peak = [0]


def work():
    for _ in range(50):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with guard:
                inside[0] -= 1


ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2:", peak[0] <= 2, inside[0])

# A blocked acquire is woken by a release from another thread.
gate = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(gate.acquire(timeout=5)))
t.start()
gate.release()
t.join()
print(got)

e = threading.Event()
print(e.is_set(), e.isSet(), e.wait(0.01), e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set())

start = threading.Event()
seen = []


def runner(i):
    seen.append((i, start.wait(5)))


ts = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join()
print(sorted(seen))
