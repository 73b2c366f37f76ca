# PEP 678: BaseException.add_note and __notes__, and how the traceback printer shows them.
import sys

e = ValueError("bad")
print(hasattr(e, "__notes__"))
print(e.add_note("first"), e.__notes__)
e.add_note("second\nline")
print(e.__notes__, e.__dict__)


class S(str):
    pass


e.add_note(S("sub"))
print(len(e.__notes__), type(e.__notes__[2]).__name__)


def attempt(fn):
    try:
        fn()
    except Exception as x:
        print(type(x).__name__ + ":", x)


attempt(lambda: e.add_note(5))
attempt(lambda: e.add_note(None))
attempt(lambda: e.add_note(b"x"))
attempt(lambda: e.add_note())
attempt(lambda: e.add_note("a", "b"))
attempt(lambda: e.add_note(note="a"))
attempt(lambda: BaseException.add_note(3, "x"))
t = TypeError()
t.__notes__ = ("a",)
attempt(lambda: t.add_note("b"))
print(t.__notes__)
del t.__notes__
t.add_note("fresh")
print(t.__notes__)


# A class can supply __notes__ itself.
class WithNotes(Exception):
    def __init__(self):
        super().__init__("custom")
        self.__notes__ = ["preset"]


w = WithNotes()
w.add_note("added")
print(w.__notes__)

# Notes survive raising and catching.
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up k")
        raise
except KeyError as k2:
    print(k2.__notes__)


# The printer: notes follow the exception line, also in chains; non-str items use str();
# a non-sequence __notes__ is shown by repr() with no newline.
class BadStr:
    def __str__(self):
        raise RuntimeError("no")


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return "seq note %d" % i


def show(notes):
    x = ValueError("v")
    x.__notes__ = notes
    sys.excepthook(ValueError, x, None)
    print("--")


show(["a", 5, b"x", None, BadStr()])
show(("t1", "t2"))
show("abc")
show(Seq())
show([])
show(7)
show({"k": 1})
print(sys.excepthook is sys.__excepthook__)
attempt(lambda: sys.excepthook(1, 2))
sys.excepthook(int, 5, None)
print("--")
x = ValueError("with tb")
x.add_note("noted")
try:
    1 / 0
except ZeroDivisionError as z:
    ztb = z.__traceback__
sys.excepthook(ValueError, x, ztb)
print(x.__traceback__ is ztb)


def chained():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("note on the cause")
        err = RuntimeError("outer")
        err.add_note("note on the outer one")
        err.add_note("two\nlines\n")
        err.add_note("")
        raise err from z


chained()
