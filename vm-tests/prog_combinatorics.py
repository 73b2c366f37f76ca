# Recursive puzzles: Towers of Hanoi, permutations, combinations, n-queens.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(3, 'A', 'C', 'B', moves)
for disk, a, b in moves:
    print(f'move disk {disk} from {a} to {b}')
for n in range(1, 11):
    m = []
    hanoi(n, 'A', 'C', 'B', m)
    print(n, len(m), len(m) == 2 ** n - 1)


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


perms = permutations([1, 2, 3])
print(len(perms), perms)
words = []
for p in permutations(list('abcd')):
    words.append(''.join(p))
print(len(words), words[:6], words[-3:])


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    with_first = []
    for c in combinations(items[1:], k - 1):
        with_first.append([items[0]] + c)
    return with_first + combinations(items[1:], k)


print(combinations([1, 2, 3, 4], 2))
for k in range(6):
    print(f'C(5,{k}) =', len(combinations(list(range(5)), k)))


def solve_queens(n):
    solutions = []
    cols = []

    def safe(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return solutions


for n in range(1, 9):
    print(f'{n}-queens:', len(solve_queens(n)))
first = solve_queens(8)[0]
print('first 8-queens solution:', first)
for col in first:
    print('. ' * col + 'Q' + ' .' * (7 - col))


def subsets_sum(nums, target):
    found = []

    def go(i, chosen, total):
        if total == target:
            found.append(chosen[:])
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()

    go(0, [], 0)
    return found


print(subsets_sum([1, 2, 3, 4, 5, 6], 10))
