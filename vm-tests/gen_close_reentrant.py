# A generator closed because it was freed may free (and so close) more generators while it
# runs its `finally`: the queue of generators to close must not be borrowed meanwhile.
import sys

class T:
    def __del__(self):
        pass

def gen():
    loc = T()
    yield 1

def outer():
    try:
        yield from gen()
    finally:
        print("finally outer")

g = outer()
next(g)
del g
print("after del")

# A chain of delegating generators, each in a try: closed innermost first.
def level(n, log):
    try:
        if n:
            yield from level(n - 1, log)
        else:
            yield "bottom"
    finally:
        log.append(n)

log = []
g = level(4, log)
print(next(g))
del g
print("closed", log)

# A finally that frees another suspended generator, which must be closed in turn.
def guarded(name, log):
    try:
        yield name
    finally:
        log.append(name)

def owner(log):
    other = guarded("other", log)
    next(other)
    try:
        yield "owner"
    finally:
        log.append("owner")
        del other
        log.append("owner done")

log = []
g = owner(log)
print(next(g))
del g
print(log)

# A generator freed by a __del__ that runs while another generator is being closed.
class Holder:
    def __init__(self, log):
        self.g = guarded("held", log)
        next(self.g)
    def __del__(self):
        self.g = None

def with_holder(log):
    h = Holder(log)
    try:
        yield 1
    finally:
        log.append("with_holder")

log = []
g = with_holder(log)
next(g)
del g
print(log)

# What a closing generator raises is reported through sys.unraisablehook.
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__name__)

sys.unraisablehook = hook

def raising():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

def ignoring():
    try:
        yield 1
    except GeneratorExit:
        yield 2

for make in (raising, ignoring):
    g = make()
    next(g)
    del g
print("reported")
sys.unraisablehook = sys.__unraisablehook__

# The same after warm-up: the path run many times, then once more.
def churn(rounds):
    log = []
    for i in range(rounds):
        g = level(3, log)
        next(g)
        del g
        g = owner(log)
        next(g)
        del g
    return len(log)

print(churn(200))
print(churn(1))
g = outer()
next(g)
del g
print("end")
