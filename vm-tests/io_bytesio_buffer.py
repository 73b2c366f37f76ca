# BytesIO.getbuffer(), readinto into any writable buffer, write of any bytes-like.
import io
import array


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


def getbuffer_roundtrip():
    b = io.BytesIO(b"hello world")
    v = b.getbuffer()
    r = (type(v).__name__, len(v), v.readonly, v.format, bytes(v[:5]))
    v[0] = ord("J")
    r += (b.getvalue(),)
    v.release()
    b.write(b"!")
    return r + (b.getvalue(),)


for _ in range(200):
    last = getbuffer_roundtrip()
print(last)

b = io.BytesIO(b"abcdef")
v = b.getbuffer()
attempt("write while exported", lambda: b.write(b"x"))
attempt("writelines while exported", lambda: b.writelines([b"x"]))
attempt("truncate while exported", lambda: b.truncate(2))
attempt("close while exported", lambda: b.close())
attempt("read while exported", lambda: b.read(3))
attempt("seek while exported", lambda: b.seek(0))
attempt("getvalue while exported", lambda: b.getvalue())
w = v[1:3]
del v
attempt("write with a slice alive", lambda: b.write(b"x"))
del w
attempt("write after release", lambda: b.write(b"x"))
print(b.getvalue())
with b.getbuffer() as v2:
    attempt("in with", lambda: b.write(b"y"))
attempt("after with", lambda: b.write(b"y"))
print(b.getvalue())
m = memoryview(b.getbuffer())
attempt("memoryview of view", lambda: b.write(b"z"))
m.release()
attempt("released memoryview of view", lambda: b.write(b"z"))
print(b.getvalue())

b3 = io.BytesIO(b"abc")
v3 = b3.getbuffer()
attempt("init while exported", lambda: b3.__init__(b"zz"))
del v3
attempt("init after release", lambda: b3.__init__(b"zz"))
print(b3.getvalue())
attempt("strided readinto", lambda: io.BytesIO(b"ab").readinto(memoryview(bytearray(6))[::2]))
print(type(io.BytesIO().getbuffer().obj).__name__)

empty = io.BytesIO()
ev = empty.getbuffer()
print(len(ev), bytes(ev))
ev.release()
b.close()
attempt("getbuffer closed", lambda: b.getbuffer())
b2 = io.BytesIO(b"0123456789")
b2.seek(7)
print(bytes(b2.getbuffer()))
attempt("bytes(BytesIO)", lambda: bytes(io.BytesIO(b"x")))
attempt("memoryview(BytesIO)", lambda: memoryview(io.BytesIO(b"x")))


def readinto_all():
    out = []
    src = io.BytesIO(b"0123456789")
    ba = bytearray(4)
    out.append((src.readinto(ba), bytes(ba)))
    mv = memoryview(bytearray(3))
    out.append((src.readinto(mv), bytes(mv)))
    arr = array.array("b", [0, 0, 0, 0, 0])
    out.append((src.readinto(arr), arr.tolist()))
    out.append((src.readinto(bytearray(5)),))
    sl = bytearray(b"........")
    src.seek(0)
    out.append((src.readinto(memoryview(sl)[2:5]), bytes(sl)))
    return out


for _ in range(200):
    last = readinto_all()
print(last)
attempt("readinto bytes", lambda: io.BytesIO(b"ab").readinto(b"xx"))
attempt("readinto str", lambda: io.BytesIO(b"ab").readinto("xx"))
attempt("readinto readonly view", lambda: io.BytesIO(b"ab").readinto(memoryview(bytearray(2)).toreadonly()))
rel = memoryview(bytearray(2))
rel.release()
attempt("readinto released", lambda: io.BytesIO(b"ab").readinto(rel))
cl = io.BytesIO(b"ab")
cl.close()
attempt("readinto closed", lambda: cl.readinto(bytearray(2)))


def write_all():
    w = io.BytesIO()
    n = [w.write(b"ab"), w.write(bytearray(b"cd")), w.write(memoryview(b"efgh")[1:3]),
         w.write(array.array("h", [1, 2])), w.write(memoryview(b"")),]
    w.writelines([b"1", bytearray(b"2"), memoryview(b"3")])
    return n, w.getvalue()


for _ in range(200):
    last = write_all()
print(last)
attempt("write str", lambda: io.BytesIO().write("x"))
attempt("write int", lambda: io.BytesIO().write(3))
attempt("write strided", lambda: io.BytesIO().write(memoryview(b"abcdef")[::2]))
attempt("writelines str", lambda: io.BytesIO().writelines(["x"]))
rel = memoryview(b"ab")
rel.release()
attempt("write released", lambda: io.BytesIO().write(rel))
