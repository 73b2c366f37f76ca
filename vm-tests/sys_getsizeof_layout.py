# sys.getsizeof of instances: what holds in every layout — positive ints, at least an
# empty object's size, never counting the attribute values themselves, unchanged by
# updating values, and __sizeof__ plus the collector's cost — before and after warm-up,
# in dict mode and with __slots__.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Many:
    def __init__(self):
        for i in range(40):
            setattr(self, "a%d" % i, i)


class S:
    __slots__ = ("a", "b")


class SD:
    __slots__ = ("a", "__dict__")


def size(o):
    return sys.getsizeof(o)


base = size(object())
for _ in range(200):
    size(P(1, 2))
for o in (P(1, 2), Many(), S(), SD(), P("a" * 1000, [0] * 1000)):
    n = size(o)
    s = o.__sizeof__()
    print(type(o).__name__, type(n).__name__, n > 0, n >= base, n > s, n - s < 64, n < 4096)

# Values are not part of the instance's size: a big value makes no difference.
p, q = P(1, 2), P("x" * 10000, list(range(10000)))
print(size(p) == size(q))
# Updating values does not change the size.
before = size(p)
for i in range(300):
    p.x = i
    p.y = str(i)
print(size(p) == before)
# An instance in dict mode: its __dict__ is measured on its own.
d = p.__dict__
print(size(d) > 0, size(p) > 0)
# __slots__ values.
s = S()
empty = size(s)
s.a = "v" * 100
s.b = [1] * 100
print(size(s) == empty)
# object.__sizeof__ on an instance, called unbound.
print(object.__sizeof__(P(1, 2)) > 0, object.__sizeof__(P(1, 2)) == P(1, 2).__sizeof__())
