# Attribute loads, stores and method loads specialised on instance shapes: after each site
# ran hundreds of times on one shape, the instance changes under it — another shape at the
# same site, the attribute deleted, __dict__ asked for and written through, __dict__
# replaced, __class__ reassigned, a method shadowed through the instance or its __dict__, a
# data descriptor added to the class — and every access still gives CPython's answer.


class C:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "C.m"


def get_x(o):
    return o.x


def get_y(o):
    return o.y


def set_y(o, v):
    o.y = v


def call_m(o):
    return o.m()


def warm(o):
    for i in range(300):
        set_y(o, i)
        get_x(o)
        get_y(o)
        call_m(o)


def show(label, o):
    try:
        r = (get_x(o), get_y(o), call_m(o))
    except AttributeError as e:
        r = "AttributeError: %s" % e
    print(label, r)


a = C(1, 2)
warm(a)
show("warm", a)

# Another shape at the same sites (y first, then x).
b = C.__new__(C)
b.y = "by"
b.x = "bx"
show("other order", b)
set_y(b, "by2")
show("other order set", b)
warm(a)

# The attribute deleted (the instance leaves its shape).
c = C(3, 4)
warm(c)
del c.x
show("x deleted", c)
c.x = "back"
show("x re-added", c)
set_y(c, 5)
show("set after delete", c)

# __dict__ asked for, then written through.
d = C(5, 6)
warm(d)
dd = d.__dict__
dd["x"] = "via dict"
show("dict write", d)
set_y(d, "set")
print("dict sees", dd["y"])
dd["m"] = lambda: "shadow via dict"
show("method via dict", d)
del dd["m"]
show("method back", d)

# __dict__ replaced.
e = C(7, 8)
warm(e)
e.__dict__ = {"x": "new x", "y": "new y"}
show("dict replaced", e)
set_y(e, "stored")
print("replaced dict", e.__dict__)
del e.__dict__
show("dict deleted", e)
e.x, e.y = 1, 2
show("after dict deleted", e)


# __class__ reassigned.
class D:
    def __init__(self):
        self.x = "dx"
        self.y = "dy"

    def m(self):
        return "D.m"


f = C(9, 10)
warm(f)
f.__class__ = D
show("class reassigned", f)
set_y(f, "dy2")
show("class reassigned set", f)
f.__class__ = C
show("class back", f)

# A method shadowed by an instance attribute (a new shape).
g = C(11, 12)
warm(g)
g.m = lambda: "instance m"
show("method shadowed", g)
del g.m
show("shadow deleted", g)
h = C(13, 14)
show("fresh", h)

# A data descriptor added to the class after warm-up, then removed.
i = C(15, 16)
warm(i)
C.x = property(lambda self: "property x")
show("property added", i)
try:
    i.x = 1
except AttributeError as err:
    print("AttributeError:", err)
del C.x
show("property removed", i)

# A method replaced on the class.
C.m = lambda self: "patched m"
show("method patched", i)
show("method patched", a)


# A subclass at the same sites, with __getattr__ for what is missing.
class E(C):
    def __getattr__(self, name):
        return "missing " + name


j = E(17, 18)
show("subclass", j)
del j.x
show("subclass missing", j)

# Many instances, many shapes, one site.
objs = []
for k in range(50):
    o = C.__new__(C)
    names = ["x", "y", "z%d" % (k % 5)]
    if k % 2:
        names.reverse()
    for n in names:
        setattr(o, n, n + str(k))
    objs.append(o)
print([get_x(o) for o in objs[:6]], sum(len(get_y(o)) for o in objs))
for o in objs[::3]:
    set_y(o, "Y")
print([get_y(o) for o in objs[:7]])
