# Interned strings: identifier-like constants are shared, runtime strings are not until
# sys.intern; interned keys are found by identity first.
import sys

a = "hello"
b = "hello"
print(a is b)


def f():
    return "hello"


print(f() is a)
spaced1 = "hello world"
spaced2 = "hello world"
print(spaced1 is spaced2)
built = "".join(["hel", "lo"])
print(built == a, built is a)
print(sys.intern(built) is a)
print(sys.intern("abc") is sys.intern("".join("abc")))
d = {"key": 1}
runtime_key = "".join(["k", "ey"])
print(d[runtime_key], sys.intern(runtime_key) is list(d)[0])


class Point:
    def __init__(self):
        self.x = 1


attr = list(vars(Point()))[0]
print(attr is "x".join([""]) or attr == "x", attr is sys.intern("x"))
try:
    sys.intern(5)
except TypeError as ex:
    print(ex)


class S(str):
    pass


try:
    sys.intern(S("x"))
except TypeError as ex:
    print(ex)
