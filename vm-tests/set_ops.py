# set methods and operators on small ints (deterministic order).
s = {3, 1, 2}
print(s, len(s), set(), {1}, type({1}))
s.add(4)
s.add(1)
print(s)
s.discard(2)
s.discard(99)
print(s)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3)), a.difference([1], [2]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1})
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset([1, 5]), {1, 2}.isdisjoint({3}), {1}.isdisjoint([1]))
c = {1, 2, 3}
c |= {4}
print(c)
c &= {2, 3, 4, 5}
print(c)
c -= {2}
print(c)
c ^= {4, 6}
print(c)
c.update([0, 1], {7})
print(c)
c.intersection_update({0, 1, 2, 3, 6, 7})
print(c)
c.difference_update([0])
print(c)
p = {5, 2, 7}
print(p.pop(), p.pop(), p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError:', e)
cp = a.copy()
cp.clear()
print(a, cp)
print(set([1, 1, 2, 2, 3]), len(set('aabbc')), sorted({'b', 'a'}))
print(frozenset([3, 1, 2]), frozenset(), frozenset({1}) | {2}, {2} | frozenset({1}))
f = frozenset([1, 2])
print(f & {2, 3}, f - {1}, f == {1, 2}, {1, 2} == f, 1 in f)
d = {f: 'frozen key'}
print(d[frozenset([2, 1])])
print({0, 1, 2, 3, 4, 5, 6, 7}, set(range(8)) - {0, 7})
empty = set()
print(empty, bool(empty), {1, 2} - {1, 2})
