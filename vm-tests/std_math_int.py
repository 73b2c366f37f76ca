# math: exact integer functions (factorial, comb, perm, gcd, lcm, isqrt) on small and huge
# ints, floor/ceil/trunc of huge floats, prod over mixed types.
import math

print([math.factorial(n) for n in range(22)])
f = math.factorial(500)
print(f % 1000000007, f.bit_length(), math.factorial(1000) // math.factorial(998), math.factorial(True))
print([math.comb(10, k) for k in range(12)], math.comb(1000, 500) % 998244353, math.comb(0, 0), math.comb(5, 0))
print([math.perm(6, k) for k in range(8)], math.perm(20), math.perm(50, 3), math.perm(10**20, 2))
print(math.comb(10**30, 3), math.comb(10**30, 10**30 - 2), math.comb(2**100, 1))
print(math.gcd(0, 0), math.gcd(0, -7), math.gcd(48, -180, 1000), math.gcd(2**200 * 3, 6**80), math.gcd(True, 4))
print(math.lcm(0), math.lcm(-3), math.lcm(2, 3, 4, 5, 6), math.lcm(2**64, 3**40) == 2**64 * 3**40, math.lcm(12, 0, 5))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**62, 2**64 - 1, 2**64]])
print(math.isqrt(10**100), math.isqrt(10**101), math.isqrt(3**333) ** 2 <= 3**333 < (math.isqrt(3**333) + 1) ** 2)
print(math.floor(1e20), math.ceil(-1e20), math.trunc(-2.5e30), math.floor(-0.5), math.ceil(-0.5), math.floor(2**63 + 0.0), math.ceil(2**64))
print(math.floor(9007199254740993.0), math.trunc(1.9999999999999998), math.ceil(4.000000000000001), type(math.trunc(5)))
print(math.prod(range(1, 21)), math.prod([2] * 70), math.prod([0.5, 4, 3]), math.prod([], start=[1]), math.prod([[1], 2]))
print(math.prod(range(1, 30), start=-1), math.prod([2**62, 4]), math.prod([1.5, 2**62]), math.prod([3, 'x']))
