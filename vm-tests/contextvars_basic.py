# contextvars: ContextVar get/set/reset, Token, Context mapping API, run, copy_context, errors.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
import re


def addr_free(s):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', s)


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', addr_free(repr(r)))
    except Exception as e:
        print(label, type(e).__name__, addr_free(str(e)))


x = ContextVar('x')
y = ContextVar('y', default=10)
print(addr_free(repr(x)), addr_free(repr(y)))
print(x.name, y.name, type(x).__module__, type(x).__name__, Context.__module__, Token.__module__)
print(sorted(contextvars.__all__))
print(repr(Token.MISSING))
attempt('get-missing', x.get)
print(x.get(None), x.get('dflt'), y.get(), y.get(3))
t = x.set(1)
print(addr_free(repr(t)), t.var is x, t.old_value is Token.MISSING, x.get(), x.get('d'))
t2 = x.set(2)
print(t2.old_value, x.get())
x.reset(t2)
print(x.get(), addr_free(repr(t2)))
attempt('reset-twice', lambda: x.reset(t2))
attempt('reset-other-var', lambda: y.reset(t))
attempt('reset-not-token', lambda: x.reset(5))
x.reset(t)
attempt('get-after-reset', x.get)

# Errors of construction and arguments.
attempt('name-int', lambda: ContextVar(1))
attempt('no-name', lambda: ContextVar())
attempt('two-pos', lambda: ContextVar('a', 1))
attempt('get-2', lambda: x.get(1, 2))
attempt('set-0', lambda: x.set())
attempt('ctx-args', lambda: Context(1))
attempt('ctx-kw', lambda: Context(a=1))
attempt('set-name', lambda: setattr(x, 'name', 'q'))
attempt('subclass-var', lambda: type('V', (ContextVar,), {}))
attempt('subclass-ctx', lambda: type('C', (Context,), {}))
attempt('subclass-tok', lambda: type('T', (Token,), {}))
attempt('hash-ctx', lambda: hash(Context()))
print(hash(x) == hash(x), x == x, x != y)
print(ContextVar[int])

# The Context mapping API.
x.set('main')
y.set(20)
ctx = copy_context()
print(len(ctx), ctx[x], ctx.get(y), ctx.get(ContextVar('z')), ctx.get(ContextVar('z'), 'zd'))
print(x in ctx, ContextVar('z') in ctx, sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(map(str, ctx.values())), sorted((k.name, v) for k, v in ctx.items()))
attempt('getitem-int', lambda: ctx[1])
attempt('contains-int', lambda: 1 in ctx)
attempt('get-int', lambda: ctx.get(1))
attempt('get-none', lambda: ctx.get())
attempt('getitem-missing', lambda: ctx[ContextVar('nope')])
print(ctx == copy_context(), ctx == Context(), ctx != Context(), ctx == 1)
empty = Context()
print(len(empty), list(empty), empty.get(x))


# Context.run isolates changes and restores the caller's context.
def change(v):
    x.set(v)
    return x.get(), y.get()


print(ctx.run(change, 'in-ctx'), x.get(), ctx[x])
print(empty.run(change, 'in-empty'), empty[x], len(empty))
print(empty.run(lambda: y.get()))
print(ctx.run(lambda *a, **k: (a, sorted(k.items())), 1, 2, k=3))


def nested():
    try:
        ctx.run(lambda: 1)
    except RuntimeError as e:
        print('nested', addr_free(str(e)))
    return copy_context() == ctx


print(ctx.run(nested))
attempt('run-missing', lambda: ctx.run())


def raises():
    x.set('before-raise')
    raise ValueError('boom')


attempt('run-raises', lambda: ctx.run(raises))
print(ctx[x], x.get())

# A token from one context cannot reset in another.
t3 = x.set('t3')
attempt('reset-other-ctx', lambda: Context().run(x.reset, t3))
x.reset(t3)
print(x.get())

# copy() is a snapshot: later sets in either do not leak.
c1 = copy_context()
c2 = c1.copy()
c1.run(x.set, 'c1')
print(c1[x], c2[x], x.get())
