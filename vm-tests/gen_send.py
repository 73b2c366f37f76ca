# send(): values into a generator, priming, the just-started check, exhausted generators.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("exhausted send:", e.args)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.send(5))


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for v in [10, 20, 60]:
    print(avg.send(v))


# The value of a bare yield is what was sent; next() sends None.
def show():
    while True:
        v = yield
        print("got", repr(v))


s = show()
next(s)
s.send(1)
next(s)
s.send([1, 2])
s.__next__()

# send's argument count.
try:
    s.send()
except TypeError as e:
    print("TypeError:", e)
try:
    s.send(1, 2)
except TypeError as e:
    print("TypeError:", e)


# yield as an expression in various positions.
def exprs():
    a = (yield 1) + (yield 2)
    yield a
    b = [(yield "i"), (yield "j")]
    yield b


e = exprs()
print(next(e), e.send(10), e.send(20))
print(next(e), e.send("x"), e.send("y"))


def ping_pong():
    n = 0
    while n < 3:
        n = yield n * 10


p = ping_pong()
print(p.send(None), p.send(1), p.send(2))
try:
    p.send(5)
except StopIteration as e:
    print("stopped", e.value)


# A generator lambda returns its body's value: the value sent to its yield.
lam = lambda: (yield "from lambda")
g = lam()
print(next(g), type(g).__name__, g.__name__)
try:
    g.send("sent back")
except StopIteration as e:
    print("lambda returned", e.value)
