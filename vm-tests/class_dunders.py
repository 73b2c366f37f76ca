# The data model: operators, comparisons, containers, hashing, callables
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f'Vec({", ".join(map(repr, self.c))})'
    def __str__(self):
        return '<' + ' '.join([str(x) for x in self.c]) + '>'
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*[a * k for a in self.c])
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __delitem__(self, i):
        del self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __call__(self, i):
        return self.c[i] * 100
    def __format__(self, spec):
        return 'Vec[' + ','.join([format(x, spec) for x in self.c]) + ']'

v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, -v, +v, abs(Vec(3, 4)))
print(v == Vec(1, 2, 3), v != w, v == 1, len(v), v[0], v[-1], v[1:])
v[0] = 10
del v[2]
print(v, 10 in v, 3 in v, list(v), bool(v), bool(Vec(0, 0)), v(1))
print(str(v), repr(v), f'{v}', f'{v!r}', f'{Vec(1.5, 2):.2f}', format(Vec(7), '>3'))
x = v
v += Vec(1, 1)
print(v, x is v)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v * 'a'
except TypeError as e:
    print(e)
try:
    hash(v)
except TypeError as e:
    print(e)
print(Vec.__hash__)
a, b = Vec(1, 2)
print(a, b, sorted(Vec(3, 1, 2)), max(Vec(5, 9)), sum(Vec(1, 2, 3)))

# ordering and reflected comparisons
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f'${self.cents / 100:.2f}'
ms = [Money(500), Money(150), Money(999)]
print(sorted(ms), min(ms), Money(1) > Money(0), Money(2) >= Money(3))
print(len({Money(1), Money(1), Money(2)}), Money(5) in [Money(5)])
try:
    Vec(1) < Vec(2)
except TypeError as e:
    print(e)

class Num:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        return Num(other + self.n)
    def __repr__(self):
        return f'Num({self.n})'
print(1 + Num(2), sum([Num(1), Num(2)], 0) if False else 'skip')

class Sub(Num):
    def __add__(self, o):
        return 'Sub.__add__'
    def __radd__(self, o):
        return 'Sub.__radd__'
class Plain:
    def __add__(self, o):
        return 'Plain.__add__'
print(Plain() + Sub(1), Sub(1) + Plain())

# truthiness via __len__, __index__, __int__, __float__
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(2)), 'yes' if Sized(1) else 'no')
class Idx:
    def __index__(self):
        return 2
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print([10, 20, 30][Idx()], int(Idx()), float(Idx()), bin(Idx()), range(5)[Idx()])
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)

# __getitem__-only iteration
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares())

# iterator protocol
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], next(Countdown(5)))

# __eq__ only: unhashable
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
print(OnlyEq() == 3, OnlyEq() != 3)
