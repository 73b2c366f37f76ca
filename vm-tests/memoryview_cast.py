# memoryview.cast: formats, shapes (1-D <-> N-D), strides and contiguity, 0-dim views,
# multi-dimensional tolist/tobytes, and CPython's errors.
import array


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


buf = bytearray(range(1, 17))
m = memoryview(buf)
print("-- formats")
for fmt in "cbB?hHiIlLqQnNfdP":
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.nbytes, c.shape, c.strides, len(c), c[0])
print(m.cast("@i").format, m.cast("i").tolist())
for fmt in ("e", "w", "x", "ii", "<i", "@", "", "s", "Z"):
    t(lambda: m.cast(fmt))
t(lambda: m.cast(1))
t(lambda: m.cast())
t(lambda: m.cast(format="B", shape=[16]).shape)
t(lambda: m.cast("B", foo=1))

print("-- writing through casts")
h = m.cast("h")
h[0] = -1
h[1] = 0x0102
print(buf[:4], h.tolist()[:3])
t(lambda: h.__setitem__(0, 40000))
f = m.cast("f")
f[1] = 1.5
print(f[1], buf[4:8])
f[2] = 1e300
print(f[2])
q = m.cast("?")
q[0] = []
q[1] = "x"
print(q[0], q[1], buf[:2])
c = m.cast("c")
c[0] = b"Z"
print(c[0], buf[0])
t(lambda: c.__setitem__(0, b"ab"))
t(lambda: c.__setitem__(0, 65))
t(lambda: c.__setitem__(0, "A"))

print("-- shapes")
g = m.cast("B", (4, 4))
print(g.shape, g.strides, g.ndim, g.nbytes, g.c_contiguous, g.f_contiguous, g.contiguous)
print(g.tolist())
print(g.tobytes() == bytes(buf), g.tobytes("F")[:6], g.tobytes("A") == bytes(buf), g.hex()[:8])
print(g[1, 2], g[-1, -1], g[0, 0])
g[1, 2] = 99
print(buf[6])
t(lambda: g[0])
t(lambda: g[4, 0])
t(lambda: g[0, -5])
t(lambda: g[0, 0, 0])
t(lambda: g[1:2, 0:1])
t(lambda: g[1:2].tolist())
t(lambda: g["x"])
t(lambda: len(g))
t(lambda: list(g))
t(lambda: g.tobytes("X"))
print(g[1:3].shape, g[1:3].tolist(), g[::2].strides)
back = g.cast("B")
print(back.shape, back.tolist()[:4])
i2 = m.cast("i", [2, 2])
print(i2.tolist(), i2.strides)
t(lambda: g.cast("B", (16,)).shape)
t(lambda: g.cast("h", (2, 4)))
t(lambda: m.cast("B", (3, 5)))
t(lambda: m.cast("B", (0, 16)))
t(lambda: m.cast("B", (-1,)))
t(lambda: m.cast("B", ("a",)))
t(lambda: m.cast("B", 16))
t(lambda: m.cast("B", [1] * 65))
t(lambda: m.cast("h").cast("i"))
t(lambda: m[:15].cast("h"))
t(lambda: m[::2].cast("B"))
t(lambda: memoryview(b"").cast("B", (0,)))
print(memoryview(b"").cast("i").shape)

print("-- 0-dim")
z = m[:4].cast("i", ())
print(z.shape, z.strides, z.ndim, z.nbytes, z.itemsize, z.tolist(), z[()], z.c_contiguous)
print(z[...] is z, z.tobytes() == bytes(buf[:4]))
z[()] = 7
print(buf[:4])
z[...] = 8
print(buf[:4])
t(lambda: len(z))
t(lambda: z[0])
t(lambda: iter(z))
t(lambda: z.__setitem__(0, 1))
t(lambda: m.cast("i", ()))

print("-- strided views")
s = memoryview(b"abcdefgh")[::2]
print(s.shape, s.strides, s.c_contiguous, s.f_contiguous, s.contiguous, s.tobytes(), s.nbytes)
r = memoryview(b"abcdefgh")[::-3]
print(r.tolist(), r.strides, r.tobytes())
e = memoryview(b"abc")[1:1]
print(e.shape, e.c_contiguous, e.tolist(), e.tobytes())
t(lambda: s.cast("B"))
print(bytes(s), bytearray(s), b"-".join([s[:1], b"x"]))
for op in (lambda: b"-".join([s, b"x"]), lambda: b"abc".find(s), lambda: s in b"abc",
           lambda: b"ab".startswith(s), lambda: b"ab" + s, lambda: bytearray(b"ab") + s,
           lambda: str(s, "ascii"), lambda: b"%s" % s, lambda: bytes(s)):
    t(op)
one = memoryview(b"abcd")[1:2]
print(one.c_contiguous, one.f_contiguous, bytes(one))

print("-- warm-up: cast views read 200 times, then rewritten")
data = bytearray(8)
words = memoryview(data).cast("I")


def bump(v, i):
    v[i] = (v[i] + 3) & 0xFFFFFFFF
    return v[i]


total = 0
for k in range(200):
    total += bump(words, k % 2)
print(total, words.tolist())
data[0:4] = b"\xff\xff\xff\xff"
print(bump(words, 0), words.tolist())
words = memoryview(data).cast("b")
for k in range(200):
    bump(words, 0) if False else None
t(lambda: bump(words, 0))
