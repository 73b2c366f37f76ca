# Hostile sys.stdout / sys.stdin replacements: print and input() over objects whose write
# raises or returns junk, whose flush fails or is missing, or that are not streams at all.
import io
import sys

orig = sys.stdout


def show(label, f):
    try:
        r = f()
        sys.stdout = orig
        print(label, "->", repr(r))
    except Exception as e:
        sys.stdout = orig
        print(label, "!!", type(e).__name__, e)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


class RaiseW:
    def write(self, s):
        raise ValueError("write failed")


class JunkW(Collect):
    def write(self, s):
        super().write(s)
        return "junk"


class NoFlush:
    def write(self, s):
        return orig.write("[" + s + "]")


class FlushRaise(NoFlush):
    def flush(self):
        raise OSError("flush failed")


class NoWrite:
    pass


def print_to(out, *args, **kw):
    sys.stdout = out
    print(*args, **kw)
    sys.stdout = orig
    return getattr(out, "parts", None)


def read_line(out, data, prompt="prompt> "):
    sys.stdin = io.StringIO(data)
    sys.stdout = out
    try:
        return input(prompt) if prompt is not None else input()
    finally:
        sys.stdout = orig


# warm the paths up first, then the hostile objects
for _ in range(200):
    print_to(Collect(), "a", 1, sep="-")
    read_line(Collect(), "x\n")
show("collect", lambda: print_to(Collect(), "a", "b", end="!"))
show("write raises", lambda: print_to(RaiseW(), "x"))
show("write returns junk", lambda: print_to(JunkW(), "x", "y"))
show("no write", lambda: print_to(NoWrite(), "x"))
show("stdout int", lambda: print_to(5, "x"))
show("stdout None", lambda: print_to(None, "x"))
show("flush raises", lambda: print_to(FlushRaise(), "x", flush=True))
show("no flush, flush=True", lambda: print_to(NoFlush(), "x", flush=True))
show("file= int", lambda: print("x", file=5))
show("sep int", lambda: print("x", sep=5))
show("end bytes", lambda: print("x", end=b""))
show("input no flush", lambda: read_line(NoFlush(), "line one\nline two\n"))
show("input flush raises", lambda: read_line(FlushRaise(), "line\n"))
show("input write raises", lambda: read_line(RaiseW(), "line\n"))
show("input eof", lambda: read_line(NoFlush(), ""))
show("input no prompt", lambda: read_line(NoFlush(), "abc\r\n", None))
show("input readline bytes", lambda: read_line(NoFlush(), "z\n"))


class BytesIn:
    def readline(self):
        return b"raw\n"


class JunkIn:
    def readline(self):
        return 5


def read_from(stdin):
    sys.stdin = stdin
    sys.stdout = NoFlush()
    try:
        return input()
    finally:
        sys.stdout = orig


show("stdin bytes", lambda: read_from(BytesIn()))
show("stdin junk", lambda: read_from(JunkIn()))


def lost_stdout():
    del sys.stdout
    try:
        print("x")
    finally:
        sys.stdout = orig


show("lost stdout", lost_stdout)


def closed_stringio():
    s = io.StringIO()
    sys.stdout = s
    print("hi")
    s.close()
    print("again")


show("closed StringIO", closed_stringio)
sys.stdin = sys.__stdin__
for _ in range(200):
    print_to(Collect(), "b")
show("after", lambda: print_to(Collect(), "done"))
