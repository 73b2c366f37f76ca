# `in`, index, count, remove, == and < over lists and tuples whose items mix ints, floats,
# bools, strs, None, NaN (equal only to itself), big ints and objects with their own
# __eq__/__lt__ (which may change the list being searched). The searching functions run
# 200 times on ints first, then on the mixed items.
import sys

calls = []


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        calls.append(('eq', self.v, getattr(o, 'v', o)))
        return self.v == getattr(o, 'v', o)

    def __lt__(self, o):
        calls.append(('lt', self.v, getattr(o, 'v', o)))
        return self.v < getattr(o, 'v', o)

    __hash__ = None

    def __repr__(self):
        return 'E(%r)' % (self.v,)


def has(s, x):
    return x in s


def idx(s, x, *a):
    try:
        return s.index(x, *a)
    except ValueError as e:
        return 'ValueError: %s' % e


def cnt(s, x):
    return s.count(x)


def cmp(a, b):
    return a == b, a != b, a < b, a <= b, a > b, a >= b


for _ in range(200):
    has([1, 2, 3], 3)
    idx([1, 2, 3], 2)
    cnt((1, 2, 2), 2)
    cmp([1, 2], [1, 3])
    cmp((1, 2), (1, 2))

nan = float('nan')
big = 2**63
mixed = [1, 2.0, True, 'a', None, nan, big, float(big), -0.0, (1, 2), [3], 'é']
for x in (1, 1.0, True, 2, 2.0, 0, False, 0.0, 'a', 'b', None, nan, float('nan'), big,
          big - 1, float(big), 9223372036854775807, (1, 2), [3], 'é', E(2.0), E('a')):
    print(repr(x), has(mixed, x), has(tuple(mixed), x), idx(mixed, x), cnt(mixed, x),
          cnt(tuple(mixed), x))
print(calls)
calls.clear()
print(idx(mixed, 'a', 2), idx(mixed, 'a', 4), idx(mixed, 'a', -9, -8), idx(mixed, 1, 1, 3),
      idx(mixed, None, -100, 100), idx(mixed, None, 2**70), idx(mixed, None, -2**70))

# objects: identity first, then __eq__ both ways
objs = [E(1), E(2), E(3)]
print(has(objs, 2), calls)
calls.clear()
print(has(objs, objs[2]), calls)
calls.clear()
print(cnt([1, E(1), 1.0, E(2)], 1), calls)
calls.clear()


class Shrink:
    def __eq__(self, o):
        del lst[:]
        return False


lst = [1, Shrink(), 3, 4]
print(has(lst, Shrink()), lst)
lst = [Shrink(), 3, 4]
print(cnt(lst, 3), lst)
lst = [1, 2, Shrink(), 5]
try:
    lst.remove(5)
except ValueError as e:
    print('remove', e, lst)

# comparisons
pairs = [([1, 2, 3], [1, 2, 3]), ([1, 2], [1, 2, 3]), ([1, 2.5], [1, 2]), (['a', 'b'], ['a', 'c']),
         ([nan], [nan]), ([1, nan], [1, nan]), ([], []), ([True], [1]), ([None], [None]),
         ([1, 'x'], [1, 'x']), ([E(1), 2], [E(1), 3]), ([(1, 2)], [(1, 3)]), ([big], [float(big)])]
for a, b in pairs:
    print(a, b, cmp(a, b), cmp(tuple(a), tuple(b)))
print(calls)
calls.clear()
x = [nan]
print(cmp(x, x), cmp(x, [x[0]]), cmp((nan,), (nan,)))
for a, b in (([1, 'a'], [1, 2]), ((None,), (None, 1)), ((None, 1), (None, 'a'))):
    try:
        print(cmp(a, b))
    except TypeError as e:
        print('TypeError', e)


class Grow:
    def __eq__(self, o):
        la.append(0)
        return True


la = [Grow(), Grow()]
lb = [1, 1]
print(la == lb, len(la), la[:2] == lb, la < lb)
print((1, 2) < (1, 2, -1), [1, 2] < [1, 2, -1], (2,) > (1, 5), [sys.maxsize] < [sys.maxsize + 1])
