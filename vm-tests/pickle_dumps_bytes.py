# pickle: dumps output byte-identical to CPython's for every protocol on many values.
import pickle, sys, hashlib
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
    def __eq__(self, o): return type(o) is Pt and (self.x, self.y) == (o.x, o.y)
class Sl:
    __slots__ = ('a', 'b')
class NA:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
    def __new__(cls, v=None): o = object.__new__(cls); return o
class GS:
    def __getstate__(self): return {'z': 1}
    def __setstate__(self, s): self.__dict__.update(s, restored=True)
class Red:
    def __reduce__(self): return (Red, ())
class L(list): pass
class D(dict): pass
big = 2**100
s = Sl(); s.a = 1
shared = [1, 2]
rec = []; rec.append(rec)
d = {}; d['self'] = d
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, big, -big, 2**63, -(2**64),
        0.0, 1.5, -2.25e300, float('inf'), 'abc', '', 'é\u20ac\U0001f600', 'a\nb\\c\r\x00\x1a', 'x'*300, b'', b'ab\x00', b'y'*300,
        bytearray(b'xy'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(1001)), {}, {1: 2}, {'a': 1, 'b': [1]},
        set(), {1}, {1, 2, 3}, frozenset(), frozenset({4}), [shared, shared, (shared,)], rec, d, Pt(1, 'q'), s, NA(3), GS(), Red(),
        L([1, 2]), D(a=1), int, len, Pt, type(None), NotImplemented, ..., range(3), slice(1, 2), complex(1, 2),
        {i: str(i) for i in range(1002)}, [('k', i) for i in range(5)], ValueError('x', 2), KeyError('k')]
for i, v in enumerate(vals):
    for p in range(6):
        if isinstance(v, (list, dict)) and len(v) > 100 and p not in (1, 4):
            continue  # the batching of big containers: two protocols are enough
        try:
            r = pickle.dumps(v, p)
            print(i, p, r.hex() if len(r) < 200 else (len(r), hashlib.md5(r).hexdigest()[:10]))
        except Exception as e:
            print(i, p, type(e).__name__, e)


# Warm-up: the same dumps/loads paths 200 times, then a class changes its reduction, then again.
class W:
    def __init__(self, n):
        self.n = n


def cycle(obj, p):
    data = pickle.dumps(obj, p)
    return data, pickle.loads(data)


last = None
for i in range(120):
    last = cycle([W(i), {'k': (i, 'v')}, {i}], i % 6)
print(last[0].hex(), last[1][0].n, last[1][1], last[1][2])
W.__reduce__ = lambda self: (W, (self.n * 10,))
for i in range(120):
    last = cycle([W(i), {'k': (i, 'v')}], i % 6)
print(last[0].hex(), last[1][0].n, last[1][1])
del W.__reduce__
W.__getstate__ = lambda self: {'n': -self.n}
for i in range(120):
    last = cycle(W(i), 4)
print(last[0].hex(), last[1].n)
