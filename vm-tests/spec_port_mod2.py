# Calling conventions of math, operator, functools.reduce, _thread.start_new_thread,
# time.asctime, vars; native types' getsets and members (deque.maxlen, partial.func/args/
# keywords, KeyWrapper.obj, weakref.ref.__callback__, _tuplegetter.__doc__): each after a
# warm-up loop.
import math, operator, functools, _thread, time, collections, weakref

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        return "ok " + repr(r)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def warm(f, *a):
    for _ in range(200):
        f(*a)

cases = [
    (math.sqrt, (4.0,)), (math.floor, (2.5,)), (math.ceil, (2.5,)), (math.trunc, (2.5,)),
    (math.frexp, (8.0,)), (math.modf, (1.5,)), (math.log2, (8,)), (math.log10, (100,)),
    (math.isnan, (1.0,)), (math.degrees, (1.0,)), (math.ulp, (1.0,)), (math.gamma, (5.0,)),
    (math.lgamma, (5.0,)), (math.isqrt, (17,)), (math.factorial, (5,)), (math.fsum, ([0.1] * 3,)),
    (math.atan2, (1.0, 1.0)), (math.copysign, (1.0, -2.0)), (math.pow, (2.0, 3.0)),
    (math.ldexp, (1.0, 3)), (math.comb, (5, 2)), (math.perm, (5, 2)), (math.dist, ((0, 0), (3, 4))),
    (math.fmod, (7.0, 3.0)), (math.log, (8, 2)), (math.gcd, (12, 18)), (math.hypot, (3, 4)),
    (operator.neg, (3,)), (operator.not_, (0,)), (operator.index, (3,)), (operator.add, (1, 2)),
    (operator.iadd, (1, 2)), (operator.lt, (1, 2)), (operator.is_, (1, 1)),
    (operator.contains, ([1], 1)), (operator.countOf, ([1, 1], 1)), (operator.getitem, ([5], 0)),
    (operator.setitem, ({}, 1, 2)), (operator.length_hint, ([1, 2],)), (operator.__add__, (1, 2)),
    (operator.__neg__, (1,)), (operator.concat, ([1], [2])), (operator.call, (len, [1])),
    (functools.reduce, (operator.add, [1, 2, 3])), (vars, (collections,)),
]
for f, a in cases:
    warm(f, *a)
    print(f.__name__, err(f, *a) if f is not vars else "ok")
    print("  0:", err(f))
    print("  many:", err(f, *(a + (1,) * 4)))
    print("  kw:", err(f, *a, x=1))

print(math.sqrt, operator.add, operator.__add__ is operator.add, operator.neg.__module__)
print(err(_thread.start_new_thread), err(_thread.start_new_thread, 1, 2, 3, 4))
print(err(_thread.start_new_thread, print, (), x=1))
print(err(_thread.start_new, 1), err(_thread.start_new, print, (), x=1))
print(err(time.asctime, (2000, 1, 1, 0, 0, 0, 5, 1, 0)), err(time.asctime, 1, 2))
print(err(time.asctime, x=1))
print(err(operator.itemgetter), err(operator.itemgetter(0)), err(operator.itemgetter(0), [1], [2]))

# deque.maxlen: a getset of the type
D = collections.deque
print(D.__dict__["maxlen"], type(D.maxlen).__name__)
d = D([1, 2], 3)
def get_maxlen(x):
    return x.maxlen
warm(get_maxlen, d)
print(get_maxlen(d), get_maxlen(D()))
print(err(setattr, d, "maxlen", 4), err(delattr, d, "maxlen"))
print(err(D.__dict__["maxlen"].__get__, 1, int))

# partial: func/args/keywords are read-only members; the instance dict cannot shadow them
P = functools.partial
print(P.__dict__["func"], P.__dict__["args"], P.__dict__["keywords"])
p = P(max, 1, key=abs)
def get_parts(x):
    return x.func, x.args, x.keywords
warm(get_parts, p)
print(get_parts(p))
p.__dict__["func"] = "shadow"
p.__dict__["other"] = 5
warm(get_parts, p)
print(get_parts(p), p.other, sorted(p.__dict__))
print(err(setattr, p, "func", 1), err(delattr, p, "args"), err(setattr, p, "keywords", {}))
p.other = 6
print(p.other, p(-3))
print(err(P.__dict__["func"].__get__, 1, int))

# KeyWrapper.obj: a writable member
K = functools.cmp_to_key(lambda a, b: a - b)
k = K(3)
print(type(k).__dict__["obj"])
def get_obj(x):
    return x.obj
warm(get_obj, k)
print(get_obj(k))
k.obj = 7
print(get_obj(k), k < K(8))
del k.obj
print(get_obj(k))

# weakref.ref.__callback__: a read-only member
class T:
    pass
t = T()
cb = lambda r: None
r = weakref.ref(t, cb)
print(weakref.ref.__dict__["__callback__"])
def get_cb(x):
    return x.__callback__
warm(get_cb, r)
print(get_cb(r) is cb, get_cb(weakref.ref(t)))
print(err(setattr, r, "__callback__", None))

# _tuplegetter.__doc__: a writable member
Pt = collections.namedtuple("Pt", "x y")
print(type(Pt.x).__dict__["__doc__"])
def get_doc(c):
    return c.x.__doc__
warm(get_doc, Pt)
print(get_doc(Pt))
Pt.x.__doc__ = "the x"
print(get_doc(Pt), Pt(1, 2).x)
