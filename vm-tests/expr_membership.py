# in / not in across containers; is / is not with singletons.
print(1 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print(2 in (1, 2), 'b' in ('a', 'b'), [1] in [[1], [2]])
print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc', '' in '')
print('h' not in 'hello', 'H' in 'hello')
d = {'a': 1, 'b': 2}
print('a' in d, 1 in d, 'c' not in d)
print(1 in d.values(), 'b' in d.keys(), ('a', 1) in d.items())
s = {1, 2, 3}
print(2 in s, 5 in s, 5 not in s)
print(3 in range(5), 5 in range(5), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(10 ** 20 in range(10 ** 21), 3.0 in [1, 2, 3], 1 in [True])
print(1.0 in {1: 'x'}, True in {1})
x = None
print(x is None, x is not None, None is None)
t = True
print(t is True, t is not False, (1 == 1) is True, (1 == 2) is False)
zero = 0
print(bool(1) is True, not zero is True, bool(zero) is False)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None in [0, False, ''], None in [0, None])
print(frozenset([1]) in [frozenset([1])])
print('a' in ['a' * 1], 'ab' in ['a', 'b'])
print((1, 2) in [(1, 2), (3, 4)])
