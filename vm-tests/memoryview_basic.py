# memoryview over bytes, bytearray, array and memoryview: attributes, indexing, slicing,
# writes through, tolist/tobytes/hex, iteration, ==, hash, release and `with`.
import array


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


def attrs(m):
    return (m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly,
            m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, len(m))


print("-- over bytes")
src = b"hello world"
m = memoryview(src)
print(attrs(m), m.obj is src, type(m).__name__)
print(m[0], m[-1], m[4], m[1:5].tobytes(), m[::-1].tobytes(), m[::3].tolist())
print(m.tobytes(), m.tolist()[:3], m.hex(), m.hex(" "), m.hex(":", 3), m.hex("-", -4))
print(bytes(m[6:]), bytearray(m[:5]), list(m[:3]), [x for x in m[8:]])
print(repr(m).startswith("<memory at 0x"), str(m) == repr(m))
t(lambda: m.__setitem__(0, 1))
t(lambda: m.__delitem__(0))
t(lambda: m[11])
t(lambda: m[-12])
t(lambda: m["a"])
t(lambda: m[1.5])
t(lambda: m[0, 1])
print(m[2:2].tobytes(), len(m[100:]))
t(lambda: m[...])

print("-- over bytearray: writes go through")
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(attrs(m))
m[0] = 65
m[-1] = ord("F")
print(ba)
m[1:3] = b"XY"
print(ba)
m[::2] = b"123"
print(ba)
sub = m[2:5]
sub[0] = 0x7A
print(ba, sub.tobytes(), sub.obj is ba)
ba[3] = 0x21
print(sub.tolist(), m.tobytes())
t(lambda: m.__setitem__(0, 256))
t(lambda: m.__setitem__(0, -1))
t(lambda: m.__setitem__(0, "a"))
t(lambda: m.__setitem__(0, 1.0))
t(lambda: m.__setitem__(slice(0, 2), b"xyz"))
t(lambda: m.__setitem__(slice(0, 2), [1, 2]))
t(lambda: m.__setitem__(slice(0, 2), bytearray(b"qq")))
t(lambda: m.__setitem__(10, 1))
print(ba)


class Idx:
    def __index__(self):
        return 2


m[Idx()] = 0x40
print(ba, m[Idx()])

print("-- over array")
a = array.array("h", [1, -2, 300])
m = memoryview(a)
print(attrs(m), m.tolist(), m[1], m[-1])
m[0] = -32768
print(a)
t(lambda: m.__setitem__(0, 40000))
t(lambda: m.__setitem__(0, "x"))
d = memoryview(array.array("d", [0.5, 1.5]))
print(attrs(d), d.tolist())
d[0] = 7
print(d.tolist(), d.obj)
t(lambda: d.__setitem__(1, "x"))
u = memoryview(array.array("u", "hi"))
print(u.format, u.itemsize, u.nbytes)
t(lambda: u[0])
t(lambda: u.tolist())

print("-- memoryview of memoryview")
base = bytearray(b"0123456789")
m1 = memoryview(base)[2:8]
m2 = memoryview(m1)
print(m2.obj is base, m2.tobytes(), attrs(m2))
m2[0] = ord("x")
print(base)

print("-- equality")
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == bytearray(b"abc"),
      memoryview(b"abc") != b"abd", memoryview(b"abc") == "abc",
      memoryview(b"abc") == memoryview(b"abc"), memoryview(b"ab") == b"abc")
print(memoryview(array.array("i", [1, 2])) == array.array("l", [1, 2]),
      memoryview(array.array("i", [1, 2])) == [1, 2],
      memoryview(array.array("d", [1.0])) == array.array("i", [1]),
      memoryview(array.array("d", [float("nan")])) == array.array("d", [float("nan")]))
mm = memoryview(b"zz")
print(mm == mm, mm[::2] == b"z", memoryview(b"abcd")[::2] == b"ac")
t(lambda: memoryview(b"a") < memoryview(b"b"))
t(lambda: memoryview(b"a") >= b"a")

print("-- hash")
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abcd")[::2]) == hash(b"ac"))
t(lambda: hash(memoryview(bytearray(b"x"))))
t(lambda: hash(memoryview(b"abcd").cast("h")))
t(lambda: hash(memoryview(bytearray(b"q")).toreadonly()))
print({memoryview(b"k"): 1}[b"k"])

print("-- release and with")
ba = bytearray(b"xyz")
with memoryview(ba) as m:
    print(m.tobytes(), m.readonly)
ba.append(0x21)
print(ba, repr(m).startswith("<released memory at 0x"))
for op in (lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.tolist(),
           lambda: m.obj, lambda: m.format, lambda: m.shape, lambda: m.nbytes,
           lambda: m.cast("b"), lambda: hash(m), lambda: m.hex(), lambda: list(m),
           lambda: m.__enter__(), lambda: bytes(m), lambda: m.toreadonly()):
    t(op)
print(m.release(), m == m, m == b"xyz")
m = memoryview(b"abc")
m.release()
m.release()

print("-- constructor errors")
t(lambda: memoryview(1))
t(lambda: memoryview("abc"))
t(lambda: memoryview())
t(lambda: memoryview(b"a", b"b"))
t(lambda: memoryview(object=b"kw").tobytes())
t(lambda: memoryview(obj=b"kw"))


try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("subclass:", e)


print("-- readonly views")
r = memoryview(bytearray(b"abc")).toreadonly()
print(r.readonly, r.tobytes())
t(lambda: r.__setitem__(0, 1))


print("-- warm-up: the same accesses 200 times, then the buffer changes")


def read_write(view, i):
    view[i] = (view[i] + 1) % 256
    return view[i], view[i:i + 2].tobytes(), len(view)


buf = bytearray(range(16))
view = memoryview(buf)
acc = 0
for k in range(200):
    v, s, n = read_write(view, k % 16)
    acc += v + len(s) + n
print(acc, buf[:4])
view.release()
buf.extend(b"more")
t(lambda: read_write(view, 0))
view = memoryview(array.array("B", range(20)))
for k in range(200):
    read_write(view, k % 20)
print(view.tolist()[:5], read_write(view, 19))
view = memoryview(bytearray(3)).cast("c")
t(lambda: read_write(view, 0))
