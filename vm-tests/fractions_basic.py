from fractions import Fraction
import math

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

# constructors
show("int", lambda: Fraction(3))
show("pair", lambda: Fraction(6, -4))
show("float", lambda: Fraction(0.1))
show("str frac", lambda: Fraction("3/4"))
show("str dec", lambda: Fraction(" -1.5e3 "))
show("str dec2", lambda: Fraction("1.25"))
show("str exp", lambda: Fraction("2E-3"))
show("str under", lambda: Fraction("1_000/3"))
show("str sign", lambda: Fraction("+7/21"))
show("str dot", lambda: Fraction(".5"))
show("str dot2", lambda: Fraction("5."))
show("frac frac", lambda: Fraction(Fraction(1, 2), Fraction(3, 4)))
show("bool", lambda: Fraction(True))
show("from_float", lambda: Fraction.from_float(2.5))
show("from_float int", lambda: Fraction.from_float(3))
show("zero den", lambda: Fraction(1, 0))
show("zero den neg", lambda: Fraction(-5, 0))
show("bad x", lambda: Fraction("x"))
show("bad space", lambda: Fraction("1 /2"))
show("bad empty", lambda: Fraction(""))
show("bad e", lambda: Fraction("1e"))
show("bad under", lambda: Fraction("1__0"))
show("bad type", lambda: Fraction([1]))
show("bad pair", lambda: Fraction(1.5, 2))
show("from_float bad", lambda: Fraction.from_float("1"))
show("nan", lambda: Fraction(float("nan")))
show("inf", lambda: Fraction(float("inf")))

a, b = Fraction(3, 4), Fraction(5, 6)
# arithmetic with mixed types
for name, fn in [("add", lambda x, y: x + y), ("sub", lambda x, y: x - y),
                 ("mul", lambda x, y: x * y), ("div", lambda x, y: x / y),
                 ("floordiv", lambda x, y: x // y), ("mod", lambda x, y: x % y),
                 ("divmod", divmod)]:
    for other in (b, 2, -3, 0.5, True):
        show(name + " " + repr(other), lambda: fn(a, other))
        show("r" + name + " " + repr(other), lambda: fn(other, a))
show("complex add", lambda: a + 1j)
show("complex radd", lambda: 1j + a)
show("div zero", lambda: a / 0)
show("rdiv zero", lambda: 1 / Fraction(0))
show("floordiv zero", lambda: a // 0)
show("mod zero", lambda: a % Fraction(0))
show("bad add", lambda: a + "x")
show("bad radd", lambda: [] + a)

# powers
show("pow int", lambda: a ** 3)
show("pow neg", lambda: a ** -2)
show("pow neg base", lambda: Fraction(-2, 3) ** -3)
show("pow frac int", lambda: a ** Fraction(2))
show("pow half", lambda: Fraction(9, 4) ** Fraction(1, 2))
show("pow float", lambda: a ** 0.5)
show("rpow int", lambda: 2 ** Fraction(3))
show("rpow neg", lambda: 2 ** Fraction(-2))
show("rpow half", lambda: 4 ** Fraction(1, 2))
show("rpow float", lambda: 2.0 ** Fraction(1, 2))
show("zero neg pow", lambda: Fraction(0) ** -1)

# unary, conversions, rounding
f = Fraction(-7, 2)
show("neg", lambda: -f)
show("pos", lambda: +f)
show("abs", lambda: abs(f))
show("int", lambda: int(f))
show("float", lambda: float(f))
show("trunc", lambda: math.trunc(f))
show("floor", lambda: math.floor(f))
show("ceil", lambda: math.ceil(f))
show("round", lambda: round(f))
show("round 5/2", lambda: round(Fraction(5, 2)))
show("round 7/3", lambda: round(Fraction(7, 3)))
show("round nd", lambda: round(Fraction(22, 7), 2))
show("round nd neg", lambda: round(Fraction(1234567, 10), -2))
show("bool", lambda: bool(Fraction(0)))
show("ratio", lambda: f.as_integer_ratio())
show("num/den", lambda: (f.numerator, f.denominator))

# limit_denominator
show("pi", lambda: Fraction(math.pi).limit_denominator())
show("pi 100", lambda: Fraction(math.pi).limit_denominator(100))
show("1/3", lambda: Fraction("0.333").limit_denominator(10))
show("exact", lambda: Fraction(3, 7).limit_denominator(10))
show("neg limit", lambda: Fraction(-math.e).limit_denominator(50))
show("limit bad", lambda: Fraction(1, 3).limit_denominator(0))

# comparisons and hashing
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(2) == 2, Fraction(2, 4) == Fraction(1, 2))
print(Fraction(1, 2) < 1, Fraction(1, 2) > 0.25, 1 <= Fraction(1), 0.75 >= Fraction(3, 4))
print(Fraction(1, 2) < float("inf"), Fraction(1, 2) > float("-inf"), Fraction(1, 2) == float("nan"))
print(Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) != "x")
show("lt str", lambda: Fraction(1) < "x")
for v in (Fraction(1, 2), Fraction(-1, 2), Fraction(3), Fraction(-1), Fraction(1, 3), Fraction(10 ** 30, 7)):
    print(repr(v), hash(v) == hash(float(v)) if v.denominator in (1, 2) else hash(v))
print(hash(Fraction(5)) == hash(5), hash(Fraction(-1)) == hash(-1), hash(Fraction(1, 2)) == hash(0.5))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), sorted([Fraction(1, 3), 0.2, 1, Fraction(-1, 7)]))

# str/format
print(str(Fraction(3, 4)), str(Fraction(4, 2)), repr(Fraction(-1, 3)), f"{Fraction(1, 3)}", format(Fraction(5)))
show("format spec", lambda: format(Fraction(1, 3), ".2f"))
print(sum([Fraction(1, n) for n in range(1, 11)]))

# subclass
class F(Fraction):
    pass
print(repr(F(1, 2)), type(F(1, 2) + 1).__name__)

# warm-up: the same operations many times, then again
def work(n):
    t = Fraction(0)
    for i in range(1, n):
        t += Fraction(1, i) * i - Fraction(i, i + 1) + 0
    return t
for i in range(200):
    r = work(5)
print(r, work(20), hash(r) == hash(work(5)))
for i in range(150):
    x = Fraction(i, 7) < Fraction(1, 2)
print(x, Fraction(22, 7) < Fraction(1, 2))
for x, y in [(Fraction(3, 4), 0), (Fraction(-6, 5), Fraction(0, 3)), (Fraction(0), 0), (Fraction(5, 4), Fraction(0)), (7, Fraction(0))]:
    show("div0 %r %r" % (x, y), lambda: x / y)
