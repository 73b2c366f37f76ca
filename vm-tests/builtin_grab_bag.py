# builtins grab-bag
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}), sorted([(1, "b"), (1, "a")]))
print(list(zip(*[(1, 2), (3, 4)])), dict(zip("ab", [1, 2])), list(enumerate("ab", 5)))
print(min([3, 1], key=lambda x: -x), max("abc", key=ord), min([], default="empty"), max(1, 2, 3))
print(sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []), round(sum([0.1] * 10), 10))
print(abs(-7), abs(-2.5), divmod(17, 5), pow(2, 10), pow(2, -2), pow(-8, 1/3) if False else "", 7 // 2, -7 // 2)
print(isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int), type(1) is int, type(True).__name__)
print(chr(9731), ord("☃"), hex(255), oct(8), bin(5), int("ff", 16), int("0o17", 0), float("1e-3"), complex if False else "")
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), ascii("é☃"), repr("\x00\t\n"), str(None), str(3.0), str(-0.0))
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 100, 7)), 50 in range(0, 100, 5), range(3) == range(0, 3))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), [*"ab", *range(2)])
print(any([]), all([]), any([0, 1]), all([1, 0]), list(filter(None, [0, 1, "", "a"])), list(map(str, [1, 2])))
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)), hash(-1), hash(2**61 - 1), hash(0.5))
print(callable(print), callable(1), getattr([], "append").__name__, hasattr("", "join"), vars(type("T", (), {"a": 1}))["a"])
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(42, "#06x"), "%.3s" % "abcdef", "{:^7}".format("ab"))
print(f"{'a'*3}", f"{3+4:>4}", f"{[1,2]!r}", f"{{literal}}", f"{'%s' % 5}", f"{1:{'>'}{5}}")
a = [1, 2, 3, 4, 5]
a[1:3] = ["x"]
del a[::2]
print(a, a * 2, [0] * 3, a.index("x"), a.count(4), [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
d = {"b": 1, "a": 2}
d.update(c=3)
d |= {"d": 4}
print(d, d | {"a": 0}, list(d.items())[0], d.setdefault("e", 5), d.pop("b"), sorted(d), {**d, "z": 0})
s = {3, 1, 2}
print(s & {1, 5}, s | {9}, s - {1}, s ^ {1, 7}, s <= {1, 2, 3, 4}, sorted(s), frozenset([1]) == {1})
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), (1,) * 3, tuple("ab"), (1, 2) + (3,))
x = y = []
x.append(1)
print(y, x is y, [] is [], None is None, 1 == 1.0, "a" < "b" < "c", 1 < 2 > 0)
n = 0
for i in range(5):
    if i == 3:
        break
    n += i
else:
    n = -1
print(n, [i for i in range(3)][-1])
while False:
    pass
else:
    print("while-else")
print(int(True) + True, True + 0.5, 10 / 4, 10 // 4, 10 % 4, -10 % 3, 2 ** 0.5, 1e3, 1_000_000, 0x_ff)
print(3 .real, (2.5).hex() if False else "", 7.0 // 2, 7.5 % 2, float("inf") > 1e308, -float("inf"), float("nan") == float("nan"))
import math
print(math.floor(-0.5), round(-0.5), round(0.125, 2), round(2.675, 2), int(-2.9), int("-0"), 0.1 + 0.2 == 0.3)
print(str(2**100), len(str(2**1000)), (2**64).bit_length(), 10**20 // 3, -(10**20) // 3, (10**20) % 7, 2**100 / 2**99)
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([3, -1, 2], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True))
