# list operators, comparisons, nesting, self-referencing repr.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 5, [] * 3, a * 0, a * -1)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], a > [0, 100], [] < [1])
print([1, [2, 3]] == [1, [2, 3]], [[1]] < [[2]], [1, 2] <= [1, 2], [3] >= [2, 9])
grid = [[0, 0, 0], [0, 0, 0]]
grid[0][1] = 5
print(grid)
aliased = [[0] * 2] * 2
aliased[0][0] = 'X'
print(aliased)
l = [1]
l.append(l)
print(l)
m = [1, 2]
m.append(m)
m.append([m])
print(m)
d = {'self': None}
d['self'] = d
print(d)
print(len(a), min(a), max(a), sum(a), a.count(2), a[-1])
x = [1, 2, 3, 4, 5, 6]
x[1:3] = []
print(x)
del x[0]
print(x)
x[1] = 'two'
print(x)
print(x[::-1], x[-2:])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = []
for c in range(3):
    col = []
    for r in range(3):
        col.append(matrix[r][c])
    transposed.append(col)
print(transposed)
print([[], [[]], [[], []]])
print(list('ab') + list(range(2)))
e = []
e += 'xy'
e += (1,)
print(e)
try:
    [] + ()
except TypeError as err:
    print('TypeError:', err)
nums = [5, 3, 8]
total = 0
for n in nums:
    total += n
print(total, total / len(nums))
print([1, 2, 3] * 1 is not [1, 2, 3])
