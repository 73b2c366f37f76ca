# Subclassing float: instances are floats of the subclass, arithmetic returns plain floats.
import math


class F(float):
    unit = "m"

    def double(self):
        return F(self * 2)

    def describe(self):
        return "%s%s" % (float(self), self.unit)


x = F(1.5)
print(type(x) is F, type(x).__name__, isinstance(x, float), isinstance(x, F))
print(x, repr(x), str(x), x.describe(), x.double(), type(x.double()).__name__)
print(x + 1, type(x + 1).__name__, 1 + x, type(1 + x).__name__)
print(x * x, x - 0.5, x / 2, x // 1, x % 1, x ** 2, -x, +x, abs(F(-2.5)))
print(type(-x).__name__, type(+x).__name__, type(abs(x)).__name__, type(x * 1).__name__)
print(x == 1.5, x != 1.5, x < 2, 2 > x, x >= F(1.5), 1.5 == x, x == F(1.5))
print(hash(x) == hash(1.5), hash(F(2.0)) == hash(2), {x: "a"}[1.5], {1.5: "b"}[x])
print(int(x), float(x), type(float(x)).__name__, round(x), round(F(2.675), 2), bool(F(0.0)), bool(x))
print(math.floor(x), math.ceil(x), math.trunc(x), math.sqrt(F(4.0)), math.isclose(x, 1.5))
print(f"{x}", f"{x:.3f}", "{:>8}".format(x), "%.2f|%d|%s|%r" % (x, x, x, x), format(x, "e"))
print(x.is_integer(), F(3.0).is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate())
print(divmod(F(7.5), 2), pow(x, 2), sum([x, x, 1]), max(x, 1), min(F(0.5), x), sorted([F(3.0), 1, x]))
print(F(), F("2.5"), F(7), F(" 1e3 "), F(float("inf")), F("nan") != F("nan"))
x.label = "lbl"
print(x.label, x.__dict__, F.unit)
print(float.__new__(F, 4.25), type(float.__new__(F, 4.25)).__name__)


class Celsius(float):
    def __new__(cls, value, scale="C"):
        if scale == "F":
            value = (value - 32) * 5 / 9
        self = super().__new__(cls, value)
        self.scale = "C"
        return self

    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)

    def __str__(self):
        return "%.1f°C" % self


c = Celsius(212, "F")
print(repr(c), str(c), c.scale, c + 0, [c], "%s" % c, f"{c!r}")


class R(float):
    def __repr__(self):
        return "R!"


print(R(1), str(R(2)), [R(3)], f"{R(4)}", "{}".format(R(5)))


class Rounder(float):
    def __round__(self, n=None):
        return "rounded"

    def __abs__(self):
        return "absolute"

    def __add__(self, other):
        return "added"

    def __eq__(self, other):
        return "eq"

    __hash__ = float.__hash__


r = Rounder(2.5)
print(round(r), abs(r), r + 1, 1 + r, r == 1, hash(r) == hash(2.5))


class Sub(F):
    pass


s = Sub(9.5)
print(type(s).__name__, s.double(), isinstance(s, F), s.describe(), Sub.__mro__[1:3])


# fromhex is a classmethod: a subclass gets an instance of itself.
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1.8p1")).__name__, type(x.fromhex("0x1p0")).__name__)
print(float.fromhex("0x1p-1"), type(float.fromhex("0x1p-1")).__name__)

# Values a float subclass instance is accepted as.
print(math.isnan(F("nan")), math.fsum([F(0.1)] * 10), math.log(F(8), 2), F(2) in [1, 2])
print(divmod(5, F(2)), 5 % F(2), 2 ** F(0.5), F(2) ** -1, True + F(1), F(-0.0), str(F(1e20)))
y = F(1.0)
y += 1
print(type(y).__name__, F(1.0) is F(1.0), float.__eq__(F(1), 1), F(2.5).__trunc__())


# __slots__ on a float subclass.
class Slotted(float):
    __slots__ = ("tag",)


sl = Slotted(2.5)
sl.tag = "t"
print(sl, sl.tag, hasattr(sl, "__dict__"), sl * 2)


# __new__ and __init__ both run; __init__ alone cannot take extra arguments.
class Tagged(float):
    def __new__(cls, v, tag):
        o = float.__new__(cls, v)
        o.tag = tag
        return o

    def __init__(self, v, tag):
        self.inited = True


t = Tagged(3.0, "t")
print(t, t.tag, t.inited)


class InitOnly(float):
    def __init__(self, v, tag):
        self.tag = tag


def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: F("abc"))
attempt(lambda: F(1, 2))
attempt(lambda: F(x=1))
attempt(lambda: F([]))
attempt(lambda: float.__new__(int, 1))
attempt(lambda: float.__new__(5, 1))
attempt(lambda: F(1.0) / 0)
attempt(lambda: ~F(1.0))
attempt(lambda: F.is_integer(5))
attempt(lambda: round(F(1.5), "x"))
attempt(lambda: float.__round__(F(1.25), 1))
attempt(lambda: F(1.0).__round__(1, 2))
attempt(lambda: InitOnly(1.0, "t"))
attempt(lambda: setattr(sl, "other", 1))
attempt(lambda: Slotted(1.0).tag)
attempt(lambda: float.fromhex())
attempt(lambda: float.__abs__(5))
attempt(lambda: float.__round__())
attempt(lambda: float.is_integer("x"))
attempt(lambda: object.__new__(F))
attempt(lambda: object.__new__(Celsius))
attempt(lambda: F.__new__(F))
attempt(lambda: range(F(1)))
attempt(lambda: [1, 2][F(0)])
attempt(lambda: "%x" % F(1.0))
attempt(lambda: F(1) < "a")
attempt(lambda: int(F("inf")))


class Bad(int, float):
    pass
