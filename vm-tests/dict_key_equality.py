# Dict lookups with str, int, float and tuple keys: equality decided without Python code
# where CPython's answer cannot depend on it, and `__eq__` called (in CPython's order)
# where it can. Each lookup runs after warm-up too.

calls = []


class Key:
    def __init__(self, name, h=7):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        calls.append((self.name, getattr(other, "name", other)))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%r)" % self.name


def lookups(d):
    return (
        d.get((1, "a")),
        d.get((1.0, "a")),
        d.get((True, "a")),
        d.get(((1, 2), (3, (4, 5)))),
        d.get((1, "b")),
        (1, "a") in d,
        d.get(("x",)),
        d.get("x"),
        d.get(("x", "y")),
        d.get(()),
    )


d = {(1, "a"): "tuple", ((1, 2), (3, (4, 5))): "nested", ("x",): "one", (): "empty", "x": "str"}
for _ in range(200):
    r = lookups(d)
print(r)

# Tuples holding objects with __eq__: compared item by item, __eq__ only where needed.
k1 = (1, Key("p"), "z")
k2 = (1, Key("p"), "z")
d2 = {k1: "first"}
for _ in range(200):
    calls.clear()
    r = (d2.get(k2), d2.get(k1), d2.get((1, Key("q"), "z")), d2.get((2, Key("p"), "z")))
print(r, calls)
calls.clear()
print(d2.get((1, Key("p"), "y")), calls)
calls.clear()
print((1, Key("a")) == (1, Key("a")), (1, Key("a")) == (2, Key("a")), calls)

# Same hash, different lengths: CPython compares the common items first.
calls.clear()
d3 = {(Key("a", 5), 1): "short"}
print(d3.get((Key("a", 5), 1, 2)), d3.get((Key("a", 5),)), calls)

# NaN: identity, not equality.
nan = float("nan")
d4 = {(nan,): "same object", nan: "bare"}
for _ in range(200):
    r = (d4.get((nan,)), d4.get((float("nan"),)), d4.get(nan), d4.get(float("nan")))
print(r)

# Numbers across types inside tuples, and -0.0.
d5 = {(0, 1): "ints", (2.5, "s"): "float"}
for _ in range(200):
    r = (d5.get((0.0, 1)), d5.get((-0.0, True)), d5.get((False, 1.0)), d5.get((2.5, "s")))
print(r)

# str subclasses with their own __eq__ are asked; exact strs are not.


class Loud(str):
    def __eq__(self, other):
        calls.append(("Loud", str(other)))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


calls.clear()
d6 = {"spam": 1, Loud("eggs"): 2}
for _ in range(200):
    r = (d6.get("spam"), d6.get(Loud("spam")), d6.get("eggs"), d6.get(Loud("eggs")))
print(r, len(calls) > 0, calls[:3])

# An __eq__ that mutates the dict during the lookup: the lookup starts again.


class Mutator:
    def __init__(self, target):
        self.target = target
        self.done = False

    def __hash__(self):
        return 11

    def __eq__(self, other):
        if not self.done:
            self.done = True
            self.target.clear()
            self.target[Plain()] = "new"
        return False


class Plain:
    def __hash__(self):
        return 11

    def __eq__(self, other):
        return NotImplemented


m = {}
m[Plain()] = "old"
probe = Mutator(m)
print(m.get(probe), len(m), list(m.values()), probe.done)
m2 = {Plain(): "a"}
probe2 = Mutator(m2)
m2[probe2] = "b"
print(len(m2), sorted(m2.values()), probe2.done)

# setdefault: one lookup, the stored default is returned; errors as CPython's.
sd = {}
for i in range(300):
    sd.setdefault(i % 7, []).append(i)
print(sorted((k, len(v)) for k, v in sd.items()))
print(sd.setdefault("new"), sd["new"], sd.setdefault("new", 5))
print(sd.setdefault((1, 2), "t"), sd.setdefault((1.0, 2), "u"))
for bad in ([1], {}, (1, [2])):
    try:
        sd.setdefault(bad, 0)
    except TypeError as e:
        print("TypeError:", e)
try:
    sd.setdefault()
except TypeError as e:
    print("TypeError:", e)
try:
    sd.setdefault(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
calls.clear()
kd = {Key("k"): "v"}
print(kd.setdefault(Key("k"), "other"), kd.setdefault(Key("j", 8), "new"), len(kd), calls)

# Growth, deletion and reinsertion keep insertion order.
g = {}
for i in range(1000):
    g["k%d" % i] = i
for i in range(0, 1000, 2):
    del g["k%d" % i]
for i in range(0, 100, 3):
    g["k%d" % i] = -i
keys = list(g)
print(len(g), keys[:5], keys[-5:], g["k999"], g.get("k0"), g.get("k2"))
while len(g) > 3:
    g.popitem()
print(g)
h = dict.fromkeys(range(20))
for i in range(20):
    if i % 3:
        del h[i]
h.update({i: i for i in range(100, 110)})
print(list(h), h.setdefault(100), h.setdefault(0, "z"))
