class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __round__(self, n=0):
        return Vec(round(self.x, n), round(self.y, n))
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, a @ b, b / 2, b // 2, b % 3, a ** 2)
print(-a, +a, abs(b), ~a, bool(Vec(0, 0)), bool(a), 1 + a, a + 1.5, 10 - a)
print(a == Vec(1, 2), a != b, a == (1, 2), len(a), list(a), a[1], a[-1], tuple(b))
x, y = b
print(x, y, sum(Vec(i, i) for i in range(4)) if False else sum([a, b], Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
print(round(Vec(1.26, 2.71), 1), round(Vec(1.5, 2.5)), a << 2, Vec(6, 5) & Vec(3, 3))
print({a: "a", Vec(1, 2): "again"}, set([Vec(0, 1), Vec(0, 1)]))
try:
    a.z = 1
except AttributeError as e:
    print(e)
try:
    a - 1
except TypeError as e:
    print(e)
try:
    "s" @ a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
try:
    vars(a)
except TypeError as e:
    print(e)
print(hasattr(a, "__dict__"), Vec.__slots__, a[0:1])
try:
    a[5]
except IndexError as e:
    print(e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __gt__(self, o):
        print("gt called")
        return self.cents > o.cents
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(repr(self), spec)

m = [Money(250), Money(99), Money(1000)]
print(sorted(m), max(m), m[0] > m[1], m[1] < m[0])
print(int(m[0]), float(m[0]), hex(m[1]), [1, 2, 3, 4][Money(2)], bin(Money(5)))
print(f"{m[0]:short} {m[1]:>10} {m[2]}")
print(Money(3) >= Money(2) if hasattr(Money, "__ge__") and Money.__ge__ is not object.__ge__ else "no ge")
try:
    Money(3) >= Money(2)
except TypeError as e:
    print(e)
