# The callable's name in "argument after * / ** ..." errors, as CPython's _PyObject_FunctionStr
# gives it: MODULE.QUALNAME() (no module for builtins), TYPE.NAME() for a bound builtin method,
# str(obj) for an object without __qualname__. Found by the fuzzer's differential runs.
import collections


class C:
    def m(self, *a, **k):
        return a, k


class Obj:
    def __repr__(self):
        return "<Obj>"

    def __call__(self, *a, **k):
        return a


def f(*a, **k):
    return a, k


def g():
    def inner(*a):
        return a
    return inner


CALLABLES = [
    ("print", print), ("list.append", [].append), ("int", int), ("C", C), ("f", f),
    ("C().m", C().m), ("inner", g()), ("Obj()", Obj()), ("dict", {1: 2}),
    ("super", super), ("deque", collections.deque), ("deque().append", collections.deque().append),
    ("len", len), ("dict.fromkeys", dict.fromkeys), ("lambda", lambda *a: a), ("''.join", "".join),
    ("5", 5), ("type", type), ("C.m", C.m),
]


def star(x, arg):
    try:
        x(*arg)
    except TypeError as e:
        return str(e)
    return "ok"


def dstar(x, arg):
    try:
        x(**arg)
    except TypeError as e:
        return str(e)
    return "ok"


def twice(x):
    try:
        x(a=1, **{"a": 2})
    except TypeError as e:
        return str(e)
    return "ok"


for name, x in CALLABLES:
    print(name, "|", star(x, 5), "|", dstar(x, 5), "|", twice(x))

# The same calls after warm-up: the call sites ran 200 times before the failing call.
for name, x in CALLABLES[:6]:
    for _ in range(200):
        star(len, ([1],))
    print(name, "|", star(x, None), "|", dstar(x, [1]))

# An object whose __qualname__ and __module__ are instance attributes.
class Named:
    def __call__(self):
        pass


n = Named()
n.__qualname__ = "Renamed"
n.__module__ = "mod"
print(star(n, 1.5))
n.__module__ = "builtins"
print(dstar(n, 1.5))
n.__module__ = None
print(star(n, 1.5))
