# cmath on ordinary values, its constants, argument conversion and error messages.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.sqrt.__name__, type(cmath.sqrt).__name__)
points = [0j, 1, -1, 1j, -1j, 2 + 3j, -2 - 3j, 0.5 - 0.25j, 1e-8 + 1e-8j, 10 + 0j,
          -0.5 + 100j, complex(1, -0.0), complex(-1, -0.0), 0.99 + 0.1j]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]
for n in names:
    f = getattr(cmath, n)
    for z in points:
        try:
            print(n, repr(z), repr(f(z)))
        except Exception as e:
            print(n, repr(z), "!", type(e).__name__, e)
for r, phi in [(1, 0), (2, cmath.pi / 2), (1, cmath.pi), (-1, 0.5), (0, 1), (3, -0.0), (1e308, 1)]:
    print("rect", r, phi, repr(cmath.rect(r, phi)))
for z, b in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (2 + 2j, 1 + 1j), (0, 2), (5, 0.5)]:
    print("log", z, b, repr(cmath.log(z, b)))


class Z:
    def __complex__(self):
        return 2j


class BadZ:
    def __complex__(self):
        return 2.0


class F:
    def __float__(self):
        return 4.0


class I:
    def __index__(self):
        return 9


class Sub(complex):
    pass


print(cmath.sqrt(Z()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(-4), cmath.sqrt(True),
      cmath.sqrt(Sub(-4)), cmath.exp(1j * cmath.pi), cmath.phase(-1), cmath.polar(1j))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(a=1, b=1),
      cmath.isclose(0, 1e-12, abs_tol=1e-11), cmath.isclose(1j, 1j + 1e-9, rel_tol=0),
      cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.nanj, cmath.nanj))
for expr in [
    "cmath.sqrt('a')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.sqrt(z=1)", "cmath.log()",
    "cmath.log(1, 2, 3)", "cmath.log('a')", "cmath.log(1, 'b')", "cmath.rect(1)",
    "cmath.rect('a', 1)", "cmath.rect(1j, 1)", "cmath.rect(1, 2, 3)", "cmath.isclose(1)",
    "cmath.isclose(1, 2, 3)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1, 2, abs_tol=-1)",
    "cmath.isclose(1, 2, foo=1)", "cmath.isclose(1, 'a')", "cmath.isclose(1, 2, rel_tol='x')",
    "cmath.log(0)", "cmath.log(1, 1)", "cmath.log(0, 2)", "cmath.log10(0)", "cmath.sqrt(BadZ())",
    "cmath.sqrt(2 ** 1024)", "cmath.exp(710)", "cmath.exp(1000 + 1j)", "cmath.cosh(1000)",
    "cmath.sinh(-1000)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.phase(complex(1e300, 1e-300))",
    "cmath.polar(complex(1e300, 1e-300))", "cmath.polar(complex(1.7e308, 1.7e308))",
    "cmath.isinf(None)", "cmath.phase([])", "cmath.acos(2)", "cmath.asin(-2)", "cmath.atan(1j)",
    "cmath.atan(-1j)", "cmath.tan(1 + 1j)", "cmath.tanh(800)", "cmath.exp(-1000)",
]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
