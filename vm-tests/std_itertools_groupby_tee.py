# itertools: groupby (grouper invalidation, key functions) and tee (shared buffer, copies).
from itertools import groupby, tee, islice, count

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5, 6, 7, 8], key=lambda x: x // 3)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1.0, 1, True, 2, 2.0], None)])
grouped = list(groupby('aabbc'))
print([(k, list(g)) for k, g in grouped])
g = groupby('xxyz')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(v)) for k, v in groupby(words, key=lambda w: w[0])])
calls = []
def key(x):
    calls.append(x)
    return x % 2
print([(k, list(v)) for k, v in groupby([1, 3, 2, 4, 5], key)], calls)
g = groupby([1, 1, 2])
k, grp = next(g)
print(k, list(grp), list(grp), next(g)[0])

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee('abc', 5)))
src = iter(range(200))
x, y = tee(src)
print(sum(x), next(y), list(islice(y, 3)), next(src, 'done'))
x, y = tee(count())
print(list(islice(x, 100))[-1], next(y))
t1, t2 = tee('abc')
t3, t4 = tee(t1)
print(t3 is t1, next(t1), list(t4), list(t2), list(t3))
c = t2.__copy__()
print(list(c), type(t1).__name__)
reads = []
def gen_list():
    reads.append(1)
    return 1
it = iter(gen_list, None)
p, q = tee(it)
print(next(p), next(p), len(reads), next(q), len(reads))
