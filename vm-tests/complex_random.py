# Random complex arithmetic and cmath results, compared bit for bit (repr) with CPython.
import random, cmath
random.seed(5)
def r():
    k = random.random()
    if k < 0.1: return random.choice([0.0, -0.0, 1.0, -1.0, 2.0, 0.5])
    if k < 0.2: return float(random.randint(-5, 5))
    return random.uniform(-10, 10) * 10 ** random.randint(-5, 5)
out = []
for i in range(300):
    a = complex(r(), r()); b = complex(r(), r())
    for f in (lambda: a / b, lambda: a ** b, lambda: a ** b.real, lambda: a ** int(b.real), lambda: a * b, lambda: abs(a), lambda: hash(a),
              lambda: cmath.sqrt(a), lambda: cmath.log(a, b), lambda: cmath.acos(a), lambda: cmath.atanh(a), lambda: cmath.tan(a), lambda: cmath.asinh(a), lambda: cmath.exp(a), lambda: cmath.polar(a), lambda: cmath.rect(a.real, a.imag)):
        try: out.append(repr(f()))
        except Exception as e: out.append(type(e).__name__ + str(e))
print("\n".join(out))
