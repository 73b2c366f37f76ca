# Subclasses of weakref.ref: extra attributes in a dict or __slots__, a __new__/__init__
# taking more arguments, __callback__, ordering among an object's weakrefs.
import gc
import weakref


class Foo:
    pass


class R(weakref.ref):
    pass


o = Foo()
r = R(o)
print(type(r).__name__, r() is o, isinstance(r, weakref.ref), r is weakref.ref(o))
r.extra = 5
print(r.extra, r.__dict__, r.__callback__)


class KeyedRef(weakref.ref):
    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def cb(w):
    print('callback: key', w.key, 'dead', w() is None)


k = KeyedRef(o, cb, 'thekey')
print(k.key, k.__callback__ is cb, weakref.getweakrefcount(o))
try:
    k.other = 1
except AttributeError as e:
    print('AttributeError:', e)


class Annotated(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)


a = Annotated(o, None, colour='red', size=2)
print(a.colour, a.size, a() is o)
try:
    R(o, None, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref(o, None, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print('TypeError:', e)

# the plain ref (shared), then the others newest first
plain = weakref.ref(o)
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is plain, refs[1] is a, refs[2] is k, refs[3] is r)
print(r == plain, hash(r) == hash(plain))

# a subclass instance in a cycle through its own dict is collected
r.cycle = r
del o, refs
print(r(), k(), a(), plain())
del r
print(gc.collect() >= 1)


# weakrefs to a ref subclass: allowed when the subclass has __weakref__
class WR(weakref.ref):
    __slots__ = ('__weakref__',)


class Bar:
    pass


b = Bar()
w = WR(b)
ww = weakref.ref(w)
print(ww() is w)
try:
    weakref.ref(weakref.ref(b))
except TypeError as e:
    print('TypeError:', e)
