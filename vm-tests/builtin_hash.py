# hash() on ints, bools, floats and tuples of them (all deterministic).
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 31), hash(2 ** 32), hash(2 ** 60), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(True), hash(False))
print(hash(0.0), hash(1.0), hash(-1.0), hash(2.5), hash(0.1), hash(-0.1), hash(1e300))
print(hash(()), hash((0,)), hash((1, 2, 3)), hash((-1,)), hash(((1, 2), (3, 4))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((True, 1.0)) == hash((1, 1)))
print(hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    hash({1: 2})
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
