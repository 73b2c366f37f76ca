# What special methods return, and special methods set to None, with CPython's messages.
import math


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def returning(name, value):
    return type("R" + name.strip("_"), (), {name: lambda self, *a: value})()


attempt("__float__ str", lambda: float(returning("__float__", "5")))
attempt("__float__ int", lambda: float(returning("__float__", 5)))
attempt("math __float__", lambda: math.sqrt(returning("__float__", "x")))
attempt("__index__ str via float", lambda: float(returning("__index__", "x")))
attempt("__index__ via math", lambda: math.sqrt(returning("__index__", "x")))
attempt("__index__ ok via float", lambda: float(returning("__index__", 4)))
attempt("__bool__ int", lambda: bool(returning("__bool__", 1)))
attempt("__len__ neg", lambda: len(returning("__len__", -1)))
attempt("__repr__ int", lambda: repr(returning("__repr__", 1)))
attempt("__hash__ str", lambda: hash(returning("__hash__", "x")))


class EnterOnly:
    def __enter__(self):
        return self


class ExitOnly:
    def __exit__(self, *exc):
        return False


def use(cm):
    with cm:
        return "inside"


for cm in (EnterOnly(), ExitOnly(), 5):
    attempt("with " + type(cm).__name__, lambda: use(cm))


class NotAContainer:
    __contains__ = None

    def __iter__(self):
        return iter([1])


class NotIterable:
    __iter__ = None


class Iterable:
    def __iter__(self):
        return iter([1, 2])


def member(x, c):
    return x in c


for i in range(200):
    member(1, Iterable())
for c in (NotAContainer(), NotIterable(), Iterable()):
    attempt("in " + type(c).__name__, lambda: member(1, c))
