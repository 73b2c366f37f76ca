# Frame objects: sys._getframe(), f_back chains, f_code/f_globals/f_builtins/f_lineno,
# f_locals (a snapshot refreshed on each read, kept after the frame exits), tb_frame.
import sys

def show(fr):
    return "%s:%d" % (fr.f_code.co_name, fr.f_lineno)

def chain(fr):
    names = []
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names

here = sys._getframe()
print(type(here).__name__, here.f_code.co_name, here.f_back, here.f_lineno)
print(here.f_globals is globals(), here.f_locals is globals(), here.f_builtins is vars(__builtins__) if not isinstance(__builtins__, dict) else here.f_builtins is __builtins__)
print(sys._getframe(0) is here, sys._getframe(-3) is here)

def a():
    return b()

def b():
    return c()

def c():
    return [show(sys._getframe(d)) for d in range(4)], chain(sys._getframe())

print(a())

def depth_error(d):
    try:
        sys._getframe(d)
    except ValueError as exc:
        return str(exc)
    return "ok"

print(depth_error(1), depth_error(2), depth_error(1000))
for bad in ("x", None, 1.5, 2 ** 70):
    try:
        sys._getframe(bad)
    except (TypeError, OverflowError) as exc:
        print(type(exc).__name__, exc)
try:
    sys._getframe(1, 2)
except TypeError as exc:
    print(exc)
try:
    sys._getframe(depth=1)
except TypeError as exc:
    print(exc)

# f_locals: a snapshot, refreshed on each read; the same dict as locals().
def snap(p, q=2):
    x = 1
    fr = sys._getframe()
    d = fr.f_locals
    print(sorted(d), d is fr.f_locals, d is locals())
    x = 2
    y = 3
    print(d["x"], "y" in d)
    fr.f_locals
    print(d["x"], d["y"])
    d["x"] = 99
    print(x)
    del y
    fr.f_locals
    print("y" in d, sorted(d))
    d["extra"] = 1
    print("extra" in fr.f_locals)
    return fr

fr = snap(1)
print(sorted(fr.f_locals), fr.f_locals["x"], fr.f_lineno, fr.f_back is here)

# Cells and free variables appear by name.
def outer_fn():
    shared = "cell"
    def inner_fn():
        local = shared + "!"
        return sys._getframe()
    return sys._getframe(), inner_fn()

of, inf = outer_fn()
print(sorted(of.f_locals), sorted(inf.f_locals), inf.f_locals["shared"])

# After exit through a traceback: the values at exit.
def failing(n):
    v = n * 2
    w = [v]
    raise ArithmeticError(n)

try:
    failing(21)
except ArithmeticError as exc:
    tb = exc.__traceback__
    print(tb.tb_frame is here, show(tb.tb_next.tb_frame), tb.tb_next.tb_lineno)
    print(sorted(tb.tb_next.tb_frame.f_locals.items()), tb.tb_next.tb_frame.f_back is here)
del tb

def frame_in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e.__traceback__.tb_frame is sys._getframe()

print(frame_in_except())

# Module, class and exec frames answer their namespace.
class K:
    attr = 1
    ns = sys._getframe().f_locals
    print(sys._getframe().f_code.co_name, "attr" in ns, sys._getframe().f_back is here)

ns = {"here": here}
exec("import sys\nf = sys._getframe()\nprint(f.f_code.co_name, f.f_back is here, f.f_locals is ns)",
     {"ns": ns}, ns)
print(eval("sys._getframe().f_back is here"), "f" in ns)

# clear(), repr, read-only attributes.
def running():
    try:
        sys._getframe().clear()
    except RuntimeError as exc:
        print(exc)
    try:
        sys._getframe(1).clear()
    except RuntimeError as exc:
        print(exc)

running()
fr.clear()
print(fr.f_locals, fr.f_lineno)
r = repr(fr)
print(r.startswith("<frame at 0x"), r[r.index(", line"):])
for name, value in (("f_lineno", 3), ("f_lineno", "3"), ("f_code", None), ("f_back", None),
                    ("f_locals", {}), ("f_globals", {}), ("f_lasti", 0), ("f_builtins", {}),
                    ("f_trace_lines", 1), ("other", 1)):
    try:
        setattr(fr, name, value)
    except (AttributeError, ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    del fr.f_lineno
except AttributeError as exc:
    print(exc)
fr.f_trace = len
print(fr.f_trace is len, fr.f_trace_lines, fr.f_trace_opcodes)
del fr.f_trace
print(fr.f_trace)
try:
    fr.clear(1)
except TypeError as exc:
    print(exc)
try:
    type(fr)()
except TypeError as exc:
    print(exc)
print(isinstance(fr.f_lasti, int), fr == fr, fr != here, hash(fr) == hash(fr))

# The same after warm-up.
def warm(i):
    x = i
    fr = sys._getframe()
    return fr.f_locals["x"], fr.f_back.f_code.co_name, fr.f_lineno

def run_warm(n):
    last = None
    for i in range(n):
        last = warm(i)
    return last

print(run_warm(200))
print(a())
print(snap(5).f_locals["p"])
print(depth_error(1))
