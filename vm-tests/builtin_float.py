# float(): from strings and ints, special values.
print(float(), float(0), float(1), float(-3), float(True))
print(float('1.5'), float(' 1.5 '), float('-2.25'), float('+3'), float('10'))
print(float('1e3'), float('1E-3'), float('.5'), float('5.'), float('1_000.5'))
print(float('inf'), float('-inf'), float('+inf'), float('Infinity'), float('-INF'))
print(float('nan'), float('NaN'), float('-nan'))
print(float('0.1'), float('3.141592653589793'), float('1e308'), float('1e309'))
print(float(2 ** 53), float(2 ** 63), float(10 ** 18))
print(float('  \n 2.5 \t'))
print(float(7) / 2, float('8') // 3)
for s in ['', 'abc', '1.2.3', '1e', 'e5', '1_', '- 1', 'infinity?']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError:', e)
print(float('-0'), float('-0.0'))
print(float(-0.0) == 0)
x = float('inf')
print(x == x + 1, x > 10 ** 300, -x < -10 ** 300)
print((1.5).is_integer(), (2.0).is_integer())
print(float(123456789012345678901234567890))
