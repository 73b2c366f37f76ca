# Subclasses of the native types of modules: random.Random, struct.Struct,
# functools.partial, _thread.RLock, the itertools iterators, and the builtin iterators.
import functools
import itertools
import random
import struct
import _thread


# random.Random: __init__ seeds through self.seed, so an override runs
class R(random.Random):
    def seed(self, a=None, version=2):
        print('seed', a)
        super().seed(a, version)


r = R(3)
print(r.random() == random.Random(3).random(), type(r).__name__)
r.seed(4)
print(r.randrange(100) == random.Random(4).randrange(100))


class R2(random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.parts = (a, b)


r2 = R2(1, 2)
print(r2.parts, r2.random() == random.Random(3).random(), r2.getstate() == random.Random(3).getstate())


class R3(random.Random):
    def random(self):
        return 0.25


print(R3().random(), R3(x=5).random())
for args, kwargs in [((1, 2), {}), ((), {'y': 1})]:
    try:
        R3(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
    try:
        random.Random(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)


# struct.Struct: __init__ compiles the format
class S(struct.Struct):
    def __init__(self, fmt='<i'):
        super().__init__(fmt)
        self.note = fmt


s = S()
print(s.format, s.size, s.pack(7), s.unpack(b'\x07\x00\x00\x00'), s.note, type(s).__name__)
s2 = S('>hh')
print(s2.pack(1, 2), s2.size, isinstance(s2, struct.Struct))


class S2(struct.Struct):
    pass


print(S2('b').pack(3), S2(format='>H').size)
try:
    S2()
except TypeError as e:
    print('TypeError', e)
try:
    S2('z')
except struct.error as e:
    print('struct.error', e)


# functools.partial: repr names the subclass; __call__ via super()
class P(functools.partial):
    def __call__(self, *args, **kwargs):
        return ('P', super().__call__(*args, **kwargs))


p = P(max, 3)
print(p(5), p(1), p.func, p.args, p.keywords, type(p).__name__)
print(repr(P(print, 1, sep='-')).startswith('P(<built-in function print>, 1, sep='))
p.extra = 'e'
print(p.extra, p.__dict__)
q = functools.partial(p, 9)
print(q(), q.func is p)


class P2(functools.partial):
    def __init__(self, *args, **kwargs):
        self.made = len(args)


p2 = P2(pow, 2)
print(p2.made, p2(5))


# _thread.RLock
class RL(_thread.RLock):
    pass


lk = RL()
print(lk.acquire(), lk.acquire(), type(lk).__name__)
lk.release()
lk.release()
with lk:
    print('held')


# itertools
class Cnt(itertools.count):
    pass


print(Cnt(3), Cnt(1, 2), next(Cnt(5)), repr(Cnt()))


class Cyc(itertools.cycle):
    def __next__(self):
        return super().__next__() * 2


c = Cyc([1, 2])
print([next(c) for _ in range(5)])


class Ch(itertools.chain):
    pass


print(list(Ch([1], [2])), list(Ch.from_iterable([[3], [4]])), type(Ch.from_iterable([])).__name__)


class Rep(itertools.repeat):
    pass


print(Rep(1, 2), Rep('x'), list(Rep('a', 2)))
for cls, args in [(itertools.islice, ('abcdef', 2)), (itertools.accumulate, ([1, 2, 3],)),
                  (itertools.compress, ('abc', [1, 0, 1])), (itertools.pairwise, ('abc',)),
                  (itertools.product, ('ab', 'c')), (itertools.permutations, ('abc', 2)),
                  (itertools.combinations, ('abc', 2)), (itertools.zip_longest, ('ab', 'c')),
                  (itertools.starmap, (pow, [(2, 3)])), (itertools.takewhile, (bool, [1, 0])),
                  (itertools.dropwhile, (bool, [1, 0, 2])), (itertools.filterfalse, (None, [0, 1])),
                  (itertools.combinations_with_replacement, ('ab', 2)), (itertools.groupby, ('aab',))]:
    Sub = type('Sub_' + cls.__name__, (cls,), {})
    it = Sub(*args)
    it.seen = True
    out = [x if not isinstance(x, tuple) or cls is not itertools.groupby else (x[0], list(x[1]))
           for x in it]
    print(cls.__name__, out, type(it).__name__, it.seen)


# builtin iterators
class En(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v


print(list(En('ab')), list(En('ab', start=1)))
# (reversed() of a sequence with __reversed__ returns that iterator, not the subclass)
print(type(type('RevSub', (reversed,), {})([1, 2])).__name__)
for cls, args in [(zip, ([1, 2], 'ab')), (map, (str, [1, 2])), (filter, (None, [0, 1, 2])),
                  (reversed, ((1, 2, 3),))]:
    Sub = type('Sub', (cls,), {'extra': 1})
    it = Sub(*args)
    print(cls.__name__, list(it), type(it).__name__, it.extra, isinstance(it, cls))


# warm-up, mutate, again
def draw(x):
    return x.random()


rr = R3()
print(sum(draw(rr) for _ in range(200)))
R3.random = lambda self: 1.0
print(sum(draw(rr) for _ in range(200)))
del R3.random
v = draw(rr)
print(0.0 <= v < 1.0)
