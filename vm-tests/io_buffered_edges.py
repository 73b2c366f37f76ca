# Edge cases of BytesIO views, FileIO.readall and the buffered types over a raw stream.
import io
import os
import tempfile

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)
b = io.BytesIO(b"abcdef")
attempt("self write", lambda: b.write(b.getbuffer()))
attempt("self readinto", lambda: b.readinto(b.getbuffer()))
print(b.getvalue())
b.seek(0)
v = b.getbuffer()
attempt("readinto own view", lambda: b.readinto(v[3:]))
del v
print(b.getvalue())
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "e.bin")
open(p, "wb").write(b"hello")
f = io.FileIO(p)
attempt("readall", lambda: f.readall())
f.close()
r = io.BufferedReader(io.FileIO(p))
r.close()
attempt("peek closed", lambda: r.peek())
attempt("read1 closed", lambda: r.read1())
attempt("readinto closed", lambda: r.readinto(bytearray(2)))
attempt("raw after close", lambda: r.raw.closed)
w = io.BufferedWriter(io.BytesIO())
w.write(b"abc")
attempt("detach", lambda: w.detach().getvalue())
rr = io.BufferedReader(io.BytesIO(b"xyz"))
attempt("read1 -1", lambda: rr.read1(-1))
attempt("read1 big", lambda: rr.read1(100))
attempt("fileno of bytesio reader", lambda: rr.fileno())
attempt("name of bytesio reader", lambda: rr.name)
attempt("repr", lambda: repr(rr))
attempt("isatty", lambda: rr.isatty())
x = io.BufferedReader(io.FileIO(p))
attempt("fileno", lambda: x.fileno() > 2)
attempt("readline", lambda: x.readline())
attempt("iter", lambda: list(io.BufferedReader(io.BytesIO(b"a\nb\nc"))))
attempt("readinto1", lambda: io.BufferedReader(io.BytesIO(b"abc")).readinto1(bytearray(5)))
attempt("readlines", lambda: io.BufferedReader(io.BytesIO(b"a\nb")).readlines())
attempt("kw", lambda: type(io.BufferedReader(raw=io.BytesIO(b""), buffer_size=10)).__name__)
attempt("bad kw", lambda: io.BufferedReader(io.BytesIO(b""), size=3))
attempt("too many", lambda: io.BufferedReader(io.BytesIO(b""), 1, 2))
attempt("buffer_size str", lambda: io.BufferedReader(io.BytesIO(b""), "x"))
x.close()
os.unlink(p)
os.rmdir(tmp)


# Detached wrappers: every use is CPython's ValueError; the buffer lives on.
def detach_both():
    out = []
    sink = io.BytesIO()
    t = io.TextIOWrapper(sink)
    t.write("kept")
    out.append(t.detach() is sink)
    out.append(sink.getvalue())
    b = io.BufferedWriter(sink)
    b.write(b"!")
    out.append(b.detach() is sink)
    out.append(sink.getvalue())
    return out, t, b


for _ in range(150):
    res, t, b = detach_both()
print(res)
for label, fn in [("write", lambda: t.write("x")), ("read", lambda: t.read()),
                  ("closed", lambda: t.closed), ("flush", lambda: t.flush()),
                  ("repr", lambda: repr(t)), ("detach", lambda: t.detach()),
                  ("close", lambda: t.close()), ("name", lambda: t.name),
                  ("b write", lambda: b.write(b"x")), ("b closed", lambda: b.closed),
                  ("b repr", lambda: repr(b)), ("b raw", lambda: b.raw),
                  ("b close", lambda: b.close()), ("b detach", lambda: b.detach())]:
    attempt(label, fn)
del t, b
