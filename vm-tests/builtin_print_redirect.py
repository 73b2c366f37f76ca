# print() writes to whatever sys.stdout is at the time of the call.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


class Loud:
    def __str__(self):
        sys.__stdout__.write("[str called]\n")
        return "loud"


cap = Capture()
sys.stdout = cap
print("hello", 1, None, sep="-", end="!\n")
print()
print("a", Loud(), "b")
print("flushed", flush=True)
print(*[], end="")


def gen():
    try:
        yield 1
    finally:
        print("generator finally")


g = gen()
next(g)
del g


def warm(i):
    print(i, end=" ")


for i in range(200):
    warm(i)
sys.stdout = sys.__stdout__
print(cap.parts[:12])
print(len(cap.parts), "".join(cap.parts).count(" "))

# file= takes any object with write(); None means sys.stdout.
other = Capture()
print("x", "y", file=other)
print("to stdout", file=None)
print(other.parts)

# sys.stdout None: print does nothing; deleted: RuntimeError.
sys.stdout = None
print("dropped")
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.__stdout__.write("RuntimeError: %s\n" % e)
sys.stdout = sys.__stdout__


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)


class BadWrite:
    def write(self, s):
        raise ValueError("cannot write " + repr(s))


try:
    print("x", "y", file=BadWrite())
except ValueError as e:
    print("ValueError:", e)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)

# The interpreter's own sys module is where print looks, whatever sys.modules says.
saved = sys.modules["sys"]
sys.modules["sys"] = None
print("sys.modules['sys'] replaced")
del sys.modules["sys"]
print("sys.modules['sys'] deleted")
sys.modules["sys"] = saved
