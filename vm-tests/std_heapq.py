# heapq: the list layout after each operation (CPython's sift order), nlargest/nsmallest
# (key, ties, n edge cases), merge (key, reverse, laziness), error messages.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 11, 13, 12, 14, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 100), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 50), data)
print(heapq.heappushpop([], 3))
big = [(i * 7919) % 5003 for i in range(3000)]
heapq.heapify(big)
print(big[:12], big[-5:], sum([big[i] <= big[2 * i + 1] for i in range(1499)]))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'cherry']
heapq.heapify(words)
print(words, [heapq.heappop(words) for i in range(3)])
t = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]
heapq.heapify(t)
print(t, heapq.heappop(t))

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, []))
print(heapq.nlargest(20, nums), heapq.nsmallest(0, nums), heapq.nsmallest(-2, nums), heapq.nlargest(2, iter(nums)))
print(heapq.nsmallest(4, iter(nums)), heapq.nlargest(3, 'hello world'), heapq.nsmallest(2, range(10, 0, -1)))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19), ('ed', 25), ('flo', 40)]
age = lambda p: p[1]
print(heapq.nlargest(3, people, key=age), heapq.nsmallest(3, people, key=age))
print(heapq.nlargest(2, iter(people), key=age), heapq.nsmallest(4, iter(people), key=age), heapq.nsmallest(1, people, key=age))
print(heapq.nlargest(3, people, age), heapq.nsmallest(3, iter(people), None))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])), list(heapq.merge('ace', 'bdf')))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['dd', 'E'], key=len)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'w'), (3, 'z')], key=lambda p: p[0])))
print(list(heapq.merge(['dog', 'ab'], ['cat', 'x'], key=len, reverse=True)))
log = []
def src(name, items):
    log.append(name)
    return iter(items)
m = heapq.merge(src('a', [1, 4]), src('b', [2, 3]))
print(log, next(m), next(m), list(m))

def show(fn, *args):
    try:
        print(fn(*args))
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)

show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappush, 1, 2)
show(heapq.heappush, [1])
show(heapq.heappop, 5)
show(heapq.heapify, (1, 2))
show(heapq.heappushpop, 'ab', 1)
show(heapq.heappush, [1, 'a'], 2)
show(heapq.heappush, [2, 'a'], 1)
show(heapq.nlargest, 2)
show(heapq.nlargest)
show(heapq.nsmallest, 'a', [1])
show(heapq.nlargest, 2, [1, 'a', 3])
show(list, heapq.merge([1], ['a']))
show(list, heapq.merge(1))
try:
    heapq.heappop([], x=1)
except TypeError as e:
    print('TypeError', e)
try:
    heapq.merge([1], foo=2)
except TypeError as e:
    print('TypeError', e)
