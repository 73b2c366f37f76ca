# Sequence unpacking everywhere: tuple assignment and swaps, functions returning tuples,
# for-loops over pairs and triples, starred targets and nested patterns.
# Stresses UNPACK_SEQUENCE / UNPACK_EX and tuple building.


def divmod_all(pairs):
    out = []
    for a, b in pairs:
        q, r = divmod(a, b)
        out.append((q, r))
    return out


def bounding_box(points):
    (x0, y0), *rest = points
    lo_x, lo_y, hi_x, hi_y = x0, y0, x0, y0
    for x, y in rest:
        if x < lo_x:
            lo_x = x
        elif x > hi_x:
            hi_x = x
        if y < lo_y:
            lo_y = y
        elif y > hi_y:
            hi_y = y
    return lo_x, lo_y, hi_x, hi_y


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1_000_003
    return a


def rotate(triples):
    total = 0
    for a, b, c in triples:
        a, b, c = c, a, b
        total += a - c
    return total


def heads_and_tails(rows):
    firsts = lasts = middles = 0
    for first, *middle, last in rows:
        firsts += first
        lasts += last
        middles += len(middle)
    return firsts, lasts, middles


def nested(records):
    acc = 0
    for (name, (x, y)), weight in records:
        acc += (x * weight - y) if name else y
    return acc


def run():
    pairs = [(i * 7 + 3, i % 13 + 1) for i in range(20_000)]
    quotients = divmod_all(pairs)
    box = bounding_box([(i * 37 % 1001 - 500, i * 91 % 997 - 400) for i in range(20_000)])
    fib = fib_pairs(200_000)
    rot = rotate([(i, i + 1, i * 2) for i in range(30_000)])
    rows = [list(range(i % 9 + 2)) for i in range(20_000)]
    ht = heads_and_tails(rows)
    nest = nested([(("n" if i % 3 else "", (i, i % 5)), i % 4) for i in range(20_000)])
    return sum(q for q, _ in quotients), box, fib, rot, ht, nest


for _ in range(14):
    result = run()
print("unpack_sequence:", result)
assert result == (342503359, (-500, -400, 500, 596), 219151, 449955000, (0, 99993, 79993),
                  199986665), result
