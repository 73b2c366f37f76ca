# Subscript and slice assignment/deletion incl. extended slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[-2:2:-2])
print(a[100:], a[-100:2], a[5:2], a[3:3])
a[2:5] = ['x', 'y']
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[:] = [0, 1, 2, 3, 4, 5, 6, 7]
print(a)
a[::2] = ['e0', 'e2', 'e4', 'e6']
print(a)
a[1::2] = 'abcd'
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
b = list(range(10))
del b[1]
print(b)
del b[-1]
print(b)
del b[2:4]
print(b)
del b[::2]
print(b)
del b[:]
print(b)
c = list(range(8))
c[2:6] = []
print(c)
c[1:1] = range(3)
print(c)
c[-1:] = [99, 98]
print(c)
c[::-1] = list(range(len(c)))
print(c)
s = 'abcdefghij'
print(s[1:4], s[::3], s[::-1], s[-4:-1], s[8:2:-2])
t = tuple(range(6))
print(t[1:4], t[::-1], t[::2])
r = range(10)
print(r[2:8:2], r[::-1], r[-3:])
m = [[1, 2, 3], [4, 5, 6]]
m[0][1:] = [20, 30, 40]
print(m)
d = {'k': [1, 2, 3]}
d['k'][0] = 'z'
del d['k'][1]
print(d)
x = [1, 2, 3, 4, 5]
x[1:4] = x
print(x)
y = [1, 2, 3]
y[5:10] = [9]
print(y)
print(a[1:6:2], a[-1::-3])
