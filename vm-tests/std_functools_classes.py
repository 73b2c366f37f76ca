# functools with classes: total_ordering (each root, NotImplemented pass-through, errors),
# lru_cache/cache on methods, partial as a class attribute, cmp_to_key on instances,
# itertools/heapq/bisect/operator over instances with custom comparisons.
import functools
import heapq
import bisect
import operator
from itertools import groupby


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return 'V%d' % self.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= Version(1), a >= Version(1), a > Version(1))
print(sorted([Version(3), a, b]), max(a, b), Version.__gt__.__name__)
try:
    a < 5
except TypeError as e:
    print('TypeError', e)
try:
    a >= 5
except TypeError as e:
    print('TypeError', e)


@functools.total_ordering
class Ge:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n

    def __eq__(self, other):
        return self.n == other.n


x, y = Ge(1), Ge(2)
print(x < y, x <= y, x > y, y > x, x >= x, x <= x)


@functools.total_ordering
class Le:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n <= other.n


print(Le(1) < Le(2), Le(2) > Le(1), Le(1) >= Le(1), Le(3) < Le(3))


@functools.total_ordering
class Gt:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(Gt(1) < Gt(2), Gt(2) >= Gt(1), Gt(1) <= Gt(1))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


class Calc:
    calls = 0

    def __init__(self, base):
        self.base = base

    @functools.lru_cache(maxsize=None)
    def power(self, k):
        Calc.calls += 1
        return self.base ** k

    @functools.cache
    def double(self, v):
        Calc.calls += 1
        return v * 2

    add3 = staticmethod(functools.partial(operator.add, 3))

    def __hash__(self):
        return hash(self.base)

    def __eq__(self, other):
        return self.base == other.base


c = Calc(2)
print(c.power(10), c.power(10), Calc(2).power(10), Calc(3).power(2), Calc.calls, Calc.power.cache_info())
print(c.double(4), c.double(4), Calc.calls, c.add3(4), Calc.power.__name__, type(Calc.__dict__['power']).__name__)


class Item:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __lt__(self, other):
        return self.size < other.size

    def __repr__(self):
        return '%s:%d' % (self.name, self.size)


items = [Item('a', 5), Item('b', 1), Item('c', 3), Item('d', 1)]
h = []
for it in items:
    heapq.heappush(h, it)
print(h, heapq.nsmallest(2, items), heapq.nlargest(2, items, key=operator.attrgetter('size')))
print(sorted(items, key=functools.cmp_to_key(lambda p, q: q.size - p.size)))
sizes = sorted(items, key=operator.attrgetter('size'))
print(bisect.bisect_left(sizes, 3, key=operator.attrgetter('size')), [(k, list(g)) for k, g in groupby(sizes, key=operator.attrgetter('size'))])
print(list(heapq.merge([Item('x', 1), Item('y', 4)], [Item('z', 2)])))


class Lst(list):
    pass


l = Lst([1, 3])
bisect.insort(l, 2)
print(l, type(l).__name__)
