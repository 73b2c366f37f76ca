# A str's text lives in the str's own allocation (one per str); strs built by `s += t`, str
# subclasses (with or without a dict) and interned strs keep working; sizes grow with the
# text — before and after warm-up.
import sys


def words(n):
    out = []
    for i in range(n):
        out.append("w" * (i % 70) + str(i))
        out.append("é" * (i % 5) + "日本" * (i % 3) + "\U0001f600" * (i % 2) + str(i))
    return out


def check_words(ws):
    total = 0
    for w in ws:
        total += len(w) + len(w[1:]) + len(w[::-1]) + (w == w[:] + "")
        total += hash(w) == hash("".join(list(w)))
    return total


def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
        s += str(i % 10)
    return s


class S(str):
    pass


class Slotted(str):
    __slots__ = ()


def use_subclasses(i):
    s = S("abc" + str(i))
    s.tag = i
    s.me = [s]  # a cycle through the dict of a str subclass instance: the collector's
    t = Slotted("é" + str(i))
    d = {s: 1, t: 2}
    return (
        len(s),
        s + "x",
        s.upper(),
        s.tag,
        d["abc" + str(i)],
        d["é" + str(i)],
        type(s).__name__,
        type(s + "").__name__,
        str(t) == t,
        type(str(t)).__name__,
        hash(s) == hash("abc" + str(i)),
        s.me[0] is s,
        sorted(vars(s)),
    )


def sizes():
    out = []
    out.append(sys.getsizeof("") < sys.getsizeof("a") <= sys.getsizeof("ab"))
    out.append(sys.getsizeof("x" * 2000) - sys.getsizeof("x" * 1000))
    prev = 0
    grows = True
    for n in range(0, 300, 7):
        size = sys.getsizeof("y" * n)
        grows = grows and size >= prev and size >= n
        prev = size
    out.append(grows)
    out.append(sys.getsizeof(S("abc")) > sys.getsizeof("abc"))
    out.append(sys.getsizeof(build(50, "ab")) >= 150)
    out.append("abc".__sizeof__() > 0)
    return out


def run():
    ws = words(40)
    out = [check_words(ws), len(ws)]
    b = build(120, "ab")
    out += [len(b), b[:8], b[-6:], hash(b) == hash("ab0ab1ab2ab3" + b[12:])]
    # a built str used as a key, then grown again (copy: another reference exists)
    d = {b: "built"}
    c = b
    c += "!"
    out += [d[b], len(c), len(b), c.endswith("!"), b.endswith("9")]
    u = build(40, "ü")
    out += [len(u), u[:6], u.encode()[:6]]
    out.append(use_subclasses(7))
    name = "".join(["inter", "ned_name"])
    out += [sys.intern(name) is sys.intern("interned_name"), name == "interned_name"]
    out.append(sizes())
    return out


first = run()
for _ in range(200):
    assert run() == first
print(first)
import gc
use_subclasses(1)
print(gc.collect() > 0)
# the same after warm-up, with edge cases
print(repr(""), len(""), "" + "", "" * 5, ("a" + "")[0:0] == "")
s = ""
for ch in "héllo wörld \U0001f600":
    s += ch
print(s, len(s), s[::-1], s.upper(), s.split(" "))
t = S("")
t += "x"
print(repr(t), type(t).__name__)
print(sorted(words(20))[:4])
