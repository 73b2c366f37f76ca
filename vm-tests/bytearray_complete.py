# bytearray: every bytes method (results are bytearrays), the mutators, slice assignment
# and deletion (extended slices too), in-place + and * on the same object, comparisons
# with bytes, construction from buffers, hex/fromhex, and CPython's errors.
import array


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


print("-- the method set")
print(sorted(set(dir(bytearray)) - set(dir(object))))
print(sorted(set(dir(bytes)) - set(dir(bytearray))), sorted(set(dir(bytearray)) - set(dir(bytes))))

print("-- bytes methods on a bytearray")
b = bytearray(b"Hello World  ")
calls = [
    ("capitalize", ()), ("center", (20, b"*")), ("count", (b"l",)), ("count", (108, 3)),
    ("decode", ()), ("endswith", ((b"  ", b"x"),)), ("expandtabs", ()), ("find", (b"o",)),
    ("find", (111, 5)), ("index", (b"W",)), ("isalnum", ()), ("isalpha", ()), ("isascii", ()),
    ("isdigit", ()), ("islower", ()), ("isspace", ()), ("istitle", ()), ("isupper", ()),
    ("join", ([b"a", b"b"],)), ("ljust", (15, b".")), ("lower", ()), ("lstrip", (b"He",)),
    ("partition", (b" ",)), ("removeprefix", (b"Hell",)), ("removesuffix", (b"  ",)),
    ("replace", (b"l", b"L", 2)), ("rfind", (b"o",)), ("rindex", (b"l",)), ("rjust", (15,)),
    ("rpartition", (b"o",)), ("rsplit", (None, 1)), ("rstrip", ()), ("split", ()),
    ("splitlines", ()), ("startswith", (b"Hell",)), ("strip", ()), ("swapcase", ()),
    ("title", ()), ("translate", (None, b"lo")), ("upper", ()), ("zfill", (16,)), ("hex", ()),
]
for name, args in calls:
    r = getattr(b, name)(*args)
    print(" ", name, repr(r), type(r).__name__)
print(b.split(b"l"), b.rsplit(b"o"), b.partition(b"zz"), type(b.split()[0]).__name__)
print(bytearray(b"a\tb").expandtabs(4), bytearray(b"ab\ncd\r\n").splitlines(True))
print(bytearray.maketrans(b"ab", b"xy"), b.translate(bytearray.maketrans(b"lo", b"01")))
print(b.find(memoryview(b"World")), b.startswith(array.array("B", b"He")),
      bytearray(b"a,b").split(bytearray(b",")), b.replace(memoryview(b"l"), b""))
print(b"-".join([bytearray(b"a"), memoryview(b"b"), array.array("B", b"c")]),
      bytearray(b"-").join([b"x", b"y"]))
t(lambda: b.find("o"))
t(lambda: b.find(256))
t(lambda: b.join([b"a", 1]))
t(lambda: b.center(20, b"ab"))
t(lambda: b.index(b"zz"))
t(lambda: b.startswith("H"))
t(lambda: b.decode("nope"))

print("-- hex and fromhex")
h = bytearray(b"\x01\x02\x03\x04\x05")
print(h.hex(), h.hex(":"), h.hex(b"-", 2), h.hex(" ", -2), h.hex("|", 0), bytes(h).hex(":", 3))
print(memoryview(h).hex("."), bytearray().hex(":"))
t(lambda: h.hex("::"))
t(lambda: h.hex(""))
t(lambda: h.hex(5))
t(lambda: h.hex("é"))
t(lambda: h.hex(":", "x"))
print(bytearray.fromhex("de ad BE EF"), bytearray.fromhex(""), type(bytearray.fromhex("00")).__name__)
t(lambda: bytearray.fromhex("zz"))
t(lambda: bytearray.fromhex("abc"))
t(lambda: bytearray.fromhex(b"ab"))

print("-- mutators")
m = bytearray(b"abc")
m.append(100)
m.extend(b"ef")
m.extend([103, 104])
m.extend(memoryview(b"i"))
m.extend(array.array("B", [106]))
m.extend(x for x in b"kl")
m.insert(0, 64)
m.insert(-1, 33)
m.insert(100, 35)
m.insert(-100, 36)
print(m, len(m))
print(m.pop(), m.pop(0), m.pop(-2), m)
m.remove(m[1])
print(m)
c = m.copy()
c.reverse()
print(c, m, c is m)
c.clear()
print(c, len(c), m.__alloc__() > len(m), bytearray().__alloc__())
for op in (lambda: m.append(256), lambda: m.append(-1), lambda: m.append("a"),
           lambda: m.append(1.0), lambda: m.extend([1, 300]), lambda: m.extend("abc"),
           lambda: m.extend(5), lambda: m.extend([1, "x"]), lambda: m.insert(0, 256),
           lambda: m.insert("0", 1), lambda: m.remove(200), lambda: m.remove("a"),
           lambda: m.pop(100), lambda: bytearray().pop(), lambda: m.pop("x")):
    t(op)
print(m)

print("-- items and slices")
s = bytearray(b"0123456789")
s[0] = 65
s[-1] = 0x5A
print(s, s[0], s[-1], s[2:5], s[::3], s[::-1], type(s[1:2]).__name__)
s[1:3] = b"xyz"
print(s)
s[0:0] = [1, 2]
print(s)
s[2:4] = memoryview(b"MM")
print(s)
s[:2] = b""
print(s)
s[::2] = b"abcdef"
print(s)
s[::-3] = bytearray(b"1234")
print(s)
s[8:2] = b"<>"
print(s)
s[4:6] = array.array("B", b"!!")
print(s)
s[:] = s
print(s)
s[3:] = s[:3]
print(s)
del s[0]
del s[-1]
del s[::2]
print(s)
s = bytearray(b"abcdefgh")
del s[1:7:3]
del s[100:]
del s[::-2]
print(s)
for op in (lambda: s.__setitem__(0, 256), lambda: s.__setitem__(0, "a"), lambda: s.__setitem__(100, 1),
           lambda: s.__setitem__(slice(0, 1), 5), lambda: s.__setitem__(slice(0, 1), "ab"),
           lambda: s.__setitem__(slice(0, 1), [256]), lambda: s.__setitem__(slice(None, None, 2), b"x"),
           lambda: s.__setitem__("a", 1), lambda: s.__delitem__(100), lambda: s.__getitem__(100),
           lambda: s.__getitem__("a"), lambda: s.__getitem__(1.0)):
    t(op)

print("-- += and *= keep the object")
g = bytearray(b"ab")
alias = g
g += b"cd"
g += memoryview(b"e")
g += bytearray(b"f")
print(g is alias, g)
g *= 2
print(g is alias, g)
g *= 0
print(g is alias, g)
for op in (lambda: g.__iadd__("x"), lambda: g.__iadd__(5), lambda: g.__iadd__([1])):
    t(op)


def imul(x, n):
    x *= n
    return x


t(lambda: imul(g, 1.5))
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + memoryview(b"!"),
      bytearray(b"ab") * 2, 3 * bytearray(b"x"), bytearray(b"%d:%s") % (5, b"v"))
t(lambda: bytearray(b"a") + "b")
t(lambda: bytearray(b"a") + 1)
t(lambda: bytearray(b"a") * "b")
t(lambda: bytearray(b"a") + memoryview(b"abcd")[::2])

print("-- comparisons and hashing")
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") < b"abd",
      bytearray(b"b") > bytearray(b"abc"), bytearray(b"") <= b"", bytearray(b"a") == "a",
      bytearray(b"abc") == memoryview(b"abc"), bytearray(b"x") != array.array("B", b"x"))
t(lambda: bytearray(b"a") < "a")
t(lambda: bytearray(b"a") < 1)
t(lambda: hash(bytearray(b"a")))
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), memoryview(b"c") in bytearray(b"abc"))
t(lambda: "a" in bytearray(b"abc"))
t(lambda: 256 in bytearray(b"abc"))

print("-- construction")
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"x"), bytearray(memoryview(b"mv")),
      bytearray(array.array("h", [1])), bytearray("é", "utf-8"), bytearray(range(3)),
      bytearray(memoryview(b"abcdef")[::2]), bytearray(source=b"kw"))
for args in [(-1,), ("abc",), ([256],), (["a"],), (1.5,), (b"x", "utf-8"), ("x", "nope"),
             (None,)]:
    t(lambda: bytearray(*args))

print("-- warm-up: 200 mutations through the same paths, then the types change")


def churn(buf, k):
    buf.append(k & 0xFF)
    buf[0] = k & 0x7F
    buf[1:3] = bytes([k & 0xFF, 0])
    del buf[-1]
    return len(buf), buf[0]


w = bytearray(b"xyz")
total = 0
for k in range(200):
    n, first = churn(w, k)
    total += n + first
print(total, len(w), w[:4])
view = memoryview(w)
t(lambda: churn(w, 1))
view.release()
print(churn(w, 2))
t(lambda: churn(bytes(w), 3))
t(lambda: churn(bytearray(b"q"), 300))
