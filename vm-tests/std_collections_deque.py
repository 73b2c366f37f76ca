# collections.deque: both ends, maxlen, rotation, search, operators, iteration checks.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft('ab')
print(d)
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 7 + 1)
print(d)
print(d[0], d[-1], d[3], 10 in d, 99 in d)
d[0] = 'first'
del d[1]
print(d)
print(d.count(0), d.index(10), d.index(0, 4))
d.remove(10)
d.insert(2, 'ins')
d.insert(-1, 'end-1')
d.insert(100, 'far')
print(d)
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
c.clear()
print(c, d == d.copy(), d is d.copy())

# maxlen: the other end is dropped
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(6)
print(m)
m.extend(range(20, 25))
print(m)
m.extendleft('xy')
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))

# operators
a, b = deque([1, 2]), deque([3])
print(a + b, a * 3, 2 * b, a * 0, a * -1)
a += [4, 5]
print(a)
a *= 2
print(a)
lim = deque([1, 2, 3], maxlen=4)
print(lim * 3, lim + deque([9, 9, 9]))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1, 2]) < deque([1, 3]),
      deque([1]) >= deque([1]), deque([1, 2]) == [1, 2])
print(list(deque('hello')), sorted(deque([3, 1, 2])), sum(deque(range(101))))
it = iter(deque(range(3)))
print(next(it), it.__length_hint__(), list(it))

# self-reference
s = deque([1])
s.append(s)
print(s)
s.extend(s)
print(len(s))

# BFS, the everyday use
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
seen, order, queue = {'a'}, [], deque(['a'])
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)

# sliding window of the last 3
window = deque(maxlen=3)
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    print(list(window), sum(window) / len(window))

print(type(d), type(d).__name__, type(d).__module__, repr(deque(maxlen=5)))
