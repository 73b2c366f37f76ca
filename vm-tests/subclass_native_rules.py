# Which builtin types may be subclassed (CPython's Py_TPFLAGS_BASETYPE), layout conflicts,
# __class__ assignment, __slots__, receiver checks, the collector and weak references.
import collections
import functools
import gc
import itertools
import random
import struct
import types
import weakref

ok = [bytearray, collections.deque, collections.defaultdict, collections.OrderedDict,
      collections.Counter, random.Random, struct.Struct, functools.partial, enumerate, zip,
      map, filter, reversed, itertools.count, itertools.chain, types.SimpleNamespace,
      types.GenericAlias, property, staticmethod, classmethod, super, weakref.ref]
for base in ok:
    cls = type('Sub', (base,), {})
    print(base.__name__, cls.__bases__ == (base,))

nope = [bool, range, slice, type(len), type(lambda: 0), type(None), type(...),
        type(NotImplemented), types.CodeType, types.MappingProxyType, types.CellType,
        types.GeneratorType, types.MethodType, type(iter([])), type({}.keys()),
        type(functools.lru_cache(lambda: 0)),
        type(iter(enumerate([]))) if False else type(iter('')), weakref.ProxyType]
for base in nope:
    try:
        class X(base):
            pass
        print('accepted', base)
    except TypeError as e:
        print(e)

# two native payloads cannot be combined
for bases in [(collections.deque, random.Random), (bytearray, list), (collections.deque, list),
              (struct.Struct, functools.partial), (bytearray, collections.deque)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print(e)


# a mixin of plain classes is fine
class Mixin:
    def describe(self):
        return f'{type(self).__name__} of {len(self)}'


class MD(Mixin, collections.deque):
    pass


print(MD([1, 2]).describe(), MD.__mro__[1:])


# __slots__ on native subclasses
class Slotted(collections.deque):
    __slots__ = ('a', 'b')


s = Slotted([1])
s.a = 1
print(s.a, s)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.c = 3
except AttributeError as e:
    print(e)
print(hasattr(s, '__dict__'))


class SlotR(random.Random):
    __slots__ = ('n',)


sr = SlotR(1)
sr.n = 5
print(sr.n, sr.random() == random.Random(1).random())


# __class__ assignment: between subclasses of the same native type only
class D1(collections.deque):
    pass


class D2(collections.deque):
    def total(self):
        return sum(self)


class R(random.Random):
    pass


d = D1([1, 2, 3])
d.keep = 'k'
d.__class__ = D2
print(type(d).__name__, d.total(), d.keep, d)
for target in [R, collections.deque, list, Slotted]:
    try:
        d.__class__ = target
    except TypeError as e:
        print(e)
try:
    collections.deque().__class__ = D1
except TypeError as e:
    print(e)

# native methods check their receiver
for call in [lambda: collections.deque.append([], 1), lambda: bytearray.append(b'', 1),
             lambda: struct.Struct.pack('x'),
             lambda: collections.deque.__init__([], [])]:
    try:
        call()
    except TypeError as e:
        print(e)
print(collections.deque.append(d, 4), d, bytearray.upper(type('B', (bytearray,), {})(b'a')))

# the collector sees both the payload and the dict
gc.collect()


class Node(collections.deque):
    pass


for i in range(5):
    n = Node()
    n.me = n
    n.append(n)
    b = type('BA', (bytearray,), {})()
    b.me = b
    p = type('PP', (functools.partial,), {})(print)
    p.me = p
del n, b, p
print(gc.collect() >= 15)

w = weakref.ref(D1([1]))
print(w())
keep = D1([2])
w = weakref.ref(keep)
print(w() is keep)


# warm-up around __class__ assignment
def total(x):
    return x.total() if hasattr(x, 'total') else -1


e = D2([1, 2])
print(sum(total(e) for _ in range(200)))
e.__class__ = D1
print(sum(total(e) for _ in range(200)))
e.__class__ = D2
print(sum(total(e) for _ in range(200)))
