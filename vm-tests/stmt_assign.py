# Assignment forms: chained, tuple/list unpacking, nested, starred.
a = b = c = 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
[r, s] = [3, 4]
print(r, s)
(t, u) = 'ab'
print(t, u)
m, n, o = range(3)
print(m, n, o)
(a1, (b1, c1)), d1 = (1, (2, 3)), 4
print(a1, b1, c1, d1)
[e1, [f1, g1]] = ['e', 'fg']
print(e1, f1, g1)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
h, *mid, tail = 'hello'
print(h, mid, tail)
h2, *mid2, tail2 = [1, 2]
print(h2, mid2, tail2)
*everything, = (7, 8, 9)
print(everything)
one, (two, *more), three = 1, (2, 3, 4, 5), 6
print(one, two, more, three)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d['x'] = d['y'] = 5
print(d)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
v = 1, 2, 3
print(v)
w = 1,
print(w)
single, = [42]
print(single)
a, b = b, a = 5, 6
print(a, b)
