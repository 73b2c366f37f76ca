# A replaced sys.stdout whose flush() fails at exit: reported as unraisable on sys.stderr,
# and the exit status becomes 120.
import sys


class NoFlush:
    def write(self, s):
        sys.__stdout__.write(s.upper())
        return len(s)

    def __repr__(self):
        return "<NoFlush>"


class Closed(NoFlush):
    closed = True

    def flush(self):
        sys.__stdout__.write("never at exit\n")


sys.stdout = NoFlush()
print("shouted")
sys.stderr = Closed()
