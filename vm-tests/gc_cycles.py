# The cycle collector finds unreachable cycles; gc.collect() returns how many objects it found.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print('finalize', self.name)

# Reference counting alone cannot free a cycle.
a, b = Node('a'), Node('b')
a.next, b.next = b, a
del a, b
print('after del: nothing finalized yet')
print('collected', gc.collect())

# Three-node ring: finalized in the order the collector found them, then freed.
x, y, z = Node('x'), Node('y'), Node('z')
x.next, y.next, z.next = y, z, x
del x, y, z
print('collected', gc.collect())

# Containers in cycles.
l = []
l.append(l)
d = {}
d['self'] = d
del l, d
print('collected', gc.collect())

# A cycle that is still reachable survives.
keep = Node('kept')
keep.next = keep
print('collected', gc.collect(), keep.next is keep)

# Finalizers run once (PEP 442); a resurrected object survives the collection.
class Phoenix:
    saved = []

    def __init__(self):
        self.me = self

    def __del__(self):
        print('Phoenix.__del__ runs once')
        Phoenix.saved.append(self)

Phoenix()
print('collected', gc.collect(), len(Phoenix.saved), gc.is_finalized(Phoenix.saved[0]))
Phoenix.saved.clear()
print('collected', gc.collect())

# A cycle reachable only through a non-cycle object goes when that object goes.
owner = Node('owner')
owner.next = Node('ring')
owner.next.next = owner.next
owner = None
print('collected', gc.collect())

# Objects with finalizers inside a collected cycle see each other intact.
class Pair:
    def __init__(self, tag):
        self.tag = tag
        self.other = None

    def __del__(self):
        print(self.tag, 'sees', self.other.tag)

p, q = Pair('p'), Pair('q')
p.other, q.other = q, p
del p, q
print('collected', gc.collect())

# Generators, closures, bound methods and classes in cycles.
def make_closure():
    def inner():
        return inner
    return inner

f = make_closure()
del f

class Holder:
    def method(self):
        pass

h = Holder()
h.bound = h.method
del h

def gen():
    g = yield
    yield g

g = gen()
next(g)
g.send(g)
del g

class Temp:
    pass
Temp.me = Temp
del Temp
print('collected more than 5:', gc.collect() > 5)
print('nothing left:', gc.collect())
