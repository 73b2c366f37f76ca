# A constraint solver: sudoku by constraint propagation (a cell's candidates are a 9-bit
# mask; a placed digit is eliminated from the cell's 20 peers, and a digit with one place
# left in a unit is placed there) and depth-first search on the cell with the fewest
# candidates. Stresses recursion, bit operations, list copying and indexing.

DIGITS = "123456789"
ALL = (1 << 9) - 1
BIT_COUNT = [bin(m).count("1") for m in range(ALL + 1)]
DIGIT_OF = {1 << d: DIGITS[d] for d in range(9)}

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)]
         for br in (0, 3, 6) for bc in (0, 3, 6)]
UNITS_OF = [[u for u in ROWS + COLS + BOXES if cell in u] for cell in range(81)]
PEERS = [sorted({p for u in UNITS_OF[cell] for p in u} - {cell}) for cell in range(81)]


class Contradiction(Exception):
    pass


def eliminate(grid, cell, bit):
    mask = grid[cell]
    if not mask & bit:
        return
    mask &= ~bit
    grid[cell] = mask
    if mask == 0:
        raise Contradiction
    if BIT_COUNT[mask] == 1:
        for peer in PEERS[cell]:
            eliminate(grid, peer, mask)
    for unit in UNITS_OF[cell]:
        places = [c for c in unit if grid[c] & bit]
        if not places:
            raise Contradiction
        if len(places) == 1:
            assign(grid, places[0], bit)


def assign(grid, cell, bit):
    others = grid[cell] & ~bit
    d = 1
    while others:
        if others & d:
            eliminate(grid, cell, d)
            others &= ~d
        d <<= 1


def parse(text):
    grid = [ALL] * 81
    for cell, ch in enumerate(text):
        if ch in DIGITS:
            assign(grid, cell, 1 << DIGITS.index(ch))
    return grid


def search(grid):
    best, fewest = None, 10
    for cell in range(81):
        n = BIT_COUNT[grid[cell]]
        if 1 < n < fewest:
            best, fewest = cell, n
    if best is None:
        return grid
    mask = grid[best]
    for d in range(9):
        bit = 1 << d
        if mask & bit:
            attempt = grid[:]
            try:
                assign(attempt, best, bit)
                return search(attempt)
            except Contradiction:
                pass
    raise Contradiction


def solve(text):
    grid = search(parse(text))
    return "".join(DIGIT_OF[m] for m in grid)


def valid(solution, puzzle):
    if any(p in DIGITS and p != s for p, s in zip(puzzle, solution)):
        return False
    return all(sorted(solution[c] for c in unit) == list(DIGITS) for unit in ROWS + COLS + BOXES)


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
    "85...24..72......9..4.........1.7..23.5...9...4...........8..7..17..........36.4.",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]

for _ in range(20):
    solutions = [solve(p) for p in PUZZLES]
for p, s in zip(PUZZLES, solutions):
    assert valid(s, p), (p, s)
first_rows = [s[:9] for s in solutions]
print("first rows:", " ".join(first_rows))
assert first_rows == ["417369825", "527316489", "812753649",
                      "483921657", "859612437", "145327698"], first_rows
