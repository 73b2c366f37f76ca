# tuple: index, count, concatenation, comparison, hashing as dict keys, repr.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print(t.index(2), t.index(1, 1), t.count(2), t.count(9))
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
print((1,), (), (1, 2) + (3,), (0,) * 3, 2 * ('a', 'b'), () * 5)
print(type(()), type((1,)), type((1)), (1) == 1)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, 'a') < (1, 'b'), ((1, 2), 3) < ((1, 3), 0))
d = {(0, 0): 'origin', (1, 0): 'east'}
d[(0, 1)] = 'north'
print(d[(0, 0)], d[1, 0], d.get((5, 5), 'none'), d)
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid)
print(((1,),), ((),), (1, (2, (3,))), ('x',))
a, b = (1, 2)
print(a, b)
nested = ([1, 2], 'x')
nested[0].append(3)
print(nested)
try:
    nested[1] = 'y'
except TypeError as e:
    print('TypeError:', e)
print(tuple([1, 2]) == (1, 2), list((1, 2)) == [1, 2], (1, 2) == [1, 2])
print(max((3, 1), (2, 9)), min([(1, 'z'), (1, 'a')]), sorted([(2, 1), (1, 2), (1, 1)]))
print(1 in (1, 2), (1,) in [(1,)], ('a', 1) in {('a', 1): 0})
t2 = t
t2 += (9,)
print(t, t2)
empty = ()
print(len(empty), bool(empty), empty == (), repr(empty))
print(tuple('abc'), tuple(range(3)), tuple({1: 2}))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 1, (1, 2): 2})
