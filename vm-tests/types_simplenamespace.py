# types.SimpleNamespace: keyword attributes, repr (recursive too), ==, unhashable,
# subclasses, __slots__, read-only __dict__ member, copy.
import types
N = types.SimpleNamespace
n = N(a=1, b='x')
print(n, repr(n), n.a, n.__dict__, vars(n))
n.c = [n]; print(n)
del n.a; print(n)
try: del n.zz
except AttributeError as e: print(e)
try: n.zz
except AttributeError as e: print(e)
print(N() == N(), N(a=1) == N(a=1), N(a=1) != N(a=2), N(a=1) == {'a': 1})
try: N(1)
except TypeError as e: print(e)
try: N({'a': 1})
except TypeError as e: print(e)
try: hash(N())
except TypeError as e: print(e)
class Sub(N): pass
s = Sub(x=1); print(s, repr(s), s == N(x=1))
print(N.__name__, N.__module__, N.__qualname__, type(N).__name__)
r = N(); r.me = r; print(r)
print(N(**{'a b': 1}))
try: N(**{1: 2})
except TypeError as e: print(e)
n2 = N(x=1); n2.__dict__['y'] = 2; print(n2)
import copy
c = copy.copy(n2); print(c, c is n2, c == n2)
print(N(a=N(b=1)))
print(sorted(k for k in dir(N()) if not k.startswith('__')))
print(N.__init__ is object.__init__, '__eq__' in N.__dict__)
print(N(b=2, a=1), N(a=1, b=2) == N(b=2, a=1), N(a=[1]) == N(a=[1]))
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'N(a=1) {op} N(a=1)')
    except TypeError as e:
        print(e)
print(isinstance(N(), N), type(N()) is N, N.__init__.__name__)
ns = N(x=1)
setattr(ns, 'y', 2)
print(getattr(ns, 'y'), hasattr(ns, 'z'), ns.__dict__ is ns.__dict__)
ns.__dict__.clear()
print(ns)
try:
    ns.__dict__ = {'q': 1}
except AttributeError as e:
    print('AttributeError', e)
print(ns)


class Sub2(N):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True

    def __repr__(self):
        return 'Sub2!' + super().__repr__()


print(Sub2(a=1), Sub2(a=1) == N(a=1, extra=True))


class Slots(N):
    __slots__ = ('s',)


sl = Slots(a=1)
sl.s = 5
print(sl, sl.s)
try:
    N(1, 2)
except TypeError as e:
    print(e)
try:
    N.__init__(5)
except TypeError as e:
    print(e)


# warm-up: attribute reads, then the class gains a property of the same name, then again
class Cfg(N):
    pass


def read(o):
    return o.v


cfg = Cfg(v=3)
print(sum(read(cfg) for _ in range(200)))
Cfg.v = property(lambda self: 100)
print(sum(read(cfg) for _ in range(200)))
del Cfg.v
print(sum(read(cfg) for _ in range(200)))
cfg.v = 4
print(sum(read(cfg) for _ in range(200)))
del cfg.v
try:
    read(cfg)
except AttributeError as e:
    print(e)
