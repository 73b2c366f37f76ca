# sys.settrace: CPython 3.11's call/line/return/exception events and their order, for
# plain functions, loops, generators, exceptions caught and propagated, nested calls,
# with the traced functions warmed up (quickened) before tracing starts.
import sys

events = []


def tracer(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer


def show(title):
    print(title)
    for e in events:
        print('  ', e)
    events.clear()


def add(x):
    y = x + 1
    for i in range(2):
        y += i
    return y


def gen(n):
    for i in range(n):
        yield i * 10
    return 'done'


def bad(msg):
    raise ValueError(msg)


def catcher():
    try:
        bad('inner')
    except ValueError as e:
        r = str(e)
    return r


def propagate():
    x = 1
    bad('out')
    return x


def nested(n):
    if n == 0:
        return 0
    return nested(n - 1) + 1


def while_loop(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total


def attrs():
    class P:
        def __init__(self):
            self.v = 1

        @property
        def double(self):
            return self.v * 2
    p = P()
    return p.double


# warm-up: every function runs quickened before tracing
for _ in range(200):
    add(1)
    list(gen(2))
    catcher()
    nested(2)
    while_loop(2)
    attrs()
    try:
        propagate()
    except ValueError:
        del _

sys.settrace(tracer)
add(3)
sys.settrace(None)
show('add')

sys.settrace(tracer)
print(list(gen(2)))
sys.settrace(None)
show('generator')

sys.settrace(tracer)
catcher()
sys.settrace(None)
show('caught')

sys.settrace(tracer)
try:
    propagate()
except ValueError as e:
    print('propagated', e)
sys.settrace(None)
show('propagated')

sys.settrace(tracer)
nested(2)
sys.settrace(None)
show('recursion')

sys.settrace(tracer)
while_loop(2)
sys.settrace(None)
show('while')

sys.settrace(tracer)
attrs()
sys.settrace(None)
show('class and property')

# after tracing: the quickened code runs without events
for _ in range(200):
    add(1)
print('events after settrace(None):', len(events))

# generator driven by send and closed early
def echo():
    got = yield 'ready'
    while got is not None:
        got = yield got * 2


sys.settrace(tracer)
g = echo()
print(next(g), g.send(3), g.send(5))
g.close()
sys.settrace(None)
show('send and close')

# comprehension and lambda frames
sys.settrace(tracer)
r = [x * 2 for x in range(2)]
f = lambda a: a + 1
f(1)
sys.settrace(None)
show('comprehension and lambda')
