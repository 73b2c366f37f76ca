# WeakSet: a set whose members leave when they die.
import weakref
import gc


class Obs:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obs(%d)' % self.n


s = weakref.WeakSet()
o1, o2, o3 = Obs(1), Obs(2), Obs(3)
s.add(o1)
s.add(o2)
s.add(o2)
print(len(s), o1 in s, o3 in s, 5 in s)
s.update([o3])
print(sorted(x.n for x in s))
del o2
print(len(s), sorted(x.n for x in s))
s.discard(o3)
s.discard(o3)
print(len(s))
try:
    s.remove(o3)
except KeyError:
    print('KeyError')
s.add(o3)
print(s.pop() in (o1, o3), len(s))
t = weakref.WeakSet([o1, o3])
u = weakref.WeakSet([o3])
print(u <= t, t >= u, u < t, t == weakref.WeakSet([o3, o1]), t != u)
print(sorted(x.n for x in t - u), sorted(x.n for x in t | u), sorted(x.n for x in t & u))
print(sorted(x.n for x in t ^ u), t.isdisjoint(weakref.WeakSet()), len(t.copy()))
try:
    s.add(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(s)
except TypeError as e:
    print('TypeError', e)

# members dying while the set is iterated
many = [Obs(i) for i in range(6)]
ws = weakref.WeakSet(many)
seen = 0
for x in ws:
    seen += 1
    if seen == 2:
        del many[:3]
    del x
print(seen >= 3, len(ws), sorted(x.n for x in ws))
del many
print(len(ws), list(ws))

# cycles
class Node:
    pass


n = Node()
n.me = n
ws.add(n)
del n
gc.collect()
print(len(ws))
s.clear()
print(len(s), bool(s) if hasattr(s, '__bool__') else len(s) == 0)
