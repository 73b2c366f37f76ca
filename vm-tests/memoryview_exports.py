# Live buffer exports freeze the exporter's size: a bytearray or array under a memoryview
# refuses every resize with BufferError, allows same-size writes, and resizes again once
# every view (and every slice or cast of it) is released or gone.
import array
import gc


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


def resizes(b):
    """Every size-changing operation on a bytearray, each tried once."""
    ops = [
        ("append", lambda: b.append(1)),
        ("extend", lambda: b.extend(b"xy")),
        ("insert", lambda: b.insert(0, 1)),
        ("pop", lambda: b.pop()),
        ("remove", lambda: b.remove(b[0])),
        ("clear", lambda: b.clear()),
        ("iadd", lambda: b.__iadd__(b"z")),
        ("imul2", lambda: b.__imul__(2)),
        ("del item", lambda: b.__delitem__(0)),
        ("del slice", lambda: b.__delitem__(slice(0, 2))),
        ("grow slice", lambda: b.__setitem__(slice(0, 1), b"abc")),
        ("shrink slice", lambda: b.__setitem__(slice(0, 2), b"")),
    ]
    for name, op in ops:
        try:
            op()
            print(" ", name, "ok", bytes(b))
        except BufferError as e:
            print(" ", name, "BufferError", e)


print("-- bytearray with one view")
b = bytearray(b"abcdef")
m = memoryview(b)
resizes(b)
print("  same-size writes:")
b[0:2] = b"XY"
b[::2] = b"123"
b[5] = 0x21
b *= 1
b += b""
b.extend(b"")
b.reverse()
print(" ", b, m.tobytes())
m.release()
resizes(b)

print("-- slices and casts keep the export")
b = bytearray(b"0123456789")
m = memoryview(b)
s = m[2:5]
c = m.cast("c")
m.release()
t(lambda: b.append(1))
s.release()
t(lambda: b.append(1))
c.release()
t(lambda: b.append(1))
print(b)

print("-- memoryview(view) and with blocks")
b = bytearray(b"ab")
with memoryview(b) as outer:
    inner = memoryview(outer)
    t(lambda: b.pop())
t(lambda: b.pop())
del inner
t(lambda: b.pop())
print(b)

print("-- views freed by refcount and by the collector")
b = bytearray(b"xyz")
m = memoryview(b)
t(lambda: b.clear())
del m
t(lambda: b.clear())
b = bytearray(b"cycle")


class Holder:
    pass


h = Holder()
h.view = memoryview(b)
h.me = h
del h
t(lambda: b.append(33))
gc.collect()
t(lambda: b.append(33))
print(b)

print("-- array with a view")
a = array.array("i", [1, 2, 3])
m = memoryview(a)
for name, op in [("append", lambda: a.append(4)), ("extend", lambda: a.extend([4])),
                 ("pop", lambda: a.pop()), ("remove", lambda: a.remove(1)),
                 ("insert", lambda: a.insert(0, 1)), ("frombytes", lambda: a.frombytes(b"\0" * 4)),
                 ("fromlist", lambda: a.fromlist([5])), ("iadd", lambda: a.__iadd__(a)),
                 ("imul", lambda: a.__imul__(3)), ("del", lambda: a.__delitem__(0)),
                 ("slice grow", lambda: a.__setitem__(slice(0, 1), array.array("i", [7, 8])))]:
    t(op)
a[0] = 10
a[1:3] = array.array("i", [20, 30])
a.reverse()
a.byteswap()
a.byteswap()
a.frombytes(b"")
a.fromlist([])
a.extend([])
a *= 1
print(a, m.tolist())
m.release()
a.append(4)
print(a)

print("-- struct.pack_into and bytes consumers during an export")
import struct
b = bytearray(8)
m = memoryview(b)
struct.pack_into("<I", b, 0, 0xDEADBEEF)
struct.pack_into("<H", m, 6, 0x1234)
print(b.hex(), m[6:].hex())
t(lambda: b.extend(b"!"))
print(bytes(m) == bytes(b), b"".join([m[:2], b"|", m[6:]]), m.tobytes() in b + b"")
m.release()

print("-- warm-up: 200 guarded appends, then a view appears")


def grow(buf, k):
    try:
        buf.append(k & 0xFF)
        return True
    except BufferError:
        return False


b = bytearray()
oks = sum(grow(b, k) for k in range(200))
view = memoryview(b)
fails = sum(not grow(b, k) for k in range(200))
view.release()
again = sum(grow(b, k) for k in range(200))
print(oks, fails, again, len(b))
arr = array.array("B")
oks = sum(grow(arr, k) for k in range(200))
view = memoryview(arr)[10:20]
fails = sum(not grow(arr, k) for k in range(200))
del view
again = sum(grow(arr, k) for k in range(200))
print(oks, fails, again, len(arr))
