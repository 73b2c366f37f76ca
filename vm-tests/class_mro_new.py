class Base:
    def __init__(self):
        print("Base init")
        self.trail = ["Base"]
    def who(self):
        return "Base"
class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Diamond")
    def who(self):
        return "Diamond>" + super().who()
d = Diamond()
print(d.trail, d.who(), [c.__name__ for c in Diamond.__mro__])
print(Diamond, Left.__mro__[1:])
try:
    class Bad(Left, Base, Right): pass
except TypeError as e:
    print("TypeError:", e)

class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            print("creating", cls.__name__)
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a, b = Singleton(1), Singleton(2)
print(a is b, a.v)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(3, 4)
print(p, p.x, len(p), p == (3, 4), isinstance(p, tuple), p + (5,), hash(p) == hash((3, 4)))

class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = UpperStr("hey")
print(u, u.shout(), type(u.shout()).__name__, u.lower(), len(u), u == "HEY", repr(u))

class Count(int):
    def __add__(self, o):
        return Count(int(self) + int(o))
    def __repr__(self):
        return f"Count({int(self)})"
print(Count(2) + 3, 3 + Count(2), Count(5) * 2, sum([Count(1), Count(2)], Count(0)))

class Meta(type):
    instances = 0
    def __call__(cls, *args, **kw):
        Meta.instances += 1
        obj = super().__call__(*args, **kw)
        obj.created_by_meta = True
        return obj
    def __new__(mcls, name, bases, ns):
        ns.setdefault("kind", name.lower())
        return super().__new__(mcls, name, bases, ns)
class Widget(metaclass=Meta):
    def __init__(self, n):
        self.n = n
w = Widget(5)
print(w.n, w.created_by_meta, Meta.instances, Widget.kind, type(Widget) is Meta, isinstance(Widget, type))

class Temperature:
    def __init__(self):
        self._c = 0
    def get_c(self):
        return self._c
    def set_c(self, v):
        self._c = v
    def del_c(self):
        print("deleting")
        self._c = None
    celsius = property(get_c, set_c, del_c, "Celsius degrees")
    @classmethod
    def from_f(cls, f):
        t = cls()
        t.celsius = round((f - 32) * 5 / 9, 2)
        return t
t = Temperature.from_f(212)
print(t.celsius, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)

class A: pass
class B: pass
for op in ["<", ">=", "+", "*", "in"]:
    try:
        eval(f"A() {op} B()")
    except TypeError as e:
        print(op, "->", e)
print(A() == A(), A() != A(), bool(A()), str(A)[:16], A.__name__, A.__module__, A.__doc__)
class WithLen:
    def __len__(self):
        return 0
class WithBoth:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(WithLen()), bool(WithBoth()), not WithLen())
try:
    len(A())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Alias:
    def __class_getitem__(cls, item):
        return f"Alias[{item.__name__}]"
print(Alias[int])
class X: pass
class Y(X): pass
class Z(X): pass
for bases in [(X, Y), (Y, Z, X, Y) if False else (X, Z, Y), (Z, X, Y)]:
    try:
        type("T", bases, {})
    except TypeError as e:
        print(bases[0].__name__, e)
