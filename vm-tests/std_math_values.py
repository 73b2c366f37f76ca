# math: float functions over many inputs (bit-exact libm results, special values), fsum, hypot/dist,
# ldexp/frexp, logs of huge ints, integer functions.
import math
xs = [0.0, -0.0, 1e-300, 5e-324, 1e-20, 1e-10, 0.1, 0.25, 0.5, 0.7, 0.9999, 1.0, 1.5, 2.0, 2.5, 3.7, 10.0, 22.0, 23.5, 30.2, 100.5, 141.2, 170.3, 300.7, 1e5, 1e15, 1e100, 1e308]
xs = xs + [-x for x in xs[2:]] + [float('inf'), float('-inf'), float('nan')]
i = 1
while i < 60:
    xs.append(i * 0.37 - 11.3)
    xs.append(1.0 / (i * 1.7))
    i += 1
names = ['sqrt','exp','exp2','expm1','log1p','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','cbrt','fabs','gamma','lgamma','log','log2','log10','floor','ceil','trunc','frexp','modf','degrees','radians','ulp','isfinite','isnan','isinf']
for n in names:
    f = getattr(math, n)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(n, " ".join(out))
ys = [0.0, -0.0, 0.5, -1.5, 2.0, 3.0, -3.0, 0.3333, 1e10, -1e10, float('inf'), float('-inf'), float('nan'), 7.25, 1e-310]
for n in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'hypot', 'nextafter', 'log', 'dist2', 'ldexp']:
    out = []
    for x in ys:
        for y in ys:
            try:
                if n == 'dist2':
                    out.append(repr(math.dist((x, y, 1.0), (y, 0.5, x))))
                elif n == 'log':
                    out.append(repr(math.log(x, y)))
                elif n == 'ldexp':
                    out.append(repr(math.ldexp(x, int(y) if math.isfinite(y) else 5)))
                else:
                    out.append(repr(getattr(math, n)(x, y)))
            except (ValueError, OverflowError, ZeroDivisionError) as e:
                out.append(type(e).__name__[0])
    print(n, " ".join(out))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320, 3e-320), math.hypot(*[i * 0.1 for i in range(30)]))
print(math.fsum([0.1] * 10), math.fsum([1e-16, 1.0, 1e16]), math.fsum([1e308, -1e308, 1e-308]), math.fsum([]), math.fsum([float('inf'), 1.0]), math.fsum([i * 0.01 for i in range(1000)]))
print(math.ldexp(1.5, -1074), math.ldexp(1.0, -1075), math.ldexp(0.75, -1074), math.ldexp(0.9999999999999999, 1024), math.ldexp(1e-310, 1000))
print([math.frexp(x) for x in [5e-324, 1e-310, 3.0, -0.1, 1e308]])
print(math.log(10**400 + 3, 10), math.log10(2**10000), math.log2(3**3000), math.log(7**999), math.log(2**1024 - 1))
print(math.factorial(0), math.factorial(25), math.factorial(100) % (10**20 + 7), math.factorial(2000) % 1000003)
print(math.comb(10, 3), math.comb(100, 50), math.comb(10, 11), math.comb(2**70, 2), math.perm(10, 3), math.perm(10, 11), math.perm(0), math.perm(30, 30) == math.factorial(30))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18, -24), math.gcd(2**100, 6**50), math.lcm(), math.lcm(4, 6, -10), math.lcm(0, 5), math.isqrt(0), math.isqrt(99), math.isqrt(10**40 + 5), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3]), math.prod([1.5, 2]), math.prod(range(1, 30)), math.prod([2, 3], start=0.5), math.prod(['ab'], start=3))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')), math.isclose(1, 1.05, rel_tol=0.1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2**80 + 0.0), math.ceil(7), math.trunc(False), type(math.floor(3.0)))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(-5.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
