# The default threading.excepthook writes "Exception in thread NAME:" and the traceback to
# sys.stderr; here sys.stderr is a list-backed writer so the report can be checked on stdout.
import sys
import threading


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def explode():
    raise ZeroDivisionError("no dividing")


w = W()
saved = sys.stderr
sys.stderr = w
try:
    t = threading.Thread(target=explode, name="exploder")
    t.start()
    t.join()
finally:
    sys.stderr = saved
lines = "".join(w.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
