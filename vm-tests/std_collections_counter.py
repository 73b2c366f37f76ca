# collections.Counter: counting, most_common order, arithmetic, comparisons.
from collections import Counter

words = "the quick brown fox jumps over the lazy dog the fox".split()
c = Counter(words)
print(c)
print(c['the'], c['fox'], c['cat'], 'cat' in c, len(c))
print(c.most_common(3))
print(c.most_common()[-2:])
print(c.most_common(0), c.most_common(-1))
print(c.total())

letters = Counter('mississippi')
print(letters, sorted(letters.elements()))
letters.update('sip')
letters.update({'m': 2, 'z': 1})
print(letters)
letters.subtract('ssss')
letters.subtract(z=3)
print(letters)
print(+letters, -letters)
del letters['zzz']
del letters['z']
print(letters, dict(letters))

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(c=7)
print(x)
x &= Counter(c=2, a=9)
print(x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter('ab') == {'a': 1, 'b': 1})
print(Counter(), Counter(x=0), repr(Counter(b=2, a=2, c=3)))
kw = Counter(red=2, blue=5)
print(kw, kw.copy(), type(kw.copy()).__name__)
print(sorted(Counter([1, 2, 2, 3, 3, 3]).items()))

try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)

class Inventory(Counter):
    def restock(self, item, n):
        self[item] += n
        return self

inv = Inventory(apple=2)
print(inv.restock('apple', 3).restock('pear', 1), isinstance(inv, dict))
# Counting by a key computed from each element
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()), lengths.most_common(1))
