# Generator basics: creation without running, next(), for, return value, exhaustion.
def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")


g = count(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.args, e.value)
print(next(g, "default"))

for x in count(2):
    print("for", x)


def ret():
    yield 1
    return "result"


g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)


def ret_tuple():
    return (1, 2)
    yield


try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args, repr(e))


def empty():
    return
    yield


print(list(empty()), next(empty(), "nothing"))

# Identity, names and the generator type.
g = count(1)
print(iter(g) is g, g.__iter__() is g, type(g).__name__)
print(g.__name__, g.__qualname__, g.gi_running)
print(repr(g).split(" at ")[0])


def outer():
    def inner():
        yield 1
    return inner()


h = outer()
print(h.__name__, h.__qualname__)
print(repr(h).split(" at ")[0])
h.__name__ = "renamed"
h.__qualname__ = "Q.renamed"
print(h.__name__, h.__qualname__, repr(h).split(" at ")[0])
for bad in ["__name__", "__qualname__"]:
    try:
        setattr(h, bad, 5)
    except TypeError as e:
        print("TypeError:", e)
try:
    h.gi_running = True
except AttributeError as e:
    print("AttributeError:", e)
try:
    h.nope
except AttributeError as e:
    print("AttributeError:", e)
print(h.__next__())
print(next(h, "done"), h.gi_frame, h.gi_yieldfrom)

# Arguments bind like a normal call, at creation.
def args(a, b=2, *rest, key="k", **kw):
    yield a, b, rest, key, sorted(kw.items())


print(next(args(1)), next(args(1, 3, 4, 5, key="x", z=1)))
try:
    args()
except TypeError as e:
    print("TypeError:", e)

# Locals survive across yields; each generator has its own frame.
def acc():
    total = 0
    for i in range(1, 4):
        total += i
        yield total


a, b = acc(), acc()
print(next(a), next(a), next(b), next(a), next(b))

# A closure over the generator's cell variables.
def cells():
    x = 1
    f = lambda: x
    yield f()
    x = 2
    yield f()


print(list(cells()))

# Generators as methods of a recursive structure: a tree walk.
def walk(tree, depth=0):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t, depth + 1)
    else:
        yield (depth, tree)


print(list(walk([1, [2, [3, 4]], 5])))

# A very long generator does not grow the stack.
def big(n):
    for i in range(n):
        yield i


print(sum(big(100000)))
