# When an instance's attributes move into a dict of their own, the collector sees (and
# counts) that dict, as CPython's does: after __dict__ is asked for (also by dir() and
# vars()), after __class__ assignment, after `del obj.__dict__`, when a new attribute name
# appears once many instances of the class exist; not after deleting an attribute. Each
# case runs after the same code was warmed up. (CPython's dir() also spends the class's
# shared keys on the class's own names — not modelled: `dir` uses a class of its own.)
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


class Other:
    def __init__(self, name):
        self.name = name
        self.next = None


def pair(kind=Node):
    a, b = kind("a"), kind("b")
    a.next = b
    b.next = a
    return a, b


def collect(label, make):
    gc.collect()
    for _ in range(200):
        make()
    warm = gc.collect()
    make()
    print(label, warm, gc.collect())


gc.disable()
collect("plain", lambda: pair())
collect("asked __dict__", lambda: pair()[0].__dict__)
collect("vars", lambda: vars(pair()[1]))
collect("dir", lambda: dir(pair(Other)[0]))
collect("class assigned", lambda: setattr(pair()[0], "__class__", Other))
collect("same class assigned", lambda: setattr(pair()[0], "__class__", Node))


def deleted():
    a, b = pair()
    a.extra = 1
    del a.name


collect("attribute deleted", deleted)


def dict_deleted():
    a, b = pair()
    del a.__dict__
    a.next = b


collect("__dict__ deleted", dict_deleted)


def dict_assigned():
    a, b = pair()
    a.__dict__ = {"next": b}


collect("__dict__ assigned", dict_assigned)


def copied():
    a, b = pair()
    c = object.__new__(Node)
    c.__dict__.update(a.__dict__)
    c.me = c


collect("copied", copied)


# A name that first appears once many instances exist: the instance gets a dict.
class Late:
    def __init__(self):
        self.a = 1


made = [Late() for _ in range(100)]


def late_name(name):
    x = Late()
    setattr(x, name, x)


gc.collect()
late_name("b")
print("first late name", gc.collect())
late_name("b")
print("same late name", gc.collect())
late_name("c")
print("second late name", gc.collect())


# Many attributes on a fresh class.
class Fresh:
    pass


def fresh(n):
    x = Fresh()
    for i in range(n):
        setattr(x, "f%d" % i, i)
    x.me = x


for n in (3, 28, 29, 40):
    fresh(n)
    print("fresh", n, gc.collect())

gc.enable()
