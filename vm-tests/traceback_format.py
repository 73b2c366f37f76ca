# traceback: format_exc / format_exception (both signatures) / format_exception_only /
# extract_tb / format_tb / print_tb / print_exc / walk_tb, with source lines and carets.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    if isinstance(text, list):
        return [clean(t) for t in text]
    return text.replace(HERE, "")


def inner(x):
    return x[1] + 1 / 0


def outer():
    return inner([1, 2])


def capture():
    try:
        outer()
    except ZeroDivisionError as e:
        return e


e = capture()
tb = e.__traceback__
print(clean(traceback.format_exception(e)))
print(clean(traceback.format_exception(type(e), e, tb)))
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
st = traceback.extract_tb(tb)
print(clean(repr(st)))
for fs in st:
    print(clean(fs.filename), fs.lineno, fs.name, repr(fs.line), len(fs), clean(fs[0]))
print(clean(traceback.format_tb(tb)))
print(clean(traceback.format_list(st)))
print(clean(traceback.format_tb(tb, limit=1)), clean(traceback.format_tb(tb, limit=-1)))
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(clean(text), end="")
    sys.stdout.write("--\n")
    saved = sys.stdout

    class Collect:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

    out = Collect()
    traceback.print_exc(file=out)
    traceback.print_tb(sys.exc_info()[2], file=out)
    traceback.print_exception(*sys.exc_info(), file=out)
    print(clean("".join(out.parts)), end="")


# Errors of the arguments.
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as err:
    print("ValueError:", err)
try:
    traceback.format_exception(1)
except TypeError as err:
    print("TypeError:", err)
print(traceback.format_exception_only(None))
print(traceback.format_exc())
print(traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(ValueError("a\nb")))


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(Broken()))


class Local(Exception):
    pass


print(traceback.format_exception_only(Local("mine")))
try:
    undefined_name_here
except NameError as err:
    print(traceback.format_exception_only(err))
try:
    [].appendd
except AttributeError as err:
    print(traceback.format_exception_only(err))
try:
    compile("x = (1,\n", "snippet.py", "exec")
except SyntaxError as err:
    print(traceback.format_exception_only(err))
try:
    compile("a b", "<s>", "eval")
except SyntaxError as err:
    print(traceback.format_exception_only(err))


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)


try:
    rec(8)
except RuntimeError:
    print(clean(traceback.format_exc()))


# Warm-up: the same formatting 200 times, then the traceback limit changes.
def fmt():
    return clean(traceback.format_exception(e))


first = fmt()
for _ in range(200):
    assert fmt() == first
sys.tracebacklimit = 1
print(fmt())
sys.tracebacklimit = 0
print(fmt())
del sys.tracebacklimit
print(fmt() == first)
