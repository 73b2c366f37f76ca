# String interning: when are two equal strings the same object?
#   pyvm examples/interning.py    (or python3; same stdout)
# Look at which `is` comparisons are True: identifier-like constants are interned by the
# compiler (one object however often they appear), strings built at run time are not, and
# sys.intern makes a runtime string the interned one.
import sys

a = "hello"
b = "hello"
print("a == b:", a == b, "| a is b:", a is b)  # one interned constant


def f():
    return "hello"  # the same constant, in another code object


print("constant in a function is a:", f() is a)

s = "hello world!"  # not identifier-like, but equal constants of one code object are merged
t = "hello world!"
print("same non-identifier constant twice, is:", s is t)

built = "".join(["hel", "lo"])  # made at run time
print("runtime 'hello' == a:", built == a, "| is a:", built is a)

interned = sys.intern(built)
print("sys.intern(runtime) is a:", interned is a)
print("sys.intern is idempotent:", sys.intern(interned) is interned)

key = "".join(["na", "me"])
d = {"name": 1}
print("lookup with an equal, uninterned key works:", d[key])
print("the dict's key is the interned constant:", next(iter(d)) is sys.intern(key))
