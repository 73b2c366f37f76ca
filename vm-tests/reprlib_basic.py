# reprlib: size-limited reprs (Repr and its limits) and recursive_repr, also after warm-up.
import reprlib
from reprlib import Repr, recursive_repr

print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr('x' * 100))
print(reprlib.repr('short'))
print(reprlib.repr(2 ** 200))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset({3, 1, 2})), reprlib.repr(set()))
print(reprlib.repr(frozenset()), reprlib.repr({}), reprlib.repr([]))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr(object)[:30])
print(reprlib.repr({3, 'a'}) in ("{3, 'a'}", "{'a', 3}"))


class Boom:
    def __repr__(self):
        raise ValueError('no repr')


print(reprlib.repr(Boom()).startswith('<Boom instance at 0x'))


class Long:
    def __repr__(self):
        return 'L' * 50


print(reprlib.repr(Long()))

r = Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 1
r.fillvalue = '[...]'
print(r.repr([1, 2, 3, 4]), r.repr('abcdefghijklmnop'), r.repr([[1, 2], [3]]))
print(r.maxtuple, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxarray, r.maxlong, r.maxother)


class MyRepr(Repr):
    def repr_int(self, x, level):
        return 'INT'


print(MyRepr().repr([1, 'a', (2,)]))
import collections, array
print(reprlib.repr(collections.deque(range(10))))
print(reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('b')))


class Tree:
    def __init__(self, name):
        self.name = name
        self.kids = []

    @recursive_repr()
    def __repr__(self):
        return 'Tree(%s, %r)' % (self.name, self.kids)


t = Tree('root')
t.kids.append(Tree('leaf'))
t.kids.append(t)
print(repr(t))
print(Tree.__repr__.__name__, Tree.__repr__.__qualname__)


class Custom:
    @recursive_repr('<loop>')
    def __repr__(self):
        return 'C[%r]' % (self.other,)


c = Custom()
c.other = c
print(repr(c))


def render(objs):
    return [reprlib.repr(o) for o in objs]


objs = [list(range(10)), 'y' * 40, t]
for _ in range(200):
    out = render(objs)
print(out)
reprlib.aRepr.maxlist = 3
print(render(objs)[0])
reprlib.aRepr.maxlist = 6
print(render(objs)[0])
