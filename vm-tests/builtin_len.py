# len() on every builtin container, including non-ASCII strings.
print(len(''), len('a'), len('hello'), len('héllo'), len('日本'), len('\n\t'), len('a😀'))
print(len([]), len([1, 2, 3]), len([[1, 2], [3]]), len([None] * 7))
print(len(()), len((1,)), len((1, (2, 3))))
print(len({}), len({'a': 1, 'b': 2}), len({1: 1, 1.0: 2, True: 3}))
print(len(set()), len({1, 2, 2, 3}), len(frozenset([1, 1])))
print(len(range(0)), len(range(10)), len(range(3, 10, 2)), len(range(10, 3, -3)), len(range(0, -5)))
d = {'x': 1}
print(len(d.keys()), len(d.values()), len(d.items()))
s = 'abc' * 1000
print(len(s), len(s[::7]), len(s.split('b')))
lst = []
for i in range(50):
    lst.append(i)
    if len(lst) % 10 == 0:
        print('length now', len(lst))
del lst[10:]
print(len(lst))
print(len('a' + 'bc'), len([1] + [2, 3]), len((1,) * 4))
print(len(str(2 ** 100)), len(repr('x')), len(list('abc')))
