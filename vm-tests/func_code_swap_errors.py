# Assigning __code__: what CPython refuses, and that a refused assignment changes nothing
# (checked after the call site has warmed up).


def f(a):
    return ("f", a)


def outer():
    x = 1
    y = 2

    def inner():
        return x + y

    return inner


def warm():
    r = None
    for i in range(200):
        r = f(i)
    return r


print(warm())
attempts = [
    ("closure code", outer().__code__),
    ("None", None),
    ("int", 3),
    ("function", outer),
    ("str", "return 1"),
]
for label, value in attempts:
    try:
        f.__code__ = value
        print(label, "accepted")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
    print(warm())

try:
    del f.__code__
except TypeError as e:
    print("del:", type(e).__name__, e)
print(warm(), f.__code__.co_name)

inner = outer()
try:
    inner.__code__ = f.__code__
except ValueError as e:
    print("ValueError:", e)


def one_free():
    z = 0

    def uses_z():
        return z

    return uses_z


try:
    inner.__code__ = one_free().__code__
except ValueError as e:
    print("ValueError:", e)
print(inner())

# The message names the function by __name__, not __qualname__.
inner.__name__ = "renamed"
try:
    inner.__code__ = f.__code__
except ValueError as e:
    print("ValueError:", e)


# A code object with the right number of free variables is accepted.
def other_outer():
    p = 10
    q = 20

    def other_inner():
        return p * q

    return other_inner


inner.__code__ = other_outer().__code__
print(inner(), inner.__name__)

# Builtins and bound methods have no writable __code__.
for obj in (len, [].append):
    try:
        obj.__code__ = f.__code__
    except AttributeError as e:
        print("AttributeError:", e)


class C:
    def m(self):
        return "m"


try:
    C().m.__code__ = f.__code__
except AttributeError as e:
    print("AttributeError:", e)
print(C().m.__code__ is C.m.__code__)

# Code objects themselves are read-only.
code = f.__code__
for attr in ("co_name", "co_argcount", "co_code", "co_consts"):
    try:
        setattr(code, attr, 1)
    except AttributeError as e:
        print(attr, "AttributeError:", e)
try:
    del code.co_name
except AttributeError as e:
    print("del co_name AttributeError:", e)
try:
    code.something = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(code)()
except TypeError as e:
    print("TypeError:", type(e).__name__)
for attr in [k for k in dir(code) if k.startswith("co_")]:
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(code, attr, 1)
            else:
                delattr(code, attr)
        except AttributeError as e:
            print(action, attr, "AttributeError:", e)
print(f.__code__ is code, f(0))
