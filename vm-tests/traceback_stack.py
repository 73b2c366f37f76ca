# traceback: extract_stack / format_stack / print_stack / walk_stack, FrameSummary and
# StackSummary (from_list, format, repetition), print_list.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    if isinstance(text, list):
        return [clean(t) for t in text]
    return text.replace(HERE, "")


def leaf():
    return traceback.extract_stack()


def mid():
    return leaf()


s = mid()
print([(f.name, f.lineno, f.line) for f in s])
print(clean(repr(s[-1])))


def fmt_stack():
    return traceback.format_stack()


print(clean("".join(fmt_stack())))
print(clean("".join(traceback.format_stack(limit=1))))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
traceback.print_stack(file=out)
traceback.print_stack(sys._getframe(), limit=1, file=out)
print(clean("".join(out.parts)))


def walker():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]


print(walker())

fs = traceback.FrameSummary("f.py", 3, "g", line="  x = 1  ")
print(fs, fs.line, fs == ("f.py", 3, "g", "x = 1"), list(fs), fs[2], len(fs))
print(fs == traceback.FrameSummary("f.py", 3, "g", line="other"), fs == 3)
fs2 = traceback.FrameSummary("f.py", 4, "h", lookup_line=False)
print(repr(fs2.line), fs2.locals)
fs3 = traceback.FrameSummary("f.py", 5, "k", line="y", locals={"a": 1, "b": "s"})
print(fs3.locals)
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None), fs3]))
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "x()")] * 6 + [("a.py", 2, "g", "y")])
print("".join(ss.format()))
print(type(ss).__name__, len(ss), isinstance(ss, list))
out = Out()
traceback.print_list([("a.py", 1, "f", "pass")], file=out)
print(out.parts)
print(traceback.StackSummary.extract(iter([])), traceback.format_list([]))


# Warm-up: the same stack extracted 200 times, then from a deeper frame.
def probe():
    return [(f.name, f.line) for f in traceback.extract_stack(limit=2)]


first = probe()
for _ in range(200):
    assert probe()[-1] == first[-1]
print(first)


def deeper():
    return probe()


print(deeper())
