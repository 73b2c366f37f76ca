# A class is always in a reference cycle (its __mro__ starts with itself; the __dict__ and
# __weakref__ getset descriptors and __slots__ members in its dict point back at it), so a
# class made inside a function dies only in a collection, and gc.collect() counts what it
# frees: the class, its dict (when it holds containers), its __mro__ and __bases__ tuples,
# its descriptors and functions. Automatic collections are off so that every class dies
# in the explicit gc.collect() that follows its scenario.
import gc
import weakref

gc.disable()
gc.collect()


class Res:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def plain():
    class Z:
        pass


def methods():
    class Z:
        def m(self):
            pass

        def n(self):
            pass


def slotted():
    class Z:
        __slots__ = ("a", "b")


def empty_slots():
    class Z:
        __slots__ = ()


def dict_slot():
    class Z:
        __slots__ = ("__dict__",)


def weakref_slot():
    class Z:
        __slots__ = ("x", "__weakref__")


def subclass():
    class A:
        pass

    class B(A):
        pass


def three():
    class A:
        pass

    class B:
        pass

    class C(A, B):
        pass


def meta():
    class M(type):
        pass

    class Z(metaclass=M):
        pass


def uses_super():
    class Z:
        def m(self):
            return super().m()


def containers():
    class Z:
        x = [1, 2]
        y = (1, 2)
        z = {}


def int_sub():
    class Z(int):
        pass


def list_sub():
    class Z(list):
        pass


def exc_sub():
    class Z(Exception):
        pass


def tuple_sub():
    class Z(tuple):
        pass


def by_type_call():
    type("Z", (), {"f": lambda self: 1})


def with_property():
    class Z:
        @property
        def p(self):
            return 1


def static_and_class_methods():
    class Z:
        @staticmethod
        def s():
            pass

        @classmethod
        def c(cls):
            pass

        def __new__(cls):
            return super().__new__(cls)


SHAPES = [plain, methods, slotted, empty_slots, dict_slot, weakref_slot, subclass, three,
          meta, uses_super, containers, int_sub, list_sub, exc_sub, tuple_sub, by_type_call,
          with_property, static_and_class_methods]

for f in SHAPES:
    f()
    print(f.__name__, gc.collect())
# warm: the same code paths many times, then once more
counts = {}
for f in SHAPES:
    got = set()
    for _ in range(120):
        f()
        got.add(gc.collect())
    counts[f.__name__] = sorted(got)
print(counts)


# Lifetime: a weakref to a class made in a function lives until a collection; an object
# referenced only from the class is finalized in that collection.
def make():
    class K:
        shared = Res("class attr")

        def m(self):
            return 1

    return weakref.ref(K)


w = make()
print("alive after return:", w() is not None)
print("collected:", gc.collect())
print("alive after collect:", w() is not None)


def with_instance():
    class B:
        pass

    class D(B):
        pass

    return weakref.ref(B), weakref.ref(D), D()


wb, wd, d = with_instance()
print(gc.collect(), wb() is not None, wd() is not None)
del d
print(gc.collect(), wb() is not None, wd() is not None)


# The instance keeps its class, and a class kept across a collection has its (object,)
# bases tuple untracked there, as CPython's tuples of atoms are.
def kept():
    class Z:
        pass

    return Z()


keep = kept()
print(gc.collect(), gc.is_tracked(type(keep).__bases__), gc.is_tracked(type(keep).__mro__))
keep = None
print(gc.collect())

# The tuples and descriptors are the class's own, every time.
class C:
    __slots__ = ("a", "__dict__", "__weakref__")


print(C.__mro__ is C.__mro__, C.__bases__ is C.__bases__, C.__mro__)
print(list(C.__dict__), C.__dict__["a"], C.__dict__["__dict__"], C.__dict__["__weakref__"])
print(gc.is_tracked(C), gc.is_tracked(C.__mro__), gc.is_tracked(C.__dict__["a"]))
print(C in gc.get_referents(C.__dict__["__dict__"]))


class P:
    pass


class Q(P):
    pass


class R:
    pass


print(Q.__mro__)
Q.__bases__ = (R,)
print(Q.__mro__, Q.__bases__, Q.__mro__ is Q.__mro__)
print(gc.collect())


# staticmethod(f) and classmethod(f) copy the function's names into their own __dict__
# (CPython's functools_wraps); a class's implicit staticmethod for __new__ does not.
def f(a: int) -> str:
    "doc f"


for wrap in (staticmethod, classmethod):
    w = wrap(f)
    print(wrap.__name__, w.__dict__, w.__wrapped__ is f, w.__func__ is f, gc.is_tracked(w))
    print(wrap(len).__dict__["__name__"], wrap(len).__dict__["__qualname__"])
print(type("N", (), {"__new__": lambda cls: None}).__dict__["__new__"].__dict__)


class Odd:
    def __getattr__(self, name):
        if name == "__doc__":
            raise ValueError("no doc for you")
        raise AttributeError(name)


try:
    staticmethod(Odd())
except ValueError as e:
    print("ValueError:", e)
print(staticmethod(3).__dict__.get("__name__", "no name"))
