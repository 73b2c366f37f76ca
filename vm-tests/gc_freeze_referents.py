# gc.freeze()/unfreeze()/get_freeze_count(), gc.get_referents (every item CPython's traverse
# visits, ints and floats included, in its order), and the untracking of tuples of atoms
# that survive a collection. Automatic collections are off: each collection is explicit.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    pass


def cycle():
    n = Node()
    n.me = n
    return weakref.ref(n)


# freeze: the permanent generation is out of every collection's reach
print("count before:", gc.get_freeze_count())
w = cycle()
gc.freeze()
frozen = gc.get_freeze_count()
print("frozen some:", frozen > 0, "gen0 count:", gc.get_count()[0])
print("collect while frozen:", gc.collect(), "alive:", w() is not None)
print("tracked:", gc.is_tracked(w()), "in get_objects:", any(o is w() for o in gc.get_objects()))
w2 = cycle()
print("new garbage collected:", gc.collect(), w2() is None)
# a frozen object freed by refcounting leaves the permanent generation
lst = [[1], 2]
gc.freeze()
before = gc.get_freeze_count()
del lst
print("freed frozen:", before - gc.get_freeze_count())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count(), any(o is w() for o in gc.get_objects()))
print("collect after unfreeze:", gc.collect(), "alive:", w() is not None)
for f in (gc.freeze, gc.unfreeze, gc.get_freeze_count):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
# warm: freeze and unfreeze many times, with garbage made in between
for i in range(150):
    wi = cycle()
    gc.freeze()
    gc.unfreeze()
print("warm:", gc.collect(), wi() is None, gc.get_freeze_count())

# get_referents
x = 7
print(gc.get_referents((1, 2.5, "a", None, [1])))
print(gc.get_referents([1, 2.0, 3, True]))
print(gc.get_referents({"a": 1, "b": 2.5}))
print(gc.get_referents({1: "one", 2.5: None}))
print(gc.get_referents((), [], {}))
print(gc.get_referents(1, "s", 2.5, None))
print(gc.get_referents((x, x), [x]))
t = ((1, 2), (3.5,))
print(gc.get_referents(t))
for _ in range(200):
    r = gc.get_referents((x, 1.5), [x])
print(r)


# tuples of atoms surviving a collection are untracked; others stay tracked
def make():
    a = x + 1
    return (a, 2), (a, [a]), (a, "s", 1.5, None), ((a,), (a, a)), (a, {}), (a, make), (a, Node())


tuples = make()
print([gc.is_tracked(t) for t in tuples])
gc.collect()
print([gc.is_tracked(t) for t in tuples])
for _ in range(200):
    tuples = make()
gc.collect()
print([gc.is_tracked(t) for t in tuples])
tuples[1][1].clear()
gc.collect()
print([gc.is_tracked(t) for t in tuples])
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(tuple([x, x])))
for name in ("enable", "disable", "isenabled", "get_threshold", "get_count", "get_stats",
             "get_debug"):
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print("TypeError:", e)
gc.disable()

# dicts holding only atoms are untracked by a full collection (not a young one), and
# track themselves again when a container is stored in them
def dicts():
    d = {}
    d["x"] = []
    first = gc.is_tracked(d)
    d["x"] = 1
    gc.collect(0)
    young = gc.is_tracked(d)
    gc.collect()
    full = gc.is_tracked(d)
    d["y"] = []
    again = gc.is_tracked(d)
    d["y"].append(d)
    del d
    return first, young, full, again, gc.collect()


print(dicts())
for _ in range(150):
    r = dicts()
print(r)
holder = {"t": (1, 2), "s": "x"}
gc.collect()
print(gc.is_tracked(holder), gc.is_tracked(holder["t"]))


class Plain:
    pass


p = Plain()
p.a = 1
pd = p.__dict__
gc.collect()
print(gc.is_tracked(pd))
p.b = [p]
print(gc.is_tracked(pd), gc.is_tracked(p))
del p, pd
print(gc.collect())
