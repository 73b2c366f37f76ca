# Reports go to the current sys.stderr: an uncaught exception's traceback through
# sys.excepthook, an exception ignored in __del__, print(file=sys.stderr) — captured in a
# StringIO; finally an uncaught exception with sys.stderr a StringIO prints nothing.
import io
import sys


def strip_addresses(text):
    out = []
    for line in text.splitlines():
        if " at 0x" in line:
            head, _, rest = line.partition(" at 0x")
            line = head + " at ADDR" + rest[rest.find(">"):]
        if 'File "' in line:
            head, _, rest = line.partition('File "')
            line = head + 'File "' + rest[rest.rfind("/", 0, rest.find('"')) + 1:]
        out.append(line)
    return out


def fail(n):
    if n == 0:
        raise ValueError("deep")
    fail(n - 1)


class Noisy:
    def __del__(self):
        raise RuntimeError("in __del__")


for round_ in range(2):
    err = io.StringIO()
    sys.stderr = err
    try:
        fail(2)
    except ValueError:
        sys.excepthook(*sys.exc_info())
    Noisy()
    print("plain", file=sys.stderr)
    sys.stderr = sys.__stderr__
    for line in strip_addresses(err.getvalue()):
        print("|", line)


# Warm-up: the same report 200 times into one StringIO
def report(exc):
    sys.excepthook(type(exc), exc, exc.__traceback__)


err = io.StringIO()
sys.stderr = err
for i in range(200):
    try:
        fail(0)
    except ValueError as e:
        report(e)
sys.stderr = sys.__stderr__
print(err.getvalue().count("ValueError: deep"), len(err.getvalue().splitlines()))

print("last line on stdout")
sys.stderr = io.StringIO()
fail(1)
