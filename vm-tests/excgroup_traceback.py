# Printed tracebacks of exception groups (the native printer), after except* handling.
import sys


def leaf(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")


def collect(n):
    errors = []
    for i in range(n):
        try:
            leaf(i)
        except Exception as e:
            errors.append(e)
    return ExceptionGroup(f"collected {n}", errors)


def handle(n):
    try:
        raise collect(n)
    except* ValueError as e:
        return_value = len(e.exceptions)
    except* KeyError:
        pass


# Warm-up: the same handler path 200 times (only the TypeErrors escape each time).
escaped = 0
for i in range(200):
    try:
        handle(3)
    except ExceptionGroup as g:
        escaped += len(g.exceptions)
print("escaped", escaped)
sys.stdout.flush()

try:
    try:
        raise BaseExceptionGroup("deep", [ExceptionGroup("mid", [ExceptionGroup("low", [OSError(5, "io")])]), KeyboardInterrupt()])
    except* OSError:
        raise RuntimeError("handler failed")
except BaseExceptionGroup as g:
    g.add_note("a note\non two lines")
    sys.excepthook(type(g), g, g.__traceback__)

wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
sys.excepthook(type(wide), wide, None)

def nest(d):
    return ExceptionGroup(f"level {d}", [nest(d + 1) if d < 12 else ValueError(d)])
sys.excepthook(ExceptionGroup, nest(0), None)


def chained():
    try:
        handle(4)
    except ExceptionGroup as g:
        raise ExceptionGroup("outer", [LookupError("x"), g]) from KeyError("cause")


chained()
