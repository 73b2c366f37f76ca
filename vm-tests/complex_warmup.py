# The same complex code paths run 200 times first (so that any inline cache or quickened
# instruction has settled), then the types or classes they see change.
def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def power(a, b):
    return a ** b


def eq(a, b):
    return a == b


for i in range(200):
    add(i, 1)
    mul(1.5, i)
    div(i, 2.0)
    power(2.0, 0.5)
    eq(i, i)
print(add(1, 2j), add(2j, 1.5), add(True, 1j), mul(1.5, 2j), mul(3j, 3j), div(1, 2j))
print(power(-8, 1 / 3), power(-2.0, 0.5), power(1j, 2), eq(1 + 0j, 1), eq(2.0, 2 + 0j), eq(1j, 1j))
for i in range(200):
    add(1j, i)
    power(1j, 2)
print(add(1, 2), add(1.5, 2.5), power(2, 10), power(-8.0, 2), power(2.0, -1))
try:
    div(1j, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def parts(z):
    return z.real, z.imag


def conj(z):
    return z.conjugate()


for i in range(200):
    parts(complex(i, -i))
    conj(complex(i, 1))
print(parts(3 + 4j), conj(3 + 4j), parts(5), parts(2.5), conj(7), conj(2.5))


class Shadow(complex):
    @property
    def real(self):
        return "shadowed"

    def conjugate(self):
        return "own conjugate"


print(parts(Shadow(1, 2)), conj(Shadow(1, 2)), parts(3 + 4j), conj(3 + 4j))


class C(complex):
    pass


def use(c):
    return c + 1, c * 2, -c, abs(c), format(c, ".1f"), repr(c)


c = C(3, 4)
for i in range(200):
    use(c)
print(use(c))
C.__add__ = lambda self, other: "patched add"
C.__neg__ = lambda self: "patched neg"
C.__abs__ = lambda self: "patched abs"
C.__format__ = lambda self, spec: "patched format " + spec
C.__repr__ = lambda self: "patched repr"
print(use(c))
del C.__add__, C.__neg__, C.__abs__, C.__format__, C.__repr__
print(use(c))


def lookup(d, k):
    return d[k]


d = {1j: "one-j", 2: "two", 1 + 0j: "one"}
for i in range(200):
    lookup(d, 1j)
print(lookup(d, 1j), lookup(d, 1), lookup(d, 1.0), lookup(d, 2 + 0j), lookup(d, True))

import cmath


def root(z):
    return cmath.sqrt(z)


for i in range(200):
    root(-i)
print(root(-4), root(4j))
cmath.sqrt = lambda z: "replaced"
print(root(-4))
del cmath.sqrt
try:
    root(-4)
except AttributeError as e:
    print("AttributeError", e)


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


for i in range(200):
    total([1, 2.5, 3])
print(total([1, 2.5, 3]), total([1, 2j, 3.5]), total([1j] * 10), sum([1j] * 200))
