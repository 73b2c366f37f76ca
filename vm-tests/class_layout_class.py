# Instance attributes meet the rest of the data model: __class__ assignment between
# classes whose instances have attributes, __slots__ with and without __dict__, data
# descriptors, methods shadowed by instance attributes, __getattr__/__getattribute__/
# __setattr__ overrides, super().__setattr__ and object.__setattr__ — each after the
# attribute code was warmed up, then changed.


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


# __class__ assignment.
class A:
    def __init__(self):
        self.x = "ax"
        self.y = "ay"

    def m(self):
        return "A.m"


class B:
    def __init__(self):
        self.y = "by"
        self.x = "bx"
        self.z = "bz"

    def m(self):
        return "B.m " + self.x


objs = [A() for _ in range(200)] + [B() for _ in range(200)]
print(sum(len(get_x(o)) for o in objs), sum(len(call_m(o)) for o in objs))
a = A()
a.__class__ = B
print(type(a).__name__, get_x(a), call_m(a), vars(a))
set_x(a, "changed")
a.z = "new z"
print(vars(a), call_m(a))
b = B()
b.__class__ = A
print(call_m(b), vars(b), get_x(b))
b.w = 1
del b.y
print(vars(b))
a.__class__ = A
print(call_m(a), list(vars(a)))
print(sum(len(get_x(o)) for o in objs), sum(len(call_m(o)) for o in objs))


# __slots__ with and without __dict__.
class S:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


class SD:
    __slots__ = ("x", "__dict__")

    def __init__(self):
        self.x = 1
        self.other = 2


class SubS(S):
    def __init__(self):
        super().__init__()
        self.z = 3


for cls in (S, SD, SubS):
    insts = [cls() for _ in range(200)]
    print(cls.__name__, sum(get_x(i) for i in insts))
    i = insts[0]
    set_x(i, 10)
    print(get_x(i), getattr(i, "y", "unset"), hasattr(i, "__dict__") and vars(i))
    try:
        i.y = 5
        print("y", i.y)
        del i.y
        print("y deleted", hasattr(i, "y"))
        del i.y
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        i.q = 1
        print("q", i.q, vars(i))
    except AttributeError as e:
        print("AttributeError:", e)

sd = SD()
sd.__dict__["x"] = "dict x"
print(sd.x, sd.__dict__)
sub = SubS()
sub.__dict__ = {"z": 30, "x": "in dict"}
print(sub.x, sub.z, vars(sub))


# Data descriptors win over instance attributes; non-data descriptors lose.
class Prop:
    def __init__(self):
        self.__dict__["p"] = "shadowed"
        self._p = 1

    @property
    def p(self):
        return ("prop", self._p)

    @p.setter
    def p(self, v):
        self._p = v


pr = [Prop() for _ in range(200)]
print(sum(o.p[1] for o in pr))
o = pr[0]
o.p = 5
print(o.p, vars(o))


class Meth:
    def m(self):
        return "method"


ms = [Meth() for _ in range(200)]
print(sum(len(call_m(x)) for x in ms))
shadow = ms[1]
shadow.m = lambda: "instance attribute"
print(call_m(shadow), call_m(ms[2]))
del shadow.m
print(call_m(shadow))
ms[3].__dict__["m"] = lambda: "via __dict__"
print(call_m(ms[3]), call_m(ms[4]))
Meth.m = lambda self: "patched"
print(call_m(ms[5]), call_m(ms[3]))


# A class attribute added after warm-up; a data descriptor added after warm-up.
class Late:
    def __init__(self):
        self.x = "inst"


ls = [Late() for _ in range(200)]
print(sum(len(get_x(l)) for l in ls))
Late.x = "class"
print(get_x(ls[0]))
Late.x = property(lambda self: "late property")
print(get_x(ls[0]), vars(ls[0]))
try:
    set_x(ls[0], 1)
except AttributeError as e:
    print("AttributeError:", e)
del Late.x
print(get_x(ls[0]))


# Overrides.
class Logged:
    def __init__(self):
        self.log = []
        self.a = 1

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)


lg = [Logged() for _ in range(200)]
for x in lg:
    x.b = 2
print(lg[0].log, vars(lg[0]))


class Plain:
    pass


p = Plain()
object.__setattr__(p, "x", 1)
object.__setattr__(p, "y", 2)
print(object.__getattribute__(p, "x"), vars(p))
object.__delattr__(p, "x")
print(vars(p))


class Fallback:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing " + name


fb = [Fallback() for _ in range(200)]
print(sum(f.real for f in fb), fb[0].nothing)
fb[0].nothing = "now real"
print(fb[0].nothing, fb[1].nothing)
del fb[0].real
print(fb[0].real)


class Intercept:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name == "x":
            return "intercepted"
        return object.__getattribute__(self, name)


ic = Intercept()
print(ic.x, vars(ic), object.__getattribute__(ic, "x"))
