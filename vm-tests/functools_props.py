# functools.cached_property and partialmethod (with errors), function.__get__, the
# wrappers (update_wrapper/wraps), total_ordering, cmp_to_key, lru_cache/cache, reduce.
import functools
from functools import cached_property, partialmethod, partial

class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    @cached_property
    def total(self):
        """The total."""
        self.calls += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, d.calls, d.__dict__["total"])
del d.total
print(d.total, d.calls)
d.total = 99
print(d.total, d.calls)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname, Data.total.func.__name__)
print(cached_property[int])

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print("TypeError:", e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data(1))
except TypeError as e:
    print("TypeError:", e)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)

class Raises:
    @cached_property
    def bad(self):
        raise ValueError("no value")
r = Raises()
for _ in range(2):
    try:
        r.bad
    except ValueError as e:
        print("ValueError:", e, "bad" in r.__dict__)

# partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, value, *, note=""):
        self.state = (value, note)
        return self
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="rip")
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make_one = partialmethod(make, 1)
    @staticmethod
    def st(a, b):
        return a - b
    st10 = partialmethod(st, 10)
    nested = partialmethod(set_alive, note="nested")

c = Cell()
print(c.set_alive().state, c.set_dead().state, c.set_alive(note="x").state)
print(Cell.make_one(2), c.make_one(3), c.st10(4), Cell.st10(1))
print(c.nested().state)
print(repr(Cell.__dict__["set_dead"]).split(" at 0x")[0])
print(Cell.__dict__["nested"].args, Cell.__dict__["nested"].keywords)
print(type(Cell.set_alive).__name__, type(c.set_alive).__name__)
print(Cell.set_alive(c).state)
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError:", e)
print(partialmethod[int], Cell.__dict__["set_alive"].__isabstractmethod__)

# function.__get__
def func(self, x=1):
    return (self, x)
print(func.__get__(7)(), func.__get__(None, int) is func, type(func.__get__(7)).__name__)

# wraps / update_wrapper
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented(x: int) -> int:
    """Doc here."""
    return x
documented.__dict__  # exists
print(documented.__name__, documented.__doc__, documented.__annotations__,
      documented.__wrapped__.__name__, documented.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def target(): pass
class NoName:
    pass
nn = NoName()
nn.__doc__ = "nn doc"
functools.update_wrapper(target, nn)
print(target.__name__, target.__doc__, target.__wrapped__ is nn)

# total_ordering
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

# cmp_to_key, lru_cache, cache, reduce
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
@functools.lru_cache(typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty.cache_info().currsize)
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.get_cache_token() is not None)

# warm-up: cached_property after many instances, then a class change
def many(n):
    s = 0
    for i in range(n):
        x = Data(i % 5)
        s += x.total + x.total
        s += c.set_alive().state[0]
    return s
print(many(300))
Data.total = cached_property(lambda self: -1)
Data.total.__set_name__(Data, "total")
print(Data(3).total, many(10))
