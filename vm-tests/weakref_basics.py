# weakref.ref: alive and dead, shared refs, callbacks and their order, hashing, equality,
# repr shape, getweakrefcount/getweakrefs, errors for types that cannot be weakly referenced.
import weakref
import gc


class Foo:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Foo(%s)' % self.name


a = Foo('a')
r = weakref.ref(a)
print(r() is a, r() is not None)
print(weakref.ref(a) is r)                 # the callback-less ref is shared
print(type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(repr(r).startswith('<weakref at 0x'), "; to 'Foo' at 0x" in repr(r))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
print(r.__callback__)
del a
print(r(), repr(r).endswith('; dead>'))
print(weakref.getweakrefcount(1), weakref.getweakrefs('x'))

# callbacks: called once with the ref, newest first, at the referent's death
log = []


def cb1(wr):
    log.append(('cb1', wr() is None))


def cb2(wr):
    log.append(('cb2', wr() is None))


b = Foo('b')
r0 = weakref.ref(b)
r1 = weakref.ref(b, cb1)
r2 = weakref.ref(b, cb2)
print(r1 is not r2, r1 is not r0, weakref.ref(b, None) is r0)
print(weakref.getweakrefcount(b), weakref.getweakrefs(b) == [r0, r2, r1])
print(r1.__callback__ is cb1)
print('before del')
del b
print('after del', log)
print(r1.__callback__, r1(), r2())

# a weakref that dies first never calls its callback
c = Foo('c')
r3 = weakref.ref(c, cb1)
del r3
log.clear()
del c
print('dropped ref first', log)


# an exception in a callback is reported and ignored
class Boom:
    def __repr__(self):
        return 'Boom()'

    def __call__(self, wr):
        raise ValueError('from callback')


d = Foo('d')
rd = weakref.ref(d, Boom())
del d
print('went on', rd())

# hashing and equality
e1, e2 = Foo('e1'), Foo('e2')
w1, w2 = weakref.ref(e1), weakref.ref(e2)
print(hash(w1) == hash(e1), w1 == weakref.ref(e1), w1 != w2, w1 == w2)


class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__


q1, q2 = Eq(), Eq()
wq1, wq2 = weakref.ref(q1), weakref.ref(q2)
print(wq1 == wq2)                          # compares referents while alive
h = hash(w1)
del e1
print(hash(w1) == h)                       # the hash is kept once computed
del q1
print(wq1 == wq2, wq1 == wq1)              # dead: identity
e3 = Foo('e3')
w3 = weakref.ref(e3)
del e3
try:
    hash(w3)
except TypeError as ex:
    print('TypeError:', ex)
print(w1 == 5, w1 != 5)

# a dict keyed by weakrefs
e4 = Foo('e4')
d = {weakref.ref(e4): 'four'}
print(d[weakref.ref(e4)])

# what can be weakly referenced
def f():
    pass


class I(int):
    pass


class L(list):
    pass


for o in [1, 'a', (), [], {}, None, 1.5, b'x', object(), range(2), I(3), ValueError()]:
    try:
        weakref.ref(o)
        print('ok', type(o).__name__)
    except TypeError as ex:
        print('TypeError:', ex)
for o in [set(), frozenset(), f, Foo, len, L(), Foo('x').__repr__, gc]:
    w = weakref.ref(o)
    print('ok', type(o).__name__, w() is o)

# argument errors
for args in [(), (Foo('z'), None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as ex:
        print('TypeError:', ex)

# a cycle: the collector clears the weakref and runs the callback of a live weakref
class Node:
    pass


n = Node()
n.self = n
log.clear()
wn = weakref.ref(n, cb1)
del n
gc.collect()
print('collected', wn(), log)

# a weakref inside the garbage does not call back
m = Node()
m.self = m
m.wr = weakref.ref(m, cb2)
log.clear()
del m
gc.collect()
print('garbage ref', log)

# identity reuse: a new object at a freed address has no weakrefs
for i in range(3):
    t = Foo(i)
    wt = weakref.ref(t)
    del t
    print(wt(), weakref.getweakrefcount(Foo(i)))
