# Instance attributes keep per-instance insertion order (what __dict__, vars(), dir() and
# a dict-based repr show), however instances of one class are built, before and after the
# attribute code is warmed up; deleting and re-adding attributes moves them to the end.


class P:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

    def __repr__(self):
        return "P(" + ", ".join(f"{k}={v}" for k, v in self.__dict__.items()) + ")"


def build(order):
    return P(order)


def show(label, obj):
    print(label, list(vars(obj)), [n for n in dir(obj) if not n.startswith("__")])


orders = ["abc", "acb", "bca", "cab", "ab", "abcd", "", "dcba"]
for o in orders:
    show(o or "-", build(o))

# The same access code run many times first, then each order again.
def read_all(obj):
    return obj.a, getattr(obj, "b", None), getattr(obj, "c", None)

warm = [build("abc") for _ in range(200)]
total = 0
for w in warm:
    total += len(read_all(w)[0])
print("warm", total)
for o in orders:
    obj = build(o)
    print(o or "-", [getattr(obj, k) for k in obj.__dict__], repr(obj))


# Plain attribute assignment in __init__ with different branches.
class Q:
    def __init__(self, flag):
        if flag:
            self.x = 1
            self.y = 2
        else:
            self.y = 2
            self.x = 1
        self.z = 3


def q_sum(q):
    return q.x + q.y + q.z


qs = [Q(i % 2 == 0) for i in range(300)]
print(sum(q_sum(q) for q in qs))
print(list(vars(qs[0])), list(vars(qs[1])))


# Deleting and re-adding.
def del_readd(names, delete, readd):
    obj = P(names)
    for d in delete:
        delattr(obj, d)
    for r in readd:
        setattr(obj, r, r * 2)
    return list(vars(obj).items())


for _ in range(200):
    del_readd("abc", "c", "c")
print(del_readd("abc", "c", "c"))
print(del_readd("abc", "a", "a"))
print(del_readd("abc", "b", "bd"))
print(del_readd("abc", "cb", "bc"))
print(del_readd("abc", "abc", "cab"))
print(del_readd("abcd", "d", "e"))


# Deleting the last attribute, then the same code adds it again, many times.
class R:
    pass


def cycle(r, i):
    r.tmp = i
    v = r.tmp
    del r.tmp
    return v


r = R()
r.keep = 1
print(sum(cycle(r, i) for i in range(300)), list(vars(r)))
r.tmp = "again"
print(list(vars(r).items()))
try:
    del r.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
del r.keep
print(vars(r))
try:
    del r.keep
except AttributeError as e:
    print("AttributeError:", e)

# Updating values never changes the order.
class S:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


def bump(s):
    s.b += 1
    s.a += 1


s = S()
for _ in range(250):
    bump(s)
print(vars(s))
s.a = "first"
s.c = None
print(vars(s))

# Instances built the same way agree; instances built differently do not disturb them.
xs = [S() for _ in range(5)]
xs[2].d = 4
xs[3].a = "x"
del xs[4].b
for x in xs:
    print(vars(x))
