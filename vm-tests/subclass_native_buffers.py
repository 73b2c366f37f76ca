# Subclasses of bytearray and array.array export their buffers: memoryview writes through, exports block resizing (also by __init__), struct reads them.
import array, struct
class B(bytearray):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"
b = B(b"abcdef")
m = memoryview(b)
m[0] = ord("z")
print(b, b.tag, bytes(m[1:3]), len(m))
try:
    b.append(1)
except BufferError as e:
    print("BufferError:", e)
try:
    b.__init__(b"xy")
except BufferError as e:
    print("BufferError:", e)
m.release()
b.__init__(b"xy")
print(b, repr(b))
class A(array.array):
    pass
a = A("i", [1, 2, 3])
a.x = 5
print(a, a.x, memoryview(a).tolist(), struct.unpack_from("i", a, 4))
for i in range(200):
    c = B(b"q" * (i % 5))
print(c, type(c).__name__)
