# array.array item conversion: the range of every integer code with CPython's messages
# (which name the C type each code is parsed through), non-numbers, floats, unicode items;
# the same checks on append, item and slice assignment, and after warm-up.
import array


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


edges = [-2**70, -2**64, -2**63 - 1, -2**63, -2**32, -2**31 - 1, -2**31, -32769, -32768,
         -129, -128, -1, 0, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31,
         2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**70]
for code in "bBhHiIlLqQ":
    print("--", code)
    for v in edges:
        try:
            a = array.array(code, [v])
            print("  ", v, "ok", a[0] == v)
        except OverflowError as e:
            print("  ", v, "OverflowError", e)

print("-- non-numbers")
for code in "bBhHiIlLqQfdu":
    for v in (1.5, "a", None, b"a", [1]):
        t(lambda: array.array(code, [v]))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


print(array.array("i", [Idx()]), array.array("B", [Idx()]), array.array("d", [Flt(), Idx()]))
t(lambda: array.array("i", [Flt()]))
print("-- floats")
print(array.array("f", [1e300, -1e300, 1e-50, 2**100]), array.array("d", [2**100, True]))
t(lambda: array.array("f", [2**2000]))
t(lambda: array.array("d", [10**400]))
print(array.array("f", [0.1])[0], array.array("d", [0.1])[0])

print("-- unicode")
t(lambda: array.array("u", ["ab"]))
t(lambda: array.array("u", [""]))
t(lambda: array.array("u", [65]))
print(array.array("u", ["a", "é"]), array.array("u", "😀").tobytes())

print("-- assignment paths")
a = array.array("b", [0, 0])
t(lambda: a.__setitem__(0, 128))
t(lambda: a.__setitem__(0, -129))
t(lambda: a.__setitem__(0, 2**40))
t(lambda: a.append(300))
t(lambda: a.insert(0, 300))
t(lambda: a.extend([1, 300]))
t(lambda: a.fromlist([1, 300]))
print(a)
t(lambda: a.__setitem__(slice(0, 1), [1]))
t(lambda: a.__setitem__(slice(0, 1), array.array("h", [1])))
t(lambda: a.__setitem__(slice(0, 2, 2), array.array("b", [1, 2])))
t(lambda: a.__setitem__(5, 1))
t(lambda: a.__setitem__("x", 1))
t(lambda: a.__delitem__(5))
t(lambda: a.__delitem__("x"))
t(lambda: a[5])
t(lambda: a[-3])
t(lambda: a["x"])
t(lambda: a[1.0])
t(lambda: hash(a))
t(lambda: a + [1])
t(lambda: a + array.array("h"))
t(lambda: a * "x")
t(lambda: "x" * a)
t(lambda: a * 1.5)
t(lambda: a < [1])
t(lambda: a < 1)


def iadd(x, y):
    x += y
    return x


def imul(x, y):
    x *= y
    return x


t(lambda: iadd(a, [1]))
t(lambda: iadd(a, array.array("B")))
t(lambda: imul(a, 2.0))
t(lambda: imul(array.array("i", [1]), 2**62))

print("-- warm-up: 200 good stores, then bad ones on the same path")


def store(arr, i, v):
    arr[i] = v
    return arr[i]


h = array.array("H", [0] * 4)
total = 0
for k in range(200):
    total += store(h, k % 4, k * 300)
print(total, h)
for v in (65536, -1, 2.0, "1"):
    t(lambda: store(h, 0, v))
d = array.array("d", [0.0])
for k in range(200):
    store(d, 0, k / 4)
print(d)
t(lambda: store(d, 0, "x"))
t(lambda: store(d, 1, 1.0))
