# A frame's line while a builtin it called runs Python code (a sort key, a map function,
# a finalizer run by gc.collect()) is the line of that call, also after warm-up.
import gc
import sys


def caller_line(x):
    f = sys._getframe(1)
    seen.append(f.f_lineno - f.f_code.co_firstlineno)
    return x


def through_builtins():
    sorted([3, 1, 2],
           key=caller_line)
    list(map(caller_line,
             [1]))
    min([1, 2], key=caller_line)
    return "done"


seen = []
print(through_builtins(), seen)
for i in range(200):
    through_builtins()
seen = []
print(through_builtins(), seen)

# The module frame's line as a callback sees it.
seen = []
sorted([1],
       key=caller_line)
print(seen)


# An unraisable error raised while gc.collect() runs is reported at the gc.collect() call.
class Boom:
    def __del__(self):
        raise ValueError("from __del__")


def hook(args):
    tb = args.exc_traceback
    while tb.tb_next:
        tb = tb.tb_next
    print("unraisable", args.exc_type.__name__, tb.tb_frame.f_code.co_name)


sys.unraisablehook = hook


def make_cycle():
    b = Boom()
    b.me = b


def collect_in_function():
    make_cycle()
    return gc.collect() > 0


print(collect_in_function())
for i in range(200):
    sys.unraisablehook = lambda args: None
    collect_in_function()
sys.unraisablehook = hook
print(collect_in_function())
sys.unraisablehook = sys.__unraisablehook__



# A traceback-less unraisable error (a generator ignoring GeneratorExit) gets the line of
# the call that was running: the gc.collect() call, not the instruction before it.
def gen():
    try:
        yield 1
    finally:
        yield 2


def where(args):
    print("unraisable", args.exc_type.__name__, "at line",
          args.exc_traceback.tb_lineno - first_line)


sys.unraisablehook = where
first_line = sys._getframe().f_lineno
g = gen()
next(g)
cycle = [g]
cycle.append(cycle)
del g, cycle
print("collected", sorted([0],
                          key=lambda x: gc.collect()))
sys.unraisablehook = sys.__unraisablehook__
