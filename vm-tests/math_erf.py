# math.erf/erfc: values bit for bit (hex) over special values and a grid, argument errors,
# and a warm-up loop; plus dir(math) completeness against CPython 3.11.
import math

names = [n for n in dir(math) if not n.startswith('_')]
print(len(names), names)

xs = [0.0, -0.0, 1e-300, 1e-20, 0.1, 0.5, 0.84375, 1.0, 1.25, 2.0, 2.857, 3.0, 5.0, 6.0,
      10.0, 26.0, 27.5, 30.0, 1e10, 1e308]
xs += [-x for x in xs]
xs += [i / 64 - 8 for i in range(1024)]
for x in xs:
    print(x.hex(), math.erf(x).hex(), math.erfc(x).hex())
for x in [float('inf'), float('-inf'), float('nan'), 3, -2, True, 10**20]:
    print(repr(x), math.erf(x), math.erfc(x))

class F:
    def __float__(self):
        return 0.5

print(math.erf(F()), math.erfc(F()))
for bad in ['1', None, [], 10**400]:
    for f in (math.erf, math.erfc):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for args in [(), (1, 2)]:
    try:
        math.erf(*args)
    except TypeError as e:
        print(e)

def both(x):
    return math.erf(x) + math.erfc(x)

print(all(abs(both(i / 100) - 1.0) < 1e-15 for i in range(-300, 300)))
print(both(0.25).hex(), math.erf(0.7).hex())
