# The traceback module formats exception groups as CPython 3.11's does.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    # (file names relative to this directory, as CPython gives them absolute)
    print(text.replace(HERE, ""))


def fail(i):
    if i % 3 == 0:
        raise ValueError(f"v{i}")
    if i % 3 == 1:
        raise TypeError(f"t{i}")
    raise KeyError(i)


def gather(n):
    errors = []
    for i in range(n):
        try:
            fail(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup(f"gathered {n}", errors)


def run(n):
    try:
        gather(n)
    except* ValueError:
        raise RuntimeError("in handler")
    except* KeyError as e:
        e.add_note("keys\\nhandled")


try:
    run(5)
except ExceptionGroup as g:
    caught = g
text = "".join(traceback.format_exception(caught))
show(text)
show("".join(traceback.format_exception(caught, chain=False)))
te = traceback.TracebackException.from_exception(caught, max_group_width=1, max_group_depth=1)
show("".join(te.format()))
print(len(te.exceptions), type(te.exceptions[0]).__name__)
print(traceback.format_exception_only(caught))


def nest(d):
    return ExceptionGroup(f"level {d}", [nest(d + 1) if d < 3 else ValueError(d)])
show("".join(traceback.format_exception(nest(0), limit=None)))
traceback.print_exception(ExceptionGroup("printed", [OSError("os"), ExceptionGroup("in", [EOFError()])]), file=sys.stdout)

# Warm-up: formatting the same group 200 times gives the same text, then after a new note.
try:
    raise ExceptionGroup("small", [ValueError(1), ExceptionGroup("in", [KeyError(2)])])
except ExceptionGroup as g:
    small = g
first = "".join(traceback.format_exception(small))
texts = set()
for i in range(200):
    texts.add("".join(traceback.format_exception(small)))
print(len(texts), texts == {first})
small.exceptions[1].add_note("late note")
show("".join(traceback.format_exception(small)))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
