# enumerate, zip, reversed, sorted, iter/next.
print(list(enumerate('abc')))
print(list(enumerate(['x', 'y'], 1)), list(enumerate('ab', start=-1)))
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')), list(zip('a', [1, 2], (True, False))))
print(list(zip([], [1])), list(zip([1, 2])))
pairs = [(1, 'one'), (2, 'two')]
nums, names = zip(*pairs)
print(nums, names)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1,))), list(reversed(range(3))))
print(sorted([3, 1, 2]), sorted('cab'), sorted((3, 1)), sorted([3, 1, 2], reverse=True))
print(sorted([-3, 1, -2], key=abs), sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
words = ['bob', 'al', 'cy', 'dee', 'ed', 'flo']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(records), sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[0]))
print(sorted([1.5, 1, True, 0, -0.5]))
print(sorted({3: 'a', 1: 'b'}), sorted([[2, 1], [1, 2], [1]]))
lst = [5, 2, 8]
s = sorted(lst)
print(lst, s, s is lst)
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
it = iter('hi')
print(next(it), next(it), next(it, '<end>'))
r = iter(range(3))
print(list(r), list(r))
e = enumerate('xy')
print(next(e), next(e), next(e, 'done'))
z = zip('ab', 'cd')
print(next(z), list(z))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
d = {'a': 1, 'b': 2}
it = iter(d)
print(next(it), next(it))
it = iter(d.items())
print(next(it))
for i, (a, b) in enumerate(zip('xyz', range(10, 13))):
    print(i, a, b)
