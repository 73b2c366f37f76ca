# types.MappingProxyType: read-only view of a mapping; reads, views, |, copy, errors.
import types
from collections import OrderedDict, UserDict
M = types.MappingProxyType
d = {'a': 1, 'b': 2}
m = M(d)
print(m, repr(m), str(m), len(m), m['a'], m.get('z'), m.get('z', 0), 'a' in m, list(m), list(m.keys()), list(m.values()), list(m.items()))
print(m.copy(), type(m.copy()), m | {'c': 3}, {'c': 3} | m, type(m | {}))
d['c'] = 3; print(m, list(reversed(m)))
for bad in [lambda: m.__setitem__('x', 1), lambda: m.__delitem__('a'), lambda: M(1), lambda: M([1]), lambda: m.pop('a'), lambda: m.update({}), lambda: m.clear(), lambda: m.setdefault('q', 1)]:
    try: bad(); print('no error')
    except Exception as e: print(type(e).__name__, e)
try:
    m['x'] = 1
except TypeError as e: print(e)
try:
    del m['a']
except TypeError as e: print(e)
try:
    m |= {}
except TypeError as e: print(e)
print(M(OrderedDict(a=1)), M(UserDict(a=1))['a'])
print(m == d, m == {'a': 1}, m != d, hash(M) is not None)
try: hash(m)
except TypeError as e: print(e)
print(M(M(d)))
try:
    class X(M):
        pass
except TypeError as e:
    print(e)
print(type(m).__name__, type(m).__module__, M.__name__)
try: M()
except TypeError as e: print(e)
try: M(d, d)
except TypeError as e: print(e)
try: M(mapping=d)
except TypeError as e: print(e)
print(iter(m).__class__.__name__)


class C:
    x = 1


mp = C.__dict__
print(type(mp) is M, mp['x'], 'x' in mp, mp.get('nope', 'dflt'))
try:
    mp['y'] = 2
except TypeError as e:
    print(e)


# warm-up: reads through the proxy follow the dict's changes
d2 = {'k': 0}
p2 = M(d2)


def get(p):
    return p['k'] + len(p)


print(sum(get(p2) for _ in range(200)))
d2['k'] = 5
d2['other'] = 1
print(sum(get(p2) for _ in range(200)))
del d2['k']
try:
    get(p2)
except KeyError as e:
    print('KeyError', e)
