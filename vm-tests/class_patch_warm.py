# Class attributes added, replaced and deleted after the code reading them ran 200 times:
# every read afterwards sees the change, through instances, subclasses and dunders.
class Base:
    tag = "base"

    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.own = "own"


def probe(o):
    r = [o.tag, o.m(), getattr(o, "extra", "-"), o.own, Leaf.tag]
    try:
        r.append(len(o))
    except TypeError as e:
        r.append(str(e))
    try:
        r.append(o[0])
    except TypeError as e:
        r.append(str(e))
    r.append(bool(o))
    try:
        r.append(o())
    except TypeError as e:
        r.append(str(e))
    try:
        r.append(5 in o)
    except TypeError as e:
        r.append(str(e))
    return r


o = Leaf()


def run(label):
    for i in range(200):
        r = probe(o)
    print(label, r)


run("start")
Base.tag = "base2"
run("tag")
Mid.tag = "mid"
run("mid tag")
del Mid.tag
run("del mid tag")
Base.m = lambda self: "patched"
run("patch m")
Mid.m = lambda self: "mid m"
run("mid m")
del Base.m
run("del base m")
Base.extra = property(lambda self: "prop")
run("property")
o.__dict__["own"] = "own2"
Base.own = property(lambda self: "data descriptor")
run("data descriptor")
del Base.own
run("no descriptor")
Base.__len__ = lambda self: 3
run("len")


def getitem(self, i):
    if i >= 3:
        raise IndexError(i)
    return i * 10


Base.__getitem__ = getitem
run("getitem")
Base.__bool__ = lambda self: False
run("bool")
Base.__call__ = lambda self: "called"
run("call")
Mid.__len__ = lambda self: 7
run("mid len")
del Base.__len__
run("del base len")
del Mid.__len__
run("del mid len")
Base.__contains__ = lambda self, x: True
run("contains")
Base.__getattr__ = lambda self, n: "getattr:" + n
print(o.missing)
Base.__getattribute__ = lambda self, n: "getattribute:" + n
print(o.anything, o.tag)
del Base.__getattribute__
print(o.tag, o.missing2)
del Base.__getattr__
print(hasattr(o, "missing3"))
Base.__setattr__ = lambda self, n, v: print("setattr", n, v)
o.q = 1
del Base.__setattr__
o.q = 2
print(o.q)
Base.__eq__ = lambda self, x: "eq!"
print(o == 1, o != 1)
Base.__repr__ = lambda self: "Leaf!"
print(repr(o), str(o), [o])
Base.__str__ = lambda self: "str!"
print(repr(o), str(o), f"{o}")
Base.__del__ = lambda self: print("__del__", type(self).__name__)
o = None
print("dropped")

# Class-level counters written in a loop, read through instances of subclasses.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.n = Counter.count


class SubCounter(Counter):
    pass


items = [SubCounter() for i in range(300)]
print(Counter.count, SubCounter.count, items[-1].n, items[0].count)

# Replacing a method with one defined later, through the class and bound methods.
class Greeter:
    def greet(self):
        return "hello"


g = Greeter()
bound = g.greet
for i in range(200):
    r = g.greet()
Greeter.greet = lambda self: "bye"
print(r, g.greet(), bound(), Greeter.greet(g))

# classmethod and staticmethod added later.
Greeter.make = classmethod(lambda cls: cls.__name__)
Greeter.util = staticmethod(lambda: "util")
print(g.make(), Greeter.make(), g.util(), Greeter.util())

# Builtin types stay immutable.
try:
    int.tag = 1
except TypeError as e:
    print("TypeError", e)
