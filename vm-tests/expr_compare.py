# Comparison operators and chains.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1.0)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 5 > 3 < 4, 0 <= 0 <= 0)
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 > 4)
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', '' < 'a', 'ab' < 'abc')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), (3,) > (2, 99))
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]])
print(None == None, None == 0, None != False)
print(True == 1, False == 0, True == 2, True > False)
print(1.5 > 1, 2 ** 64 > 1.0, 2 ** 1000 > 1e300, 10 ** 400 > float('inf'))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > {1})
s = 'a'
print(s == 'a', s is not None, 'abc' != 'ABC')
def side(v):
    print('eval', v)
    return v
print(side(1) < side(2) < side(3))
print(side(3) < side(2) < side(1))
print(1 in [1, 2] == True)
print(-1 < 0 == False)
print(0.0 == -0.0, 1e300 * 10 == float('inf'))
