# functools.singledispatch / singledispatchmethod: register by type, by annotation, lambda
# form, MRO and ABC dispatch, dispatch(), registry, ambiguity, errors, cache invalidation.
import functools
from functools import singledispatch, singledispatchmethod
import collections.abc as cabc

@singledispatch
def show(obj):
    """Show something."""
    return f"object:{obj!r}"

@show.register(int)
def _(obj):
    return f"int:{obj}"

@show.register
def _(obj: str):
    return f"str:{obj}"

@show.register
def _(obj: "list"):
    return f"list of {len(obj)}"

def show_float(obj):
    return f"float:{obj}"
print(show.register(float, show_float) is show_float)
show.register(bytes)(lambda b: "bytes:" + b.decode())

print(show(1), show("s"), show([1, 2]), show(2.5), show(b"hi"), show(None), show(True))
print(show.__name__, show.__doc__, show.__wrapped__.__name__)
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(object).__name__)
print(sorted(t.__name__ for t in show.registry))
print(type(show.registry).__name__)
try:
    show.registry[dict] = None
except TypeError as e:
    print("TypeError:", e)

class Base: pass
class Child(Base): pass
class Grand(Child): pass
show.register(Base, lambda o: "base")
show.register(Grand, lambda o: "grand")
print(show(Base()), show(Child()), show(Grand()))

# ABC dispatch: explicit and virtual subclasses, registered after first call
@singledispatch
def kind(obj):
    return "other"
kind.register(cabc.Sequence, lambda o: "sequence")
kind.register(cabc.Mapping, lambda o: "mapping")
kind.register(cabc.Set, lambda o: "set")
print(kind([1]), kind((1,)), kind({}), kind(frozenset()), kind("s"), kind(5))
class MyMap:
    def __getitem__(self, k): return k
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(kind(MyMap()))
cabc.Mapping.register(MyMap)
print(kind(MyMap()))

# ambiguous dispatch
import abc
class A(abc.ABC): pass
class B(abc.ABC): pass
class Both: pass
A.register(Both); B.register(Both)
@singledispatch
def amb(o): return "default"
amb.register(A, lambda o: "A")
amb.register(B, lambda o: "B")
try:
    amb(Both())
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("__main__.", ""))

# errors
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    show.register(5)
except TypeError as e:
    print("TypeError:", str(e).split(" at 0x")[0])
try:
    show.register(5, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
def unannotated(x): pass
try:
    show.register(unannotated)
except TypeError as e:
    print("TypeError:", str(e).split(" at 0x")[0])
def bad_annotation(x: 5): pass
try:
    show.register(bad_annotation)
except TypeError as e:
    print("TypeError:", e)
anon = singledispatch(lambda *a: a)
print(anon(1, 2))
try:
    anon()
except TypeError as e:
    print("TypeError:", e)

# singledispatchmethod, plain, classmethod and staticmethod
class Fmt:
    def __init__(self, prefix):
        self.prefix = prefix
    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}:obj"
    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}:int {arg}"
    @fmt.register(list)
    def _(self, arg):
        return f"{self.prefix}:list {len(arg)}"
    @singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return f"{cls.__name__}:obj"
    @cfmt.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__}:str {arg}"
    @singledispatchmethod
    @staticmethod
    def sfmt(arg):
        return "static obj"
    @sfmt.register
    @staticmethod
    def _(arg: float):
        return "static float"

f = Fmt("p")
print(f.fmt(1), f.fmt([1, 2]), f.fmt("x"), Fmt.cfmt("s"), Fmt.cfmt(1), f.cfmt("t"))
print(Fmt.sfmt(1.5), f.sfmt(None), f.fmt.__name__, Fmt.fmt.__isabstractmethod__)
try:
    singledispatchmethod(5)
except TypeError as e:
    print("TypeError:", e)

# warm-up: hot dispatch, then a new registration must be seen
def hot(n):
    acc = []
    for i in range(n):
        acc.append(show(i) if i % 2 else show(str(i)))
        acc.append(f.fmt(i))
    return len(acc)
print(hot(300))
class Child2(Child): pass
print(show(Child2()))
show.register(Child, lambda o: "child now")
print(show(Child2()), show(Child()), show(Grand()))
print(hot(300), f.fmt(True))
Fmt.fmt.register(bool, lambda self, a: "bool!")
print(f.fmt(True), f.fmt(2))
