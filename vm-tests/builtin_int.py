# int(): from strings with bases, from floats, edge cases.
print(int(), int(0), int(42), int(-7), int(True))
print(int('42'), int('-42'), int('+42'), int('  42  '), int('\t7\n'))
print(int('1_000'), int('1_000_000'), int('007'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0x1f', 16), int('-0x1f', 16))
print(int('777', 8), int('0o777', 8), int('1010', 2), int('0b1010', 2))
print(int('z', 36), int('Zz', 36), int('10', 3))
print(int('0x1f', 0), int('0o17', 0), int('0b11', 0), int('99', 0), int('0', 0))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(-0.0))
print(int(2.5), int(-2.5), int(123456789.99))
print(int(1e100))
print(int('123456789012345678901234567890'))
print(int('-' + '9' * 30))
print(int(' -0 '), int('0000'))
bad = ['', ' ', '1.5', '1e5', '0x1f', 'abc', '1__0', '_1', '1_', '--1', '+-1', '1 2']
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError:', e)
try:
    int('12', 99)
except ValueError as e:
    print('ValueError:', e)
try:
    int('g', 16)
except ValueError as e:
    print('ValueError:', e)
print(type(int('5')), int(int('5')))
print(int(False), int(True) + 1)
