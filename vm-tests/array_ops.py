# array.array as a sequence: slicing, slice assignment and deletion (extended slices too),
# + * += *=, comparisons between codes, `in`, iteration, buffers (memoryview, struct),
# subclassing, and the same paths after warm-up.
import array
import struct


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


a = array.array("i", range(10))
print("-- slices")
print(a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[:0], type(a[1:]).__name__)
a[2:5] = array.array("i", [20, 30])
print(a)
a[0:0] = array.array("i", [-1, -2])
print(a)
a[::3] = array.array("i", [0] * len(a[::3]))
print(a)
a[len(a):] = array.array("i", [99])
print(a)
a[:] = a
print(a)
a[1:3] = a[5:7]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[-1]
del a[10:]
del a[::-1][:0]
print(a)
t(lambda: a.__setitem__(slice(None, None, 2), array.array("i", [1])))

print("-- operators")
x = array.array("h", [1, 2])
y = array.array("h", [3])
print(x + y, x * 3, 2 * y, x * 0, x * -1, y + array.array("h"))
z = x
z += y
print(z is x, x)
z *= 2
print(z is x, x)
z *= 0
print(z is x, x, len(x))

print("-- comparisons")
p = array.array("i", [1, 2, 3])
for q in (array.array("i", [1, 2, 3]), array.array("i", [1, 2]), array.array("i", [1, 3]),
          array.array("d", [1.0, 2.0, 3.0]), array.array("b", [1, 2, 4]), array.array("i")):
    print(" ", q, p == q, p != q, p < q, p <= q, p > q, p >= q)
print(array.array("u", "abc") < array.array("u", "abd"), array.array("u", "b") > array.array("u", "abc"),
      array.array("i") == array.array("u"), array.array("d", [float("nan")]) == array.array("d", [float("nan")]))
print(p == [1, 2, 3], p != (1, 2, 3))

print("-- in, iteration")
print(2 in p, 2.0 in p, 4 in p, "x" in p, None in p)
print(list(p), [v * 2 for v in p], sum(p), sorted(array.array("d", [3.5, -1, 2])), max(p))
it = iter(p)
print(type(it).__name__, next(it))
p.append(4)
print(list(it))
it = iter(array.array("b", [1, 2, 3]))
src = array.array("b", [5, 6])
out = []
for v in src:
    out.append(v)
    if len(src) < 4:
        src.append(v + 10)
print(out, src)
print(list(reversed(array.array("i", [1, 2, 3]))), enumerate(array.array("i", [7])).__next__())

print("-- buffers")
a = array.array("I", [0, 0, 0])
struct.pack_into("<I", a, 4, 0xABCD)
print(a, struct.unpack_from("<I", a, 4), bytes(a)[:8])
m = memoryview(a)
m[2] = 77
print(a, m.tolist(), m.nbytes, m.obj is a)
m.release()
b = bytearray(array.array("h", [1, 2]))
print(b, bytes(array.array("b", [1, -1])), b"".join([array.array("B", [65, 66]), b"C"]))
print(array.array("B", b"hi").tobytes().decode(), str(array.array("B", b"ok"), "ascii"))

print("-- subclass")


class Samples(array.array):
    def mean(self):
        return sum(self) / len(self)


s = Samples("d", [1.0, 2.0, 6.0])
print(s, s.mean(), isinstance(s, array.array), type(s).__name__, s.typecode)
s.append(3.0)
print(s[1:], type(s[1:]).__name__, type(s + s).__name__, s.mean(), len(s))


class Fixed(array.array):
    def __new__(cls, values):
        return super().__new__(cls, "q", values)


f = Fixed([1, 2])
print(f, f.typecode, list(f))

print("-- warm-up: slicing and operators 200 times, then the array changes")


def window(arr, i):
    return arr[i:i + 3].tolist(), arr[i] + arr[-1]


arr = array.array("l", range(50))
acc = 0
for k in range(200):
    w, s = window(arr, k % 40)
    acc += sum(w) + s
print(acc)
arr[0:10] = array.array("l")
print(window(arr, 0), len(arr))
del arr[:]
t(lambda: window(arr, 0))
arr = array.array("f", [0.5] * 5)
for k in range(200):
    arr += array.array("f", [1.5])
    del arr[0]
print(arr, len(arr))
t(lambda: window(array.array("u", "abcd"), 0))
