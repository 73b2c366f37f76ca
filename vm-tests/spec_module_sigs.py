# Calling conventions of native module functions and native types' methods (the table
# checks the receiver and the count before the body): arity, keywords, unbound calls with
# a missing or wrong receiver, subclass receivers; each after a warm-up loop.
import collections, itertools, functools, heapq, random, gc, sys, time, atexit, _thread
import _weakref, signal


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r) if not callable(r) else "ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def warm(label, good, bad):
    # the good call 200 times, then the bad one, then the good one again
    for _ in range(200):
        good()
    attempt(label, bad)
    good()


class W:
    pass


d = collections.deque([1, 2, 3])
warm("deque.append()", lambda: d.append(1) or d.pop(), lambda: d.append())
warm("deque.append(1, 2)", lambda: d.append(1) or d.pop(), lambda: d.append(1, 2))
warm("deque.append(x=1)", lambda: d.append(1) or d.pop(), lambda: d.append(x=1))
warm("deque.pop(1)", lambda: d.append(1) or d.pop(), lambda: d.pop(1))
warm("deque.clear(x=1)", lambda: d.copy(), lambda: d.clear(x=1))
warm("deque.rotate(x=1)", lambda: d.rotate(1), lambda: d.rotate(x=1))
warm("deque.insert(1)", lambda: d.index(1), lambda: d.insert(1))
warm("deque.insert(x=1)", lambda: d.index(1), lambda: d.insert(x=1))
warm("deque.index()", lambda: d.index(1), lambda: d.index())
warm("deque.index(1,2,3,4)", lambda: d.index(1), lambda: d.index(1, 2, 3, 4))
warm("deque.index(x=1)", lambda: d.index(1), lambda: d.index(x=1))
warm("deque.count()", lambda: d.count(1), lambda: d.count())
warm("deque.__reversed__(1)", lambda: d.__reversed__(), lambda: d.__reversed__(1))
warm("deque.append unbound", lambda: collections.deque.append(d, 1) or d.pop(),
     lambda: collections.deque.append())
warm("deque.append wrong", lambda: collections.deque.append(d, 1) or d.pop(),
     lambda: collections.deque.append(W(), 1))
warm("deque.append on list", lambda: collections.deque.count(d, 1),
     lambda: collections.deque.count([1], 1))
warm("deque iter hint(1)", lambda: iter(d).__length_hint__(),
     lambda: iter(d).__length_hint__(1))

r = itertools.repeat(1, 3)
warm("repeat.__length_hint__(1)", lambda: r.__length_hint__(), lambda: r.__length_hint__(1))
warm("repeat.__length_hint__ wrong", lambda: r.__length_hint__(),
     lambda: itertools.repeat.__length_hint__(W()))
warm("repeat.__length_hint__ unbound", lambda: r.__length_hint__(),
     lambda: itertools.repeat.__length_hint__())
c = itertools.count()
warm("count.__next__(1)", lambda: next(c), lambda: c.__next__(1))
warm("count.__next__ wrong", lambda: next(c), lambda: itertools.count.__next__(1))
print(type(itertools.count.__dict__["__next__"]).__name__)
t = itertools.tee([1, 2])[0]
warm("tee.__copy__(1)", lambda: t.__copy__(), lambda: t.__copy__(1))
warm("tee(x=1)", lambda: itertools.tee([1]), lambda: itertools.tee([1], x=1))
warm("tee(1,2,3)", lambda: itertools.tee([1]), lambda: itertools.tee([1], 2, 3))

f = functools.lru_cache()(abs)
warm("cache_info(1)", lambda: f.cache_info(), lambda: f.cache_info(1))
warm("cache_clear(x=1)", lambda: f(1), lambda: f.cache_clear(x=1))
warm("cache_info unbound", lambda: f(1), lambda: type(f).cache_info())
warm("cache_info wrong", lambda: f(1), lambda: type(f).cache_info(W()))

h = [3, 1, 2]
warm("heappop()", lambda: heapq.heappush(h, 0) or heapq.heappop(h), lambda: heapq.heappop())
warm("heappop(x=1)", lambda: heapq.heapify(h), lambda: heapq.heappop(x=h))
warm("heappush(h)", lambda: heapq.heapify(h), lambda: heapq.heappush(h))
warm("heapify(1, 2)", lambda: heapq.heapify(h), lambda: heapq.heapify(h, 2))

rng = random.Random(5)


warm("Random.random(1)", lambda: rng.random(), lambda: rng.random(1))
warm("Random.getrandbits()", lambda: rng.getrandbits(3), lambda: rng.getrandbits())
warm("Random.getrandbits(k=1)", lambda: rng.getrandbits(3), lambda: rng.getrandbits(k=1))
warm("random.random(1)", lambda: random.random(), lambda: random.random(1))
warm("random.getrandbits(1, 2)", lambda: random.getrandbits(2), lambda: random.getrandbits(1, 2))
warm("Random.random unbound", lambda: rng.random(), lambda: random.Random.random())

warm("gc.isenabled(1)", lambda: gc.isenabled(), lambda: gc.isenabled(1))
warm("gc.is_tracked()", lambda: gc.is_tracked([]), lambda: gc.is_tracked())
warm("gc.is_tracked(x=1)", lambda: gc.is_tracked([]), lambda: gc.is_tracked(x=1))
warm("gc.set_threshold()", lambda: gc.get_threshold(), lambda: gc.set_threshold())
warm("gc.set_threshold(x=1)", lambda: gc.get_threshold(), lambda: gc.set_threshold(x=1))
warm("gc.set_threshold(1,2,3,4)", lambda: gc.get_threshold(), lambda: gc.set_threshold(1, 2, 3, 4))

warm("sys.intern()", lambda: sys.intern("a"), lambda: sys.intern())
warm("sys.intern(x=1)", lambda: sys.intern("a"), lambda: sys.intern(x="a"))
warm("sys.getrefcount(1, 2)", lambda: sys.getrefcount(1), lambda: sys.getrefcount(1, 2))
warm("sys._getframe(1, 2)", lambda: sys._getframe(), lambda: sys._getframe(1, 2))
warm("sys.exit(1, 2)", lambda: sys.getswitchinterval(), lambda: sys.exit(1, 2))
warm("sys.getswitchinterval(1)", lambda: sys.getswitchinterval(), lambda: sys.getswitchinterval(1))
warm("sys.get_int_max_str_digits(1)", lambda: sys.get_int_max_str_digits(),
     lambda: sys.get_int_max_str_digits(1))

warm("time.time(1)", lambda: time.time(), lambda: time.time(1))
warm("time.monotonic_ns(x=1)", lambda: time.monotonic_ns(), lambda: time.monotonic_ns(x=1))
warm("time.sleep()", lambda: time.time(), lambda: time.sleep())
warm("time.gmtime(1, 2)", lambda: time.gmtime(0), lambda: time.gmtime(1, 2))
warm("time.gmtime(x=1)", lambda: time.gmtime(0), lambda: time.gmtime(x=1))
warm("time.asctime(x=1)", lambda: time.time(), lambda: time.asctime(x=1))

warm("atexit._ncallbacks(1)", lambda: atexit._ncallbacks(), lambda: atexit._ncallbacks(1))
warm("atexit.unregister()", lambda: atexit._ncallbacks(), lambda: atexit.unregister())

lock = _thread.allocate_lock()
warm("lock.locked(1)", lambda: lock.locked(), lambda: lock.locked(1))
warm("lock.release(x=1)", lambda: lock.locked(), lambda: lock.release(x=1))
warm("lock.locked unbound", lambda: lock.locked(), lambda: type(lock).locked())
warm("lock.locked wrong", lambda: lock.locked(), lambda: type(lock).locked(W()))
warm("_thread.get_ident(1)", lambda: _thread.get_ident(), lambda: _thread.get_ident(1))
warm("_thread.allocate(x=1)", lambda: _thread.get_ident(), lambda: _thread.allocate(x=1))
warm("_thread.stack_size(1, 2)", lambda: _thread.stack_size(), lambda: _thread.stack_size(1, 2))
rl = _thread.RLock()
warm("rlock._is_owned(1)", lambda: rl._is_owned(), lambda: rl._is_owned(1))
warm("rlock._acquire_restore()", lambda: rl._is_owned(), lambda: rl._acquire_restore())

warm("getweakrefcount()", lambda: _weakref.getweakrefcount(d), lambda: _weakref.getweakrefcount())
warm("getweakrefs(x=1)", lambda: _weakref.getweakrefs(d), lambda: _weakref.getweakrefs(x=1))
warm("proxy(x=1)", lambda: _weakref.getweakrefs(d), lambda: _weakref.proxy(x=1))
warm("proxy()", lambda: _weakref.getweakrefs(d), lambda: _weakref.proxy())

warm("signal.getsignal()", lambda: signal.getsignal(2), lambda: signal.getsignal())
warm("signal.getsignal(x=1)", lambda: signal.getsignal(2), lambda: signal.getsignal(x=1))
warm("signal.valid_signals(1)", lambda: signal.getsignal(2), lambda: signal.valid_signals(1))
warm("signal.signal(1)", lambda: signal.getsignal(2), lambda: signal.signal(1))
