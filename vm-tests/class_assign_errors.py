# The checks of __class__, __dict__ and __bases__ assignment, with CPython's messages; a
# failed assignment changes nothing.


def t(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    pass


class B:
    pass


def setc(o, c):
    o.__class__ = c
    return type(o).__name__


def delc(o):
    del o.__class__


print("-- __class__")
t("not a class", lambda: setc(A(), 5))
t("None", lambda: setc(A(), None))
t("to builtin", lambda: setc(A(), int))
t("to object", lambda: setc(A(), object))
t("from int", lambda: setc(5, A))
t("from list", lambda: setc([], A))
t("from object", lambda: setc(object(), A))
t("from str", lambda: setc("s", A))
t("delete", lambda: delc(A()))
t("delete via type", lambda: delattr(A, "__class__"))
t("class of a class", lambda: setattr(A, "__class__", type))
t("class of int", lambda: setattr(int, "__class__", type))
import sys


def gen():
    yield 1


def func():
    pass


t("module", lambda: setattr(sys, "__class__", A))
t("module delete", lambda: delattr(sys, "__class__"))
t("generator", lambda: setattr(gen(), "__class__", A))
t("function", lambda: setattr(func, "__class__", A))
t("exception", lambda: setattr(ValueError(), "__class__", A))
t("via object.__setattr__", lambda: object.__setattr__(1, "__class__", A))


class S1:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


class S3:
    __slots__ = ("y",)


class S4:
    __slots__ = ("x", "y")


class SD:
    __slots__ = ("x", "__dict__")


class SE:
    __slots__ = ()


class SF:
    __slots__ = ()


class SW:
    __slots__ = ("__weakref__",)


class SDW:
    __slots__ = ("__dict__", "__weakref__")


class SDonly:
    __slots__ = ("__dict__",)


classes = [A, S1, S2, S3, S4, SD, SE, SF, SW, SDW, SDonly]
for old in classes:
    for new in classes:
        if old is not new:
            t(old.__name__ + " -> " + new.__name__, lambda: setc(old(), new))


class L(list):
    pass


class M(list):
    pass


class LS(list):
    __slots__ = ()


class I(int):
    pass


class J(int):
    pass


class T1(tuple):
    pass


class T2(tuple):
    pass


class D(dict):
    pass


class E1(Exception):
    pass


class Sub(A):
    pass


class SubS(A):
    __slots__ = ("z",)


for old, new in [(L, M), (L, LS), (LS, L), (L, D), (L, A), (A, L), (I, J), (T1, T2),
                 (E1, A), (A, E1), (Sub, A), (A, SubS), (SubS, Sub)]:
    t(old.__name__ + " -> " + new.__name__, lambda: setc(old(), new))

o = A()
o.v = 1
t("failed keeps class", lambda: (setc(o, S1), type(o).__name__))
print(type(o).__name__, o.v)

print("-- __dict__")
a = A()
t("int", lambda: setattr(a, "__dict__", 5))
t("None", lambda: setattr(a, "__dict__", None))
t("list", lambda: setattr(a, "__dict__", [("x", 1)]))
t("slots set", lambda: setattr(S1(), "__dict__", {}))
t("slots del", lambda: delattr(S1(), "__dict__"))
t("slots get", lambda: S1().__dict__)
t("object set", lambda: setattr(object(), "__dict__", {}))
t("int set", lambda: setattr(5, "__dict__", {}))
t("type set", lambda: setattr(A, "__dict__", {}))
t("type del", lambda: delattr(A, "__dict__"))


def f():
    pass


t("function int", lambda: setattr(f, "__dict__", 1))
t("function del", lambda: delattr(f, "__dict__"))
t("exception int", lambda: setattr(ValueError(), "__dict__", 1))
t("exception del", lambda: delattr(ValueError(), "__dict__"))
print(a.__dict__)

print("-- __bases__")


class C(A):
    pass


def setb(c, b):
    c.__bases__ = b
    return c.__bases__


t("list", lambda: setb(C, [B]))
t("empty", lambda: setb(C, ()))
t("int item", lambda: setb(C, (A, 1)))
t("cycle", lambda: setb(A, (C,)))
t("self", lambda: setb(A, (A,)))
t("immutable", lambda: setb(int, (object,)))
t("immutable object", lambda: setb(object, (A,)))
t("delete", lambda: delattr(C, "__bases__"))
t("to list", lambda: setb(C, (list,)))
t("to int", lambda: setb(C, (int,)))
t("duplicate", lambda: setb(C, (B, B)))
t("not subclassable", lambda: setb(C, (bool,)))


class X(A, B):
    pass


t("mro conflict", lambda: setb(C, (B, X)))
t("layout conflict", lambda: setb(C, (I, float)))
t("slots", lambda: setb(C, (S1,)))


class Plain:
    pass


t("object-based", lambda: setb(Plain, (A,)))
t("object-based to object", lambda: setb(Plain, (object,)))
t("type", lambda: setb(type("T", (), {}), (type,)))


class Below(C):
    pass


class Other(B, A):
    pass


class Diamond(Below, Other):
    pass


t("subclass mro ok", lambda: setb(C, (B, A)))
print(C.__bases__, C.__mro__)
print(Diamond.__mro__)


class Xb:
    pass


class Yb:
    pass


class Cb(Xb):
    pass


class SubB(Yb, Cb):
    pass


t("subclass mro conflict", lambda: setb(Cb, (Yb,)))
print(Cb.__bases__, Cb.__base__, Cb.__mro__, SubB.__mro__)
print(Xb.__subclasses__(), Yb.__subclasses__())
t("readonly __mro__", lambda: setattr(C, "__mro__", (C, object)))
t("readonly __base__", lambda: setattr(C, "__base__", object))
t("builtin attr", lambda: setattr(int, "foo", 1))
t("builtin name", lambda: setattr(int, "__name__", "x"))
t("builtin del", lambda: delattr(int, "real"))
t("missing del", lambda: delattr(C, "nope"))
