# Generator expressions are lazy; the outermost iterable is evaluated at once.
log = []


def note(x):
    log.append(x)
    return x


g = (note(x) * 2 for x in range(3))
print(type(g).__name__, g.__name__, log)
print(next(g), log)
print(list(g), log)
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print("eager outermost:", e)

g = ((x, y) for x in range(3) if x != 1 for y in "ab" if (x, y) != (2, "b"))
print(list(g))

# Variables of the enclosing scope are read when the generator runs.
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))


def make(k):
    return (i * k for i in range(3))


print(list(make(2)), list(make(3)))

# Generators where builtins consume iterables.
def gen(n):
    for i in range(n):
        yield i


print(list(gen(4)), tuple(gen(3)), set(gen(3)) == {0, 1, 2})
print(sum(gen(5)), sum(x * x for x in gen(4)), min(gen(4)), max(gen(4)))
print(sorted(gen(4), reverse=True), sorted(-x for x in gen(3)))
print(list(zip(gen(3), "abc")), list(map(str, gen(3))), list(filter(None, gen(4))))
print(list(enumerate(gen(3), 1)), list(reversed(list(gen(3)))))
print(",".join(str(x) for x in gen(4)), "-".join(c for c in "xyz"))
print(dict((x, x * x) for x in gen(3)), dict(zip(gen(2), gen(2))))
print(3 in gen(5), 7 in gen(5), any(x > 2 for x in gen(4)), all(x < 2 for x in gen(4)))
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
print([*gen(2), *gen(3)], {*gen(2)}, (*gen(2),))
print(list(iter(gen(3))), next(iter(gen(3))))
print(len(list(x for x in gen(10) if x % 3 == 0)))
print(list(x for x in [] ), sum(() for _ in ()) if False else 0)

l = [10, 20]
l.extend(gen(2))
print(l)
s = set()
s.update(x % 2 for x in gen(5))
print(sorted(s))


def star(*args):
    return args


print(star(*gen(3)))

# Iterating a generator twice gives nothing the second time.
g = gen(2)
print(list(g), list(g), sum(g))

# Nested generator expressions.
matrix = [[1, 2], [3, 4]]
print(list(list(x * 10 for x in row) for row in matrix))
print(sum(sum(row) for row in matrix))
