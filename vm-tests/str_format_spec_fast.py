# format(), f-strings and str.format over the format-spec language: every alignment, sign,
# grouping, precision and type on ints, big ints, floats, strs and bools, with the errors,
# each also after warm-up.

vals = [0, 7, -7, 1234567, -2**70, 3.14159, -0.0, 1e300, float("inf"), float("nan"), "str", "é日", True, 255]
specs = ["", "<10", ">10", "^9", "=+10", "010", "+", " ", ",", "_", "08,", ".2f", ">9.2f", "x", "#X", "#o", "b", "c", "e", "%", "g", ".3", "*^12", "é>6", "z.1f", "n", "10.4s", "s", "d", ">5d", "#010x", "_x"]


def table():
    rows = []
    for v in vals:
        row = []
        for sp in specs:
            try:
                row.append(format(v, sp))
            except (ValueError, TypeError, OverflowError) as e:
                row.append("%s:%s" % (type(e).__name__, e))
        rows.append((repr(v), row))
    return rows


for _ in range(200):
    rows = table()
for r in rows:
    print(*r)


def lines(q, p, n):
    a = "{0}: {1} x {2} at {3:.2f} = {4:.2f} {{}} {x!r:>6}".format("sku", q, n, p, q * p, x="é")
    b = f"{n:<10}|{q:>5d}|{p:>9.2f}|{q!r}|{n!s:^6}|{p:{q}.{q}}"
    return a, b


for i in range(200):
    r = lines(i % 7 + 1, i / 8, "Ka" * (i % 3))
print(r)
