# Builtins that consume iterables — sum, min, max, any, all, sorted, list, tuple,
# enumerate, zip, map, filter — over lists, tuples, ranges and their iterators (advanced
# in place), and over what must go through the protocol: list subclasses with their own
# __iter__, iterator subclasses with their own __next__, generators, iterators that change
# the list meanwhile. Each consumer runs 200 times on a plain list first.
import sys


def consume(xs):
    return (sum(xs), min(xs), max(xs), any(xs), all(xs), sorted(xs), list(xs), tuple(xs),
            list(enumerate(xs)), list(zip(xs, xs)), list(map(abs, xs)), list(filter(None, xs)))


for _ in range(200):
    consume([3, -1, 2])


class L(list):
    def __iter__(self):
        print('  L.__iter__')
        return iter([10, 20])


for xs in ([3, -1, 2], (3, -1, 2), range(-2, 3), iter([3, -1, 2]), iter((5, 0)),
           iter(range(4)), reversed([1, 2, 0]), (x for x in [2, 0, 1]), L([1, 2, 3]),
           {3: 'a', 1: 'b'}, [1.5, 2, True], [2**64, -2**64, 1]):
    print(type(xs).__name__, consume(xs) if not hasattr(xs, '__next__') else
          (sum(xs), list(xs)))
print(list(enumerate(L([1]), 5)), min('bca'), max('bca'), sorted('bca'), list(zip('ab', 'cd')))
print(sum([0.1] * 10), sum([1, 2.5, True]), sum([[1], [2]], []), sum(range(10**6)))
print(sum([sys.maxsize, sys.maxsize, -sys.maxsize]), sum([1, 2**64, -2**64]))
print(min([3, 1, 2], key=lambda x: -x), max('hello'), min([], default=5), max((), default=None))
print(min(3, 1.0, 1), max(1, 1.0, True), min([[2], [1, 5]]), max([(1, 'b'), (1, 'a')]))
print(any(x > 2 for x in range(5)), all([]), any([]), all(range(1, 5)), any([0, 0.0, '', None]))
for bad in (lambda: sum(['a', 'b']), lambda: sum([1], 'a'), lambda: min([]), lambda: max(1),
            lambda: min([1, 'a']), lambda: sum(5), lambda: list(zip([1], 2)),
            lambda: list(enumerate(3)), lambda: max([], key=len, default=1, x=2)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# iterators that see the list change
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
l.pop(0)
print(list(it), sum(iter(l)))
l = [1, 2, 3]
out = []
for i, x in enumerate(l):
    out.append(x)
    if i < 3:
        l.append(x * 10)
print(out, l)
l = [5, 6]
z = zip(l, range(10))
l.append(7)
print(list(z))
print(list(zip(range(3), 'ab', (1.5, 2.5, 3.5))), list(zip()), list(zip([1, 2], [], strict=False)))
try:
    print(list(zip([1, 2], [1], strict=True)))
except ValueError as e:
    print('ValueError', e)
print(list(map(lambda a, b: a * b, [1, 2, 3], range(10))), list(map(str, range(3))))
print(list(filter(lambda v: v % 2, range(7))), list(filter(bool, [0, 1, '', 'x'])))
print(list(range(5)), tuple(range(10, 0, -3)), list(range(2**63 - 2, 2**63)), list(range(0)))
for r in (range(-2**63, 2**63 - 1), range(10**18), range(2**63, 2**64)):
    try:
        print(len(list(r)))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
