# An instance's __dict__ is materialised on demand and from then on *is* its storage:
# changes through the dict are seen by attribute access and vice versa, its identity is
# stable, and assigning or deleting __dict__ works as in CPython. Each case also runs after
# the attribute code was warmed up.


class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def get_ab(c):
    return c.a, c.b


def set_a(c, v):
    c.a = v


warm = [C(i, -i) for i in range(200)]
for w in warm:
    get_ab(w)
    set_a(w, 7)
print(sum(w.a for w in warm))

# Both ways.
c = C(1, 2)
get_ab(c)
d = c.__dict__
print(d, d is c.__dict__, d is vars(c))
d["a"] = 10
print(get_ab(c))
set_a(c, 11)
print(d["a"], d)
c.z = 5
print(d)
del d["b"]
try:
    get_ab(c)
except AttributeError as e:
    print("AttributeError:", e)
d["b"] = 20
print(get_ab(c), list(c.__dict__))
d.clear()
print(vars(c), hasattr(c, "a"))
d.update(a=1, b=2, q=3)
print(get_ab(c), c.q)
d[1] = "int key"
print(c.__dict__, get_ab(c))
del c.q
print(d)

# __dict__ assignment.
e = C(3, 4)
get_ab(e)
old = e.__dict__
new = {"a": "A", "b": "B", "extra": 1}
e.__dict__ = new
print(get_ab(e), e.extra, e.__dict__ is new, old)
set_a(e, "AA")
print(new)
e.__dict__ = {}
try:
    get_ab(e)
except AttributeError as e2:
    print("AttributeError:", e2)
e.a = 1
print(vars(e))
try:
    e.__dict__ = [1]
except TypeError as e2:
    print("TypeError:", e2)
try:
    e.__dict__ = None
except TypeError as e2:
    print("TypeError:", e2)

# Deleting __dict__: the instance starts again without attributes.
f = C(5, 6)
del f.__dict__
print(vars(f), hasattr(f, "a"))
f.b = 1
f.a = 2
print(vars(f), get_ab(f))
g = C(7, 8)
g.__dict__
del g.__dict__
g.x = 1
print(vars(g))


# A dict subclass as __dict__: attribute access reads the dict's storage directly.
class D(dict):
    def __getitem__(self, k):
        return "via getitem"


h = C(1, 2)
h.__dict__ = D(a="da", b="db")
print(get_ab(h), type(h.__dict__).__name__, h.__dict__["a"])
set_a(h, "new")
print(dict.__getitem__(h.__dict__, "a"))

# Pickling-style copies: state read from __dict__ and written with __dict__.update.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tag = "p"


def clone(obj):
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    return new


pts = [Point(i, i * 2) for i in range(200)]
copies = [clone(p) for p in pts]
print(sum(p.x + p.y for p in copies), list(vars(copies[5])))
copies[0].x = 100
print(pts[0].x, copies[0].x)

import copy

p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
q.y = 5
print(vars(p), vars(q), vars(r))


class WithState:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]

    def __getstate__(self):
        s = self.__dict__.copy()
        s["b"] = list(s["b"])
        return s

    def __setstate__(self, s):
        self.__dict__.update(s)
        self.restored = True


w = WithState()
w2 = copy.deepcopy(w)
w2.b.append(3)
print(vars(w), vars(w2))

# vars() and __dict__ of an instance with no attributes, and of one with slots only.


class Empty:
    pass


print(vars(Empty()), Empty().__dict__ == {})


class OnlySlots:
    __slots__ = ("a",)


o = OnlySlots()
try:
    vars(o)
except TypeError as e:
    print("TypeError:", e)
try:
    o.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.b = 1
except AttributeError as e:
    print("AttributeError:", e)
