# The io class hierarchy: isinstance for the concrete classes, user subclasses of IOBase /
# RawIOBase / BufferedIOBase / TextIOBase getting readline, readlines, iteration,
# writelines and the context manager from the base; UnsupportedOperation; the constants.
import io
import sys


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__module__)
try:
    io.StringIO().fileno()
except OSError as e:
    print("caught as OSError", type(e).__name__, e)
try:
    io.BytesIO().fileno()
except ValueError as e:
    print("caught as ValueError", type(e).__name__, e)

for obj in [io.StringIO(), io.BytesIO(), sys.stdout]:
    print(type(obj).__name__, [isinstance(obj, c) for c in
          (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.TextIOWrapper, io.IOBase), issubclass(io.FileIO, io.RawIOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.StringIO, io.RawIOBase))
print([c.__name__ for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])


class Source(io.RawIOBase):
    """A raw stream of bytes served from memory through readinto."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


s = Source(b"line1\nline2\nlast")
print(s.read(2), s.readline(), s.readline(2), s.readlines(), s.read())
s = Source(b"x\ny\n")
print(list(s), s.closed, isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
s = Source(b"all of it")
print(s.read(), s.readall(), s.readable(), s.writable(), s.seekable())
with Source(b"a\nb") as s:
    print(s.readline(), s.closed)
print(s.closed)
t("read closed", lambda: s.readline())
t("iter closed", lambda: iter(s))
t("enter closed", lambda: s.__enter__())
t("flush closed", lambda: s.flush())
t("readlines closed", lambda: s.readlines())
t("writelines closed", lambda: s.writelines([]))
t("isatty closed", lambda: s.isatty())


class Log(io.TextIOBase):
    def __init__(self):
        self.parts = []
        self.closes = 0

    def writable(self):
        return True

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def close(self):
        self.closes += 1
        super().close()


log = Log()
log.writelines(["a", "b\n"])
print(log, file=log) if False else None
print("via print", 42, file=log)
print(log.parts, log.encoding, log.errors, log.newlines, log.closed)
log.close()
log.close()
print(log.closed, log.closes)
t("read", lambda: Log().read())
t("readline", lambda: Log().readline())
t("detach", lambda: Log().detach())

base = io.IOBase()
t("seek", lambda: base.seek(0))
t("tell", lambda: base.tell())
t("truncate", lambda: base.truncate())
t("fileno", lambda: base.fileno())
t("readable", lambda: base.readable())
t("isatty", lambda: base.isatty())
t("readline", lambda: base.readline())
b = io.BufferedIOBase()
t("b.read", lambda: b.read())
t("b.read1", lambda: b.read1())
t("b.write", lambda: b.write(b""))
t("b.readinto", lambda: b.readinto(bytearray(2)))
r = io.RawIOBase()
t("r.read", lambda: r.read(2))
t("r.write", lambda: r.write(b""))


class Chunks(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        n = len(self.data) if n is None or n < 0 else n
        out, self.data = self.data[:n], self.data[n:]
        return out


buf = bytearray(4)
c = Chunks(b"abcdef\ngh")
print(c.readinto(buf), buf, c.readline(), list(c))


# Warm-up: readline through the base 200 times, then a subclass changes read.
def first_line(stream):
    return stream.readline()


lines = {first_line(Source(b"warm\nup")) for _ in range(200)}
print(lines)


class Shouting(Source):
    def read(self, n=-1):
        return super().read(n).upper()


print(first_line(Shouting(b"quiet\nloud")), first_line(Source(b"again\n")))
