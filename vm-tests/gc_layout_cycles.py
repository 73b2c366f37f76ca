# Cycles through instance attributes — few attributes, many (past the inline room and the
# shared-keys limit), after __dict__ was handed out, through a replaced __dict__, through
# __slots__, after deletions — are found and freed by the collector, with finalizers run
# once; what the collector sees of an instance (is_tracked, get_referents) is CPython's.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)


class Slotted:
    __slots__ = ("peer", "tag")


class Dying:
    count = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        Dying.count += 1


def link(a, b):
    a.next = b
    b.next = a


gc.collect()
gc.disable()

# Warm up the attribute code, then make cycles of each kind.
for _ in range(200):
    link(Node("a"), Node("b"))
print("warm", gc.collect())


def cycles():
    made = 0
    a, b = Node("a"), Node("b")
    link(a, b)
    made += 2
    big = Big(40)
    big.f39 = big
    made += 1
    c = Node("c")
    c.extra1 = c.extra2 = c.extra3 = c.extra4 = c.extra5 = c.extra6 = c.extra7 = 0
    c.next = c
    made += 1
    d = Node("d")
    d.__dict__["self_ref"] = d
    made += 2  # d and its handed-out __dict__
    e = Node("e")
    e.__dict__ = {"loop": e}
    made += 2
    f = Node("f")
    g = Node("g")
    link(f, g)
    del f.name
    made += 2
    s, t = Slotted(), Slotted()
    s.peer, t.peer = t, s
    s.tag = "s"
    made += 2
    return made


expected = cycles()
print("made", expected, "collected", gc.collect())

Dying()
Dying()
print("finalizable", gc.collect(), Dying.count)

# is_tracked: instances always; their __dict__ once handed out, and only while it holds a
# container (as CPython's dicts).
n = Node("n")
print(gc.is_tracked(n), gc.is_tracked(Slotted()))
d = n.__dict__
print(gc.is_tracked(d))
n.items = []
print(gc.is_tracked(d))

# get_referents: the attribute values (slots first), then the class.
class Pair:
    def __init__(self):
        self.left = [1]
        self.right = "r"


p = Pair()
print([type(r).__name__ for r in gc.get_referents(p)])
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, "v%d" % i)


wide = Wide(10)
print(gc.get_referents(wide)[:3], len(gc.get_referents(wide)), gc.get_referents(wide)[-1] is Wide)
wider = Wide(40)
print([type(r).__name__ for r in gc.get_referents(wider)])
late = Wide(3)
late.new_name = ["x"]
print([type(r).__name__ for r in gc.get_referents(late)])
print([type(r).__name__ for r in gc.get_referents(Wide(12))])
sp = Slotted()
sp.tag = ["t"]
print(gc.get_referents(sp))
q = Pair()
q.__dict__
print([type(r).__name__ for r in gc.get_referents(q)])
r = Pair()
del r.left
print(gc.get_referents(r)[0] == "r")

# gc.get_referrers finds the instance holding a list in an attribute.
holder = Pair()
target = holder.left
print(any(x is holder for x in gc.get_referrers(target)))

# Resurrection through an attribute.
saved = []


class Phoenix:
    def __init__(self):
        self.me = self
        self.data = [1, 2, 3]

    def __del__(self):
        saved.append(self)


Phoenix()
print("phoenix", gc.collect(), len(saved), saved[0].data, saved[0].me is saved[0])
saved[0].me = None
saved.clear()
gc.enable()
print("done", gc.collect())
