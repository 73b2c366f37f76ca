# Every combination of start/stop/step from a set of edge values (negative, past either
# end, sys.maxsize, big ints) for reading, deleting and assigning list slices (with
# right-hand sides of every length and kind), checked against tuple slicing of the same
# bounds. Run once cold and again after the same function has run 200 times.
import sys

BOUNDS = [None, -12, -3, -1, 0, 2, 7, 11, sys.maxsize, -sys.maxsize - 1, 2**70, -2**70]
STEPS = [None, 1, 2, -1, -3, sys.maxsize, -sys.maxsize - 1, 2**80, -2**80]


def sources(n):
    yield []
    yield [9]
    yield (9, 9)
    yield [9] * n
    yield tuple(range(100, 100 + n))
    yield range(n)
    yield iter([5] * n)
    yield (x for x in [6] * n)


def case(a, b, st):
    base = list(range(8))
    got = base[a:b:st]
    assert tuple(base)[a:b:st] == tuple(got)
    d = base[:]
    try:
        del d[a:b:st]
        deleted = d
    except Exception as e:
        deleted = type(e).__name__
    assigned = []
    for src in sources(len(got)):
        s = base[:]
        try:
            s[a:b:st] = src
            assigned.append(s)
        except Exception as e:
            assigned.append('%s: %s' % (type(e).__name__, e))
    return got, deleted, assigned


def run_all(show):
    lines = []
    for st in STEPS:
        for a in BOUNDS:
            for b in BOUNDS:
                lines.append((st, a, b, case(a, b, st)))
    if show:
        for line in lines:
            print(line)
    return lines


first = run_all(True)
for _ in range(200):
    case(-1, None, -1)
    case(0, 5, 2)
print(run_all(False) == first)
