# traceback: chained exceptions (cause, context, suppressed context), __notes__,
# TracebackException and its attributes, chain=False, print_exception to a file.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, "")


def lookup(d):
    return d["k"]


def caused():
    try:
        lookup({})
    except KeyError as k:
        raise ValueError("bad value") from k


def contexted():
    try:
        raise TypeError("one")
    except TypeError:
        raise RuntimeError("two")


def suppressed():
    try:
        raise TypeError("one")
    except TypeError:
        raise RuntimeError("two") from None


def run(f):
    try:
        f()
    except Exception as e:
        return e


for f in (caused, contexted, suppressed):
    e = run(f)
    print(clean("".join(traceback.format_exception(e))))
    print(clean("".join(traceback.format_exception(e, chain=False))))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, type(te.__context__).__name__,
          te.__suppress_context__, te.exc_type.__name__, str(te))
    print(list(te.format_exception_only()))
    print(len(te.stack), [fs.name for fs in te.stack])

# Notes.
e = ValueError("noted")
e.add_note("note 1")
e.add_note("two\nlines")
print(traceback.format_exception(e))
e2 = KeyError("k")
e2.__notes__ = "not a sequence"
print(traceback.format_exception_only(e2))
e3 = KeyError("k")
e3.__notes__ = [1, "x"]
print(traceback.format_exception_only(e3))

# A loop in the chain is shown once.
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)))

# Equality and the limit of TracebackException.
e = run(caused)
t1 = traceback.TracebackException.from_exception(e)
t2 = traceback.TracebackException.from_exception(e)
print(t1 == t2, t1 == 5)
t3 = traceback.TracebackException.from_exception(e, limit=1)
print([fs.name for fs in t3.stack], [fs.name for fs in t3.__cause__.stack])


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
traceback.print_exception(e, file=out)
t1.print(file=out, chain=False)
print(clean("".join(out.parts)))

# Locals captured.
def with_locals():
    x = 41
    name = "n"
    raise ValueError(x + 1)


def run_plain():
    try:
        with_locals()
    except ValueError as err:
        return err


e = run_plain()
te = traceback.TracebackException.from_exception(e, capture_locals=True)
print(clean("".join(te.format())))

# Warm-up: the formatting of a chained exception, then the chain changes.
e = run(caused)


def fmt():
    return clean("".join(traceback.format_exception(e)))


first = fmt()
for _ in range(200):
    assert fmt() == first
e.__cause__ = None
e.__suppress_context__ = True
print(fmt())
e.__suppress_context__ = False
print(fmt())
