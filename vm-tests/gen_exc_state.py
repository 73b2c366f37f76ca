# The exception being handled inside a generator is saved and restored across yields.
import sys


def current():
    return sys.exc_info()[1]


def handler_gen():
    print("start:", repr(current()))
    try:
        raise ValueError("gen's own")
    except ValueError:
        print("in handler:", repr(current()))
        yield 1
        print("after resume:", repr(current()))
        yield 2
    print("after handler:", repr(current()))
    yield 3


g = handler_gen()
print(next(g))
print("caller sees:", repr(current()))
try:
    raise KeyError("caller's")
except KeyError:
    print(next(g))
    print("caller still sees:", repr(current()))
print(next(g))
print("caller finally sees:", repr(current()))


# A generator with no handler of its own sees its resumer's exception.
def no_handler():
    while True:
        yield repr(current())


n = no_handler()
print(next(n))
try:
    raise OSError("resumer")
except OSError:
    print(next(n))
print(next(n))


# Bare raise inside the generator re-raises its own exception, even after a yield.
def reraiser():
    try:
        raise TypeError("original")
    except TypeError:
        yield "suspended in handler"
        raise


r = reraiser()
print(next(r))
try:
    raise IndexError("unrelated")
except IndexError:
    try:
        next(r)
    except TypeError as e:
        print("re-raised:", repr(e), "context:", repr(e.__context__))


# Implicit __context__ for an exception raised in the generator's handler.
def chained():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"
        raise ValueError("second")


c = chained()
next(c)
try:
    next(c)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))


# An exception raised outside any handler of the generator takes the resumer's as context.
def raiser():
    yield 1
    raise ValueError("from gen")


r = raiser()
next(r)
try:
    raise KeyError("resumer's")
except KeyError:
    try:
        next(r)
    except ValueError as e:
        print(repr(e), "context:", repr(e.__context__))


# Exceptions handled across yields inside a loop.
def worker():
    for i in range(3):
        try:
            if i == 1:
                raise ZeroDivisionError(i)
            yield ("ok", i, repr(current()))
        except ZeroDivisionError as e:
            yield ("handled", i, repr(current()))
        yield ("after", i, repr(current()))


for item in worker():
    print(item)
print(repr(current()))
