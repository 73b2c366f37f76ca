# obj.__dict__ = d / del obj.__dict__: any dict (also a subclass) becomes the instance's
# attribute dict, shared when two objects get the same one; each also after warm-up.
import gc


class A:
    def __init__(self):
        self.x = 1

    def get(self):
        return self.x

    def method(self):
        return "A.method"


def probe(o):
    return (o.x, o.get(), getattr(o, "y", None), hasattr(o, "x"), o.method(),
            "x" in vars(o))


a = A()
for i in range(200):
    r = probe(a)
print("warm", r)
a.__dict__ = {"x": 5, "y": 6}
print("replaced", probe(a))
for i in range(200):
    r = probe(a)
print("warm again", r)

# An instance dict entry shadows a method; replacing the dict un-shadows it.
a.__dict__ = {"x": 0, "method": lambda: "from dict"}
print(a.method())
a.__dict__ = {"x": 0}
print(a.method())


class D(dict):
    def __getitem__(self, k):
        return "D[]"


d = D(x=7)
a.__dict__ = d
print(probe(a), a.__dict__ is d, type(a.__dict__).__name__, vars(a) is d)
a.z = 8
print(sorted(d.items()), d["anything"])
print(a.__dict__ is a.__dict__, vars(a) is a.__dict__)

# Two instances sharing one dict see each other's attributes.
b = A()
shared = {}
a.__dict__ = shared
b.__dict__ = shared
a.w = 9
print(b.w, shared, a.__dict__ is b.__dict__)
del b.w
print(hasattr(a, "w"), shared)
for i in range(200):
    r = (a.x if hasattr(a, "x") else None)
shared["x"] = 42
print(a.x, b.x, a.get(), b.get())

# del obj.__dict__: the next access makes a new empty dict.
del a.__dict__
print(a.__dict__, hasattr(a, "x"), b.__dict__)
try:
    a.get()
except AttributeError as e:
    print("AttributeError", e)
a.x = 3
print(a.get(), a.__dict__, shared)
del a.__dict__
del a.__dict__
print(vars(a))


# Builtin subclasses keep their dict beside the builtin payload.
class L(list):
    pass


lst = L([1, 2])
lst.q = 1
for i in range(200):
    r = lst.q
lst.__dict__ = {"q": 2}
print(lst.q, lst, len(lst))
del lst.__dict__
print(lst.__dict__, hasattr(lst, "q"), lst)


# __slots__ with __dict__.
class SD:
    __slots__ = ("s", "__dict__")


sd = SD()
sd.s = "slot"
sd.__dict__ = {"k": 1}
print(sd.s, sd.k, sd.__dict__)


# Functions and exceptions: replaceable, not deletable.
def f():
    pass


f.__dict__ = {"attr": 1}
print(f.attr, f.__dict__)
e = ValueError("x")
e.__dict__ = {"note": 2}
print(e.note, e.args)


# A cycle through a shared dict is collected.
class N:
    def __del__(self):
        print("N.__del__", sorted(self.__dict__))


n1 = N()
n2 = N()
cyc = {}
n1.__dict__ = cyc
n2.__dict__ = cyc
cyc["one"] = n1
cyc["two"] = n2
del n1, n2, cyc
print("collected", gc.collect() > 0)

# Dict subclasses from collections.
import collections

od = A()
od.__dict__ = collections.OrderedDict(x=1)
print(od.get(), type(od.__dict__).__name__)
dd = A()
dd.__dict__ = collections.defaultdict(int, x=2)
print(dd.get(), hasattr(dd, "missing"), dict(dd.__dict__))

# The dict of the class is not replaced by the instance's.
print(sorted(k for k in vars(A) if not k.startswith("__")))
