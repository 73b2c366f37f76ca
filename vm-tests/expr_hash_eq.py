# Numeric equality across int/float/bool and deterministic numeric hashes.
print(1 == 1.0, hash(1) == hash(1.0), hash(True) == hash(1))
print(hash(0), hash(1), hash(-1), hash(-2), hash(100))
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(2 ** 61 + 5), hash(-(2 ** 61)))
print(hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0), hash(0.5), hash(-0.5), hash(1.5), hash(0.0), hash(-0.0))
print(hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash(True), hash(False), hash(None) == hash(None))
d = {1: 'int one'}
d[1.0] = 'float one'
d[True] = 'bool one'
print(d)
d2 = {}
d2[0] = 'a'
d2[0.0] = 'b'
d2[False] = 'c'
print(d2, len(d2))
s = {1, 1.0, True}
print(s, len(s))
s = {0, 0.0, False, -0.0}
print(s)
print({2: 'x'}[2.0])
print(1.0 in {1}, 2 ** 61 - 1 in {2 ** 61 - 1})
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(int(2.5) == 2, float(3) == 3)
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16 + 1)
