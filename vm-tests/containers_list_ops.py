# Lists: indexing, slicing, slice assignment, methods, errors, sort, reprs.
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[0], a[-1], a[2:5], a[::-1], a[8:1:-3], a[-3:], a[:100], a[100:])
err(lambda: a[10])
err(lambda: a['x'])
err(lambda: a[10**20])
err(lambda: a[::0])
a[2:5] = (20, 21)
print(a)
a[7:2] = [-1]
print(a)
a[::3] = [100, 101, 102, 103]
print(a)
def bad(): a[::2] = [1, 2, 3]
err(bad)
del a[::-3]
print(a)
del a[1:3]
del a[-1]
print(a)
a[:] = a
a[1:1] = a
print(a)

b = [3, 1, 2]
b.append(5); b.extend((6, 7)); b.insert(-100, 0); b.insert(100, 8); b.insert(-1, 9)
print(b, b.pop(), b.pop(1), b)
b.remove(9)
print(b.index(5), b.index(5, -3), b.count(1))
err(lambda: b.index(5, 0, 3))
err(lambda: b.remove(42))
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: b.append())
err(lambda: b.insert(1))
err(lambda: b.sort(1))
err(lambda: b.sort(foo=1))
b.reverse()
c = b.copy()
b.clear()
print(b, c)

print([1, 2] + [3], 2 * [1, 2], [1, 2] * -1, [0] * 3)
err(lambda: [] + ())
err(lambda: [1] * 'a')
err(lambda: [1] * (2 ** 62))
x = [1, 2]
y = x
x += (7,)
x *= 2
print(x, y is x)
print([1, 2] < [1, 3], [1] < [1, 0], [1, 2] == [1, 2], [2] >= [1, 5], [] == [])

r = [1, 2]
r.append(r)
print(r, [r, (r,)])
t = ([],)
t[0].append(t)
print(t)

words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
err(lambda: [1, "a"].sort())
lst = [5]
err(lambda: lst.sort(key=lst.append))
print(lst)
nums = [5, 3, 9, 1, 3, 7]
nums.sort(reverse=True)
print(nums)

class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
data = [K((i * 7919) % 211) for i in range(200)]
data.sort()
print(K.calls, [k.v for k in data][:10])

grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
it = iter(grow)
print(list(it), list(it))
print(list(reversed([1, 2, 3])), type(reversed([])).__name__, type(iter([])).__name__)
print(list("ab"), list((1, 2)), list({3: 4}), list(range(3)))
