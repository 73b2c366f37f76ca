# What can be weakly referenced: __slots__ without __weakref__ cannot, with it can; builtin
# ints, strs, tuples, lists, dicts cannot. WeakMethod: a weak reference to a bound method.
import gc
import weakref


class S:
    __slots__ = ('a',)


class SW:
    __slots__ = ('a', '__weakref__')


class SD(S):
    pass


class SE(S):
    __slots__ = ('b',)


class SWE(SW):
    __slots__ = ()


for cls in [S, SW, SD, SE, SWE]:
    obj = cls()
    try:
        w = weakref.ref(obj)
        print(cls.__name__, 'ok', w() is obj)
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)

for x in [1, 'str', (1,), [1], {}, 2 ** 100, b'x', 1.5, None, True, object(),
          frozenset(), set(), len, S]:
    try:
        weakref.ref(x)
        print('ok', type(x).__name__)
    except TypeError as e:
        print('TypeError:', e)


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyDict(dict):
    pass


for x in [MyInt(1), MyTuple(), MyList(), MyStr(), MyDict()]:
    try:
        weakref.ref(x)
        print('ok', type(x).__name__)
    except TypeError as e:
        print('TypeError:', e)


class C:
    def m(self, x=1):
        return ('m', x)


c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), wm()(x=2), wm() == c.m, isinstance(wm, weakref.ref), type(wm).__name__)
log = []
wm2 = weakref.WeakMethod(c.m, lambda r: log.append(('callback', r is wm2, r() is None)))
print(wm == wm2, hash(wm) == hash(wm2), wm != wm2, wm is wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.WeakMethod(C.m)
except TypeError as e:
    print('TypeError:', e)
d = {wm: 'found'}
print(d[wm2])
del c
print(log, wm(), wm2(), wm == wm2, wm == wm)


# the function dies first: the WeakMethod dies too
class E:
    def g(self):
        return 'g'


e = E()
wg = weakref.WeakMethod(e.g, lambda r: print('g callback'))
print(wg()())
del E.g
gc.collect()
print(wg(), weakref.getweakrefcount(e))
