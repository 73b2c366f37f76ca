# list.sort / sorted: which comparisons run (CPython's timsort: the same __lt__ calls, in
# the same order, as many of them), stability with keys and reverse, a __lt__ returning
# NotImplemented (tried again through the full protocol, then the reflected __gt__),
# non-bool results, a key changing class during the sort, mixed types, errors from keys
# and comparisons, and "list modified during sort". The sorting functions run 200 times
# first; then a class's __lt__ is replaced and the same calls run again.
calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v

    def __repr__(self):
        return 'K(%r)' % (self.v,)


def srt(xs, **kw):
    return sorted(xs, **kw)


def lsort(xs, **kw):
    xs.sort(**kw)
    return xs


def lcg(seed, n, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % mod)
    return out


for i in range(200):
    srt([K(3), K(1), K(2)])
    lsort([3, 1, 2])
    srt(['b', 'a'], reverse=True)
    lsort([(1, 2), (0, 5)], key=lambda t: t[1])
calls.clear()

for n in (5, 40, 100):
    xs = [K(v) for v in lcg(n, n, 10)]
    r = srt(xs)
    print(n, [k.v for k in r], len(calls), calls[:12])
    calls.clear()

# stability: equal keys keep their order, also reversed
recs = [(v, i) for i, v in enumerate(lcg(7, 60, 5))]
print(srt(recs, key=lambda r: r[0]))
print(srt(recs, key=lambda r: r[0], reverse=True))
print(lsort(list(recs), key=lambda r: -r[0], reverse=True) == srt(recs, key=lambda r: r[0]))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(srt(words, key=len), srt(words, key=len, reverse=True))
print(srt(words, key=str.upper), lsort(list(words), reverse=True))


class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        calls.append(('lt', self.v, o.v))
        return NotImplemented

    def __gt__(self, o):
        calls.append(('gt', self.v, o.v))
        return self.v > o.v


print([n.v for n in srt([N(3), N(1), N(2)])], calls)
calls.clear()


class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        calls.append(('gt', self.v, o.v))
        return self.v > o.v


print([g.v for g in srt([G(3), G(1), G(2)])], calls)
calls.clear()


class T:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        calls.append(('lt', self.v, o.v))
        return 'yes' if self.v < o.v else ''


print([t.v for t in srt([T(3), T(1), T(2)])], calls)
calls.clear()


class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        calls.append(('A', self.v, o.v))
        if self.v == 2:
            o.__class__ = B
        return self.v < o.v


class B(A):
    def __lt__(self, o):
        calls.append(('B', self.v, o.v))
        return self.v < o.v

    def __gt__(self, o):
        calls.append(('Bgt', self.v, o.v))
        return self.v > o.v


print([a.v for a in srt([A(i) for i in (5, 2, 8, 1, 9, 3)])], calls)
calls.clear()

# mixed and builtin keys
print(srt([3, 1.5, True, 2, -1.0, 0, False]))
print(srt([2**70, 3, -2**65, 0, -1]), srt([0.5, -0.0, 0.0, -3.5, 1e300]))
print(srt(['b', 'é', 'a', '\U0001f600', 'z', '', 'ab']))
print(srt([(1, 'b'), (1, 'a'), (0, 'z'), (1,)]), srt([[2, 1], [1, 5], [1, 4, 0]]))
nan = float('nan')
print(srt([3.0, nan, 1.0, 2.0]))
for bad in ([1, 'a', 2], ['b', 'a', 1], [(1, 'a'), (1, 2)], [K(1), 2]):
    try:
        srt(bad)
    except TypeError as e:
        print('TypeError', e)
calls.clear()

# a key that raises: the list is unchanged; a comparison that raises: partly sorted
l = [3, 1, 2]
try:
    lsort(l, key=lambda x: 1 // (x - 2))
except ZeroDivisionError as e:
    print('key error', e, l)


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise RuntimeError('boom')
        return self.v < o.v


l = [Boom(v) for v in (5, 4, 3, 9, 8, 0, 7)]
try:
    lsort(l)
except RuntimeError as e:
    print('cmp error', e, [b.v for b in l])

# mutation during sort
l = [5, 1, 4]
try:
    lsort(l, key=lambda x: l.append(x) or x)
except ValueError as e:
    print(e, l)
l = [5, 1, 4]
try:
    lsort(l, key=lambda x: l.clear() or x)
except ValueError as e:
    print(e, l)
l = [5, 1, 4]


class Peek:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        calls.append(len(l))
        return self.v < o.v


l = [Peek(v) for v in (3, 1, 2)]
lsort(l)
print('len seen during sort', calls)
calls.clear()
for bad_kw in ({'key': 1}, {'reverse': 'x'}, {'cmp': None}):
    try:
        srt([2, 1], **bad_kw)
    except TypeError as e:
        print('TypeError', e)
try:
    [].sort(None)
except TypeError as e:
    print('TypeError', e)

# after warm-up: K's __lt__ replaced, ints and strs sorted by the same functions
K.__lt__ = lambda self, o: self.v > o.v
print(srt([K(3), K(1), K(2)]), lsort([K(3), K(1), K(2)]))
del K.__lt__
try:
    srt([K(3), K(1)])
except TypeError as e:
    print('TypeError', e)
print(lsort([3, 1, 2]), srt(['b', 'a'], reverse=True), lsort([(1, 2), (0, 5)], key=lambda t: t[1]))
