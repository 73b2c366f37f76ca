# gi_running, "generator already executing", and generators calling each other.
def watcher():
    yield g.gi_running
    try:
        next(g)
    except ValueError as e:
        yield "ValueError: " + str(e)
    try:
        g.send(1)
    except ValueError as e:
        yield "send: " + str(e)
    try:
        g.throw(KeyError)
    except ValueError as e:
        yield "throw: " + str(e)
    try:
        g.close()
    except ValueError as e:
        yield "close: " + str(e)


g = watcher()
print(g.gi_running, g.gi_suspended)
for item in g:
    print(item)
print(g.gi_running, g.gi_suspended)


# Two generators interleaved by a driver (round robin).
def task(name, n):
    for i in range(n):
        yield f"{name}{i}"


tasks = [task("a", 3), task("b", 1), task("c", 2)]
while tasks:
    t = tasks.pop(0)
    v = next(t, None)
    if v is not None:
        print(v)
        tasks.append(t)


# A generator pipeline.
def numbers():
    n = 0
    while True:
        yield n
        n += 1


def squares(src):
    for x in src:
        yield x * x


def take(n, src):
    for x in src:
        if n <= 0:
            return
        n -= 1
        yield x


print(list(take(5, squares(numbers()))))


# Recursion through generators hits the recursion limit cleanly.
def deep(n):
    yield from deep(n + 1)


try:
    next(deep(0))
except RecursionError as e:
    print("RecursionError:", e)


# A generator can be resumed from inside another generator's frame.
def producer():
    yield "p1"
    yield "p2"


def consumer(p):
    yield "c got " + next(p)
    yield "c got " + next(p)


p = producer()
print(list(consumer(p)), next(p, "p exhausted"))
