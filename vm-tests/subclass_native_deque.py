# collections.deque subclasses: payload + instance dict, __init__/__new__, super(), repr,
# copy/+/* keeping the subclass, maxlen re-set by __init__, warm-up loops around mutations.
import collections
from collections import deque


class D(deque):
    pass


d = D([1, 2, 3])
print(d, repr(d), type(d).__name__, len(d), d[0], d[-1], list(d))
print(isinstance(d, deque), issubclass(D, deque), D.__mro__)
d.tag = 'x'
print(d.tag, d.__dict__, vars(d))
print(D([1], 3), D(maxlen=2), D(), D('ab', maxlen=1))
print(d == deque([1, 2, 3]), d == [1, 2, 3], deque([1, 2, 3]) == d)

# copy, + and * make the subclass (through the class, as CPython)
c = d.copy()
print(c, type(c).__name__, c is d, c.__dict__)
print(d + deque([4]), type(d + deque([4])).__name__, type(deque([4]) + d).__name__)
print(d * 2, type(d * 2).__name__, 2 * d, type(2 * d).__name__)
d2 = D([1, 2, 3], 3)
print(d2 + D([9]), (d2 * 2).maxlen)
import copy
print(copy.copy(d), type(copy.copy(d)).__name__)


class Logged(deque):
    def __init__(self, items, label, maxlen=None):
        super().__init__(items, maxlen)
        self.label = label

    def append(self, x):
        super().append(x * 10)

    def __repr__(self):
        return f'Logged<{self.label}>{list(self)}'


lg = Logged([1, 2], 'L', 3)
lg.append(5)
lg.appendleft(0)
print(lg, lg.maxlen, lg.label, str(lg))
try:
    lg.copy()
except TypeError as e:
    print('TypeError', e)
lg.__init__([7], 'again')
print(lg, lg.maxlen)


class Tagged(deque):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.created = True
        return self


t = Tagged([1, 2], 5)
print(t, t.created, t.maxlen)

# __init__ errors come from deque.__init__
for args, kwargs in [((1, 2, 3), {}), ((), {'bogus': 1}), (([], -1), {}), (([], 'x'), {}),
                     ((5,), {})]:
    try:
        D(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# recursion in repr
r = D()
r.append(r)
print(r)


class Bad(deque):
    def __init__(self, *a):
        pass


b = Bad([1, 2, 3])
print(b, len(b))


# warm-up, then mutate the class, then again
def use(x):
    x.append(4)
    x.extend([5])
    return x.pop() + x.pop()


w = D()
total = 0
for i in range(200):
    total += use(w)
print(total, len(w))
D.append = lambda self, v: deque.append(self, v * 100)
total = 0
for i in range(200):
    total += use(w)
print(total)
del D.append
total = 0
for i in range(200):
    total += use(w)
print(total)
D.pop = lambda self: 1
print(use(w))
del D.pop
print(use(w), deque.pop(D([3])))
