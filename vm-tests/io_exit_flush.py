# At the end of a run, a replaced sys.stdout / sys.stderr is flushed as CPython does: once
# after the main module (errors ignored), once more at exit (unless `closed` is true).
import sys

calls = []


class Stream:
    def __init__(self, name, fail_on=None):
        self.name = name
        self.fail_on = fail_on
        self.flushes = 0

    def write(self, s):
        sys.__stdout__.write("[%s:%s]" % (self.name, s))
        return len(s)

    def flush(self):
        self.flushes += 1
        sys.__stdout__.write("<%s flush %d>" % (self.name, self.flushes))
        if self.flushes == self.fail_on:
            raise ValueError("flush %d failed" % self.flushes)


def warm(stream):
    print("w", file=stream)


s = Stream("warm")
for _ in range(200):
    warm(s)
print()
sys.stdout = Stream("out", fail_on=1)
sys.stderr = Stream("err")
print("hello")
print("to err", file=sys.stderr)
