# The traceback __exit__ receives is the exception's own, so contextmanager's reset of
# __traceback__ keeps the body's frames; then an uncaught exception through a with block.
from contextlib import contextmanager, ExitStack


def walk(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


@contextmanager
def cm():
    yield 1


def f():
    with cm():
        raise ValueError("inside")


try:
    f()
except ValueError as e:
    print(walk(e.__traceback__))


@contextmanager
def cm2():
    try:
        yield
    except ValueError:
        raise


def g():
    with cm2():
        raise ValueError("again")


try:
    g()
except ValueError as e:
    print(walk(e.__traceback__))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", walk(tb), walk(v.__traceback__), tb is v.__traceback__)
        v.__traceback__ = tb
        return False


def h():
    with CM():
        raise ValueError("x")


try:
    h()
except ValueError as e:
    print(walk(e.__traceback__))


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.seen = (t, type(v), tb is not None)
        return True


q = Quiet()
with q:
    raise KeyError
print(q.seen)
with q:
    pass


def hot(n):
    depth = 0
    for i in range(n):
        try:
            f()
        except ValueError as e:
            depth += len(walk(e.__traceback__))
    return depth


print(hot(200))
with ExitStack() as s:
    s.callback(print, "cb")
    f()
