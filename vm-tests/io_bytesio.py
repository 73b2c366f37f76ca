# io.BytesIO: read/read1/readline/readlines/readinto/write/writelines, seek/tell/truncate,
# getvalue, iteration, closed-file errors, context manager, subclasses, warm-up.
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"ab\ncd\nef")
print(b.read(1), b.read1(), b.tell(), b.seek(0), b.readline(), b.readline(1), b.readline(-1))
print(b.seek(0), b.readlines(), b.seek(0), list(b), b.read())
print(b.seek(0), b.readlines(4), b.readlines(None))
print(b.write(b"XY"), b.getvalue(), b.seek(12), b.write(bytearray(b"z")), b.getvalue())
print(b.seek(-2, 1), b.tell(), b.seek(-100, 1), b.seek(-3, 2), b.seek(5, 2), b.seek(0))
print(b.truncate(4), b.tell(), b.getvalue(), b.seek(2), b.truncate(), b.getvalue(), b.tell())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
b.writelines([b"1", bytearray(b"2")])
print(b.getvalue())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(bytearray(5)))
print(io.BytesIO().getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).read())
print(io.BytesIO(initial_bytes=b"kw").read(), type(io.BytesIO()).__name__)
print(repr(b.read(0)), repr(b.read(None)), repr(b.read(-5)))

t("init str", lambda: io.BytesIO("x"))
t("init int", lambda: io.BytesIO(3))
t("init kw", lambda: io.BytesIO(data=b""))
t("write str", lambda: b.write("x"))
t("writelines", lambda: b.writelines([b"a", "b"]))
t("seek -1", lambda: b.seek(-1))
t("seek whence", lambda: b.seek(0, 5))
t("seek float", lambda: b.seek(0.5))
t("truncate -1", lambda: b.truncate(-1))
t("truncate str", lambda: b.truncate("x"))
t("read str", lambda: b.read("1"))
t("readinto bytes", lambda: b.readinto(b"ab"))
t("fileno", lambda: b.fileno())
t("detach", lambda: b.detach())

b.close()
b.close()
print(b.closed)
for name, args in [("read", ()), ("read1", ()), ("readline", ()), ("readlines", ()),
                   ("getvalue", ()), ("tell", ()), ("seek", (0,)), ("write", (b"a",)),
                   ("writelines", ([],)), ("truncate", ()), ("flush", ()), ("readable", ()),
                   ("writable", ()), ("seekable", ()), ("isatty", ()), ("__enter__", ()),
                   ("__next__", ()), ("readinto", (bytearray(1),))]:
    t(name, lambda: getattr(b, name)(*args))
t("next", lambda: next(b))

with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)


class Tagged(io.BytesIO):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag

    def read(self, n=-1):
        return self.tag + super().read(n)


x = Tagged(b"payload", b"#")
print(x.read(3), x.read(), x.tag, isinstance(x, io.BytesIO), x.getvalue())


def use(s):
    s.seek(0)
    s.write(b"one\ntwo\n")
    s.seek(0)
    return s.readline() + s.read(2) + bytes([s.tell()])


base = io.BytesIO()
print({use(base) for _ in range(200)})
print(use(Tagged(b"", b"!")), use(base))
for _ in range(200):
    use(base)
print(use(base), base.getvalue())

# A write far past the end that cannot be allocated is a MemoryError, not an abort
big = io.BytesIO()
big.seek(2**62)
t("huge write", lambda: big.write(b"x"))
print(big.getvalue(), big.tell())
