import functools

registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({args})"
    cls.__repr__ = __repr__
    return cls

def dataclassish(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} positional args")
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            if f in kw:
                setattr(self, f, kw.pop(f))
            elif hasattr(cls, f):
                setattr(self, f, getattr(cls, f))
            else:
                raise TypeError(f"missing field {f!r}")
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, f) == getattr(o, f) for f in fields)
    cls.__init__ = __init__
    cls.__eq__ = __eq__
    cls.fields = fields
    return cls

@register
@add_repr
@dataclassish
class Point:
    x: int
    y: int = 0

@register
@add_repr
@dataclassish
class Item:
    name: str
    price: float
    qty: int = 1

print(Point(1, 2), Point(3), Point(y=5, x=1), Item("pen", 1.5))
print(Point(1) == Point(1, 0), Point(1) == Item("a", 1))
print(sorted(registry), registry["item"]("cup", 2.0, qty=3))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Point.__annotations__, Point.fields)

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(repr(a) for a in args if not isinstance(a, Calc))}) -> {r!r}")
        return r
    return wrapper

def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

class Calc:
    @trace
    def add(self, a, b):
        "Add two numbers."
        return a + b
    @staticmethod
    @trace
    def mul(a, b):
        return a * b
    @classmethod
    def make(cls):
        return cls()
    @repeat(3)
    def hi(self):
        return "hi"

c = Calc.make()
c.add(2, 3)
Calc.mul(4, 5)
print(c.hi(), Calc.add.__name__, Calc.add.__doc__, Calc.add.__wrapped__.__name__)

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self):
        print("Config created")
        self.values = {}

a = Config(); b = Config()
a.values["k"] = 1
print(a is b, b.values, Config.__name__)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)

@CountCalls
def square(x):
    return x * x
print([square(i) for i in range(5)], square.calls, square.__name__, callable(square))

class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.subclasses, A.tag, B.tag)
