# copy.copy and copy.deepcopy: containers, instances, slots, hooks, shared and cyclic references.
import copy
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple

nested = {'a': [1, 2, [3, 4]], 'b': (5, [6]), 'c': {7, 8}}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested['a'][2].append(99)
nested['b'][1].append(66)
print(shallow['a'], deep['a'], shallow['b'], deep['b'])
print(shallow is nested, shallow['a'] is nested['a'], deep['a'] is nested['a'], deep == nested)

t = (1, 'x', None)
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy([1, 2]) == [1, 2])

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ['p']

    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tags})'


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append('moved')
print(p2, p3, p2.tags is p.tags, type(p3).__name__)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s = copy.deepcopy(Slotted())
print(s.a, hasattr(s, 'b'))


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooked(self.v * 10)


print(copy.copy(Hooked(1)).v, copy.deepcopy(Hooked(2)).v)


class Stateful:
    def __init__(self):
        self.keep, self.cache = 1, 'big'

    def __getstate__(self):
        return {'keep': self.keep}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


st = copy.deepcopy(Stateful())
print(st.keep, st.cache)

dd = defaultdict(list, {'k': [1]})
dd2 = copy.deepcopy(dd)
dd2['k'].append(2)
dd2['new'].append(3)
print(dd, dd2, type(dd2).__name__)
od = copy.copy(OrderedDict(a=1, b=2))
print(od, Counter('aab') == copy.deepcopy(Counter('aab')), copy.copy(deque([1, 2], maxlen=3)))
P = namedtuple('P', 'x y')
print(copy.deepcopy(P(1, [2])), copy.copy(P(3, 4)))
print(copy.deepcopy(len) is len, copy.deepcopy(Point) is Point, copy.copy(range(3)))
