# timeit: Timer with string and callable stmt/setup, globals=, timeit/repeat/autorange,
# default_timer, a fake timer (deterministic numbers), the errors; timeit.main's output
# format checked with regexes (times vary) and exactly with a fake timer.
import io
import sys
import re
import timeit

print(timeit.default_timer.__name__, timeit.default_number, timeit.default_repeat)
print(sorted(timeit.__all__))


class FakeTimer:
    """Each call advances by `step` seconds: every timing is exact."""

    def __init__(self, step=0.5):
        self.now = 0.0
        self.step = step
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now


class GrowingTimer(FakeTimer):
    def __call__(self):
        self.step *= 1.5
        return super().__call__()


ft = FakeTimer()
t = timeit.Timer("x = 1", timer=ft)
print(t.timeit(10), ft.calls)
print(t.repeat(3, 5), ft.calls)
print(timeit.Timer("pass", timer=FakeTimer(0.25)).autorange())
seen = []
print(timeit.Timer("pass", timer=GrowingTimer(0.01)).autorange(lambda n, tt: seen.append((n, round(tt, 3)))))
print(seen)

# stmt and setup as strings share a namespace; setup runs once per timeit() call
log = []
t = timeit.Timer("log.append(n)", setup="n = len(log)", globals={"log": log})
t.timeit(3)
t.timeit(2)
print(log)

# callables
calls = []
t = timeit.Timer(lambda: calls.append("stmt"), setup=lambda: calls.append("setup"))
t.timeit(2)
print(calls)
print(timeit.timeit("sum(range(10))", number=5) >= 0.0)
print(len(timeit.repeat("pass", repeat=4, number=3)))
print(timeit.timeit(number=0) >= 0.0)
print("inner" in t.src and "_stmt()" in t.src)

# multi-line statements keep their structure
ns = {"acc": []}
timeit.Timer("for i in range(2):\n    acc.append(i)", globals=ns).timeit(2)
print(ns["acc"])

# errors
for stmt, setup in ((1, "pass"), ("pass", 2)):
    try:
        timeit.Timer(stmt, setup)
    except ValueError as e:
        print("ValueError:", e)
for stmt, setup in (("x = ", "pass"), ("pass", "y = (")):
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    timeit.Timer("undefined_name").timeit(1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.Timer("return 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)


def run_main(args, timer=None):
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        if timer is None:
            status = timeit.main(args)
        else:
            status = timeit.main(args, _wrap_timer=lambda t: timer)
    finally:
        sys.stdout = saved
    return status, out.getvalue()


line = re.compile(r"^\d+ loops?, best of \d+: \d+(\.\d+)?(e[-+]\d+)? (nsec|usec|msec|sec) per loop$")
status, text = run_main(["-n", "20", "-r", "1", "x = 1 + 1"])
print(status, bool(line.match(text.strip())), text.split(",")[0])
status, text = run_main(["-s", "import math", "-n", "5", "-r", "1", "-u", "usec", "math.sqrt(2)"])
print(status, bool(line.match(text.strip())), text.strip().endswith("usec per loop"))
status, text = run_main(["-n", "1", "-r", "1", "pass"])
print(status, text.split(",")[0])

# with a fake timer the whole output is exact
print(run_main(["-n", "100", "pass"], FakeTimer(0.002)))
print(run_main(["-n", "3", "-r", "2", "-u", "msec", "pass"], FakeTimer(0.5)))
print(run_main(["-v", "-n", "10", "-r", "2", "pass"], FakeTimer(0.25)))
print(run_main(["-v", "-v", "-r", "2", "pass"], GrowingTimer(0.001)))
print(run_main(["pass"], FakeTimer(0.3)))
print(run_main(["--number=4", "--repeat", "1", "--unit=nsec", "--", "pass"], FakeTimer(1e-6)))
print(run_main(["-x"]))
print(run_main(["-n"]))
print(run_main(["--numb=3", "pass"], FakeTimer(1.0)))
print(run_main(["--frobnicate"]))
print(run_main(["--verbose=1"]))
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
try:
    result = run_main(["-u", "years", "pass"])
finally:
    sys.stderr = saved
print(result, repr(err.getvalue()))

# warm-up: the same Timer 200 times, then the global it reads changes
counter = {"n": 0}


def bump():
    counter["n"] += 1


t = timeit.Timer("bump()", globals=globals())
for _ in range(200):
    t.timeit(2)
print(counter["n"])


def bump():
    counter["n"] -= 100


t.timeit(1)
print(counter["n"])
