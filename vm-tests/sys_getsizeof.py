# sys.getsizeof: only what holds on every implementation — sizes are positive ints, a
# container with more items is not smaller, __sizeof__ is honoured, and CPython's errors.
import sys

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# Every object has a positive int size.
for x in (0, 1, -5, 2**100, 1.5, True, None, "", "abc", b"xy", [], {}, (), (1, 2), set(),
          frozenset(), bytearray(b"abc"), range(3), len, object(), int, sys):
    n = sys.getsizeof(x)
    print(type(x).__name__, type(n).__name__, n > 0)

# More items never make a container smaller.
small, big = [], []
for i in range(100):
    big.append(i)
print("list", sys.getsizeof(big) >= sys.getsizeof(small))
print("tuple", sys.getsizeof(tuple(range(50))) >= sys.getsizeof((1,)) >= sys.getsizeof(()))
d = {}
d2 = {i: i for i in range(100)}
print("dict", sys.getsizeof(d2) >= sys.getsizeof(d))
print("set", sys.getsizeof(set(range(100))) >= sys.getsizeof(set()))
print("str", sys.getsizeof("x" * 1000) > sys.getsizeof("x"))
print("bytes", sys.getsizeof(b"x" * 1000) > sys.getsizeof(b"x"))
print("int", sys.getsizeof(10**100) > sys.getsizeof(10**10) >= sys.getsizeof(1))
print("int", sys.getsizeof(10**200) > sys.getsizeof(10**100))

class Sized(dict):
    pass

# __sizeof__ as a method of every object; getsizeof is never below it.
for x in (1, "abc", [1, 2], {1: 2}, (1,), object()):
    s = x.__sizeof__()
    print(type(x).__name__, type(s).__name__, s > 0, sys.getsizeof(x) >= s)
print(object.__sizeof__([]) > 0)
show("unbound", lambda: object.__sizeof__())
show("extra arg", lambda: object().__sizeof__(1))
show("extra arg", lambda: [].__sizeof__(1))
show("extra arg", lambda: True.__sizeof__(1, 2))
show("extra arg", lambda: Sized().__sizeof__(1))
show("extra arg", lambda: (1,).__sizeof__(1))

# A class's __sizeof__ is honoured (getsizeof may add a fixed header cost).
class Big:
    def __sizeof__(self):
        return 10**6
class Small:
    def __sizeof__(self):
        return 0
print("honoured", sys.getsizeof(Big()) >= 10**6, sys.getsizeof(Big()) < 10**6 + 1000)
print("zero", 0 <= sys.getsizeof(Small()) < 1000)
print("diff", sys.getsizeof(Big()) - sys.getsizeof(Small()))
class Sub(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000
print("super", sys.getsizeof(Sub()) - sys.getsizeof([]) >= 1000)
class BoolSize:
    def __sizeof__(self):
        return True
print("bool", 1 <= sys.getsizeof(BoolSize()) < 1000)

# Errors, and the default (which replaces a TypeError only).
class Neg:
    def __sizeof__(self):
        return -1
class Str:
    def __sizeof__(self):
        return "12"
class Float:
    def __sizeof__(self):
        return 12.0
class Huge:
    def __sizeof__(self):
        return 2**70
class NoneSize:
    __sizeof__ = None
class Raises:
    def __sizeof__(self):
        raise KeyError("k")
for cls in (Neg, Str, Float, Huge, NoneSize, Raises):
    show(cls.__name__, lambda: sys.getsizeof(cls()))
    show(cls.__name__ + " default", lambda: sys.getsizeof(cls(), "dflt"))
    show(cls.__name__ + " kw", lambda: sys.getsizeof(cls(), default=-1))
show("no args", lambda: sys.getsizeof())
show("three", lambda: sys.getsizeof(1, 2, 3))
show("kw object", lambda: sys.getsizeof(object=[]) > 0)
show("bad kw", lambda: sys.getsizeof(1, bogus=2))
show("both", lambda: sys.getsizeof(1, 2, default=3))
