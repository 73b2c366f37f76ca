# Polymorphic attribute sites: a site that sees instances of a few classes keeps one cache
# entry per class; every guard (class changed, shape changed, dict replaced, __class__
# assigned, __getattr__/__setattr__/property added, method shadowed) must still hold after
# warm-up.


class Base:
    def __init__(self, v):
        self.a = v
        self.b = v * 2

    def get(self):
        return self.a

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    def kind(self):
        return "B"


class C(Base):
    def kind(self):
        return "C"


class D(Base):
    def kind(self):
        return "D"


class E(Base):
    def kind(self):
        return "E"


def read_a(o):
    return o.a


def write_b(o, v):
    o.b = v


def call_kind(o):
    return o.kind()


def call_get(o):
    return o.get()


objs = [A(1), B(2), C(3), D(4)]
# warm-up: the sites see four classes in turn
for _ in range(200):
    for o in objs:
        read_a(o)
        write_b(o, 7)
        call_kind(o)
        call_get(o)
print("warm", [read_a(o) for o in objs], [o.b for o in objs], [call_kind(o) for o in objs])

# a fifth class: the table is full, the generic path answers
e = E(5)
for _ in range(100):
    for o in objs + [e]:
        write_b(o, read_a(o) + 1)
print("five", [read_a(o) for o in objs + [e]], [call_kind(o) for o in objs + [e]])
print("five b", [o.b for o in objs + [e]])

# a property added to one class of the set after warm-up
for _ in range(200):
    for o in objs:
        read_a(o)
B.a = property(lambda self: "prop of B")
print("property", [read_a(o) for o in objs])
del B.a
print("property gone", [read_a(o) for o in objs])

# a method shadowed by an instance attribute, then a method redefined on one class
for _ in range(200):
    for o in objs:
        call_kind(o)
objs[2].kind = lambda: "instance C"
print("shadowed", [call_kind(o) for o in objs])
del objs[2].kind
D.kind = lambda self: "D redefined"
print("redefined", [call_kind(o) for o in objs])

# __class__ reassigned under a warm site
for _ in range(200):
    for o in objs:
        read_a(o)
        call_kind(o)
objs[0].__class__ = C
print("class assigned", [type(o).__name__ for o in objs], [call_kind(o) for o in objs])

# instance dict replaced
for _ in range(200):
    for o in objs:
        read_a(o)
objs[1].__dict__ = {"a": "from new dict", "b": 0}
print("dict replaced", [read_a(o) for o in objs])
write_b(objs[1], "stored")
print("dict store", objs[1].__dict__)

# attribute deleted from one instance: its shape changes
for _ in range(200):
    for o in objs:
        read_a(o)
del objs[3].a
try:
    read_a(objs[3])
except AttributeError as e:
    print("deleted", e)


# a subclass overriding __getattr__ / __getattribute__ / __setattr__
class G(Base):
    def __getattr__(self, name):
        return "getattr " + name


class H(Base):
    def __getattribute__(self, name):
        if name == "a":
            return "getattribute a"
        return object.__getattribute__(self, name)


class S(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("set", value))


mixed = [A(1), G(2), H(3), S(4)]
for _ in range(200):
    for o in mixed:
        read_a(o)
        write_b(o, 1)
        call_get(o)
print("overrides", [read_a(o) for o in mixed], [call_get(o) for o in mixed])
print("setattr", [o.b for o in mixed])
del mixed[1].a
print("getattr fallback", read_a(mixed[1]))

# __setattr__ added to a class after the store site went polymorphic
objs = [A(1), B(2), C(3)]
for _ in range(200):
    for o in objs:
        write_b(o, 5)
B.__setattr__ = lambda self, n, v: object.__setattr__(self, n, ("B set", v))
for o in objs:
    write_b(o, 9)
print("setattr added", [o.b for o in objs])
del B.__setattr__


# a call site calling the methods of several classes: some take other arguments
class P:
    def run(self, x):
        return ("P", x)


class Q:
    def run(self, x, y=10):
        return ("Q", x, y)


class R:
    def run(self, *args):
        return ("R", args)


class T:
    def run(self, x):
        yield ("T", x)


class U:
    def run(self, x):
        return ("U", x)


def call_run(o, x):
    return o.run(x)


runners = [P(), U(), Q(), R(), T()]
for i in range(200):
    for o in runners[:2]:
        call_run(o, i)
out = []
for o in runners:
    r = call_run(o, 1)
    out.append(list(r) if type(o) is T else r)
print("calls", out)


def make(n):
    def f(self, x):
        return n + x
    return f


# closures of one def: one code, many functions
classes = [type("K%d" % i, (), {"m": make(i)}) for i in range(6)]
inst = [k() for k in classes]
total = 0
for _ in range(100):
    for o in inst:
        total += o.m(1)
print("closures", total)

# non-instances at a method site: builtin types
def count_one(x):
    return x.count(1)


seqs = [[1, 1, 2], (1, 2), [1], (1, 1, 1), "x"]
for _ in range(200):
    for s in seqs[:4]:
        count_one(s)
try:
    print([count_one(s) for s in seqs])
except TypeError as e:
    print("str count", e)
