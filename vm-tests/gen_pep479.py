# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def explicit():
    yield 1
    raise StopIteration("inside")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
print(next(g, "finished"))


def implicit():
    it = iter([])
    yield next(it)


try:
    list(implicit())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


# A StopIteration caught inside the generator is fine.
def caught():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught it"


print(list(caught()))

# `return` is the way to stop; a subclass of StopIteration is converted too.
def sub():
    yield 1
    raise StopIteration


for_out = []
try:
    for x in sub():
        for_out.append(x)
except RuntimeError as e:
    print(for_out, "RuntimeError:", e)

# In generator expressions too.
def stopper(x):
    if x == 2:
        raise StopIteration
    return x


try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print("genexpr RuntimeError:", e)

# Not in list comprehensions (no generator involved): StopIteration propagates.
try:
    print([stopper(x) for x in range(5)])
except StopIteration:
    print("listcomp: plain StopIteration")

# The uncaught case, with its chained traceback.
def uncaught():
    yield 1
    raise StopIteration(42)


for v in uncaught():
    print("got", v)
