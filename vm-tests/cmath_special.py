# cmath on a grid of special values (infinities, NaNs, signed zeros, huge and tiny parts):
# every function's value or error, as C99 Annex G and CPython define them.
import cmath

inf = float("inf")
nan = float("nan")
values = [-inf, -1e300, -2.5, -1.0, -0.0, 0.0, 1e-320, 0.5, 1.0, 3.0, 710.0, 1e300, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite",
         "isinf", "isnan"]


def show(x):
    if isinstance(x, tuple):
        return "(" + ", ".join(show(y) for y in x) + ")"
    if isinstance(x, complex):
        return "%r %r" % (x.real, x.imag)
    return repr(x)


def run(label, f):
    try:
        r = show(f())
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, r)


for n in names:
    f = getattr(cmath, n)
    print("--", n)
    for a in values:
        for b in values:
            run("%r %r" % (a, b), lambda: f(complex(a, b)))
print("-- rect, log with a base, isclose")
for a in values:
    for b in values:
        run("rect %r %r" % (a, b), lambda: cmath.rect(a, b))
        run("log2 %r %r" % (a, b), lambda: cmath.log(complex(a, b), 2))
        run("logb %r %r" % (a, b), lambda: cmath.log(3, complex(a, b)))
        run("isclose %r %r" % (a, b), lambda: cmath.isclose(complex(a, b), 1))
