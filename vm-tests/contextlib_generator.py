# contextlib.contextmanager: enter/exit values, exception propagation and identity,
# "generator didn't yield/stop", StopIteration and RuntimeError rules, __wrapped__, decorator use.
from contextlib import contextmanager, ContextDecorator, AbstractContextManager

log = []

@contextmanager
def tag(name):
    """Tag docs."""
    log.append("enter " + name)
    try:
        yield name.upper()
    finally:
        log.append("exit " + name)

with tag("a") as v:
    print("inside", v)
print(log)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
cm = tag("b")
print(type(cm).__name__, cm.__doc__, isinstance(cm, AbstractContextManager))

# an exception in the body propagates, the same object
err = ValueError("boom")
try:
    with tag("c"):
        raise err
except ValueError as e:
    print("caught same", e is err, log[-1])

# a generator that swallows the exception suppresses it
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

# a generator that re-raises something else
@contextmanager
def convert():
    try:
        yield
    except KeyError:
        raise TypeError("converted")

try:
    with convert():
        raise KeyError("x")
except TypeError as e:
    print("converted:", e, type(e.__context__).__name__)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield

try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised in the body is not swallowed
@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration propagates:", e)

# a RuntimeError raised in the body keeps its identity
rt = RuntimeError("mine")
try:
    with plain():
        raise rt
except RuntimeError as e:
    print("same RuntimeError:", e is rt)

# the generator returning inside the except suppresses
@contextmanager
def returns():
    try:
        yield
    except ZeroDivisionError:
        return

with returns():
    1 / 0
print("suppressed by return")

# exceptions given as a class only (value None) still work via __exit__
c = plain()
c.__enter__()
print("exit with class only:", c.__exit__(KeyError, None, None))

# one-shot: entering twice fails
c = plain()
with c:
    pass
try:
    c.__enter__()
except AttributeError as e:
    print("AttributeError on reuse")

# as a decorator it is recreated for each call
@tag("deco")
def work(x):
    return x * 2

log.clear()
print(work(3), work(4), log)

class Deco(ContextDecorator):
    def __enter__(self):
        print("Deco enter")
        return self
    def __exit__(self, *exc):
        print("Deco exit", exc[0])
        return False

@Deco()
def decorated(a):
    print("decorated body", a)
    return a + 1
print(decorated(1), decorated.__name__)

# after warm-up: the same paths many times
def run_many(n):
    count = 0
    for i in range(n):
        with tag("w") as v:
            count += len(v)
        try:
            with convert():
                raise KeyError(i)
        except TypeError:
            count += 1
        with swallow():
            raise KeyError(i)
    return count

import sys, io
old = sys.stdout
sys.stdout = io.StringIO()
total = run_many(200)
sys.stdout = old
print("warm", total)
log.clear()
with tag("again") as v:
    print(v)
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("still:", e)
