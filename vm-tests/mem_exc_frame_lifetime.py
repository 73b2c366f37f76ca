# An exception that outlives the call keeps the frames it went through, with their locals,
# alive through __traceback__ -> tb_frame, until it is dropped (CPython's frames take over
# their variables when they exit while still referenced).
import gc
import sys
import weakref

gc.disable()

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Obj:
    pass

# Returned from the function that caught it.
def catch_and_return():
    r = Res("returned")
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

e = catch_and_return()
print("returned:", type(e).__name__, e.__traceback__.tb_frame.f_locals["r"].name)
del e
print("after del e")

# Stored in a global from an except block.
SAVED = None

def store_global():
    global SAVED
    r = Res("global")
    try:
        raise ValueError("v")
    except ValueError as exc:
        SAVED = exc

store_global()
print("stored:", SAVED.__traceback__.tb_frame.f_code.co_name)
SAVED = None
print("after clearing the global")

# sys.exc_info() saved.
def save_exc_info():
    r = Res("exc_info")
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()

info = save_exc_info()
print("exc_info:", info[0].__name__, info[2].tb_frame.f_locals["r"].name)
del info
print("after del info")

# A weakref sees the local die with the exception.
def weakly():
    o = Obj()
    w = weakref.ref(o)
    try:
        raise RuntimeError("w")
    except RuntimeError as exc:
        return exc, w

exc, w = weakly()
print("alive:", w() is not None)
del exc
print("alive:", w() is not None)

# Caught and dropped inside the function: the locals go when it returns.
def swallow():
    r = Res("swallowed")
    try:
        raise TypeError("t")
    except TypeError:
        pass
    return 1

swallow()
print("after swallow")

# The frames of the callers the exception left stay too: the frame it was caught in keeps
# its caller's frame (f_back), whose locals hold the exception: a cycle for the collector.
def inner():
    r = Res("inner")
    raise ValueError("deep")

def middle():
    r = Res("middle")
    try:
        inner()
    except ValueError as exc:
        return exc

def top():
    r = Res("top")
    exc = middle()
    print("in top:", exc.__traceback__.tb_next.tb_frame.f_locals["r"].name)
    return exc

exc = top()
tb = exc.__traceback__
print("chain:", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name,
      tb.tb_frame.f_back.f_code.co_name)
del exc, tb
print("after del; collect:", gc.collect())

# An exception kept in a local of the frame it was raised in: frame -> locals ->
# exception -> traceback -> frame.
def self_cycle():
    r = Res("cycle")
    try:
        raise ValueError("c")
    except ValueError as exc:
        kept = exc
    return 1

self_cycle()
print("after self_cycle; collect:", gc.collect())

# Re-raised through several frames: each one's locals live until the exception goes.
def raiser(n):
    r = Res("raiser %d" % n)
    if n == 0:
        raise LookupError("bottom")
    raiser(n - 1)

try:
    raiser(2)
except LookupError as exc:
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_locals.get("n"))
        tb = tb.tb_next
    print("frames:", names)
print("after the handler")

# The same after warm-up.
def returned_many(n):
    kept = []
    for i in range(n):
        kept.append(catch_quiet(i))
    return kept

def catch_quiet(i):
    o = Obj()
    o.i = i
    try:
        raise ValueError(i)
    except ValueError as exc:
        return exc

kept = returned_many(200)
print(len(kept), kept[150].__traceback__.tb_frame.f_locals["o"].i)
del kept
e = catch_and_return()
print("returned again:", e.__traceback__.tb_frame.f_locals["r"].name)
del e
print("collect:", gc.collect())
print("end")
