# While the collector finalizes cyclic garbage, an object of that garbage whose last
# reference goes (a local of a generator frame that the finalization finished) is finalized
# and freed right then, as in CPython, not later in the collector's own order. (Automatic
# collections are off: at points that depend on allocation counts, they would split the
# objects between generations, and so change the order the collector finds them in.)
import gc

gc.disable()


class Res:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def inner(tag):
    r = Res(tag)
    try:
        yield 1
    finally:
        print("finally", tag)


def outer():
    r = Res("outer")
    me = yield
    try:
        yield from inner("inner")
    finally:
        print("outer finally")


o = outer()
next(o)
o.send(o)
del o
gc.collect()
print("--")


class Holder:
    def __del__(self):
        print("Holder.__del__ drops its part")
        self.part = None
        print("Holder.__del__ end")


h = Holder()
h.part = Res("part")
h.me = h
del h
gc.collect()
print("end")
