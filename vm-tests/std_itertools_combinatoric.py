# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

def show(it):
    print(len(it), ' '.join([''.join([str(x) for x in t]) for t in it]))

show(list(product('AB', 'xyz')))
show(list(product(range(2), repeat=3)))
show(list(product('ab', [1, 2], repeat=2)))
print(list(product()), list(product([])), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(product([1, 2], iter([3, 4]))))
show(list(permutations('ABCD', 2)))
show(list(permutations(range(3))))
show(list(permutations('ABCD')))
print(list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])), list(permutations([], 0)))
print(list(permutations('abc', None)), list(permutations(iterable=[1, 2], r=1)))
show(list(combinations('ABCDE', 3)))
show(list(combinations(range(6), 2)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations([], 0)), list(combinations('ab', r=2)))
show(list(cwr('ABC', 2)))
show(list(cwr(range(3), 3)))
print(list(cwr('ab', 0)), list(cwr([], 2)), list(cwr([], 0)), list(cwr('a', 3)))
p = permutations(range(5), 3)
print(next(p), next(p), next(p))
n = 0
for t in permutations(range(6)):
    n += 1
print(n, len(list(combinations(range(12), 6))), len(list(cwr(range(5), 4))), len(list(product(range(4), repeat=4))))
c = combinations([[1], [2], [3]], 2)
first = next(c)
print(first, first[0] is next(c)[0])
it = product('ab')
print(list(it), list(it))
