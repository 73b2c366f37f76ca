# A tuple's items live in the tuple's own allocation (one per tuple): items are released
# last to first, the collector traverses them last first and untracks tuples of atoms,
# tuple subclasses (with a dict, with __slots__) keep working, the empty tuple is shared, and
# sizes grow with the length — before and after warm-up.
import gc
import sys

order = []
E = ()


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


class T(tuple):
    pass


class Slotted(tuple):
    __slots__ = ()


def release_order(n):
    del order[:]
    t = tuple(D(i) for i in range(n))
    del t
    first = list(order)
    del order[:]
    s = T(D("s%d" % i) for i in range(3))
    s.tag = D("tag")
    del s
    second = list(order)
    del order[:]
    return first, second


def referents():
    a, b = [1], {"k": 2}
    t = (a, 7, None, "x", b)
    r = gc.get_referents(t)
    return [type(x).__name__ for x in r], r[0] is b, r[-1] is a


def untracking(x):
    t = (x, "two", 3.0, None)
    w = (x, (x, "a"))
    u = ([],)
    gc.collect()
    return gc.is_tracked(t), gc.is_tracked(w), gc.is_tracked(u), gc.is_tracked(E)


def subclasses(i):
    s = T([i, str(i), (i,)])
    s.tag = i
    s.me = s  # a cycle through the dict of a tuple subclass instance
    q = Slotted((i, i + 1))
    d = {(i, str(i)): 1}
    return (
        len(s),
        s[0],
        s[-1],
        s[1:],
        type(s[1:]).__name__,
        s + (1,),
        s == (i, str(i), (i,)),
        hash(s) == hash((i, str(i), (i,))),
        s.tag,
        s.me is s,
        sorted(vars(s)),
        q,
        type(q).__name__,
        hasattr(q, "__dict__"),
        d[tuple(s[:2])],
        T() == (),
        T() is E,
        tuple(s) == s,
        type(tuple(s)).__name__,
        repr(s),
    )


def unpack(t):
    a, b, *rest = t
    x, y, z = t[:3]
    return a + b + x + y + z + len(rest)


def empties():
    return (
        tuple() is E,
        tuple([]) is E,
        ()[:] is E,
        tuple(x for x in []) is E,
        (1, 2)[5:] is E,
        len(()),
        E + E is E,
    )


def sizes():
    out = []
    out.append(sys.getsizeof(()) < sys.getsizeof((1,)) < sys.getsizeof((1, 2)))
    step = sys.getsizeof((1, 2)) - sys.getsizeof((1,))
    out.append(sys.getsizeof(tuple(range(101))) - sys.getsizeof(tuple(range(1))) == 100 * step)
    out.append(sys.getsizeof(T((1, 2))) > sys.getsizeof((1, 2)))
    out.append(sys.getsizeof(Slotted((1, 2))) >= sys.getsizeof((1, 2)))
    out.append((1, 2).__sizeof__() > 0)
    return out


def deep(n):
    t = ()
    for i in range(n):
        t = (t, i)
    depth = 0
    while t:
        t = t[0]
        depth += 1
    u = ()
    for i in range(n):
        u = (u,)
    del u
    return depth


def run(label):
    print(label, release_order(5))
    print(label, referents())
    print(label, untracking(5))
    print(label, subclasses(3))
    print(label, unpack((1, 2, 3, 4, 5)), unpack(tuple(range(10))))
    print(label, empties())
    print(label, sizes())


run("cold")
total = 0
for i in range(300):
    total += len(subclasses(i)) + unpack((i, i, i, i)) + len(release_order(2)[0])
    total += len(referents()[0])
print("warm total", total)
run("warm")
print("deep", deep(200000))
gc.collect()
print("collected", gc.collect())
