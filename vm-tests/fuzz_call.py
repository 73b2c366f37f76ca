# Differential fuzz (a fixed seed): random operations on the paths the inline caches serve,
# every result printed and compared with CPython.
import random, sys
seed = 3
rnd = random.Random(seed)
def f0(a): return ("f0", a)
def f1(a, b=1): return ("f1", a, b)
def f2(a, b=1, c=2): return ("f2", a, b, c)
def f3(*a): return ("f3", a)
def f4(a, *, k=3): return ("f4", a, k)
def f5(a): yield ("f5", a)
def f6(a, b): return ("f6", a, b)
class K:
    def m(self, a, b=5): return ("K.m", a, b)
    @staticmethod
    def s(a): return ("s", a)
    @classmethod
    def c(cls, a): return ("c", a)
k = K()
fs = [f0, f1, f2, f3, f4, f5, f6, k.m, K.s, K.c, k.s, k.c, len, str, lambda a, b=2: a * b]
def site1(f, x): return f(x)
def site2(f, x, y): return f(x, y)
log = []
for step in range(1000):
    f = rnd.choice(fs)
    try:
        if rnd.random() < 0.6:
            r = site1(f, step)
        else:
            r = site2(f, step, 7)
        if f is f5: r = list(r)
        log.append(r)
    except TypeError as e:
        log.append(("TE", str(e)))
    if rnd.random() < 0.01:
        g = rnd.choice([f1, f2])
        g.__defaults__ = rnd.choice([None, (9,), (8, 9)])
print(seed, len(log))
for x in log: print(x)
