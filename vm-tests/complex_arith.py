# Complex arithmetic with every numeric type on either side, and the errors.
import math
operands = [3 + 4j, -2j, 0j, 5, -3, 0, True, False, 2.5, -0.0, 10**20]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("**", lambda a, b: a ** b),
]
for a in operands:
    for b in operands:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        for name, op in ops:
            try:
                r = op(a, b)
                print(repr(a), name, repr(b), "=", repr(r), type(r).__name__)
            except Exception as e:
                print(repr(a), name, repr(b), "!", type(e).__name__, e)
z = 3 + 4j
print(-z, +z, abs(z), abs(-5j), abs(0j), z.conjugate(), (1 - 2j).conjugate())
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(abs(complex(1e308, 1e308)))
for expr in [
    "1j // 1", "1 // 1j", "1j % 2", "2 % 1j", "divmod(1j, 1)", "divmod(1, 1j)",
    "1j < 2j", "1j <= 1", "2 > 1j", "1j >= 1.0", "1j << 1", "1j >> 1", "1j & 1",
    "1j | 1", "1j ^ 1", "~1j", "1j @ 1j", "int(1j)", "float(1j)", "round(1j)",
    "round(1j, 2)", "1 / 0j", "1j / 0", "1j / 0.0", "0j / 0j", "abs(complex(1.7e308, 1.7e308))",
    "(2 ** 1024) * 1j", "1j + 10 ** 400", "1j == 10 ** 400", "complex(10 ** 400)",
    "pow(1j, 2, 3)", "pow(2, 1j, 3)", "pow(2, 3, 1j)", "math.floor(1j)", "math.sqrt(1j)",
    "math.isnan(1j)", "math.fsum([1j])", "math.trunc(1j)", "'%f' % 1j", "'%d' % 1j",
    "'%x' % 1j", "'%e' % (1 + 1j)", "'%s %r' % (1j, 2 + 0j)", "sum([1j, 2, 3.5])",
    "sum([1j, 2j], 1)", "sum([0.5, 1j, True])", "max(1j, 2j)", "sorted([2j, 1j])",
    "[1, 2j].index(2j)", "(1+0j) in [1]", "1j.__abs__()", "complex.__abs__(2)",
    "complex.__add__(1j, 2)", "complex.__radd__(1j, 2)", "complex.__truediv__(1j, 'a')",
    "complex.__rpow__(2j, 2)", "(1j).__sub__(1)", "(1j).__rsub__(1)", "(1j).__mul__([])",
    "1j + 'a'", "'a' * 1j", "[1] * 1j", "1j * None",
]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
# Accuracy of division (Smith's algorithm) and of products.
print((1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1e-300j) / (1e-300 + 1j))
print((1e-310 + 1j) / (1e-310 - 1e-310j), 1 / (1e200 + 1e200j), (1j) / float("inf"))
print(complex(float("inf"), 1) / 2, 2 / complex(float("nan"), 1), (1 + 2j) / (3 + 4j))
# In-place operators and augmented assignment with mixed types.
x = 1
x += 2j
x *= 2
x -= 1.5
x /= 2j
x **= 2
print(x)
