# The N-queens puzzle solved two ways: filtering every permutation of column positions
# through set-based diagonal checks (generator expressions over itertools.permutations), and
# a backtracking generator that yields each placement through `yield from`.
# Stresses generators, sets and tuple building.
from itertools import permutations


def by_permutations(n):
    """Each solution as a tuple: the queen's column on each row."""
    rows = range(n)
    for cols in permutations(rows):
        if n == len(set(cols[i] + i for i in rows)) == len(set(cols[i] - i for i in rows)):
            yield cols


def by_backtracking(n, placed=(), cols=frozenset(), up=frozenset(), down=frozenset()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for c in range(n):
        if c in cols or row + c in up or row - c in down:
            continue
        yield from by_backtracking(n, placed + (c,), cols | {c}, up | {row + c}, down | {row - c})


def mirrored(solution):
    n = len(solution)
    return tuple(n - 1 - c for c in solution)


found = list(by_permutations(9))
assert len(found) == 352, len(found)
assert found[0] == (0, 2, 5, 7, 1, 3, 8, 6, 4), found[0]
# each solution's mirror image is a solution too
assert {mirrored(s) for s in found} == set(found)

counts = {n: sum(1 for _ in by_backtracking(n)) for n in range(4, 12)}
first9 = next(by_backtracking(9))
print("9 queens:", len(found), "solutions; backtracking counts:", counts, "first for 9:", first9)
assert counts == {4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352, 10: 724, 11: 2680}, counts
assert first9 == (0, 2, 5, 7, 1, 3, 8, 6, 4), first9
