# The collector finalizes its garbage in the order it found it, and whatever a finalizer
# frees is finalized and freed right then (CPython keeps no counted reference to the
# garbage while finalizing it). The counts gc.collect() returns leave out what was freed
# that way. Each scenario runs once printing, then 150 times silently (warm caches), then
# once more printing. Automatic collections are off (they would move the objects between
# generations at moments that differ between interpreters, and so the order the garbage
# is found in): every collection here is an explicit gc.collect().
import gc

gc.disable()

LOG = []
quiet = False


def say(*a):
    if not quiet:
        print(*a)


class Res:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        say("del", self.n)


def inner(tag):
    r = Res(tag)
    try:
        yield 1
    finally:
        say("finally", tag)


def outer(tag):
    r = Res(tag + "-outer")
    me = yield
    try:
        yield from inner(tag + "-inner")
    finally:
        say("outer finally", tag)


def gen_chain():
    o = outer("g")
    next(o)
    o.send(o)
    del o
    return gc.collect()


class Holder:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        say("Holder.__del__", self.name, "drops its part")
        self.part = None
        say("Holder.__del__", self.name, "end")


def holder_cycle():
    h = Holder("h")
    h.part = Res("part")
    h.me = h
    del h
    return gc.collect()


class Chain:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt

    def __del__(self):
        say("Chain.__del__", self.name)
        self.nxt = None
        say("Chain.__del__", self.name, "done")


def chain_in_cycle():
    # a -> b -> c (plain chain), a in a cycle with itself: all three are garbage, finalized
    # in the order they were found (c first); each is freed when a finalizer drops its last
    # reference.
    c = Chain("c")
    b = Chain("b", c)
    a = Chain("a", b)
    a.me = a
    del a, b, c
    return gc.collect()


class Two:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        say("Two.__del__", self.name)


def two_way_cycle():
    x = Two("x")
    y = Two("y")
    x.other = y
    y.other = x
    x.extra = Res("extra-of-x")
    del x, y
    return gc.collect()


class MakesNew:
    def __del__(self):
        say("MakesNew.__del__ stores a new Res")
        self.fresh = Res("fresh")


def new_in_finalizer():
    m = MakesNew()
    m.me = m
    del m
    n = gc.collect()
    say("after collect")
    return n


saved = []


class Resurrect:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        say("Resurrect.__del__", self.name)
        saved.append(self)


def resurrect():
    r = Resurrect("r")
    r.me = r
    r.part = Res("kept-part")
    del r
    n = gc.collect()
    say("saved", [s.name for s in saved])
    saved.clear()
    m = gc.collect()
    return n, m


def stop_callback(phase, info):
    if phase == "stop":
        say("gc stop callback")


def clear_frees_inside_collection():
    # The __del__ of an object freed by clearing the garbage runs before the collection's
    # "stop" callback.
    gc.callbacks.append(stop_callback)
    try:
        a = []
        a.append(a)
        a.append(Res("in-list"))
        del a
        return gc.collect()
    finally:
        gc.callbacks.remove(stop_callback)


SCENARIOS = [
    gen_chain,
    holder_cycle,
    chain_in_cycle,
    two_way_cycle,
    new_in_finalizer,
    resurrect,
    clear_frees_inside_collection,
]

gc.collect()
for f in SCENARIOS:
    print("==", f.__name__)
    print("collected:", f())
    quiet = True
    results = set()
    for _ in range(150):
        results.add(repr(f()))
    quiet = False
    print("warm results:", sorted(results))
    print("collected again:", f())
print("end")
