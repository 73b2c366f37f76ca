# Floats: repr, arithmetic special cases, comparisons with big ints, rounding.
for x in [0.1, 1e16, 1e-5, 1.5e300, 100.0, -0.0, 1/3, 2.675, 1e22, 5e-324, 123456789.0,
          float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 0.1 + 0.2]:
    print(repr(x), str(x), x == x, hash(x) if x == x else 'nan')
print(7.5 // -2, -7.5 % 2, divmod(-7.5, 2), 1e308 * 10, -1e308 * 10)
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > float('inf'), 2**1024 == float('inf'))
print(round(2.675, 2), round(0.125, 2), round(2.5), round(-0.5), round(1.5e300, -300))
print(round(123.456, -1), round(-0.4, 0), float(' -1e3 '), float('1_0.5'), float('-Infinity'))
print((1.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer())
for expr in ["1.0/0", "1.0//0", "1.0%0", "divmod(1.0, 0)", "0.0**-1", "10.0**400",
             "float('abc')", "int(float('inf'))", "int(float('nan'))", "round(float('nan'))"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
