# operator: arithmetic/comparison/logic functions, dunder aliases, sequence helpers,
# itemgetter/attrgetter/methodcaller, error messages.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3.5), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 100), operator.lshift(1, 70), operator.rshift(-256, 3), operator.and_(12, 10))
print(operator.or_(12, 10), operator.xor(12, 10), operator.or_({1}, {2}), operator.neg(5), operator.pos(-2.5), operator.invert(5), operator.inv(0))
print(operator.abs(-3), operator.abs(-2.5), operator.not_([]), operator.truth('x'), operator.index(7), operator.index(True))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1.0), operator.gt([2], [1, 5]), operator.ge(3, 4))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.contains('abc', 'bc'))
print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.indexOf('hello', 'l'), operator.concat([1], [2]), operator.concat('a', 'b'))
l = [1, 2]
print(operator.iadd(l, [3]) is l, l, operator.iconcat(l, (4,)), operator.iadd(5, 1), operator.imul([0], 3), operator.ipow(3, 2))
print(operator.isub(9, 4), operator.itruediv(1, 4), operator.ifloordiv(9, 4), operator.imod(9, 4), operator.ilshift(1, 3), operator.irshift(8, 1))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), operator.getitem([1, 2, 3], slice(0, 2)), d)
operator.delitem(d, 'a')
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(5, 9), operator.call(max, 3, 8, key=operator.neg))
print(operator.__add__ is operator.add, operator.__and__ is operator.and_, operator.__not__(1), operator.__mod__(7, 4), operator.__call__(len, 'ab'))
print(operator.__getitem__('xyz', -1), operator.__iadd__([1], [2]), operator.__inv__(1), operator.__index__(4))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(1)), list(map(itemgetter(0), ['ab', 'cd'])))
g = itemgetter(2, 0, -1)
print(g('abcdef'), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(g), repr(itemgetter('a')), repr(attrgetter('real', 'imag.real')), repr(methodcaller('split', ',', maxsplit=1)))

def f():
    pass
f.x = 3
f.inner = f
print(attrgetter('x')(f), attrgetter('inner.inner.x', '__name__')(f), attrgetter('__class__')(5))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(methodcaller('count', 1)([1, 1, 2]), methodcaller('get', 'z', 'default')({}), repr(methodcaller('f')))
print(type(g).__name__, type(g), operator.itemgetter)

def show(fn, *args):
    try:
        print(fn(*args))
    except (TypeError, ValueError, AttributeError, IndexError, KeyError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

show(operator.add, 1)
show(operator.add, 1, 'a')
show(operator.neg, 'a')
show(operator.index, 1.5)
show(operator.concat, 1, 2)
show(operator.concat, [1], (2,))
show(operator.indexOf, [1], 2)
show(operator.getitem, [1], 5)
show(operator.getitem, {}, 'k')
show(operator.truth)
show(operator.lt, 1, 'a')
show(itemgetter)
show(itemgetter(1), 5)
show(itemgetter(1), 'a', 'b')
show(attrgetter, 1)
show(attrgetter('nope'), 5)
show(attrgetter('__class__.nope'), 5)
show(methodcaller)
show(methodcaller, 7)
show(methodcaller('nope'), [])
show(operator.matmul, 1, 2)
show(operator.mod, 1, 0)
try:
    operator.add(a=1, b=2)
except TypeError as e:
    print('TypeError', e)
try:
    itemgetter(1, x=2)
except TypeError as e:
    print('TypeError', e)
