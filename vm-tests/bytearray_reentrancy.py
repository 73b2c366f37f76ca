# Python code run in the middle of a buffer operation (__index__, __eq__, __float__) that
# mutates, resizes or releases what is being worked on: CPython's results, never a crash.
import array
import struct


def t(f):
    try:
        r = f()
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


class Hook:
    def __init__(self, value, action):
        self.value = value
        self.action = action

    def __index__(self):
        self.action()
        return self.value

    def __float__(self):
        self.action()
        return float(self.value)


print("-- bytearray mutated by __index__")
b = bytearray(b"abcdef")
t(lambda: b.__setitem__(Hook(5, b.clear), 1))
print(b)
b = bytearray(b"abcdef")
t(lambda: b.insert(Hook(2, lambda: b.extend(b"XYZ")), 33))
print(b)
b = bytearray(b"abcdef")
t(lambda: b.pop(Hook(5, lambda: b.__delitem__(slice(0, 4)))))
print(b)
b = bytearray(b"abc")
t(lambda: b.append(Hook(65, b.clear)))
print(b)
b = bytearray(b"abcdef")
t(lambda: b.__setitem__(slice(0, 2), [Hook(49, b.clear), 50]))
print(b)

print("-- memoryview: __index__ releases or resizes")
b = bytearray(b"abcdef")
m = memoryview(b)
t(lambda: m.__setitem__(Hook(1, m.release), 0x41))
print(b)
b = bytearray(b"abcdef")
m = memoryview(b)
t(lambda: m.__setitem__(0, Hook(0x42, lambda: b.append(1))))
print(b, m.tobytes())
t(lambda: m[Hook(2, lambda: b.extend(b"!"))])
m.release()

print("-- struct.pack_into: the buffer is held while values convert")
b = bytearray(8)
t(lambda: struct.pack_into("<H", b, 0, Hook(2, lambda: b.extend(b"xx"))))
print(b)
b = bytearray(8)
t(lambda: struct.pack_into("<H", b, Hook(2, b.clear), 7))
print(b)

print("-- array: conversions and comparisons that mutate")
a = array.array("i", [1, 2, 3])
t(lambda: a.__setitem__(Hook(2, a.pop), 9))
print(a)
a = array.array("i", [1, 2, 3])
t(lambda: a.__setitem__(0, Hook(7, lambda: a.extend([4, 5]))))
print(a)
a = array.array("d", [1.0, 2.0])
t(lambda: a.append(Hook(3, lambda: a.__setitem__(0, 9.0))))
print(a)


class Eq:
    def __init__(self, arr):
        self.arr = arr

    def __eq__(self, other):
        if len(self.arr):
            self.arr.pop()
        return False


a = array.array("i", [1, 2, 3, 4])
t(lambda: a.count(Eq(a)))
print(a)
a = array.array("i", [1, 2, 3, 4])
t(lambda: a.index(Eq(a)))
t(lambda: Eq(a) in a)
print(a)
a = array.array("i", [5, 6])
m = memoryview(a)
t(lambda: a.__setitem__(0, Hook(1, lambda: a.append(1))))
print(a, m.tolist())
m.release()

print("-- warm-up: 200 plain conversions, then a hostile one")


def put(buf, i, v):
    buf[i] = v
    return buf[0]


b = bytearray(4)
for k in range(200):
    put(b, k % 4, k % 256)
print(b)
t(lambda: put(b, Hook(3, b.clear), 1))
a = array.array("q", [0] * 4)
for k in range(200):
    put(a, k % 4, k)
print(a)
t(lambda: put(a, 0, Hook(5, lambda: a.__delitem__(slice(None)))))
print(a)
