# _thread directly: starting threads with args and kwargs, the lock types and their errors.
import _thread
import time

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.stack_size())
print(type(_thread.allocate_lock()) is _thread.LockType, _thread.LockType.__name__)
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident())

# A thread with positional and keyword arguments; the main thread waits on a lock.
results = []
done = _thread.allocate_lock()
done.acquire()


def worker(a, b, *, scale=1):
    results.append((a + b) * scale)
    results.append(_thread.get_ident() != main_ident)
    done.release()


main_ident = _thread.get_ident()
_thread.start_new_thread(worker, (2, 3), {"scale": 10})
print(done.acquire(timeout=10), results)

# Argument errors, as CPython words them.
for args in [(1, ()), (worker, [1]), (worker, (), 5)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# Plain locks: acquire with blocking/timeout, release, locked, the context manager.
lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
for kwargs in [{"blocking": False, "timeout": 1}, {"timeout": -2}]:
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside:", lock.locked())
print("after:", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))

# A lock released by another thread than the one that took it (allowed for plain locks).
gate = _thread.allocate_lock()
gate.acquire()
_thread.start_new_thread(gate.release, ())
print("released elsewhere:", gate.acquire(timeout=10))

# RLock: re-entrant for its owner only.
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ME"))
r.release()
r.release()
print(r._is_owned(), repr(r).split(" at ")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
other = []
fin = _thread.allocate_lock()
fin.acquire()
r.acquire()


def try_rlock():
    other.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))
    fin.release()


_thread.start_new_thread(try_rlock, ())
fin.acquire()
r.release()
print(other)
print(r.acquire(), r._release_save()[0], r._is_owned())

try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)

print("done")
