# Calling conventions and special attributes of descriptors, modules, singletons, files
# and streams, as declared in their type specs; each error after a warm-up (200 good calls).
import sys
import types
import itertools


def show(label, f):
    try:
        r = f()
        print(label, "ok", repr(r) if not isinstance(r, (int, bool)) or r is None or isinstance(r, bool) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def warmed(label, call, good, bads):
    # `call(*a, **k)` 200 times with the good arguments, then each bad set.
    for _ in range(200):
        call(*good[0], **good[1])
    for a, k in bads:
        show(label, lambda: call(*a, **k))


ARITY = lambda one: [((), {}), ((1,) * (one + 2), {}), ((1,) * one, {"x": 1})]

# --- staticmethod / classmethod / property constructors and methods -----------------
warmed("staticmethod()", staticmethod, ((len,), {}), ARITY(1))
warmed("classmethod()", classmethod, ((len,), {}), ARITY(1))
p = property(lambda s: 1)
for name in ("getter", "setter", "deleter"):
    warmed("property." + name, getattr(p, name), ((len,), {}), ARITY(1))
    m = getattr(property, name)
    warmed("unbound property." + name, m, ((p, len), {}), [((), {}), ((1, len), {})])


class P(property):
    pass


pp = P(lambda s: 2)
warmed("subclass property.getter", property.getter, ((pp, len), {}), [((pp,), {})])
print(type(property.getter(pp, len)).__name__)
warmed("property.__set_name__", property.__set_name__, ((p, object, "x"), {}),
       [((p,), {}), ((p, 1), {}), ((p, 1, 2, 3), {}), ((p, 1, 2), {"y": 1}), ((1, 1, 2), {})])
warmed("super()", super, ((int, 1), {}), [((int, 1, 2), {}), ((int,), {"x": 1})])
warmed("MethodType", types.MethodType, ((len, 1), {}), [((), {}), ((len,), {}), ((len, 1, 2), {})])

# --- getsets and members of the descriptors ----------------------------------------
def f(x):
    "doc of f"
    return x


sm, cm = staticmethod(f), classmethod(f)
for d in (sm, cm):
    T = type(d)
    for a in ("__func__", "__wrapped__", "__isabstractmethod__"):
        print(T.__name__, a, T.__dict__[a], type(T.__dict__[a]).__name__)
        for _ in range(200):
            getattr(d, a)
        print(" value", getattr(d, a) is f if a != "__isabstractmethod__" else getattr(d, a))
    print(" name", d.__name__, d.__doc__)
    show(" set __func__", lambda: setattr(d, "__func__", 1))
    show(" wrong receiver", lambda: T.__dict__["__func__"].__get__(1))
    # the instance dict does not shadow the members
    d.__dict__["__func__"] = "shadow"
    print(" after dict entry", d.__func__ is f)

for a in ("fget", "fset", "fdel", "__doc__", "__isabstractmethod__"):
    print("property", a, property.__dict__[a], type(property.__dict__[a]).__name__)
q = property(f, None, None, "the doc")
for _ in range(200):
    q.fget, q.__doc__
print(q.fget is f, q.fset, q.fdel, q.__doc__)
show("set fget", lambda: setattr(q, "fget", 1))
q.__doc__ = "new doc"
print(q.__doc__)
del q.__doc__
print(q.__doc__)
show("wrong receiver", lambda: property.__dict__["__isabstractmethod__"].__get__(1))
show("wrong receiver fget", lambda: property.__dict__["fget"].__get__(1))


def abstract(x):
    return x


abstract.__isabstractmethod__ = True
print("abstract", property(abstract).__isabstractmethod__, property(None, abstract).__isabstractmethod__,
      property(f).__isabstractmethod__, staticmethod(abstract).__isabstractmethod__,
      classmethod(f).__isabstractmethod__)


class B:
    def m(self):
        return "B.m"


class C(B):
    def m(self):
        return super().m()

    def sup(self):
        return super()


c = C()
for _ in range(200):
    c.m()
s = c.sup()
print(s.__thisclass__ is C, s.__self__ is c, s.__self_class__ is C)
print(super(C).__self__, super(C).__self_class__)
for a in ("__thisclass__", "__self__", "__self_class__"):
    print("super", a, super.__dict__[a], type(super.__dict__[a]).__name__)

# --- member_descriptor is one type ---------------------------------------------------
class S:
    __slots__ = ("a",)


code_type = type(f.__code__)
member = type(S.__dict__["a"])
print(member.__name__, type(code_type.__dict__["co_argcount"]) is member,
      type(type(f).__dict__["__globals__"]) is member, type(range.__dict__["start"]) is member,
      type(int.__dict__["real"]) is member, type(int.__dict__["real"]).__name__)
print(code_type.__dict__["co_argcount"], range.__dict__["start"], type(f).__dict__["__globals__"])
show("member wrong receiver", lambda: range.__dict__["start"].__get__(1))
show("slot wrong receiver", lambda: S.__dict__["a"].__get__(1))
show("member readonly", lambda: setattr(range(3), "start", 1))

# --- module.__init__, singletons, object.__sizeof__ ---------------------------------
M = types.ModuleType
warmed("module.__init__", M.__init__, ((M("m"), "n"), {}), [((), {}), ((1, "n"), {}), ((M("m"), "n", "d", 3), {})])
warmed("module()", M, (("n",), {}), [((), {}), (("a", "b", "c"), {}), (("a",), {"x": 1})])
for T in (type(None), type(NotImplemented), type(...)):
    warmed(T.__name__, T, ((), {}), [((1,), {}), ((), {"a": 1})])
warmed("object.__sizeof__", object.__sizeof__, ((object(),), {}), [((), {}), ((object(), 1), {})])
warmed("[].__sizeof__", [].__sizeof__, ((), {}), [((1,), {}), ((), {"a": 1})])
warmed("object().__sizeof__", object().__sizeof__, ((), {}), [((1,), {}), ((), {"a": 1})])
warmed("float()", float, (("1",), {}), [((), {"x": 1})])
warmed("ValueError()", ValueError, ((1,), {}), [((), {"x": 1})])

# --- native iterators' slot wrappers --------------------------------------------------
cnt = itertools.count()
warmed("count.__next__", itertools.count.__next__, ((cnt,), {}), [((), {}), ((1,), {}), ((cnt, 1), {})])
warmed("count.__iter__", itertools.count.__iter__, ((cnt,), {}), [((), {}), ((cnt, 1), {})])
warmed("count().__next__", cnt.__next__, ((), {}), [((1,), {}), ((), {"a": 1})])

# --- files -----------------------------------------------------------------------------
import os
path = "spec_port_rest_%d.tmp" % os.getpid()
with open(path, "w") as fh:
    fh.write("line one\nline two\n")
SIGS = [("read", 1), ("readline", 1), ("readlines", 1), ("write", 1), ("writelines", 1),
        ("close", 0), ("flush", 0), ("tell", 0), ("seek", 2), ("truncate", 1), ("readable", 0),
        ("writable", 0), ("seekable", 0), ("isatty", 0), ("fileno", 0), ("__enter__", 0)]
for mode in ("r+", "rb+"):
    fh = open(path, mode)
    T = type(fh)
    for _ in range(200):
        fh.seek(0)
        fh.tell()
        fh.readable()
        fh.readline()
    for name, n in SIGS:
        m = getattr(fh, name)
        show(T.__name__ + "." + name, lambda: m(*range(n + 1)))
        show(T.__name__ + "." + name, lambda: m(*range(n), x=1))
        if name not in ("readlines", "writelines", "__enter__"):
            show("unbound " + name, lambda: getattr(T, name)())
            show("unbound " + name, lambda: getattr(T, name)(1))
    show("__exit__ kw", lambda: fh.__exit__(x=1))
    print(fh.__exit__(1, 2, 3), fh.closed)
os.remove(path)

# --- sys.stdout ------------------------------------------------------------------------
out = sys.stdout
for _ in range(200):
    out.flush()
    out.writable()
for name, n in [("write", 1), ("writelines", 1), ("flush", 0), ("writable", 0), ("readable", 0),
                ("isatty", 0), ("fileno", 0), ("read", 1), ("readline", 1)]:
    m = getattr(out, name)
    show("stdout." + name, lambda: m(*range(n + 1)))
    show("stdout." + name, lambda: m(*range(n), x=1))
show("stdout.write", lambda: out.write())
print(out.write("written\n"), out.writelines(["a\n", "b\n"]))
