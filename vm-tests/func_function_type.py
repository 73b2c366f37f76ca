# types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
import types


def f(a, b=2):
    return a + b


def attempt(*args, **kwargs):
    try:
        r = types.FunctionType(*args, **kwargs)
        result = r(1) if r.__code__.co_argcount else r()
        print("ok", r.__name__, r.__qualname__, r.__defaults__, r.__module__, result)
    except Exception as e:
        print(type(e).__name__, e)


attempt(f.__code__, globals())
attempt(f.__code__, globals(), "g")
attempt(f.__code__, globals(), "g", (5,))
attempt(f.__code__, globals(), None, (5,))
attempt(f.__code__, {})
attempt(f.__code__, [])
attempt(1, {})
attempt(f.__code__, globals(), 1)
attempt(f.__code__, globals(), "g", [1])
attempt(f.__code__, globals(), "g", None, ())
attempt(f.__code__, globals(), "g", None, (1,))
attempt(f.__code__, globals(), "g", None, 5)
attempt(f.__code__, globals(), closure=None, name="h", argdefs=(3,))
attempt(f.__code__, globals(), kwdefaults={})
attempt(f.__code__)
attempt()


def outer():
    x = 1

    def inner():
        return x

    return inner


i = outer()
attempt(i.__code__, globals())
attempt(i.__code__, globals(), None, None, i.__closure__)
attempt(i.__code__, globals(), None, None, (1,))
attempt(i.__code__, globals(), None, None, (1, 2))
print(types.FunctionType is type(f), type(f).__name__)

# The new function reads its own globals.
ns = {"b_value": 40}


def reads():
    return b_value


b_value = "main"
made = types.FunctionType(reads.__code__, ns)
total = 0
for k in range(200):
    total += made()
print(total, reads(), made.__globals__ is ns)
made.__code__ = (lambda: b_value * 2).__code__
print(made())
