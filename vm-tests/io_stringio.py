# io.StringIO: initial value, newline= semantics, read/readline/readlines/write/writelines,
# seek/tell/truncate/getvalue, iteration, closed-file errors, context manager, subclasses,
# and the same calls after warm-up.
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("hello\nworld\n")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(s.seek(0), s.readlines(), s.seek(0), list(s), s.tell())
print(s.write("!"), repr(s.getvalue()), s.seek(2), s.write("LL"), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush())
print(s.encoding, s.errors, s.line_buffering, s.newlines, s.closed)
print(type(s).__name__, type(s).__module__, repr(type(s)))

# Writing past the end pads with NULs; truncate keeps the position.
s = io.StringIO("hello")
print(s.seek(8), s.write("X"), repr(s.getvalue()))
print(s.truncate(3), s.tell(), repr(s.getvalue()), s.truncate(), repr(s.getvalue()))
s.seek(1)
print(s.truncate(), repr(s.getvalue()), s.seek(0, 2), s.seek(0, 1))
print(repr(s.read(-1)), repr(s.read(None)), repr(s.read(0)))

# readline / readlines limits
s = io.StringIO("abcdef\nxy\nz")
print(repr(s.readline(3)), repr(s.readline(-1)), repr(s.readline(None)), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines(5), s.readlines(0), s.readlines())
s.writelines(["1\n", "2"])
print(repr(s.getvalue()))

# newline= grid: what is stored, how lines split, what newlines reports
text = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\r")
    s.write("\ny\n")
    print(repr(nl), repr(s.getvalue()), s.newlines)
print(io.StringIO("a\nb").newlines, io.StringIO("a\rb", newline=None).newlines)
print(io.StringIO("a\r\nb", newline="").newlines)

# Argument errors
t("newline=x", lambda: io.StringIO(newline="x"))
t("newline=5", lambda: io.StringIO(newline=5))
t("init int", lambda: io.StringIO(5))
t("init bytes", lambda: io.StringIO(b"x"))
t("init None", lambda: io.StringIO(None).getvalue())
t("kw", lambda: io.StringIO(initial_value="kw", newline=None).getvalue())
t("too many", lambda: io.StringIO("a", "\n", 3))
t("bad kw", lambda: io.StringIO(value="x"))
s = io.StringIO("hello")
t("seek -1", lambda: s.seek(-1))
t("seek cur", lambda: s.seek(1, 1))
t("seek end", lambda: s.seek(-1, 2))
t("seek whence", lambda: s.seek(0, 3))
t("seek float", lambda: s.seek(1.5))
t("seek str", lambda: s.seek("0"))
t("seek no args", lambda: s.seek())
t("truncate -1", lambda: s.truncate(-1))
t("truncate str", lambda: s.truncate("1"))
t("write bytes", lambda: s.write(b"x"))
t("write int", lambda: s.write(3))
t("writelines", lambda: s.writelines(["a", 1]))
t("read str", lambda: s.read("x"))
t("readline float", lambda: s.readline(1.0))
t("fileno", lambda: s.fileno())
t("detach", lambda: s.detach())
t("name", lambda: s.name)
t("read args", lambda: s.read(1, 2))

# Closed: every operation raises, with CPython's two spellings of the message
s.close()
s.close()
print(s.closed)
for name, args in [("read", ()), ("readline", ()), ("readlines", ()), ("getvalue", ()),
                   ("tell", ()), ("seek", (0,)), ("write", ("a",)), ("writelines", ([],)),
                   ("truncate", ()), ("flush", ()), ("readable", ()), ("writable", ()),
                   ("seekable", ()), ("isatty", ()), ("__enter__", ()), ("__next__", ())]:
    t(name, lambda: getattr(s, name)(*args))
t("iter", lambda: iter(s))
t("newlines", lambda: s.newlines)
t("line_buffering", lambda: s.line_buffering)
t("next", lambda: next(s))

# Context manager
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)


# A subclass: its own __init__ and methods; the base's state underneath
class Upper(io.StringIO):
    def __init__(self, prefix):
        super().__init__(newline=None)
        self.prefix = prefix

    def write(self, s):
        return super().write(self.prefix + s.upper())


u = Upper("> ")
print(u.write("abc\r\n"), repr(u.getvalue()), isinstance(u, io.StringIO), u.prefix)
print(type(u).__mro__[1] is io.StringIO, u.newlines)


# Warm-up: the same calls 200 times, then a subclass overriding them, then again
def use(s):
    s.seek(0)
    s.write("line one\nline two\n")
    s.seek(0)
    return s.readline() + s.read(4) + str(s.tell())


base = io.StringIO()
results = set()
for _ in range(200):
    results.add(use(base))
print(results)


class Counting(io.StringIO):
    calls = 0

    def readline(self, *args):
        Counting.calls += 1
        return "counted\n"


print(use(Counting()), Counting.calls, use(base))
for _ in range(200):
    use(base)
print(use(base), repr(base.getvalue()))

# A write far past the end that cannot be allocated is a MemoryError, not an abort
big = io.StringIO()
big.seek(10**17)
t("huge write", lambda: big.write("x"))
print(repr(big.getvalue()), big.tell())
