def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

print({3, 1, 2}, {10, 100, 1000}, set(range(20, 0, -3)), {-1, -2}, set(), frozenset(), frozenset({1, 2}))
print({0, 8, 16, 24, 32}, {2 ** 61 - 1, 2 ** 61, 1, 0}, set([7, 7, 3]))
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
s.add(3)
s.add(300)
print(s)
s = {5, 6, 7}
print(s.pop(), s.pop(), s)
s.add(1); s.add(5)
print(s.pop(), s)
a, b = {1, 2, 3, 4, 40, 80}, {3, 4, 5, 6, 48}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(frozenset(a) | b, b | frozenset(a), type(frozenset(a) & b).__name__)
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
print(a.union([9, 8], (7,)), a.intersection([4, 2, 7]), a.difference([1], [2]), a.symmetric_difference([4, 5]))
print(a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint([5, 6]), {1, 2} < a, a <= a, a > {1}, a == frozenset(a))
print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset(range(100))))
print({1} & {1.0}, {1.0} & {1}, {frozenset({1})}, frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
err(lambda: {1}.remove(9))
err(lambda: set().pop())
err(lambda: {[]})
err(lambda: {1}.add([]))
err(lambda: [] in {1})
err(lambda: {1} < 3)
err(lambda: {1} | [1])
err(lambda: hash({1}))
err(lambda: frozenset().add)
err(lambda: set().add())
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
one = {1}
it = iter([1, 2, 3])
print(one.intersection(it), list(it))
d = {5: 1, 3: 2, 100: 3}
print(set(d), set(d.keys()), set(d.values()), set(d.items()))
