# `s += t` in a loop (appended in place when nothing else refers to `s`): every reader
# sees the right text, and other references to an earlier value never change.


def build(n):
    s = ""
    for i in range(n):
        s += "ab" + str(i % 10)
    return s


for _ in range(200):  # warm-up: the loop's `+=` is specialised
    build(20)
s = build(3000)
print(len(s), s[:12], s[-6:], s.count("ab"), s.find("ab9"), s.rfind("ab0"))
print(hash(s) == hash("".join("ab" + str(i % 10) for i in range(3000))))
print(s == "".join("ab" + str(i % 10) for i in range(3000)), s < s + "x", s[::1000])


def aliases():
    s = "start"
    kept = [s]
    other = s
    for i in range(6):
        s += "-" + str(i)
        kept.append(s)
        if i == 2:
            other = s
        s += "."
    return s, other, kept


for _ in range(200):
    r = aliases()
print(r)


def reads_between():
    s = "x"
    seen = []
    for i in range(8):
        s += "yz"[i % 2]
        if len(s) % 3 == 0:
            seen.append((s, hash(s) == hash(str(s)), s.upper(), {s: 1}[s]))
        s += "é" if i == 5 else ""
    return s, seen


for _ in range(200):
    r = reads_between()
print(r)


def unicode_text():
    s = "é"
    lens = []
    for c in "日本語😀a":
        s += c
        lens.append((len(s), s[-1], s[1:3]))
    return s, lens, s.isascii(), s.encode("utf-8")


for _ in range(200):
    r = unicode_text()
print(r)


def identities():
    s = "abc"
    t = s
    s += ""
    same_left = s is t
    e = ""
    e += t
    same_right = e is t
    s += s
    doubled = s
    s += s
    return same_left, same_right, doubled, s, t


for _ in range(200):
    r = identities()
print(r)


class S(str):
    def __add__(self, other):
        return "S+" + str(other)

    def __radd__(self, other):
        return "radd:" + str(other)


def subclasses():
    s = "x"
    for _ in range(3):
        s += S("y")
    u = S("u")
    u += "v"
    w = S("w")
    w = w + "z"
    return s, type(s).__name__, u, type(u).__name__, w


for _ in range(200):
    r = subclasses()
print(r)


def plain_rebind():
    s = "p"
    for i in range(5):
        s = s + str(i)
    t = "q"
    for i in range(5):
        t = t + t[-1]
    return s, t


for _ in range(200):
    r = plain_rebind()
print(r)


def keys_and_sets():
    d = {}
    for word in ("alpha", "beta", "alpha", "gamma", "beta"):
        k = ""
        for c in word:
            k += c
        d[k] = d.get(k, 0) + 1
    built = set()
    k = ""
    for c in "beta":
        k += c
    built.add(k)
    return d, "beta" in built, k in {"beta": 1}, sorted(d)


for _ in range(200):
    r = keys_and_sets()
print(r)

g = "glob"
for i in range(5):
    g += str(i)
print(g, len(g))


def cells():
    s = "c"

    def more():
        nonlocal s
        for i in range(4):
            s += str(i)

    more()
    return s


for _ in range(200):
    r = cells()
print(r)


def errors():
    s = "a"
    try:
        s = s + 1
    except TypeError as e:
        print("TypeError:", e)
    n = 5
    try:
        n += "x"
    except TypeError as e:
        print("TypeError:", e)
    return s


print(errors())


def big():
    s = ""
    for i in range(36000):
        s += "<td>" + str(i) + "</td>"
    return len(s), s[-12:]


print(big())
