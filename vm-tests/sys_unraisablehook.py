# sys.unraisablehook: what every "Exception ignored in" report goes through (__del__, weakref
# callbacks, gc callbacks, generators closed when freed or collected).
import gc
import sys
import weakref

print(type(sys.unraisablehook).__name__, sys.unraisablehook is sys.__unraisablehook__)

def hook(u):
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, type(u.object).__name__,
          getattr(u.object, "__qualname__", None), u.err_msg,
          u.exc_traceback is u.exc_value.__traceback__, type(u.exc_traceback).__name__)
    print("  line", u.exc_traceback.tb_lineno if u.exc_traceback else None, len(u), u[0] is u.exc_type)

sys.unraisablehook = hook

class Del:
    def __del__(self):
        raise ValueError("in __del__")

d = Del()
del d

class Referent:
    pass

def callback(ref):
    raise KeyError("in callback")

r = Referent()
w = weakref.ref(r, callback)
del r

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignores()
next(g)
del g

def gc_callback(phase, info):
    if phase == "stop":
        raise LookupError("in gc callback")

gc.callbacks.append(gc_callback)
gc.collect()
gc.callbacks.remove(gc_callback)

def cyclic():
    me = yield
    try:
        yield 1
    finally:
        raise TypeError("closing")

g = cyclic()
next(g)
g.send(g)
del g
print("collect", gc.collect())

# A hook that fails is reported by the default hook; the original report is lost.
class BadHook:
    def __call__(self, u):
        raise RuntimeError("the hook failed")
    def __repr__(self):
        return "BadHook()"

sys.unraisablehook = BadHook()
d = Del()
del d
print("after the bad hook")

# The default hook writes the report to stderr.
sys.unraisablehook = sys.__unraisablehook__

class Boom:
    def __call__(self, ref):
        raise ValueError("from callback")
    def __repr__(self):
        return "Boom()"

r = Referent()
w = weakref.ref(r, Boom())
del r
try:
    sys.unraisablehook(1)
except TypeError as exc:
    print(exc)
try:
    sys.unraisablehook()
except TypeError as exc:
    print(exc)

# The same after warm-up.
def many(n):
    seen = []
    sys.unraisablehook = lambda u: seen.append(u.exc_type.__name__)
    for i in range(n):
        d = Del()
        del d
        g = ignores()
        next(g)
        del g
    sys.unraisablehook = sys.__unraisablehook__
    return len(seen), sorted(set(seen))

print(many(150))
sys.unraisablehook = hook
d = Del()
del d
print("end")
