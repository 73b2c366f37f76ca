# contextlib.ExitStack: LIFO callbacks, enter_context, push (callables and objects), callback
# with arguments, pop_all, close, suppression, and the __context__ chain CPython builds.
from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext

order = []

class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        order.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        order.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress

with ExitStack() as stack:
    a = stack.enter_context(Res("a"))
    b = stack.enter_context(Res("b"))
    stack.callback(order.append, "cb1")
    stack.callback(lambda *a, **k: order.append(("cb2", a, k)), 1, 2, x=3)
    print(a.name, b.name)
print(order)

# callback returns its function, __wrapped__ on the wrapper
order.clear()
with ExitStack() as stack:
    def f():
        order.append("f")
    print(stack.callback(f) is f)
    wrapper = stack._exit_callbacks[-1][1]
    print(wrapper.__wrapped__ is f)
print(order)

# push: a plain exit function that suppresses, and an object with __exit__
order.clear()
def exit_fn(et, ev, tb):
    order.append(("exit_fn", et.__name__ if et else None))
    return True
with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(Res("pushed"))
    raise ValueError("x")
print("suppressed:", order)

# pop_all moves the callbacks; close unwinds
order.clear()
with ExitStack() as stack:
    stack.enter_context(Res("kept"))
    saved = stack.pop_all()
print("after with:", order)
saved.close()
print("after close:", order)
print(type(saved).__name__)

# exceptions raised by callbacks chain like nested with-statements
def raiser(exc):
    def cb(*args):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("inner-first")))
        stack.push(raiser(IndexError("second")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e.args[0]!r})")
        e = e.__context__
    print(" <- ".join(chain))

# nested with statements give the same chain
try:
    with Res("x"):
        try:
            with Res("y"):
                raise ValueError("body")
        finally:
            raise IndexError("second")
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__)

# an exception while already handling one: the outer one stays at the end of the chain
try:
    try:
        raise LookupError("outer")
    except LookupError:
        with ExitStack() as stack:
            stack.push(raiser(KeyError("cb")))
            raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)

# a callback that suppresses stops later ones from seeing the exception
order.clear()
with ExitStack() as stack:
    stack.enter_context(Res("outer"))
    stack.enter_context(Res("suppressor", suppress=True))
    stack.enter_context(Res("inner"))
    raise KeyError
print(order)

# a suppressed exception after a raising callback: nothing propagates
with ExitStack() as stack:
    stack.push(lambda *a: True)
    stack.push(raiser(ZeroDivisionError()))
print("suppressed the raised one")

# enter_context on a non context manager
class NotCM:
    pass
try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print(e)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)

# suppress, closing, nullcontext
with suppress(KeyError, IndexError):
    {}["missing"]
print("suppress ok")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("passes through:", e)
with suppress():
    pass
class Closeable:
    def close(self):
        print("closed")
with closing(Closeable()) as c:
    print(type(c).__name__)
with nullcontext(5) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

# warm-up: the same stack operations many times
def churn(n):
    total = 0
    for i in range(n):
        with ExitStack() as st:
            st.callback(lambda: None)
            r = st.enter_context(Res(str(i)))
            total += len(r.name)
            with suppress(ZeroDivisionError):
                1 / 0
        try:
            with ExitStack() as st:
                st.push(raiser(KeyError(i)))
                raise ValueError(i)
        except KeyError as e:
            total += isinstance(e.__context__, ValueError)
    return total
order.clear()
print("warm", churn(300))
order.clear()
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("late")))
        raise ValueError("late body")
except KeyError as e:
    print("late:", repr(e), repr(e.__context__))
