# functools: reduce, partial (args, keywords, flattening, attributes), cmp_to_key.
import functools
from functools import reduce, partial, cmp_to_key

def add(a, b):
    return a + b

print(reduce(add, [1, 2, 3, 4]), reduce(add, [1, 2, 3], 10), reduce(add, [], 'init'), reduce(add, 'abc'))
print(reduce(lambda acc, x: acc * x, range(1, 8)), reduce(max, [3, 9, 2]), reduce(add, [[1], [2]], []))
for args in [(add, []), (add, 5), (add,), (add, [1], 1, 2)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    reduce(function=add, iterable=[1])
except TypeError as e:
    print('TypeError', e)

def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, kw)

p = partial(f, 1)
print(p(2), p(2, 4, 5), p(b=7), p(2, c=9, z=1))
q = partial(f, 1, 2, c=10, z=5)
print(q(), q(c=11), q(z=6), q.args, q.keywords, q.func is f)
r = partial(partial(f, 1, z=5), 'x', y=0)
print(r.func is f, r.args, r.keywords, r())
print(partial(add, 'a')('b'), partial(int, base=2)('101'), list(map(partial(pow, 2), range(5))))
p.attr = 42
print(p.attr, p.__dict__)
print(repr(partial(len, [1])), repr(partial(len)), repr(partial(max, 1, key=abs)))
print(type(p).__name__, type(p), isinstance(p, partial), functools.partial)
s = partial(partial(max, 1), 5)
print(s.args, s(3), s(10))
for bad in [(), (1,), ('x', 2)]:
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p.func = 3
except AttributeError as e:
    print('AttributeError', e)

def cmp(a, b):
    return (a > b) - (a < b)

def rev(a, b):
    return b - a

print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(rev)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(x) - len(y))))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, type(k1).__name__)
print(min([5, 3, 8], key=cmp_to_key(cmp)), max(['x', 'yy'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
try:
    k1 < 3
except TypeError as e:
    print('TypeError', e)
try:
    hash(k1)
except TypeError as e:
    print('TypeError', e)
try:
    cmp_to_key()
except TypeError as e:
    print('TypeError', e)
print(cmp_to_key(mycmp=cmp)(4).obj)
