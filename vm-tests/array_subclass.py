# Subclasses of array.array (instance dict, __slots__, cycles through the dict) and of bytes
# export their base's buffer (memoryview, struct, join).
import array, gc
class A(array.array):
    def extra(self): return len(self) * 10
a = A('i', [1, 2])
a.x = 5; print(a.x, a.__dict__, a, a.extra())
class S(array.array):
    __slots__ = ('tag',)
s = S('d', [1.0]); s.tag = 'hi'; print(s.tag, s)
try: s.other = 1
except AttributeError as e: print(e)
try: print(hasattr(s, '__dict__'))
except Exception as e: print(e)
c = A('b'); c.me = c; del c; print(gc.collect() >= 1)
print(type(A('i') + A('i')).__name__, A('i', [3]) == array.array('i', [3]))
m = memoryview(a); print(m.tolist()); m.release()
import copy; b = copy.copy(a); print(type(b).__name__, b)
class B(bytes):
    pass


bb = B(b"abc")
mv = memoryview(bb)
print(mv.tolist(), mv.obj is bb, b"x".join([bb, bb]), bytearray(bb))
import struct
print(struct.unpack("<3s", bb), struct.unpack_from("<h", A("h", [7])))


def total(arr):
    return sum(memoryview(arr).tolist()) + arr.extra()


acc = 0
for k in range(200):
    acc += total(A("i", [k, 1]))
print(acc)
A.extra = lambda self: -1
print(total(A("i", [5])))
