# A generator's frame object: gi_frame (the same object as sys._getframe() inside, and as
# tb_frame of what it raises), live while it runs, holding its variables while suspended,
# None once finished; gi_running, gi_code.
import sys

def gen():
    x = 1
    try:
        yield sys._getframe()
        y = 2
        yield sys._getframe().f_back
        z = 3
        raise KeyError("k")
    except KeyError as e:
        w = e
        yield e.__traceback__.tb_frame
    yield "last"

g = gen()
print(g.gi_frame is g.gi_frame, g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_code is gen.__code__)
f1 = next(g)
print(f1 is g.gi_frame, f1.f_back, f1.f_lineno, sorted(f1.f_locals), g.gi_running)

def caller():
    return next(g)

b = caller()
print(b.f_code.co_name, f1.f_back, f1.f_lineno, sorted(f1.f_locals))
f3 = next(g)
print(f3 is f1, f3.f_lineno, sorted(f3.f_locals), repr(f3.f_locals["w"]))
print(next(g), f1.f_lineno)
print(next(g, "finished"), g.gi_frame, f1.f_back, f1.f_lineno, sorted(f1.f_locals))

# Arguments of a generator not started yet.
def args(a, b=5, *rest, **kw):
    c = a + b
    yield c

g = args(1, 2, 3, k=4)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_back)
print(next(g), sorted(g.gi_frame.f_locals))
g.close()
print(g.gi_frame)

# Running: gi_running, gi_frame is the running frame, f_back the resumer.
def self_aware():
    me = yield
    print(me.gi_running, me.gi_frame is sys._getframe(), me.gi_frame.f_back.f_code.co_name)
    yield 1

g = self_aware()
next(g)

def resumer():
    return g.send(g)

print(resumer(), g.gi_running)
del g

# close() with the frame object made: the finally runs, the object keeps the variables.
def closing():
    v = "value"
    try:
        yield 1
    finally:
        print("finally", sys._getframe().f_lineno)

g = closing()
fr = g.gi_frame
next(g)
g.close()
print(fr.f_lineno, g.gi_frame, sorted(fr.f_locals))

# frame.clear() on a suspended generator's frame closes the generator.
g = closing()
next(g)
g.gi_frame.clear()
print("cleared", g.gi_frame, g.gi_running, next(g, "nothing"))

# yield from: each generator has its own frame.
def inner():
    yield sys._getframe()

def outer():
    yield from inner()

g = outer()
fi = next(g)
print(fi.f_code.co_name, fi.f_back, g.gi_frame.f_code.co_name, g.gi_yieldfrom.gi_frame is fi)
print(next(g, "end"), g.gi_frame, g.gi_yieldfrom)

# throw(): the handler sees its own frame.
def catcher():
    try:
        yield 1
    except ValueError:
        fr = sys._getframe()
        yield fr is catcher_gen.gi_frame, fr.f_code.co_name

catcher_gen = catcher()
next(catcher_gen)
print(catcher_gen.throw(ValueError))

# An exception leaving a generator: its frame is in the traceback, with its variables.
def failing():
    local = "kept"
    yield 1
    raise OSError("gen")

g = failing()
next(g)
try:
    next(g)
except OSError as exc:
    gtb = exc.__traceback__.tb_next
    print(gtb.tb_frame.f_code.co_name, gtb.tb_frame.f_locals, gtb.tb_frame.f_back, g.gi_frame)
del gtb

# A generator expression.
ge = (n * 2 for n in range(3))
print(ge.gi_frame.f_code.co_name, sorted(ge.gi_frame.f_locals), next(ge), sorted(ge.gi_frame.f_locals))
print(list(ge), ge.gi_frame)

# Read-only attributes.
g = gen()
for name in ("gi_frame", "gi_running", "gi_code"):
    try:
        setattr(g, name, None)
    except AttributeError as exc:
        print(exc)

# The same after warm-up.
def counter(n):
    i = 0
    while i < n:
        yield sys._getframe()
        i += 1

def drain(n):
    seen = 0
    g = counter(n)
    for fr in g:
        if fr is g.gi_frame and fr.f_locals["i"] == seen:
            seen += 1
    return seen

print(drain(200), drain(3))
g = gen()
f1 = next(g)
print(f1 is g.gi_frame, sorted(f1.f_locals), caller().f_code.co_name)
