# io.BufferedReader / BufferedWriter / BufferedRandom over a raw object (FileIO or a user
# RawIOBase subclass), TextIOWrapper over them, readinto/peek/read1, and flush on free.
import array
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.bin")
with open(path, "wb") as f:
    f.write(b"first line\nsecond line\nthird\n")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


def reader_roundtrip():
    raw = io.FileIO(path)
    b = io.BufferedReader(raw)
    r = (type(b).__name__, b.raw is raw, b.name == path, b.mode, b.readable(), b.writable(),
         b.seekable(), b.peek(1)[:1], b.read(5), b.read1(3), b.readline(), b.tell())
    buf = bytearray(4)
    r += (b.readinto(buf), bytes(buf), list(b), b.read(), b.read(3))
    b.seek(0)
    r += (b.read(5), b.seek(-2, 1), b.read(3), b.seek(-3, 2), b.read())
    b.close()
    return r + (b.closed, raw.closed)


for _ in range(150):
    last = reader_roundtrip()
print(last)


def text_over_layers():
    t = io.TextIOWrapper(io.BufferedReader(io.FileIO(path)))
    r = (type(t.buffer).__name__, type(t.buffer.raw).__name__, t.readline(), t.read())
    t.close()
    return r + (t.closed, t.buffer.closed, t.buffer.raw.closed)


for _ in range(150):
    last = text_over_layers()
print(last)
t = io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding="ascii")
print(repr(t).replace(repr(path), "PATH"), repr(t.buffer).replace(repr(path), "PATH"))
t.close()

out = os.path.join(tmp, "out.bin")


def writer_roundtrip(data):
    w = io.BufferedWriter(io.FileIO(out, "w"))
    n = (w.write(data), w.write(bytearray(b"|")), w.write(memoryview(b"xyz")[1:]),
         w.write(array.array("b", [65, 66])))
    before = os.path.getsize(out)
    w.flush()
    after = os.path.getsize(out)
    w.close()
    with open(out, "rb") as f:
        return n, before, after, f.read()


for i in range(150):
    last = writer_roundtrip(b"data%d" % i)
print(last)

w = io.BufferedWriter(io.FileIO(out, "w"))
print(type(w).__name__, w.mode, w.writable(), w.readable())
attempt("read on writer", lambda: w.read())
attempt("write str", lambda: w.write("text"))
w.close()
attempt("write closed", lambda: w.write(b"x"))
attempt("reader over write-only", lambda: io.BufferedReader(io.FileIO(out, "w")))
attempt("writer over read-only", lambda: io.BufferedWriter(io.FileIO(path)))
attempt("zero buffer", lambda: io.BufferedReader(io.FileIO(path), 0))
attempt("negative buffer", lambda: io.BufferedWriter(io.FileIO(out, "w"), buffer_size=-1))
attempt("no raw", lambda: io.BufferedReader())
attempt("raw not a stream", lambda: io.BufferedReader(42))

rw = io.BufferedRandom(io.FileIO(out, "w+"))
print(type(rw).__name__, rw.write(b"0123456789"), rw.seek(0), rw.read(3))
print(rw.write(b"ABC"), rw.tell(), rw.seek(0), rw.read())
rw.seek(2)
rw.truncate()
rw.seek(0)
print(rw.read())
rw.close()


class Chunky(io.RawIOBase):
    """A user raw stream: reads come two bytes at a time, writes take three at a time."""

    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.written = bytearray()
        self.calls = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(2, len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        self.calls += 1
        chunk = bytes(b[:3])
        self.written += chunk
        return len(chunk)


def user_raw():
    raw = Chunky(b"alpha\nbeta\ngamma")
    b = io.BufferedReader(raw)
    r = (b.readline(), b.read(3), b.read())
    w = io.BufferedWriter(Chunky())
    w.write(b"hello world")
    w.flush()
    return r + (bytes(w.raw.written), b.seekable())


for _ in range(150):
    last = user_raw()
print(last)
tw = io.TextIOWrapper(io.BufferedReader(Chunky("héllo\nwörld\n".encode())), encoding="utf-8")
print(tw.readlines())
attempt("random over unseekable", lambda: io.BufferedRandom(Chunky()))
print(repr(io.BufferedReader(Chunky())))


class NotReadable(io.RawIOBase):
    def writable(self):
        return True


attempt("reader over unreadable", lambda: io.BufferedReader(NotReadable()))

# readinto on files from open() and on FileIO.
with open(path, "rb") as f:
    a = bytearray(5)
    m = memoryview(bytearray(6))
    arr = array.array("B", bytes(4))
    print(f.readinto(a), bytes(a), f.readinto(m), bytes(m), f.readinto(arr), arr.tolist())
    attempt("readinto bytes", lambda: f.readinto(b"xx"))
with open(path, "rb", buffering=0) as f:
    a = bytearray(3)
    print(type(f).__name__, f.readinto(a), bytes(a), hasattr(f, "peek"))
with open(path, "r") as f:
    print(hasattr(f, "readinto"), hasattr(f, "peek"))


# A writer or text wrapper dropped without close() flushes when freed.
def drop_writer(name, data):
    w = io.BufferedWriter(io.FileIO(os.path.join(tmp, name), "w"))
    w.write(data)


def drop_text(name, text):
    t = io.TextIOWrapper(io.BufferedWriter(io.FileIO(os.path.join(tmp, name), "w")))
    t.write(text)


for i in range(150):
    drop_writer("dropped.bin", b"bytes %d" % i)
    drop_text("dropped.txt", "text %d" % i)
print(open(os.path.join(tmp, "dropped.bin"), "rb").read(), open(os.path.join(tmp, "dropped.txt")).read())
sink = io.BytesIO()
t = io.TextIOWrapper(sink)
t.write("pending")
print(sink.getvalue())
del t
print(sink.closed)
for name in os.listdir(tmp):
    os.unlink(os.path.join(tmp, name))
os.rmdir(tmp)
