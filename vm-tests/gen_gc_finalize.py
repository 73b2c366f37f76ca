# PEP 442 for generators: a generator found in cyclic garbage is closed by the collector
# (its finally / except GeneratorExit runs) before the cycle is cleared. Closing drops the
# frame's variables, which frees the cycle: gc.collect() then counts nothing.
import gc
import sys

gc.disable()

def unraisable(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__,
          u.object.__name__)

sys.unraisablehook = unraisable

class Holder:
    pass

# The frame refers to the generator itself.
def self_ref():
    me = yield
    try:
        yield 1
    finally:
        print("finally self_ref", type(me).__name__)

g = self_ref()
next(g)
g.send(g)
del g
print("collect", gc.collect())

# The frame refers to an object that refers back to the generator.
def through_holder(h):
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit in through_holder")
        raise

h = Holder()
h.g = through_holder(h)
next(h.g)
del h
print("collect", gc.collect())

# Suspended outside any try, and not started at all: closed too (nothing to see but the
# count).
def plain(h):
    yield 1

h = Holder()
h.g = plain(h)
next(h.g)
del h
print("collect", gc.collect())
h = Holder()
h.g = plain(h)
del h
print("collect", gc.collect())

# Finished: nothing to close; the cycle is cleared.
h = Holder()
h.g = plain(h)
next(h.g)
print(next(h.g, "done"))
del h
print("collect", gc.collect())

# What close() raises is reported as unraisable.
def raises_in_finally():
    me = yield
    try:
        yield 1
    finally:
        raise ValueError("boom")

g = raises_in_finally()
next(g)
g.send(g)
del g
print("collect", gc.collect())

# A finally that stores the generator somewhere reachable resurrects it, closed.
saved = []

def resurrects():
    me = yield
    try:
        yield 1
    finally:
        saved.append(me)
        print("finally resurrects")

g = resurrects()
next(g)
g.send(g)
del g
print("collect", gc.collect())
print(saved[0].gi_frame, saved[0].gi_running, next(saved[0], "exhausted"))
saved.clear()
print("collect", gc.collect())

# Finalized at most once: a generator closed by hand is not closed again.
def counted(log):
    me = yield
    try:
        yield 1
    finally:
        log.append("finally")

log = []
g = counted(log)
next(g)
g.send(g)
g.close()
del g
print("collect", gc.collect(), log)

# The frame object made before the collection (gi_frame) goes with the cycle.
def framed():
    me = yield
    try:
        yield 1
    finally:
        print("finally framed")

g = framed()
next(g)
g.send(g)
f = g.gi_frame
print(f.f_code.co_name, sorted(f.f_locals))
del g
print("collect", gc.collect())
print(f.f_lineno, sorted(f.f_locals))
del f
print("collect", gc.collect())

# A cycle through two generators delegating with yield from.
def inner_gen(log):
    try:
        yield 1
    finally:
        log.append("inner")

def outer_gen(h, log):
    try:
        yield from inner_gen(log)
    finally:
        log.append("outer")

log = []
h = Holder()
h.g = outer_gen(h, log)
next(h.g)
del h
print("collect", gc.collect(), log)

# gc.garbage stays empty; DEBUG_SAVEALL keeps what is still garbage after the finalizers
# ran (here nothing: closing freed the cycle).
print(gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
g = self_ref()
next(g)
g.send(g)
del g
print("collect", gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()

# The same after warm-up.
def make_cycles(n, log):
    for i in range(n):
        g = counted(log)
        next(g)
        g.send(g)
        del g
        h = Holder()
        h.g = through_quiet(h, log)
        next(h.g)
        del h

def through_quiet(h, log):
    try:
        yield 1
    except GeneratorExit:
        log.append("exit")
        raise

log = []
make_cycles(150, log)
print("collect", gc.collect(), len(log), log.count("finally"), log.count("exit"))
log = []
make_cycles(1, log)
print("collect", gc.collect(), log)
print("end")
