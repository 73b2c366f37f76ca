# The order in which a collection leaves the objects that survive it (CPython's
# move_unreachable: one found only through another survivor goes after it; a list's or
# tuple's items are visited last first) decides the order in which a later collection finds
# them, and so the order of their finalizers, and which tuples it untracks. Automatic
# collections are off so that the explicit gc.collect() calls are the only ones.
import gc

gc.disable()
gc.collect()
quiet = False


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if not quiet:
            print("del", self.n)


def through_other():
    a = D("a")
    b = D("b")
    b.a = a
    a.me = a
    b.me = b
    keep = [b]
    del a, b
    gc.collect()
    keep.clear()
    gc.collect()


def ring():
    x = D("x")
    y = D("y")
    z = D("z")
    x.n2 = y
    y.n2 = z
    z.n2 = x
    holder = [z]
    del x, y, z
    gc.collect()
    holder.clear()
    gc.collect()


def list_items():
    a = D("la")
    b = D("lb")
    c = D("lc")
    a.me = a
    b.me = b
    c.me = c
    holder = [a, b, c]
    del a, b, c
    gc.collect()
    holder.clear()
    gc.collect()


def dict_values():
    d = {}
    d["k1"] = D("v1")
    d["k2"] = D("v2")
    for v in d.values():
        v.me = v
    dh = [d]
    del d
    gc.collect()
    dh.clear()
    gc.collect()


def nested_tuples():
    a = len("xy")
    t = ((a,), (a, a))
    gc.collect()
    first = gc.is_tracked(t), gc.is_tracked(t[0])
    gc.collect()
    return first, gc.is_tracked(t)


for f in (through_other, ring, list_items, dict_values):
    print("==", f.__name__)
    f()
    quiet = True
    for _ in range(120):
        f()
    quiet = False
    f()
print(nested_tuples())
for _ in range(150):
    r = nested_tuples()
print(r)
