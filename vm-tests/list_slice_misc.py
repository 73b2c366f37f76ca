# List slicing beyond plain ints: the list itself on the right (l[::-1] = l), sizes that
# differ, errors and their messages, bounds with __index__ (and __index__ errors), a
# right-hand side that changes the list while it is gathered, list subclasses with their
# own __getitem__/__setitem__/__iter__, tuple and range slices, slice.indices. The hot
# functions run 200 times first, then with other kinds of operands (stale fast paths).
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print('  __index__', self.v)
        return self.v


class BadIdx:
    def __index__(self):
        return 'x'


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


def get(l, a, b, c):
    return l[a:b:c]


def put(l, a, b, c, v):
    l[a:b:c] = v
    return l


def rem(l, a, b, c):
    del l[a:b:c]
    return l


for _ in range(200):
    get([1, 2, 3, 4], None, None, -1)
    put([1, 2, 3, 4], 0, 2, None, [7, 8])
    rem([1, 2, 3, 4], None, None, 2)

# the list itself on the right
l = [1, 2, 3, 4, 5]
l[::-1] = l
print('rev self', l)
l = [1, 2, 3]
l[1:1] = l
print('insert self', l)
l = [1, 2, 3]
l[:] = l
print('all self', l)
l = [1, 2, 3, 4]
l[::2] = l[1::2]
print('ext from slice', l)
l = [0, 1, 2, 3, 4, 5, 6, 7]
l[2:6] = []
print('shrink', l)
l[1:2] = 'abcd'
print('grow from str', l)
l[len(l):] = [8, 9]
print('append via slice', l)
l[:0] = (-2, -1)
print('prepend via slice', l)
l[-100:2] = [42]
print('clamped start', l)
l[5:2] = ['x']
print('stop before start', l)
l[100:200] = ['end']
print('past the end', l)

# errors
show('ext size', lambda: put([1, 2, 3, 4], None, None, 2, [1, 2, 3]))
show('ext size neg', lambda: put([1, 2, 3, 4], None, None, -3, []))
show('non-iterable', lambda: put([1, 2], 0, 1, None, 5))
show('non-iterable ext', lambda: put([1, 2], None, None, 2, 5))
show('step zero get', lambda: get([1, 2], None, None, 0))
show('step zero put', lambda: put([1, 2], None, None, 0, []))
show('step zero del', lambda: rem([1, 2], None, None, 0))
show('float bound', lambda: get([1, 2], 1.0, None, None))
show('str step', lambda: get([1, 2], None, None, 'a'))
show('bad index', lambda: get([1, 2], BadIdx(), None, None))
show('del empty ext', lambda: rem([1, 2, 3], 2, 0, 1))
show('big index', lambda: [1, 2][2**100])
show('big index assign', lambda: put([1, 2], 2**100, None, None, [3]))
ONE = 1.0
show('item index float', lambda: [1, 2][ONE])
show('item assign range', lambda: [1, 2].__setitem__(-3, 0))
show('item del range', lambda: [1, 2].__delitem__(2))

# __index__ bounds: called step first, then start, then stop
print('idx get', get(list(range(10)), Idx(1), Idx(8), Idx(3)))
print('idx put', put(list(range(6)), Idx(1), Idx(4), None, 'ab'))
print('idx del', rem(list(range(6)), None, None, Idx(-2)))
print('idx tuple', (0, 1, 2, 3)[Idx(-3):])
print('idx range', range(0, 20, 2)[Idx(2):Idx(-1):Idx(2)])
print('idx indices', slice(Idx(1), None, Idx(2)).indices(Idx(7)))
show('idx zero step', lambda: get([1], Idx(0), Idx(1), Idx(0)))

# a right-hand side that changes the list while it is gathered
l = list(range(6))


def grow():
    l.append(99)
    yield 'a'
    l.append(98)
    yield 'b'


l[1:3] = grow()
print('grown meanwhile', l)
l = list(range(6))


def shrink():
    del l[:3]
    yield 'z'


l[-2:] = shrink()
print('shrunk meanwhile', l)

# slice.indices, exact for any length
print(slice(None).indices(10**30))
print(slice(-5, None, -2).indices(10**20))
print(slice(2**70, -2**70, -1).indices(5))
show('indices neg', lambda: slice(1).indices(-1))
show('indices str', lambda: slice(1).indices('a'))
show('indices bad', lambda: slice('a').indices(3))


# subclasses: their own __getitem__/__setitem__ are called with the slice object
class Loud(list):
    def __getitem__(self, k):
        print('  Loud.__getitem__', k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print('  Loud.__setitem__', k, v)
        list.__setitem__(self, k, v)


class Iter(list):
    def __iter__(self):
        print('  Iter.__iter__')
        return iter([7, 7])


q = Loud([1, 2, 3, 4])
print(get(q, 1, 3, None))
print(put(q, None, 2, None, (0,)))
print(put([1, 2, 3], 0, 2, None, Iter([1, 2, 3])))
print(put([1, 2, 3, 4], None, None, 2, Iter([1, 2, 3])))
t = (1, 2, 3)
print(t[:] is t, t[::-1], t[5:], t[-2::-2])


class T(tuple):
    pass


print(type(T((1, 2))[:]).__name__)

# after warm-up, the same functions with other operands
print(get(Loud([5, 6, 7]), None, None, -1))
print(get((1, 2, 3), None, None, -1))
print(get('abcd', None, None, -1))
print(get(range(5), None, None, -1))
print(put(Loud([1, 2]), 0, 1, None, [3]))
print(rem(Loud([1, 2, 3, 4]), None, None, 2))
show('tuple put', lambda: put((1, 2), 0, 1, None, [3]))
show('str del', lambda: rem('ab', None, None, 2))
print(get([1, 2, 3, 4], None, None, -1), put([1, 2, 3, 4], 0, 2, None, [7, 8]),
      rem([1, 2, 3, 4], None, None, 2))
