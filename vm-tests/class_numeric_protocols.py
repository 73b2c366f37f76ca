class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __str__(self): return f"Num<{self.v}>"
    def __repr__(self): return f"Num({self.v!r})"
n = Num(7.9)
print(int(n), float(n), str(n), repr(n), f"{n}", f"{n!r}", "%s %r" % (n, n), [n], {"k": n}, range(n)[-1], hex(n))
class OnlyRepr:
    def __repr__(self): return "OR"
print(str(OnlyRepr()), f"{OnlyRepr()}", "{}".format(OnlyRepr()), format(OnlyRepr()))
class T(int):
    pass
try:
    print(int(T(3)))
except TypeError as e:
    print("TypeError", e)
import math
print(math.floor(Num(2.5)) if hasattr(Num, "__floor__") else "nofloor", math.sqrt(Num(16)), round(2.5), round(Num(2.5)) if hasattr(Num, "__round__") else "noround")
class Bad:
    def __str__(self): return 5
try:
    str(Bad())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
print(int("  -0b101 ".strip(), 0), int("1_000"), float("  -1_0.5 "), int(" 7\n"), float("infinity"), float("-NaN"))
for bad in ["1__0", "_1", "0x", "1.5e", "--1", "١٢"]:
    try:
        print(bad, int(bad) if "." not in bad and "e" not in bad else float(bad))
    except ValueError as e:
        print(e)
