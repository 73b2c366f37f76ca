# operator: attrgetter/itemgetter/methodcaller reprs, errors and use after warm-up; call,
# length_hint, index, in-place functions, comparison helpers.
import operator
from operator import attrgetter, itemgetter, methodcaller

print(repr(attrgetter("a")), repr(attrgetter("a", "b.c")))
print(repr(itemgetter(1)), repr(itemgetter(1, "k", (2, 3))))
print(repr(methodcaller("m")), repr(methodcaller("m", 1, "x", k=2, j=[1])))

class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def scale(self, k, *, plus=0):
        return self.a * k + plus

p = P(2, P(3, 4))
print(attrgetter("a")(p), attrgetter("b.a", "b.b", "a")(p))
print(itemgetter(0)([5, 6]), itemgetter(0, -1)("xyz"), itemgetter("k")({"k": 1}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(methodcaller("scale", 5)(p), methodcaller("scale", 5, plus=1)(p))
print(methodcaller("upper")("abc"))
for bad in (lambda: attrgetter(1), lambda: attrgetter(), lambda: itemgetter(),
            lambda: methodcaller(), lambda: methodcaller(1),
            lambda: attrgetter("zz")(p), lambda: attrgetter("b.zz")(p),
            lambda: itemgetter(5)([1]), lambda: itemgetter("x")({}),
            lambda: attrgetter("a")(), lambda: itemgetter(1)(1, 2),
            lambda: methodcaller("nope")(p)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(operator.call(pow, 2, 10), operator.call(dict, a=1))
try:
    operator.call()
except TypeError as e:
    print("TypeError:", e)

class Hint:
    def __length_hint__(self):
        return 7
class BadHint:
    def __length_hint__(self):
        return -1
class NotIntHint:
    def __length_hint__(self):
        return "x"
class Len:
    def __len__(self):
        return 3
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(Hint()))
print(operator.length_hint(Len()), operator.length_hint(object(), 4), operator.length_hint(iter([])))
for bad in (lambda: operator.length_hint(BadHint()), lambda: operator.length_hint(NotIntHint()),
            lambda: operator.length_hint([], "x"), lambda: operator.length_hint()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Idx:
    def __index__(self):
        return 4
print(operator.index(5), operator.index(True), operator.index(Idx()))
for bad in (1.5, "3", None):
    try:
        operator.index(bad)
    except TypeError as e:
        print("TypeError:", e)

l = [1]
print(operator.iconcat(l, [2, 3]) is l, l)
try:
    operator.iconcat(1, [2])
except TypeError as e:
    print("TypeError:", e)
print(operator.concat("a", "b"), operator.concat([1], [2]))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
x = 5
print(operator.iadd(x, 2), operator.isub(x, 2), operator.imul("ab", 2), operator.ipow(2, 5),
      operator.imatmul if hasattr(operator, "imatmul") else None)
print(operator.ifloordiv(7, 2), operator.itruediv(7, 2), operator.imod(7, 3), operator.ilshift(1, 3),
      operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2),
      operator.gt(3, 2), operator.not_(0), operator.truth([]), operator.is_(None, None),
      operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
try:
    operator.indexOf([1], 9)
except ValueError as e:
    print("ValueError:", e)
s = [1, 2, 3]
operator.setitem(s, 0, 9); operator.delitem(s, 1)
print(s, operator.getitem(s, -1), operator.neg(3), operator.pos(-3), operator.abs(-3),
      operator.inv(5), operator.invert(5), operator.__add__(1, 2), operator._abs(-2))

# warm-up then a mutation of the looked-up attribute/item/method
def loop(n):
    g = attrgetter("a")
    ig = itemgetter(1)
    mc = methodcaller("scale", 2)
    t = 0
    for i in range(n):
        t += g(p) + ig([i, 1]) + mc(p)
    return t
print(loop(300))
p.a = 10
P.scale = lambda self, k: -k
print(loop(3), attrgetter("a")(p))
