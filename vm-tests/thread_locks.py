# Lock and RLock: acquire/release, timeouts, errors, ownership, mutual exclusion.
import threading

lock = threading.Lock()
print(type(lock) is type(threading.Lock()), lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with", lock.locked())
print(lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# A plain lock may be released by another thread.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with")

# Another thread cannot take or release an RLock we hold.
r.acquire()
seen = []


def poke():
    seen.append(r.acquire(False))
    seen.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))


t = threading.Thread(target=poke)
t.start()
t.join()
r.release()
print(seen)

# Mutual exclusion: read-modify-write under the lock from several threads.
counter = [0]
guard = threading.Lock()


def bump(n):
    for _ in range(n):
        with guard:
            v = counter[0]
            counter[0] = v + 1


ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0])

rcount = [0]
rl = threading.RLock()


def rbump(n):
    for _ in range(n):
        with rl:
            with rl:
                rcount[0] += 1


ts = [threading.Thread(target=rbump, args=(1000,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rcount[0])
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1000)
