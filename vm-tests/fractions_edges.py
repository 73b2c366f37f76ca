from fractions import Fraction as F
for s in ["٣/٤", "²/3", "１２", "1 / 3", "inf", "nan", "-", "+", "1/-3", "-1/3", "1.5/2", "1e+5", "1E-0", "  3\n", "0x10", "1_2.3_4e1_0", "_1", "1_", "1._5", "3/4 ", ".e1", "1.e1", "00012/0004"]:
    try: print(repr(s), repr(F(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
print(F(3, 4) == F(3, 4) + 0j, F(1, 2) ** 2.0, 2 ** F(2), (-8) ** F(1, 3))
print(F(7, 2).__floor__(), F(-7, 2).__ceil__(), F(5, 3).__trunc__(), round(F(5, 2), 0), round(F(-3, 2)))
print(F(10**20) == 10**20, F(1, 3) != 1/3, F(2) ** F(-1), abs(F(-2, 3)), hash(F(-1)), hash(F(10**40, 3)))
print(F(1, 3).__reduce__(), divmod(F(7, 2), 0.5), divmod(7, F(2, 3)), 7 % F(2, 3), 1.5 // F(1, 3))
print(max(F(1, 3), 0.3), min(F(1, 3), 1), F(3, 1) == 3.0, F(1, 3) < F(1, 2) <= 0.5)
print(isinstance(F(1), F), F.from_float(0.1).limit_denominator(10), F(2.5).as_integer_ratio(), F(-0.0))
# warm-up: parse the same strings repeatedly, then bad ones
def parse_all(xs):
    return [F(x) for x in xs]
for i in range(200):
    r = parse_all(["1/3", "-2.5e1", " 7 "])
print(r)
for bad in ["1/", "/2", "1.2.3"]:
    try: F(bad)
    except ValueError as e: print(e)
