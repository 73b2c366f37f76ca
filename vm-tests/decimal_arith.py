# Arithmetic, comparisons, hashing, mixing with int/float/Fraction, rounding and signals.
from decimal import *
from fractions import Fraction
import math
D = Decimal

print(D(1) / D(3), D(2) / 3, D(1) / 8, D(10) / 4, D('1.00') / D('0.5'), D('12.0') / 4)
print(D(7) // 2, D(-7) // 2, D(-7) % 2, D(7) % -2, divmod(D(7), D(-2)), divmod(D('7.5'), 2))
print(D('0.1') + D('0.2'), D('1.1') * D('1.1'), D('1.30') + D('1.20'), D('1.3') - D('1.30'))
print(D(2) ** 10, D(2) ** -2, D('1.5') ** 3, D('-2') ** 3, 1 - D('0.1'), 3 * D('1.5'), 2 ** D(3))
print(-D('1.5'), +D('-0'), abs(D('-2.50')), D('-0') + D('0'), D('1e-30') + D('1e30'))
print(D('1e999999') * D('1e-999999'), D(10) ** 30, D('9' * 30) + 1)
print(pow(D(3), 4, 5), pow(D(-3), 3, 7))

print(D(1) == 1, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) < 2, D(3) > 2.5, D(2) <= Fraction(2))
print(D('0.5') == Fraction(1, 2), D('0.25') < Fraction(1, 3), D('-inf') < -10 ** 100, D('inf') > 10 ** 100)
print(sorted([D('1.5'), D(-2), D('0.1'), D('1.50'), D(1)]), max(D(1), D('1.0')), min([D(3), 2, D('2.5')]))
print(hash(D('1.5')) == hash(1.5), hash(D(10)) == hash(10), hash(D('0.1')) == hash(Fraction(1, 10)),
      hash(D('-1')) == hash(-1), hash(D('inf')) == hash(float('inf')), hash(D('1.00')) == hash(D(1)))
print(len({D('1'), D('1.0'), 1, 1.0}), D('nan') == D('nan'), D('nan') != 1)
print(math.floor(D('-1.5')), math.ceil(D('1.1')), math.trunc(D('-1.9')), round(D('2.5')), round(D('3.5')),
      round(D('3.14159'), 2), round(D('1234.5'), -2), round(D('-0.5')))
print(D(-1).copy_sign(D(1)), D(1).compare(D(2)), D(2).compare(D(2)), D(1).max(D(2)), D(-3).min_mag(D(2)))
print(D('5.5').to_integral_value(), D('-5.5').to_integral_value(ROUND_FLOOR), D('1E+2').to_integral_value())
print(D('1.0').same_quantum(D('2.3')), D('1').same_quantum(D('1.0')), D(1).is_zero(), D('0e5').is_zero())
print(D('1e-1000000').is_subnormal(), D(1).is_normal(), D('-0').number_class(), D('inf').number_class())
print(D(2).fma(3, 4), D('1.5').scaleb(2), D(1).radix(), D('1.5').real, D('1.5').imag, D(3).conjugate())

# quantize: currency rounding in each mode
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_05UP]
for v in ['2.675', '2.665', '-2.675', '2.6751', '2.601', '-2.651', '0.005', '2.05']:
    print(v, [str(D(v).quantize(D('0.01'), rounding=m)) for m in modes])
print(D('19.99').quantize(D('1')), D('1E+3').quantize(D('0.1')), D('inf').quantize(D('inf')))
with localcontext() as c:
    for m in modes:
        c.rounding = m
        print(m, D(2) / 3, -D(2) / 3, D('1.0000000000000000000000000005') * 1, D('0.1') ** 50)

# error paths with C _decimal's messages
cases = ['D(1) / 0', 'D(0) / 0', 'D(1) // 0', 'D(1) % 0', 'D(0) % 0', 'D(0) ** 0', 'D(-2) ** D("0.5")',
         'D("inf") - D("inf")', 'D("inf") * 0', 'D("inf") % 1', 'D("1e999999") * 10',
         'D("1.2").quantize(D("1e-30"))', 'D("1.2").quantize(D("inf"))', 'D(1) < D("nan")',
         'D("snan") == 1', 'D(-1).sqrt()', 'D(10) ** D("1e6")', 'D(1) + 1.0', '1.0 + D(1)',
         'D(1) + "a"', 'D(1) ** 1.5', 'hash(D("snan"))', 'round(D("inf"))',
         'round(D("nan"), 2)', 'round(D(1), "a")', 'round(D(1), 2.0)', 'D(10 ** 30) // D("0.1")', 'divmod(D(1), 0.5)']
for e in cases:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as x:
        print(e, '=>', type(x).__name__, x)

# untrapped: results are NaN/Infinity and the flags collect
c = Context(traps=[])
print(c.divide(1, 0), c.divide(0, 0), c.multiply(D('1e999999'), 10), c.sqrt(-1), c.power(0, 0))
print(c)
c = ExtendedContext.copy()
c.traps[Inexact] = True
try:
    c.divide(1, 3)
except Inexact as e:
    print('Inexact', e.args, c.flags[Rounded])
c.traps[Rounded] = True
try:
    c.divide(2, 3)
except DecimalException as e:
    print(type(e).__name__, e.args)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(Underflow, Subnormal),
      issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError),
      Overflow.__mro__[1:3], ConversionSyntax.__bases__)
# subnormal, underflow and clamping
c = Context(prec=5, Emin=-10, Emax=10, traps=[])
for x in ['1e-12', '1.2345e-11', '1e-16', '9.99999e10', '1e11']:
    c.clear_flags()
    r = c.plus(D(x))
    print(x, r, sorted(k.__name__ for k, v in c.flags.items() if v))
c.clamp = 1
print(c.plus(D('1e10')), c.create_decimal('1.23456789'), c.create_decimal(' 1'))
