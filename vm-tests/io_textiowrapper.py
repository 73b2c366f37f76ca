# io.TextIOWrapper over a buffer object: BytesIO and a user class; decoding across chunk
# boundaries, newline= handling, line_buffering / write_through, seek/tell, close, errors.
import io
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
b = io.BytesIO("héllo\r\nwörld\nlast".encode())
w = io.TextIOWrapper(b, encoding="utf-8")
print(type(w).__name__, w.encoding, w.errors, w.line_buffering, w.buffer is b, w.readable(), w.writable(), w.seekable())
print(repr(w.read(3)), repr(w.readline()), w.tell(), repr(w.readline()), list(w))
print(w.seek(0), w.readlines(), w.newlines)
w.seek(0, 2)
print(w.write("\nnew\n"), b.getvalue())
w.flush()
print(b.getvalue())
b2 = io.BytesIO()
w2 = io.TextIOWrapper(b2, encoding="latin-1", newline="\r\n")
w2.write("caf\xe9\n")
w2.flush()
print(b2.getvalue())
t("ascii", lambda: io.TextIOWrapper(io.BytesIO(b"\xe9"), encoding="ascii").read())
t("unknown", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
t("newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
t("no args", lambda: io.TextIOWrapper())
t("encoding int", lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
t("mode", lambda: io.TextIOWrapper(io.BytesIO()).mode)
t("name", lambda: io.TextIOWrapper(io.BytesIO()).name)
t("isatty", lambda: io.TextIOWrapper(io.BytesIO()).isatty())
t("fileno", lambda: io.TextIOWrapper(io.BytesIO()).fileno())
b3 = io.BytesIO()
with io.TextIOWrapper(b3, encoding="utf-8") as w3:
    w3.write("ctx")
    print(w3.closed)
print(w3.closed, b3.closed)
t("write closed", lambda: w3.write("x"))
t("read closed", lambda: w3.read())
print(repr(io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc"), encoding="utf-8", newline="").readlines()))
w4 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
w4.write("a\nb")
print(w4.buffer.getvalue(), w4.line_buffering)
w5 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
w5.write("wt")
print(w5.buffer.getvalue(), w5.write_through)
t("repr", lambda: repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))


# Long text: multi-byte characters and \r\n split across the 8192-byte chunks
text = ("é" * 4095 + "\r\n" + "x" * 10 + "\r") * 3 + "end"
w = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
lines = w.readlines()
print(len(lines), [len(x) for x in lines], repr(lines[-1]), w.newlines)
w.seek(0)
got = ""
while True:
    chunk = w.read(1000)
    if not chunk:
        break
    got += chunk
print(len(got), got == text.replace("\r\n", "\n").replace("\r", "\n"))
w.seek(0)
print(sum(1 for _ in w), w.tell() == len(text.encode()))


# A user-defined raw buffer
class Pipe(io.RawIOBase):
    def __init__(self):
        self.data = bytearray()
        self.log = []

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data), 5)
        b[:n] = self.data[:n]
        del self.data[:n]
        return n

    def write(self, b):
        self.log.append(bytes(b))
        self.data += b
        return len(b)


pipe = Pipe()
w = io.TextIOWrapper(pipe, encoding="utf-8", newline="\r\n")
print(w.write("one\ntwo\n"), pipe.log)
w.flush()
print(pipe.log, w.readline(), w.readline(), repr(w.readline()))
t("seek", lambda: w.seek(0))
t("tell", lambda: w.tell())
w.close()
print(w.closed, pipe.closed)

# Write then read back, interleaved with seeks
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("abc\ndef\n")
print(w.seek(0), repr(w.readline()), w.tell())
w.write("XY\n")
w.seek(0)
print(repr(w.read()), b.getvalue())
print(w.seek(0, 2), w.truncate(4), w.seek(0), repr(w.read()))
t("seek cur", lambda: w.seek(1, 1))
t("seek end", lambda: w.seek(-1, 2))
t("seek neg", lambda: w.seek(-1))
t("seek whence", lambda: w.seek(0, 7))
t("write bytes", lambda: w.write(b"x"))
t("ascii write", lambda: io.TextIOWrapper(io.BytesIO(), encoding="ascii").write("\xe9"))
t("not readable", lambda: io.TextIOWrapper(Pipe.__new__(type("W", (io.RawIOBase,), {"writable": lambda self: True}))).read())
print(type(io.TextIOWrapper(io.BytesIO())) is io.TextIOWrapper)


# Warm-up: decode through a wrapper 200 times, then a different buffer class
def head(buf):
    return io.TextIOWrapper(buf, encoding="utf-8").readline()


print({head(io.BytesIO(b"warm\nup")) for _ in range(200)})
pipe = Pipe()
pipe.data += "pipé\nline".encode()
print(head(pipe), head(io.BytesIO(b"again")))

# detach hands the buffer back with the pending text written to it
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("pending")
print(b.getvalue(), w.detach() is b, b.getvalue(), b.closed)
