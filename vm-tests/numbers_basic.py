# numbers: the ABC tower, the builtin registrations and the mixin methods.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for value in [1, True, 1.5, 2j, 'x', None]:
    print(repr(value), [isinstance(value, c) for c in (Number, Complex, Real, Rational, Integral)])
for cls in (int, float, complex, bool, str):
    print(cls.__name__, [issubclass(cls, c) for c in (Number, Complex, Real, Rational, Integral)])
print(Integral.__mro__[1:4])
for cls in (Complex, Real, Rational, Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))
print(Number.__hash__, numbers.__all__)
try:
    Integral()
except TypeError as e:
    print('TypeError', e)


class MyInt(Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __repr__(self):
        return 'MyInt(%d)' % self.v
    def __eq__(self, other):
        return int(self) == int(other)
    def __lt__(self, other):
        return int(self) < int(other)
    def __le__(self, other):
        return int(self) <= int(other)
    def __neg__(self):
        return MyInt(-self.v)
    def __pos__(self):
        return MyInt(self.v)
    def __add__(self, other):
        return MyInt(self.v + int(other))
    def __radd__(self, other):
        return MyInt(int(other) + self.v)
    def __floordiv__(self, other):
        return MyInt(self.v // int(other))
    def __mod__(self, other):
        return MyInt(self.v % int(other))
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = None
    __abs__ = __trunc__ = __floor__ = __ceil__ = __round__ = None
    __rfloordiv__ = __rmod__ = None
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = None
    __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = __invert__ = None


m = MyInt(7)
print(isinstance(m, Real), m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(float(m), complex(m), m.__index__(), [0, 1, 2, 3, 4, 5, 6, 7][m])
print(divmod(m, 2), m - 2, 10 - m, bool(m), bool(MyInt(0)))
print(Real.__divmod__(m, 3), Complex.__sub__(m, 1))


class Half:
    numerator = 1
    denominator = 2


print(Rational.__float__(Half()), Integral.__float__(True))


class Dec:
    pass


Real.register(Dec)
print(isinstance(Dec(), Number), isinstance(Dec(), Integral), issubclass(Dec, Complex))


def check(values):
    return [isinstance(v, Integral) for v in values]


vals = [1, 2.0, m, Dec()]
for _ in range(200):
    r = check(vals)
print(r)
Integral.register(Dec)
print(check(vals))
