# Many attributes (past the point where instances keep their keys shared), names built at
# run time, str subclasses as names, and instances of one class that differ widely — all
# read back in insertion order, also after the access code was warmed up.


class Bag:
    pass


def fill(n, prefix="a"):
    b = Bag()
    for i in range(n):
        setattr(b, f"{prefix}{i}", i)
    return b


def total(b, n, prefix="a"):
    return sum(getattr(b, f"{prefix}{i}") for i in range(n))


for _ in range(200):
    total(fill(5), 5)

for n in (0, 1, 29, 30, 31, 32, 45, 100):
    b = fill(n)
    names = list(vars(b))
    print(n, total(b, n), len(names), names[:3], names[-2:])

# An instance with many attributes keeps working: update, delete, re-add, __dict__.
big = fill(40)
big.a3 = "three"
del big.a10
big.a10 = "ten"
big.extra = 1
print(big.a3, big.a10, list(vars(big))[-3:], len(vars(big)))
d = big.__dict__
d["a0"] = "zero"
print(big.a0, d is vars(big))
big.a39 = -1
print(d["a39"])

# Attribute names made at run time (not the interned literal) find the same attribute.
class Named:
    def __init__(self):
        self.alpha = 1
        self.beta = 2


def by_name(obj, part):
    return getattr(obj, "al" + part)


objs = [Named() for _ in range(200)]
print(sum(by_name(o, "pha") for o in objs))
o = objs[0]
setattr(o, "".join(["be", "ta"]), 20)
print(o.beta, vars(o))
print(hasattr(o, "gam" + "ma"), getattr(o, "gam" + "ma", "default"))
delattr(o, "".join(["al", "pha"]))
print(vars(o))


# str subclasses as names.
class Name(str):
    pass


n = Named()
setattr(n, Name("gamma"), 3)
print(n.gamma, vars(n))
print(getattr(n, Name("alpha")), hasattr(n, Name("beta")))
setattr(n, Name("alpha"), 10)
print(n.alpha, vars(n))

# Bad names.
for bad in (1, None, b"x"):
    try:
        setattr(n, bad, 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        getattr(n, bad)
    except TypeError as e:
        print("TypeError:", e)


# Many instances, each with a different set of attributes.
class Var:
    def __init__(self, k):
        for i in range(k % 7):
            setattr(self, "f%d" % ((i * 3 + k) % 11), i)


vs = [Var(k) for k in range(300)]
print(sum(len(vars(v)) for v in vs), list(vars(vs[13])), list(vars(vs[299])))


def read_f(v):
    return getattr(v, "f1", None)


print(sum(read_f(v) or 0 for v in vs))
vs[13].__dict__["f1"] = 100
print(read_f(vs[13]))

# The same name on instances of different classes.
class A:
    def __init__(self):
        self.x = "A"


class B:
    def __init__(self):
        self.y = 0
        self.x = "B"


def get_x(o):
    return o.x


mixed = [A() if i % 3 else B() for i in range(300)]
print("".join(get_x(m) for m in mixed[:12]), sum(get_x(m) == "B" for m in mixed))
