# array.array: every type code, constructors, repr, the list-like methods, conversions to
# and from bytes, lists, str and files.
import array
import os


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


print(array.typecodes, array.ArrayType is array.array, array.array.__name__,
      array.array.__module__, repr(array.array))
print("-- every type code")
samples = {"b": [-128, 0, 127], "B": [0, 255], "u": "hé😀", "h": [-32768, 32767],
           "H": [0, 65535], "i": [-2**31, 2**31 - 1], "I": [0, 2**32 - 1],
           "l": [-2**63, 2**63 - 1], "L": [0, 2**64 - 1], "q": [-2**63, 2**63 - 1],
           "Q": [0, 2**64 - 1], "f": [0.1, -2.5, float("inf")], "d": [0.1, 1e300, -0.0]}
for code in array.typecodes:
    a = array.array(code, samples[code])
    print(code, a.typecode, a.itemsize, len(a), a, a.tolist(), a[0], a[-1], len(a.tobytes()))
    print("  ", repr(array.array(code)), array.array(code, a.tobytes()) == a,
          array.array(code, a) == a, memoryview(a).format, memoryview(a).itemsize)

print("-- constructors")
print(array.array("i", range(5)), array.array("d", (x / 2 for x in range(3))),
      array.array("b", b"\x01\xff"), array.array("B", bytearray(b"ab")),
      array.array("i", array.array("b", [1, -2])), array.array("d", array.array("i", [1, 2])),
      array.array("u", "text"), array.array("h", iter([1, 2, 3])),
      array.array("d", [1, 2.5, True]), array.array("B", [True, False]))
print(array.array("h", memoryview(b"\x01\x00\x02\x00")))
print(array.array("i", {3: "a", 1: "b"}), array.array("i", []))
for args in [(), ("z",), ("ii",), (1,), ("i", [1], 3), ("i", "abc"), ("i", 5),
             ("h", b"\x01\x02\x03"), ("u", [1]), ("b", array.array("u", "ab")),
             ("u", array.array("b", [1])), ("i", [1, "x"]), ("", [])]:
    t(lambda: array.array(*args))
t(lambda: array.array("i", initializer=[1]))
t(lambda: array.array(typecode="i"))

print("-- list-like methods")
a = array.array("i", [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(array.array("i", [5, 3]))
a.insert(0, 8)
a.insert(-1, 7)
a.insert(100, 0)
a.insert(-100, -1)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5), a.index(5, 6), a.index(5, -3), a.count(1), a.count(5), a.count(42))
a.reverse()
print(a)
t(lambda: a.index(42))
t(lambda: a.index(4, 0, 2))
t(lambda: a.remove(42))
t(lambda: a.pop(100))
t(lambda: array.array("i").pop())
t(lambda: a.insert(1.5, 1))
t(lambda: a.append("x"))
t(lambda: a.extend(5))
t(lambda: a.extend(array.array("d")))
t(lambda: a.extend(["x"]))
t(lambda: a.index())
t(lambda: a.count())
print(a.buffer_info()[1] == len(a), type(a.buffer_info()[0]).__name__)
b = array.array("i", [1, 2])
b.extend([3, "x"] if False else [3])
try:
    b.extend([4, "x", 5])
except TypeError as e:
    print(e, b)
try:
    b.fromlist([6, "x"])
except TypeError as e:
    print(e, b)

print("-- bytes, lists, str")
a = array.array("h", [1, 256, -1])
print(a.tobytes(), array.array("h", a.tobytes()))
a.frombytes(b"\x02\x00")
a.frombytes(memoryview(b"\x03\x00"))
t(lambda: a.frombytes(array.array("h", [4])))
a.frombytes(array.array("B", [4, 0]))
print(a)
t(lambda: a.frombytes(b"\x01"))
t(lambda: a.frombytes("ab"))
a.fromlist([7, 8])
print(a.tolist(), type(a.tolist()).__name__)
t(lambda: a.fromlist((1, 2)))
a.byteswap()
print(a)
a.byteswap()
d = array.array("d", [1.0, -2.0])
d.byteswap()
d.byteswap()
print(d)
u = array.array("u", "ab")
u.fromunicode("cd")
u.append("e")
u.extend("fg")
print(u, u.tounicode(), u.tolist(), u[1], u.itemsize)
t(lambda: a.tounicode())
t(lambda: a.fromunicode("x"))
t(lambda: u.fromunicode(5))
t(lambda: u.append("xy"))
t(lambda: u.append(1))
print(repr(array.array("u", "q'\"\n")))

print("-- files")
tmp = "/tmp/pyvm-array_basic-" + str(os.getpid())
os.mkdir(tmp)
p = tmp + "/data.bin"
src = array.array("i", range(10))
with open(p, "wb") as f:
    src.tofile(f)
with open(p, "rb") as f:
    back = array.array("i")
    back.fromfile(f, 4)
    back.fromfile(f, 6)
    print(back == src, back)
with open(p, "rb") as f:
    part = array.array("i")
    try:
        part.fromfile(f, 20)
    except EOFError as e:
        print("EOFError", e, part)
with open(p, "rb") as f:
    t(lambda: array.array("i").fromfile(f, -1))
t(lambda: src.tofile(5))
t(lambda: array.array("i").fromfile(5, 1))
os.remove(p)
os.rmdir(tmp)

print("-- copy")
import copy
a = array.array("d", [1.5, 2.5])
c = copy.copy(a)
dc = copy.deepcopy(a)
c[0] = 9
print(a, c, dc, c is a)
