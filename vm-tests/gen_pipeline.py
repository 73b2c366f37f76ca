def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        k, _, v = line.partition("=")
        yield k.strip(), v.strip()

text = """
# config
a = 1
b=2   # two
   c = hello
# end
"""
print(dict(parse(strip_comments(read_lines(text)))))

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("reset because", e)
            total, n, avg = 0.0, 0, None
            continue
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return (n, avg)

a = averager()
print(next(a))
for v in [10, 20, 30]:
    print(a.send(v))
print(a.throw(ValueError("bad data")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)

def delegator():
    result = yield from averager()
    print("sub returned", result)
    yield "after"

d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
print(list(d))

def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("counter closed at", i)

c = counter(10)
print(next(c), next(c))
c.close()
print(list(c))

def chain(*its):
    for it in its:
        yield from it

print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))
g = (x for x in range(3))
print(next(g), list(g), list(g))

def gen_with_return():
    yield 1
    return "R"
gr = gen_with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

cl = closer()
next(cl)
cl.close()
cl.close()

def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def squares():
    yield from (i * i for i in range(4))
sq = squares()
print(sum(sq), type(sq).__name__)
print(next(iter([])) if False else "skip")
gen = counter(2)
for x in gen:
    pass
