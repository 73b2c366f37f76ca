# Edge cases: empty and reversed views, contiguity flags of odd shapes, huge indices and
# shapes, overlapping slice assignment, invalid 'u' items, views in reference cycles.
import array, struct
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
e = memoryview(b'')[::-1]
t(lambda: (e.tobytes(), e.shape, e.strides, e.c_contiguous, bytes(e), e.cast('B').tolist()))
t(lambda: memoryview(b'abc')[5:1:-1].tobytes())
t(lambda: memoryview(b'abc')[2:0:-1].cast('B').tolist())
t(lambda: memoryview(b'abc').cast('B', [2**70]))
t(lambda: memoryview(b'abc').cast('B', [2**62, 2**62]))
t(lambda: memoryview(bytearray(8)).cast("i", (2,)).cast("B", (2, 4)).cast("h").tolist())
t(lambda: memoryview(b'abcd')[2**70])
t(lambda: memoryview(b'abcd')[-2**70])
t(lambda: array.array('i', [1])[2**70])
t(lambda: array.array('i', [1]).pop(2**70))
t(lambda: array.array('i', [1]).insert(2**70, 5))
t(lambda: bytearray(b'a').insert(2**70, 5))
t(lambda: array.array('i', [1]) * 2**40)
t(lambda: len(array.array('b', [1]) * 2**20))
t(lambda: array.array('u', 'x').tobytes())
a = array.array('u'); a.frombytes(b'\xff\xff\xff\xff')
t(lambda: a[0])
t(lambda: repr(a))
t(lambda: a.tounicode())
t(lambda: a.tolist())
t(lambda: memoryview(b'ab').cast('c').tolist())
t(lambda: struct.pack_into('<I', bytearray(3), 0, 1))
t(lambda: memoryview(b'abc').tolist())
m = memoryview(bytearray(b'abcdef'))
t(lambda: m.__setitem__(slice(None,None,-1), b'fedcba'))
t(lambda: bytes(m.obj))
t(lambda: m.__setitem__(slice(1,4), m[0:3]))
t(lambda: bytes(m.obj))
t(lambda: m.__setitem__(slice(0,2), memoryview(array.array('h',[1]))))
t(lambda: m.__setitem__(slice(0,2), memoryview(array.array('B',[1,2]))))
t(lambda: m.cast('B',(2,3)).__setitem__((1,2), 9))
t(lambda: m.cast('B',(2,3)).__setitem__((1,), 9))
t(lambda: m.cast('B',(2,3)).__setitem__(slice(0,1), b'x'))
t(lambda: memoryview(b'ab').cast('B', (1, 1, 2)).tolist())
import gc
class H: pass
h = H(); h.m = memoryview(bytearray(b'q')); h.m2 = h; h.a = array.array('i'); h.a2 = [h]
del h; print(gc.collect() >= 0)
it = iter(array.array('i', [1,2])); print(next(it), list(it), list(it))
for shape in [(3, 1, 4), (1, 4), (4, 1), (2, 0 + 2, 3)]:
    n = 1
    for d in shape:
        n *= d
    g = memoryview(bytearray(n)).cast("B", shape)
    print(shape, g.c_contiguous, g.f_contiguous, g.contiguous, g.strides)
for v in (memoryview(b"")[::-1], memoryview(b"abcd")[4:0:2], memoryview(b"abc")[1:1],
          memoryview(b"abcd")[1:2], memoryview(b"abcd")[::-1]):
    print(v.shape, v.strides, v.c_contiguous, v.f_contiguous, v.contiguous, bytes(v))
    t(lambda: v.cast("B").tolist())
