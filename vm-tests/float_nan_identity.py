# NaN has an identity of its own (pyvm boxes NaN floats; other floats are immediates):
# containers compare by identity before ==, and NaN hashes by identity.
import math

nan = float('nan')
print([float('nan')] == [float('nan')])
x = float('nan')
print([x] == [x], x is x, x == x, x != x)
print(float('nan') is float('nan'))
print(len({float('nan'), float('nan')}), len({x, x}))
d = {x: 1}
print(d[x], x in d, float('nan') in d)
print(math.nan is math.nan, [math.nan] == [math.nan], [math.nan] == [float('nan')])

inf = float('inf')
y = inf - inf
print(y, y is y, [y] == [y], [inf - inf] == [inf - inf], type(y), repr(y), str(y))
print(math.isnan(y), y + 1, -y, abs(y), y * 0)
for f in (int, round):
    try:
        f(y)
    except ValueError as e:
        print(type(e).__name__, e)
print((x,) == (x,), (float('nan'),) == (float('nan'),))
l = [1.0, x, 2.0]
print(l.index(x), l.count(x), x in l, float('nan') in l)
print(max(1.0, x), min(x, 1.0), sum([x, 1.0]))
print(f"{x:.2f} {x!r} {x:e}", "%f" % x, format(x, "10.3f"))
print(hash(x) == hash(x), isinstance(x, float), type(x) is float, x.is_integer(), x.hex())
print(float.fromhex('nan'), float('-nan'), math.copysign(1, float('-nan')))


class F(float):
    pass


f = F('nan')
print(type(f).__name__, f == f, [f] == [f], [F('nan')] == [F('nan')])
print(x.__eq__(x), x.__ne__(x))
print(divmod(x, 1.0), x // 1.0, x % 2.0, x ** 0, 1 ** x, pow(x, 0))
s = set()
s.add(x)
s.add(x)
s.add(float('nan'))
print(len(s))
print({x: 'a', float('nan'): 'b'}.get(x))
print(sorted([3.0, 1.0, 2.0]), 1.5 in [1.5], [0.1 + 0.2] == [0.30000000000000004])


# The same after warm-up: identity of one NaN, distinctness of two.
def same_and_distinct():
    a = float('nan')
    b = math.inf * 0
    return [a] == [a], [a] == [b], (b,) == (b,), a in [a], a in [b]


for _ in range(300):
    r = same_and_distinct()
print(r)

# float() of an exact float is that float itself: a NaN keeps its identity through it.
z = float('nan')
print(float(z) is z, [float(z)] == [z], float(float(z)) is z)
