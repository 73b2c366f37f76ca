# `s += t` grows a str nobody else holds in place (linear, not quadratic); it must never
# change a str that another name, container, closure or frame can see.


def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


big = build(200000, "abcde")
print(len(big), big[:7], big[-7:], big.count("e"))

# aliases taken at every step keep their own text
def aliases():
    s = "start"
    seen = []
    for i in range(300):
        s += str(i % 10)
        seen.append(s)
    return s, seen


s, seen = aliases()
print(len(s), seen[0], seen[1], seen[9], len(seen[-1]), seen[-1] is s)
print(all(len(x) == 5 + i + 1 for i, x in enumerate(seen)))

# module-level (STORE_NAME) and global (STORE_GLOBAL) accumulation
g = ""
for i in range(1000):
    g += "xy"
print("module", len(g))
keep = g
g += "z"
print("module alias", len(keep), len(g), keep[-1], g[-1])

G = ""


def add_global(n):
    global G
    for i in range(n):
        G += "q"
        if i == 500:
            snap = G
    return snap


snap = add_global(1000)
print("global", len(G), len(snap))


class Body:
    text = ""
    for i in range(100):
        text += "c"
    alias = text
    text += "!"


print("class body", len(Body.text), len(Body.alias), Body.text[-1], Body.alias[-1])

# a closure's variable (a cell), an attribute, an item: plain concatenation
def closure():
    s = ""

    def add(t):
        nonlocal s
        s += t
        return s

    out = [add("a") for _ in range(50)]
    return s, out


cs, outs = closure()
print("closure", len(cs), [len(x) for x in outs[:5]], outs[3])


class Holder:
    pass


h = Holder()
h.s = ""
d = {"k": ""}
lst = [""]
for i in range(300):
    h.s += "a"
    d["k"] += "b"
    lst[0] += "c"
print("attr/item", len(h.s), len(d["k"]), len(lst[0]))

# the same object on both sides, and empty operands
s = "ab"
for _ in range(10):
    s += s
print("self", len(s), s[:6])
e = ""
e += ""
x = "keep"
y = x
x += ""
print("empty", repr(e), x is y, x)
z = ""
z += "abc"
print("from empty", z)

# str subclasses are not strs for this
class S(str):
    def __add__(self, other):
        return S("S(" + str.__add__(self, other) + ")")


for _ in range(200):
    t = S("a")
    t += "b"
print("subclass", t, type(t).__name__)
u = "a"
u += S("b")
print("subclass right", u, type(u).__name__)

# a generator suspended between steps sees its own value
def gen():
    s = ""
    for i in range(5):
        s += str(i)
        yield s


print("generator", list(gen()))

# interned / constant strs are never changed
def const():
    s = "const"
    s += "ant"
    return s


for _ in range(200):
    const()
print("const", const(), "const", "const" + "ant" == const())

# errors keep CPython's messages
try:
    s = "a"
    s += 1
except TypeError as e:
    print("TypeError", e)
try:
    n = 1
    n += "a"
except TypeError as e:
    print("TypeError", e)
