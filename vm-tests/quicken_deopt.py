# Every specialised instruction of the execution core, warmed up (so the site specialises),
# then made to see something else: the generic path must give CPython's answer each time.
import builtins
import math

WARM = 300


def warm(f, *args):
    r = None
    for _ in range(WARM):
        r = f(*args)
    return r


# ---- LOAD_GLOBAL (module and builtin) ----
counter = 1


def read_global():
    return counter


print("global", warm(read_global))
counter = 2  # rebound: the cached entry position still holds the new value
print("global rebound", read_global())
del counter
try:
    read_global()
except NameError as e:
    print("NameError", e)
counter = 3
for i in range(50):
    globals()["extra%d" % i] = i  # new keys: the dict grows and moves its entries
print("global re-added", warm(read_global))


def use_len(x):
    return len(x)


print("builtin", warm(use_len, "abc"))
len = lambda x: -1  # a global shadows the builtin
print("shadowed", use_len("abc"))
del len
print("unshadowed", use_len("abcd"))
real_len = builtins.len
builtins.len = lambda x: 99
print("builtins patched", use_len("ab"))
builtins.len = real_len
print("builtins restored", warm(use_len, "ab"))


# ---- LOAD_ATTR on modules and classes ----
def module_attr():
    return math.pi


print("module attr", warm(module_attr))
math.pi = 3
print("module attr rebound", module_attr())
del math.pi
try:
    module_attr()
except AttributeError as e:
    print("AttributeError", e)
math.pi = 3.141592653589793


class Base:
    limit = 10


class Derived(Base):
    pass


def class_attr(c):
    return c.limit


print("class attr", warm(class_attr, Derived))
Derived.limit = 20  # added on the subclass: shadows the base's
print("subclass attr", class_attr(Derived))
del Derived.limit
print("back to base", class_attr(Derived))
Base.limit = 30
print("base changed", class_attr(Derived))
print("other class", class_attr(Base), class_attr(type("X", (), {"limit": "x"})))


class Meta(type):
    @property
    def limit(cls):
        return "meta property"


class WithMeta(metaclass=Meta):
    pass


print("metaclass", class_attr(WithMeta))


# ---- LOAD_METHOD on objects without a dict ----
def append_twice(lst, x):
    lst.append(x)
    lst.append(x)
    return len(lst)


print("method", warm(append_twice, [], 1))


class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


ml = MyList()
append_twice(ml, 2)
print("subclass method", ml)


def upper(s):
    return s.upper()


print("str method", warm(upper, "abc"))


class Weird:
    def upper(self):
        return "weird"

    def __getattr__(self, name):
        return lambda: "getattr " + name


print("other type", upper(Weird()))


class Dyn:
    def __getattribute__(self, name):
        return lambda: "getattribute " + name


print("__getattribute__", upper(Dyn()))


# ---- BINARY_OP ----
def add(a, b):
    return a + b


def div(a, b):
    return a / b


print("int add", warm(add, 1, 2))
print("overflow", add(2**62, 2**62), add(-(2**63), -1))
print("then float", add(1.5, 2.25), "then mixed", add(1, 0.5), add(0.5, 1))
print("then str", add("a", "b"), "then list", add([1], [2]))
print("then bigint", add(10**30, 1))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Money(self.v + o.v)

    def __radd__(self, o):
        return Money(o + self.v)


print("then dunder", add(Money(1), Money(2)).v, add(5, Money(2)).v)
print("float div", warm(div, 1.0, 4.0))
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
inf = float("inf")
print("nan result", add(inf, -inf), div(inf, inf) != div(inf, inf))
print("int div", div(7, 2), div(-7, 2))


def floordiv(a, b):
    return a // b, a % b


print("floordiv", warm(floordiv, 7, 2), floordiv(-7, 2), floordiv(7.5, 2.0), floordiv(-7.5, 2))


def concat(a, b):
    return a + b


print("str concat", warm(concat, "x", "y"), concat("", "y"), concat("x", ""))


class S(str):
    def __add__(self, o):
        return "S+" + str(o)


print("str subclass", concat(S("a"), "b"))


# ---- COMPARE_OP ----
def less(a, b):
    if a < b:
        return "lt"
    return "ge"


print("int compare", warm(less, 1, 2), less(2, 1))
print("float compare", less(1.5, 2.5), less(float("nan"), 1.0), less(1.0, float("nan")))
print("str compare", less("a", "b"), less("b", "a"), less("é", "z"))
print("mixed compare", less(1, 1.5), less(True, 2), less((1, 2), (1, 3)))
try:
    less("a", 1)
except TypeError as e:
    print("TypeError", e)


def eq(a, b):
    return a == b


print("eq", warm(eq, "x", "x"), eq("x", "y"), eq(1, 1.0), eq(float("nan"), float("nan")))


# ---- subscripts ----
def first(seq):
    return seq[0], seq[-1]


print("list index", warm(first, [1, 2, 3]))
print("tuple index", first((4, 5)), "str index", first("xyz"))
try:
    first([])
except IndexError as e:
    print("IndexError", e)


class Rev(list):
    def __getitem__(self, i):
        return "rev" + str(i)


print("list subclass", first(Rev([1, 2])))


def lookup(d, k):
    return d[k]


print("dict", warm(lookup, {"a": 1}, "a"))
try:
    lookup({"a": 1}, "b")
except KeyError as e:
    print("KeyError", e)


class Default(dict):
    def __missing__(self, k):
        return "missing " + k


print("dict subclass", lookup(Default(), "z"))


def store(c, k, v):
    c[k] = v
    return c


print("list store", warm(store, [0, 0], 1, 5), store([0, 0], -1, 7))
try:
    store([0], 5, 1)
except IndexError as e:
    print("IndexError", e)
print("dict store", store({}, "k", 1), store({}, (1, 2), 3))


class Logged(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v)


store(Logged(), "q", 9)


# ---- UNPACK_SEQUENCE ----
def swap(pair):
    a, b = pair
    return b, a


print("unpack tuple", warm(swap, (1, 2)), "list", swap([3, 4]), "str", swap("xy"))
try:
    swap((1, 2, 3))
except ValueError as e:
    print("ValueError", e)
print("generator", swap(x for x in "pq"))


def triple(t):
    a, b, c = t
    return a + b + c


print("unpack 3", warm(triple, (1, 2, 3)), triple([1, 2, 3]), triple("abc"))
try:
    triple([1, 2])
except ValueError as e:
    print("ValueError", e)


# ---- FOR_ITER ----
def total(it):
    s = 0
    for x in it:
        s += x
    return s


print("range", warm(total, range(10)), "list", total([1, 2]), "tuple", total((3, 4)))
print("generator", total(x * x for x in range(4)), "set", total({5}), "dict", total({6: 0}))


# ---- calls ----
def callee(a, b):
    return a - b


def call_it():
    return callee(10, 3)


print("call", warm(call_it))


def callee(a, b, c=100):  # rebound to another function: the site sees a new one
    return a + b + c


print("rebound", call_it())
callee.__defaults__ = (1000,)
print("defaults", call_it())


def other(a, b):
    return a * b


callee.__code__ = other.__code__
print("code swapped", call_it())


def call_builtin(x):
    return abs(x)


print("builtin call", warm(call_builtin, -3))
abs = lambda x: "shadow"
print("builtin shadowed", call_builtin(-3))
del abs


# ---- class instantiation ----
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make():
    p = Point(1, 2)
    return p.x + p.y


print("class call", warm(make))


def new_init(self, x, y):
    self.x = x * 10
    self.y = y * 10


Point.__init__ = new_init
print("__init__ replaced", make())


def bad_init(self, x, y):
    return 42


Point.__init__ = bad_init
try:
    make()
except TypeError as e:
    print("TypeError", e)
Point.__init__ = new_init


def custom_new(cls, *args):
    print("__new__", cls.__name__, args)
    return object.__new__(cls)


Point.__new__ = custom_new
print("__new__ added", make())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print("new class", warm(make))
Point.__init__ = new_init
print("__init__ again", warm(make))
new_init.__code__ = (lambda self, x, y: setattr(self, "x", -1) or setattr(self, "y", -1)).__code__
print("__init__ code swapped", make())


class Sub(Point):
    pass


def make_sub():
    return type(Sub(1, 1)).__name__


print("subclass", warm(make_sub))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
