# Reassigning sys.stdout / sys.stderr / sys.stdin: print, input and the uncaught-exception
# report use whatever the names hold now; sys.__stdout__ & co. stay the originals; a
# hand-written redirect_stdout; output order across switches; warm-up loops.
import io
import sys


class redirect_stdout:
    def __init__(self, target):
        self.target = target
        self.saved = []

    def __enter__(self):
        self.saved.append(sys.stdout)
        sys.stdout = self.target
        return self.target

    def __exit__(self, *exc):
        sys.stdout = self.saved.pop()


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("start")
with redirect_stdout(io.StringIO()) as out:
    print("captured", 1, 2, sep="-")
    print("more", end="!")
    sys.stdout.write("direct\n")
print("after", repr(out.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)

# Nested redirections, and an exception leaving one
outer, inner = io.StringIO(), io.StringIO()
try:
    with redirect_stdout(outer):
        print("o1")
        with redirect_stdout(inner):
            print("i1")
            raise ValueError("inside")
except ValueError as e:
    print("caught", e)
print(repr(outer.getvalue()), repr(inner.getvalue()), sys.stdout is sys.__stdout__)


# Any object with a write method will do; print makes one write per piece
class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
sys.stdout = r
print("a", "b", 3)
print("x", flush=True)
print(file=None)
sys.stdout = sys.__stdout__
print(r.calls)

# file=None means the current sys.stdout; sys.stdout = None silences print
sys.stdout = None
print("dropped")
print("dropped too", file=None)
sys.stdout = sys.__stdout__
print("back")

# A deleted sys.stdout
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    msg = str(e)
sys.stdout = sys.__stdout__
print("RuntimeError", msg)


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    msg = str(e)
sys.stdout = sys.__stdout__
print("AttributeError", msg)

# print(file=...) to a stream object; stderr replaced
err = io.StringIO()
sys.stderr = err
print("to stderr", file=sys.stderr)
sys.stderr.write("written\n")
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))

# input() reads sys.stdin and prompts on sys.stdout when they are replaced
sys.stdin = io.StringIO("first\nsecond\r\nlast")
prompts = io.StringIO()
sys.stdout = prompts
answers = [input("? "), input(), input(42)]
try:
    input("eof? ")
except EOFError as e:
    answers.append(str(e))
sys.stdout = sys.__stdout__
print(answers, repr(prompts.getvalue()))
sys.stdin = None
t("lost stdin", lambda: input())
sys.stdin = io.StringIO("x\n")
sys.stdout = None
try:
    input()
except RuntimeError as e:
    msg = str(e)
sys.stdout = sys.__stdout__
print("RuntimeError", msg)


class BadLine:
    def readline(self):
        return b"bytes\n"


sys.stdin = BadLine()
t("bytes line", lambda: input())
sys.stdin = sys.__stdin__

# Order: text printed before and after a redirection stays in order
print("one", end=" ")
with redirect_stdout(io.StringIO()):
    print("hidden")
print("two")
sys.stdout.flush()
print("three")


# Warm-up: the same print 200 times to the real stdout and to a StringIO, then switch
def emit(i):
    print("line", i)


capture = io.StringIO()
sys.stdout = capture
for i in range(200):
    emit(i)
sys.stdout = sys.__stdout__
print(len(capture.getvalue().splitlines()), capture.getvalue().splitlines()[-1])
for i in range(3):
    emit(i)
sys.stdout = r
emit("recorded")
sys.stdout = sys.__stdout__
print(r.calls[-3:])

# The uncaught exception's report goes to the current sys.stderr


HERE = __file__.rpartition("/")[0] + "/"  # the checkout's path stays out of the output


class Shout:
    def write(self, s):
        sys.__stdout__.write(s.replace(HERE, "").upper())

    def flush(self):
        pass


sys.stderr = Shout()
raise KeyError("reported through sys.stderr")
