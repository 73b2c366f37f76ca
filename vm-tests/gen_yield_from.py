# yield from: the return value, delegation of send/throw/close, any iterable as source.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer result"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("done:", e.value)

# Any iterable is a source; the value of `yield from` a non-generator is None.
def sources():
    r = yield from [1, 2]
    print("list gives", r)
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    yield from {"k": 1, "j": 2}
    yield from iter((7, 8))
    yield from ()


print(list(sources()))


def bad_source():
    yield from 5


try:
    list(bad_source())
except TypeError as e:
    print("TypeError:", e)

# Sending non-None into a non-generator iterator needs a send method.
def deleg_list():
    yield from [1, 2]


d = deleg_list()
next(d)
try:
    d.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# gi_yieldfrom shows the sub-iterator while delegating.
g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)


# throw() is delegated to the innermost generator.
def catching_inner():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("inner caught", e)
            return "inner returned after " + str(e)


def middle():
    r = yield from catching_inner()
    print("middle got", r)
    yield "middle continues"


m = middle()
next(m)
print(m.throw(ValueError("x")))

# An exception the sub-generator does not handle is raised in the delegator.
def failing_inner():
    yield 1


def handling_outer():
    try:
        yield from failing_inner()
    except KeyError as e:
        print("outer handled", repr(e))
        yield "recovered"


h = handling_outer()
next(h)
print(h.throw(KeyError("k")))


# close() closes the whole chain, innermost first.
def closable(name):
    try:
        yield name
    finally:
        print("closing", name)


def chain():
    try:
        yield from closable("inner")
    finally:
        print("closing chain")


c = chain()
print(next(c))
c.close()
print(c.gi_yieldfrom)

# A delegated return value through several levels.
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from level(n - 1)
    return r + 1


lv = level(3)
print(next(lv))
try:
    next(lv)
except StopIteration as e:
    print("depth", e.value)

# yield from a generator that is already running is an error.
def self_ref():
    yield from me


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# yield from an exhausted generator returns None immediately.
ex = inner()
list(ex)


def from_exhausted():
    r = yield from ex
    yield ("value", r)


print(list(from_exhausted()))


# A generator delegating to itself through a chain of yield from: flatten.
def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, (3, [4, 5]), 6], [[7]]])))
