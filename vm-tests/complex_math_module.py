# The math module refuses complex arguments with CPython's TypeErrors (and math.prod, which
# only multiplies, accepts them).
import math

for e in ["math.log(1j)", "math.log(2, 1j)", "math.pow(1j, 2)", "math.atan2(1j, 1)",
          "math.hypot(1j)", "math.hypot(1, 1j)", "math.dist([1j], [0])", "math.prod([1j, 2])",
          "math.isclose(1j, 1j)", "math.copysign(1j, 1)", "math.ldexp(1j, 1)", "math.frexp(1j)",
          "math.factorial(1j)", "math.comb(1j, 1)", "math.ceil(1j)", "math.modf(1j)",
          "math.fmod(1j, 1)", "math.exp(1j)", "math.degrees(1j)", "math.gcd(1j)",
          "math.isqrt(1j)", "math.fsum([1, 1j])", "math.remainder(1j, 1)", "math.isinf(1j)",
          "math.isfinite(1j)", "math.gamma(1j)", "math.log2(1j)", "math.log10(1j)",
          "math.log1p(1j)", "math.nextafter(1j, 1)", "math.ulp(1j)", "math.trunc(1j)",
          "math.floor(1j)", "math.sqrt(-1)", "range(1j)", "[1].__getitem__(1j)", "'ab'.__getitem__(0j)", "hex(1j)",
          "chr(1j)", "bin(1j)", "(1).to_bytes(1j, 'big')", "[0] * 1j"]:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "!", type(x).__name__, x)
