# random.Random subclasses: an overriding random() or getrandbits() drives every method
# (choice, randrange, shuffle, sample, choices, the distributions), as CPython's Python-level
# methods call self.random() and self._randbelow(); warm-up loops around mutations.
import random
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed()
print(f.random(), f.choice([1, 2, 3]), f.randrange(10), f.randint(1, 6), f.uniform(0, 10))
l = list(range(6)); f.shuffle(l); print(l)
print(f.sample(range(10), 3), f.choices('abc', k=3), f.triangular(), f.expovariate(1))
print(f.gauss(0, 1), f.normalvariate(0, 1), f.betavariate(2, 3), f.paretovariate(2), f.weibullvariate(1, 2))
print(f.vonmisesvariate(0, 1), f.lognormvariate(0, 1), f.gammavariate(2, 1))
class Bits(random.Random):
    def getrandbits(self, k):
        self.calls = getattr(self, 'calls', 0) + 1
        return (1 << k) - 1 if self.calls % 2 else 1
b = Bits()
print(b.randrange(10), b.choice('xyz'), b.calls, b.random() < 1)
class Seq(random.Random):
    def __init__(self, vals):
        self.vals = list(vals)
        super().__init__(0)
    def random(self):
        return self.vals.pop(0) if self.vals else 0.0
s = Seq([0.1, 0.9, 0.3])
print(s.choice(range(100)), s.choice(range(100)), s.choice(range(100)))
class Both(random.Random):
    def random(self): return 0.25
    def getrandbits(self, k): return 0
print(Both().randrange(5), Both().choice('abc'), Both().uniform(0, 4))
class Plain(random.Random): pass
p = Plain(42); q = random.Random(42)
print(p.randrange(1000) == q.randrange(1000), p.choice(range(50)) == q.choice(range(50)), p.gauss(0,1) == q.gauss(0,1))
def draw(r): return r.randrange(100)
print(sum(draw(f) for _ in range(200)))
Fixed.random = lambda self: 0.75
print(sum(draw(f) for _ in range(200)))
del Fixed.random
print(0 <= draw(f) < 100)
