# Decimal construction from str/int/float/tuple/Decimal, str/repr, as_tuple and bad input.
from decimal import Decimal, InvalidOperation, ConversionSyntax, getcontext, FloatOperation, Context

for s in ['1.10', '-0', '0.000', '1e10', '1E-7', '123.456e-3', '  42  ', '1_000.5', '1__0_', '_1e1_0', '+.5', '5.',
          'inf', '-Infinity', 'nan', '-nan123', 'sNaN', 'NaN0', '1e+999999', '0e-5', '-1.23E+5',
          '0.0000001', '0.000001', '12345678901234567890123456789012345']:
    d = Decimal(s)
    print(repr(s), str(d), repr(d), d.as_tuple(), d.is_nan(), d.is_infinite(), d.is_signed())
for v in [0, -17, 10 ** 30, 0.1, -2.5, 1e300, 5e-324, -0.0, float('inf'), float('nan')]:
    print(repr(v), repr(Decimal(v)))
print(Decimal((1, (1, 2, 3), -2)), Decimal([0, [4, 0], 3]), Decimal((0, (), 'F')), Decimal((1, (5,), 'n')))
print(Decimal(Decimal('3.14')), Decimal(), Decimal.from_float(0.5), Decimal.from_float(3))
print(Decimal('1.25').as_integer_ratio(), Decimal('-0.75').as_integer_ratio(), Decimal(100).as_integer_ratio())
print(Decimal('-1.5e3').adjusted(), Decimal('0.001').adjusted(), Decimal(0).adjusted())
print(Decimal('123e-10').to_eng_string(), Decimal('1e5').to_eng_string(), Decimal('0e4').to_eng_string())
print(int(Decimal('-3.7')), float(Decimal('1.5')), float(Decimal('-nan')), int(Decimal('1e3')))
print(Decimal('1.2300').normalize(), Decimal('1E+2').normalize(), Decimal('-0.00').normalize())

bad = ['abc', '', '1..2', '1e', '_', '1.2.3', 'e5', '--1', 'nan1x', 'in f', '1e1.5']
for s in bad:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e.args, isinstance(e, ConversionSyntax))
for v, exc in [([1], ValueError), ((2, (1,), 1), ValueError), ((0, (10,), 1), ValueError),
               ((1, (1, 2), 'x'), ValueError), ((0, (1,), 1.5), ValueError), ({}, TypeError),
               (1j, TypeError)]:
    try:
        Decimal(v)
    except exc as e:
        print(type(e).__name__, e)
for bad_conv in [lambda: int(Decimal('nan')), lambda: int(Decimal('-inf')),
                 lambda: float(Decimal('snan')), lambda: Decimal('nan').as_integer_ratio(),
                 lambda: Decimal('inf').as_integer_ratio(), lambda: Decimal.from_float('1')]:
    try:
        bad_conv()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# InvalidOperation untrapped: the conversion gives NaN and sets the flag
ctx = Context(traps=[])
print(repr(Decimal('junk', ctx)), ctx.flags[InvalidOperation])
# FloatOperation: a flag by default, an exception when trapped
getcontext().clear_flags()
Decimal(1.5)
print(getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
try:
    Decimal(2.5)
except FloatOperation as e:
    print('FloatOperation', e.args, isinstance(e, TypeError))
print(Decimal.from_float(2.5), Decimal(1) == 1.0)
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print('FloatOperation <', e.args)
getcontext().traps[FloatOperation] = False

# warm-up: the same conversions 200 times, then with other capitals
def conv(s):
    return str(Decimal(s)), repr(Decimal(s).as_tuple())
for i in range(200):
    r = conv('1.5e-20')
print(r)
getcontext().capitals = 0
print(conv('1.5e-20'), Decimal('1e100'))
getcontext().capitals = 1
print(conv('1.5e-20'))
