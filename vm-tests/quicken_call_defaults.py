# Calls that take some of the callee's defaults (CALL_*_PY_WITH_DEFAULTS) after warm-up:
# closures sharing a def, __defaults__ reassigned or removed, generators and varargs at one site.
def f(a, b=2, c=3):
    return (a, b, c)
class K:
    def m(self, x, y=10):
        return (x, y)
def make(n):
    def g(x, y=n):
        return x + y
    return g
gs = [make(i) for i in range(5)]
k = K()
out = []
for i in range(300):
    out.append((f(i), f(i, 5), k.m(i), [g(1) for g in gs]))
print(out[-1])
f.__defaults__ = (7,)
print(f(1, 2), f(1, 2))
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = (8, 9)
print(f(1))
K.m.__defaults__ = None
try:
    k.m(1)
except TypeError as e:
    print(e)
def gen(a, b=1):
    yield a + b
def callit(h):
    return h(1)
for i in range(300):
    callit(f)
print(callit(f), list(callit(gen)), callit(lambda a, b=5: a * b), callit(lambda *a: a))
def deep(n, acc=0):
    return acc if n == 0 else deep(n - 1, acc + n)
print(deep(500))
