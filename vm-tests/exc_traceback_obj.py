# Traceback objects: e.__traceback__, tb_next/tb_lineno/tb_frame, with_traceback, and the
# traceback printed for re-raised exceptions.
import sys


def inner():
    return 1 / 0


def outer():
    return inner()


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, type(tb.tb_frame.f_code).__name__)
    print(tb is e.__traceback__, sys.exc_info()[2] is tb)
    print(walk(tb))
    print(isinstance(tb.tb_lasti, int), tb.tb_lasti >= 0)
    f = tb.tb_next.tb_next.tb_frame
    print(f.f_code.co_name, f.f_code.co_filename.endswith("exc_traceback_obj.py"), f.f_lineno)
    print(f.f_globals is globals(), tb.tb_frame is tb.tb_frame)
    saved = e

print(ValueError("x").__traceback__)
print(walk(saved.__traceback__))

# Re-raising appends the frames it passes through on top of the old traceback.
def reraise(exc):
    raise exc


try:
    reraise(saved)
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
    print(e.__traceback__.tb_next.tb_next is tb)

# A bare raise adds no entry for the frame that re-raises.
def bare():
    try:
        inner()
    except ZeroDivisionError:
        raise


try:
    bare()
except ZeroDivisionError as e:
    print(walk(e.__traceback__))

# with_traceback and assignment.
e = KeyError("k")
print(e.with_traceback(tb) is e, e.__traceback__ is tb)
e.__traceback__ = None
print(e.__traceback__)
e.__traceback__ = tb
print(walk(e.__traceback__))
try:
    raise e
except KeyError as k:
    print(walk(k.__traceback__))
print(ValueError().with_traceback(None).__traceback__)

# Errors.
def attempt(fn):
    try:
        fn()
    except Exception as x:
        print(type(x).__name__ + ":", x)


def set_tb(v):
    e.__traceback__ = v


def del_tb():
    del e.__traceback__


def set_next(t, v):
    t.tb_next = v


attempt(lambda: set_tb(5))
attempt(lambda: set_tb("tb"))
attempt(del_tb)
attempt(lambda: e.with_traceback(5))
attempt(lambda: e.with_traceback())
attempt(lambda: e.with_traceback(None, None))
attempt(lambda: BaseException.with_traceback(5, None))
attempt(lambda: set_next(tb, 3))
attempt(lambda: set_next(tb, tb))
attempt(lambda: set_next(tb.tb_next.tb_next, tb))
attempt(lambda: setattr(tb, "tb_lineno", 3))
attempt(lambda: setattr(tb, "tb_frame", None))
attempt(lambda: setattr(tb, "tb_lasti", 0))
attempt(lambda: delattr(tb, "tb_next"))
attempt(lambda: setattr(tb.tb_frame, "f_code", None))
attempt(lambda: setattr(tb.tb_frame, "f_globals", None))
attempt(lambda: setattr(tb, "foo", 1))
attempt(lambda: tb.foo)
attempt(lambda: tb.tb_frame.foo)
attempt(lambda: setattr(tb.tb_frame.f_code, "co_name", "x"))

# tb_next can be cut and relinked.
t2 = saved.__traceback__
nxt = t2.tb_next
t2.tb_next = None
print(walk(t2))
t2.tb_next = nxt
print(walk(t2))

# A generator thrown into with a traceback.
def gen():
    yield 1


g = gen()
next(g)
try:
    g.throw(ValueError, ValueError("v"), tb)
except ValueError as v:
    print(walk(v.__traceback__))
try:
    g.throw(ValueError, ValueError("v"), 5)
except TypeError as t:
    print(t)

# An uncaught exception raised with another exception's traceback prints both.
def fail():
    raise RuntimeError("boom").with_traceback(tb)


fail()
